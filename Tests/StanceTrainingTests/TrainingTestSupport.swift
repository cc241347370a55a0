import Foundation
import StanceKit
@testable import StanceTraining

/// Shared fixtures of the training tests: the shipped lexicons (loaded once, as
/// `Tests/StanceKitTests/TestSupport.swift` does), an analyzer without a model
/// for featurizing, and small labeled pairs built in code.
///
///     let examples = TrainingTestSupport.featurize(TrainingTestSupport.pairs)
enum TrainingTestSupport {
    /// The repository root, found from this file's path.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let lexiconsURL = root.appendingPathComponent("Lexicons")

    /// The shipped lexicons, loaded once.
    static let lexicons: LexiconSet = {
        do { return try LexiconSet.load(from: lexiconsURL) } catch { fatalError("shipped lexicons do not load: \(error)") }
    }()

    /// An analyzer with the shipped lexicons and no weights: what training featurizes with.
    static let analyzer = StanceAnalyzer(lexicons: lexicons, model: .empty)

    /// A labeled pair; the group defaults to one group per sentence.
    static func pair(_ id: String, _ text: String, _ actor: String, _ stance: StanceLabel?,
                     sentiment: SentimentLabel? = nil, group: String? = nil) -> LabeledPair {
        LabeledPair(id: id, text: text, actor: actor, span: nil, stance: stance, sentiment: sentiment,
                    group: group ?? "story-\(id)", source: "test:\(id)")
    }

    /// Small stance examples: clear firm, hedged, refused and none sentences about
    /// several countries, in 24 groups.
    static let pairs: [LabeledPair] = {
        let countries = ["Germany", "France", "Poland", "Japan", "Canada", "Italy"]
        var result: [LabeledPair] = []
        for (i, c) in countries.enumerated() {
            let g = "story-\(i)"
            result.append(pair("\(c)-f1", "\(c) will send troops to the border.", c, .firm, sentiment: .neutral, group: g))
            result.append(pair("\(c)-f2", "\(c) pledged to deliver air defence systems.", c, .firm, sentiment: .positive, group: g + "b"))
            result.append(pair("\(c)-h1", "\(c) could send troops to the border.", c, .hedged, group: g))
            result.append(pair("\(c)-h2", "\(c) is considering whether to deliver jets.", c, .hedged, sentiment: .neutral, group: g + "c"))
            result.append(pair("\(c)-r1", "\(c) will not send troops to the border.", c, .refused, sentiment: .negative, group: g))
            result.append(pair("\(c)-r2", "\(c) has ruled out delivering jets.", c, .refused, group: g + "d"))
            result.append(pair("\(c)-n1", "\(c) hosted a summit on Monday.", c, StanceLabel.none, sentiment: .positive, group: g + "b"))
            result.append(pair("\(c)-n2", "Critics blamed \(c) for the disastrous failure.", c, StanceLabel.none, sentiment: .negative, group: g + "c"))
        }
        return result
    }()

    /// The pairs featurized once.
    static let examples: [FeaturizedExample] = featurize(pairs)

    static func featurize(_ pairs: [LabeledPair]) -> [FeaturizedExample] {
        Featurizer(analyzer: analyzer).featurize(pairs, jobs: 2)
    }

    /// Settings for fast, deterministic tests (no environment overrides).
    static func settings(seed: UInt64 = 1) -> TrainingSettings {
        var s = TrainingSettings(seed: seed)
        s.l2Stance = 1e-3
        s.l2Sentiment = 1e-3
        s.minFeatureCount = 2
        s.patience = 20
        s.maxIterations = 100
        s.sentimentNBTemplates = ["sS", "sL", "sR", "sN"]   // the default, whatever the environment says
        s.sentimentOwnWeight = 0.3                          // the default, whatever the environment says
        s.stanceEarlyStopping = false                       // the default, whatever the environment says
        s.sentimentEarlyStopping = true                     // the default, whatever the environment says
        return s
    }
}
