import Foundation

/// Renders an evaluation report as one self-contained HTML page (inline CSS and
/// SVG, no script, nothing fetched). For each task (stance, sentiment): the
/// model beside the two baselines (macro-F1, accuracy, kappa as bars and a
/// table), per-label precision / recall / F1 as SVG bars, and the confusion
/// matrices of the model and of both baselines as SVG heatmaps (rows gold,
/// columns predicted, shaded by the share of the row). Then the most confident
/// errors, each sentence with its actor and cue words marked. All text is escaped.
///
///     let page = HTMLReportRenderer.page(report)
///     // <svg class="heatmap" ...><rect class="cell" data-gold="firm" data-predicted="hedged" .../> ...
///     // <svg class="prf" ...><rect class="bar precision" data-label="firm" .../> ...
public enum HTMLReportRenderer {
    /// The whole page.
    public static func page(_ r: EvaluationReport) -> String {
        var body = "<header><h1>stance evaluation</h1><p class=\"meta\">\(r.examples) examples · model: <code>\(escape(r.model))</code>"
        if let k = r.folds { body += " · \(k)-fold cross-validation (groups never split)" }
        body += "</p>"
        if !r.data.isEmpty { body += "<p class=\"meta\">data: " + r.data.map { "<code>\(escape($0))</code>" }.joined(separator: ", ") + "</p>" }
        var nav: [String] = []
        if r.stance != nil { nav.append("<a href=\"#stance\">stance</a>") }
        if r.sentiment != nil { nav.append("<a href=\"#sentiment\">sentiment</a>") }
        if !r.errors.isEmpty { nav.append("<a href=\"#errors\">most confident errors</a>") }
        if !nav.isEmpty { body += "<nav>" + nav.joined(separator: " · ") + "</nav>" }
        body += "</header>\n<main>\n"
        for (task, scores) in [("stance", r.stance), ("sentiment", r.sentiment)] {
            guard let s = scores else { continue }
            body += taskSection(task, s, baselines: r.baselines[task])
        }
        if !r.errors.isEmpty { body += errorsSection(r.errors) }
        return """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>stance evaluation</title>
        <style>\(css)</style></head><body>
        \(body)</main></body></html>

        """
    }

    // MARK: - One task

    static func taskSection(_ task: String, _ s: EvaluationReport.TaskScores, baselines: EvaluationReport.Baselines?) -> String {
        var out = "<section class=\"task\" id=\"\(escape(task))\"><h2>\(escape(task.capitalized)) <span class=\"meta\">(\(s.examples) pairs)</span></h2>\n"
        // The model beside the baselines.
        var systems: [(String, EvaluationReport.TaskScores)] = [("model", s)]
        if let b = baselines { systems += [("baseline: lexicon rules", b.rules), ("baseline: majority label", b.majority)] }
        out += "<div class=\"row\"><figure class=\"chart\"><figcaption>Model and baselines</figcaption>"
        out += summaryBars(systems) + "</figure>"
        out += "<div class=\"tablewrap\"><table class=\"systems\"><thead><tr><th scope=\"col\">system</th><th scope=\"col\">macro-F1</th>"
            + "<th scope=\"col\">accuracy</th><th scope=\"col\">kappa</th></tr></thead><tbody>"
        for (k, (name, x)) in systems.enumerated() {
            let cls = k == 0 ? "model" : "baseline"
            out += "<tr class=\"\(cls)\"><th scope=\"row\">\(escape(name))</th><td>\(f(x.macroF1))</td><td>\(f(x.accuracy))</td><td>\(f(x.kappa))</td></tr>"
        }
        out += "</tbody></table></div></div>\n"
        // Per label.
        out += "<div class=\"row\"><figure class=\"chart\"><figcaption>Model: precision, recall and F1 per label</figcaption>"
            + prfBars(s) + "</figure>"
        out += "<div class=\"tablewrap\"><table class=\"labels\"><thead><tr><th scope=\"col\">label</th><th scope=\"col\">precision</th><th scope=\"col\">recall</th>"
            + "<th scope=\"col\">F1</th><th scope=\"col\">support</th>"
        if baselines != nil { out += "<th scope=\"col\">F1 rules</th><th scope=\"col\">F1 majority</th>" }
        out += "</tr></thead><tbody>"
        for l in s.order {
            guard let x = s.labels[l] else { continue }
            out += "<tr><th scope=\"row\">\(escape(l))</th><td>\(f(x.precision))</td><td>\(f(x.recall))</td><td><b>\(f(x.f1))</b></td><td>\(x.support)</td>"
            if let b = baselines {
                out += "<td>\(b.rules.labels[l].map { f($0.f1) } ?? "–")</td><td>\(b.majority.labels[l].map { f($0.f1) } ?? "–")</td>"
            }
            out += "</tr>"
        }
        out += "</tbody></table></div></div>\n"
        // Confusion matrices.
        out += "<h3>Confusion <span class=\"meta\">(rows: gold, columns: predicted; shade: share of the gold row)</span></h3><div class=\"heatmaps\">"
        for (k, (name, x)) in systems.enumerated() {
            out += "<figure class=\"heatmap\(k == 0 ? " model" : "")\"><figcaption>\(escape(name))</figcaption>\(heatmap(x, title: "\(task), \(name)"))</figure>"
        }
        out += "</div></section>\n"
        return out
    }

