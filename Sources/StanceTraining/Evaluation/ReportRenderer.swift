import Foundation

/// Renders an evaluation report as an aligned text table, markdown, JSON or HTML
/// (the page itself is `HTMLReportRenderer`'s).
///
///     print(ReportRenderer.text(report))
public enum ReportRenderer {
    // MARK: Text

    public static func text(_ r: EvaluationReport) -> String {
        var out = "stance evaluate: \(r.examples) examples; model: \(r.model)\n"
        if !r.data.isEmpty { out += "data: \(r.data.joined(separator: ", "))\n" }
        for (task, scores) in [("stance", r.stance), ("sentiment", r.sentiment)] {
            guard let s = scores else { continue }
            out += "\n\(task.uppercased()) (\(s.examples) pairs)\n"
            var rows = [["", "macro-F1", "accuracy", "kappa"]]
            rows.append(["model", f(s.macroF1), f(s.accuracy), f(s.kappa)])
            if let b = r.baselines[task] {
                rows.append(["baseline: majority label", f(b.majority.macroF1), f(b.majority.accuracy), f(b.majority.kappa)])
                rows.append(["baseline: lexicon rules", f(b.rules.macroF1), f(b.rules.accuracy), f(b.rules.kappa)])
            }
            out += table(rows)
            out += "\n"
            var labels = [["label", "precision", "recall", "F1", "support"]]
            for l in s.order { if let x = s.labels[l] { labels.append([l, f(x.precision), f(x.recall), f(x.f1), "\(x.support)"]) } }
            out += table(labels)
            out += "\nconfusion (rows: gold, columns: predicted)\n"
            var conf = [["gold \\ predicted"] + s.order]
            for g in s.order { conf.append([g] + s.order.map { "\(s.confusion[g]?[$0] ?? 0)" }) }
            out += table(conf)
        }
        if !r.errors.isEmpty {
            out += "\nMOST CONFIDENT ERRORS\n"
            for e in r.errors {
                out += "- [\(e.task)] \(e.actor): gold \(e.gold), predicted \(e.predicted) (\(f(e.probability)))"
                if !e.cues.isEmpty { out += " cues: \(e.cues.joined(separator: "; "))" }
                out += "\n    \(e.text)\n    (\(e.source))\n"
            }
        }
        return out
    }

    static func table(_ rows: [[String]]) -> String {
        guard let width = rows.map(\.count).max() else { return "" }
        var widths = [Int](repeating: 0, count: width)
        for r in rows { for (i, c) in r.enumerated() { widths[i] = max(widths[i], c.count) } }
        var out = ""
        for r in rows {
            var line = ""
            for (i, c) in r.enumerated() {
                let pad = String(repeating: " ", count: widths[i] - c.count)
                line += i == 0 ? c + pad : "  " + pad + c
            }
            out += "  " + line + "\n"
        }
        return out
    }

    static func f(_ x: Double) -> String { String(format: "%.3f", x) }

    // MARK: Markdown

    public static func markdown(_ r: EvaluationReport) -> String {
        var out = "# stance evaluation\n\n- examples: \(r.examples)\n- model: \(r.model)\n"
        if let k = r.folds { out += "- folds: \(k) (groups never split)\n" }
        if !r.data.isEmpty { out += "- data: \(r.data.map { "`\($0)`" }.joined(separator: ", "))\n" }
        for (task, scores) in [("stance", r.stance), ("sentiment", r.sentiment)] {
            guard let s = scores else { continue }
            out += "\n## \(task.capitalized) (\(s.examples) pairs)\n\n| | macro-F1 | accuracy | kappa |\n|---|---:|---:|---:|\n"
            out += "| **model** | **\(f(s.macroF1))** | \(f(s.accuracy)) | \(f(s.kappa)) |\n"
            if let b = r.baselines[task] {
                out += "| baseline: majority label | \(f(b.majority.macroF1)) | \(f(b.majority.accuracy)) | \(f(b.majority.kappa)) |\n"
                out += "| baseline: lexicon rules | \(f(b.rules.macroF1)) | \(f(b.rules.accuracy)) | \(f(b.rules.kappa)) |\n"
            }
            out += "\n| label | precision | recall | F1 | support |\n|---|---:|---:|---:|---:|\n"
            for l in s.order { if let x = s.labels[l] { out += "| \(l) | \(f(x.precision)) | \(f(x.recall)) | \(f(x.f1)) | \(x.support) |\n" } }
            out += "\nConfusion (rows: gold, columns: predicted)\n\n| gold \\ predicted | " + s.order.joined(separator: " | ") + " |\n"
            out += "|---|" + s.order.map { _ in "---:" }.joined(separator: "|") + "|\n"
            for g in s.order { out += "| \(g) | " + s.order.map { "\(s.confusion[g]?[$0] ?? 0)" }.joined(separator: " | ") + " |\n" }
        }
        if !r.errors.isEmpty {
            out += "\n## Most confident errors\n\n"
            for e in r.errors {
                out += "- [\(e.task)] **\(escapeMD(e.actor))**: gold `\(e.gold)`, predicted `\(e.predicted)` (\(f(e.probability)))"
                if !e.cues.isEmpty { out += "; cues: " + e.cues.map { "`\($0)`" }.joined(separator: ", ") }
                out += "  \n  \(escapeMD(e.text)) (`\(e.source)`)\n"
            }
        }
        return out
    }

    static func escapeMD(_ s: String) -> String {
        s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "*", with: "\\*")
    }

    // MARK: JSON

    public static func json(_ r: EvaluationReport) -> String {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? e.encode(r)) ?? Data("{}".utf8), as: UTF8.self) + "\n"
    }

    // MARK: HTML

    /// A self-contained page with SVG heatmaps and bars: see `HTMLReportRenderer`.
    public static func html(_ r: EvaluationReport) -> String {
        HTMLReportRenderer.page(r)
    }
}
