import Dispatch
import Foundation
import StanceKit
import StanceTraining

/// `stance classify`: documents in, per-actor stance and sentiment out.
enum ClassifyCommand {
    static let usage = "usage: stance classify [FILE ...] [--format text|json|jsonl|tsv|html] [--model PATH] [--lexicons DIR] [--jobs N] [--lossy]\n       stance classify --pairs FILE [--model PATH] [--lexicons DIR]"

    static let help = """
    stance classify: tell, for every actor in a news document, whether it commits
    firmly, hedges or refuses to act, how the text portrays it, and which sentences
    and cue words decided it.

    \(usage)

    Each FILE is one plain-text document, or JSON Lines of documents
    ({"id": ..., "text": ..., "date": ...} per line, detected from a first byte "{"),
    each classified on its own. No FILE, or "-", reads standard input.

    Options:
      --format FORMAT   text (default): a readable block per actor
                        json: one object per document (an array for several)
                        jsonl: one object per document on one line, in input order
                        tsv: a header and one row per actor
                        html: one self-contained page: mentions and cues marked,
                        a legend, score bars, evidence linked to its sentences
      --pairs FILE      classify labeled pairs instead of documents: any labeled-data
                        format (project JSON Lines, NewsMTSC, TSV); writes one JSON line
                        per pair with its stance, scores, sentiment and cues
      --model PATH      a model file (default: Models/stance.json, found as below)
      --lexicons DIR    a lexicon folder (default: Lexicons/, found as below)
      --jobs N          classify on N threads (default: all cores); output order and
                        content do not depend on N
      --lossy           replace invalid UTF-8 bytes instead of stopping (warns)
      --explain         show how each sentence was read: mentions, roles, cues, scope,
                        attributions and scores (for finding out why)
      -h, --help        show this help

    Lexicons and model are found in this order: the flags, the STANCE_HOME folder,
    then the working directory and the folders above it, then the executable's
    folder and the folders above it.

    Examples:
      stance classify article.txt
      stance classify --format json article.txt
      cat news.jsonl | stance classify --format jsonl > results.jsonl
      stance classify --pairs Evaluation/data/team/trade.jsonl

    Exit status: 0 success, 1 runtime failure (unreadable file, bad data),
    64 usage error.
    """

    static func run(_ argv: [String]) throws {
        let a = try Arguments(argv, options: ["--format", "--model", "--lexicons", "--pairs", "--jobs"],
                              flags: ["--lossy", "--explain"], usage: usage)
        if a.has("--help") {
            print(help)
            return
        }
        let format = try a.choice("--format", among: ["text", "json", "jsonl", "tsv", "html"], default: "text", usage: usage)
        let jobs = try a.integer("--jobs", usage: usage, range: 1...512) ?? ProcessInfo.processInfo.activeProcessorCount
        let analyzer = try CLI.loadAnalyzer(model: a.value("--model"), lexicons: a.value("--lexicons"))
        if let pairsPath = a.value("--pairs") {
            if !a.positionals.isEmpty {
                throw CLIError.usage("--pairs takes its file as its value; no other FILE is allowed", usage: usage)
            }
            try classifyPairs(pairsPath, analyzer: analyzer, jobs: jobs)
            return
        }
        if a.has("--explain") {
            var input = DocumentInput(paths: a.positionals, lossy: a.has("--lossy"))
            let out = OutputBuffer()
            while let doc = try input.next() { out.write(ExplainRenderer.render(analyzer, text: doc.text, name: doc.name)) }
            out.flush()
            return
        }
        try classifyDocuments(a.positionals, format: format, lossy: a.has("--lossy"), analyzer: analyzer, jobs: jobs)
    }

    /// Documents per batch and bytes per batch: a batch is classified in parallel, then written in order.
    /// Memory is bounded by one batch (measured: 8 MiB of text per batch keeps peak RSS far under 200 MB).
    static let batchDocuments = 512
    static let batchBytes = 8 << 20

