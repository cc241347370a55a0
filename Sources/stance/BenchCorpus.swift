import Foundation
import StanceKit

/// The documents the bench measures on: generated from the team's own writing,
/// or read from a file.
///
/// The generated corpus repeats, in a fixed order, the news documents
/// `Evaluation/documents/*.txt` and the stories of `Evaluation/data/team/*.jsonl`
/// (each story's distinct sentences joined by a space, in file order) until it
/// holds `size` bytes of UTF-8 text. Repeats share their text's storage, so even
/// a gigabyte corpus costs little memory. `--input FILE` reads plain text (one
/// document) or JSON Lines of documents, as `stance classify` does.
///
///     let corpus = try BenchCorpus.generate(bytes: 20_000_000, evaluation: dir)
///     corpus.documents.count   // about 20,000
///     corpus.distinct          // the base documents, before repeating
struct BenchCorpus {
    var documents: [InputDocument]
    /// UTF-8 bytes of all texts.
    var bytes: Int
    /// How many leading documents are distinct (the rest repeat them).
    var distinct: Int
    /// "generated" or the input path.
    var source: String

    /// The base documents: news documents, then team stories.
    static func baseDocuments(evaluation: URL) throws -> [InputDocument] {
        let fm = FileManager.default
        var docs: [InputDocument] = []
        let docsDir = evaluation.appendingPathComponent("documents")
        let names = ((try? fm.contentsOfDirectory(atPath: docsDir.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
        for name in names {
            let url = docsDir.appendingPathComponent(name)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw CLIError.runtime("\(url.path): cannot read as UTF-8")
            }
            docs.append(InputDocument(name: "documents/\(name)", text: text, date: nil))
        }
        let teamDir = evaluation.appendingPathComponent("data/team")
        let files = ((try? fm.contentsOfDirectory(atPath: teamDir.path)) ?? []).filter { $0.hasSuffix(".jsonl") }.sorted()
        for file in files {
            let url = teamDir.appendingPathComponent(file)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw CLIError.runtime("\(url.path): cannot read as UTF-8")
            }
            var order: [String] = []
            var sentences: [String: [String]] = [:]
            var seen = Set<String>()
            for (n, line) in text.split(separator: "\n").enumerated() where !line.allSatisfy(\.isWhitespace) {
                guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                      let sentence = object["text"] as? String else {
                    throw CLIError.runtime("\(url.path):\(n + 1): not a labeled pair with a \"text\"")
                }
                let story = (object["doc"] as? String) ?? file
                if sentences[story] == nil { order.append(story) }
                if seen.insert(story + "\u{1}" + sentence).inserted { sentences[story, default: []].append(sentence) }
            }
            for story in order {
                docs.append(InputDocument(name: "team/\(story)", text: sentences[story]!.joined(separator: " "), date: nil))
            }
        }
        if docs.isEmpty {
            throw CLIError.runtime("\(evaluation.path): no documents/*.txt and no data/team/*.jsonl to build a corpus from")
        }
        return docs
    }

    /// Repeats the base documents until `bytes` bytes of text (at least one document).
    static func generate(bytes target: Int, evaluation: URL) throws -> BenchCorpus {
        let base = try baseDocuments(evaluation: evaluation)
        var docs: [InputDocument] = []
        var total = 0
        var k = 0
        while total < target || docs.isEmpty {
            let b = base[k % base.count]
            docs.append(InputDocument(name: String(format: "gen-%07d", k + 1), text: b.text, date: nil))
            total += b.text.utf8.count
            k += 1
        }
        return BenchCorpus(documents: docs, bytes: total, distinct: min(base.count, docs.count), source: "generated")
    }

    /// Reads the documents of a file (plain text or JSON Lines), up to `limit` bytes of text when given.
    static func read(path: String, limit: Int?) throws -> BenchCorpus {
        var input = DocumentInput(paths: [path], lossy: false)
        var docs: [InputDocument] = []
        var total = 0
        while let doc = try input.next() {
            docs.append(doc)
            total += doc.text.utf8.count
            if let limit, total >= limit { break }
        }
        if docs.isEmpty { throw CLIError.runtime("\(path): no documents") }
        return BenchCorpus(documents: docs, bytes: total, distinct: docs.count, source: path)
    }

    /// Finds `Evaluation/` (with `documents/` or `data/team/`): in STANCE_HOME, the
    /// working directory and the folders above it, then the executable's folder and
    /// the folders above it (the order `ResourceLocator` uses for the lexicons).
    static func locateEvaluation() -> URL? {
        var starts: [URL] = []
        if let home = ProcessInfo.processInfo.environment["STANCE_HOME"], !home.isEmpty {
            starts.append(URL(fileURLWithPath: home))
        }
        var roots: [URL] = starts
        for start in [URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
                      ResourceLocator.currentExecutable()?.deletingLastPathComponent()] {
            guard var dir = start?.standardizedFileURL else { continue }
            while true {
                roots.append(dir)
                let parent = dir.deletingLastPathComponent()
                if parent.path == dir.path { break }
                dir = parent
            }
        }
        for root in roots {
            let eval = root.appendingPathComponent("Evaluation")
            if FileManager.default.fileExists(atPath: eval.appendingPathComponent("documents").path)
                || FileManager.default.fileExists(atPath: eval.appendingPathComponent("data/team").path) {
                return eval
            }
        }
        return nil
    }

    /// Writes the corpus as JSON Lines documents (`{"id": ..., "text": ...}`), for `stance classify`.
    func writeJSONLines(to path: String) throws {
        // Generated documents repeat the base ones: encode each base text once.
        var encodedBase: [Int: [UInt8]] = [:]
        let generated = source == "generated"
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        try BenchCorpus.write(to: path) { out in
            for (k, doc) in documents.enumerated() {
                let text: [UInt8]
                if generated, let cached = encodedBase[k % distinct] {
                    text = cached
                } else {
                    text = Array(try encoder.encode(doc.text))
                    if generated { encodedBase[k % distinct] = text }
                }
                out.append(contentsOf: Array("{\"id\":".utf8))
                out.append(contentsOf: Array(try encoder.encode(doc.name)))
                out.append(contentsOf: Array(",\"text\":".utf8))
                out.append(contentsOf: text)
                out.append(contentsOf: Array("}\n".utf8))
                try out.flushIfFull()
            }
        }
    }

    /// Writes one line per sentence (as the segmenter finds them; line breaks inside
    /// a sentence become spaces) and returns how many.
    func writeSentences(to path: String, lexicons: LexiconSet) throws -> Int {
        var count = 0
        try BenchCorpus.write(to: path) { out in
            for doc in documents {
                var d = Document(doc.text)
                d.tokens = lexicons.tokenizer.tokenize(d.bytes)
                d.sentences = lexicons.segmenter.segment(d.tokens, bytes: d.bytes)
                for s in d.sentences {
                    for b in d.bytes[s.range] { out.append(b == 0x0A || b == 0x0D ? 0x20 : b) }
                    out.append(0x0A)
                    count += 1
                }
                try out.flushIfFull()
            }
        }
        return count
    }

    private static func write(to path: String, _ body: (BenchOutputFile) throws -> Void) throws {
        let file = try BenchOutputFile(path: path)
        try body(file)
        try file.close()
    }
}
