import Foundation
import StanceKit
#if canImport(Glibc)
import Glibc
#endif

/// Reads labeled pairs from the formats of `../shared/guide/interface.md`,
/// detected from the first line:
/// - the project's JSON Lines (`text`, `actor`, optional `id`, `span`,
///   `stance`, `sentiment`, `doc`);
/// - NewsMTSC JSON Lines (`sentence_normalized`, `targets[]` with `from`, `to`,
///   `mention`, `polarity` 2/4/6), one pair per target with a sentiment label;
/// - stance labels joined with a corpus (first line
///   `{"join": "newsmtsc", "corpus": PATH, "sha256": ...}`, then `{"gid", "stance"}`
///   lines): the text comes from the corpus at load time;
/// - TSV with a header naming the same columns (`id`, `text`, `actor`, `span`
///   as `from,to` or `from` and `to` columns, `stance`, `sentiment`, `doc`).
///
/// Validation is strict: bad JSON, a missing field, an unknown label or a span
/// outside the text is a `DataError` naming the file and line.
///
///     let pairs = try LabeledDataReader().read(URL(fileURLWithPath: "Evaluation/data/team/trade.jsonl"))
public struct LabeledDataReader: Sendable {
    /// The formats it reads.
    public enum Format: String, Sendable {
        case jsonl, newsmtsc, join, tsv
    }

    public init() {}

    /// Reads a file; the format is detected from its first line.
    /// - Throws: `DataError` naming the file (and line, where it applies).
    public func read(_ url: URL, shownAs shown: String? = nil) throws -> [LabeledPair] {
        let name = shown ?? url.path
        let bytes = try LabeledDataReader.contents(of: url, shownAs: name)
        return try read(bytes: bytes, shownAs: name, directory: url.deletingLastPathComponent())
    }

    /// Reads labeled data held in memory (a file's bytes), without touching the disk except
    /// for the corpus a join file names, which is found relative to `directory`.
    ///
    ///     let pairs = try LabeledDataReader().read(bytes: Array(line.utf8), shownAs: "<memory>")
    public func read(bytes: [UInt8], shownAs name: String,
                     directory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) throws -> [LabeledPair] {
        let lines = try LabeledDataReader.lines(of: bytes, shownAs: name)
        guard let first = lines.first(where: { !$0.text.trimmingCharacters(in: .whitespaces).isEmpty }) else {
            return []
        }
        let format = try detect(first.text, file: name, line: first.number)
        switch format {
        case .jsonl: return try readJSONL(lines, file: name)
        case .newsmtsc: return try readNewsMTSC(lines, file: name)
        case .join: return try readJoin(lines, file: name, directory: directory)
        case .tsv: return try readTSV(lines, file: name)
        }
    }

    /// The format of a file from its first non-empty line.
    public func detect(_ firstLine: String, file: String, line: Int) throws -> Format {
        let trimmed = firstLine.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("{") {
            let object = try LabeledDataReader.parseObject(trimmed, file: file, line: line)
            if object["join"] != nil { return .join }
            if object["sentence_normalized"] != nil || object["targets"] != nil { return .newsmtsc }
            return .jsonl
        }
        if trimmed.contains("\t") { return .tsv }
        throw DataError(file: file, line: line,
                        message: "unknown labeled-data format: expected JSON Lines (a line starting with '{') or TSV with a header")
    }

    // MARK: - Lines

    /// One line of a file, numbered from 1.
    public struct Line: Sendable {
        public var number: Int
        public var text: String
    }

