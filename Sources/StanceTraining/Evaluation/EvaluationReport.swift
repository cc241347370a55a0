import StanceKit

/// An evaluation report: per-task scores, the two baselines beside the model,
/// and the most confident errors. Encodes to the JSON of the interface guide
/// (`examples`, `stance`, `sentiment`) plus `baselines`, `errors`, `folds`.
///
///     report.stance?.macroF1   // 0.87
public struct EvaluationReport: Codable, Sendable, Equatable {
    /// Scores of one label.
    public struct LabelScores: Codable, Sendable, Equatable {
        public var precision: Double
        public var recall: Double
        public var f1: Double
        public var support: Int
    }

    /// Scores of one task (stance or sentiment).
    public struct TaskScores: Codable, Sendable, Equatable {
        public var examples: Int
        public var accuracy: Double
        public var macroF1: Double
        public var kappa: Double
        public var labels: [String: LabelScores]
        /// confusion[gold][predicted]
        public var confusion: [String: [String: Int]]
        /// Label order, for rendering.
        public var order: [String]

        enum CodingKeys: String, CodingKey {
            case examples, accuracy
            case macroF1 = "macro_f1"
            case kappa, labels, confusion
        }

        public init(_ m: ClassificationMetrics) {
            examples = m.total
            accuracy = EvaluationReport.round(m.accuracy)
            macroF1 = EvaluationReport.round(m.macroF1)
            kappa = EvaluationReport.round(m.kappa)
            order = m.labels
            var labels: [String: LabelScores] = [:]
            var confusion: [String: [String: Int]] = [:]
            for (i, l) in m.labels.enumerated() {
                labels[l] = LabelScores(precision: EvaluationReport.round(m.precision(i)), recall: EvaluationReport.round(m.recall(i)),
                                        f1: EvaluationReport.round(m.f1(i)), support: m.support(i))
                var row: [String: Int] = [:]
                for (j, p) in m.labels.enumerated() { row[p] = m.confusion[i][j] }
                confusion[l] = row
            }
            self.labels = labels
            self.confusion = confusion
        }

        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            examples = try c.decode(Int.self, forKey: .examples)
            accuracy = try c.decode(Double.self, forKey: .accuracy)
            macroF1 = try c.decode(Double.self, forKey: .macroF1)
            kappa = try c.decode(Double.self, forKey: .kappa)
            labels = try c.decode([String: LabelScores].self, forKey: .labels)
            confusion = try c.decode([String: [String: Int]].self, forKey: .confusion)
            order = labels.keys.sorted()
        }
    }

    /// The model's scores and the baselines' for one task.
    public struct Baselines: Codable, Sendable, Equatable {
        /// Always the most frequent label (of the training data, or of the evaluated data without training).
        public var majority: TaskScores
        /// The lexicon rules alone (no learned weights).
        public var rules: TaskScores
    }

    /// One confident error, with what decided it.
    public struct ErrorItem: Codable, Sendable, Equatable {
        public var id: String
        public var source: String
        public var task: String
        public var text: String
        public var actor: String
        public var gold: String
        public var predicted: String
        public var probability: Double
        public var cues: [String]
    }

    public var examples: Int
    public var stance: TaskScores?
    public var sentiment: TaskScores?
    public var baselines: [String: Baselines]
    public var errors: [ErrorItem]
    /// Cross-validation folds, when the report comes from cross-validation.
    public var folds: Int?
    /// The model evaluated (its path), or how models were made (cross-validation).
    public var model: String
    public var data: [String]

    enum CodingKeys: String, CodingKey {
        case examples, stance, sentiment, baselines, folds, model, data, errors
    }

    public init(examples: Int, stance: TaskScores?, sentiment: TaskScores?, baselines: [String: Baselines],
                errors: [ErrorItem], folds: Int?, model: String, data: [String]) {
        self.examples = examples
        self.stance = stance
        self.sentiment = sentiment
        self.baselines = baselines
        self.errors = errors
        self.folds = folds
        self.model = model
        self.data = data
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(examples, forKey: .examples)
        try c.encodeIfPresent(stance, forKey: .stance)
        try c.encodeIfPresent(sentiment, forKey: .sentiment)
        try c.encode(baselines, forKey: .baselines)
        try c.encodeIfPresent(folds, forKey: .folds)
        try c.encode(model, forKey: .model)
        try c.encode(data, forKey: .data)
        try c.encode(errors, forKey: .errors)
    }

    static func round(_ x: Double) -> Double { (x * 10000).rounded() / 10000 }
}
