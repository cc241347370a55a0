import Foundation
import StanceKit

/// Scores predictions against gold labels, beside two baselines (the majority
/// label and the lexicon rules alone), and lists the most confident errors;
/// or cross-validates the trainer over K folds that never split a group.
///
///     let report = Evaluator().evaluate(examples, model: model, modelName: "Models/stance.json", data: files)
///     let cv = Evaluator().crossValidate(examples, folds: 10, settings: TrainingSettings(), data: files)
public struct Evaluator: Sendable {
    /// How many confident errors a report lists by default.
    public static let defaultErrorCount = 20

    /// How many confident errors the report lists.
    public var errorCount: Int
    /// Leave a corpus's words out of the listed errors (sentence, id, mention), for reports
    /// committed to the repository: the error names where the pair is instead.
    public var withoutCorpusText: Bool

    public init(errorCount: Int = Evaluator.defaultErrorCount, withoutCorpusText: Bool = false) {
        self.errorCount = errorCount
        self.withoutCorpusText = withoutCorpusText
    }

    /// An error item for pair `pair`, its corpus words left out when asked: the sentence and the
    /// mention (both the corpus's text); the gid's hash and the corpus line say where they are.
    func errorItem(_ pair: LabeledPair, task: String, gold: String, predicted: String, probability: Double,
                   cues: [String]) -> EvaluationReport.ErrorItem {
        guard withoutCorpusText && pair.fromCorpus else {
            return .init(id: pair.id, source: pair.source, task: task, text: pair.text, actor: pair.actor, gold: gold,
                         predicted: predicted, probability: probability, cues: cues)
        }
        return .init(id: LabeledDataReader.gidHash(pair.id), source: pair.source, task: task,
                     text: "(a corpus sentence, not copied here)", actor: "(a corpus mention)", gold: gold,
                     predicted: predicted, probability: probability, cues: cues)
    }

    /// Stance and sentiment probabilities of one example.
    public struct Prediction: Sendable {
        public var stance: [Double]
        public var sentiment: [Double]
    }

    /// Predictions of a model for examples.
    public func predict(_ examples: [FeaturizedExample], model: LinearModel) -> [Prediction] {
        examples.map { e in
            var f = FeatureVector()
            f.keys = e.keys
            f.values = e.values
            return Prediction(stance: model.stance.probabilities(f), sentiment: model.sentiment.probabilities(f))
        }
    }

    /// Evaluates a model on examples.
    public func evaluate(_ examples: [FeaturizedExample], model: LinearModel, modelName: String, data: [String]) -> EvaluationReport {
        let predictions = predict(examples, model: model)
        return report(examples, predictions: predictions, majorityFrom: examples, folds: nil, modelName: modelName, data: data)
    }

    /// K-fold cross-validation of the trainer: each fold's model is trained on the others.
    /// - Parameter progress: called after each fold with the number of folds done.
    /// - Parameter extra: examples added to every fold's training data and never scored
    ///   (`evaluate --folds K --train-extra FILE`), except those of a group (document) the fold
    ///   scores, which would put the fold's own sentences in its training.
    public func crossValidate(_ examples: [FeaturizedExample], folds k: Int, settings: TrainingSettings, data: [String],
                              extra: [FeaturizedExample] = [], progress: (Int) -> Void = { _ in }) -> EvaluationReport {
        let fold = Evaluator.assignFolds(examples.map(\.pair.group), folds: k, seed: settings.seed)
        var predictions = [Prediction](repeating: Prediction(stance: [0, 0, 0, 1], sentiment: [0, 1, 0]), count: examples.count)
        var majorityStance = [Int](repeating: 0, count: StanceLabel.allCases.count)
        var majoritySentiment = [Int](repeating: 0, count: SentimentLabel.allCases.count)
        var majorityPredictions: [(Int, Int)] = Array(repeating: (3, 1), count: examples.count)
        for f in 0..<k {
            let trainIdx = examples.indices.filter { fold[$0] != f }
            let testIdx = examples.indices.filter { fold[$0] == f }
            if testIdx.isEmpty { continue }
            let train = trainIdx.map { examples[$0] }
            let foldExtra = Evaluator.extra(extra, outside: Set(testIdx.map { examples[$0].pair.group }))
            let (file, _, _) = Trainer(settings: settings).train(train + foldExtra, data: [], date: "")
            guard let model = try? LinearModel(file: file) else { continue }
            let p = predict(testIdx.map { examples[$0] }, model: model)
            for (j, i) in testIdx.enumerated() { predictions[i] = p[j] }
            // The majority label of this fold's training part.
            majorityStance = [Int](repeating: 0, count: majorityStance.count)
            majoritySentiment = [Int](repeating: 0, count: majoritySentiment.count)
            for e in train {
                if let s = e.pair.stance { majorityStance[s.index] += 1 }
                if let s = e.pair.sentiment { majoritySentiment[s.index] += 1 }
            }
            let ms = majorityStance.indices.max { majorityStance[$0] < majorityStance[$1] }!
            let mt = majoritySentiment.indices.max { majoritySentiment[$0] < majoritySentiment[$1] }!
            for i in testIdx { majorityPredictions[i] = (ms, mt) }
            progress(f + 1)
        }
        return report(examples, predictions: predictions, majority: majorityPredictions, folds: k,
                      modelName: "\(k)-fold cross-validation of stance train (seed \(settings.seed))", data: data)
    }

