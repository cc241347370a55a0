import Foundation
import StanceKit

/// `stance track`: stances over time, per actor and period, with the shifts.
enum TrackCommand {
    static let usage = "usage: stance track [FILE ...] [--by day|week|month] [--format text|json|csv|html] [--out PATH] [--min-evidence N] [--model PATH] [--lexicons DIR] [--jobs N] [--lossy]"

    static let help = """
    stance track: how actors' stances move over time, and on what.

    \(usage)

    Reads JSON Lines of dated documents, one per line, from each FILE (or standard
    input for - or no FILE):
      {"id": "a-1", "date": "2026-03-09", "source": "Northern Wire", "text": "..."}
    ("date" is required, YYYY-MM-DD, optionally followed by a time; "source" is optional).
    Every document is classified as stance classify does; then, per actor and per
    period, the report gives the evidence counts and mean scores of firm, hedged
    and refused, the dominant stance, and the commitment objects (grouped by
    Lexicons/objects/synonyms.txt: troops, soldiers and ground forces are one object).

    A shift is where an actor's dominant stance on an object (the stance with most
    evidence sentences; a tie is hedged) differs from its dominant stance in the
    last earlier period with evidence on that object. Each shift comes with
    evidence sentences from both sides.

    Only aggregates are kept, never the documents: memory does not grow with the
    number of documents, only with the number of actors, periods and objects.

    Options:
      --by P             day, week (ISO weeks, 2026-W11) or month (default)
      --format F         text (default), json, csv (one row per actor, period and
                         object; object "*" is the actor's total) or html (a page with
                         an SVG timeline per actor)
      --out PATH         write the report to PATH (atomically) instead of standard output
      --min-evidence N   an object needs N evidence sentences in a period for the
                         period to count in shift detection (default: 1)
      --model PATH       a model file (default: Models/stance.json)
      --lexicons DIR     a lexicon folder (default: Lexicons/)
      --jobs N           classify on N threads (default: all cores)
      --lossy            replace invalid UTF-8 instead of stopping
      -h, --help         show this help

    Examples:
      stance track --by month Evaluation/track/corpus.jsonl
      stance track --format html --out track.html news-2026.jsonl
      cat news.jsonl | stance track --by week --format csv
    """

    static func run(_ argv: [String]) throws {
        let a = try Arguments(argv, options: ["--by", "--format", "--out", "--min-evidence", "--model", "--lexicons", "--jobs"],
                              flags: ["--lossy"], usage: usage)
        if a.has("--help") { print(help); return }
        let by = TrackPeriod(rawValue: try a.choice("--by", among: TrackPeriod.allCases.map(\.rawValue), default: "month", usage: usage))!
        let format = try a.choice("--format", among: ["text", "json", "csv", "html"], default: "text", usage: usage)
        let minimum = try a.integer("--min-evidence", usage: usage, range: 1...1_000_000) ?? 1
        let jobs = try a.integer("--jobs", usage: usage, range: 1...512) ?? ProcessInfo.processInfo.activeProcessorCount
        if let out = a.value("--out") { try AtomicWriter.checkWritable(URL(fileURLWithPath: out), shownAs: out) }
        let analyzer = try CLI.loadAnalyzer(model: a.value("--model"), lexicons: a.value("--lexicons"))

        var input = DocumentInput(paths: a.positionals, lossy: a.has("--lossy"))
        var tracker = StanceTracker(by: by, minimumEvidence: minimum)
        let progress = Progress(label: "tracked", unit: "documents")
        while true {
            var batch: [InputDocument] = []
            var bytes = 0
            while batch.count < ClassifyCommand.batchDocuments && bytes < ClassifyCommand.batchBytes, let doc = try input.next() {
                guard doc.isRecord else {
                    throw CLIError.runtime("\(doc.location): stance track reads JSON Lines of dated documents ({\"id\", \"date\", \"text\"}), not plain text")
                }
                guard let date = doc.date else {
                    throw CLIError.runtime("\(doc.location): missing string field \"date\" (YYYY-MM-DD)")
                }
                do { _ = try by.key(for: date) } catch let e as TrackPeriod.DateError {
                    throw CLIError.runtime("\(doc.location): \(e.description)")
                }
                bytes += doc.text.utf8.count
                batch.append(doc)
            }
            if batch.isEmpty { break }
            let results = ParallelMap.map(batch, jobs: jobs) { analyzer.analyze($0.text, name: $0.name, date: $0.date) }
            for (k, r) in results.enumerated() {
                try tracker.add(r, date: batch[k].date!, source: batch[k].source)
            }
            progress.update(tracker.documents)
        }
        progress.finish()
        let report = tracker.report()
        let text: String
        switch format {
        case "json": text = try TrackRenderer.json(report)
        case "csv": text = TrackRenderer.csv(report)
        case "html": text = TrackHTMLRenderer.page(report)
        default: text = TrackRenderer.text(report)
        }
        try AtomicWriter.writeOrPrint(text, to: a.value("--out"))
    }
}
