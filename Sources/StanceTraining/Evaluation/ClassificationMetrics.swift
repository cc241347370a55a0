/// Precision, recall, F1 and support per label, accuracy, macro-F1, the
/// confusion matrix and Cohen's kappa, from gold and predicted labels.
///
/// Counts are additive (like spaCy's `PRFScore`): `merge` adds another set, so
/// cross-validation folds sum before the scores are taken. Macro-F1 averages the
/// labels that occur in the gold data or the predictions (the interface guide's
/// definition).
///
///     var m = ClassificationMetrics(labels: ["firm", "hedged"])
///     m.add(gold: 0, predicted: 0); m.add(gold: 1, predicted: 0)
///     m.accuracy   // 0.5
public struct ClassificationMetrics: Sendable, Equatable {
    public let labels: [String]
    /// confusion[gold][predicted]
    public private(set) var confusion: [[Int]]

    public init(labels: [String]) {
        self.labels = labels
        self.confusion = Array(repeating: Array(repeating: 0, count: labels.count), count: labels.count)
    }

    public mutating func add(gold: Int, predicted: Int) {
        confusion[gold][predicted] += 1
    }

    public mutating func merge(_ other: ClassificationMetrics) {
        precondition(other.labels == labels)
        for g in labels.indices { for p in labels.indices { confusion[g][p] += other.confusion[g][p] } }
    }

    public var total: Int { confusion.reduce(0) { $0 + $1.reduce(0, +) } }
    public func support(_ l: Int) -> Int { confusion[l].reduce(0, +) }
    public func predictedCount(_ l: Int) -> Int { confusion.reduce(0) { $0 + $1[l] } }

    public func precision(_ l: Int) -> Double {
        let p = predictedCount(l)
        return p == 0 ? 0 : Double(confusion[l][l]) / Double(p)
    }

    public func recall(_ l: Int) -> Double {
        let s = support(l)
        return s == 0 ? 0 : Double(confusion[l][l]) / Double(s)
    }

    public func f1(_ l: Int) -> Double {
        let p = precision(l), r = recall(l)
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    public var accuracy: Double {
        let t = total
        return t == 0 ? 0 : Double(labels.indices.reduce(0) { $0 + confusion[$1][$1] }) / Double(t)
    }

    /// Labels present in gold or predictions.
    public var presentLabels: [Int] { labels.indices.filter { support($0) > 0 || predictedCount($0) > 0 } }

    public var macroF1: Double {
        let present = presentLabels
        return present.isEmpty ? 0 : present.reduce(0) { $0 + f1($1) } / Double(present.count)
    }

    /// Cohen's kappa between gold and predicted: (po - pe) / (1 - pe).
    public var kappa: Double {
        let t = Double(total)
        guard t > 0 else { return 0 }
        let po = accuracy
        var pe = 0.0
        for l in labels.indices { pe += Double(support(l)) / t * Double(predictedCount(l)) / t }
        return pe >= 1 ? 1 : (po - pe) / (1 - pe)
    }
}
