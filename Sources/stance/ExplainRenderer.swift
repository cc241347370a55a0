import Foundation
import StanceKit

/// Renders how the pipeline read a document, sentence by sentence: every
/// mention with its actor and role, every cue with what scope made of it, and
/// which cues each mention received. For `classify --explain`: to see why an
/// answer came out as it did.
///
///     s2: According to Elbridge Colby, ..., Washington will not commit ...
///       cues: [according to: speech] [will not: refused -> refused]
///       Washington -> United States (capital, subject): will not=refused via subject
enum ExplainRenderer {
    static func render(_ analyzer: StanceAnalyzer, text: String, name: String) -> String {
        let (p, _) = analyzer.process(text)
        let doc = p.document
        var out = "== \(name) ==\n"
        func cueText(_ c: Cue) -> String {
            doc.text(of: Int(doc.tokens[c.tokens.lowerBound].start)..<Int(doc.tokens[c.tokens.upperBound - 1].end))
        }
        for (i, s) in doc.sentences.enumerated() {
            out += "s\(i + 1): \(doc.text(of: s))\n"
            let sc = p.context.cues[i]
            if !sc.cues.isEmpty {
                out += "  cues:"
                for c in sc.cues {
                    var d = "\(cueText(c)): \(c.categories.names.joined(separator: "+"))"
                    if let e = c.effective { d += " -> \(e.rawValue)" }
                    if c.negated { d += " negated" }
                    if c.doubleNegated { d += " double-negated" }
                    if c.absorbed { d += " absorbed" }
                    if c.underWould { d += " under-would" }
                    d += " clause \(c.clause)"
                    out += " [\(d)]"
                }
                out += "\n"
            }
            for m in p.table.mentions(inSentence: i) {
                let mi = p.table.mentions.firstIndex(of: m)!
                let att = p.context.attributions[mi]
                let actor = att.actor >= 0 ? p.table.actors[att.actor].name : "(unresolved)"
                var line = "  \(doc.text(of: m.range)) -> \(actor) (\(m.kind), \(att.role.name))"
                var flags: [String] = []
                if att.speaks { flags.append("speaks") }
                if att.urges { flags.append("urges") }
                if att.predicts { flags.append("predicts") }
                if att.inQuote { flags.append("in quote") }
                if !flags.isEmpty { line += " [\(flags.joined(separator: ", "))]" }
                let cues = att.cues.map { c -> String in
                    var f: [String] = []
                    if c.conditioned { f.append("conditioned") }
                    if c.limited { f.append("limited") }
                    if c.softened { f.append("softened") }
                    if c.question { f.append("question") }
                    return "\(cueText(sc.cues[c.cue]))=\(c.label.rawValue) via \(c.via.name)\(f.isEmpty ? "" : " (" + f.joined(separator: ", ") + ")") => \(StanceRules.label(of: c).rawValue)"
                }
                if !cues.isEmpty { line += ": " + cues.joined(separator: "; ") }
                out += line + "\n"
            }
            for pair in analyzer.pairs(of: p) where pair.sentence == i {
                let s = analyzer.score(pair, in: p)
                let probs = zip(StanceLabel.allCases, s.stance).map { "\($0.rawValue) \(TextRenderer.fmt($1))" }.joined(separator: " ")
                out += "  => \(p.table.actors[pair.actor].name): \(s.label.rawValue) (rules \(s.rule.rawValue); \(probs)); sentiment \(s.sentimentLabel.rawValue)\n"
                // The features that pushed hardest toward the predicted label, relative to the others.
                let f = analyzer.features(of: pair, in: p, collectNames: true)
                let l = s.label.index
                var contributions: [(String, Float)] = []
                for (k, name) in (f.names ?? []).enumerated() {
                    guard let w = analyzer.model.stance.weights(of: name) else { continue }
                    let others = (0..<w.count).filter { $0 != l }.map { w[$0] }.max() ?? 0
                    contributions.append((name, f.values[k] * (w[l] - others)))
                }
                contributions.sort { abs($0.1) > abs($1.1) }
                out += "     top features: " + contributions.prefix(8).map { "\($0.0) \(String(format: "%+.2f", $0.1))" }.joined(separator: ", ") + "\n"
            }
        }
        return out
    }
}