    static func classifyDocuments(_ paths: [String], format: String, lossy: Bool, analyzer: StanceAnalyzer,
                                  jobs: Int) throws {
        var input = DocumentInput(paths: paths, lossy: lossy)
        let out = OutputBuffer()
        let progress = Progress(label: "classified", unit: "documents")
        var count = 0
        var htmlDocs: [(DocumentMarks, String)] = []
        var jsonOpened = false
        var pendingSingle: [UInt8]? = nil
        if format == "tsv" { out.write(TSVRenderer.header) }
        func readBatch() throws -> [InputDocument] {
            var batch: [InputDocument] = []
            var bytes = 0
            while batch.count < batchDocuments && bytes < batchBytes, let doc = try input.next() {
                bytes += doc.text.utf8.count
                batch.append(doc)
            }
            return batch
        }
        func write(_ results: [[UInt8]]) {
            for bytes in results {
                switch format {
                case "json":
                    // One document: an object; several: an array.
                    if let single = pendingSingle {
                        out.write("[\n")
                        out.write(single)
                        pendingSingle = nil
                        jsonOpened = true
                    }
                    if jsonOpened {
                        out.write(",\n")
                        out.write(bytes)
                    } else {
                        pendingSingle = bytes
                    }
                case "text":
                    if count > 0 { out.write("\n") }
                    out.write(bytes)
                default:
                    out.write(bytes)
                }
                count += 1
            }
            progress.update(count)
        }
        if format == "html" {
            // The page marks mentions and cues: keep their spans with each result.
            while case let batch = try readBatch(), !batch.isEmpty {
                let marks = ParallelMap.map(batch, jobs: jobs) { analyzer.marks($0.text, name: $0.name, date: $0.date) }
                for (k, m) in marks.enumerated() { htmlDocs.append((m, batch[k].text)) }
                count += batch.count
                progress.update(count)
            }
        } else {
            // A pipeline of batches: while batch k is analysed on the worker threads, this thread
            // writes batch k-1's results and reads batch k+1 (reading and writing were a serial
            // share that kept --jobs 2 under 1.7x). Output order and bytes do not change.
            var current = try readBatch()
            var previous: [[UInt8]] = []
            while !current.isEmpty {
                let batch = current
                let job = BackgroundJob { () -> [[UInt8]] in
                    ParallelMap.map(batch, jobs: jobs) { doc -> [UInt8] in
                        let r = analyzer.analyze(doc.text, name: doc.name, date: doc.date)
                        switch format {
                        case "json": return r.json(pretty: true)
                        case "jsonl": return r.json() + [0x0A]
                        case "tsv": return Array(TSVRenderer.rows(r).utf8)
                        case "text": return Array(TextRenderer.render(r).utf8)
                        default: return []
                        }
                    }
                }
                write(previous)
                let next: [InputDocument]
                do {
                    next = try readBatch()
                } catch {
                    // Bad input: what came before it is still written, as without the pipeline.
                    write(job.wait())
                    out.flush()
                    throw error
                }
                previous = job.wait()
                current = next
            }
            write(previous)
        }
        progress.finish()
        if format == "json" {
            if let single = pendingSingle { out.write(single); out.write("\n") }
            else if jsonOpened { out.write("\n]\n") }
            else { out.write("[]\n") }
        }
        if format == "html" { out.write(HTMLRenderer.page(htmlDocs)) }
        out.flush()
    }

    static func classifyPairs(_ path: String, analyzer: StanceAnalyzer, jobs: Int) throws {
        let pairs: [LabeledPair]
        do {
            pairs = try LabeledDataReader().read(URL(fileURLWithPath: path), shownAs: path)
        } catch let e as DataError {
            throw CLIError.runtime(e.description)
        }
        let out = OutputBuffer()
        let progress = Progress(label: "classified", unit: "pairs")
        var done = 0
        for chunk in stride(from: 0, to: pairs.count, by: 2048) {
            let slice = Array(pairs[chunk..<min(pairs.count, chunk + 2048)])
            let lines = ParallelMap.map(slice, jobs: jobs) { p -> [UInt8] in
                let prediction = analyzer.predictPair(id: p.id, text: p.text, actor: p.actor, span: p.span)
                return prediction.json() + [0x0A]
            }
            for l in lines { out.write(l) }
            done += slice.count
            progress.update(done, of: pairs.count)
        }
        progress.finish()
        out.flush()
    }
}
