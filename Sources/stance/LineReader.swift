import Foundation

/// Reads a file descriptor line by line in fixed-size chunks, so memory stays
/// flat however long the input is (a line itself is held whole).
///
///     var reader = LineReader(fd: 0)
///     while let line = try reader.next() { ... line.bytes, line.number, line.offset }
struct LineReader {
    struct Line {
        var bytes: [UInt8]
        /// 1-based line number.
        var number: Int
        /// Byte offset of the line's start in the input.
        var offset: Int
    }

    private let fd: Int32
    /// The input's name in messages ("news.jsonl", "<stdin>").
    private let name: String
    private var buffer: [UInt8] = []
    private var start = 0
    private var eof = false
    private var lineNumber = 0
    private var consumed = 0
    static let chunkSize = 1 << 20

    init(fd: Int32, name: String = "<input>", prefix: [UInt8] = []) {
        self.fd = fd
        self.name = name
        self.buffer = prefix
    }

    /// Reads more bytes; returns false at end of input.
    private mutating func fill() throws -> Bool {
        if eof { return false }
        if start > 0 {
            buffer.removeFirst(start)
            consumed += start
            start = 0
        }
        let old = buffer.count
        buffer.reserveCapacity(old + LineReader.chunkSize)
        var chunk = [UInt8](repeating: 0, count: LineReader.chunkSize)
        var n: Int
        repeat {
            n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, LineReader.chunkSize) }
        } while n < 0 && errno == EINTR
        if n < 0 { throw CLIError.runtime("\(name): cannot read (\(String(cString: strerror(errno))))") }
        if n == 0 { eof = true; return false }
        buffer.append(contentsOf: chunk[0..<n])
        return true
    }

    /// The next line without its line break, or nil at the end.
    mutating func next() throws -> Line? {
        var searchFrom = start
        while true {
            if let nl = buffer[searchFrom...].firstIndex(of: 0x0A) {
                var end = nl
                if end > start && buffer[end - 1] == 0x0D { end -= 1 }
                let line = Line(bytes: Array(buffer[start..<end]), number: lineNumber + 1, offset: consumed + start)
                lineNumber += 1
                start = nl + 1
                return line
            }
            let scanned = buffer.count - start
            if try !fill() {
                if start < buffer.count {
                    let line = Line(bytes: Array(buffer[start...]), number: lineNumber + 1, offset: consumed + start)
                    lineNumber += 1
                    start = buffer.count
                    return line
                }
                return nil
            }
            searchFrom = start + scanned
        }
    }

    /// The first byte that is not a space, tab, line break or byte-order mark, without consuming anything.
    mutating func peekFirstContentByte() throws -> UInt8? {
        var k = start
        while true {
            while k < buffer.count {
                let b = buffer[k]
                if b != 32 && b != 9 && b != 10 && b != 13 && b != 0xEF && b != 0xBB && b != 0xBF { return b }
                k += 1
            }
            let scanned = k - start
            if try !fill() { return nil }
            k = start + scanned
        }
    }

    /// Everything left, as bytes.
    mutating func rest() throws -> [UInt8] {
        while try fill() {}
        let out = Array(buffer[start...])
        start = buffer.count
        return out
    }
}
