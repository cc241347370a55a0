import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
import StanceTestSupport

/// Bad input, end to end through the built `stance` executable: every case gets one clear
/// message on standard error (naming the file, and the line or byte offset where it
/// applies), exit code 1 (runtime) or 64 (usage), no crash, no hang, no signal, no Swift
/// runtime trap, and no half-written or clobbered output file. Each test is a row of
/// `Evaluation/reports/robustness.md`. Inputs are generated in temporary folders, removed after.
@Suite("Robustness: bad input through the CLI")
struct RobustnessTests {
    // MARK: - Helpers

    /// A temporary folder for one test, removed by `cleanup()`.
    struct Scratch {
        let dir: URL
        init() throws {
            dir = FileManager.default.temporaryDirectory.appendingPathComponent("stance-robust-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        }
        func path(_ name: String) -> String { dir.appendingPathComponent(name).path }
        /// Writes bytes to a file in the folder and returns its path.
        @discardableResult
        func file(_ name: String, _ bytes: [UInt8]) throws -> String {
            let url = dir.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
            return url.path
        }
        @discardableResult
        func file(_ name: String, _ text: String) throws -> String { try file(name, Array(text.utf8)) }
        func folder(_ name: String) throws -> String {
            let url = dir.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            return url.path
        }
        /// A Unix-domain socket: a path that exists but that no one, not even root, can open as a file.
        func socket(_ name: String) throws -> String {
            let path = self.path(name)
            let fd = Glibc.socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
            try #require(fd >= 0)
            defer { close(fd) }
            var addr = sockaddr_un()
            addr.sun_family = sa_family_t(AF_UNIX)
            let bytes = Array(path.utf8)
            try #require(bytes.count < MemoryLayout.size(ofValue: addr.sun_path))
            withUnsafeMutableBytes(of: &addr.sun_path) { raw in for (i, b) in bytes.enumerated() { raw[i] = b } }
            let ok = withUnsafePointer(to: &addr) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
            }
            try #require(ok == 0)
            return path
        }
        /// A copy of the shipped lexicon folder, to damage.
        func lexicons() throws -> String {
            let dst = dir.appendingPathComponent("Lexicons")
            try FileManager.default.copyItem(at: CLIRunner.root.appendingPathComponent("Lexicons"), to: dst)
            return dst.path
        }
        func cleanup() { try? FileManager.default.removeItem(at: dir) }
    }

    /// Runs stance (working directory: the repository, so the shipped lexicons and model are found).
    static func stance(_ args: [String], stdin: String? = nil) throws -> CLIRunner.Result {
        try CLIRunner.run(args, stdin: stdin)
    }

    /// Checks a failure: the exit status, standard error's first line exactly `stance: MESSAGE`
    /// (or starting with it when `prefix`), nothing on standard output, and no trap.
    static func expectFailure(_ r: CLIRunner.Result, status: Int32, _ message: String, prefix: Bool = false,
                              sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(r.status == status, "exit \(r.status), stderr: \(r.stderr)", sourceLocation: sourceLocation)
        let first = r.stderr.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        if prefix {
            #expect(first.hasPrefix("stance: " + message), "stderr: \(r.stderr)", sourceLocation: sourceLocation)
        } else {
            #expect(first == "stance: " + message, "stderr: \(r.stderr)", sourceLocation: sourceLocation)
        }
        #expect(r.stdout.isEmpty, "stdout: \(r.stdout.prefix(300))", sourceLocation: sourceLocation)
        expectNoTrap(r, sourceLocation: sourceLocation)
    }

    /// No Swift runtime trap or crash report in the output.
    static func expectNoTrap(_ r: CLIRunner.Result, sourceLocation: SourceLocation = #_sourceLocation) {
        for marker in ["Fatal error", "Backtrac", "Program crashed", "Illegal instruction", "Segmentation fault"] {
            #expect(!r.stderr.contains(marker), "stderr: \(r.stderr.prefix(500))", sourceLocation: sourceLocation)
        }
    }

    /// A usage error: exit 64, the message, then the command's usage line.
    static func expectUsage(_ r: CLIRunner.Result, _ message: String, sourceLocation: SourceLocation = #_sourceLocation) {
        expectFailure(r, status: 64, message, sourceLocation: sourceLocation)
        #expect(r.stderr.contains("\nusage: stance"), "stderr: \(r.stderr)", sourceLocation: sourceLocation)
    }

    /// A success whose standard output is one valid JSON value.
    @discardableResult
    static func expectJSON(_ r: CLIRunner.Result, sourceLocation: SourceLocation = #_sourceLocation) -> Any? {
        #expect(r.status == 0, "exit \(r.status), stderr: \(r.stderr)", sourceLocation: sourceLocation)
        expectNoTrap(r, sourceLocation: sourceLocation)
        let value = try? JSONSerialization.jsonObject(with: Data(r.stdout.utf8), options: [.fragmentsAllowed])
        #expect(value != nil, "not JSON: \(r.stdout.prefix(300))", sourceLocation: sourceLocation)
        return value
    }

    static let sentence = "Washington will not commit troops."
    static let labeledLine = #"{"text": "Washington will not commit troops.", "actor": "Washington", "stance": "refused"}"#

    // MARK: - Paths: missing, directories, unreadable

