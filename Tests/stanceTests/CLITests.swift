import Foundation
import Testing

/// End-to-end runs of the built `stance` executable.
@Suite("CLI")
struct CLITests {
    @Test func versionAndHelp() throws {
        let v = try CLIRunner.run(["--version"])
        #expect(v.status == 0)
        #expect(v.stdout.hasPrefix("stance "))
        let h = try CLIRunner.run(["--help"])
        #expect(h.status == 0 && h.stdout.contains("classify"))
    }

    @Test func unknownCommandIsAUsageError() throws {
        let r = try CLIRunner.run(["frobnicate"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("unknown command"))
    }

    @Test func classifyFromStandardInputAsJSON() throws {
        let r = try CLIRunner.run(["classify", "--format", "json"], stdin: "Washington will not commit troops.")
        #expect(r.status == 0, "\(r.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        let actors = object?["actors"] as? [[String: Any]]
        #expect(actors?.first?["actor"] as? String == "United States")
        #expect(actors?.first?["stance"] as? String == "refused")
    }
}
