import Foundation
import Testing
import StanceKit
@testable import StanceTraining

/// The evaluator: fold assignment, report numbers on a tiny hand-made case,
/// baselines, confident errors, and cross-validation end to end.
@Suite("Evaluator")
struct EvaluatorTests {
    // MARK: - Folds

    @Test func foldsNeverSplitAGroupAndAreDeterministic() {
        let groups = (0..<300).map { "story-\($0 % 37)" }
        let folds = Evaluator.assignFolds(groups, folds: 5, seed: 1)
        #expect(folds.count == groups.count)
        #expect(folds.allSatisfy { (0..<5).contains($0) })
        var foldOf: [String: Int] = [:]
        for (g, f) in zip(groups, folds) {
            if let existing = foldOf[g] { #expect(existing == f, "group \(g) split") }
            foldOf[g] = f
        }
        #expect(Evaluator.assignFolds(groups, folds: 5, seed: 1) == folds)
        // Groups are dealt round-robin: fold sizes in groups differ by at most one.
        let sizes = (0..<5).map { f in foldOf.values.filter { $0 == f }.count }
        #expect(sizes.max()! - sizes.min()! <= 1, "\(sizes)")
    }

    @Test func foldsDependOnTheSeedNotTheOrder() {
        let groups = (0..<50).map { "g\($0)" }
        let a = Evaluator.assignFolds(groups, folds: 4, seed: 1)
        #expect(Evaluator.assignFolds(groups, folds: 4, seed: 2) != a)
        let reversed = Evaluator.assignFolds(groups.reversed(), folds: 4, seed: 1)
        #expect(Array(reversed.reversed()) == a, "a group's fold does not depend on where it appears")
        #expect(Evaluator.assignFolds([], folds: 3, seed: 1).isEmpty)
        #expect(Evaluator.assignFolds(["a", "b"], folds: 1, seed: 1) == [0, 0])
    }

    // MARK: - A hand-made report

    /// An example with the given features (each of value 1).
    static func example(_ id: String, stance: StanceLabel?, sentiment: SentimentLabel? = nil, features: [String],
                        rule: StanceLabel, ruleSentiment: SentimentLabel = .neutral) -> FeaturizedExample {
        let pair = LabeledPair(id: id, text: "text \(id)", actor: "A", span: nil, stance: stance, sentiment: sentiment,
                               group: id, source: "t:\(id)")
        return FeaturizedExample(pair: pair, keys: features.map(FeatureVector.key(ofName:)),
                                 values: features.map { _ in 1 }, names: features, rule: rule,
                                 ruleSentiment: ruleSentiment, cues: ["cue-\(id)"])
    }

    /// Features "x:LABEL" push the stance head to LABEL; "s:LABEL" the sentiment head.
    static let model: LinearModel = {
        let stance = Dictionary(uniqueKeysWithValues: StanceLabel.allCases.map { l in
            ("x:\(l.rawValue)", StanceLabel.allCases.map { $0 == l ? Float(5) : 0 })
        })
        let sentiment = Dictionary(uniqueKeysWithValues: SentimentLabel.allCases.map { l in
            ("s:\(l.rawValue)", SentimentLabel.allCases.map { $0 == l ? Float(5) : 0 })
        })
        let file = ModelFile(featureSet: .init(name: FeatureExtractor.featureSetName, version: FeatureExtractor.featureSetVersion),
                             stance: .init(labels: StanceLabel.allCases.map(\.rawValue), bias: [0, 0, 0, 0], weights: stance),
                             sentiment: .init(labels: SentimentLabel.allCases.map(\.rawValue), bias: [0, 0, 0], weights: sentiment),
                             provenance: .init(method: "hand", data: [], examples: [:], seed: nil, date: "", settings: [:], scores: [:], notes: []))
        return try! LinearModel(file: file)
    }()

    /// Gold firm firm refused none; predicted firm refused refused none; rules firm firm none none.
    static let examples: [FeaturizedExample] = [
        example("e1", stance: .firm, sentiment: .positive, features: ["x:firm", "s:positive"], rule: .firm, ruleSentiment: .positive),
        example("e2", stance: .firm, sentiment: .neutral, features: ["x:refused", "s:negative"], rule: .firm),
        example("e3", stance: .refused, features: ["x:refused"], rule: .none),
        example("e4", stance: StanceLabel.none, features: ["x:none"], rule: .none),
    ]

    static func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) < 1e-4 }

    @Test func reportNumbersOnATinyCase() throws {
        let report = Evaluator().evaluate(Self.examples, model: Self.model, modelName: "hand.json", data: ["a.jsonl"])
        #expect(report.examples == 4)
        #expect(report.model == "hand.json" && report.data == ["a.jsonl"] && report.folds == nil)
        let stance = try #require(report.stance)
        #expect(stance.examples == 4)
        #expect(Self.close(stance.accuracy, 0.75))
        // firm: p 1, r 1/2, f1 2/3; refused: p 1/2, r 1, f1 2/3; none: 1; hedged absent.
        let macroF1: Double = (2.0 / 3 + 2.0 / 3 + 1) / 3
        #expect(Self.close(stance.macroF1, macroF1))
        #expect(stance.labels["firm"] == .init(precision: 1, recall: 0.5, f1: 0.6667, support: 2))
        #expect(stance.labels["refused"] == .init(precision: 0.5, recall: 1, f1: 0.6667, support: 1))
        #expect(stance.labels["hedged"] == .init(precision: 0, recall: 0, f1: 0, support: 0))
        #expect(stance.confusion["firm"] == ["firm": 1, "hedged": 0, "refused": 1, "none": 0])
        #expect(stance.confusion["refused"]?["refused"] == 1 && stance.confusion["none"]?["none"] == 1)
        // po 0.75; pe = (2*1 + 1*2 + 1*1) / 16 = 5/16; kappa = (0.75 - 0.3125) / 0.6875.
        let kappa: Double = (0.75 - 0.3125) / 0.6875
        #expect(Self.close(stance.kappa, kappa))

        let sentiment = try #require(report.sentiment)
        #expect(sentiment.examples == 2)
        #expect(Self.close(sentiment.accuracy, 0.5))
    }

    /// Errors of corpus pairs leave the corpus's sentence and mention out with `withoutCorpusText`; the
    /// team's own stay.
    @Test func corpusTextIsLeftOutWhenAsked() throws {
        var examples = Self.examples
        examples[1].pair.fromCorpus = true
        examples[1].pair.text = "A corpus sentence that must not be copied."
        examples[1].pair.actor = "a long corpus mention of many words"
        let plain = Evaluator().evaluate(examples, model: Self.model, modelName: "m", data: [])
        #expect(plain.errors.contains { $0.text == "A corpus sentence that must not be copied." })
        let redacted = Evaluator(withoutCorpusText: true).evaluate(examples, model: Self.model, modelName: "m", data: [])
        let item = try #require(redacted.errors.first { $0.source == examples[1].pair.source })
        #expect(!item.text.contains("must not be copied"))
        #expect(item.actor == "(a corpus mention)")
        #expect(item.id == LabeledDataReader.gidHash(examples[1].pair.id))
        // The team's own pairs keep their text.
        for e in redacted.errors where e.source != examples[1].pair.source { #expect(e.text == "text \(e.id)") }
    }

    @Test func baselinesArePresent() throws {
        let report = Evaluator().evaluate(Self.examples, model: Self.model, modelName: "m", data: [])
        let stance = try #require(report.baselines["stance"])
        // Majority: firm (2 of 4 gold labels) everywhere.
        #expect(Self.close(stance.majority.accuracy, 0.5))
        #expect(stance.majority.confusion["refused"]?["firm"] == 1)
        // Rules: firm firm none none against firm firm refused none.
        #expect(Self.close(stance.rules.accuracy, 0.75))
        #expect(stance.rules.confusion["refused"]?["none"] == 1)
        let sentiment = try #require(report.baselines["sentiment"])
        // Sentiment rules: positive (e1), neutral (e2) against positive, neutral.
        #expect(Self.close(sentiment.rules.accuracy, 1))
    }

    @Test func aTaskWithoutGoldLabelsIsAbsent() {
        let stanceOnly = Self.examples.map { e -> FeaturizedExample in
            var x = e
            x.pair.sentiment = nil
            return x
        }
        let report = Evaluator().evaluate(stanceOnly, model: Self.model, modelName: "m", data: [])
        #expect(report.sentiment == nil)
        #expect(report.baselines["sentiment"] == nil)
        #expect(report.stance != nil)
    }

    @Test func confidentErrorsComeFirstAndAreLimited() throws {
        let report = Evaluator().evaluate(Self.examples, model: Self.model, modelName: "m", data: [])
        #expect(report.errors.map(\.id) == ["e2", "e2"])
        let stanceError = try #require(report.errors.first { $0.task == "stance" })
        #expect(stanceError.gold == "firm" && stanceError.predicted == "refused")
        #expect(stanceError.cues == ["cue-e2"])
        #expect(stanceError.probability > 0.9)
        #expect(report.errors.map(\.probability) == report.errors.map(\.probability).sorted(by: >))
        #expect(Evaluator(errorCount: 1).evaluate(Self.examples, model: Self.model, modelName: "m", data: []).errors.count == 1)
        #expect(Evaluator(errorCount: 0).evaluate(Self.examples, model: Self.model, modelName: "m", data: []).errors.isEmpty)
    }

    @Test func theReportEncodesTheInterfaceFields() throws {
        let report = Evaluator().evaluate(Self.examples, model: Self.model, modelName: "m", data: [])
        let data = try JSONEncoder().encode(report)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let stance = try #require(object["stance"] as? [String: Any])
        #expect(stance["macro_f1"] != nil && stance["accuracy"] != nil && stance["labels"] != nil && stance["confusion"] != nil)
        #expect(object["examples"] as? Int == 4)
        let decoded = try JSONDecoder().decode(EvaluationReport.self, from: data)
        #expect(decoded.stance?.macroF1 == report.stance?.macroF1)
    }

    // MARK: - Cross-validation

    @Test func crossValidationIsDeterministicAndScoresEveryExample() throws {
        let examples = TrainingTestSupport.examples
        var settings = TrainingTestSupport.settings(seed: 5)
        settings.maxIterations = 40
        var done: [Int] = []
        let report = Evaluator().crossValidate(examples, folds: 3, settings: settings, data: ["t"]) { done.append($0) }
        #expect(report.folds == 3)
        #expect(done == [1, 2, 3])
        #expect(report.examples == examples.count)
        #expect(report.stance?.examples == examples.count)
        #expect(report.baselines["stance"] != nil)
        #expect((report.stance?.accuracy ?? 0) > (report.baselines["stance"]?.majority.accuracy ?? 1),
                "the trained model beats the majority label on clear examples")
        let again = Evaluator().crossValidate(examples, folds: 3, settings: settings, data: ["t"])
        #expect(again == report)
    }

    @Test func extraTrainingPairsOfAScoredDocumentAreLeftOut() throws {
        let examples = TrainingTestSupport.examples
        let groups = Set(examples.map(\.pair.group))
        let scored = try #require(groups.sorted().first)
        let kept = Evaluator.extra(examples, outside: [scored])
        #expect(!kept.isEmpty && kept.count < examples.count)
        #expect(kept.allSatisfy { $0.pair.group != scored })
        #expect(kept.count == examples.filter { $0.pair.group != scored }.count)
        #expect(Evaluator.extra(examples, outside: []).count == examples.count)
    }
}
