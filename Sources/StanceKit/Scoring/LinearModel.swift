import Foundation

/// A multinomial linear model with two heads, stance and sentiment, over
/// hashed features; weights in one contiguous array per head.
///
/// Loaded from a model file (`ModelFile`): feature names become keys with
/// `FeatureVector.key(ofName:)`. Scoring is a dot product per label and a
/// softmax; probabilities sum to 1.
///
///     let model = try LinearModel.load(from: URL(fileURLWithPath: "Models/stance.json"))
///     let p = model.stance.probabilities(features)   // [firm, hedged, refused, none]
public struct LinearModel: Sendable {
    /// One head: labels, bias, and a weight row per known feature.
    public struct Head: Sendable {
        public let labels: [String]
        public let bias: [Float]
        /// Feature key -> row index.
        let rows: HashIndex<Int32>
        /// Row-major weights: rows.count x labels.count.
        let weights: [Float]

        public init(labels: [String], bias: [Float], weights named: [String: [Float]]) {
            self.init(labels: labels, bias: bias, keyed: Head.keyed(named))
        }

        /// A head's names, their weight rows and their feature keys, in the dictionary's order:
        /// the model keys each name once for both the head's table and the merged one.
        static func keyed(_ named: [String: [Float]]) -> (names: [String], rows: [[Float]], keys: [UInt64]) {
            var names: [String] = [], rows: [[Float]] = []
            names.reserveCapacity(named.count)
            rows.reserveCapacity(named.count)
            for (name, row) in named { names.append(name); rows.append(row) }
            return (names, rows, names.map(FeatureVector.key(ofName:)))
        }

        init(labels: [String], bias: [Float], keyed: (names: [String], rows: [[Float]], keys: [UInt64])) {
            self.labels = labels
            self.bias = bias
            let width = labels.count
            let names = keyed.names, keys = keyed.keys
            var rows = HashIndex<Int32>(capacity: names.count)
            var flat: [Float] = []
            flat.reserveCapacity(names.count * width)
            // Without a hash collision (the usual case) the rows go in the dictionary's order: a
            // row's place in the table changes no sum.
            var collided = false
            for i in names.indices {
                if rows[keys[i]] != nil { collided = true; break }
                rows[keys[i]] = Int32(rows.count)
                flat.append(contentsOf: keyed.rows[i])
            }
            if collided {
                rows = HashIndex<Int32>(capacity: names.count)
                flat.removeAll(keepingCapacity: true)
                // Names grouped by key, by name within a key: colliding names add up in name order,
                // as when all names were sorted (sorting 20,000 keys is cheaper than sorting the names).
                let order = names.indices.sorted { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : names[$0] < names[$1] }
                for i in order {
                    let key = keys[i]
                    if let existing = rows[key] {
                        // Two names with one key (a hash collision): add their weights.
                        for l in 0..<width { flat[Int(existing) * width + l] += keyed.rows[i][l] }
                        continue
                    }
                    rows[key] = Int32(rows.count)
                    flat.append(contentsOf: keyed.rows[i])
                }
            }
            self.rows = rows
            self.weights = flat
        }

        /// Number of features with weights.
        public var featureCount: Int { rows.count }

        /// Label scores before the softmax, summed in Double so that even huge (finite) weights
        /// cannot overflow to infinity.
        public func scores(_ f: FeatureVector) -> [Double] {
            let n = labels.count
            var s = bias.map(Double.init)
            weights.withUnsafeBufferPointer { w in
                for (k, key) in f.keys.enumerated() {
                    guard let row = rows[key] else { continue }
                    let v = Double(f.values[k])
                    let base = Int(row) * n
                    for l in 0..<n { s[l] += v * Double(w[base + l]) }
                }
            }
            return s
        }

        /// Probabilities of the labels, summing to 1.
        public func probabilities(_ f: FeatureVector) -> [Double] {
            LinearModel.softmax(scores(f))
        }

        /// The weight row of a feature name, if known (for explanations and tests).
        public func weights(of name: String) -> [Float]? {
            guard let row = rows[FeatureVector.key(ofName: name)] else { return nil }
            let base = Int(row) * labels.count
            return Array(weights[base..<(base + labels.count)])
        }
    }

    public let stance: Head
    public let sentiment: Head
    /// The file it was loaded from, and its provenance.
    public let file: ModelFile

