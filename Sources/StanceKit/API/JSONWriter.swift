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
        var s = s
        // The string's own UTF-8 bytes (no copy for a native string), scanned a word at a time:
        // most strings need no escaping and are copied whole.
        s.withUTF8 { utf8 in
            bytes.append(UInt8(ascii: "\""))
            if JSONWriter.needsNoEscape(utf8) {
                bytes.append(contentsOf: utf8)
            } else {
                writeEscaped(utf8)
            }
            bytes.append(UInt8(ascii: "\""))
        }
    }

    /// The bytes of a string with the escapes JSON needs (quote, backslash, control characters, DEL).
    private mutating func writeEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
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
    }

    /// 0x01 in every byte of a word.
    static let byteOnes: UInt64 = 0x0101_0101_0101_0101
    /// 0x80 in every byte of a word.
    static let byteHighs: UInt64 = 0x8080_8080_8080_8080
    /// The first byte that is no control character (bytes below it are escaped).
    static let firstPrintable: UInt8 = 0x20
    /// DEL, escaped as a control character.
    static let delete: UInt8 = 0x7F

    /// Whether a byte of `word` is below `limit` (at most 0x80): exact as a yes or no, since a
    /// borrow can only start at such a byte.
    @inline(__always)
    static func hasByte(below limit: UInt8, in word: UInt64) -> Bool {
        (word &- byteOnes &* UInt64(limit)) & ~word & byteHighs != 0
    }

    /// Whether a byte of `word` equals `byte`.
    @inline(__always)
    static func hasByte(_ byte: UInt8, in word: UInt64) -> Bool {
        hasByte(below: 1, in: word ^ (byteOnes &* UInt64(byte)))
    }

    /// Whether no byte needs an escape: none below 0x20, no quote, backslash or DEL. Eight bytes
    /// at a time, then byte by byte.
    static func needsNoEscape(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = utf8.count
        var i = 0
        if let base = utf8.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= n {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if hasByte(below: firstPrintable, in: word) || hasByte(UInt8(ascii: "\""), in: word)
                    || hasByte(UInt8(ascii: "\\"), in: word) || hasByte(delete, in: word) {
                    return false
                }
                i += 8
            }
        }
        while i < n {
            let b = utf8[i]
            if b < firstPrintable || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b == delete { return false }
            i += 1
        }
        return true
    }
}