    /// Grouped horizontal bars: macro-F1, accuracy and kappa of each system.
    static func summaryBars(_ systems: [(String, EvaluationReport.TaskScores)]) -> String {
        let metrics: [(String, KeyPath<EvaluationReport.TaskScores, Double>)] = [("macro-F1", \.macroF1), ("accuracy", \.accuracy), ("kappa", \.kappa)]
        let labelWidth = 92.0, barWidth = 250.0, bar = 13.0, gap = 3.0, groupGap = 14.0
        let groupHeight = Double(systems.count) * (bar + gap) - gap
        let height = 24 + Double(metrics.count) * (groupHeight + groupGap)
        let width = labelWidth + barWidth + 50
        var svg = svgOpen(class: "summary", width: width, height: height, label: "macro-F1, accuracy and kappa of the model and the baselines")
        svg += axis(x: labelWidth, width: barWidth, top: 18, bottom: height - groupGap + 4)
        var y = 24.0
        for (name, path) in metrics {
            svg += "<text class=\"lab\" x=\"\(n(labelWidth - 8))\" y=\"\(n(y + groupHeight / 2 + 4))\" text-anchor=\"end\">\(name)</text>"
            for (k, (system, x)) in systems.enumerated() {
                let v = x[keyPath: path]
                let w = max(0, min(1, v)) * barWidth
                svg += "<rect class=\"bar sys\(k)\" data-system=\"\(escape(system))\" data-metric=\"\(name)\" x=\"\(n(labelWidth))\" y=\"\(n(y))\" "
                    + "width=\"\(n(w))\" height=\"\(n(bar))\"><title>\(escape(system)): \(name) \(f(v))</title></rect>"
                svg += "<text class=\"val\" x=\"\(n(labelWidth + w + 4))\" y=\"\(n(y + bar - 2.5))\">\(f(v))</text>"
                y += bar + gap
            }
            y += groupGap - gap
        }
        svg += "</svg>"
        // The key of the systems.
        var key = "<ul class=\"key\">"
        for (k, (system, _)) in systems.enumerated() { key += "<li><span class=\"sw sys\(k)\"></span>\(escape(system))</li>" }
        return svg + key + "</ul>"
    }

