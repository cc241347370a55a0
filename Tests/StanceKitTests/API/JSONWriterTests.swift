import Foundation
import Testing
import StanceKit

/// `JSONWriter`: fields in the order written, commas and nesting, compact and
/// pretty layouts, string escaping (quotes, backslashes, control characters,
/// DEL, non-ASCII kept as UTF-8) and numbers (whole numbers without a
/// fraction, non-finite as null), all checked byte for byte and by parsing
/// the output back with `JSONSerialization`.
@Suite("JSONWriter")
struct JSONWriterTests {
    static func text(pretty: Bool = false, _ body: (inout JSONWriter) -> Void) -> String {
        var w = JSONWriter(pretty: pretty)
        body(&w)
        return String(decoding: w.bytes, as: UTF8.self)
    }

    static func parse(_ s: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(s.utf8), options: [.fragmentsAllowed])
    }

    @Test func fieldsKeepTheirOrder() {
        let s = Self.text { w in
            w.object { w in
                w.field("zeta") { $0.integer(1) }
                w.field("alpha") { $0.string("a") }
                w.field("mid") { $0.bool(true) }
                w.field("none") { $0.null() }
            }
        }
        #expect(s == #"{"zeta":1,"alpha":"a","mid":true,"none":null}"#)
    }

    @Test func nestingAndCommas() throws {
        let s = Self.text { w in
            w.object { w in
                w.field("a") { w in w.array { w in
                    w.element { $0.integer(1) }
                    w.element { w in w.object { w in w.field("b") { $0.strings(["x", "y"]) } } }
                    w.element { w in w.array { _ in } }
                } }
                w.field("c") { w in w.object { _ in } }
                w.field("d") { $0.integers([3, -4]) }
            }
        }
        #expect(s == #"{"a":[1,{"b":["x","y"]},[]],"c":{},"d":[3,-4]}"#)
        let parsed = try #require(try Self.parse(s) as? [String: Any])
        #expect(parsed["d"] as? [Int] == [3, -4])
    }

    @Test func prettyOutputIndentsByTwo() throws {
        let s = Self.text(pretty: true) { w in
            w.object { w in
                w.field("a") { $0.integer(1) }
                w.field("b") { $0.integers([2, 3]) }
                w.field("c") { $0.strings([]) }
                w.field("d") { w in w.object { _ in } }
            }
        }
        #expect(s == "{\n  \"a\": 1,\n  \"b\": [\n    2,\n    3\n  ],\n  \"c\": [],\n  \"d\": {}\n}")
        let parsed = try #require(try Self.parse(s) as? [String: Any])
        #expect(parsed["b"] as? [Int] == [2, 3])
    }

    /// (string, its JSON) for every escape.
    @Test("string escaping", arguments: [
        ("plain", #""plain""#),
        ("say \"no\"", #""say \"no\"""#),
        (#"C:\path"#, #""C:\\path""#),
        ("line\nbreak\r\ttab", #""line\nbreak\r\ttab""#),
        ("\u{0}\u{1}\u{8}\u{C}\u{1B}\u{1F}", #""\u0000\u0001\u0008\u000c\u001b\u001f""#),
        ("del\u{7F}", #""del\u007f""#),
        ("Zürich “quoted” – 東京 🇺🇦", "\"Zürich “quoted” – 東京 🇺🇦\""),
        ("a/b", #""a/b""#),
        ("", #""""#),
    ])
    func escaping(_ value: String, _ json: String) throws {
        let s = Self.text { $0.string(value) }
        #expect(s == json)
        #expect(try Self.parse(s) as? String == value, "parses back to the same string")
    }

    /// Strings are scanned eight bytes at a time: a byte that needs an escape is found at every
    /// place in a word and in the tail after the last whole word, and bytes near it (0x1F/0x20,
    /// 0x7E/0x7F, UTF-8 above 0x80) are told apart.
    @Test("escapes found at every position", arguments: [
        ("\u{0}", #"\u0000"#), ("\u{1F}", #"\u001f"#), ("\"", #"\""#), ("\\", #"\\"#), ("\u{7F}", #"\u007f"#),
        (" ", " "), ("~", "~"), ("é", "é"), ("\u{80}", "\u{80}"), ("!", "!"), ("]", "]"),
    ])
    func escapesAtEveryPosition(_ special: String, _ escaped: String) throws {
        for length in [1, 7, 8, 9, 16, 19] {
            for position in 0..<length {
                let before = String(repeating: "a", count: position), after = String(repeating: "b", count: length - position - 1)
                let s = Self.text { $0.string(before + special + after) }
                #expect(s == "\"" + before + escaped + after + "\"", "length \(length), position \(position)")
                #expect(try Self.parse(s) as? String == before + special + after)
            }
        }
    }

    @Test func fieldNamesAreEscapedToo() throws {
        let s = Self.text { w in w.object { w in w.field("a\"b\n") { $0.integer(0) } } }
        #expect(s == #"{"a\"b\n":0}"#)
        let parsed = try #require(try Self.parse(s) as? [String: Any])
        #expect(parsed["a\"b\n"] as? Int == 0)
    }

    @Test("numbers", arguments: [
        (3.0, "3"),
        (-2.0, "-2"),
        (0.0, "0"),
        (-0.0, "0"),
        (0.5, "0.5"),
        (-0.1234, "-0.1234"),
        (0.9455, "0.9455"),
        (1e-7, "1e-07"),
    ])
    func numbers(_ x: Double, _ json: String) throws {
        let s = Self.text { $0.number(x) }
        #expect(s == json)
        #expect(try Self.parse(s) as? Double == x)
    }

    @Test("non-finite numbers are null", arguments: [Double.nan, .infinity, -.infinity, .signalingNaN])
    func nonFinite(_ x: Double) throws {
        let s = Self.text { w in w.object { w in w.field("x") { $0.number(x) } } }
        #expect(s == #"{"x":null}"#)
        let parsed = try #require(try Self.parse(s) as? [String: Any])
        #expect(parsed["x"] is NSNull)
    }

    @Test("large numbers stay valid JSON", arguments: [1e15, 1e20, -3e300, Double.greatestFiniteMagnitude, 123456789012345.0])
    func largeNumbers(_ x: Double) throws {
        let s = Self.text { $0.number(x) }
        let parsed = try #require(try Self.parse(s) as? NSNumber, "\(s)")
        #expect(parsed.doubleValue == x, "\(s)")
    }

    @Test func integersAndBooleans() {
        #expect(Self.text { $0.integer(Int.max) } == "9223372036854775807")
        #expect(Self.text { $0.integer(Int.min) } == "-9223372036854775808")
        #expect(Self.text { $0.bool(false) } == "false")
        #expect(Self.text { $0.integers([]) } == "[]")
    }

    @Test func anEmptyWriterHasNoBytes() {
        #expect(JSONWriter().bytes.isEmpty)
        #expect(JSONWriter(pretty: true).bytes.isEmpty)
    }
}