    public init(file: ModelFile) throws {
        guard file.format == ModelFile.currentFormat else {
            throw ModelError.version("model format \(file.format) does not match this build's format \(ModelFile.currentFormat)")
        }
        guard file.featureSet.name == FeatureExtractor.featureSetName,
              file.featureSet.version == FeatureExtractor.featureSetVersion else {
            throw ModelError.version("model feature set \(file.featureSet.name) v\(file.featureSet.version) does not match this build's \(FeatureExtractor.featureSetName) v\(FeatureExtractor.featureSetVersion)")
        }
        guard file.stance.labels == StanceLabel.allCases.map(\.rawValue) else {
            throw ModelError.invalid("stance labels must be \(StanceLabel.allCases.map(\.rawValue)), found \(file.stance.labels)")
        }
        guard file.sentiment.labels == SentimentLabel.allCases.map(\.rawValue) else {
            throw ModelError.invalid("sentiment labels must be \(SentimentLabel.allCases.map(\.rawValue)), found \(file.sentiment.labels)")
        }
        for (headName, head) in [("stance", file.stance), ("sentiment", file.sentiment)] {
            guard head.bias.count == head.labels.count else {
                throw ModelError.invalid("\(headName) bias has \(head.bias.count) values for \(head.labels.count) labels")
            }
            for (name, row) in head.weights where row.count != head.labels.count || row.contains(where: { !$0.isFinite }) {
                throw ModelError.invalid("\(headName) weights of \"\(name)\" must be \(head.labels.count) finite numbers")
            }
        }
        let stanceKeyed = Head.keyed(file.stance.weights), sentimentKeyed = Head.keyed(file.sentiment.weights)
        self.stance = Head(labels: file.stance.labels, bias: file.stance.bias, keyed: stanceKeyed)
        self.sentiment = Head(labels: file.sentiment.labels, bias: file.sentiment.bias, keyed: sentimentKeyed)
        self.file = file
        // Both heads' rows in one table: one lookup per feature scores both.
        var merged = HashIndex<Int32>(capacity: file.stance.weights.count + file.sentiment.weights.count)
        var weights: [Float] = []
        let width = LinearModel.mergedWidth
        for (offset, keyed) in [(0, stanceKeyed), (StanceLabel.allCases.count, sentimentKeyed)] {
            for i in keyed.names.indices {
                let key = keyed.keys[i], values = keyed.rows[i]
                let row: Int
                if let existing = merged[key] {
                    row = Int(existing)
                } else {
                    row = weights.count / width
                    merged[key] = Int32(row)
                    weights.append(contentsOf: repeatElement(0, count: width))
                }
                for (l, w) in values.enumerated() { weights[row * width + offset + l] += w }
            }
        }
        self.mergedRows = merged
        self.mergedWeights = weights
    }

    /// Stance labels then sentiment labels: the width of a merged row.
    static let mergedWidth = StanceLabel.allCases.count + SentimentLabel.allCases.count
    private let mergedRows: HashIndex<Int32>
    private let mergedWeights: [Float]

    /// Both heads' probabilities, with one lookup per feature.
    ///
    /// The rows of all features are found first, then summed in feature order: the lookups
    /// are independent, so their cache misses overlap (the table is larger than the L2
    /// cache); the sums are the same as one pass's, added in the same order.
    public func probabilities(_ f: FeatureVector) -> (stance: [Double], sentiment: [Double]) {
        let width = LinearModel.mergedWidth
        let n = f.keys.count
        return withUnsafeTemporaryAllocation(of: Int32.self, capacity: max(1, n)) { rows in
            f.keys.withUnsafeBufferPointer { keys in
                for k in 0..<n { rows[k] = mergedRows[keys[k]] ?? -1 }
            }
            var s = (0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)
            s.0 = Double(stance.bias[0]); s.1 = Double(stance.bias[1]); s.2 = Double(stance.bias[2]); s.3 = Double(stance.bias[3])
            s.4 = Double(sentiment.bias[0]); s.5 = Double(sentiment.bias[1]); s.6 = Double(sentiment.bias[2])
            mergedWeights.withUnsafeBufferPointer { w in
                f.values.withUnsafeBufferPointer { values in
                    for k in 0..<n where rows[k] >= 0 {
                        let v = Double(values[k])
                        let base = Int(rows[k]) * width
                        s.0 += v * Double(w[base]); s.1 += v * Double(w[base + 1])
                        s.2 += v * Double(w[base + 2]); s.3 += v * Double(w[base + 3])
                        s.4 += v * Double(w[base + 4]); s.5 += v * Double(w[base + 5])
                        s.6 += v * Double(w[base + 6])
                    }
                }
            }
            var stance = [s.0, s.1, s.2, s.3], sentiment = [s.4, s.5, s.6]
            LinearModel.softmaxInPlace(&stance)
            LinearModel.softmaxInPlace(&sentiment)
            return (stance, sentiment)
        }
    }

