import StanceKit

/// Renders document results as TSV: a header, then one row per actor.
///
///     document  actor  type  affiliation  stance  firm  hedged  refused  sentiment  sentiment_score  evidence  mentions
enum TSVRenderer {
    static let header = ["document", "actor", "type", "affiliation", "stance", "firm", "hedged", "refused",
                         "sentiment", "sentiment_score", "evidence", "mentions"].joined(separator: "\t") + "\n"

    static func rows(_ r: DocumentAnalysis) -> String {
        var out = ""
        for a in r.actors {
            let fields = [r.document ?? "", a.actor, a.type.rawValue, a.affiliation ?? "", a.stance.rawValue,
                          "\(a.scores.firm)", "\(a.scores.hedged)", "\(a.scores.refused)", a.sentiment.label.rawValue,
                          "\(a.sentiment.score)", "\(a.evidence.count)", a.mentions.joined(separator: "|")]
            out += fields.map(clean).joined(separator: "\t") + "\n"
        }
        return out
    }

    /// Tabs and line breaks inside a field become spaces.
    static func clean(_ s: String) -> String {
        String(s.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
}