    /// Grouped horizontal bars: precision, recall and F1 of each label.
    static func prfBars(_ s: EvaluationReport.TaskScores) -> String {
        let labels = s.order.filter { s.labels[$0] != nil }
        let labelWidth = 92.0, barWidth = 250.0, bar = 13.0, gap = 3.0, groupGap = 14.0
        let groupHeight = 3 * (bar + gap) - gap
        let height = 24 + Double(labels.count) * (groupHeight + groupGap)
        let width = labelWidth + barWidth + 50
        var svg = svgOpen(class: "prf", width: width, height: height, label: "precision, recall and F1 per label")
        svg += axis(x: labelWidth, width: barWidth, top: 18, bottom: height - groupGap + 4)
        var y = 24.0
        for l in labels {
            let x = s.labels[l]!
            svg += "<text class=\"lab\" x=\"\(n(labelWidth - 8))\" y=\"\(n(y + groupHeight / 2 - 2))\" text-anchor=\"end\">\(escape(l))</text>"
            svg += "<text class=\"sup\" x=\"\(n(labelWidth - 8))\" y=\"\(n(y + groupHeight / 2 + 11))\" text-anchor=\"end\">n=\(x.support)</text>"
            for (metric, v) in [("precision", x.precision), ("recall", x.recall), ("f1", x.f1)] {
                let w = max(0, min(1, v)) * barWidth
                svg += "<rect class=\"bar \(metric)\" data-label=\"\(escape(l))\" x=\"\(n(labelWidth))\" y=\"\(n(y))\" width=\"\(n(w))\" "
                    + "height=\"\(n(bar))\"><title>\(escape(l)): \(metric == "f1" ? "F1" : metric) \(f(v))</title></rect>"
                svg += "<text class=\"val\" x=\"\(n(labelWidth + w + 4))\" y=\"\(n(y + bar - 2.5))\">\(f(v))</text>"
                y += bar + gap
            }
            y += groupGap - gap
        }
        svg += "</svg>"
        return svg + "<ul class=\"key\"><li><span class=\"sw precision\"></span>precision</li><li><span class=\"sw recall\"></span>recall</li>"
            + "<li><span class=\"sw f1\"></span>F1</li></ul>"
    }

    /// A confusion matrix as a heatmap: one `rect.cell` per (gold, predicted).
    static func heatmap(_ s: EvaluationReport.TaskScores, title: String) -> String {
        let labels = s.order
        let cell = 66.0, left = 80.0, top = 46.0
        let width = left + Double(labels.count) * cell + 4
        let height = top + Double(labels.count) * cell + 4
        var svg = svgOpen(class: "heatmap", width: width, height: height, label: "confusion matrix, \(title)")
        svg += "<text class=\"axis-name\" x=\"\(n(left + Double(labels.count) * cell / 2))\" y=\"12\" text-anchor=\"middle\">predicted</text>"
        for (j, p) in labels.enumerated() {
            svg += "<text class=\"lab\" x=\"\(n(left + (Double(j) + 0.5) * cell))\" y=\"\(n(top - 8))\" text-anchor=\"middle\">\(escape(p))</text>"
        }
        for (i, g) in labels.enumerated() {
            let y = top + Double(i) * cell
            svg += "<text class=\"lab\" x=\"\(n(left - 6))\" y=\"\(n(y + cell / 2 + 4))\" text-anchor=\"end\">\(escape(g))</text>"
            let row = s.confusion[g] ?? [:]
            let total = labels.reduce(0) { $0 + (row[$1] ?? 0) }
            for (j, p) in labels.enumerated() {
                let count = row[p] ?? 0
                let share = total > 0 ? Double(count) / Double(total) : 0
                let x = left + Double(j) * cell
                let fill = i == j ? mix("#f3f8f4", "#1a7f37", share) : mix("#fbf7f6", "#c62828", min(1, share * 1.6))
                let dark = i == j ? share > 0.55 : share * 1.6 > 0.6
                svg += "<rect class=\"cell\(i == j ? " diag" : "")\" data-gold=\"\(escape(g))\" data-predicted=\"\(escape(p))\" data-count=\"\(count)\" "
                    + "x=\"\(n(x + 1))\" y=\"\(n(y + 1))\" width=\"\(n(cell - 2))\" height=\"\(n(cell - 2))\" rx=\"3\" fill=\"\(fill)\">"
                    + "<title>gold \(escape(g)), predicted \(escape(p)): \(count) (\(Int((share * 100).rounded()))% of gold \(escape(g)))</title></rect>"
                svg += "<text class=\"count\(dark ? " on-dark" : "")\" x=\"\(n(x + cell / 2))\" y=\"\(n(y + cell / 2 + 1))\" text-anchor=\"middle\">\(count)</text>"
                if total > 0 {
                    svg += "<text class=\"share\(dark ? " on-dark" : "")\" x=\"\(n(x + cell / 2))\" y=\"\(n(y + cell / 2 + 15))\" text-anchor=\"middle\">\(Int((share * 100).rounded()))%</text>"
                }
            }
        }
        svg += "<text class=\"axis-name\" x=\"10\" y=\"\(n(top + Double(labels.count) * cell / 2))\" text-anchor=\"middle\" "
            + "transform=\"rotate(-90 10 \(n(top + Double(labels.count) * cell / 2)))\">gold</text>"
        return svg + "</svg>"
    }

