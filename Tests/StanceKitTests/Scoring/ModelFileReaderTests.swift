import Foundation
import Testing
@testable import StanceKit
import StanceTestSupport

/// The fast model-file reader gives exactly what `JSONDecoder` gives (every weight bit for
/// bit), and declines (nil) whatever it does not read the same way, so the loader falls back.
@Suite("Model file reader")
struct ModelFileReaderTests {
    /// Every float and double of a model file, as bit patterns in a fixed order.
    static func bits(_ file: ModelFile) -> [UInt64] {
        var out: [UInt64] = []
        for head in [file.stance, file.sentiment] {
            out += head.bias.map { UInt64($0.bitPattern) }
            for name in head.weights.keys.sorted() { out += head.weights[name]!.map { UInt64($0.bitPattern) } }
        }
        for table in [file.provenance.settings, file.provenance.scores] {
            for name in table.keys.sorted() { out.append(table[name]!.bitPattern) }
        }
        return out
    }

    @Test func theShippedModelReadsAsJSONDecoderReadsIt() throws {
        let data = try Data(contentsOf: TestSupport.modelURL)
        let decoded = try JSONDecoder().decode(ModelFile.self, from: data)
        let read = try #require(ModelFileReader.read(data))
        #expect(read == decoded)
        #expect(Self.bits(read) == Self.bits(decoded))
        #expect(read.stance.weights.count > 1000 && read.sentiment.weights.count > 1000)
    }

    /// A small file with the given weights text and provenance extras.
    static func file(weights: String = "{\"a\": [1, 2, 3]}", extra: String = "") -> Data {
        Data("""
        {"format": 1, "feature_set": {"name": "n", "version": 1}\(extra),
         "stance": {"labels": ["x"], "bias": [0.5], "weights": {}},
         "sentiment": {"labels": ["p", "q", "r"], "bias": [0, -1e-3, 2E2], "weights": \(weights)},
         "provenance": {"method": "m\\u00e9\\ud83d\\ude00\\n", "data": [{"path": "p", "sha256": "s", "examples": 3}],
                        "examples": {"stance": 2}, "seed": null, "date": "", "settings": {"l2": 0.0015},
                        "scores": {}, "notes": ["a \\"quoted\\" note"]}}
        """.utf8)
    }

    @Test func smallFilesReadAsJSONDecoderReadsThem() throws {
        let cases = [
            Self.file(),
            Self.file(weights: "{\"w-1:not\": [1.17549435e-38, -3.4028234e38, 1e-45], \"b\": [0.1, 0.2, 0.30000001]}"),
            Self.file(extra: ", \"unknown\": [1, {\"x\": [true, false, null, \"s\"]}, -0.5e+3]"),
            Self.file(weights: "{\"caf\\u00e9 \\\"x\\\"\": [ 1 , 2 , 3 ] }"),
        ]
        for data in cases {
            let decoded = try JSONDecoder().decode(ModelFile.self, from: data)
            let read = try #require(ModelFileReader.read(data))
            #expect(read == decoded)
            #expect(Self.bits(read) == Self.bits(decoded))
        }
    }

    @Test func randomFloatsReadAsJSONDecoderReadsThem() throws {
        var rng = SeededGenerator(seed: 7)
        var entries: [String] = []
        for i in 0..<2000 {
            let digits = String(UInt64.random(in: 1...UInt64(999_999_999_999), using: &rng))
            let exponent = Int.random(in: -45...38, using: &rng)
            let sign = Bool.random(using: &rng) ? "-" : ""
            entries.append("\"f\(i)\": [\(sign)0.\(digits)e\(exponent), \(sign)\(digits)e\(exponent - 12), 1]")
        }
        let data = Self.file(weights: "{" + entries.joined(separator: ", ") + "}")
        // Some of these overflow or underflow a Float: then both must refuse.
        let decoded = try? JSONDecoder().decode(ModelFile.self, from: data)
        let read = ModelFileReader.read(data)
        if let decoded, let read {
            #expect(Self.bits(read) == Self.bits(decoded))
        } else {
            #expect(read == nil)
        }
        // Drop the entries that do not fit so that both read the rest.
        let fitting = entries.filter { e in
            (try? JSONDecoder().decode(ModelFile.self, from: Self.file(weights: "{" + e + "}"))) != nil
        }
        #expect(fitting.count > 1000)
        let data2 = Self.file(weights: "{" + fitting.joined(separator: ", ") + "}")
        let decoded2 = try JSONDecoder().decode(ModelFile.self, from: data2)
        let read2 = try #require(ModelFileReader.read(data2))
        #expect(Self.bits(read2) == Self.bits(decoded2))
    }

    /// Short decimals, as model files write weights, take the reader's fast path: the same bits.
    @Test func shortDecimalsReadAsJSONDecoderReadsThem() throws {
        var rng = SeededGenerator(seed: 11)
        var entries: [String] = ["\"edge\": [-0.0, 0.0000000001, 0.00000000001]", "\"big\": [9999999, 16777217, 0.16777217]"]
        for i in 0..<5000 {
            var row: [String] = []
            for _ in 0..<3 {
                let digits = String(UInt64.random(in: 0...9_999_999, using: &rng))
                let zeros = String(repeating: "0", count: Int.random(in: 0...6, using: &rng))
                let sign = Bool.random(using: &rng) ? "-" : ""
                let point = Int.random(in: 0...digits.count, using: &rng)
                let body = point == digits.count ? digits
                    : (point == 0 ? "0." + zeros + digits
                       : String(digits.prefix(point)) + "." + digits.dropFirst(point))
                row.append(sign + body)
            }
            entries.append("\"s\(i)\": [" + row.joined(separator: ", ") + "]")
        }
        let data = Self.file(weights: "{" + entries.joined(separator: ", ") + "}")
        let decoded = try JSONDecoder().decode(ModelFile.self, from: data)
        let read = try #require(ModelFileReader.read(data))
        #expect(read == decoded)
        #expect(Self.bits(read) == Self.bits(decoded))
    }

    @Test func whatItDoesNotReadExactlyIsLeftToJSONDecoder() {
        let declined = [
            Self.file(weights: "{\"a\": [1e39, 0, 0]}"),          // overflows a Float
            Self.file(weights: "{\"a\": [1e-50, 0, 0]}"),         // underflows to 0
            Self.file(weights: "{\"a\": [01, 0, 0]}"),            // not JSON
            Self.file(weights: "{\"a\": [1, 2, 3], \"a\": [1, 2, 3]}"),  // a repeated key
            Self.file(weights: "{\"a\": [1, 2, 3],}"),            // a trailing comma
            Self.file(weights: "{\"a\": [NaN, 0, 0]}"),
            Self.file(weights: "{\"\\ud800\": [1, 2, 3]}"),       // a lone surrogate
            Self.file(extra: ", \"format\": 1"),                  // a repeated field
            Data("{\"format\": 1.0}".utf8),
            Data(Self.file() + Data(" x".utf8)),                  // bytes after the object
            Data("{\"format\": 1, \"feature_set\": {\"name\": \"n\", \"version\": 1}}".utf8),  // fields missing
        ]
        for data in declined {
            #expect(ModelFileReader.read(data) == nil, "\(String(decoding: data, as: UTF8.self))")
        }
    }
}
