import StanceKit
import StanceTraining

/// Renders classified documents as one self-contained HTML page (inline CSS, no
/// script, nothing fetched): per document, its text with every actor mention
/// shaded in its actor's colour and every attributed cue underlined by the stance
/// it signals (a legend explains both), then a table with one row per actor: its
/// stance, bars for the three scores, its sentiment, and its evidence, each item
/// linking to its sentence (`#d1-s3`: document 1, sentence 3). Several documents
/// give one section each. All text is escaped.
///
///     let marks = analyzer.marks(text, name: "article.txt")
///     let page = HTMLRenderer.page([(marks, text)])
///     // <section class="doc" id="d1"> ... <span class="s" id="d1-s2"> ...
///     //   <mark class="m a0" ...>Washington</mark> <mark class="cue refused" ...>will not</mark> ...
enum HTMLRenderer {
    /// Actor colours: actor i of a document gets class `a(i % count)`.
    static let palette: [String] = {
        // Eight well-separated hues, light; then the same hues shifted and darker.
        let hues = [212, 30, 125, 0, 272, 182, 52, 318]
        return hues.map { "hsl(\($0) 85% 85%)" } + hues.map { "hsl(\(($0 + 20) % 360) 70% 73%)" }
    }()

    static func page(_ documents: [(DocumentMarks, String)]) -> String {
        var body = ""
        if documents.count > 1 {
            body += "<nav class=\"toc\" aria-label=\"documents\"><h2>\(documents.count) documents</h2><ol>"
            for (k, (marks, _)) in documents.enumerated() {
                let a = marks.analysis
                body += "<li><a href=\"#d\(k + 1)\">\(escape(a.document ?? "document \(k + 1)"))</a> "
                    + "<span class=\"meta\">\(a.actors.count) actor\(a.actors.count == 1 ? "" : "s")</span></li>"
            }
            body += "</ol></nav>\n"
        }
        for (k, (marks, text)) in documents.enumerated() {
            body += section(marks, text: text, id: "d\(k + 1)")
        }
        return """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title(documents)))</title>
        <style>\(css)</style></head><body>
        <header><h1>stance</h1>
        <p class="meta">Who commits firmly, hedges or refuses to act, and how the text portrays them.</p>
        \(legend)</header>
        <main>
        \(body)</main></body></html>

        """
    }

    static func title(_ documents: [(DocumentMarks, String)]) -> String {
        if documents.count == 1, let name = documents[0].0.analysis.document { return "stance: \(name)" }
        return "stance: \(documents.count) documents"
    }

    static let legend = """
    <div class="legend" role="note"><h2>Legend</h2><ul>
    <li><mark class="m a0">Washington</mark> <mark class="m a1">she</mark> an actor mention, shaded in its actor's colour (the swatch in the table; hover for the name)</li>
    <li>Cues, underlined by the stance they signal for their actor:
    <mark class="cue firm">will send</mark> firm,
    <mark class="cue hedged">could</mark> hedged,
    <mark class="cue refused">ruled out</mark> refused,
    <mark class="cue soft">only</mark> a condition or limit that softens a cue</li>
    <li><span class="ev">s3</span> in the evidence: jump to sentence 3 (outlined)</li>
    </ul></div>
    """

    // MARK: - A document

    static func section(_ marks: DocumentMarks, text: String, id: String) -> String {
        let r = marks.analysis
        var meta = "\(r.sentences) sentence\(r.sentences == 1 ? "" : "s") · \(r.actors.count) actor\(r.actors.count == 1 ? "" : "s")"
        if let date = r.date { meta += " · " + escape(date) }
        var out = "<section class=\"doc\" id=\"\(id)\" aria-labelledby=\"\(id)-h\">\n"
        out += "<h2 id=\"\(id)-h\">\(escape(r.document ?? "document"))</h2><p class=\"meta\">\(meta)</p>\n"
        out += "<div class=\"docgrid\"><div class=\"text\">\(annotatedText(marks, text: text, id: id))</div>\n"
        out += actorKey(r, id: id) + "</div>\n"
        if r.actors.isEmpty {
            out += "<p class=\"empty\">No actors found.</p>\n"
        } else {
            out += actorTable(r, id: id)
        }
        return out + "</section>\n"
    }

    /// One element to open and close around a span of the text.
    struct Element {
        var span: Range<Int>
        /// 0 sentence, 1 mention, 2 cue: the outer one first when spans are equal.
        var level: Int
        var open: String
        var close: String
    }

