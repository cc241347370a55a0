import Foundation

/// Multinomial logistic regression over sparse rows, L2-regularised, with class
/// weights, optimised by L-BFGS with a backtracking (Armijo) line search.
/// Deterministic: the same rows and settings give the same weights, bit for bit.
///
///     var lr = LogisticRegression(features: 3, labels: 2, l2: 0.01)
///     let rows = [SparseRow(columns: [0], values: [1], label: 0, weight: 1)]
///     lr.fit(rows, iterations: 50)
///     lr.probabilities(rows[0])   // [~0.9, ~0.1]
public struct LogisticRegression: Sendable {
    /// One example: its feature columns and values, label, and weight.
    public struct SparseRow: Sendable {
        public var columns: [Int32]
        public var values: [Float]
        public var label: Int
        public var weight: Double
        public init(columns: [Int32], values: [Float], label: Int, weight: Double) {
            self.columns = columns
            self.values = values
            self.label = label
            self.weight = weight
        }
    }

    public let features: Int
    public let labels: Int
    public let l2: Double
    /// Per-feature multipliers of `l2` (empty: 1 for every feature): lexical features can be
    /// held closer to zero than structural ones.
    public var l2Scale: [Double] = []
    /// Weights, row-major: features x labels.
    public var weights: [Double]
    public var bias: [Double]

    /// L-BFGS memory (pairs of correction vectors); 10 is the usual choice (Nocedal and Wright 2006, ch. 7).
    static let memory = 10
    /// Armijo sufficient-decrease constant, and the step shrink factor of the backtracking search.
    static let armijo = 1e-4
    static let shrink = 0.5

    public init(features: Int, labels: Int, l2: Double) {
        self.features = features
        self.labels = labels
        self.l2 = l2
        self.weights = [Double](repeating: 0, count: features * labels)
        self.bias = [Double](repeating: 0, count: labels)
    }

    /// Label probabilities of a row.
    public func probabilities(_ row: SparseRow) -> [Double] {
        var z = bias
        for (k, c) in row.columns.enumerated() {
            let v = Double(row.values[k])
            let base = Int(c) * labels
            for l in 0..<labels { z[l] += v * weights[base + l] }
        }
        return LogisticRegression.softmax(z)
    }

    static func softmax(_ z: [Double]) -> [Double] {
        let m = z.max() ?? 0
        var e = z.map { exp($0 - m) }
        let s = e.reduce(0, +)
        for i in e.indices { e[i] /= s }
        return e
    }

    // MARK: - Objective

    /// Loss and gradient at parameters `x` (weights then bias).
    func lossAndGradient(_ x: [Double], rows: [SparseRow], totalWeight: Double) -> (Double, [Double]) {
        let nw = features * labels
        var g = [Double](repeating: 0, count: x.count)
        var loss = 0.0
        var z = [Double](repeating: 0, count: labels)
        x.withUnsafeBufferPointer { xp in
            g.withUnsafeMutableBufferPointer { gp in
                for row in rows {
                    for l in 0..<labels { z[l] = xp[nw + l] }
                    for (k, c) in row.columns.enumerated() {
                        let v = Double(row.values[k])
                        let base = Int(c) * labels
                        for l in 0..<labels { z[l] += v * xp[base + l] }
                    }
                    let m = z.max()!
                    var s = 0.0
                    for l in 0..<labels { z[l] = exp(z[l] - m); s += z[l] }
                    let scale = row.weight / totalWeight
                    loss -= scale * log(max(z[row.label] / s, 1e-300))
                    for l in 0..<labels {
                        let d = scale * (z[l] / s - (l == row.label ? 1 : 0))
                        z[l] = d
                        gp[nw + l] += d
                    }
                    for (k, c) in row.columns.enumerated() {
                        let v = Double(row.values[k])
                        let base = Int(c) * labels
                        for l in 0..<labels { gp[base + l] += v * z[l] }
                    }
                }
                if l2Scale.isEmpty {
                    for i in 0..<nw {
                        loss += 0.5 * l2 * xp[i] * xp[i]
                        gp[i] += l2 * xp[i]
                    }
                } else {
                    for i in 0..<nw {
                        let l = l2 * l2Scale[i / labels]
                        loss += 0.5 * l * xp[i] * xp[i]
                        gp[i] += l * xp[i]
                    }
                }
            }
        }
        return (loss, g)
    }

