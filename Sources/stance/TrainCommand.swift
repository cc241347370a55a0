import Foundation
import StanceKit
import StanceTraining

/// `stance train`: labeled sentences in, a model file out.
enum TrainCommand {
    static let usage = "usage: stance train --data FILE [--data FILE ...] [--out PATH] [--seed N] [--lexicons DIR] [--jobs N]"

    static let help = """
    stance train: train a model (stance and sentiment heads) from labeled pairs.

    \(usage)

    Each --data FILE is labeled data in any format the interface guide names: the
    project's JSON Lines ({"text", "actor", "span", "stance", "sentiment"}), NewsMTSC
    JSON Lines (sentiment), stance labels joined with NewsMTSC ({"join": "newsmtsc"}
    header), or TSV with a header. A pair trains each head it has a label for.

    The model is multinomial logistic regression over the classify pipeline's
    features, L2-regularised, class-weighted, optimised with L-BFGS: the stance head
    to convergence, the sentiment head stopped early on a held-out tenth of the
    stories, then refit on all data. The same data and seed give a byte-identical
    model file. The file is written atomically: a failure
    leaves any previous file untouched.

    Options:
      --data FILE      labeled data (repeatable; required)
      --out PATH       where to write the model (default: model.json); to use it,
                       pass --model PATH to classify and evaluate, or write it to
                       Models/stance.json to replace the shipped model
      --seed N         seed of the sentiment head's held-out split (default: 1)
      --lexicons DIR   a lexicon folder (default: Lexicons/, found as classify finds it)
      --jobs N         threads for featurizing (default: all cores)
      -h, --help       show this help

    Example:
      stance train --data Evaluation/data/team-train.jsonl --out Models/mine.json
    """

    static func run(_ argv: [String]) throws {
        let a = try Arguments(argv, options: ["--data", "--out", "--seed", "--lexicons", "--jobs"], flags: [], usage: usage)
        if a.has("--help") { print(help); return }
        if !a.positionals.isEmpty {
            throw CLIError.usage("unexpected argument \"\(a.positionals[0])\" (data files go after --data)", usage: usage)
        }
        let seed = try a.integer("--seed", usage: usage, range: 0...Int(Int32.max)) ?? 1
        let jobs = try a.integer("--jobs", usage: usage, range: 1...512) ?? ProcessInfo.processInfo.activeProcessorCount
        let outPath = a.value("--out") ?? "model.json"
        if outPath.isEmpty { throw CLIError.usage("option --out needs a path", usage: usage) }
        let out = URL(fileURLWithPath: outPath)
        // Fail before the work when the output folder is missing or the path is a directory.
        try AtomicWriter.checkWritable(out, shownAs: outPath)
        let started = Date()
        let data = try TrainingData.load(a.all("--data"), usage: usage)
        let featurizer = try TrainingData.featurizer(lexicons: a.value("--lexicons"))
        let examples = featurizer.featurize(data.pairs, jobs: jobs)
        let (file, stance, sentiment) = Trainer(settings: TrainingSettings(seed: UInt64(seed)))
            .train(examples, data: data.files, date: TrainingData.date())
        try AtomicWriter.write(try file.encoded(), to: out, shownAs: outPath)
        let seconds = Date().timeIntervalSince(started)
        StandardStreams.error(String(format: "stance: trained on %d pairs in %.1f s; stance head: %d examples, %d features, %d iterations%@; sentiment head: %d examples, %d features, %d iterations%@; wrote %@",
                                     data.pairs.count, seconds, stance.examples, stance.features, stance.iterations,
                                     stance.devMacroF1.map { String(format: ", held-out macro-F1 %.3f", $0) } ?? "",
                                     sentiment.examples, sentiment.features, sentiment.iterations,
                                     sentiment.devMacroF1.map { String(format: ", held-out macro-F1 %.3f", $0) } ?? "",
                                     out.path))
    }
}
