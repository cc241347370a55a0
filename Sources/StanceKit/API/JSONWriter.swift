/// Writes JSON straight into bytes, keys in the order they are written: the
/// interface's field order, the same bytes in every run (Foundation's encoder
/// orders keys by hash, which changes from process to process), and no
/// intermediate objects.
///
///     var w = JSONWriter()
///     w.object { w.field("actor") { w.string("United States") }; w.field("score") { w.number(0.5) } }
///     String(decoding: w.bytes, as: UTF8.self)   // {"actor":"United States","score":0.5}
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    /// Indentation for pretty output (nil: compact).
    private let indentUnit: Int?
    private var depth = 0
    /// For each open container, whether it has an element yet.
    private var needsComma: [Bool] = []
    /// Containers below this index belong to enclosing fields and elements: a value written
    /// by `field` or `element` starts its own level (without copying the stack).
    private var barrier = 0

    public init(pretty: Bool = false) {
        indentUnit = pretty ? 2 : nil
        bytes.reserveCapacity(4096)
        needsComma.reserveCapacity(16)
    }

    private mutating func newline() {
        guard let unit = indentUnit else { return }
        bytes.append(0x0A)
        bytes.append(contentsOf: repeatElement(0x20, count: unit * depth))
    }

    private mutating func separate() {
        if needsComma.count > barrier, let last = needsComma.last {
            if last { bytes.append(UInt8(ascii: ",")) }
            needsComma[needsComma.count - 1] = true
            newline()
        }
    }

    /// An object; `body` writes its fields with `field(_:_:)`.
    public mutating func object(_ body: (inout JSONWriter) -> Void) {
        container(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), body)
    }

    /// One field of the current object.
    public mutating func field(_ name: String, _ value: (inout JSONWriter) -> Void) {
        separate()
        writeString(name)
        bytes.append(UInt8(ascii: ":"))
        if indentUnit != nil { bytes.append(0x20) }
        let saved = barrier
        barrier = needsComma.count
        value(&self)
        barrier = saved
    }

    /// An array; `body` writes its elements with `element(_:)`.
    public mutating func array(_ body: (inout JSONWriter) -> Void) {
        container(open: UInt8(ascii: "["), close: UInt8(ascii: "]"), body)
    }

    /// An object or array: its brackets around what `body` writes, indented when pretty.
    private mutating func container(open: UInt8, close: UInt8, _ body: (inout JSONWriter) -> Void) {
        bytes.append(open)
        depth += 1
        needsComma.append(false)
        body(&self)
        let empty = needsComma.removeLast() == false
        depth -= 1
        if !empty { newline() }
        bytes.append(close)
    }

    /// One element of the current array.
    public mutating func element(_ value: (inout JSONWriter) -> Void) {
        separate()
        let saved = barrier
        barrier = needsComma.count
        value(&self)
        barrier = saved
    }

    public mutating func string(_ s: String) { writeString(s) }
    public mutating func null() { bytes.append(contentsOf: "null".utf8) }
    public mutating func bool(_ b: Bool) { bytes.append(contentsOf: (b ? "true" : "false").utf8) }
    public mutating func integer(_ n: Int) { writeDigits(n) }

    /// The decimal digits of `n` as `String(n)` writes them, without making the string.
    private mutating func writeDigits(_ n: Int) {
        if n < 0 { bytes.append(UInt8(ascii: "-")) }
        var m = n.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { d in
            repeat {
                d[count] = UInt8(ascii: "0") + UInt8(m % 10)
                m /= 10
                count += 1
            } while m > 0
            while count > 0 {
                count -= 1
                bytes.append(d[count])
            }
        }
    }

    /// A number; non-finite values (which JSON cannot hold) are written as null.
    public mutating func number(_ x: Double) {
        guard x.isFinite else { null(); return }
        if x == x.rounded(), abs(x) < 1e15 {
            writeDigits(Int(x))
        } else {
            bytes.append(contentsOf: String(x).utf8)
        }
    }

    /// An array of strings.
    public mutating func strings(_ values: [String]) {
        array { w in for v in values { w.element { $0.string(v) } } }
    }

    /// An array of integers.
    public mutating func integers(_ values: [Int]) {
        array { w in for v in values { w.element { $0.integer(v) } } }
    }

    private mutating func writeString(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        // Most strings need no escaping: copy them whole.
        var utf8 = s.utf8
        let plain = utf8.withContiguousStorageIfAvailable { buf -> Bool in
            for b in buf where b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b == 0x7F { return false }
            bytes.append(contentsOf: buf)
            return true
        }
        if plain == true {
            bytes.append(UInt8(ascii: "\""))
            return
        }
        _ = utf8.count
        utf8 = s.utf8
        for b in utf8 {
            switch b {
            case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\\")); bytes.append(b)
            case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\")); bytes.append(b)
            case 0x0A: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "n"))
            case 0x0D: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "r"))
            case 0x09: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "t"))
            case 0..<0x20, 0x7F:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                          hex[Int(b >> 4)], hex[Int(b & 0xF)]])
            default: bytes.append(b)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
