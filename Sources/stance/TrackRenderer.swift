import Foundation
import StanceKit

/// Renders a `TrackReport` as text, JSON or CSV.
///
///     print(TrackRenderer.text(report))
///     // Germany (country): 12 documents · objects: troops (9), ...
///     //   period    docs  firm  hedged  refused  stance   objects
///     //   2026-01      3     0       0        3  refused  troops refused 3
///     //   shift  troops: refused (2026-02) -> hedged (2026-03)
enum TrackRenderer {
    /// Longest evidence sentence shown in text output.
    static let maxSentence = 110

    static func text(_ r: TrackReport) -> String {
        var out = "stance track: \(r.documents) document\(r.documents == 1 ? "" : "s"), by \(r.by)"
        if let first = r.periods.first, let last = r.periods.last { out += ", \(first) .. \(last)" }
        out += "; \(r.actors.count) actor\(r.actors.count == 1 ? "" : "s") with evidence\n"
        for a in r.actors {
            out += "\n\(a.actor) (\(a.type.rawValue)): \(a.documents) document\(a.documents == 1 ? "" : "s")"
            if !a.objects.isEmpty {
                out += " · objects: " + a.objects.prefix(5).map { "\($0.object) (\(total($0.counts)))" }.joined(separator: ", ")
            }
            out += "\n  period      docs  firm  hedged  refused  stance   objects\n"
            for p in a.periods {
                out += "  " + pad(p.period, 10) + lpad(String(p.documents), 6) + lpad(String(p.counts.firm), 6)
                out += lpad(String(p.counts.hedged), 8) + lpad(String(p.counts.refused), 9) + "  " + pad(p.stance.rawValue, 8)
                out += " " + p.objects.map { "\($0.object) \($0.stance.rawValue) \(total($0.counts))" }.joined(separator: "; ")
                out += "\n"
            }
            for s in a.shifts {
                out += "  shift  \(s.object): \(s.from.rawValue) (\(s.fromPeriod)) -> \(s.to.rawValue) (\(s.toPeriod))\n"
                for e in s.before { out += "    before  " + item(e) + "\n" }
                for e in s.after { out += "    after   " + item(e) + "\n" }
            }
        }
        return out
    }

    static func item(_ e: TrackReport.Item) -> String {
        var text = e.text
        if text.count > maxSentence { text = String(text.prefix(maxSentence - 1)) + "…" }
        var s = "\(e.document) \(e.date) s\(e.sentence): \(text)"
        if !e.cues.isEmpty { s += "  [\(e.cues.joined(separator: "; "))]" }
        return s
    }

    static func json(_ r: TrackReport) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(r), as: UTF8.self) + "\n"
    }

    static let csvHeader = "actor,type,period,object,documents,firm,hedged,refused,mean_firm,mean_hedged,mean_refused,stance,shift_from\n"

    /// One row per actor and period (object `*`, the actor's totals and mean scores) and one per
    /// actor, period and object; `shift_from` names the previous dominant stance where a shift lands.
    static func csv(_ r: TrackReport) -> String {
        var out = csvHeader
        for a in r.actors {
            var shiftAt: [String: String] = [:]
            for s in a.shifts { shiftAt[s.toPeriod + "\u{1F}" + s.object] = s.from.rawValue }
            for p in a.periods {
                out += [field(a.actor), a.type.rawValue, p.period, "*", String(p.documents), String(p.counts.firm),
                        String(p.counts.hedged), String(p.counts.refused), number(p.scores.firm), number(p.scores.hedged),
                        number(p.scores.refused), p.stance.rawValue, ""].joined(separator: ",") + "\n"
                for o in p.objects {
                    out += [field(a.actor), a.type.rawValue, p.period, field(o.object), "", String(o.counts.firm),
                            String(o.counts.hedged), String(o.counts.refused), "", "", "", o.stance.rawValue,
                            shiftAt[p.period + "\u{1F}" + o.object] ?? ""].joined(separator: ",") + "\n"
                }
            }
        }
        return out
    }

    /// A CSV field, quoted when it holds a comma, quote or line break (RFC 4180).
    static func field(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func number(_ x: Double) -> String { String(format: "%.4f", x) }
    static func total(_ c: ActorResult.Counts) -> Int { c.firm + c.hedged + c.refused }
    static func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
    static func lpad(_ s: String, _ n: Int) -> String { s.count >= n ? s : String(repeating: " ", count: n - s.count) + s }
}
