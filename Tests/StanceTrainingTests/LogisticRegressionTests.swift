import Foundation
import Testing
@testable import StanceTraining

/// Multinomial logistic regression with L-BFGS: learns a separable problem,
/// class weights and L2 act as they should, the gradient is right, and fits
/// are deterministic.
@Suite("Logistic regression")
struct LogisticRegressionTests {
    typealias Row = LogisticRegression.SparseRow

    /// Three classes, each marked by its own feature, with a shared noise feature.
    static let separable: [Row] = (0..<30).map { i in
        let label = i % 3
        return Row(columns: [Int32(label), 3], values: [1, Float(i % 5) / 5], label: label, weight: 1)
    }

    static func argmax(_ p: [Double]) -> Int { p.indices.max { p[$0] < p[$1] }! }

    @Test func learnsASeparableProblem() {
        var lr = LogisticRegression(features: 4, labels: 3, l2: 1e-4)
        let iterations = lr.fit(Self.separable, iterations: 200)
        #expect(iterations > 0)
        for row in Self.separable {
            let p = lr.probabilities(row)
            #expect(Self.argmax(p) == row.label)
            #expect(p[row.label] > 0.9)
            #expect(abs(p.reduce(0, +) - 1) < 1e-9)
        }
    }

    @Test func anUnfittedModelIsUniform() {
        let lr = LogisticRegression(features: 4, labels: 3, l2: 0)
        let p = lr.probabilities(Self.separable[0])
        #expect(p.allSatisfy { abs($0 - 1.0 / 3) < 1e-12 })
    }

    /// Four rows with one feature: three of label 0, one of label 1.
    static func overlapping(weightOfLabel1: Double) -> [Row] {
        [Row(columns: [0], values: [1], label: 0, weight: 1), Row(columns: [0], values: [1], label: 0, weight: 1),
         Row(columns: [0], values: [1], label: 0, weight: 1), Row(columns: [0], values: [1], label: 1, weight: weightOfLabel1)]
    }

    @Test func classWeightsShiftTheDecision() {
        var plain = LogisticRegression(features: 1, labels: 2, l2: 1e-4)
        plain.fit(Self.overlapping(weightOfLabel1: 1), iterations: 100)
        let p = plain.probabilities(Self.overlapping(weightOfLabel1: 1)[0])
        #expect(Self.argmax(p) == 0)
        #expect(abs(p[1] - 0.25) < 0.02, "the weighted share of label 1 is 1/4: \(p)")

        var weighted = LogisticRegression(features: 1, labels: 2, l2: 1e-4)
        weighted.fit(Self.overlapping(weightOfLabel1: 6), iterations: 100)
        let q = weighted.probabilities(Self.overlapping(weightOfLabel1: 6)[0])
        #expect(Self.argmax(q) == 1)
        #expect(abs(q[1] - 6.0 / 9) < 0.02, "the weighted share of label 1 is 6/9: \(q)")
    }

    @Test func l2ShrinksWeights() {
        func norm(_ l2: Double) -> Double {
            var lr = LogisticRegression(features: 4, labels: 3, l2: l2)
            lr.fit(Self.separable, iterations: 200)
            return lr.weights.reduce(0) { $0 + $1 * $1 }
        }
        let weak = norm(1e-4), medium = norm(1e-2), strong = norm(1)
        #expect(weak > medium && medium > strong, "\(weak) \(medium) \(strong)")
        #expect(strong < 1)
    }

    @Test func fitsAreDeterministic() {
        var a = LogisticRegression(features: 4, labels: 3, l2: 1e-3)
        var b = LogisticRegression(features: 4, labels: 3, l2: 1e-3)
        let na = a.fit(Self.separable, iterations: 50)
        let nb = b.fit(Self.separable, iterations: 50)
        #expect(na == nb)
        #expect(a.weights == b.weights)
        #expect(a.bias == b.bias)
    }

    @Test func afterIterationCanStopEarly() {
        var lr = LogisticRegression(features: 4, labels: 3, l2: 1e-3)
        var seen: [Int] = []
        let n = lr.fit(Self.separable, iterations: 100) { i, _ in seen.append(i); return i < 3 }
        #expect(n == 3)
        #expect(seen == [1, 2, 3])
    }

    @Test func theGradientMatchesFiniteDifferences() {
        let lr = LogisticRegression(features: 4, labels: 3, l2: 0.1)
        let rows = Self.separable.enumerated().map { i, r in
            Row(columns: r.columns, values: r.values, label: r.label, weight: 1 + Double(i % 2))
        }
        let total = rows.reduce(0) { $0 + $1.weight }
        let x = (0..<15).map { Double($0 % 7) / 10 - 0.3 }
        let (_, g) = lr.lossAndGradient(x, rows: rows, totalWeight: total)
        let h = 1e-6
        for i in x.indices {
            var up = x, down = x
            up[i] += h
            down[i] -= h
            let numeric = (lr.lossAndGradient(up, rows: rows, totalWeight: total).0
                           - lr.lossAndGradient(down, rows: rows, totalWeight: total).0) / (2 * h)
            #expect(abs(numeric - g[i]) < 1e-6, "parameter \(i): \(numeric) vs \(g[i])")
        }
    }

    @Test func theLossIsTheWeightedMeanLogLossPlusL2() {
        let lr = LogisticRegression(features: 1, labels: 2, l2: 0.5)
        let rows = [Row(columns: [0], values: [1], label: 0, weight: 1), Row(columns: [0], values: [2], label: 1, weight: 3)]
        // Weights w = [1, -1] for feature 0, bias [0, 0].
        let (loss, _) = lr.lossAndGradient([1, -1, 0, 0], rows: rows, totalWeight: 4)
        // Row 1: scores [1, -1], p0 = 1/(1+e^-2). Row 2: scores [2, -2], p1 = 1/(1+e^4).
        let expected = (1.0 / 4) * -log(1 / (1 + exp(-2.0))) + (3.0 / 4) * -log(1 / (1 + exp(4.0))) + 0.5 * 0.5 * 2
        #expect(abs(loss - expected) < 1e-12)
    }
}
