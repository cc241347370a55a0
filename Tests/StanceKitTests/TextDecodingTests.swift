import Testing
import StanceKit

/// Finding the first invalid UTF-8 byte (offset and line) and decoding with
/// replacement characters.
@Suite("Text decoding")
struct TextDecodingTests {
    @Test("valid text has no invalid byte", arguments: [
        "", "ascii only", "Zoë\nÉmile\n", "北京\n😀\n👨‍👩‍👧", String(repeating: "Kyiv’s 😀\n", count: 1000),
    ])
    func valid(_ text: String) {
        let bytes = Array(text.utf8)
        let (offset, line) = TextDecoding.firstInvalidByte(bytes)
        #expect(offset == bytes.count)
        #expect(line == text.filter { $0 == "\n" }.count + 1)
        #expect(TextDecoding.lossy(bytes) == (text, 0))
    }

    @Test func theDocumentedExample() {
        let (offset, line) = TextDecoding.firstInvalidByte([0x61, 0x0A, 0xFF])
        #expect(offset == 2 && line == 2)
    }

    /// Invalid sequences after "ab\ncd" (5 bytes, line 2).
    @Test("invalid sequences are found at their first byte", arguments: [
        ("lone continuation byte", [0x80]),
        ("0xFF", [0xFF]),
        ("0xC0 is never valid", [0xC0, 0x80]),
        ("overlong 2-byte", [0xC1, 0xBF]),
        ("overlong 3-byte", [0xE0, 0x80, 0xAF]),
        ("overlong 4-byte", [0xF0, 0x80, 0x80, 0xAF]),
        ("UTF-16 surrogate", [0xED, 0xA0, 0x80]),
        ("above U+10FFFF", [0xF4, 0x90, 0x80, 0x80]),
        ("0xF5 lead", [0xF5, 0x80, 0x80, 0x80]),
        ("truncated at the end", [0xE2, 0x80]),
        ("truncated before ASCII", [0xE2, 0x80, 0x41]),
        ("Latin-1 é", [0xE9, 0x74, 0xE9]),
    ] as [(String, [UInt8])])
    func invalid(_ name: String, _ bad: [UInt8]) {
        let prefix = Array("ab\ncd".utf8)
        let (offset, line) = TextDecoding.firstInvalidByte(prefix + bad + Array(" ok\n".utf8))
        #expect(offset == 5, "\(name)")
        #expect(line == 2, "\(name)")
        // Swift's strict decoder agrees that the bytes are invalid.
        #expect(String(validating: prefix + bad, as: UTF8.self) == nil)
    }

    @Test func theLineCountsNewlinesBeforeTheBadByte() {
        let bytes = Array("one\ntwo\n\nfour ".utf8) + [0xFF] + Array("\nfive".utf8)
        let (offset, line) = TextDecoding.firstInvalidByte(bytes)
        #expect(offset == 14 && line == 4)
        let first = TextDecoding.firstInvalidByte([0xFF, 0x0A, 0xFF])
        #expect(first.offset == 0 && first.line == 1)
    }

    @Test func validMultiByteSequencesAtTheEdges() {
        // The largest and smallest of each length are valid.
        let edges: [[UInt8]] = [[0xC2, 0x80], [0xDF, 0xBF], [0xE0, 0xA0, 0x80], [0xEF, 0xBF, 0xBF],
                                [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF], [0xEE, 0x80, 0x80]]
        for e in edges {
            #expect(TextDecoding.firstInvalidByte(e).offset == e.count, "\(e)")
        }
    }

    @Test("lossy decoding matches Swift's and Python's replacement", arguments: [
        [0x61, 0xFF, 0x62],
        [0x61, 0xE2, 0x80, 0x41],
        [0xE2, 0x80],
        [0xC0, 0x80, 0x41],
        [0xED, 0xA0, 0x80, 0x41],
        [0xF4, 0x90, 0x80, 0x80],
        [0xE9, 0x74, 0xE9, 0x0A, 0xE2, 0x80, 0x99],
        [0x80, 0x80, 0x80],
    ] as [[UInt8]])
    func lossy(_ bytes: [UInt8]) {
        let (text, replaced) = TextDecoding.lossy(bytes)
        #expect(text == String(decoding: bytes, as: UTF8.self))
        #expect(replaced == text.unicodeScalars.filter { $0 == "\u{FFFD}" }.count)
        #expect(replaced > 0)
    }

    @Test func lossyCountsEachInvalidSequenceOnce() {
        #expect(TextDecoding.lossy([0x61, 0xE2, 0x80, 0x41]) == ("a\u{FFFD}A", 1))
        #expect(TextDecoding.lossy([0xE9, 0x74, 0xE9]) == ("\u{FFFD}t\u{FFFD}", 2))
        #expect(TextDecoding.lossy([0x80, 0x80]) == ("\u{FFFD}\u{FFFD}", 2))
        // A replacement character already in the text is kept and not counted.
        #expect(TextDecoding.lossy(Array("\u{FFFD}".utf8) + [0xFF]) == ("\u{FFFD}\u{FFFD}", 1))
    }

    @Test func lossyIsLinearOnManyBadBytes() {
        // 200,000 Latin-1 bytes, half invalid: a quadratic decoder would take minutes.
        var bytes: [UInt8] = []
        for i in 0..<100_000 {
            bytes.append(UInt8(0x61 + i % 26))
            bytes.append(0xE9)
        }
        let (text, replaced) = TextDecoding.lossy(bytes)
        #expect(replaced == 100_000)
        #expect(text.unicodeScalars.count == 200_000)
    }
}