    static func svgOpen(class cls: String, width: Double, height: Double, label: String) -> String {
        "<svg class=\"\(cls)\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(width)) \(n(height))\" "
            + "style=\"max-width:\(n(width * 1.25))px\" role=\"img\" aria-label=\"\(escape(label))\">"
    }

    /// Vertical grid lines at 0, .25, .5, .75 and 1 with their values on top.
    static func axis(x: Double, width: Double, top: Double, bottom: Double) -> String {
        var out = ""
        for t in [0.0, 0.25, 0.5, 0.75, 1.0] {
            let gx = x + t * width
            out += "<line class=\"grid\" x1=\"\(n(gx))\" x2=\"\(n(gx))\" y1=\"\(n(top))\" y2=\"\(n(bottom))\"/>"
            out += "<text class=\"tick\" x=\"\(n(gx))\" y=\"\(n(top - 5))\" text-anchor=\"middle\">\(t == 0 ? "0" : t == 1 ? "1" : String(t).dropFirst())</text>"
        }
        return out
    }

    // MARK: - Errors

    static func errorsSection(_ errors: [EvaluationReport.ErrorItem]) -> String {
        var out = "<section id=\"errors\"><h2>Most confident errors <span class=\"meta\">(\(errors.count))</span></h2>"
        out += "<p class=\"meta\">In each sentence: <mark class=\"actor\">the actor</mark> and "
            + "<mark class=\"cue\">the cue words</mark> that decided the prediction.</p><ol class=\"errors\">"
        for e in errors {
            out += "<li class=\"error\"><div class=\"head\"><span class=\"tasktag\">\(escape(e.task))</span> <strong>\(escape(e.actor))</strong>: "
                + "gold <span class=\"badge \(cssName(e.gold))\">\(escape(e.gold))</span> → predicted "
                + "<span class=\"badge \(cssName(e.predicted))\">\(escape(e.predicted))</span> <span class=\"prob\">\(f(e.probability))</span></div>"
            out += "<blockquote>\(markedSentence(e))</blockquote>"
            var meta = escape(e.source)
            if !e.cues.isEmpty { meta = "cues: " + e.cues.map { "<span class=\"cuechip\">\(escape($0))</span>" }.joined(separator: " ") + " · " + meta }
            out += "<div class=\"meta\">\(meta)</div></li>"
        }
        return out + "</ol></section>\n"
    }