    /// The text with sentence anchors, mention marks and cue marks, properly nested.
    static func annotatedText(_ marks: DocumentMarks, text: String, id: String) -> String {
        let scalars = Array(text.unicodeScalars)
        let r = marks.analysis
        var elements: [Element] = []
        for (i, s) in marks.sentences.enumerated() {
            elements.append(Element(span: s, level: 0, open: "<span class=\"s\" id=\"\(id)-s\(i + 1)\">", close: "</span>"))
        }
        for m in marks.mentions {
            let a = r.actors[m.actor]
            let label = escape("\(a.actor) (\(a.type.rawValue)) · \(a.stance.rawValue)")
            elements.append(Element(span: m.span, level: 1,
                                    open: "<mark class=\"m a\(m.actor % palette.count)\" data-actor=\"\(m.actor)\" title=\"\(label)\">",
                                    close: "</mark>"))
        }
        for c in marks.cues {
            let names = c.actors.map { r.actors[$0].actor }.joined(separator: ", ")
            let label = escape(c.softener ? "softens a cue of \(names)" : "\(c.stance.rawValue) for \(names)")
            elements.append(Element(span: c.span, level: 2,
                                    open: "<mark class=\"cue \(c.softener ? "soft" : c.stance.rawValue)\" title=\"\(label)\">",
                                    close: "</mark>"))
        }
        elements.sort { ($0.span.lowerBound, -$0.span.upperBound, $0.level) < ($1.span.lowerBound, -$1.span.upperBound, $1.level) }
        var out = ""
        var stack: [Element] = []
        var pos = 0
        func emit(upTo end: Int) {
            let to = min(max(end, pos), scalars.count)
            if to > pos { out += escape(String(String.UnicodeScalarView(scalars[pos..<to]))) }
            pos = max(pos, to)
        }
        for var e in elements {
            e.span = max(e.span.lowerBound, 0)..<min(e.span.upperBound, scalars.count)
            while let top = stack.last, top.span.upperBound <= e.span.lowerBound {
                emit(upTo: top.span.upperBound)
                out += top.close
                stack.removeLast()
            }
            // Marks nest by construction; clip anyway so the HTML stays well formed.
            if let top = stack.last { e.span = e.span.lowerBound..<min(e.span.upperBound, top.span.upperBound) }
            if e.span.isEmpty || e.span.lowerBound < pos { continue }
            emit(upTo: e.span.lowerBound)
            out += e.open
            stack.append(e)
        }
        while let top = stack.popLast() {
            emit(upTo: top.span.upperBound)
            out += top.close
        }
        emit(upTo: scalars.count)
        return out
    }

    /// Beside the text: each actor's colour, name and stance, linking to its table row.
    static func actorKey(_ r: DocumentAnalysis, id: String) -> String {
        guard !r.actors.isEmpty else { return "" }
        var out = "<aside class=\"key\" aria-label=\"actors\"><h3>Actors</h3><ul>"
        for (i, a) in r.actors.enumerated() {
            out += "<li><span class=\"swatch a\(i % palette.count)\" aria-hidden=\"true\"></span><a href=\"#\(id)-a\(i)\">\(escape(a.actor))</a> "
                + "<span class=\"badge \(a.stance.rawValue)\">\(a.stance.rawValue)</span></li>"
        }
        return out + "</ul></aside>"
    }

    // MARK: - The actor table

