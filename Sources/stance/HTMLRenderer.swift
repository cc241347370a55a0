import StanceKit

/// Renders document results as one self-contained HTML page: each document's
/// text with actor mentions and cue words highlighted, and its actor table.
///
///     let page = HTMLRenderer.page([(result, text)])
enum HTMLRenderer {
    static func page(_ documents: [(DocumentAnalysis, String)]) -> String {
        var body = ""
        for (r, text) in documents { body += section(r, text: text) }
        return """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>stance</title>
        <style>
        body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
        table{border-collapse:collapse;width:100%;margin:1rem 0}td,th{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
        .firm{background:#d7f5dd}.hedged{background:#fff1c2}.refused{background:#fbd5d5}.none{background:#eee}
        mark.cue{background:#c9defc;padding:0 .1rem}p.doc{line-height:1.6;white-space:pre-wrap}
        </style></head><body>
        <h1>stance</h1>
        \(body)</body></html>

        """
    }

    static func section(_ r: DocumentAnalysis, text: String) -> String {
        // Highlight evidence cue words inside the text by their sentence spans.
        let scalars = Array(text.unicodeScalars)
        var marks: [(Int, Int, String)] = []
        for a in r.actors {
            for e in a.evidence where e.span.count == 2 {
                let sentence = String(String.UnicodeScalarView(scalars[max(0, e.span[0])..<min(scalars.count, e.span[1])]))
                for cue in e.cues {
                    if let range = sentence.range(of: cue) {
                        let from = e.span[0] + sentence.unicodeScalars.distance(from: sentence.unicodeScalars.startIndex, to: range.lowerBound)
                        let to = from + cue.unicodeScalars.count
                        marks.append((from, to, e.stance.rawValue))
                    }
                }
            }
        }
        marks.sort { $0.0 < $1.0 }
        var html = ""
        var pos = 0
        for (from, to, stance) in marks where from >= pos && to <= scalars.count {
            html += escape(String(String.UnicodeScalarView(scalars[pos..<from])))
            html += "<mark class=\"cue \(stance)\">" + escape(String(String.UnicodeScalarView(scalars[from..<to]))) + "</mark>"
            pos = to
        }
        html += escape(String(String.UnicodeScalarView(scalars[pos...])))
        var rows = ""
        for a in r.actors {
            let evidence = a.evidence.map { "s\($0.sentence) \($0.stance.rawValue) \(TextRenderer.fmt($0.probability)): \(escape($0.cues.joined(separator: ", ")))" }
                .joined(separator: "<br>")
            rows += "<tr><td>\(escape(a.actor))</td><td>\(a.type.rawValue)</td><td class=\"\(a.stance.rawValue)\">\(a.stance.rawValue)</td>"
            rows += "<td>\(TextRenderer.fmt(a.scores.firm)) / \(TextRenderer.fmt(a.scores.hedged)) / \(TextRenderer.fmt(a.scores.refused))</td>"
            rows += "<td>\(a.sentiment.label.rawValue) (\(TextRenderer.signed(a.sentiment.score)))</td><td>\(evidence)</td></tr>\n"
        }
        return """
        <section><h2>\(escape(r.document ?? "document"))</h2>
        <p class="doc">\(html)</p>
        <table><tr><th>actor</th><th>type</th><th>stance</th><th>firm / hedged / refused</th><th>sentiment</th><th>evidence</th></tr>
        \(rows)</table></section>

        """
    }

    static func escape(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }
}
