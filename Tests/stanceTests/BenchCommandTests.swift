import Foundation
import Testing

/// `stance bench` on tiny corpora: it runs, and its JSON has the figures the
/// performance report reads. No assertion looks at a time or a rate.
@Suite("stance bench")
struct BenchCommandTests {
    /// A tiny bench: 30 kB generated, one timed run, 50 training pairs.
    static let tiny = ["bench", "--size", "0.03", "--runs", "1", "--pairs", "50", "--jobs", "2"]

    static func json(_ text: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(object as? [String: Any], "not a JSON object: \(text.prefix(200))")
    }

    static func temporaryPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("stance-bench-\(UUID().uuidString)-\(name)").path
    }

    @Test func printsOneJSONObjectWithEveryFigure() throws {
        let r = try CLIRunner.run(BenchCommandTests.tiny + ["--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let o = try BenchCommandTests.json(r.stdout)
        #expect(Set(o.keys) == ["machine", "corpus", "method", "pipeline", "stages", "stages_total",
                                "stages_match_pipeline", "training", "jobs", "memory"])

        let corpus = try #require(o["corpus"] as? [String: Any])
        #expect(corpus["source"] as? String == "generated")
        #expect((corpus["bytes"] as? Int ?? 0) >= 30_000)
        #expect((corpus["sentences"] as? Int ?? 0) > 0)

        let pipeline = try #require(o["pipeline"] as? [String: Any])
        for key in ["seconds", "runs_seconds", "mb_per_s", "sentences_per_s", "cpu_seconds", "mb_per_cpu_s"] {
            #expect(pipeline[key] != nil, "pipeline.\(key) is missing")
        }
        #expect((pipeline["runs_seconds"] as? [Double])?.count == 1)

        let stages = try #require(o["stages"] as? [[String: Any]])
        #expect(stages.compactMap { $0["name"] as? String } == [
            "tokenizer", "segmenter", "actor detector", "cue tagging + scope", "sentiment valences",
            "attribution", "features + model scoring", "aggregation"])
        for s in stages {
            #expect(s["mb_per_s"] is Double && s["sentences_per_s"] is Double && s["share"] is Double,
                    "stage \(s["name"] ?? "?") lacks a figure")
        }
        // The staged copy of the pipeline must give analyze's results, or its figures mislead.
        #expect(o["stages_match_pipeline"] as? Bool == true)

        let training = try #require(o["training"] as? [String: Any])
        #expect(training["pairs"] as? Int == 50)
        for key in ["seconds", "featurize_seconds", "train_seconds"] { #expect(training[key] is Double) }

        let jobs = try #require(o["jobs"] as? [String: Any])
        let rates = try #require(jobs["rates"] as? [[String: Any]])
        #expect(rates.compactMap { $0["jobs"] as? Int } == [1, 2])
        #expect(jobs["speedup"] is Double)

        let memory = try #require(o["memory"] as? [String: Any])
        let peak = try #require(memory["peak"] as? [String: Any])
        #expect((peak["max_rss_mb"] as? Double ?? 0) > 0)

        let machine = try #require(o["machine"] as? [String: Any])
        #expect((machine["cores"] as? Int ?? 0) >= 1)
    }

    @Test func textReportNamesEveryStage() throws {
        let r = try CLIRunner.run(BenchCommandTests.tiny)
        #expect(r.status == 0, "\(r.stderr)")
        for word in ["whole pipeline", "tokenizer", "features + model scoring", "aggregation", "--jobs 1",
                     "training 50 pairs", "ru_maxrss", "VmHWM"] {
            #expect(r.stdout.contains(word), "no \"\(word)\" in:\n\(r.stdout)")
        }
    }

    @Test func dumpsOneLinePerSentence() throws {
        let path = BenchCommandTests.temporaryPath("sentences.txt")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let r = try CLIRunner.run(BenchCommandTests.tiny + ["--json", "--dump-sentences", path])
        #expect(r.status == 0, "\(r.stderr)")
        let corpus = try #require(try BenchCommandTests.json(r.stdout)["corpus"] as? [String: Any])
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.last == "")
        #expect(lines.count - 1 == corpus["sentences"] as? Int)
        #expect(!lines.dropLast().contains { $0.isEmpty })
    }

    @Test func writesACorpusThenMeasuresIt() throws {
        let path = BenchCommandTests.temporaryPath("corpus.jsonl")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let w = try CLIRunner.run(["bench", "--size", "0.02", "--write-corpus", path])
        #expect(w.status == 0, "\(w.stderr)")
        #expect(w.stdout.isEmpty)
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        #expect(!lines.isEmpty)
        var bytes = 0
        for line in lines {
            let o = try BenchCommandTests.json(String(line))
            #expect(o["id"] is String)
            bytes += (o["text"] as? String)?.utf8.count ?? 0
        }
        #expect(bytes >= 20_000)

        let r = try CLIRunner.run(["bench", "--input", path, "--runs", "1", "--pairs", "0", "--jobs", "1", "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let o = try BenchCommandTests.json(r.stdout)
        let corpus = try #require(o["corpus"] as? [String: Any])
        #expect(corpus["source"] as? String == path)
        #expect(corpus["documents"] as? Int == lines.count)
        #expect(corpus["bytes"] as? Int == bytes)
        #expect(o["training"] is NSNull)
        #expect((o["jobs"] as? [String: Any])?["speedup"] is NSNull)
    }

    @Test func badOptionsAreUsageErrors() throws {
        for args in [["bench", "--size", "lots"], ["bench", "--size", "0"], ["bench", "corpus.txt"],
                     ["bench", "--runs", "0"]] {
            let r = try CLIRunner.run(args)
            #expect(r.status == 64, "\(args): \(r.status) \(r.stderr)")
            #expect(r.stderr.contains("usage: stance bench"), "\(args): \(r.stderr)")
        }
        let missing = try CLIRunner.run(["bench", "--input", "/nonexistent/corpus.jsonl", "--pairs", "0"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("/nonexistent/corpus.jsonl"))
    }

    @Test func helpTeachesTheFigures() throws {
        let r = try CLIRunner.run(["bench", "--help"])
        #expect(r.status == 0)
        for word in ["MB/s", "median", "--dump-sentences", "--write-corpus", "--jobs", "VmHWM", "bench_vader.sh"] {
            #expect(r.stdout.contains(word), "help lacks \"\(word)\"")
        }
    }
}