    // MARK: - L-BFGS

    /// Fits the model, calling `afterIteration` after each iteration with the iteration
    /// number; it returns false to stop early.
    /// - Returns: the number of iterations run.
    @discardableResult
    public mutating func fit(_ rows: [SparseRow], iterations: Int,
                             afterIteration: (Int, LogisticRegression) -> Bool = { _, _ in true }) -> Int {
        let totalWeight = max(rows.reduce(0) { $0 + $1.weight }, 1e-12)
        var x = weights + bias
        var (f, g) = lossAndGradient(x, rows: rows, totalWeight: totalWeight)
        var sHistory: [[Double]] = []
        var yHistory: [[Double]] = []
        var rhoHistory: [Double] = []
        var done = 0
        for iteration in 1...max(1, iterations) {
            // Two-loop recursion: d = -H g.
            var q = g
            var alphas = [Double](repeating: 0, count: sHistory.count)
            for i in stride(from: sHistory.count - 1, through: 0, by: -1) {
                alphas[i] = rhoHistory[i] * dot(sHistory[i], q)
                axpy(-alphas[i], yHistory[i], &q)
            }
            if let sLast = sHistory.last, let yLast = yHistory.last {
                let gamma = dot(sLast, yLast) / max(dot(yLast, yLast), 1e-300)
                for i in q.indices { q[i] *= gamma }
            } else {
                let norm = sqrt(dot(g, g))
                if norm > 0 { for i in q.indices { q[i] /= norm } }
            }
            for i in 0..<sHistory.count {
                let beta = rhoHistory[i] * dot(yHistory[i], q)
                axpy(alphas[i] - beta, sHistory[i], &q)
            }
            var d = q
            for i in d.indices { d[i] = -d[i] }
            var slope = dot(g, d)
            if slope >= 0 {
                // Not a descent direction: restart from steepest descent.
                sHistory.removeAll(); yHistory.removeAll(); rhoHistory.removeAll()
                d = g.map { -$0 }
                slope = dot(g, d)
            }
            if slope > -1e-14 { break }
            // Backtracking line search.
            var step = 1.0
            var xNew = x, fNew = f, gNew = g
            var accepted = false
            for _ in 0..<40 {
                xNew = x
                axpy(step, d, &xNew)
                (fNew, gNew) = lossAndGradient(xNew, rows: rows, totalWeight: totalWeight)
                if fNew <= f + LogisticRegression.armijo * step * slope { accepted = true; break }
                step *= LogisticRegression.shrink
            }
            if !accepted { break }
            var s = xNew
            axpy(-1, x, &s)
            var y = gNew
            axpy(-1, g, &y)
            let sy = dot(s, y)
            if sy > 1e-12 {
                sHistory.append(s); yHistory.append(y); rhoHistory.append(1 / sy)
                if sHistory.count > LogisticRegression.memory {
                    sHistory.removeFirst(); yHistory.removeFirst(); rhoHistory.removeFirst()
                }
            }
            let improvement = f - fNew
            x = xNew; f = fNew; g = gNew
            done = iteration
            weights = Array(x[0..<(features * labels)])
            bias = Array(x[(features * labels)...])
            if !afterIteration(iteration, self) { break }
            if improvement < 1e-10 * max(1, abs(f)) { break }
        }
        weights = Array(x[0..<(features * labels)])
        bias = Array(x[(features * labels)...])
        return done
    }

    private func dot(_ a: [Double], _ b: [Double]) -> Double {
        var s = 0.0
        a.withUnsafeBufferPointer { ap in b.withUnsafeBufferPointer { bp in
            for i in 0..<ap.count { s += ap[i] * bp[i] }
        } }
        return s
    }

    private func axpy(_ alpha: Double, _ x: [Double], _ y: inout [Double]) {
        x.withUnsafeBufferPointer { xp in y.withUnsafeMutableBufferPointer { yp in
            for i in 0..<xp.count { yp[i] += alpha * xp[i] }
        } }
    }
}
