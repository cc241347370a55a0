import Foundation
import StanceKit

/// Renders a `TrackReport` as one self-contained HTML page (inline CSS and SVG, no
/// script, no network): per actor, an SVG timeline (stacked bars of firm, hedged and
/// refused evidence per period; one lane per object with its dominant stance, shifts
/// ringed), the shifts with their evidence, and the period table.
///
///     let page = TrackHTMLRenderer.page(report)   // "<!DOCTYPE html>..."
enum TrackHTMLRenderer {
    /// Colours of the stances, shared with the legend.
    static let colours: [StanceLabel: String] = [.firm: "#2e7d32", .hedged: "#e0a800", .refused: "#c62828", .none: "#9e9e9e"]
    /// Timeline geometry, in SVG units.
    static let column = 64.0, left = 150.0, barHeight = 80.0, lane = 26.0, top = 12.0
    /// Object lanes drawn per actor (the objects with most evidence).
    static let maxLanes = 6

    static func page(_ r: TrackReport) -> String {
        var body = "<h1>stance track</h1>\n<p class=\"meta\">\(r.documents) documents, by \(esc(r.by))"
        if let f = r.periods.first, let l = r.periods.last { body += ", \(esc(f)) to \(esc(l))" }
        body += "; \(r.actors.count) actors with evidence.</p>\n"
        body += legend()
        if !r.actors.isEmpty {
            body += "<nav><ul>" + r.actors.enumerated().map { i, a in
                "<li><a href=\"#actor-\(i + 1)\">\(esc(a.actor))</a>\(a.shifts.isEmpty ? "" : " <span class=\"nshift\">\(a.shifts.count) shift\(a.shifts.count == 1 ? "" : "s")</span>")</li>"
            }.joined() + "</ul></nav>\n"
        }
        for (i, a) in r.actors.enumerated() { body += section(a, index: i + 1, periods: r.periods) }
        return """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>stance track</title>
        <style>
        body{font-family:system-ui,sans-serif;max-width:72rem;margin:1.5rem auto;padding:0 1rem;color:#222;line-height:1.45}
        h2{margin-top:2.2rem;border-bottom:2px solid #ddd}.meta{color:#555}
        nav ul{columns:16rem;padding-left:1.2rem}.nshift{color:#c62828;font-size:.85em}
        .legend span{display:inline-block;margin-right:1rem}.legend i{display:inline-block;width:.9rem;height:.9rem;margin-right:.3rem;vertical-align:-2px;border-radius:2px}
        .timeline{overflow-x:auto}.timeline svg{max-width:100%;height:auto}
        table{border-collapse:collapse;width:100%;margin:.8rem 0;font-size:.92rem}td,th{border-bottom:1px solid #e3e3e3;padding:.25rem .45rem;text-align:left;vertical-align:top}
        td.n{text-align:right;font-variant-numeric:tabular-nums}
        .firm{color:#2e7d32;font-weight:600}.hedged{color:#9a7400;font-weight:600}.refused{color:#c62828;font-weight:600}.none{color:#777}
        .shift{border-left:4px solid #c62828;padding:.3rem .8rem;margin:.8rem 0;background:#fafafa}
        .shift blockquote{margin:.3rem 0 .3rem 1rem;font-size:.92rem}.src{color:#666;font-size:.85em}
        @media (max-width:640px){body{padding:0 .5rem}td,th{padding:.2rem .25rem;font-size:.85rem}}
        </style></head><body>
        \(body)</body></html>

        """
    }

    static func legend() -> String {
        "<p class=\"legend\">" + [StanceLabel.firm, .hedged, .refused].map {
            "<span><i style=\"background:\(colours[$0]!)\"></i>\($0.rawValue)</span>"
        }.joined() + "<span>○ ringed dot: a shift of the dominant stance on that object</span></p>\n"
    }

    static func section(_ a: TrackReport.ActorTrack, index: Int, periods: [String]) -> String {
        var html = "<section id=\"actor-\(index)\"><h2>\(esc(a.actor)) <small>(\(esc(a.type.rawValue)), \(a.documents) documents)</small></h2>\n"
        html += "<div class=\"timeline\">" + timeline(a, periods: periods) + "</div>\n"
        if !a.shifts.isEmpty {
            html += "<h3>Shifts</h3>\n"
            for s in a.shifts {
                html += "<div class=\"shift\"><strong>\(esc(s.object))</strong>: <span class=\"\(s.from.rawValue)\">\(s.from.rawValue)</span> (\(esc(s.fromPeriod)))"
                html += " → <span class=\"\(s.to.rawValue)\">\(s.to.rawValue)</span> (\(esc(s.toPeriod)))\n"
                for e in s.before { html += quote(e, side: "before") }
                for e in s.after { html += quote(e, side: "after") }
                html += "</div>\n"
            }
        }
        html += "<table><tr><th>period</th><th>docs</th><th>firm</th><th>hedged</th><th>refused</th><th>mean scores f/h/r</th><th>stance</th><th>objects</th></tr>\n"
        for p in a.periods {
            html += "<tr><td>\(esc(p.period))</td><td class=\"n\">\(p.documents)</td><td class=\"n\">\(p.counts.firm)</td>"
            html += "<td class=\"n\">\(p.counts.hedged)</td><td class=\"n\">\(p.counts.refused)</td>"
            html += "<td class=\"n\">\(fmt(p.scores.firm)) / \(fmt(p.scores.hedged)) / \(fmt(p.scores.refused))</td>"
            html += "<td class=\"\(p.stance.rawValue)\">\(p.stance.rawValue)</td><td>"
            html += p.objects.map { "\(esc($0.object)) <span class=\"\($0.stance.rawValue)\">\($0.stance.rawValue)</span> \(TrackRenderer.total($0.counts))" }.joined(separator: "; ")
            html += "</td></tr>\n"
        }
        return html + "</table></section>\n"
    }

    static func quote(_ e: TrackReport.Item, side: String) -> String {
        var s = "<blockquote><span class=\"src\">\(side) · \(esc(e.document)) · \(esc(e.date))"
        if let source = e.source { s += " · \(esc(source))" }
        s += " · s\(e.sentence) · <span class=\"\(e.stance.rawValue)\">\(e.stance.rawValue)</span>"
        if !e.cues.isEmpty { s += " [\(esc(e.cues.joined(separator: "; ")))]" }
        return s + "</span><br>\(esc(e.text))</blockquote>\n"
    }

    /// The SVG timeline of one actor over all `periods`.
    static func timeline(_ a: TrackReport.ActorTrack, periods: [String]) -> String {
        let lanes = Array(a.objects.prefix(maxLanes))
        let width = left + column * Double(max(periods.count, 1)) + 10
        let lanesTop = top + barHeight + 22
        let height = lanesTop + lane * Double(lanes.count) + 8
        let byPeriod = Dictionary(uniqueKeysWithValues: a.periods.map { ($0.period, $0) })
        let maxCount = max(1, a.periods.map { TrackRenderer.total($0.counts) }.max() ?? 1)
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(width)) \(n(height))\" width=\"\(n(width))\" height=\"\(n(height))\" role=\"img\" aria-label=\"\(esc(a.actor)) over time\">"
        svg += "<text x=\"4\" y=\"\(n(top + barHeight / 2))\" font-size=\"11\" fill=\"#555\">evidence</text>"
        var shifted = Set<String>()
        for s in a.shifts { shifted.insert(s.toPeriod + "\u{1F}" + s.object) }
        // Lanes first, so the dots lie on top of their lines.
        for (j, o) in lanes.enumerated() {
            let cy = lanesTop + lane * Double(j) + lane / 2
            svg += "<line x1=\"\(n(left))\" y1=\"\(n(cy))\" x2=\"\(n(width - 10))\" y2=\"\(n(cy))\" stroke=\"#ddd\"/>"
            svg += "<text x=\"4\" y=\"\(n(cy + 4))\" font-size=\"11\" fill=\"#222\">\(esc(String(o.object.prefix(24))))</text>"
        }
        for (i, key) in periods.enumerated() {
            let x = left + column * Double(i)
            svg += "<text x=\"\(n(x + column / 2))\" y=\"\(n(top + barHeight + 14))\" font-size=\"10\" text-anchor=\"middle\" fill=\"#444\">\(esc(key))</text>"
            guard let p = byPeriod[key] else { continue }
            var y = top + barHeight
            for label in [StanceLabel.refused, .hedged, .firm] {
                let c = label == .firm ? p.counts.firm : label == .hedged ? p.counts.hedged : p.counts.refused
                guard c > 0 else { continue }
                let h = barHeight * Double(c) / Double(maxCount)
                y -= h
                svg += "<rect class=\"bar\" x=\"\(n(x + 14))\" y=\"\(n(y))\" width=\"\(n(column - 28))\" height=\"\(n(h))\" fill=\"\(colours[label]!)\"><title>\(esc(key)): \(c) \(label.rawValue)</title></rect>"
            }
            for (j, o) in lanes.enumerated() {
                guard let oc = p.objects.first(where: { $0.object == o.object }) else { continue }
                let cy = lanesTop + lane * Double(j) + lane / 2
                let count = TrackRenderer.total(oc.counts)
                let r = min(10, 4 + 2 * Double(count))
                svg += "<circle class=\"dot\" cx=\"\(n(x + column / 2))\" cy=\"\(n(cy))\" r=\"\(n(r))\" fill=\"\(colours[oc.stance]!)\"><title>\(esc(o.object)), \(esc(key)): \(oc.stance.rawValue) (\(count))</title></circle>"
                if shifted.contains(key + "\u{1F}" + o.object) {
                    svg += "<circle class=\"shift-mark\" cx=\"\(n(x + column / 2))\" cy=\"\(n(cy))\" r=\"\(n(r + 4))\" fill=\"none\" stroke=\"#222\" stroke-width=\"1.5\"/>"
                }
            }
        }
        return svg + "</svg>"
    }

    static func esc(_ s: String) -> String { HTMLRenderer.escape(s) }
    static func n(_ x: Double) -> String { x == x.rounded() ? String(Int(x)) : String(format: "%.1f", x) }
    static func fmt(_ x: Double) -> String { String(format: "%.2f", x) }
}
