/// Converts UTF-8 byte offsets into Unicode scalar offsets, the unit of every
/// offset in the output (the same as Python string indices).
///
/// Keeps one count per 4 KiB block, so it costs 1/512 of the text in memory and
/// a conversion scans at most one block.
///
///     let map = ScalarOffsets(Array("Kyiv’s army".utf8))
///     map.scalarOffset(ofByte: 9)   // 7: "’" is 3 bytes but 1 scalar
public struct ScalarOffsets: Sendable {
    private static let blockShift = 12
    private let bytes: [UInt8]
    /// Number of continuation bytes before each block.
    private let continuationsBefore: [Int]
    private let isASCII: Bool

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var counts: [Int] = [0]
        var running = 0
        var ascii = true
        let blockSize = 1 << ScalarOffsets.blockShift
        bytes.withUnsafeBufferPointer { buf in
            var i = 0
            while i < buf.count {
                let b = buf[i]
                if b >= 0x80 { ascii = false }
                if b & 0xC0 == 0x80 { running += 1 }
                i += 1
                if i % blockSize == 0 { counts.append(running) }
            }
        }
        self.continuationsBefore = counts
        self.isASCII = ascii
    }

    /// The scalar offset of a byte offset (which should be a scalar boundary).
    public func scalarOffset(ofByte byte: Int) -> Int {
        if isASCII { return byte }
        let clamped = max(0, min(byte, bytes.count))
        let block = clamped >> ScalarOffsets.blockShift
        var continuations = continuationsBefore[block]
        var i = block << ScalarOffsets.blockShift
        while i < clamped {
            if bytes[i] & 0xC0 == 0x80 { continuations += 1 }
            i += 1
        }
        return clamped - continuations
    }

    /// The byte offset of a scalar offset; `nil` when past the end.
    public func byteOffset(ofScalar scalar: Int) -> Int? {
        if scalar < 0 { return nil }
        if isASCII { return scalar <= bytes.count ? scalar : nil }
        var seen = 0
        var i = 0
        while i < bytes.count {
            if bytes[i] & 0xC0 != 0x80 {
                if seen == scalar { return i }
                seen += 1
            }
            i += 1
        }
        return seen == scalar ? bytes.count : nil
    }
}