    @Test func classifyMissingDirectoryAndUnreadableFiles() throws {
        let s = try Scratch()
        defer { s.cleanup() }
        let missing = s.path("nope.txt"), folder = try s.folder("folder"), socket = try s.socket("sock")
        Self.expectFailure(try Self.stance(["classify", missing]), status: 1, "\(missing): no such file")
        Self.expectFailure(try Self.stance(["classify", folder]), status: 1, "\(folder): is a directory, not a document")
        Self.expectFailure(try Self.stance(["classify", socket]), status: 1, "\(socket): cannot open (No such device or address)")
        // A good file before a bad one: the message still names the bad one.
        let good = try s.file("good.txt", Self.sentence)
        let r = try Self.stance(["classify", "--format", "jsonl", good, missing])
        #expect(r.status == 1)
        #expect(r.stderr == "stance: \(missing): no such file\n")
    }

    @Test(.enabled(if: getuid() != 0, "running as root: permission bits do not stop root (the socket test covers unreadable files)"))
    func classifyAFileWithoutReadPermission() throws {
        let s = try Scratch()
        defer { s.cleanup() }
        let locked = try s.file("locked.txt", Self.sentence)
        chmod(locked, 0)
        Self.expectFailure(try Self.stance(["classify", locked]), status: 1, "\(locked): cannot open (Permission denied)")
    }

    @Test func standardInputThatIsADirectory() throws {
        // `stance classify < folder`: reading fails with EISDIR.
        let s = try Scratch()
        defer { s.cleanup() }
        let process = Process()
        process.executableURL = CLIRunner.executable
        process.arguments = ["classify"]
        process.currentDirectoryURL = CLIRunner.root
        process.standardInput = try FileHandle(forReadingFrom: s.dir)
        let err = Pipe(), out = Pipe()
        process.standardError = err
        process.standardOutput = out
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        _ = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 1)
        #expect(stderr == "stance: <stdin>: cannot read (Is a directory)\n")
    }