    static func actorTable(_ r: DocumentAnalysis, id: String) -> String {
        var out = "<table class=\"actors\"><caption>Actors</caption><thead><tr><th scope=\"col\">actor</th><th scope=\"col\">stance</th>"
            + "<th scope=\"col\">scores</th><th scope=\"col\">sentiment</th><th scope=\"col\">evidence</th></tr></thead><tbody>\n"
        for (i, a) in r.actors.enumerated() {
            out += "<tr class=\"actor\" id=\"\(id)-a\(i)\">"
            // Actor.
            out += "<td data-label=\"actor\"><span class=\"swatch a\(i % palette.count)\" aria-hidden=\"true\"></span>"
                + "<strong>\(escape(a.actor))</strong> <span class=\"meta\">\(a.type.rawValue)"
            if let aff = a.affiliation { out += " · \(escape(aff))" }
            out += "</span>"
            if !a.mentions.isEmpty { out += "<div class=\"mentions\">\(escape(a.mentions.joined(separator: ", ")))</div>" }
            out += "</td>"
            // Stance.
            out += "<td data-label=\"stance\"><span class=\"badge \(a.stance.rawValue)\">\(a.stance.rawValue)</span>"
            let counts = [(a.counts.firm, "firm"), (a.counts.hedged, "hedged"), (a.counts.refused, "refused")].filter { $0.0 > 0 }
            if !counts.isEmpty { out += "<div class=\"meta\">" + counts.map { "\($0.0) \($0.1)" }.joined(separator: ", ") + "</div>" }
            out += "</td>"
            // Scores.
            out += "<td data-label=\"scores\"><div class=\"bars\">"
            for (name, v) in [("firm", a.scores.firm), ("hedged", a.scores.hedged), ("refused", a.scores.refused)] {
                out += "<span class=\"bl\">\(name)</span><span class=\"track\"><span class=\"fill \(name)\" style=\"width:\(percent(v))%\"></span></span>"
                    + "<span class=\"bv\">\(TextRenderer.fmt(v))</span>"
            }
            out += "</div></td>"
            // Sentiment: a bar from the middle, left for negative, right for positive.
            let s = max(-1, min(1, a.sentiment.score))
            let half = percent(abs(s) / 2)
            let left = s < 0 ? percent(0.5 - abs(s) / 2) : "50"
            out += "<td data-label=\"sentiment\"><span class=\"senti \(a.sentiment.label.rawValue)\">\(a.sentiment.label.rawValue)</span> "
                + "<span class=\"bv\">\(signed(a.sentiment.score))</span>"
                + "<span class=\"dtrack\"><span class=\"dfill \(s < 0 ? "neg" : "pos")\" style=\"left:\(left)%;width:\(half)%\"></span></span></td>"
            // Evidence.
            out += "<td data-label=\"evidence\">"
            if a.evidence.isEmpty {
                out += "<span class=\"meta\">no evidence</span>"
            } else {
                out += "<ul class=\"evidence\">"
                for e in a.evidence {
                    out += "<li><a class=\"ev\" href=\"#\(id)-s\(e.sentence)\" title=\"\(escape(e.text))\">s\(e.sentence)</a> "
                        + "<span class=\"badge \(e.stance.rawValue)\">\(e.stance.rawValue)</span> \(TextRenderer.fmt(e.probability))"
                    if !e.cues.isEmpty { out += " · " + e.cues.map { "<q>\(escape($0))</q>" }.joined(separator: " ") }
                    if let o = e.object { out += " → \(escape(o))" }
                    out += "</li>"
                }
                out += "</ul>"
                if !a.objects.isEmpty {
                    out += "<p class=\"objects\">objects: " + a.objects.map { o in
                        "<span class=\"badge \(o.stance.rawValue)\">\(o.stance.rawValue)</span> \(escape(o.object))"
                    }.joined(separator: " · ") + "</p>"
                }
            }
            out += "</td></tr>\n"
        }
        return out + "</tbody></table>\n"
    }

    /// A score with its sign, two decimals; "0.00" rather than "-0.00".
    static func signed(_ x: Double) -> String { abs(x) < 0.005 ? "0.00" : TextRenderer.signed(x) }

    /// 0...1 as a percentage with one decimal, for CSS widths.
    static func percent(_ x: Double) -> String {
        let v = (max(0, min(1, x)) * 1000).rounded() / 10
        return v == v.rounded() ? String(Int(v)) : String(v)
    }

    /// Escapes text for HTML content and attribute values (the evaluate page's escaping).
    static func escape(_ s: String) -> String { HTMLReportRenderer.escape(s) }

    // MARK: - Style