    /// A model with no weights (every label equally likely), for featurizing without a model.
    public static var empty: LinearModel {
        let file = ModelFile(featureSet: .init(name: FeatureExtractor.featureSetName, version: FeatureExtractor.featureSetVersion),
                             stance: .init(labels: StanceLabel.allCases.map(\.rawValue), bias: [0, 0, 0, 0], weights: [:]),
                             sentiment: .init(labels: SentimentLabel.allCases.map(\.rawValue), bias: [0, 0, 0], weights: [:]),
                             provenance: .init(method: "empty", data: [], examples: [:], seed: nil, date: "", settings: [:],
                                               scores: [:], notes: []))
        return try! LinearModel(file: file)
    }

    /// Reads and validates a model file.
    /// - Throws: `ModelError` naming the file and what is wrong.
    public static func load(from url: URL) throws -> LinearModel {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ModelError.unreadable("\(url.path): cannot read the model file (missing or unreadable)")
        }
        // The fast reader takes well-formed files of this build's versions; anything else goes
        // through JSONDecoder below, for its result and its error messages.
        if let file = ModelFileReader.read(data), file.format == ModelFile.currentFormat,
           file.featureSet.name == FeatureExtractor.featureSetName,
           file.featureSet.version == FeatureExtractor.featureSetVersion {
            do {
                return try LinearModel(file: file)
            } catch let e as ModelError {
                throw e.prefixed(url.path)
            }
        }
        // The versions first: a model of another format may have other fields too, and the
        // message should say which versions differ, not which field is missing.
        struct Versions: Decodable {
            var format: Int?
            var feature_set: ModelFile.FeatureSet?
        }
        if let v = try? JSONDecoder().decode(Versions.self, from: data) {
            if let f = v.format, f != ModelFile.currentFormat {
                throw ModelError.version("\(url.path): model format \(f) does not match this build's format \(ModelFile.currentFormat)")
            }
            if let fs = v.feature_set, fs.name != FeatureExtractor.featureSetName || fs.version != FeatureExtractor.featureSetVersion {
                throw ModelError.version("\(url.path): model feature set \(fs.name) v\(fs.version) does not match this build's \(FeatureExtractor.featureSetName) v\(FeatureExtractor.featureSetVersion)")
            }
        }
        let file: ModelFile
        do {
            file = try JSONDecoder().decode(ModelFile.self, from: data)
        } catch let error as DecodingError {
            throw ModelError.invalid("\(url.path): not a valid model file: \(LinearModel.describe(error, data: data))")
        } catch {
            throw ModelError.invalid("\(url.path): not a valid model file: \(error)")
        }
        do {
            return try LinearModel(file: file)
        } catch let e as ModelError {
            throw e.prefixed(url.path)
        }
    }

    /// What is wrong with model-file bytes that did not decode. Foundation on Linux reports
    /// a number that does not fit its field (1e39 for a `Float`, 1.5 for an `Int`) as
    /// "not valid JSON" with no path: say what it is.
    static func describe(_ error: DecodingError, data: Data) -> String {
        if case .dataCorrupted(let c) = error, c.codingPath.isEmpty {
            if (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])) != nil {
                return "a number does not fit its field (weights and biases must be finite 32-bit floats, versions whole numbers)"
            }
            if let text = String(data: data, encoding: .utf8), text.contains("NaN") || text.contains("Infinity") {
                return "not valid JSON (NaN and Infinity are not JSON numbers: weights and biases must be finite)"
            }
        }
        return ModelError.describe(error)
    }

    /// Softmax in Double, stable; never NaN for finite scores.
    public static func softmax(_ s: [Double]) -> [Double] {
        var e = s
        softmaxInPlace(&e)
        return e
    }

    /// Softmax of `e` in place: the hot path scores every pair into its own array without a copy.
    static func softmaxInPlace(_ e: inout [Double]) {
        guard let m = e.max(), m.isFinite else {
            for i in e.indices { e[i] = 1 / Double(max(1, e.count)) }
            return
        }
        var z = 0.0
        for i in e.indices { e[i] = exp(e[i] - m); z += e[i] }
        for i in e.indices { e[i] /= z }
    }

    /// Softmax of Float scores.
    public static func softmax(_ s: [Float]) -> [Double] {
        softmax(s.map(Double.init))
    }
}
