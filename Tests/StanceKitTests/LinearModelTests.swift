import Foundation
import Testing
import StanceKit

/// Loading model files and scoring with them: a valid minimal file, and clear
/// errors for wrong versions, labels, bias lengths, non-finite weights,
/// truncated JSON and missing files.
@Suite("Linear model")
struct LinearModelTests {
    static let featureSet = "{\"name\": \"\(FeatureExtractor.featureSetName)\", \"version\": \(FeatureExtractor.featureSetVersion)}"
    static let stanceLabels = "[\"firm\", \"hedged\", \"refused\", \"none\"]"
    static let sentimentLabels = "[\"negative\", \"neutral\", \"positive\"]"
    static let provenance = "{\"method\": \"test\", \"data\": [], \"examples\": {}, \"date\": \"\", \"settings\": {}, \"scores\": {}, \"notes\": []}"

    /// A minimal model file's JSON, with parts replaceable.
    static func json(format: String = "1", featureSet: String = featureSet, stanceLabels: String = stanceLabels,
                      stanceBias: String = "[0, 0, 0, 0.5]", stanceWeights: String = "{\"rule:firm\": [3, 0, 0, 0], \"w-1:not\": [0, 0, 2, 0]}",
                      sentimentLabels: String = sentimentLabels, sentimentBias: String = "[0, 1, 0]") -> String {
        """
        {"format": \(format), "feature_set": \(featureSet),
         "stance": {"labels": \(stanceLabels), "bias": \(stanceBias), "weights": \(stanceWeights)},
         "sentiment": {"labels": \(sentimentLabels), "bias": \(sentimentBias), "weights": {"val:clause-neg": [1, 0, 0]}},
         "provenance": \(provenance)}
        """
    }

    /// Writes text to a temporary file, runs `body` with its URL, then removes it.
    static func withFile<T>(_ text: String, _ body: (URL) throws -> T) throws -> T {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("model-\(UUID().uuidString).json")
        try text.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        return try body(url)
    }

    /// The error of loading a model file's text, with the file's path.
    static func loadError(_ text: String) throws -> (ModelError, String)? {
        try withFile(text) { url in
            do {
                _ = try LinearModel.load(from: url)
                return nil
            } catch let e as ModelError {
                return (e, url.path)
            }
        }
    }

    static func features(_ names: [String]) -> FeatureVector {
        var f = FeatureVector()
        for n in names {
            f.keys.append(FeatureVector.key(ofName: n))
            f.values.append(1)
        }
        return f
    }

    // MARK: - A valid file

    @Test func aValidMinimalFileLoadsAndScores() throws {
        let model = try Self.withFile(Self.json()) { try LinearModel.load(from: $0) }
        #expect(model.stance.labels == ["firm", "hedged", "refused", "none"])
        #expect(model.sentiment.labels == ["negative", "neutral", "positive"])
        #expect(model.stance.featureCount == 2)
        #expect(model.stance.weights(of: "rule:firm") == [3, 0, 0, 0])
        #expect(model.stance.weights(of: "rule:none") == nil)
        #expect(model.stance.scores(Self.features(["rule:firm"])) == [3, 0, 0, 0.5])
        #expect(model.stance.scores(Self.features(["rule:firm", "w-1:not", "unknown:x"])) == [3, 0, 2, 0.5])
        #expect(model.stance.scores(FeatureVector()) == [0, 0, 0, 0.5])
        #expect(model.file.provenance.method == "test")
    }

    @Test func featureValuesScaleTheirWeights() throws {
        let model = try Self.withFile(Self.json()) { try LinearModel.load(from: $0) }
        var f = FeatureVector()
        f.add(.rule, TokenHash.of("firm"), value: 0.5) { "firm" }
        #expect(model.stance.scores(f) == [1.5, 0, 0, 0.5])
    }