    @Test func labeledDataPathsForPairsTrainAndEvaluate() throws {
        let s = try Scratch()
        defer { s.cleanup() }
        let missing = s.path("nope.jsonl"), folder = try s.folder("folder"), socket = try s.socket("sock")
        let out = s.path("model.json")
        for command in [["classify", "--pairs"], ["train", "--out", out, "--data"], ["evaluate", "--data"]] {
            Self.expectFailure(try Self.stance(command + [missing]), status: 1, "\(missing): no such file")
            Self.expectFailure(try Self.stance(command + [folder]), status: 1, "\(folder): is a directory, not a data file")
            Self.expectFailure(try Self.stance(command + [socket]), status: 1,
                               "\(socket): cannot read the file (No such device or address)")
        }
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func trainReadsANamedPipeOnce() throws {
        // `stance train --data <(cat a.jsonl)`: the data must be read once (a second open of
        // the pipe for its SHA-256 would wait for a writer forever).
        let s = try Scratch()
        defer { s.cleanup() }
        let fifo = s.path("pipe.jsonl")
        try #require(mkfifo(fifo, 0o600) == 0)
        let text = Self.labeledLine + "\n" + #"{"text": "Paris might help.", "actor": "Paris", "stance": "hedged"}"# + "\n"
        let writer = Thread {
            let fd = open(fifo, O_WRONLY)
            guard fd >= 0 else { return }
            _ = text.utf8CString.withUnsafeBufferPointer { write(fd, $0.baseAddress, $0.count - 1) }
            close(fd)
        }
        writer.start()
        let out = s.path("model.json")
        let r = try Self.stance(["train", "--data", fifo, "--out", out])
        #expect(r.status == 0, "\(r.stderr)")
        let model = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out))) as? [String: Any]
        let files = (model?["provenance"] as? [String: Any])?["data"] as? [[String: Any]]
        #expect(files?.first?["examples"] as? Int == 2)
        // The SHA-256 of the two lines (computed with sha256sum), from the one read.
        #expect(files?.first?["sha256"] as? String == Self.sha256(text))
    }

    /// SHA-256 of a text, by the system's `sha256sum` (the package's SHA256 is not visible here).
    static func sha256(_ text: String) -> String? {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        let input = Pipe(), output = Pipe()
        p.standardInput = input
        p.standardOutput = output
        guard (try? p.run()) != nil else { return nil }
        input.fileHandleForWriting.write(Data(text.utf8))
        try? input.fileHandleForWriting.close()
        let out = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        return out.split(separator: " ").first.map(String.init)
    }

    @Test func modelPaths() throws {
        let s = try Scratch()
        defer { s.cleanup() }
        let doc = try s.file("doc.txt", Self.sentence)
        let missing = s.path("nope.json"), folder = try s.folder("models"), socket = try s.socket("sock")
        let r = try Self.stance(["classify", "--model", missing, doc])
        Self.expectFailure(r, status: 1, "cannot find the model file; searched:")
        #expect(r.stderr.contains("  \(missing) (--model)\n"))
        Self.expectFailure(try Self.stance(["classify", "--model", folder, doc]), status: 1,
                           "\(folder): is a directory, not a model file (--model)")
        Self.expectFailure(try Self.stance(["classify", "--model", socket, doc]), status: 1,
                           "model error: \(socket): cannot read the model file (missing or unreadable)")
        let data = try s.file("d.jsonl", Self.labeledLine + "\n")
        Self.expectFailure(try Self.stance(["evaluate", "--data", data, "--model", folder]), status: 1,
                           "\(folder): is a directory, not a model file (--model)")
    }

    @Test func lexiconPaths() throws {
        let s = try Scratch()
        defer { s.cleanup() }
        let doc = try s.file("doc.txt", Self.sentence)
        let missing = s.path("nowhere"), empty = try s.folder("empty")
        let r = try Self.stance(["classify", "--lexicons", missing, doc])
        Self.expectFailure(r, status: 1, "cannot find the lexicon folder; searched:")
        #expect(r.stderr.contains("  \(missing) (--lexicons)\n"))
        Self.expectFailure(try Self.stance(["classify", "--lexicons", doc, doc]), status: 1,
                           "\(doc): is a file, not a lexicon folder (--lexicons)")
        Self.expectFailure(try Self.stance(["classify", "--lexicons", empty, doc]), status: 1,
                           "lexicon error: empty/text/abbreviations.txt: cannot read the file (missing or unreadable)")
        let data = try s.file("d.jsonl", Self.labeledLine + "\n")
        Self.expectFailure(try Self.stance(["train", "--data", data, "--out", s.path("m.json"), "--lexicons", doc]), status: 1,
                           "\(doc): is a file, not a lexicon folder (--lexicons)")
    }

    // MARK: - Encodings and odd text

    @Test func invalidUTF8NamesTheFileAndByteOffset() throws {
        let s = try Scratch()
        defer { s.cleanup() }
        let plain = try s.file("bad.txt", Array("Washington will ".utf8) + [0xFF, 0xFE] + Array(" commit.".utf8))
        Self.expectFailure(try Self.stance(["classify", plain]), status: 1,
                           "\(plain): invalid UTF-8 at byte offset 16 (use --lossy to replace bad bytes)")
        // In JSON Lines: the line, and the offset in the whole file.
        let first = #"{"id": "a", "text": "Rome will help."}"# + "\n"
        let jsonl = try s.file("bad.jsonl", Array(first.utf8) + Array(#"{"id": "b", "text": "x"#.utf8) + [0xC3, 0x28]
                                  + Array("\"}\n".utf8))
        let offset = first.utf8.count + #"{"id": "b", "text": "x"#.utf8.count
        Self.expectFailure(try Self.stance(["classify", jsonl]), status: 1,
                           "\(jsonl):2: invalid UTF-8 at byte offset \(offset) (use --lossy to replace bad bytes)")
        // Labeled data: file, line and offset.
        let data = try s.file("bad-data.jsonl", Array((Self.labeledLine + "\n").utf8) + [0x7B, 0xE2, 0x82] + Array("}\n".utf8))
        Self.expectFailure(try Self.stance(["classify", "--pairs", data]), status: 1,
                           "\(data):2: invalid UTF-8 at byte offset \(Self.labeledLine.utf8.count + 2)")
    }

    @Test func lossyReplacesBadBytesAndWarns() throws {
        let s = try Scratch()
        defer { s.cleanup() }
        let plain = try s.file("bad.txt", Array("Washington will not ".utf8) + [0xFF] + Array(" commit troops.".utf8) + [0xC0, 0xAF])
        let r = try Self.stance(["classify", "--lossy", "--format", "json", plain])
        let object = Self.expectJSON(r) as? [String: Any]
        #expect(r.stderr == "stance: warning: \(plain): replaced 3 invalid UTF-8 sequence(s), the first at byte offset 20\n")
        let actors = object?["actors"] as? [[String: Any]]
        #expect(actors?.first?["actor"] as? String == "United States")
        let evidence = actors?.first?["evidence"] as? [[String: Any]]
        #expect((evidence?.first?["text"] as? String)?.contains("\u{FFFD}") == true)
    }

    @Test func binaryFiles() throws {
        let s = try Scratch()
        defer { s.cleanup() }
        var rng = SeededGenerator(seed: 3)
        // Random bytes (the first is not "{", so it is a plain-text document).
        let bytes = [0x80] + (0..<65_536).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
        let bin = try s.file("random.bin", bytes)
        Self.expectFailure(try Self.stance(["classify", bin]), status: 1,
                           "\(bin): invalid UTF-8 at byte offset 0 (use --lossy to replace bad bytes)")
        let lossy = try Self.stance(["classify", "--lossy", "--format", "jsonl", bin])
        Self.expectJSON(lossy)
        #expect(lossy.stderr.hasPrefix("stance: warning: \(bin): replaced "))
        Self.expectFailure(try Self.stance(["classify", "--pairs", bin]), status: 1, "\(bin):1: invalid UTF-8 at byte offset 0")
        Self.expectFailure(try Self.stance(["train", "--data", bin, "--out", s.path("m.json")]), status: 1,
                           "\(bin):1: invalid UTF-8 at byte offset 0")
        Self.expectFailure(try Self.stance(["classify", "--model", bin, try s.file("d.txt", "x")]), status: 1,
                           "model error: \(bin): not a valid model file: ", prefix: true)
        // Control bytes that are valid UTF-8 (an ELF-like header): a document, and not labeled data.
        let elf = try s.file("prog", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x0A, 0x03, 0x00, 0x3E, 0x00])
        Self.expectJSON(try Self.stance(["classify", "--format", "json", elf]))
        Self.expectFailure(try Self.stance(["classify", "--pairs", elf]), status: 1,
                           "\(elf):1: unknown labeled-data format: expected JSON Lines (a line starting with '{') or TSV with a header")
    }

    /// Documents with no words to read. One run per format over all of them (each run loads
    /// the lexicons: this keeps the test to a few seconds).
    static let oddDocuments: [(String, String)] = [
        ("empty", ""),
        ("spaces", "  \n\n\t \r\n"),
        ("symbols", "!!! ??? ... ;;; --- ### $$$ %%% &&& *** ((( ))) [[[ ]]] {{{ }}} <<< >>> ||| ~~~"),
        ("emoji", "😀😀😀 👩‍👩‍👧 👍🏽 🇺🇦🇺🇦 🏳️‍🌈"),
        ("combining", String(repeating: "\u{301}\u{300}\u{302}\u{308}", count: 200)),
        ("rtl", "שלום עולם. مرحبا بالعالم. \u{202E}txet desrever\u{202C}."),
        ("nul", "Washington will not\u{0} commit troops.\u{0}\u{0}"),
        ("bom", "\u{FEFF}Washington will not commit troops."),
    ]

    @Test func oddDocumentsGiveValidOutputInEveryFormat() throws {
        let s = try Scratch()
        defer { s.cleanup() }
        var files: [String] = []
        var records: [UInt8] = []
        for (name, text) in Self.oddDocuments {
            files.append(try s.file("\(name).txt", text))
            records += [UInt8](try JSONSerialization.data(withJSONObject: ["id": name, "text": text])) + [0x0A]
        }
        // json: an array with one object per file, in order.
        let json = Self.expectJSON(try Self.stance(["classify", "--format", "json"] + files)) as? [[String: Any]]
        #expect(json?.compactMap { $0["document"] as? String } == files)
        #expect(json?.allSatisfy { $0["actors"] is [Any] && $0["sentences"] is Int } == true)
        // jsonl: one valid object per line.
        let jsonl = try Self.stance(["classify", "--format", "jsonl"] + files)
        #expect(jsonl.status == 0, "\(jsonl.stderr)")
        let lines = jsonl.stdout.split(separator: "\n")
        #expect(lines.count == files.count)
        #expect(lines.allSatisfy { (try? JSONSerialization.jsonObject(with: Data($0.utf8))) is [String: Any] })
        for format in ["text", "tsv", "html"] {
            let r = try Self.stance(["classify", "--format", format] + files)
            #expect(r.status == 0, "\(format): \(r.stderr)")
            #expect(!r.stdout.isEmpty)
            Self.expectNoTrap(r)
        }
        // The same texts as JSON Lines records.
        let recordsFile = try s.file("odd.jsonl", records)
        let fromRecords = Self.expectJSON(try Self.stance(["classify", "--format", "json", recordsFile])) as? [[String: Any]]
        #expect(fromRecords?.compactMap { $0["document"] as? String } == Self.oddDocuments.map(\.0))
        // No sentence, no actor, where there is nothing to read.
        let empty = json?.first { ($0["document"] as? String)?.hasSuffix("/empty.txt") == true }
        #expect(empty?["sentences"] as? Int == 0)
        #expect((empty?["actors"] as? [Any])?.isEmpty == true)
    }

    @Test func nulBytesInsideJSONLinesAndLabeledData() throws {
        let s = try Scratch()
        defer { s.cleanup() }
        // A raw NUL inside a JSON string is not valid JSON; an escaped one is text.
        let raw = try s.file("raw.jsonl", Array(#"{"id": "a", "text": "Rome"#.utf8) + [0] + Array(" will help.\"}\n".utf8))
        Self.expectFailure(try Self.stance(["classify", raw]), status: 1, "\(raw):1: not valid JSON (", prefix: true)
        let escaped = try s.file("escaped.jsonl", #"{"id": "a", "text": "Washington will not\u0000 commit troops."}"# + "\n")
        Self.expectJSON(try Self.stance(["classify", "--format", "json", escaped]))
        let data = try s.file("nul-data.jsonl", #"{"text": "Washington\u0000 will not commit troops.", "actor": "Washington"}"# + "\n")
        let pairs = try Self.stance(["classify", "--pairs", data])
        #expect(pairs.status == 0, "\(pairs.stderr)")
        #expect(pairs.stdout.split(separator: "\n").count == 1)
    }

    @Test func windowsLineEndsAndByteOrderMarks() throws {
        let s = try Scratch()
        defer { s.cleanup() }
        let docs = try s.file("docs.jsonl", "\u{FEFF}" + #"{"id": "a", "text": "Rome will help."}"# + "\r\n" + #"{"id": "b", "text": "Oslo may."}"# + "\r\n")
        let r = try Self.stance(["classify", "--format", "jsonl", docs])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.split(separator: "\n").count == 2)
        let data = try s.file("data.jsonl", "\u{FEFF}" + Self.labeledLine + "\r\n" + Self.labeledLine + "\r\n")
        let p = try Self.stance(["classify", "--pairs", data])
        #expect(p.status == 0, "\(p.stderr)")
        #expect(p.stdout.split(separator: "\n").count == 2)
    }

    // MARK: - Large inputs

    @Test func aSingleTwentyMegabyteLine() throws {
        let s = try Scratch()
        defer { s.cleanup() }
        // One 20 MB token on one line (the pipeline's own cost stays small: this checks reading),
        // as a plain document and as one JSON Lines record.
        let big = String(repeating: "x", count: 20_000_000)
        let plain = try s.file("line.txt", big)
        let r = try Self.stance(["classify", "--format", "jsonl", plain])
        let object = Self.expectJSON(r) as? [String: Any]
        #expect(object?["sentences"] as? Int == 1)
        let jsonl = try s.file("line.jsonl", "{\"id\": \"big\", \"text\": \"" + big + " Washington will not commit troops.\"}\n")
        let j = Self.expectJSON(try Self.stance(["classify", "--format", "jsonl", jsonl])) as? [String: Any]
        #expect(j?["document"] as? String == "big")
        #expect((j?["actors"] as? [[String: Any]])?.first?["actor"] as? String == "United States")
    }

    /// Tiny sentences: 500,000 ("Go. " × 500,000, 2 MB) rather than the 2 million the issue
    /// names, to keep the test near 15 s in a debug build on 2 busy cores (2 million took
    /// about 60 s there); the run is linear, so the larger count tells nothing more.
    static let tinySentences = 500_000

    @Test func hundredsOfThousandsOfTinySentences() throws {
        let s = try Scratch()
        defer { s.cleanup() }
        let file = try s.file("tiny.txt", String(repeating: "Go. ", count: Self.tinySentences))
        let object = Self.expectJSON(try Self.stance(["classify", "--format", "json", file])) as? [String: Any]
        #expect(object?["sentences"] as? Int == Self.tinySentences)
    }

    /// Initials are never the end of a sentence, so "A. A. A. ..." is one sentence of capitalized
    /// tokens, read as thousands of mentions of one person. It once took quadratic time twice: the
    /// actor detector rescanned the rest of the run at every token (now names are capped) and the
    /// features tested every token against every mention (now a bounded, sorted merge).
    @Test
    func millionsOfInitialsDoNotHang() throws {
        let s = try Scratch()
        defer { s.cleanup() }
        // 200,000 in the debug build of the tests (about 3 s; 2 million take 1 s in a release build).
        let file = try s.file("initials.txt", String(repeating: "A. ", count: 200_000))
        Self.expectJSON(try Self.stance(["classify", "--format", "jsonl", file]))
    }

    // MARK: - Labeled data: file and line

    @Test(arguments: [
        (#"{"text": "Rome will help.", "actor": "#, "not valid JSON (", true),
        (#"{"text": "Rome will help.", "actor": "Rome", "stance": "maybe"}"#, #"unknown stance "maybe" (expected firm, hedged, refused or none)"#, false),
        (#"{"text": "Rome will help.", "actor": "Rome", "sentiment": "glad"}"#, #"unknown sentiment "glad" (expected positive, neutral or negative)"#, false),
        (#"{"text": "Rome will help.", "actor": "Rome", "span": [3, 40]}"#, "span [3, 40] is outside the text (15 characters) or empty", false),
        (#"{"text": "Rome will help.", "actor": "Rome", "span": [-2, 4]}"#, "span [-2, 4] is outside the text (15 characters) or empty", false),
        (#"{"actor": "Rome"}"#, #"missing field "text""#, false),
        (#"{"text": "Rome will help."}"#, #"missing field "actor""#, false),
        (#"{"text": "Rome will help.", "actor": "Oslo"}"#, #"actor "Oslo" does not occur in the text and no span is given"#, false),
        (#"["text", "actor"]"#, "expected a JSON object", false),
    ])
    func labeledDataErrorsNameFileAndLine(line: String, message: String, prefix: Bool) throws {
        let s = try Scratch()
        defer { s.cleanup() }
        let data = try s.file("data.jsonl", Self.labeledLine + "\n\n" + line + "\n" + Self.labeledLine + "\n")
        let out = s.path("model.json")
        for command in [["classify", "--pairs", data], ["train", "--data", data, "--out", out], ["evaluate", "--data", data]] {
            Self.expectFailure(try Self.stance(command), status: 1, "\(data):3: \(message)", prefix: prefix)
        }
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func tsvAndNewsMTSCErrorsNameFileAndLine() throws {
        let s = try Scratch()
        defer { s.cleanup() }
        let tsv = try s.file("data.tsv", "text\tactor\tstance\nRome will help.\tRome\tfirm\nOslo may.\tOslo\n")
        Self.expectFailure(try Self.stance(["classify", "--pairs", tsv]), status: 1, "\(tsv):3: expected 3 TAB-separated fields, found 2")
        let record = ["sentence_normalized": "Trump left.", "targets": [["from": 0, "to": 5, "polarity": 3.5]]] as [String: Any]
        let nm = try s.file("nm.jsonl", String(decoding: try JSONSerialization.data(withJSONObject: record), as: UTF8.self) + "\n")
        Self.expectFailure(try Self.stance(["classify", "--pairs", nm]), status: 1, "\(nm):1: unknown polarity 3.5 (expected 2.0, 4.0 or 6.0)")
    }

    @Test func emptyLabeledData() throws {
        let s = try Scratch()
        defer { s.cleanup() }
        let empty = try s.file("empty.jsonl", "")
        Self.expectFailure(try Self.stance(["train", "--data", empty, "--out", s.path("m.json")]), status: 1, "\(empty): no labeled pairs")
        Self.expectFailure(try Self.stance(["evaluate", "--data", empty]), status: 1, "\(empty): no labeled pairs")
        let r = try Self.stance(["classify", "--pairs", empty])
        #expect(r.status == 0 && r.stdout.isEmpty, "\(r.stderr)")
    }

    @Test func evaluateScoresOneTaskWhenAsked() throws {
        let s = try Scratch()
        defer { s.cleanup() }
        let both = try s.file("both.jsonl", #"{"id": "a", "text": "Rome will send troops.", "actor": "Rome", "stance": "firm", "sentiment": "neutral"}"# + "\n")
        let stanceOnly = try Self.stance(["evaluate", "--data", both, "--task", "stance"])
        #expect(stanceOnly.status == 0 && stanceOnly.stdout.contains("STANCE (1 pairs)") && !stanceOnly.stdout.contains("SENTIMENT"),
                "\(stanceOnly.stdout)\(stanceOnly.stderr)")
        let sentimentOnly = try Self.stance(["evaluate", "--data", both, "--task", "sentiment"])
        #expect(sentimentOnly.status == 0 && sentimentOnly.stdout.contains("SENTIMENT (1 pairs)") && !sentimentOnly.stdout.contains("STANCE"),
                "\(sentimentOnly.stdout)\(sentimentOnly.stderr)")
        let noStance = try s.file("sentiment.jsonl", #"{"id": "a", "text": "Rome will send troops.", "actor": "Rome", "sentiment": "neutral"}"# + "\n")
        Self.expectFailure(try Self.stance(["evaluate", "--data", noStance, "--task", "stance"]), status: 1, "\(noStance): no stance labels to score")
        Self.expectUsage(try Self.stance(["evaluate", "--data", both, "--task", "x"]), "unknown task \"x\" (expected stance, sentiment, both)")
    }

    // MARK: - JSON nested thousands deep

    @Test func jsonNestedOneHundredThousandDeep() throws {
        // Foundation's JSONSerialization and JSONDecoder stop at 512 levels with an error (checked:
        // 100,000 nested arrays do not crash them), so no pre-check is needed: the line's error.
        let s = try Scratch()
        defer { s.cleanup() }
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let doc = try s.file("deep.jsonl", #"{"id": "x", "text": "Rome will help.", "extra": "# + deep + "}\n")
        Self.expectFailure(try Self.stance(["classify", doc]), status: 1,
                           "\(doc):1: not valid JSON (Too many nested arrays or dictionaries around character ", prefix: true)
        let data = try s.file("deep-data.jsonl", Self.labeledLine + "\n" + #"{"text": "Rome will help.", "actor": "Rome", "x": "# + deep + "}\n")
        Self.expectFailure(try Self.stance(["classify", "--pairs", data]), status: 1,
                           "\(data):2: not valid JSON (Too many nested arrays or dictionaries around character ", prefix: true)
        let model = try s.file("deep-model.json", #"{"format": "# + deep + "}")
        Self.expectFailure(try Self.stance(["classify", "--model", model, doc]), status: 1,
                           "model error: \(model): not a valid model file: not valid JSON", prefix: true)
        // Bare nesting at the top of a file: not "{", so a plain document (no actors), not a crash.
        let bare = try s.file("bare.txt", deep)
        Self.expectJSON(try Self.stance(["classify", "--format", "json", bare]))
    }

    // MARK: - Model files

    /// A small valid model file, made by training on three pairs.
    static func trainedModel(_ s: Scratch) throws -> [String: Any] {
        let data = try s.file("train.jsonl", [Self.labeledLine,
                                              #"{"text": "Paris might help.", "actor": "Paris", "stance": "hedged", "sentiment": "neutral"}"#,
                                              #"{"text": "Rome will send aid.", "actor": "Rome", "stance": "firm", "sentiment": "positive"}"#]
            .joined(separator: "\n") + "\n")
        let out = s.path("trained.json")
        let r = try Self.stance(["train", "--data", data, "--out", out])
        #expect(r.status == 0, "\(r.stderr)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: out))
        return try #require(try JSONSerialization.jsonObject(with: bytes) as? [String: Any])
    }

    @Test func corruptTruncatedAndMismatchedModels() throws {
        let s = try Scratch()
        defer { s.cleanup() }
        let doc = try s.file("doc.txt", Self.sentence)
        let model = try Self.trainedModel(s)
        func write(_ name: String, _ object: [String: Any]) throws -> String {
            try s.file(name, [UInt8](try JSONSerialization.data(withJSONObject: object)))
        }
        func expectModelError(_ path: String, _ message: String, prefix: Bool = false,
                              sourceLocation: SourceLocation = #_sourceLocation) throws {
            Self.expectFailure(try Self.stance(["classify", "--model", path, doc]), status: 1,
                               "model error: \(path): \(message)", prefix: prefix, sourceLocation: sourceLocation)
        }
        let good = try write("good.json", model)
        Self.expectJSON(try Self.stance(["classify", "--format", "json", "--model", good, doc]))

        let full = try Data(contentsOf: URL(fileURLWithPath: good))
        let truncated = try s.file("truncated.json", [UInt8](full.prefix(full.count / 2)))
        try expectModelError(truncated, "not a valid model file: not valid JSON", prefix: true)
        let empty = try s.file("empty.json", "")
        try expectModelError(empty, "not a valid model file: not valid JSON", prefix: true)
        let garbage = try s.file("garbage.json", "this is not a model\n")
        try expectModelError(garbage, "not a valid model file: not valid JSON", prefix: true)

        var format2 = model
        format2["format"] = 2
        try expectModelError(try write("format2.json", format2), "model format 2 does not match this build's format 1")
        var features = model
        features["feature_set"] = ["name": "stance-features", "version": 99]
        try expectModelError(try write("fs99.json", features),
                             "model feature set stance-features v99 does not match this build's stance-features v1")
        var labels = model
        var stance = try #require(model["stance"] as? [String: Any])
        stance["labels"] = ["yes", "no", "maybe", "none"]
        labels["stance"] = stance
        try expectModelError(try write("labels.json", labels), "stance labels must be ", prefix: true)
        var missing = model
        missing.removeValue(forKey: "sentiment")
        try expectModelError(try write("missing.json", missing), #"not a valid model file: missing field "sentiment""#)
    }

    /// Was a bug: Float scores overflowed to ±inf, the softmax gave NaN, and JSONOutput then
    /// wrote "{}" for every pair with exit 0 (fixed: scores in Double).
    @Test func hugeWeightsAreAnErrorOrFiniteNeverSilentlyEmpty() throws {
        let s = try Scratch()
        defer { s.cleanup() }
        var model = try Self.trainedModel(s)
        var stance = try #require(model["stance"] as? [String: Any])
        let weights = try #require(stance["weights"] as? [String: Any])
        stance["weights"] = weights.mapValues { _ in [3e38, -3e38, 3e38, -3e38] }
        model["stance"] = stance
        let path = try s.file("huge.json", [UInt8](try JSONSerialization.data(withJSONObject: model)))
        let pairs = try s.file("pairs.jsonl", Self.labeledLine + "\n")
        let r = try Self.stance(["classify", "--pairs", pairs, "--model", path])
        if r.status == 0 {
            let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
            #expect(object?["scores"] != nil, "a pair line without scores: \(r.stdout)")
        } else {
            Self.expectFailure(r, status: 1, "model error: \(path): ", prefix: true)
        }
    }

    // MARK: - Lexicon files

    @Test func corruptLexiconFilesNameFileAndLine() throws {
        let s = try Scratch()
        defer { s.cleanup() }
        let doc = try s.file("doc.txt", Self.sentence)
        func damaged(_ file: String, _ change: (inout [UInt8]) -> Void) throws -> String {
            let dir = s.dir.appendingPathComponent("Lexicons")
            try? FileManager.default.removeItem(at: dir)
            let lex = try s.lexicons()
            let url = URL(fileURLWithPath: lex).appendingPathComponent(file)
            var bytes = [UInt8](try Data(contentsOf: url))
            change(&bytes)
            try Data(bytes).write(to: url)
            return lex
        }
        func lines(_ file: String) throws -> Int {
            let text = try String(contentsOf: CLIRunner.root.appendingPathComponent("Lexicons/\(file)"), encoding: .utf8)
            return text.split(separator: "\n", omittingEmptySubsequences: false).count - (text.hasSuffix("\n") ? 1 : 0)
        }
        func expectLexiconError(_ lex: String, _ message: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
            Self.expectFailure(try Self.stance(["classify", "--lexicons", lex, doc]), status: 1, "lexicon error: \(message)",
                               sourceLocation: sourceLocation)
        }
        let hedged = try lines("cues/hedged.txt")
        try expectLexiconError(try damaged("cues/hedged.txt") { $0 += Array("could\tmaybe\tx\ty\n".utf8) },
                               "Lexicons/cues/hedged.txt:\(hedged + 1): expected 1 TAB-separated field(s), found 4")
        try expectLexiconError(try damaged("cues/hedged.txt") { $0 += Array("coul".utf8) + [0] + Array("d\n".utf8) },
                               "Lexicons/cues/hedged.txt:\(hedged + 1): contains a NUL byte")
        try expectLexiconError(try damaged("cues/hedged.txt") { $0 += Array(" could\n".utf8) },
                               "Lexicons/cues/hedged.txt:\(hedged + 1): field \" could\" has leading or trailing spaces (fields are separated by one TAB)")
        let abbreviations = try lines("text/abbreviations.txt")
        try expectLexiconError(try damaged("text/abbreviations.txt") { $0 += Array("Dr.\ttitel\n".utf8) },
                               "Lexicons/text/abbreviations.txt:\(abbreviations + 1): unknown abbreviation kind \"titel\" (expected title or final)")
        var rng = SeededGenerator(seed: 11)
        let binary = try damaged("cues/firm.txt") { b in b = [0xFF] + (0..<4096).map { _ in UInt8(truncatingIfNeeded: rng.next()) } }
        Self.expectFailure(try Self.stance(["classify", "--lexicons", binary, doc]), status: 1,
                           "lexicon error: Lexicons/cues/firm.txt:1: invalid UTF-8 at byte offset 0", prefix: true)
        let removed = try damaged("cues/hedged.txt") { _ in }
        try FileManager.default.removeItem(atPath: removed + "/cues/hedged.txt")
        try expectLexiconError(removed, "Lexicons/cues/hedged.txt: cannot read the file (missing or unreadable)")
        // A file cut short in the middle of a line still loads: the lines before the cut are whole.
        let cut = try damaged("cues/hedged.txt") { b in
            b = Array(b.prefix(b.count - 3))
            while let last = b.last, last == 0x20 || last == 0x09 { b.removeLast() }
        }
        Self.expectJSON(try Self.stance(["classify", "--format", "json", "--lexicons", cut, doc]))
    }

    // MARK: - Usage errors

    @Test func unknownCommandsFlagsAndFormats() throws {
        Self.expectUsage(try Self.stance(["frobnicate"]), "unknown command \"frobnicate\"")
        Self.expectUsage(try Self.stance(["--frob"]), "unknown option --frob")
        Self.expectUsage(try Self.stance(["classify", "--frob"]), "unknown option --frob")
        Self.expectUsage(try Self.stance(["classify", "--format", "xml"]), "unknown format \"xml\" (expected text, json, jsonl, tsv, html)")
        Self.expectUsage(try Self.stance(["classify", "--format"]), "option --format needs a value")
        Self.expectUsage(try Self.stance(["classify", "--lossy=yes"]), "option --lossy takes no value")
        Self.expectUsage(try Self.stance(["classify", "--jobs", "0"]), "option --jobs needs an integer in 1...512, not \"0\"")
        Self.expectUsage(try Self.stance(["classify", "--jobs", "many"]), "option --jobs needs an integer in 1...512, not \"many\"")
        Self.expectUsage(try Self.stance(["evaluate", "--format", "jsonl", "--data", "x"]),
                         "unknown format \"jsonl\" (expected text, json, markdown, html)")
        Self.expectUsage(try Self.stance(["train", "extra.jsonl"]), "unexpected argument \"extra.jsonl\" (data files go after --data)")
        Self.expectUsage(try Self.stance(["train"]), "--data FILE is required")
        Self.expectUsage(try Self.stance(["evaluate", "--seed", "-1", "--data", "x"]), "option --seed needs an integer in 0...2147483647, not \"-1\"")
        Self.expectUsage(try Self.stance(["train", "--data", "x", "--out", ""]), "option --out needs a path")
        // No command at all: the usage alone.
        let none = try Self.stance([])
        #expect(none.status == 64)
        #expect(none.stderr.hasPrefix("usage: stance"))
        Self.expectNoTrap(none)
    }

    @Test(arguments: [["--help", "--help"], ["-h", "-h"], ["help", "-h"], ["help", "help"], ["--help", "help"],
                      ["help", "--help", "--help"], ["help", "classify"], ["classify", "--help", "--help"]])
    func helpAskedTwiceIsHelpNotACrash(arguments: [String]) throws {
        // Was a crash: "stance --help --help" recursed until the stack overflowed (SIGSEGV).
        let r = try Self.stance(arguments)
        #expect(r.status == 0, "exit \(r.status) for \(arguments)")
        #expect(r.stdout.contains("usage: stance"))
        Self.expectNoTrap(r)
        Self.expectUsage(try Self.stance(["help", "frobnicate"]), "unknown command \"frobnicate\"")
    }

    // MARK: - Output files

    @Test func outputInAMissingFolderFailsBeforeAnyWork() throws {
        let s = try Scratch()
        defer { s.cleanup() }
        let data = try s.file("d.jsonl", Self.labeledLine + "\n")
        let model = s.path("no/such/folder/m.json"), report = s.path("no/such/folder/r.txt")
        Self.expectFailure(try Self.stance(["train", "--data", data, "--out", model]), status: 1,
                           "\(model): the folder \(s.path("no/such/folder")) does not exist")
        Self.expectFailure(try Self.stance(["evaluate", "--data", data, "--out", report]), status: 1,
                           "\(report): the folder \(s.path("no/such/folder")) does not exist")
        // Checked before the data is read: a missing data file is not what it reports.
        Self.expectFailure(try Self.stance(["train", "--data", s.path("nope.jsonl"), "--out", model]), status: 1,
                           "\(model): the folder \(s.path("no/such/folder")) does not exist")
        let folder = try s.folder("out")
        Self.expectFailure(try Self.stance(["train", "--data", data, "--out", folder]), status: 1, "\(folder): is a directory, not a file")
        Self.expectFailure(try Self.stance(["evaluate", "--data", data, "--out", folder]), status: 1, "\(folder): is a directory, not a file")
    }

    @Test func aFailedTrainOrEvaluateLeavesThePreviousFileUntouched() throws {
        let s = try Scratch()
        defer { s.cleanup() }
        let sentinel = "previous contents: must survive a failed run\n"
        let model = try s.file("model.json", sentinel)
        let report = try s.file("report.txt", sentinel)
        let bad = try s.file("bad.jsonl", Self.labeledLine + "\n" + #"{"text": "Rome will help.", "actor": "Rome", "stance": "maybe"}"# + "\n")
        let r = try Self.stance(["train", "--data", bad, "--out", model])
        Self.expectFailure(r, status: 1, "\(bad):2: unknown stance \"maybe\" (expected firm, hedged, refused or none)")
        #expect(try String(contentsOfFile: model, encoding: .utf8) == sentinel)
        let e = try Self.stance(["evaluate", "--data", bad, "--out", report])
        Self.expectFailure(e, status: 1, "\(bad):2: unknown stance \"maybe\" (expected firm, hedged, refused or none)")
        #expect(try String(contentsOfFile: report, encoding: .utf8) == sentinel)
        let broken = try s.file("broken-model.json", "{")
        let good = try s.file("good.jsonl", Self.labeledLine + "\n")
        Self.expectFailure(try Self.stance(["evaluate", "--data", good, "--model", broken, "--out", report]), status: 1,
                           "model error: \(broken): not a valid model file: ", prefix: true)
        #expect(try String(contentsOfFile: report, encoding: .utf8) == sentinel)
        // No temporary file is left beside them.
        let left = try FileManager.default.contentsOfDirectory(atPath: s.dir.path).filter { $0.hasPrefix(".") }
        #expect(left.isEmpty, "left behind: \(left)")
    }

    @Test func aSuccessfulTrainReplacesTheFileWhole() throws {
        let s = try Scratch()
        defer { s.cleanup() }
        let model = try s.file("model.json", "old\n")
        chmod(model, 0o640)
        let data = try s.file("d.jsonl", Self.labeledLine + "\n" + #"{"text": "Paris might help.", "actor": "Paris", "stance": "hedged"}"# + "\n")
        let r = try Self.stance(["train", "--data", data, "--out", model])
        #expect(r.status == 0, "\(r.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: model))) as? [String: Any]
        #expect(object?["format"] as? Int == 1)
        // The replaced file keeps its permissions; nothing is left beside it.
        let attributes = try FileManager.default.attributesOfItem(atPath: model)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: s.dir.path).filter { $0.hasPrefix(".") }.isEmpty)
    }
}
