import Foundation
import Testing
@testable import stance
import StanceKit

/// `stance track` end to end: formats, errors with file and line, atomic --out.
@Suite struct TrackCommandTests {
    static let docs = """
    {"id": "a", "date": "2026-01-12", "source": "Wire", "text": "Germany will not send troops to the mission."}
    {"id": "b", "date": "2026-02-03", "text": "Germany could send soldiers to the mission if allies pay. Canada pledged 3,000 troops."}

    """

    @Test func textShowsPeriodsAndTheShift() throws {
        let r = try CLIRunner.run(["track"], stdin: Self.docs)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("2 documents, by month, 2026-01 .. 2026-02"))
        #expect(r.stdout.contains("shift  troops: refused (2026-01) -> hedged (2026-02)"))
        #expect(r.stdout.contains("before  a 2026-01-12 s1: Germany will not send troops"))
    }

    @Test func jsonDecodesToTheReport() throws {
        let r = try CLIRunner.run(["track", "--format", "json", "--by", "week"], stdin: Self.docs)
        #expect(r.status == 0, "\(r.stderr)")
        let report = try JSONDecoder().decode(TrackReport.self, from: Data(r.stdout.utf8))
        #expect(report.by == "week")
        #expect(report.periods == ["2026-W03", "2026-W06"])
        let germany = try #require(report.actors.first { $0.actor == "Germany" })
        #expect(germany.shifts.map { "\($0.from.rawValue)>\($0.to.rawValue)" } == ["refused>hedged"])
        #expect(germany.shifts.first?.before.first?.source == "Wire")
        #expect(r.stdout.contains("\"from_period\""))
    }

    @Test func csvHasOneRowPerActorPeriodAndObject() throws {
        let r = try CLIRunner.run(["track", "--format", "csv"], stdin: Self.docs)
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == TrackRenderer.csvHeader.trimmingCharacters(in: .newlines))
        #expect(lines.contains { $0.hasPrefix("Germany,country,2026-01,*,1,0,0,1,") })
        #expect(lines.contains { $0.hasPrefix("Germany,country,2026-02,troops,,0,1,0,,,,hedged,refused") })
        #expect(lines.contains { $0.hasPrefix("Canada,country,2026-02,troops,,1,0,0,,,,firm,") })
        #expect(TrackRenderer.field("a, \"b\"") == "\"a, \"\"b\"\"\"")
    }

    @Test func htmlIsEscapedAndHasATimelinePerActor() throws {
        let hostile = """
        {"id": "<script>alert(1)</script>", "date": "2026-01-12", "text": "Germany will not send <b>troops</b> & tanks."}
        {"id": "x", "date": "2026-03-01", "text": "Germany could send troops."}

        """
        let r = try CLIRunner.run(["track", "--format", "html"], stdin: hostile)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stdout.contains("<script"))
        #expect(r.stdout.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!r.stdout.contains("<b>troops</b>"))
        let actors = r.stdout.components(separatedBy: "<section id=\"actor-").count - 1
        #expect(actors >= 1)
        #expect(r.stdout.components(separatedBy: "<svg").count - 1 == actors)
        #expect(r.stdout.contains("class=\"shift-mark\""))
        #expect(r.stdout.contains("class=\"legend\""))
    }

    @Test func aMissingOrBadDateNamesTheLine() throws {
        let missing = try CLIRunner.run(["track"], stdin: "{\"id\": \"a\", \"date\": \"2026-01-01\", \"text\": \"x\"}\n{\"id\": \"b\", \"text\": \"y\"}\n")
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("<stdin>:2: missing string field \"date\""))
        let bad = try CLIRunner.run(["track"], stdin: "{\"id\": \"a\", \"date\": \"2026-02-30\", \"text\": \"x\"}\n")
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("<stdin>:1: date \"2026-02-30\" is not a calendar date"))
        let plain = try CLIRunner.run(["track"], stdin: "Germany will not send troops.")
        #expect(plain.status == 1)
        #expect(plain.stderr.contains("reads JSON Lines of dated documents"))
        let usage = try CLIRunner.run(["track", "--by", "year"], stdin: "")
        #expect(usage.status == 64)
    }

    @Test func outIsWrittenAtomicallyAndNotOnError() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("track-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("t.json")
        try Data("old".utf8).write(to: out)
        let bad = try CLIRunner.run(["track", "--format", "json", "--out", out.path], stdin: "{\"id\": \"b\", \"text\": \"y\"}\n")
        #expect(bad.status == 1)
        #expect(try String(contentsOf: out, encoding: .utf8) == "old")
        let good = try CLIRunner.run(["track", "--format", "json", "--out", out.path], stdin: Self.docs)
        #expect(good.status == 0, "\(good.stderr)")
        #expect(try String(contentsOf: out, encoding: .utf8).contains("\"actors\""))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["t.json"])
    }

    @Test func helpTeaches() throws {
        let r = try CLIRunner.run(["track", "--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("A shift is where"))
        #expect(r.stdout.contains("--by P"))
    }
}