    /// The error's sentence with its actor and cue words marked: the first occurrence of
    /// each at word boundaries that does not overlap an earlier mark (inside a word only
    /// when it occurs nowhere on its own).
    static func markedSentence(_ e: EvaluationReport.ErrorItem) -> String {
        let scalars = Array(e.text.unicodeScalars)
        var marks: [(Range<Int>, String)] = []
        func place(_ needle: String, _ open: String) {
            let n = Array(needle.unicodeScalars)
            guard !n.isEmpty, n.count <= scalars.count else { return }
            var fallback: Range<Int>? = nil
            var covered = false
            for start in 0...(scalars.count - n.count) where Array(scalars[start..<(start + n.count)]) == n {
                let r = start..<(start + n.count)
                let free = !marks.contains(where: { $0.0.overlaps(r) })
                if isBoundary(scalars, r) {
                    if free { marks.append((r, open)); return }
                    covered = true
                } else if free && fallback == nil {
                    fallback = r
                }
            }
            // Inside a word only when it stands nowhere on its own (not even within an earlier mark).
            if !covered, let r = fallback { marks.append((r, open)) }
        }
        place(e.actor, "<mark class=\"actor\">")
        for c in e.cues { place(c, "<mark class=\"cue\">") }
        marks.sort { $0.0.lowerBound < $1.0.lowerBound }
        var out = ""
        var pos = 0
        for (r, open) in marks {
            out += escape(String(String.UnicodeScalarView(scalars[pos..<r.lowerBound])))
            out += open + escape(String(String.UnicodeScalarView(scalars[r]))) + "</mark>"
            pos = r.upperBound
        }
        return out + escape(String(String.UnicodeScalarView(scalars[pos...])))
    }

    static func isBoundary(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        func word(_ i: Int) -> Bool { s[i].properties.isAlphabetic || s[i].properties.numericType != nil }
        return (r.lowerBound == 0 || !word(r.lowerBound - 1)) && (r.upperBound == s.count || !word(r.upperBound))
    }

    // MARK: - Helpers