    static let css: String = {
        var s = """
        :root{--firm:#1a7f37;--hedged:#b35900;--refused:#c62828;--none:#6b7280;--ink:#1f2328;--muted:#57606a;--line:#d8dee4}
        *{box-sizing:border-box}
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:var(--ink);margin:0;padding:1.5rem clamp(.75rem,3vw,2.5rem);line-height:1.5;background:#fff}
        header,main{max-width:78rem;margin:0 auto}
        h1{margin:0 0 .2rem;font-size:1.7rem}h2{font-size:1.25rem;margin:1.4rem 0 .3rem;overflow-wrap:anywhere}
        .meta{color:var(--muted);font-size:.9rem}
        .legend{border:1px solid var(--line);border-radius:8px;padding:.4rem 1rem;margin:1rem 0;background:#f6f8fa}
        .legend h2{font-size:1rem;margin:.3rem 0}.legend ul{margin:.2rem 0 .4rem;padding-left:1.2rem}.legend li{margin:.25rem 0}
        .toc ol{padding-left:1.5rem}.toc h2{font-size:1.1rem}
        section.doc{border-top:3px solid var(--line);margin-top:1.5rem}
        .docgrid{display:grid;grid-template-columns:minmax(0,52rem) minmax(13rem,1fr);gap:1rem 2.5rem;align-items:start}
        .text{white-space:pre-wrap;overflow-wrap:anywhere;line-height:1.9;font-size:1.05rem;margin:1rem 0 1.5rem}
        aside.key{position:sticky;top:1rem;margin:1rem 0;border-left:3px solid var(--line);padding:.1rem 0 .1rem 1rem;font-size:.9rem}
        aside.key h3{font-size:.95rem;margin:.2rem 0 .4rem}aside.key ul{list-style:none;margin:0;padding:0}aside.key li{margin:.2rem 0}
        aside.key a{color:inherit;text-decoration:none}aside.key a:hover{text-decoration:underline}aside.key .badge{font-size:.75rem}
        tr.actor:target{outline:2px solid #0969da;outline-offset:-2px;background:#eef6ff}
        .s{border-radius:3px;scroll-margin-top:2rem}
        .s:target{outline:2px solid #0969da;outline-offset:2px;background:#eef6ff}
        mark{color:inherit;background:none;padding:0}
        mark.m{border-radius:4px;padding:.05em .2em;box-decoration-break:clone;-webkit-box-decoration-break:clone}
        mark.cue{font-weight:650;text-decoration-line:underline;text-decoration-thickness:3px;text-underline-offset:.22em;text-decoration-skip-ink:none}
        mark.cue.firm{color:var(--firm);text-decoration-color:var(--firm);text-decoration-style:solid}
        mark.cue.hedged{color:var(--hedged);text-decoration-color:var(--hedged);text-decoration-style:dashed}
        mark.cue.refused{color:var(--refused);text-decoration-color:var(--refused);text-decoration-style:double}
        mark.cue.none{color:var(--none);text-decoration-color:var(--none)}
        mark.cue.soft{color:var(--hedged);font-style:italic;font-weight:500;text-decoration-color:var(--hedged);text-decoration-style:dotted}
        table.actors{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.95rem}
        table.actors caption{text-align:left;font-weight:600;padding:.3rem 0}
        table.actors th,table.actors td{border-bottom:1px solid var(--line);padding:.45rem .55rem;text-align:left;vertical-align:top}
        table.actors thead th{background:#f6f8fa;font-size:.85rem;color:var(--muted)}
        table.actors td:nth-child(3){min-width:12rem}
        .swatch{display:inline-block;width:.9em;height:.9em;border-radius:3px;margin-right:.35em;vertical-align:-.1em;border:1px solid rgba(0,0,0,.2)}
        .mentions{color:var(--muted);font-size:.85rem;overflow-wrap:anywhere}
        .badge{display:inline-block;border-radius:999px;padding:0 .55em;font-size:.85rem;font-weight:600;color:#fff;background:var(--none)}
        .badge.firm{background:var(--firm)}.badge.hedged{background:var(--hedged)}.badge.refused{background:var(--refused)}
        .bars{display:grid;grid-template-columns:auto 1fr auto;gap:.15rem .4rem;align-items:center;font-size:.85rem}
        .track,.dtrack{display:block;position:relative;height:.7rem;background:#eaeef2;border-radius:3px;overflow:hidden}
        .fill{display:block;height:100%}.fill.firm{background:var(--firm)}.fill.hedged{background:var(--hedged)}.fill.refused{background:var(--refused)}
        .bv{font-variant-numeric:tabular-nums}
        .dtrack{margin-top:.3rem;width:8rem;background:linear-gradient(90deg,#eaeef2 49.5%,#8c959f 49.5%,#8c959f 50.5%,#eaeef2 50.5%)}
        .dfill{position:absolute;top:0;height:100%}.dfill.neg{background:#cf222e}.dfill.pos{background:#2da44e}
        .senti{font-weight:600}.senti.negative{color:#cf222e}.senti.positive{color:#1a7f37}
        ul.evidence{list-style:none;margin:0;padding:0}p.objects{margin:.3rem 0 0}ul.evidence li{margin:.15rem 0}
        .ev{font-weight:600;font-variant-numeric:tabular-nums;color:#0969da}
        q{quotes:"“" "”"}
        @media (max-width:760px){
          body{padding:1rem .75rem}
          .docgrid{display:block}aside.key{display:none}
          .text{font-size:1rem;line-height:1.8}
          table.actors thead{display:none}
          table.actors,table.actors tbody,table.actors tr,table.actors td{display:block;width:100%}
          table.actors tr{border:1px solid var(--line);border-radius:8px;margin:.75rem 0;padding:.3rem .2rem}
          table.actors td{border:0;padding:.3rem .6rem}
          table.actors td::before{content:attr(data-label);display:block;font-size:.75rem;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
          .dtrack{width:100%}
        }

        """
        for (i, c) in palette.enumerated() { s += ".a\(i){background:\(c)}" }
        return s + "\n"
    }()
}
