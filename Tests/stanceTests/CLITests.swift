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

    @Test("many documents over several batches: --jobs 1 and --jobs 2 give the same lines, in input order; bad input after them still writes them")
    func manyDocumentsInBatches() throws {
        let sentences = ["Germany will send troops.", "Poland might join talks.", "France ruled out new sanctions.",
                         "Officials met in Geneva."]
        // More than one batch (ClassifyCommand.batchDocuments is 512).
        let n = 1_300
        let input = (0..<n).map { i in "{\"id\": \"d\(i)\", \"text\": \"\(sentences[i % sentences.count])\"}" }.joined(separator: "\n") + "\n"
        let one = try CLIRunner.run(["classify", "--format", "jsonl", "--jobs", "1"], stdin: input)
        let two = try CLIRunner.run(["classify", "--format", "jsonl", "--jobs", "2"], stdin: input)
        #expect(one.status == 0 && two.status == 0, "\(one.stderr) \(two.stderr)")
        #expect(one.stdout == two.stdout)
        let lines = one.stdout.split(separator: "\n")
        #expect(lines.count == n)
        #expect(lines.enumerated().allSatisfy { i, l in l.hasPrefix("{\"document\":\"d\(i)\"") }, "\(lines.prefix(2))")
        // A bad line in the third batch: the first two batches are written, then exit 1 naming the line.
        let bad = try CLIRunner.run(["classify", "--format", "jsonl", "--jobs", "2"], stdin: input + "{\"id\": \"x\"\n")
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("<stdin>:\(n + 1):"), "\(bad.stderr)")
        #expect(bad.stdout.split(separator: "\n").count == 1_024)
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
