import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
import StanceTestSupport
import StanceKit
@testable import StanceTraining

/// The labeled-data readers (`Sources/StanceTraining/Data/`): the four formats, detection
/// from the first line, partial labels, merging, and errors that name the file and line.
@Suite("Labeled-data reader")
struct LabeledDataReaderTests {
    /// The repository root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let shared = root.deletingLastPathComponent().appendingPathComponent("shared")
    static var hasCorpus: Bool {
        FileManager.default.fileExists(atPath: shared.appendingPathComponent("data/newsmtsc/train.jsonl").path)
    }

    let reader = LabeledDataReader()

    /// Reads text held in memory, as a file named `name`.
    func read(_ text: String, name: String = "mem.jsonl", directory: URL? = nil) throws -> [LabeledPair] {
        if let directory { return try reader.read(bytes: Array(text.utf8), shownAs: name, directory: directory) }
        return try reader.read(bytes: Array(text.utf8), shownAs: name)
    }

    /// The DataError that reading `text` throws (fails the test when it reads).
    func error(_ text: String, name: String = "mem.jsonl") -> DataError? {
        do {
            let pairs = try read(text, name: name)
            Issue.record("expected an error, read \(pairs.count) pair(s)")
            return nil
        } catch let e as DataError {
            return e
        } catch {
            Issue.record("expected a DataError, got \(error)")
            return nil
        }
    }

