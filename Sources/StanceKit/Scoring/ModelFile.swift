import Foundation

/// The JSON schema of a model file (`Models/*.json`): format version,
/// feature-set name and version, the two heads' labels and weights keyed by
/// feature name, and provenance.
///
///     {"format": 1, "feature_set": {"name": "stance-features", "version": 1},
///      "stance": {"labels": ["firm", "hedged", "refused", "none"], "bias": [...],
///                 "weights": {"rule:firm": [4, 0, 0, 0], ...}},
///      "sentiment": {...}, "provenance": {...}}
public struct ModelFile: Codable, Sendable, Equatable {
    /// The model file format this build reads and writes.
    public static let currentFormat = 1

    public struct FeatureSet: Codable, Sendable, Equatable {
        public var name: String
        public var version: Int
        public init(name: String, version: Int) {
            self.name = name
            self.version = version
        }
    }

    public struct HeadWeights: Codable, Sendable, Equatable {
        public var labels: [String]
        public var bias: [Float]
        public var weights: [String: [Float]]
        public init(labels: [String], bias: [Float], weights: [String: [Float]]) {
            self.labels = labels
            self.bias = bias
            self.weights = weights
        }
    }

    /// Where a model came from.
    public struct Provenance: Codable, Sendable, Equatable {
        /// One training file and its SHA-256.
        public struct DataFile: Codable, Sendable, Equatable {
            public var path: String
            public var sha256: String
            public var examples: Int
            public init(path: String, sha256: String, examples: Int) {
                self.path = path
                self.sha256 = sha256
                self.examples = examples
            }
        }
        public var method: String
        public var data: [DataFile]
        public var examples: [String: Int]
        public var seed: UInt64?
        public var date: String
        public var settings: [String: Double]
        public var scores: [String: Double]
        public var notes: [String]
        public init(method: String, data: [DataFile], examples: [String: Int], seed: UInt64?, date: String,
                    settings: [String: Double], scores: [String: Double], notes: [String]) {
            self.method = method
            self.data = data
            self.examples = examples
            self.seed = seed
            self.date = date
            self.settings = settings
            self.scores = scores
            self.notes = notes
        }
    }

    public var format: Int
    public var featureSet: FeatureSet
    public var stance: HeadWeights
    public var sentiment: HeadWeights
    public var provenance: Provenance

    enum CodingKeys: String, CodingKey {
        case format
        case featureSet = "feature_set"
        case stance, sentiment, provenance
    }

    public init(format: Int = ModelFile.currentFormat, featureSet: FeatureSet, stance: HeadWeights,
                sentiment: HeadWeights, provenance: Provenance) {
        self.format = format
        self.featureSet = featureSet
        self.stance = stance
        self.sentiment = sentiment
        self.provenance = provenance
    }

    /// The JSON bytes of the file: keys sorted, so the same model gives the same bytes.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var data = try encoder.encode(self)
        data.append(UInt8(ascii: "\n"))
        return data
    }
}