    @Test("probabilities sum to 1", arguments: [[], ["rule:firm"], ["rule:firm", "w-1:not"], ["w-1:not", "w-1:not", "w-1:not"]])
    func probabilitiesSumToOne(_ names: [String]) throws {
        let model = try Self.withFile(Self.json()) { try LinearModel.load(from: $0) }
        for head in [model.stance, model.sentiment] {
            let p = head.probabilities(Self.features(names))
            #expect(p.count == head.labels.count)
            #expect(abs(p.reduce(0, +) - 1) < 1e-12)
            #expect(p.allSatisfy { $0 > 0 && $0 < 1 })
        }
        let p = model.stance.probabilities(Self.features(["rule:firm"]))
        #expect(p[0] > p[1] && p[0] > p[2] && p[0] > p[3])
        // softmax of [3, 0, 0, 0.5]
        let z = exp(3.0) + 2 + exp(0.5)
        #expect(abs(p[0] - exp(3.0) / z) < 1e-9)
    }

    @Test func softmaxIsStableForLargeScores() {
        let p = LinearModel.softmax([1000, 0, -1000] as [Double])
        #expect(p[0] == 1 && p[2] == 0 && p.allSatisfy { $0.isFinite })
        let q = LinearModel.softmax([88, 88] as [Float])
        #expect(q == [0.5, 0.5])
    }

    @Test func theEmptyModelIsUniform() {
        let p = LinearModel.empty.stance.probabilities(Self.features(["rule:firm"]))
        #expect(p == [0.25, 0.25, 0.25, 0.25])
        #expect(LinearModel.empty.sentiment.probabilities(FeatureVector()).count == 3)
    }

    @Test func theModelFileRoundTripsThroughItsEncoding() throws {
        let model = try Self.withFile(Self.json()) { try LinearModel.load(from: $0) }
        let data = try model.file.encoded()
        let again = try JSONDecoder().decode(ModelFile.self, from: data)
        #expect(again == model.file)
        #expect(try again.encoded() == data, "the encoding is stable")
        #expect(data.last == UInt8(ascii: "\n"))
    }

    // MARK: - Errors

    @Test func aWrongFormatNamesBothVersions() throws {
        let (error, path) = try #require(try Self.loadError(Self.json(format: "2")))
        guard case .version(let message) = error else { Issue.record("not a version error: \(error)"); return }
        #expect(message.hasPrefix(path + ": "))
        #expect(message.contains("format 2") && message.contains("format \(ModelFile.currentFormat)"), "\(message)")
    }

    @Test func aWrongFeatureSetVersionNamesBothVersions() throws {
        let other = FeatureExtractor.featureSetVersion + 41
        let fs = "{\"name\": \"\(FeatureExtractor.featureSetName)\", \"version\": \(other)}"
        let (error, path) = try #require(try Self.loadError(Self.json(featureSet: fs)))
        guard case .version(let message) = error else { Issue.record("not a version error: \(error)"); return }
        #expect(message.hasPrefix(path + ": "))
        #expect(message.contains("v\(other)") && message.contains("v\(FeatureExtractor.featureSetVersion)"), "\(message)")
    }

    @Test func aWrongFeatureSetNameIsAVersionError() throws {
        let fs = "{\"name\": \"other-features\", \"version\": \(FeatureExtractor.featureSetVersion)}"
        let (error, _) = try #require(try Self.loadError(Self.json(featureSet: fs)))
        guard case .version(let message) = error else { Issue.record("not a version error: \(error)"); return }
        #expect(message.contains("other-features") && message.contains(FeatureExtractor.featureSetName))
    }

    @Test("wrong label lists", arguments: [
        ("stance", "[\"hedged\", \"firm\", \"refused\", \"none\"]"),
        ("stance", "[\"firm\", \"hedged\", \"refused\"]"),
        ("sentiment", "[\"negative\", \"positive\", \"neutral\"]"),
    ])
    func wrongLabels(_ head: String, _ labels: String) throws {
        let text = head == "stance" ? Self.json(stanceLabels: labels) : Self.json(sentimentLabels: labels)
        let (error, path) = try #require(try Self.loadError(text))
        guard case .invalid(let message) = error else { Issue.record("not an invalid-file error: \(error)"); return }
        #expect(message.hasPrefix(path + ": "))
        #expect(message.contains("\(head) labels must be"), "\(message)")
    }