    /// A temporary folder, removed by the caller.
    func temporaryFolder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("stance-reader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    // MARK: - The project's JSON Lines

    @Test func projectJSONLinesWithEveryField() throws {
        let pairs = try read("""
        {"id": "ex-1", "doc": "story-1", "text": "Washington will not commit troops.", "actor": "Washington", "span": [0, 10], "stance": "refused", "sentiment": "neutral"}
        {"id": 7, "text": "Paris might help.", "actor": "Paris", "stance": "hedged"}
        """)
        #expect(pairs.count == 2)
        #expect(pairs[0] == LabeledPair(id: "ex-1", text: "Washington will not commit troops.", actor: "Washington", span: 0..<10,
                                        stance: .refused, sentiment: .neutral, group: "story-1", source: "mem.jsonl:1"))
        #expect(pairs[1].id == "7")
        #expect(pairs[1].span == nil)
        #expect(pairs[1].sentiment == nil)
        #expect(pairs[1].group == "mem.jsonl#Paris might help.")
        #expect(pairs[1].source == "mem.jsonl:2")
    }

    @Test func partialLabelsAreKeptAsMissing() throws {
        let pairs = try read("""
        {"text": "Kyiv will fight.", "actor": "Kyiv", "stance": "firm"}
        {"text": "Kyiv will fight.", "actor": "Kyiv", "sentiment": "positive"}
        {"text": "Kyiv will fight.", "actor": "Kyiv"}
        {"text": "Kyiv will fight.", "actor": "Kyiv", "stance": null, "sentiment": null}
        """)
        #expect(pairs.map(\.stance) == [.firm, nil, nil, nil])
        #expect(pairs.map(\.sentiment) == [nil, .positive, nil, nil])
        #expect(pairs.map(\.id) == ["1", "2", "3", "4"])
    }

    @Test func spansCountUnicodeScalars() throws {
        // "’" is 3 UTF-8 bytes and one scalar; "e\u{301}" is two scalars and one Character.
        let text = "Kyiv’s ally Rene\u{301} said Paris will help."
        let paris = Array(text.unicodeScalars).count - " will help.".unicodeScalars.count - "Paris".unicodeScalars.count
        let line = "{\"text\": \"\(text)\", \"actor\": \"Paris\", \"span\": [\(paris), \(paris + 5)]}"
        let pairs = try read(line)
        #expect(pairs.first?.span == paris..<(paris + 5))
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[paris..<(paris + 5)])) == "Paris")
    }

    @Test func windowsLineEndsAndAByteOrderMark() throws {
        let crlf = "\u{FEFF}{\"text\": \"Paris might help.\", \"actor\": \"Paris\", \"stance\": \"hedged\"}\r\n"
            + "{\"text\": \"Rome will help.\", \"actor\": \"Rome\", \"stance\": \"firm\"}\r\n"
        let pairs = try read(crlf)
        #expect(pairs.map(\.actor) == ["Paris", "Rome"])
        #expect(pairs.map(\.stance) == [.hedged, .firm])
        #expect(pairs.map(\.source) == ["mem.jsonl:1", "mem.jsonl:2"])
    }

    @Test func blankLinesAreSkippedAndKeepTheirNumbers() throws {
        let pairs = try read("\n  \n{\"text\": \"Rome will help.\", \"actor\": \"Rome\"}\n\n{\"text\": \"Oslo may.\", \"actor\": \"Oslo\"}\n")
        #expect(pairs.map(\.source) == ["mem.jsonl:3", "mem.jsonl:5"])
    }

    @Test func emptyInputHasNoPairs() throws {
        #expect(try read("").isEmpty)
        #expect(try read("\n\n   \n").isEmpty)
    }

    // MARK: - Errors name the file and line

    @Test(arguments: [
        ("{\"text\": \"Rome will help.\", \"actor\": \"Rome\"}\n{\"text\": \"Oslo\", \"actor\": ", 2, "not valid JSON"),
        ("{\"text\": \"Rome will help.\", \"actor\": \"Rome\", \"stance\": \"maybe\"}", 1, "unknown stance \"maybe\" (expected firm, hedged, refused or none)"),
        ("\n{\"text\": \"Rome will help.\", \"actor\": \"Rome\", \"sentiment\": \"happy\"}", 2, "unknown sentiment \"happy\""),
        ("{\"text\": \"Rome will help.\", \"actor\": \"Rome\", \"span\": [0, 99]}", 1, "span [0, 99] is outside the text (15 characters)"),
        ("{\"text\": \"Rome will help.\", \"actor\": \"Rome\", \"span\": [-1, 3]}", 1, "span [-1, 3] is outside the text"),
        ("{\"text\": \"Rome will help.\", \"actor\": \"Rome\", \"span\": [4, 2]}", 1, "span [4, 2] ends before it starts"),
        ("{\"text\": \"Rome will help.\", \"actor\": \"Rome\", \"span\": [2, 2]}", 1, "or empty"),
        ("{\"text\": \"Rome will help.\", \"actor\": \"Rome\", \"span\": [0, true]}", 1, "field \"span\" must be [from, to] with two integers"),
        ("{\"text\": \"Rome will help.\", \"actor\": \"Rome\", \"span\": [0, 1.5]}", 1, "field \"span\" must be [from, to]"),
        ("{\"text\": \"Rome will help.\", \"actor\": \"Rome\", \"span\": [0, 1e300]}", 1, "field \"span\" must be [from, to]"),
        ("{\"actor\": \"Rome\"}", 1, "missing field \"text\""),
        ("{\"text\": \"Rome will help.\"}", 1, "missing field \"actor\""),
        ("{\"text\": \"Rome will help.\", \"actor\": \"\"}", 1, "field \"actor\" is empty"),
        ("{\"text\": 5, \"actor\": \"Rome\"}", 1, "field \"text\" must be a string"),
        ("{\"text\": \"Rome will help.\", \"actor\": \"Oslo\"}", 1, "actor \"Oslo\" does not occur in the text and no span is given"),
        ("{\"text\": \"Rome will help.\", \"actor\": \"Rome\"}\n[1, 2]", 2, "expected a JSON object"),
        ("hello world", 1, "unknown labeled-data format"),
    ])
    func jsonLinesErrors(text: String, line: Int, message: String) {
        guard let e = error(text) else { return }
        #expect(e.file == "mem.jsonl")
        #expect(e.line == line, "\(e)")
        #expect(e.message.contains(message), "\(e)")
        #expect(e.description.hasPrefix("mem.jsonl:\(line): "))
    }

    @Test func invalidUTF8NamesTheLineAndByteOffset() {
        var bytes = Array("{\"text\": \"Rome will help.\", \"actor\": \"Rome\"}\n{\"text\": \"x".utf8)
        let offset = bytes.count
        bytes += [0xC3, 0x28] + Array("\", \"actor\": \"x\"}\n".utf8)
        #expect(throws: DataError(file: "bad.jsonl", line: 2, message: "invalid UTF-8 at byte offset \(offset)")) {
            try reader.read(bytes: bytes, shownAs: "bad.jsonl")
        }
    }

    @Test func jsonNestedThousandsDeepIsAnErrorNotACrash() {
        // Foundation's JSONSerialization stops at 512 levels with an error (checked: no recursion
        // without limit), so a line nested 100,000 deep is an ordinary "not valid JSON" on its line.
        let deep = "{\"text\": \"Rome will help.\", \"actor\": \"Rome\", \"x\": " + String(repeating: "[", count: 100_000)
            + String(repeating: "]", count: 100_000) + "}"
        guard let e = error("{\"text\": \"Rome will help.\", \"actor\": \"Rome\"}\n" + deep) else { return }
        #expect(e.line == 2)
        #expect(e.message.hasPrefix("not valid JSON"), "\(e)")
    }

    @Test func binaryBytesAreAnError() throws {
        // Bytes that are valid UTF-8 but not text (NUL and control bytes): not a known format.
        let bytes: [UInt8] = [0x00, 0x01, 0x02, 0x7F, 0x00, 0x0A, 0x10]
        #expect(throws: DataError.self) { try reader.read(bytes: bytes, shownAs: "bin.dat") }
        // Random bytes: invalid UTF-8 with its offset.
        var rng = SeededGenerator(seed: 7)
        let random = (0..<4096).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
        do {
            _ = try reader.read(bytes: random, shownAs: "random.bin")
            Issue.record("random bytes read as labeled data")
        } catch let e as DataError {
            #expect(e.file == "random.bin")
            #expect(e.message.hasPrefix("invalid UTF-8 at byte offset"))
        }
    }

    // MARK: - Files

    @Test func filesMissingOrDirectoriesOrUnreadable() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(throws: DataError(file: "nope.jsonl", line: 0, message: "no such file")) {
            try reader.read(dir.appendingPathComponent("nope.jsonl"), shownAs: "nope.jsonl")
        }
        #expect(throws: DataError(file: "folder", line: 0, message: "is a directory, not a data file")) {
            try reader.read(dir, shownAs: "folder")
        }
        // A socket exists but cannot be opened as a file, even by root.
        let socketPath = dir.appendingPathComponent("sock").path
        try #require(Socket.bind(at: socketPath))
        do {
            _ = try reader.read(URL(fileURLWithPath: socketPath), shownAs: "sock")
            Issue.record("a socket read as labeled data")
        } catch let e as DataError {
            #expect(e.file == "sock" && e.line == 0)
            #expect(e.message.hasPrefix("cannot read the file ("), "\(e)")
        }
    }

    @Test func aFileIsReadLikeTheSameBytesInMemory() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = "id\ttext\tactor\tstance\nt1\tRome will help.\tRome\tfirm\n"
        let url = dir.appendingPathComponent("a.tsv")
        try Data(text.utf8).write(to: url)
        #expect(try reader.read(url, shownAs: "a.tsv") == read(text, name: "a.tsv"))
    }

    // MARK: - NewsMTSC JSON Lines

    /// One line in NewsMTSC's corpus format, built from its parts: the sentence and the targets'
    /// JSON (the corpus's own records stay in ../shared and are read from there at run time).
    static func newsMTSCLine(_ text: String, targets: String, gid: String? = nil) -> String {
        let quoted = String(decoding: try! JSONSerialization.data(withJSONObject: [text], options: .withoutEscapingSlashes), as: UTF8.self)
        let gidField = gid.map { "\"primary_gid\": \"\($0)\", " } ?? ""
        return "{\(gidField)\"sentence_normalized\": \(quoted.dropFirst().dropLast()), \"targets\": \(targets)}"
    }

    /// Two lines of the team's own sentences in the corpus format.
    static let newsmtsc = [
        newsMTSCLine("Germany wrote to Poland’s foreign ministry.", targets: """
            [{"Input.gid": "synthetic_1000_401_25_Germany_0_7", "from": 0, "to": 7, "mention": "Germany", "polarity": 4.0}, \
            {"Input.gid": "synthetic_1000_401_25_Poland_17_23", "from": 17, "to": 23, "mention": "Poland", "polarity": 2.0}]
            """, gid: "synthetic_1000_401_25_Germany_0_7"),
        newsMTSCLine("Oslo praised them.", targets: """
            [{"Input.gid": "synthetic_v1_5_-1_2_Oslo_0_4", "from": 0, "to": 4, "mention": "Oslo", "polarity": 6}]
            """, gid: "synthetic_v1_5_-1_2_Oslo_0_4"),
    ].joined(separator: "\n") + "\n"

    @Test func newsMTSCTargetsBecomePairsWithSentiment() throws {
        let pairs = try read(Self.newsmtsc, name: "train.jsonl")
        #expect(pairs.count == 3)
        #expect(pairs.map(\.id) == ["synthetic_1000_401_25_Germany_0_7", "synthetic_1000_401_25_Poland_17_23", "synthetic_v1_5_-1_2_Oslo_0_4"])
        #expect(pairs.map(\.sentiment) == [.neutral, .negative, .positive])
        #expect(pairs.allSatisfy { $0.stance == nil })
        #expect(pairs.map(\.span) == [0..<7, 17..<23, 0..<4])
        #expect(pairs[0].group == "synthetic_1000_401")
        #expect(pairs[2].group == "synthetic_v1_5")
        #expect(pairs[1].source == "train.jsonl:1")
        #expect(pairs[2].source == "train.jsonl:2")
    }

    @Test(arguments: [
        (newsMTSCLine("Trump left.", targets: #"[{"from": 0, "to": 5, "mention": "Trump", "polarity": 5.0}]"#), "unknown polarity 5"),
        (newsMTSCLine("Trump left.", targets: #"[{"from": 0, "to": 50, "mention": "Trump", "polarity": 4.0}]"#), "span [0, 50] is outside the text"),
        (newsMTSCLine("Trump left.", targets: #"[{"to": 5, "polarity": 4.0}]"#), "target 1: missing integer \"from\" or \"to\""),
        (newsMTSCLine("Trump left.", targets: #"[{"from": 5, "to": 0}]"#), "target 1: span [5, 0] ends before it starts"),
        (newsMTSCLine("Trump left.", targets: "3"), "missing field \"targets\" (a list of objects)"),
        ("{\"targets\": []}", "missing field \"sentence_normalized\""),
        (newsMTSCLine("Trump left.", targets: #"[{"from": 0, "to": 5, "polarity": "good"}]"#), "field \"polarity\" must be a number"),
    ])
    func newsMTSCErrors(text: String, message: String) {
        guard let e = error(Self.newsMTSCLine("Trump left.", targets: "[]") + "\n" + text, name: "train.jsonl") else { return }
        #expect(e.line == 2, "\(e)")
        #expect(e.message.contains(message), "\(e)")
    }

    /// The corpus itself, read from ../shared at run time: its first records become one pair per
    /// target, each span on its mention.
    @Test(.enabled(if: LabeledDataReaderTests.hasCorpus, "../shared is absent: this test reads ../shared/data/newsmtsc/train.jsonl"))
    func theCorpusFirstRecordsRead() throws {
        let url = Self.shared.appendingPathComponent("data/newsmtsc/train.jsonl")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").prefix(20)
        let pairs = try read(lines.joined(separator: "\n"), name: "train.jsonl")
        let targets = try lines.map { line -> Int in
            let o = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return (o?["targets"] as? [Any])?.count ?? 0
        }.reduce(0, +)
        #expect(!pairs.isEmpty && pairs.count == targets)
        for p in pairs {
            let span = try #require(p.span)
            let scalars = Array(p.text.unicodeScalars)
            #expect(String(String.UnicodeScalarView(scalars[span])) == p.actor, "\(p.source)")
            #expect(p.sentiment != nil && p.fromCorpus)
        }
    }

    // MARK: - Stance labels joined with a NewsMTSC corpus

    @Test func joinWithACorpusBesideIt() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = Data(Self.newsmtsc.utf8)
        try corpus.write(to: dir.appendingPathComponent("corpus.jsonl"))
        let sha = SHA256.hexDigest(of: [UInt8](corpus))
        let labels = """
        {"join": "newsmtsc", "corpus": "corpus.jsonl", "sha256": "\(sha)"}
        {"gid": "synthetic_v1_5_-1_2_Oslo_0_4", "stance": "none"}
        {"gid": "synthetic_1000_401_25_Germany_0_7", "stance": "firm"}
        """
        let url = dir.appendingPathComponent("labels.jsonl")
        try Data(labels.utf8).write(to: url)
        let pairs = try reader.read(url, shownAs: "labels.jsonl")
        #expect(pairs.map(\.id) == ["synthetic_v1_5_-1_2_Oslo_0_4", "synthetic_1000_401_25_Germany_0_7"])
        #expect(pairs.map(\.stance) == [StanceLabel.none, .firm])
        // The corpus's sentiment comes along.
        #expect(pairs.map(\.sentiment) == [.positive, .neutral])
        #expect(pairs.map(\.source) == ["labels.jsonl:2", "labels.jsonl:3"])
        // The same bytes in memory find the corpus through `directory`.
        #expect(try reader.read(bytes: Array(labels.utf8), shownAs: "labels.jsonl", directory: dir) == pairs)
    }

    /// The project's own label files name targets by `gid_hash`, so no corpus words are copied.
    @Test func joinByGidHash() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(Self.newsmtsc.utf8).write(to: dir.appendingPathComponent("corpus.jsonl"))
        let hash = LabeledDataReader.gidHash("synthetic_1000_401_25_Germany_0_7")
        #expect(hash.count == 16 && hash.allSatisfy { $0.isHexDigit })
        #expect(LabeledDataReader.gidHash("") == "cbf29ce484222325")   // FNV-1a 64 offset basis
        let labels = """
        {"join": "newsmtsc", "corpus": "corpus.jsonl"}
        {"gid_hash": "\(hash)", "stance": "firm"}
        {"gid": "synthetic_v1_5_-1_2_Oslo_0_4", "stance": "none"}
        """
        let pairs = try reader.read(bytes: Array(labels.utf8), shownAs: "labels.jsonl", directory: dir)
        #expect(pairs.map(\.id) == ["synthetic_1000_401_25_Germany_0_7", "synthetic_v1_5_-1_2_Oslo_0_4"])
        #expect(pairs.allSatisfy { $0.fromCorpus })
        let twice = """
        {"join": "newsmtsc", "corpus": "corpus.jsonl"}
        {"gid_hash": "\(hash)", "stance": "firm"}
        {"gid": "synthetic_1000_401_25_Germany_0_7", "stance": "none"}
        """
        #expect(throws: DataError.self) { try reader.read(bytes: Array(twice.utf8), shownAs: "labels.jsonl", directory: dir) }
    }

    @Test func joinErrors() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(Self.newsmtsc.utf8).write(to: dir.appendingPathComponent("corpus.jsonl"))
        func joinError(_ text: String) -> DataError? {
            do {
                _ = try reader.read(bytes: Array(text.utf8), shownAs: "labels.jsonl", directory: dir)
                Issue.record("expected an error")
            } catch let e as DataError { return e } catch { Issue.record("\(error)") }
            return nil
        }
        let header = "{\"join\": \"newsmtsc\", \"corpus\": \"corpus.jsonl\"}\n"
        let missing = joinError("{\"join\": \"newsmtsc\", \"corpus\": \"nowhere.jsonl\"}\n")
        #expect(missing?.line == 1)
        #expect(missing?.message.contains("nowhere.jsonl it joins with is missing") == true)
        let wrongSHA = joinError("{\"join\": \"newsmtsc\", \"corpus\": \"corpus.jsonl\", \"sha256\": \"abc\"}\n")
        #expect(wrongSHA?.message.contains("not the abc these labels were made for") == true)
        #expect(joinError("{\"join\": \"other\", \"corpus\": \"corpus.jsonl\"}\n")?.message.contains("unknown join") == true)
        #expect(joinError("{\"join\": \"newsmtsc\"}\n")?.message.contains("missing field \"corpus\"") == true)
        let unknown = joinError(header + "{\"gid\": \"nope\", \"stance\": \"firm\"}\n")
        #expect(unknown?.line == 2)
        #expect(unknown?.message == "gid \"nope\" is not a target of the corpus")
        let twice = joinError(header + "{\"gid\": \"synthetic_v1_5_-1_2_Oslo_0_4\", \"stance\": \"firm\"}\n{\"gid\": \"synthetic_v1_5_-1_2_Oslo_0_4\", \"stance\": \"none\"}\n")
        #expect(twice?.line == 3)
        #expect(twice?.message.contains("labeled twice") == true)
        let noStance = joinError(header + "{\"gid\": \"synthetic_v1_5_-1_2_Oslo_0_4\"}\n")
        #expect(noStance?.message == "missing field \"stance\"")
    }

    @Test(.enabled(if: LabeledDataReaderTests.hasCorpus, "../shared is absent: the join test needs ../shared/data/newsmtsc/train.jsonl"))
    func theShippedJoinFileReadsWithTheSharedCorpus() throws {
        let url = Self.root.appendingPathComponent("Evaluation/data/newsmtsc-stance.jsonl")
        let pairs = try reader.read(url, shownAs: "newsmtsc-stance.jsonl")
        #expect(pairs.count > 100)
        #expect(pairs.allSatisfy { $0.stance != nil && $0.span != nil })
        #expect(pairs.allSatisfy { p in p.span.map { $0.upperBound <= p.text.unicodeScalars.count } ?? false })
        // The second round (held out, never trained on) labels other targets; its controls relabel
        // targets of the first round.
        func ids(_ name: String) throws -> Set<String> {
            let url = Self.root.appendingPathComponent("Evaluation/data/\(name).jsonl")
            let pairs = try reader.read(url, shownAs: "\(name).jsonl")
            #expect(pairs.allSatisfy { $0.stance != nil && $0.span != nil }, "\(name)")
            return Set(pairs.map(\.id))
        }
        let first = Set(pairs.map(\.id))
        let second = try ids("newsmtsc-stance-2")
        let controls = try ids("newsmtsc-stance-2-controls")
        #expect(second.count > 2000 && first.isDisjoint(with: second))
        #expect(controls.count == 240 && controls.isSubset(of: first))
    }

    @Test func theTeamsLabeledFilesReadAndTheirSplitsShareNoSentence() throws {
        var sentences: [String: Set<String>] = [:]
        for name in ["team-train", "team-dev", "team-test", "team-fresh"] {
            let url = Self.root.appendingPathComponent("Evaluation/data/\(name).jsonl")
            let pairs = try reader.read(url, shownAs: "\(name).jsonl")
            #expect(pairs.count > 400, "\(name)")
            #expect(pairs.allSatisfy { $0.stance != nil && $0.span != nil }, "\(name)")
            sentences[name] = Set(pairs.map(\.text))
        }
        let names = sentences.keys.sorted()
        for (i, a) in names.enumerated() {
            for b in names[(i + 1)...] {
                #expect(sentences[a]!.isDisjoint(with: sentences[b]!), "\(a) and \(b) share sentences")
            }
        }
    }

    // MARK: - TSV

    @Test func tsvWithAHeader() throws {
        let pairs = try read("""
        id\ttext\tactor\tspan\tstance\tsentiment\tdoc
        t1\tWashington will not commit troops.\tWashington\t0,10\trefused\tneutral\td1
        t2\tParis might help.\tParis\t\thedged\t\td1
        t3\tRome will help.\tRome\t[0, 4]\t\tpositive\t
        """, name: "a.tsv")
        #expect(pairs.count == 3)
        #expect(pairs.map(\.id) == ["t1", "t2", "t3"])
        #expect(pairs.map(\.span) == [0..<10, nil, 0..<4])
        #expect(pairs.map(\.stance) == [.refused, .hedged, nil])
        #expect(pairs.map(\.sentiment) == [.neutral, nil, .positive])
        #expect(pairs.map(\.group) == ["d1", "d1", "a.tsv#Rome will help."])
    }

    @Test func tsvWithFromAndToColumnsInAnyCase() throws {
        let pairs = try read("Text\tACTOR\tFrom\tTo\tStance\nKyiv’s army will fight.\tKyiv\t0\t4\tfirm\n", name: "b.tsv")
        #expect(pairs.first?.span == 0..<4)
        #expect(pairs.first?.stance == .firm)
        #expect(pairs.first?.id == "2")
    }

    @Test(arguments: [
        ("id\ttext\tactor\nt1\tRome will help.\n", 2, "expected 3 TAB-separated fields, found 2"),
        ("id\ttext\nt1\tRome will help.\n", 1, "the TSV header must name the columns \"text\" and \"actor\""),
        ("text\tactor\tspan\nRome will help.\tRome\t4,0\n", 2, "field \"span\" must be \"from,to\" with from <= to"),
        ("text\tactor\tspan\nRome will help.\tRome\t0,40\n", 2, "span [0, 40] is outside the text"),
        ("text\tactor\tfrom\tto\nRome will help.\tRome\tx\t4\n", 2, "fields \"from\" and \"to\" must be integers"),
        ("text\tactor\tstance\nRome will help.\tRome\tperhaps\n", 2, "unknown stance \"perhaps\""),
        ("text\tactor\n\tRome\n", 2, "field \"text\" is empty"),
        ("text\tactor\nRome will help.\t\n", 2, "field \"actor\" is empty"),
        ("text\tactor\nRome will help.\tOslo\n", 2, "actor \"Oslo\" does not occur in the text"),
    ])
    func tsvErrors(text: String, line: Int, message: String) {
        guard let e = error(text, name: "c.tsv") else { return }
        #expect(e.line == line, "\(e)")
        #expect(e.message.contains(message), "\(e)")
        #expect(e.description.hasPrefix("c.tsv:\(line): "))
    }

    // MARK: - Detection

    @Test func theFormatIsDetectedFromTheFirstNonEmptyLine() throws {
        #expect(try reader.detect("{\"text\": \"a\", \"actor\": \"a\"}", file: "f", line: 1) == .jsonl)
        #expect(try reader.detect("  {\"sentence_normalized\": \"a\", \"targets\": []}", file: "f", line: 1) == .newsmtsc)
        #expect(try reader.detect("{\"targets\": []}", file: "f", line: 1) == .newsmtsc)
        #expect(try reader.detect("{\"join\": \"newsmtsc\"}", file: "f", line: 1) == .join)
        #expect(try reader.detect("text\tactor", file: "f", line: 1) == .tsv)
        #expect(throws: DataError.self) { try reader.detect("text,actor", file: "f", line: 1) }
        #expect(throws: DataError.self) { try reader.detect("{not json", file: "f", line: 4) }
        // Leading blank lines: the first line with content decides, and errors keep its number.
        let e = error("\n\n\ntext;actor\n")
        #expect(e?.line == 4)
    }

    // MARK: - Merging

    @Test func mergingJoinsTheLabelsOfOnePairFromTwoFiles() {
        let sentiment = LabeledPair(id: "g1", text: "Trump praised them.", actor: "Trump", span: 0..<5, stance: nil,
                                    sentiment: .positive, group: "d", source: "a:1")
        let stance = LabeledPair(id: "g1", text: "Trump praised them.", actor: "Trump", span: 0..<5, stance: StanceLabel.none,
                                 sentiment: nil, group: "d", source: "b:1")
        let other = LabeledPair(id: "g1", text: "Trump praised them.", actor: "them", span: 14..<18, stance: .firm,
                                sentiment: nil, group: "d", source: "b:2")
        let merged = LabeledPairMerger.merge([sentiment, stance, other])
        #expect(merged.count == 2)
        #expect(merged[0].stance == StanceLabel.none)
        #expect(merged[0].sentiment == .positive)
        #expect(merged[0].source == "a:1")
        #expect(merged[1] == other)
    }

    @Test func mergingKeepsTheFirstLabelWhenBothHaveOne() {
        let a = LabeledPair(id: "1", text: "Rome will help.", actor: "Rome", span: nil, stance: .firm, sentiment: nil, group: "d", source: "a:1")
        let b = LabeledPair(id: "1", text: "Rome will help.", actor: "Rome", span: nil, stance: .hedged, sentiment: .neutral, group: "d", source: "b:1")
        let merged = LabeledPairMerger.merge([a, b])
        #expect(merged.count == 1)
        #expect(merged[0].stance == .firm)
        #expect(merged[0].sentiment == .neutral)
        // Different texts or ids never merge.
        var c = b
        c.id = "2"
        #expect(LabeledPairMerger.merge([a, c]).count == 2)
    }

    // MARK: - Helpers (nested: one type per file)

    /// A Unix-domain socket file: a path that exists but cannot be opened as a file, even by root.
    enum Socket {
        /// Binds a socket at `path` (the socket stays until the file is removed); false on failure.
        static func bind(at path: String) -> Bool {
            let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
            guard fd >= 0 else { return false }
            var addr = sockaddr_un()
            addr.sun_family = sa_family_t(AF_UNIX)
            let bytes = Array(path.utf8)
            guard bytes.count < MemoryLayout.size(ofValue: addr.sun_path) else { return false }
            withUnsafeMutableBytes(of: &addr.sun_path) { raw in
                for (i, b) in bytes.enumerated() { raw[i] = b }
            }
            let ok = withUnsafePointer(to: &addr) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
            }
            close(fd)
            return ok == 0
        }
    }
}
