import Testing
@testable import StanceTraining

/// Precision, recall, F1, support, accuracy, macro-F1, confusion, Cohen's
/// kappa and merging, against values computed by hand.
@Suite("Classification metrics")
struct ClassificationMetricsTests {
    static func metrics(_ labels: [String], _ pairs: [(Int, Int)]) -> ClassificationMetrics {
        var m = ClassificationMetrics(labels: labels)
        for (g, p) in pairs { m.add(gold: g, predicted: p) }
        return m
    }

    static func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) < 1e-12 }

    /// gold a a a a b b c c c c; predicted a a a b b c c c a c.
    static let threeWay = metrics(["a", "b", "c"], [(0, 0), (0, 0), (0, 0), (0, 1), (1, 1), (1, 2), (2, 2), (2, 2), (2, 0), (2, 2)])

    @Test func confusionAndCounts() {
        let m = Self.threeWay
        #expect(m.confusion == [[3, 1, 0], [0, 1, 1], [1, 0, 3]])
        #expect(m.total == 10)
        #expect([0, 1, 2].map(m.support) == [4, 2, 4])
        #expect([0, 1, 2].map(m.predictedCount) == [4, 2, 4])
    }

    @Test func precisionRecallF1() {
        let m = Self.threeWay
        // a: tp 3, predicted 4, gold 4. b: tp 1, predicted 2, gold 2. c: tp 3, predicted 4, gold 4.
        #expect(Self.close(m.precision(0), 0.75) && Self.close(m.recall(0), 0.75) && Self.close(m.f1(0), 0.75))
        #expect(Self.close(m.precision(1), 0.5) && Self.close(m.recall(1), 0.5) && Self.close(m.f1(1), 0.5))
        #expect(Self.close(m.f1(2), 0.75))
        #expect(Self.close(m.accuracy, 0.7))
        #expect(Self.close(m.macroF1, (0.75 + 0.5 + 0.75) / 3))
    }

    @Test func unequalPrecisionAndRecall() {
        // gold: x x x y; predicted: x y y y.
        let m = Self.metrics(["x", "y"], [(0, 0), (0, 1), (0, 1), (1, 1)])
        #expect(Self.close(m.precision(0), 1) && Self.close(m.recall(0), 1.0 / 3))
        #expect(Self.close(m.f1(0), 0.5))  // 2 * 1 * (1/3) / (4/3)
        #expect(Self.close(m.precision(1), 1.0 / 3) && Self.close(m.recall(1), 1))
        #expect(Self.close(m.f1(1), 0.5))
        #expect(Self.close(m.accuracy, 0.5))
    }

    @Test func macroF1AveragesOnlyLabelsPresentInGoldOrPredictions() {
        let labels = ["firm", "hedged", "refused", "none"]
        // Only firm and none occur: refused and hedged do not pull the mean down.
        let m = Self.metrics(labels, [(0, 0), (0, 0), (3, 3), (3, 0)])
        #expect(m.presentLabels == [0, 3])
        // firm: p 2/3, r 1, f1 0.8; none: p 1, r 1/2, f1 2/3.
        #expect(Self.close(m.macroF1, (0.8 + 2.0 / 3) / 2))
        // A label only predicted (never gold) counts, with F1 0.
        let n = Self.metrics(labels, [(0, 0), (0, 2)])
        #expect(n.presentLabels == [0, 2])
        #expect(Self.close(n.f1(2), 0))
        #expect(Self.close(n.macroF1, (2.0 / 3 + 0) / 2))
    }

    @Test func labelsWithoutCountsScoreZeroNotNaN() {
        let m = Self.metrics(["a", "b"], [(0, 0)])
        #expect(m.precision(1) == 0 && m.recall(1) == 0 && m.f1(1) == 0)
        let empty = ClassificationMetrics(labels: ["a", "b"])
        #expect(empty.total == 0 && empty.accuracy == 0 && empty.macroF1 == 0 && empty.kappa == 0)
        #expect(empty.presentLabels.isEmpty)
    }

    @Test func kappaTextbookExample() {
        // Two raters, 50 items: both yes 20, A yes B no 5, A no B yes 10, both no 15.
        // po = 0.7, pe = 0.5 * 0.6 + 0.5 * 0.4 = 0.5, kappa = 0.4.
        var m = ClassificationMetrics(labels: ["yes", "no"])
        for _ in 0..<20 { m.add(gold: 0, predicted: 0) }
        for _ in 0..<5 { m.add(gold: 0, predicted: 1) }
        for _ in 0..<10 { m.add(gold: 1, predicted: 0) }
        for _ in 0..<15 { m.add(gold: 1, predicted: 1) }
        #expect(Self.close(m.accuracy, 0.7))
        #expect(Self.close(m.kappa, 0.4))
    }

    @Test func kappaSecondExample() {
        // 100 items: 45 yes/yes, 15 yes/no, 25 no/yes, 15 no/no.
        // po = 0.6; pe = 0.6 * 0.7 + 0.4 * 0.3 = 0.54; kappa = 0.06 / 0.46.
        var m = ClassificationMetrics(labels: ["yes", "no"])
        for (g, p, n) in [(0, 0, 45), (0, 1, 15), (1, 0, 25), (1, 1, 15)] {
            for _ in 0..<n { m.add(gold: g, predicted: p) }
        }
        #expect(Self.close(m.kappa, 0.06 / 0.46))
    }

    @Test func kappaThreeWay() {
        // threeWay: po = 0.7; pe = 0.4*0.4 + 0.2*0.2 + 0.4*0.4 = 0.36; kappa = 0.34 / 0.64.
        #expect(Self.close(Self.threeWay.kappa, 0.34 / 0.64))
    }

    @Test func kappaEdgeCases() {
        // Perfect agreement.
        #expect(Self.close(Self.metrics(["a", "b"], [(0, 0), (1, 1)]).kappa, 1))
        // Systematic disagreement is below chance.
        #expect(Self.metrics(["a", "b"], [(0, 1), (1, 0)]).kappa < 0)
        // One label everywhere: agreement by chance alone is total; kappa is taken as 1.
        #expect(Self.metrics(["a", "b"], [(0, 0), (0, 0)]).kappa == 1)
    }

    @Test func mergeAddsCounts() {
        var a = Self.metrics(["a", "b", "c"], [(0, 0), (0, 0), (0, 0), (0, 1), (1, 1)])
        let b = Self.metrics(["a", "b", "c"], [(1, 2), (2, 2), (2, 2), (2, 0), (2, 2)])
        a.merge(b)
        #expect(a == Self.threeWay)
        #expect(Self.close(a.macroF1, Self.threeWay.macroF1))
        // Merging an empty set changes nothing.
        a.merge(ClassificationMetrics(labels: ["a", "b", "c"]))
        #expect(a == Self.threeWay)
    }
}