    /// The extra training pairs a fold may use: none of a group (document) the fold scores, which
    /// would put the fold's own sentences in its training (the NewsMTSC-derived stance pairs and
    /// NewsMTSC's sentiment labels share sentences).
    ///
    ///     Evaluator.extra(extra, outside: ["synthetic_1_2"])   // drops that document's pairs
    public static func extra(_ extra: [FeaturizedExample], outside groups: Set<String>) -> [FeaturizedExample] {
        extra.filter { !groups.contains($0.pair.group) }
    }

    /// Assigns each group to a fold: groups sorted by a seeded hash, dealt round-robin.
    public static func assignFolds(_ groups: [String], folds k: Int, seed: UInt64) -> [Int] {
        var unique: [String] = []
        var seen = Set<String>()
        for g in groups where seen.insert(g).inserted { unique.append(g) }
        func key(_ g: String) -> UInt64 {
            var h = TokenHash()
            h.add("fold|\(seed)|")
            h.add(g)
            return TokenHash.combine(h.value, seed)
        }
        let ordered = unique.sorted { (key($0), $0) < (key($1), $1) }
        var foldOf: [String: Int] = [:]
        for (i, g) in ordered.enumerated() { foldOf[g] = i % max(1, k) }
        return groups.map { foldOf[$0]! }
    }

    // MARK: - Report

    func report(_ examples: [FeaturizedExample], predictions: [Prediction], majorityFrom: [FeaturizedExample],
                folds: Int?, modelName: String, data: [String]) -> EvaluationReport {
        var sc = [Int](repeating: 0, count: 4), tc = [Int](repeating: 0, count: 3)
        for e in majorityFrom {
            if let s = e.pair.stance { sc[s.index] += 1 }
            if let s = e.pair.sentiment { tc[s.index] += 1 }
        }
        let ms = sc.indices.max { sc[$0] < sc[$1] }!
        let mt = tc.indices.max { tc[$0] < tc[$1] }!
        return report(examples, predictions: predictions, majority: Array(repeating: (ms, mt), count: examples.count),
                      folds: folds, modelName: modelName, data: data)
    }

    func report(_ examples: [FeaturizedExample], predictions: [Prediction], majority: [(Int, Int)], folds: Int?,
                modelName: String, data: [String]) -> EvaluationReport {
        let stanceLabels = StanceLabel.allCases.map(\.rawValue)
        let sentimentLabels = SentimentLabel.allCases.map(\.rawValue)
        var stance = ClassificationMetrics(labels: stanceLabels)
        var stanceMajority = ClassificationMetrics(labels: stanceLabels)
        var stanceRules = ClassificationMetrics(labels: stanceLabels)
        var sentiment = ClassificationMetrics(labels: sentimentLabels)
        var sentimentMajority = ClassificationMetrics(labels: sentimentLabels)
        var sentimentRules = ClassificationMetrics(labels: sentimentLabels)
        var errors: [EvaluationReport.ErrorItem] = []
        func argmax(_ p: [Double]) -> Int { p.indices.max { p[$0] < p[$1] }! }
        for (i, e) in examples.enumerated() {
            let p = predictions[i]
            if let gold = e.pair.stance {
                let predicted = argmax(p.stance)
                stance.add(gold: gold.index, predicted: predicted)
                stanceMajority.add(gold: gold.index, predicted: majority[i].0)
                stanceRules.add(gold: gold.index, predicted: e.rule.index)
                if predicted != gold.index {
                    errors.append(errorItem(e.pair, task: "stance", gold: gold.rawValue, predicted: stanceLabels[predicted],
                                            probability: EvaluationReport.round(p.stance[predicted]), cues: e.cues))
                }
            }
            if let gold = e.pair.sentiment {
                let predicted = argmax(p.sentiment)
                sentiment.add(gold: gold.index, predicted: predicted)
                sentimentMajority.add(gold: gold.index, predicted: majority[i].1)
                sentimentRules.add(gold: gold.index, predicted: e.ruleSentiment.index)
                if predicted != gold.index {
                    errors.append(errorItem(e.pair, task: "sentiment", gold: gold.rawValue, predicted: sentimentLabels[predicted],
                                            probability: EvaluationReport.round(p.sentiment[predicted]), cues: e.cues))
                }
            }
        }
        errors.sort { ($0.probability, $1.id) > ($1.probability, $0.id) }
        var baselines: [String: EvaluationReport.Baselines] = [:]
        if stance.total > 0 {
            baselines["stance"] = .init(majority: .init(stanceMajority), rules: .init(stanceRules))
        }
        if sentiment.total > 0 {
            baselines["sentiment"] = .init(majority: .init(sentimentMajority), rules: .init(sentimentRules))
        }
        return EvaluationReport(examples: examples.count,
                                stance: stance.total > 0 ? .init(stance) : nil,
                                sentiment: sentiment.total > 0 ? .init(sentiment) : nil,
                                baselines: baselines, errors: Array(errors.prefix(errorCount)),
                                folds: folds, model: modelName, data: data)
    }
}