    @Test func aWrongBiasLength() throws {
        let (error, _) = try #require(try Self.loadError(Self.json(stanceBias: "[0, 0, 0]")))
        #expect(error.description.contains("stance bias has 3 values for 4 labels"), "\(error)")
        let (e2, _) = try #require(try Self.loadError(Self.json(sentimentBias: "[0, 0, 0, 0]")))
        #expect(e2.description.contains("sentiment bias has 4 values for 3 labels"), "\(e2)")
    }

    @Test func aWeightRowOfTheWrongLength() throws {
        let (error, _) = try #require(try Self.loadError(Self.json(stanceWeights: "{\"rule:firm\": [1, 2]}")))
        guard case .invalid(let message) = error else { Issue.record("not an invalid-file error: \(error)"); return }
        #expect(message.contains("\"rule:firm\"") && message.contains("4 finite numbers"), "\(message)")
    }

    @Test func nonFiniteWeights() throws {
        // In a file: a number too large for a Float.
        let (error, path) = try #require(try Self.loadError(Self.json(stanceWeights: "{\"rule:firm\": [1e39, 0, 0, 0]}")))
        #expect(error.description.hasPrefix(path + ": "))
        #expect(!error.description.contains("not valid JSON"), "the JSON is valid: \(error)")
        #expect(error.description.contains("does not fit its field"), "\(error)")
        // NaN and Infinity as Python's json module writes them.
        let (nan, _) = try #require(try Self.loadError(Self.json(stanceWeights: "{\"rule:firm\": [NaN, 0, 0, 0]}")))
        #expect(nan.description.contains("finite"), "\(nan)")
        // In memory: NaN and infinity.
        for bad: Float in [.nan, .infinity, -.infinity] {
            let file = ModelFile(featureSet: .init(name: FeatureExtractor.featureSetName, version: FeatureExtractor.featureSetVersion),
                                 stance: .init(labels: StanceLabel.allCases.map(\.rawValue), bias: [0, 0, 0, 0], weights: ["rule:firm": [bad, 0, 0, 0]]),
                                 sentiment: .init(labels: SentimentLabel.allCases.map(\.rawValue), bias: [0, 0, 0], weights: [:]),
                                 provenance: .init(method: "", data: [], examples: [:], seed: nil, date: "", settings: [:], scores: [:], notes: []))
            #expect(throws: ModelError.invalid("stance weights of \"rule:firm\" must be 4 finite numbers")) {
                try LinearModel(file: file)
            }
        }
    }

    @Test("truncated or malformed JSON", arguments: [
        String(json().prefix(60)),
        "",
        "not json",
        "[1, 2, 3]",
    ])
    func malformed(_ text: String) throws {
        let (error, path) = try #require(try Self.loadError(text))
        guard case .invalid(let message) = error else { Issue.record("not an invalid-file error: \(error)"); return }
        #expect(message.hasPrefix(path + ": not a valid model file: "), "\(message)")
    }

    @Test func aMissingFieldIsNamed() throws {
        let text = Self.json().replacingOccurrences(of: "\"bias\": [0, 1, 0], ", with: "")
        let (error, _) = try #require(try Self.loadError(text))
        #expect(error.description.contains("missing field \"sentiment.bias\""), "\(error)")
    }

    @Test func aFractionalVersionIsNotCalledInvalidJSON() throws {
        let (error, _) = try #require(try Self.loadError(Self.json(format: "1.5")))
        #expect(!error.description.contains("not valid JSON"), "\(error)")
    }

    @Test func aFieldOfTheWrongTypeIsNamed() throws {
        let (error, _) = try #require(try Self.loadError(Self.json(format: "\"one\"")))
        #expect(error.description.contains("format") && error.description.contains("wrong type"), "\(error)")
    }

    @Test func aMissingFile() {
        let url = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)/stance.json")
        #expect(throws: ModelError.unreadable("\(url.path): cannot read the model file (missing or unreadable)")) {
            try LinearModel.load(from: url)
        }
    }
}
