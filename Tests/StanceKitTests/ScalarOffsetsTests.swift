import Testing
import StanceKit

/// Byte offsets to Unicode scalar offsets and back, checked against Swift's own
/// `unicodeScalars` counts on ASCII, accented, CJK and emoji text, and on texts
/// longer than one 4 KiB block (with multi-byte characters across block edges).
@Suite("Scalar offsets")
struct ScalarOffsetsTests {
    static let texts: [(String, String)] = [
        ("ascii", "Washington will not commit troops."),
        ("accented", "Zoë Émile in Zürich: “Kyiv’s” façade — naïve."),
        ("cjk", "北京 and 東京 said 「いいえ」 today."),
        ("emoji", "Flags 🇺🇦🇪🇺, faces 😀👍🏽 and 👨‍👩‍👧 end."),
        ("empty", ""),
        ("long ascii", String(repeating: "Washington will not commit troops. ", count: 300)),
        ("long mixed", String(repeating: "Kyiv’s 北京 😀 façade. ", count: 400)),
        ("long offset by one", "x" + String(repeating: "€", count: 3000)),  // 3-byte scalars straddle every block edge
        ("long offset by two", "xy" + String(repeating: "😀", count: 2100)),
    ]

    /// Every scalar boundary of a text: (byte offset, scalar offset).
    static func boundaries(_ text: String) -> [(byte: Int, scalar: Int)] {
        var result: [(Int, Int)] = []
        var byte = 0
        for (i, s) in text.unicodeScalars.enumerated() {
            result.append((byte, i))
            byte += String(s).utf8.count
        }
        result.append((byte, text.unicodeScalars.count))
        return result
    }

    @Test("byte -> scalar at every scalar boundary", arguments: texts.map(\.0))
    func byteToScalar(_ name: String) {
        let text = Self.texts.first { $0.0 == name }!.1
        let map = ScalarOffsets(Array(text.utf8))
        var wrong: [String] = []
        for (byte, scalar) in Self.boundaries(text) where map.scalarOffset(ofByte: byte) != scalar {
            wrong.append("byte \(byte): \(map.scalarOffset(ofByte: byte)) != \(scalar)")
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(5))")
    }

    @Test("scalar -> byte at every scalar", arguments: texts.map(\.0))
    func scalarToByte(_ name: String) {
        let text = Self.texts.first { $0.0 == name }!.1
        let map = ScalarOffsets(Array(text.utf8))
        var wrong: [String] = []
        for (byte, scalar) in Self.boundaries(text) where map.byteOffset(ofScalar: scalar) != byte {
            wrong.append("scalar \(scalar): \(String(describing: map.byteOffset(ofScalar: scalar))) != \(byte)")
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(5))")
        #expect(map.byteOffset(ofScalar: text.unicodeScalars.count + 1) == nil)
        #expect(map.byteOffset(ofScalar: -1) == nil)
    }

    @Test func theLongTextsAreLongerThanABlock() {
        for (name, text) in Self.texts where name.hasPrefix("long") {
            #expect(text.utf8.count > 8192, "\(name)")
        }
    }

    @Test func theDocumentedExample() {
        let map = ScalarOffsets(Array("Kyiv’s army".utf8))
        #expect(map.scalarOffset(ofByte: 9) == 7)
        #expect(map.scalarOffset(ofByte: 4) == 4)
        #expect(map.scalarOffset(ofByte: 7) == 5)
        #expect(map.byteOffset(ofScalar: 5) == 7)
    }

    @Test func outOfRangeBytesAreClamped() {
        let text = "Zoë said"
        let map = ScalarOffsets(Array(text.utf8))
        #expect(map.scalarOffset(ofByte: -3) == 0)
        #expect(map.scalarOffset(ofByte: 1000) == text.unicodeScalars.count)
        let ascii = ScalarOffsets(Array("abc".utf8))
        #expect(ascii.byteOffset(ofScalar: 3) == 3)
        #expect(ascii.byteOffset(ofScalar: 4) == nil)
    }

    @Test func tokenRangesConvertToScalarRangesOfTheSameText() {
        // The pipeline's byte ranges, converted, slice the same text out of the scalars.
        let text = "Émile’s 北京 team 😀 won’t go."
        let doc = Document(text)
        let map = ScalarOffsets(doc.bytes)
        let scalars = Array(text.unicodeScalars)
        for t in TestSupport.lexicons.tokenizer.tokenize(doc.bytes) {
            let from = map.scalarOffset(ofByte: Int(t.start)), to = map.scalarOffset(ofByte: Int(t.end))
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[from..<to])
            #expect(String(view) == doc.text(of: t))
        }
    }
}
