import Foundation
import Testing
@testable import StanceKit

/// `stance track`'s aggregation: periods, objects, shifts; and the team's dated corpus
/// (Evaluation/track), where every scripted shift must be found and no other.
@Suite struct StanceTrackerTests {
    static func analysis(_ text: String, _ name: String) -> DocumentAnalysis {
        TestSupport.analyzer.analyze(text, name: name)
    }

    @Test func aShiftIsFoundWithEvidenceOnBothSides() throws {
        var t = StanceTracker(by: .month)
        try t.add(Self.analysis("Germany will not send troops to the mission.", "a"), date: "2026-01-10")
        try t.add(Self.analysis("Germany could send soldiers to the mission if allies pay.", "b"), date: "2026-03-02", source: "Wire")
        let r = t.report()
        #expect(r.periods == ["2026-01", "2026-03"])
        let germany = try #require(r.actors.first { $0.actor == "Germany" })
        #expect(germany.periods.map(\.stance) == [.refused, .hedged])
        #expect(germany.objects.map(\.object) == ["troops"])
        #expect(germany.shifts.count == 1)
        let s = try #require(germany.shifts.first)
        #expect((s.object, s.from, s.to, s.fromPeriod, s.toPeriod) == ("troops", .refused, .hedged, "2026-01", "2026-03"))
        #expect(s.before.first?.document == "a")
        #expect(s.after.first?.source == "Wire")
    }

    @Test func theSameStanceOrADifferentObjectIsNoShift() throws {
        var t = StanceTracker(by: .month)
        try t.add(Self.analysis("Germany will not send troops to the mission.", "a"), date: "2026-01-10")
        try t.add(Self.analysis("Germany ruled out sending soldiers.", "b"), date: "2026-02-10")
        try t.add(Self.analysis("Germany pledged 2 billion euros in funding.", "c"), date: "2026-03-10")
        let germany = try #require(t.report().actors.first { $0.actor == "Germany" })
        #expect(germany.shifts.isEmpty)
        #expect(Set(germany.objects.map(\.object)) == ["troops", "funding"])
    }

    @Test func minimumEvidenceIgnoresThinPeriods() throws {
        var t = StanceTracker(by: .month, minimumEvidence: 2)
        try t.add(Self.analysis("Germany will not send troops. Berlin ruled out deploying soldiers.", "a"), date: "2026-01-10")
        try t.add(Self.analysis("Germany could send troops.", "b"), date: "2026-02-10")
        #expect(t.report().actors.first { $0.actor == "Germany" }?.shifts.isEmpty == true)
    }

    @Test func aBadDateIsAnError() {
        var t = StanceTracker(by: .week)
        #expect(throws: TrackPeriod.DateError.self) { try t.add(Self.analysis("Germany will act.", "a"), date: "2026-02-30") }
        #expect(t.documents == 0)
    }

    struct Expected: Decodable, Hashable, CustomStringConvertible {
        var actor: String, object: String, from: String, to: String
        var from_period: String, to_period: String
        var description: String { "\(actor) on \(object): \(from) (\(from_period)) -> \(to) (\(to_period))" }
    }

    /// The dated corpus: every scripted shift, and no spurious one.
    @Test func theTeamCorpusShiftsAreFoundExactly() throws {
        let dir = TestSupport.root.appendingPathComponent("Evaluation/track")
        let expected = try JSONDecoder().decode([Expected].self, from: Data(contentsOf: dir.appendingPathComponent("expected-shifts.json")))
        #expect(expected.count >= 10)
        var t = StanceTracker(by: .month)
        let lines = try String(contentsOf: dir.appendingPathComponent("corpus.jsonl"), encoding: .utf8).split(separator: "\n")
        #expect(lines.count >= 40)
        for line in lines {
            let o = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let text = try #require(o["text"] as? String), id = try #require(o["id"] as? String), date = try #require(o["date"] as? String)
            try t.add(Self.analysis(text, id), date: date, source: o["source"] as? String)
        }
        var found = Set<Expected>()
        for a in t.report().actors {
            for s in a.shifts {
                found.insert(Expected(actor: a.actor, object: s.object, from: s.from.rawValue, to: s.to.rawValue,
                                      from_period: s.fromPeriod, to_period: s.toPeriod))
                #expect(!s.before.isEmpty && !s.after.isEmpty, "\(a.actor) \(s.object): evidence on both sides")
            }
        }
        let missing = Set(expected).subtracting(found), spurious = found.subtracting(expected)
        #expect(missing.isEmpty, "missing shifts: \(missing.map(\.description).sorted())")
        #expect(spurious.isEmpty, "spurious shifts: \(spurious.map(\.description).sorted())")
    }
}
