/// Decoding input bytes as UTF-8, strictly or replacing bad bytes, and finding
/// where invalid UTF-8 starts.
///
///     TextDecoding.firstInvalidByte([0x61, 0x0A, 0xFF])   // (offset: 2, line: 2)
public enum TextDecoding {
    /// The byte offset of the first invalid UTF-8 sequence and its 1-based line.
    public static func firstInvalidByte(_ bytes: [UInt8]) -> (offset: Int, line: Int) {
        var i = 0
        var line = 1
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == 0x0A { line += 1 }
            if b < 0x80 { i += 1; continue }
            var len = 0
            var min: UInt32 = 0
            if b & 0xE0 == 0xC0 { len = 2; min = 0x80 } else if b & 0xF0 == 0xE0 { len = 3; min = 0x800 }
            else if b & 0xF8 == 0xF0 { len = 4; min = 0x10000 } else { return (i, line) }
            if i + len > n { return (i, line) }
            var v = UInt32(b) & (0xFF >> UInt32(len + 1))
            for k in 1..<len {
                let c = bytes[i + k]
                if c & 0xC0 != 0x80 { return (i, line) }
                v = (v << 6) | UInt32(c & 0x3F)
            }
            if v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF) { return (i, line) }
            i += len
        }
        return (n, line)
    }

    /// Decodes bytes, replacing each invalid sequence with U+FFFD; returns how many were replaced.
    ///
    /// An invalid sequence is a maximal subpart, as Unicode recommends and Swift's
    /// `String(decoding:as:)` and Python's `errors="replace"` do: the truncated
    /// `E2 82` before `A` is one replacement. One pass, linear in the input.
    public static func lossy(_ bytes: [UInt8]) -> (text: String, replaced: Int) {
        if let s = String(validating: bytes, as: UTF8.self) { return (s, 0) }
        var replaced = 0
        var scalars = String.UnicodeScalarView()
        var decoder = UTF8()
        var input = bytes.makeIterator()
        decoding: while true {
            switch decoder.decode(&input) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .error:
                scalars.append("\u{FFFD}")
                replaced += 1
            case .emptyInput: break decoding
            }
        }
        return (String(scalars), replaced)
    }
}
