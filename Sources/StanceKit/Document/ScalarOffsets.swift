/// Converts UTF-8 byte offsets into Unicode scalar offsets, the unit of every
/// offset in the output (the same as Python string indices).
///
/// Keeps one 32-bit count per 256-byte block, so it costs 1/64 of the text in
/// memory and a conversion scans at most 255 bytes (evidence spans are converted
/// for every pair: a 4 KiB block made this 2% of the whole pipeline).
///
///     let map = ScalarOffsets(Array("Kyiv’s army".utf8))
///     map.scalarOffset(ofByte: 9)   // 7: "’" is 3 bytes but 1 scalar
public struct ScalarOffsets: Sendable {
    private static let blockShift = 8
    private let bytes: [UInt8]
    /// Number of continuation bytes before each block.
    private let continuationsBefore: [UInt32]
    private let isASCII: Bool

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var counts: [UInt32] = [0]
        counts.reserveCapacity(bytes.count >> ScalarOffsets.blockShift + 1)
        var running: UInt32 = 0
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
        var continuations = Int(continuationsBefore[block])
        bytes.withUnsafeBytes { raw in
            var i = block << ScalarOffsets.blockShift
            // Eight bytes at a time: a continuation byte has its top bit set and the next one
            // clear, so `x & ~(x << 1)` keeps exactly their top bits (the shift never carries
            // a bit into another byte's top bit).
            while i + 8 <= clamped {
                let x = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                // One 0/1 per byte, summed into the top byte by the multiply (no popcount
                // instruction in the baseline x86-64 target).
                let ones = (x & ~(x << 1) & 0x8080_8080_8080_8080) >> 7
                continuations += Int((ones &* 0x0101_0101_0101_0101) >> 56)
                i += 8
            }
            while i < clamped {
                if raw[i] & 0xC0 == 0x80 { continuations += 1 }
                i += 1
            }
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