    /// The bytes of a file.
    /// - Throws: `DataError` for a missing path, a directory or an unreadable file (with the system's reason).
    public static func contents(of url: URL, shownAs file: String) throws -> [UInt8] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) else {
            throw DataError(file: file, line: 0, message: "no such file")
        }
        if isDir.boolValue {
            throw DataError(file: file, line: 0, message: "is a directory, not a data file")
        }
        let fd = open(url.path, O_RDONLY)
        if fd < 0 {
            throw DataError(file: file, line: 0, message: "cannot read the file (\(String(cString: strerror(errno))))")
        }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw DataError(file: file, line: 0, message: "cannot read the file (\(String(cString: strerror(errno))))")
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
        }
        return bytes
    }

    /// The lines of a UTF-8 file.
    /// - Throws: `DataError` for a missing, unreadable or non-UTF-8 file (with the byte offset).
    public static func lines(of url: URL, shownAs file: String) throws -> [Line] {
        try lines(of: contents(of: url, shownAs: file), shownAs: file)
    }

    /// The lines of UTF-8 bytes, split at LF (a CR before it is dropped: Windows line ends;
    /// a byte-order mark at the start is dropped too).
    /// - Throws: `DataError` for invalid UTF-8, with its line and byte offset.
    public static func lines(of bytes: [UInt8], shownAs file: String) throws -> [Line] {
        guard String(validating: bytes, as: UTF8.self) != nil else {
            let (offset, line) = TextDecoding.firstInvalidByte(bytes)
            throw DataError(file: file, line: line, message: "invalid UTF-8 at byte offset \(offset)")
        }
        var result: [Line] = []
        // A byte-order mark (spreadsheet exports) is not part of the first line.
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var n = 0
        // Splitting bytes, not Characters: "\r\n" is one Character and would never equal "\n".
        while start <= bytes.count {
            let nl = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            var end = nl
            if end > start && bytes[end - 1] == 0x0D { end -= 1 }
            n += 1
            result.append(Line(number: n, text: String(decoding: bytes[start..<end], as: UTF8.self)))
            start = nl + 1
        }
        if let last = result.last, last.text.isEmpty { result.removeLast() }
        return result
    }

    /// Parses one JSON object line.
    static func parseObject(_ text: String, file: String, line: Int) throws -> [String: Any] {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [])
        } catch {
            throw DataError(file: file, line: line, message: "not valid JSON (\(LabeledDataReader.shortJSONError(error)))")
        }
        guard let dict = object as? [String: Any] else {
            throw DataError(file: file, line: line, message: "expected a JSON object")
        }
        return dict
    }

    static func shortJSONError(_ error: Error) -> String {
        let ns = error as NSError
        if let detail = ns.userInfo[NSDebugDescriptionErrorKey] as? String { return detail }
        return ns.localizedDescription
    }

    // MARK: - Field helpers

    static func string(_ o: [String: Any], _ key: String, file: String, line: Int, required: Bool) throws -> String? {
        guard let v = o[key], !(v is NSNull) else {
            if required { throw DataError(file: file, line: line, message: "missing field \"\(key)\"") }
            return nil
        }
        if let s = v as? String { return s }
        if let n = v as? NSNumber, key == "id" { return n.stringValue }
        throw DataError(file: file, line: line, message: "field \"\(key)\" must be a string")
    }

    static func stance(_ value: String?, file: String, line: Int) throws -> StanceLabel? {
        guard let value else { return nil }
        guard let label = StanceLabel(rawValue: value) else {
            throw DataError(file: file, line: line,
                            message: "unknown stance \"\(value)\" (expected firm, hedged, refused or none)")
        }
        return label
    }

    static func sentiment(_ value: String?, file: String, line: Int) throws -> SentimentLabel? {
        guard let value else { return nil }
        guard let label = SentimentLabel(rawValue: value) else {
            throw DataError(file: file, line: line,
                            message: "unknown sentiment \"\(value)\" (expected positive, neutral or negative)")
        }
        return label
    }

    /// Checks a span against its text (Unicode scalars).
    static func checkSpan(_ span: Range<Int>?, text: String, file: String, line: Int) throws {
        guard let span else { return }
        let count = text.unicodeScalars.count
        if span.lowerBound < 0 || span.upperBound > count || span.isEmpty {
            throw DataError(file: file, line: line,
                            message: "span [\(span.lowerBound), \(span.upperBound)] is outside the text (\(count) characters) or empty")
        }
    }

    static func span(_ o: [String: Any], file: String, line: Int) throws -> Range<Int>? {
        guard let v = o["span"], !(v is NSNull) else { return nil }
        guard let a = v as? [Any], a.count == 2, let from = LabeledDataReader.integer(a[0]),
              let to = LabeledDataReader.integer(a[1]) else {
            throw DataError(file: file, line: line, message: "field \"span\" must be [from, to] with two integers")
        }
        guard from <= to else {
            throw DataError(file: file, line: line, message: "span [\(from), \(to)] ends before it starts")
        }
        return from..<to
    }

    /// Whether a JSON value is a boolean (on Linux every NSNumber also casts to Bool).
    static func isBoolean(_ v: Any) -> Bool {
        guard let n = v as? NSNumber else { return false }
        return String(cString: n.objCType) == "c"
    }

    static func integer(_ v: Any) -> Int? {
        if let n = v as? NSNumber, !isBoolean(v) {
            let d = n.doubleValue
            if d == d.rounded(), abs(d) < 1e12 { return Int(d) }
        }
        return nil
    }

    // MARK: - The project's JSON Lines

    func readJSONL(_ lines: [Line], file: String) throws -> [LabeledPair] {
        var pairs: [LabeledPair] = []
        for line in lines where !line.text.trimmingCharacters(in: .whitespaces).isEmpty {
            let o = try LabeledDataReader.parseObject(line.text, file: file, line: line.number)
            let text = try LabeledDataReader.string(o, "text", file: file, line: line.number, required: true)!
            let actor = try LabeledDataReader.string(o, "actor", file: file, line: line.number, required: true)!
            if actor.isEmpty { throw DataError(file: file, line: line.number, message: "field \"actor\" is empty") }
            let span = try LabeledDataReader.span(o, file: file, line: line.number)
            try LabeledDataReader.checkSpan(span, text: text, file: file, line: line.number)
            if span == nil && !text.contains(actor) {
                throw DataError(file: file, line: line.number, message: "actor \"\(actor)\" does not occur in the text and no span is given")
            }
            let stance = try LabeledDataReader.stance(LabeledDataReader.string(o, "stance", file: file, line: line.number, required: false),
                                                      file: file, line: line.number)
            let sentiment = try LabeledDataReader.sentiment(LabeledDataReader.string(o, "sentiment", file: file, line: line.number, required: false),
                                                            file: file, line: line.number)
            let id = try LabeledDataReader.string(o, "id", file: file, line: line.number, required: false) ?? "\(line.number)"
            let group = try LabeledDataReader.string(o, "doc", file: file, line: line.number, required: false) ?? "\(file)#\(text)"
            pairs.append(LabeledPair(id: id, text: text, actor: actor, span: span, stance: stance, sentiment: sentiment,
                                     group: group, source: "\(file):\(line.number)"))
        }
        return pairs
    }

    // MARK: - NewsMTSC

    static func polarity(_ v: Any?, file: String, line: Int) throws -> SentimentLabel? {
        guard let v, !(v is NSNull) else { return nil }
        guard let n = v as? NSNumber, !isBoolean(v) else {
            throw DataError(file: file, line: line, message: "field \"polarity\" must be a number (2.0, 4.0 or 6.0)")
        }
        switch n.doubleValue {
        case 2.0: return .negative
        case 4.0: return .neutral
        case 6.0: return .positive
        default:
            throw DataError(file: file, line: line, message: "unknown polarity \(n) (expected 2.0, 4.0 or 6.0)")
        }
    }

    /// The key that stands for a NewsMTSC gid in the project's label files: its FNV-1a 64-bit hash
    /// in 16 hex digits (`TokenHash`), so no words of the corpus are copied into the repository.
    ///
    ///     LabeledDataReader.gidHash("synthetic_1_2_3_Angela Merkel_0_13")   // 16 hex digits
    public static func gidHash(_ gid: String) -> String {
        let h = String(TokenHash.of(gid), radix: 16)
        return String(repeating: "0", count: 16 - h.count) + h
    }

    /// The document a NewsMTSC gid belongs to: its first three parts ("synthetic_1_2" of "synthetic_1_2_3_Angela Merkel_0_13").
    public static func newsmtscDocument(_ gid: String) -> String {
        gid.split(separator: "_", maxSplits: 3, omittingEmptySubsequences: false).prefix(3).joined(separator: "_")
    }

    func readNewsMTSC(_ lines: [Line], file: String) throws -> [LabeledPair] {
        var pairs: [LabeledPair] = []
        for line in lines where !line.text.trimmingCharacters(in: .whitespaces).isEmpty {
            let o = try LabeledDataReader.parseObject(line.text, file: file, line: line.number)
            let text = try LabeledDataReader.string(o, "sentence_normalized", file: file, line: line.number, required: true)!
            guard let targets = o["targets"] as? [[String: Any]] else {
                throw DataError(file: file, line: line.number, message: "missing field \"targets\" (a list of objects)")
            }
            let primary = (o["primary_gid"] as? String) ?? "\(file)#\(line.number)"
            for (k, t) in targets.enumerated() {
                guard let from = t["from"].flatMap(LabeledDataReader.integer), let to = t["to"].flatMap(LabeledDataReader.integer) else {
                    throw DataError(file: file, line: line.number, message: "target \(k + 1): missing integer \"from\" or \"to\"")
                }
                guard from <= to else {
                    throw DataError(file: file, line: line.number, message: "target \(k + 1): span [\(from), \(to)] ends before it starts")
                }
                try LabeledDataReader.checkSpan(from..<to, text: text, file: file, line: line.number)
                let mention = (t["mention"] as? String) ?? ""
                let gid = (t["Input.gid"] as? String) ?? "\(line.number)-\(k + 1)"
                let sentiment = try LabeledDataReader.polarity(t["polarity"], file: file, line: line.number)
                var pair = LabeledPair(id: gid, text: text, actor: mention.isEmpty ? "?" : mention, span: from..<to,
                                       stance: nil, sentiment: sentiment,
                                       group: LabeledDataReader.newsmtscDocument(primary), source: "\(file):\(line.number)")
                pair.fromCorpus = true
                pairs.append(pair)
            }
        }
        return pairs
    }

    // MARK: - Joined labels

    func readJoin(_ lines: [Line], file: String, directory: URL) throws -> [LabeledPair] {
        guard let header = lines.first else { return [] }
        let h = try LabeledDataReader.parseObject(header.text, file: file, line: header.number)
        guard (h["join"] as? String) == "newsmtsc" else {
            throw DataError(file: file, line: header.number, message: "unknown join \"\(h["join"] ?? "")\" (expected \"newsmtsc\")")
        }
        guard let corpusPath = h["corpus"] as? String else {
            throw DataError(file: file, line: header.number, message: "missing field \"corpus\" (the corpus path, relative to this file)")
        }
        let corpusURL = URL(fileURLWithPath: corpusPath, relativeTo: URL(fileURLWithPath: directory.path, isDirectory: true)).standardizedFileURL
        guard FileManager.default.fileExists(atPath: corpusURL.path) else {
            throw DataError(file: file, line: header.number,
                            message: "the corpus \(corpusURL.path) it joins with is missing (is ../shared beside the project?)")
        }
        if let expected = h["sha256"] as? String {
            let actual = try SHA256.hexDigest(ofFile: corpusURL)
            if actual != expected {
                throw DataError(file: file, line: header.number,
                                message: "the corpus \(corpusURL.path) has SHA-256 \(actual), not the \(expected) these labels were made for")
            }
        }
        let corpus = try readNewsMTSC(LabeledDataReader.lines(of: corpusURL, shownAs: corpusURL.path), file: corpusURL.path)
        // Targets by gid and by the gid's hash: the project's own label files name a target by
        // `gid_hash` (`LabeledDataReader.gidHash`), because gids hold words of the corpus's text.
        var byID: [String: LabeledPair] = [:]
        for p in corpus { byID[p.id] = p; byID[LabeledDataReader.gidHash(p.id)] = p }
        var pairs: [LabeledPair] = []
        var seen = Set<String>()
        for line in lines.dropFirst() where !line.text.trimmingCharacters(in: .whitespaces).isEmpty {
            let o = try LabeledDataReader.parseObject(line.text, file: file, line: line.number)
            let gid: String
            if let hash = try LabeledDataReader.string(o, "gid_hash", file: file, line: line.number, required: false) {
                gid = hash
            } else {
                gid = try LabeledDataReader.string(o, "gid", file: file, line: line.number, required: true)!
            }
            guard var p = byID[gid] else {
                throw DataError(file: file, line: line.number, message: "gid \"\(gid)\" is not a target of the corpus")
            }
            guard seen.insert(p.id).inserted else {
                throw DataError(file: file, line: line.number, message: "gid \"\(gid)\" is labeled twice")
            }
            p.stance = try LabeledDataReader.stance(LabeledDataReader.string(o, "stance", file: file, line: line.number, required: true),
                                                    file: file, line: line.number)
            p.source = "\(file):\(line.number)"
            pairs.append(p)
        }
        return pairs
    }

    // MARK: - TSV

    func readTSV(_ lines: [Line], file: String) throws -> [LabeledPair] {
        guard let header = lines.first else { return [] }
        let columns = header.text.split(separator: "\t", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces).lowercased()
        }
        func index(_ name: String) -> Int? { columns.firstIndex(of: name) }
        guard let textCol = index("text"), let actorCol = index("actor") else {
            throw DataError(file: file, line: header.number, message: "the TSV header must name the columns \"text\" and \"actor\"")
        }
        var pairs: [LabeledPair] = []
        for line in lines.dropFirst() where !line.text.isEmpty {
            let f = line.text.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count == columns.count else {
                throw DataError(file: file, line: line.number, message: "expected \(columns.count) TAB-separated fields, found \(f.count)")
            }
            func field(_ name: String) -> String? { index(name).map { f[$0] }.flatMap { $0.isEmpty ? nil : $0 } }
            let text = f[textCol], actor = f[actorCol]
            if text.isEmpty { throw DataError(file: file, line: line.number, message: "field \"text\" is empty") }
            if actor.isEmpty { throw DataError(file: file, line: line.number, message: "field \"actor\" is empty") }
            var span: Range<Int>? = nil
            if let s = field("span") {
                let parts = s.trimmingCharacters(in: CharacterSet(charactersIn: "[] ")).split(separator: ",")
                    .map { Int($0.trimmingCharacters(in: .whitespaces)) }
                guard parts.count == 2, let a = parts[0], let b = parts[1], a <= b else {
                    throw DataError(file: file, line: line.number, message: "field \"span\" must be \"from,to\" with from <= to")
                }
                span = a..<b
            } else if let a = field("from"), let b = field("to") {
                guard let x = Int(a), let y = Int(b), x <= y else {
                    throw DataError(file: file, line: line.number, message: "fields \"from\" and \"to\" must be integers with from <= to")
                }
                span = x..<y
            }
            try LabeledDataReader.checkSpan(span, text: text, file: file, line: line.number)
            if span == nil && !text.contains(actor) {
                throw DataError(file: file, line: line.number, message: "actor \"\(actor)\" does not occur in the text and no span is given")
            }
            pairs.append(LabeledPair(id: field("id") ?? "\(line.number)", text: text, actor: actor, span: span,
                                     stance: try LabeledDataReader.stance(field("stance"), file: file, line: line.number),
                                     sentiment: try LabeledDataReader.sentiment(field("sentiment"), file: file, line: line.number),
                                     group: field("doc") ?? "\(file)#\(text)", source: "\(file):\(line.number)"))
        }
        return pairs
    }
}