    /// A label as a CSS class name (letters, digits and dashes only).
    static func cssName(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.filter { ($0.isASCII && $0.properties.isAlphabetic) || ("0"..."9").contains($0) || $0 == "-" }))
    }

    /// Mixes two #rrggbb colours: t = 0 gives a, 1 gives b.
    static func mix(_ a: String, _ b: String, _ t: Double) -> String {
        func rgb(_ h: String) -> [Double] {
            let v = Int(h.dropFirst(), radix: 16) ?? 0
            return [Double((v >> 16) & 255), Double((v >> 8) & 255), Double(v & 255)]
        }
        let x = rgb(a), y = rgb(b), k = max(0, min(1, t))
        return "#" + (0..<3).map { String(format: "%02x", Int((x[$0] + (y[$0] - x[$0]) * k).rounded())) }.joined()
    }

    static func f(_ x: Double) -> String { String(format: "%.3f", x) }
    static func n(_ x: Double) -> String { x == x.rounded() ? String(Int(x)) : String(format: "%.1f", x) }

    /// Escapes text for HTML and SVG content and attribute values.
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    static let css = """
    :root{--firm:#1a7f37;--hedged:#b35900;--refused:#c62828;--none:#6b7280;--ink:#1f2328;--muted:#57606a;--line:#d8dee4}
    *{box-sizing:border-box}
    body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:var(--ink);margin:0;padding:1.5rem clamp(.75rem,3vw,2.5rem);line-height:1.5}
    header,main{max-width:78rem;margin:0 auto}
    h1{margin:0 0 .2rem;font-size:1.7rem}h2{font-size:1.35rem;margin:1.2rem 0 .6rem}h3{font-size:1.05rem;margin:1rem 0 .4rem}
    .meta{color:var(--muted);font-size:.9rem;font-weight:400}code{overflow-wrap:anywhere}
    nav{margin:.4rem 0}nav a{color:#0969da}
    section{border-top:3px solid var(--line);margin-top:1.2rem}
    .row{display:flex;flex-wrap:wrap;gap:1rem 2.5rem;align-items:flex-start;margin:.5rem 0}
    figure{margin:0}figcaption{font-weight:600;font-size:.95rem;margin-bottom:.3rem}
    figure.chart{flex:1 1 24rem;max-width:34rem}
    svg{display:block;width:100%;height:auto;font-family:inherit}
    .tablewrap{flex:1 1 20rem;overflow-x:auto}
    table{border-collapse:collapse;font-size:.95rem;font-variant-numeric:tabular-nums;margin-top:1.6rem}
    th,td{border-bottom:1px solid var(--line);padding:.3rem .65rem;text-align:right}
    th:first-child{text-align:left}thead th{background:#f6f8fa;font-size:.85rem;color:var(--muted)}
    tr.model th,tr.model td{font-weight:700}
    svg text{font-size:11px;fill:var(--ink)}svg .lab{font-size:12px;font-weight:600}svg .sup,svg .tick,svg .share{fill:var(--muted);font-size:10px}
    svg .axis-name{font-size:11px;fill:var(--muted);font-style:italic}
    svg .grid{stroke:#d8dee4;stroke-width:1}
    svg .count{font-size:15px;font-weight:700}svg .on-dark{fill:#fff}
    .bar.sys0,.sw.sys0{fill:#0969da;background:#0969da}.bar.sys1,.sw.sys1{fill:#8c6ad6;background:#8c6ad6}.bar.sys2,.sw.sys2{fill:#9aa4ae;background:#9aa4ae}
    .bar.precision,.sw.precision{fill:#54aeff;background:#54aeff}.bar.recall,.sw.recall{fill:#0969da;background:#0969da}.bar.f1,.sw.f1{fill:#0a3069;background:#0a3069}
    ul.key{list-style:none;display:flex;flex-wrap:wrap;gap:.2rem 1rem;padding:0;margin:.3rem 0;font-size:.85rem}
    .sw{display:inline-block;width:.8em;height:.8em;border-radius:2px;margin-right:.3em;vertical-align:-.05em}
    .heatmaps{display:flex;flex-wrap:wrap;gap:1rem 2rem;align-items:flex-start}
    figure.heatmap{flex:0 1 20rem;min-width:14rem}figure.heatmap.model{flex-basis:22rem}
    ol.errors{padding-left:1.6rem}li.error{margin:.2rem 0 1rem}
    .head{margin-bottom:.2rem}
    .tasktag{display:inline-block;font-size:.75rem;text-transform:uppercase;letter-spacing:.04em;border:1px solid var(--line);border-radius:4px;padding:0 .35em;color:var(--muted)}
    .badge{display:inline-block;border-radius:999px;padding:0 .55em;font-size:.85rem;font-weight:600;color:#fff;background:var(--none)}
    .badge.firm{background:var(--firm)}.badge.hedged{background:var(--hedged)}.badge.refused{background:var(--refused)}
    .badge.positive{background:#2da44e}.badge.negative{background:#cf222e}.badge.neutral{background:#6e7781}
    .prob{font-variant-numeric:tabular-nums;color:var(--muted)}
    blockquote{margin:.2rem 0;padding:.3rem .8rem;border-left:3px solid var(--line);background:#f6f8fa;overflow-wrap:anywhere}
    mark{color:inherit;background:none}
    mark.actor{background:#cfe2ff;border-radius:3px;padding:0 .15em}
    mark.cue{font-weight:700;text-decoration:underline 3px #b35900;text-underline-offset:.2em;background:#fff3d6;border-radius:2px}
    .cuechip{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.8rem;background:#fff3d6;border:1px solid #f0d9a8;border-radius:3px;padding:0 .3em}
    @media (max-width:760px){body{padding:1rem .75rem}table{margin-top:.5rem;font-size:.85rem}th,td{padding:.3rem .4rem}figure.heatmap,figure.heatmap.model{flex:1 1 100%}}

    """
}
