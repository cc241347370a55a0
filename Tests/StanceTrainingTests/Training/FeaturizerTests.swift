import Foundation
import Testing
import StanceKit
@testable import StanceTraining

/// `Featurizer`: reproducible features (the same pair, any number of jobs, with
/// or without model weights, gives the same keys, values and names in input
/// order), the rule and cue baselines it records, the span it honours, a pair
/// whose actor is missing, and the lexicon-only sentiment with VADER's
/// neutral band.
@Suite("Featurizer")
struct FeaturizerTests {
    static let featurizer = Featurizer(analyzer: TrainingTestSupport.analyzer)

    static let pairs: [LabeledPair] = [
        TrainingTestSupport.pair("r", "Germany will not send troops to the border.", "Germany", .refused),
        TrainingTestSupport.pair("h", "France could send jets if the talks fail.", "France", .hedged),
        TrainingTestSupport.pair("f", "Japan pledged to deliver air defence systems.", "Japan", .firm),
        TrainingTestSupport.pair("n", "Poland urged Germany to send troops.", "Poland", StanceLabel.none),
        TrainingTestSupport.pair("c", "Critics accused the minister of lying, and Italy declined to comment.", "Italy", .refused),
    ]

    static func same(_ a: [FeaturizedExample], _ b: [FeaturizedExample]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy {
            $0.pair == $1.pair && $0.keys == $1.keys && $0.values == $1.values && $0.names == $1.names
                && $0.rule == $1.rule && $0.ruleSentiment == $1.ruleSentiment && $0.cues == $1.cues
        }
    }

    @Test("any number of jobs gives the serial features in input order", arguments: [1, 2, 3, 8])
    func jobs(_ jobs: Int) {
        let serial = Self.pairs.map { Self.featurizer.featurize($0) }
        let parallel = Self.featurizer.featurize(Self.pairs, jobs: jobs)
        #expect(Self.same(parallel, serial))
        #expect(parallel.map(\.pair.id) == ["r", "h", "f", "n", "c"])
    }

    @Test func modelWeightsDoNotChangeTheFeatures() throws {
        let model = try LinearModel.load(from: TrainingTestSupport.root.appendingPathComponent("Models/stance.json"))
        let weighted = Featurizer(analyzer: StanceAnalyzer(lexicons: TrainingTestSupport.lexicons, model: model))
        #expect(Self.same(weighted.featurize(Self.pairs, jobs: 1), Self.featurizer.featurize(Self.pairs, jobs: 1)))
    }

    @Test func namesAreCollectedAndMatchTheKeys() {
        for e in Self.featurizer.featurize(Self.pairs, jobs: 2) {
            #expect(e.names.count == e.keys.count && e.values.count == e.keys.count, "\(e.pair.id)")
            #expect(e.names.first == "bias")
            #expect(zip(e.names, e.keys).allSatisfy { FeatureVector.key(ofName: $0) == $1 }, "\(e.pair.id)")
        }
    }

    @Test func theRuleBaselineAndCuesAreRecorded() {
        let examples = Self.featurizer.featurize(Self.pairs, jobs: 1)
        #expect(examples.map(\.rule) == [.refused, .hedged, .firm, .none, .refused])
        #expect(examples[0].cues == ["will not"])
        #expect(examples[1].cues == ["could", "if"])
        #expect(examples[0].names.contains("rule:refused"))
    }

    @Test func theSpanChoosesTheMention() {
        let text = "Poland urged Germany to send troops."
        var poland = TrainingTestSupport.pair("p", text, "Poland", StanceLabel.none)
        poland.span = 0..<6
        var germany = poland
        germany.span = 13..<20   // "Germany", though the actor string says Poland
        let a = Self.featurizer.featurize(poland), b = Self.featurizer.featurize(germany)
        #expect(a.keys != b.keys)
        #expect(a.names.contains("w-1:<s>"), "\(a.names)")
        #expect(b.names.contains("w-1:urged"), "\(b.names)")
    }

    @Test func aPairWhoseActorIsMissingHasOnlyTheBias() {
        let e = Self.featurizer.featurize(TrainingTestSupport.pair("m", "Germany will send troops.", "Japan", .firm))
        #expect(e.names == ["bias"])
        #expect(e.keys == [FeatureVector.key(ofName: "bias")] && e.values == [1])
        #expect(e.rule == .none && e.ruleSentiment == .neutral && e.cues.isEmpty)
        #expect(e.pair.id == "m", "the labeled pair is kept for scoring")
    }

    /// (value of val:clause-pos, value of val:clause-neg) -> lexicon sentiment; |score| must exceed 0.05.
    @Test("lexicon-only sentiment", arguments: [
        (Float(0.3), Float(0), SentimentLabel.positive),
        (0, 0.3, .negative),
        (0.3, 0.3, .neutral),
        (0.04, 0, .neutral),
        (0, 0.04, .neutral),
        (0.5, 0.2, .positive),
        (0, 0, .neutral),
    ] as [(Float, Float, SentimentLabel)])
    func ruleSentiment(_ pos: Float, _ neg: Float, _ expected: SentimentLabel) {
        var f = FeatureVector(collectNames: true)
        f.add(.bias)
        f.add(.valence, TokenHash.of("clause-pos"), value: pos) { "clause-pos" }
        f.add(.valence, TokenHash.of("clause-neg"), value: neg) { "clause-neg" }
        f.add(.valence, TokenHash.of("near-neg"), value: 5) { "near-neg" }   // other valence features do not count
        #expect(Featurizer.ruleSentiment(f) == expected)
    }
}
