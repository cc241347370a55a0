import Foundation
import Testing
import StanceKit

/// The model file schema (`ModelFile`): its JSON field names, the canonical
/// byte-stable encoding (sorted keys, trailing newline), a full round trip with
/// provenance, the shipped model being in that canonical form, and the
/// format / feature-set checks when a `ModelFile` is turned into a model in
/// memory (loading from disk is `LinearModelTests`' job).
@Suite("ModelFile")
struct ModelFileTests {
    static let featureSet = ModelFile.FeatureSet(name: FeatureExtractor.featureSetName,
                                                 version: FeatureExtractor.featureSetVersion)

    static func file(format: Int = ModelFile.currentFormat, featureSet: ModelFile.FeatureSet = featureSet,
                     weights: [String: [Float]] = ["rule:firm": [2.5, 0, 0, -1], "w-1:not": [0, 0, 1.25, 0]],
                     seed: UInt64? = 42) -> ModelFile {
        ModelFile(format: format, featureSet: featureSet,
                  stance: .init(labels: StanceLabel.allCases.map(\.rawValue), bias: [0.5, 0, -0.5, 1], weights: weights),
                  sentiment: .init(labels: SentimentLabel.allCases.map(\.rawValue), bias: [0, 1, 0],
                                   weights: ["val:clause-neg": [1, 0, -1]]),
                  provenance: .init(method: "logistic regression (L-BFGS)",
                                    data: [.init(path: "Evaluation/data/team-train.jsonl", sha256: String(repeating: "ab", count: 32),
                                                 examples: 12)],
                                    examples: ["stance": 12, "sentiment": 7], seed: seed, date: "2026-01-02",
                                    settings: ["l2": 0.001], scores: ["stance_macro_f1": 0.8], notes: ["a note"]))
    }

    static func object(_ data: Data) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func theFieldNamesAreTheDocumentedOnes() throws {
        let json = try Self.object(Self.file().encoded())
        #expect(Set(json.keys) == ["format", "feature_set", "stance", "sentiment", "provenance"])
        #expect(json["format"] as? Int == 1)
        let fs = try #require(json["feature_set"] as? [String: Any])
        #expect(fs["name"] as? String == "stance-features")
        #expect(fs["version"] as? Int == FeatureExtractor.featureSetVersion)
        let stance = try #require(json["stance"] as? [String: Any])
        #expect(Set(stance.keys) == ["labels", "bias", "weights"])
        #expect(stance["labels"] as? [String] == ["firm", "hedged", "refused", "none"])
        let weights = try #require(stance["weights"] as? [String: [Double]])
        #expect(weights["rule:firm"] == [2.5, 0, 0, -1])
        let provenance = try #require(json["provenance"] as? [String: Any])
        #expect(Set(provenance.keys) == ["method", "data", "examples", "seed", "date", "settings", "scores", "notes"])
        let data = try #require(provenance["data"] as? [[String: Any]])
        #expect(data.first?["sha256"] as? String == String(repeating: "ab", count: 32))
        #expect(data.first?["examples"] as? Int == 12)
    }

    @Test func theEncodingIsSortedAndEndsWithANewline() throws {
        let data = try Self.file().encoded()
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.hasSuffix("}\n"))
        #expect(!text.dropLast().contains("\n"), "one line")
        // Top-level keys in sorted order.
        let order = ["\"feature_set\"", "\"format\"", "\"provenance\"", "\"sentiment\"", "\"stance\""]
            .map { text.range(of: $0)!.lowerBound }
        #expect(order == order.sorted())
    }

    @Test func theSameModelGivesTheSameBytesWhateverTheDictionaryOrder() throws {
        var names: [String: [Float]] = [:]
        for i in 0..<200 { names["win:w\(i)"] = [Float(i), 0, 0, 0] }
        var reversed: [String: [Float]] = [:]
        for (k, v) in names.sorted(by: { $0.key > $1.key }) { reversed[k] = v }
        #expect(try Self.file(weights: names).encoded() == Self.file(weights: reversed).encoded())
    }

    @Test("round trip", arguments: [UInt64?.none, 0, 42, 1 << 40])
    func roundTrip(_ seed: UInt64?) throws {
        let file = Self.file(seed: seed)
        let data = try file.encoded()
        let decoded = try JSONDecoder().decode(ModelFile.self, from: data)
        #expect(decoded == file)
        #expect(try decoded.encoded() == data)
    }

    @Test func theShippedModelIsInTheCanonicalEncoding() throws {
        let data = try Data(contentsOf: TestSupport.modelURL)
        let file = try JSONDecoder().decode(ModelFile.self, from: data)
        #expect(file.format == ModelFile.currentFormat)
        #expect(file.featureSet == Self.featureSet)
        #expect(file.stance.labels == StanceLabel.allCases.map(\.rawValue))
        #expect(file.sentiment.labels == SentimentLabel.allCases.map(\.rawValue))
        #expect(!file.stance.weights.isEmpty && !file.provenance.data.isEmpty)
        #expect(file.provenance.data.allSatisfy { $0.sha256.count == 64 }, "SHA-256 in hex")
        #expect(try file.encoded() == data, "re-encoding the shipped model gives its bytes back")
    }

    @Test func aModelOfAnotherFormatIsRefusedNamingBothVersions() {
        #expect(throws: ModelError.version("model format 2 does not match this build's format \(ModelFile.currentFormat)")) {
            try LinearModel(file: Self.file(format: 2))
        }
    }

    @Test("another feature set is refused naming both", arguments: [
        ModelFile.FeatureSet(name: FeatureExtractor.featureSetName, version: FeatureExtractor.featureSetVersion + 1),
        ModelFile.FeatureSet(name: "bag-of-words", version: FeatureExtractor.featureSetVersion),
    ])
    func anotherFeatureSet(_ fs: ModelFile.FeatureSet) throws {
        do {
            _ = try LinearModel(file: Self.file(featureSet: fs))
            Issue.record("a model for \(fs.name) v\(fs.version) loaded")
        } catch let error as ModelError {
            guard case .version(let message) = error else { Issue.record("not a version error: \(error)"); return }
            #expect(message.contains("\(fs.name) v\(fs.version)"), "\(message)")
            #expect(message.contains("\(FeatureExtractor.featureSetName) v\(FeatureExtractor.featureSetVersion)"), "\(message)")
        }
    }

    @Test func aValidFileInMemoryBecomesAModel() throws {
        let model = try LinearModel(file: Self.file())
        #expect(model.file == Self.file())
        #expect(model.stance.weights(of: "rule:firm") == [2.5, 0, 0, -1])
        #expect(model.sentiment.weights(of: "val:clause-neg") == [1, 0, -1])
    }
}
