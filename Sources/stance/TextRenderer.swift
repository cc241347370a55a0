import StanceKit

/// Renders a document result as aligned text for people: one block per actor
/// with its stance, scores, sentiment, mentions and evidence sentences.
///
///     United States (country) .............. hedged   firm 0.00  hedged 0.61  refused 0.39
///       sentiment neutral (-0.04) · mentions: America, Washington, U.S.
///       s2  refused 0.95  According to Elbridge Colby, ... [will not] -> large numbers of troops
enum TextRenderer {
    /// Longest sentence text shown in evidence lines.
    static let maxSentence = 110

    static func render(_ r: DocumentAnalysis) -> String {
        var out = "== \(r.document ?? "document")\(r.date.map { " (\($0))" } ?? ""): \(r.sentences) sentence\(r.sentences == 1 ? "" : "s"), \(r.actors.count) actor\(r.actors.count == 1 ? "" : "s") ==\n"
        if r.actors.isEmpty {
            out += "  no actors found\n"
        }
        let nameWidth = min(40, (r.actors.map { $0.actor.count + $0.type.rawValue.count + 3 }.max() ?? 10) + 2)
        for a in r.actors {
            let head = "\(a.actor) (\(a.type.rawValue))"
            let dots = String(repeating: " ", count: max(1, nameWidth - head.count))
            out += "\(head)\(dots)\(pad(a.stance.rawValue, 8))"
            if a.stance != .none {
                out += "  firm \(fmt(a.scores.firm))  hedged \(fmt(a.scores.hedged))  refused \(fmt(a.scores.refused))"
            }
            out += "\n"
            var info = "  sentiment \(a.sentiment.label.rawValue) (\(signed(a.sentiment.score)))"
            if let aff = a.affiliation { info += " · affiliation: \(aff)" }
            info += " · mentions: \(a.mentions.joined(separator: ", "))"
            out += info + "\n"
            if !a.objects.isEmpty {
                out += "  objects: " + a.objects.map { o in
                    "\(o.stance.rawValue) \(o.object) (\(o.sentences.map { "s\($0)" }.joined(separator: ", ")))"
                }.joined(separator: " · ") + "\n"
            }
            for e in a.evidence {
                var text = e.text
                if text.count > maxSentence { text = String(text.prefix(maxSentence - 1)) + "…" }
                out += "  s\(e.sentence)  \(pad(e.stance.rawValue, 7)) \(fmt(e.probability))  \(text)"
                if !e.cues.isEmpty { out += "  [\(e.cues.joined(separator: "; "))]" }
                if let o = e.object { out += " -> \(o)" }
                out += "\n"
            }
        }
        return out
    }

    static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
    }

    static func fmt(_ x: Double) -> String {
        let v = (x * 100).rounded() / 100
        var s = String(v)
        if let dot = s.firstIndex(of: ".") {
            let decimals = s.distance(from: dot, to: s.endIndex) - 1
            if decimals < 2 { s += String(repeating: "0", count: 2 - decimals) }
        } else { s += ".00" }
        return s
    }

    static func signed(_ x: Double) -> String { x >= 0 ? "+" + fmt(x) : "-" + fmt(-x) }
}
