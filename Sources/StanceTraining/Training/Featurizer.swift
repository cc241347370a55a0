import StanceKit

/// One labeled pair turned into features, as the trainer and evaluator see it.
public struct FeaturizedExample: Sendable {
    public var pair: LabeledPair
    public var keys: [UInt64]
    public var values: [Float]
    public var names: [String]
    /// The lexicon rules' decision (the "rules alone" baseline).
    public var rule: StanceLabel
    /// The lexicon sentiment of the actor's clause (the sentiment rules baseline).
    public var ruleSentiment: SentimentLabel
    /// The cue texts attributed to the pair, for error listings.
    public var cues: [String]
}

/// Runs the classify pipeline on labeled pairs and collects their features with
/// names, in input order, on several threads.
///
///     let examples = Featurizer(analyzer: analyzer).featurize(pairs, jobs: 2)
public struct Featurizer: Sendable {
    public let analyzer: StanceAnalyzer

    public init(analyzer: StanceAnalyzer) {
        self.analyzer = analyzer
    }

    /// The features of one pair.
    public func featurize(_ p: LabeledPair) -> FeaturizedExample {
        let (processed, pair) = analyzer.pairFor(text: p.text, actor: p.actor, span: p.span)
        guard let pair else {
            var f = FeatureVector(collectNames: true)
            f.add(.bias)
            return FeaturizedExample(pair: p, keys: f.keys, values: f.values, names: f.names ?? [], rule: .none,
                                     ruleSentiment: .neutral, cues: [])
        }
        let f = analyzer.features(of: pair, in: processed, collectNames: true)
        return FeaturizedExample(pair: p, keys: f.keys, values: f.values, names: f.names ?? [],
                                 rule: analyzer.ruleDecision(of: pair, in: processed),
                                 ruleSentiment: Featurizer.ruleSentiment(f),
                                 cues: DocumentAggregator.cueTexts(of: pair, in: processed))
    }

    /// Featurizes many pairs on `jobs` threads; the output keeps the input order.
    public func featurize(_ pairs: [LabeledPair], jobs: Int) -> [FeaturizedExample] {
        ParallelMap.map(pairs, jobs: jobs) { featurize($0) }
    }

    /// The lexicon-only sentiment: the sign of the valence in the actor's clause,
    /// with VADER's neutral band of +-0.05 on the normalized score.
    static func ruleSentiment(_ f: FeatureVector) -> SentimentLabel {
        let pos = FeatureVector.key(ofName: "val:clause-pos")
        let neg = FeatureVector.key(ofName: "val:clause-neg")
        var score: Float = 0
        for (k, key) in f.keys.enumerated() {
            if key == pos { score += f.values[k] } else if key == neg { score -= f.values[k] }
        }
        if score > 0.05 { return .positive }
        if score < -0.05 { return .negative }
        return .neutral
    }
}
