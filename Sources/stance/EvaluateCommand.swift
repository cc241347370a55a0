import Foundation
import StanceKit
import StanceTraining

/// `stance evaluate`: precision, recall, F1, confusion matrix, baselines, errors.
enum EvaluateCommand {
    static let usage = "usage: stance evaluate --data FILE [--data FILE ...] [--model PATH] [--format text|json|markdown|html] [--out PATH] [--folds K] [--seed N] [--task stance|sentiment] [--no-corpus-text]"

    static let help = """
    stance evaluate: score a model on labeled pairs and show where it fails.

    \(usage)

    The report gives, for stance (firm, hedged, refused, none) and sentiment
    (negative, neutral, positive): per-label precision, recall, F1 and support;
    macro-F1, accuracy and Cohen's kappa; the confusion matrix; two baselines
    beside the model (the majority label, and the lexicon rules alone); and the
    most confident errors with their cue words.

    With --folds K it cross-validates instead: the data is cut into K folds that
    never split a story or document, each fold is predicted by a model trained
    (as stance train does) on the others, and the report scores all predictions.

    Options:
      --data FILE      labeled data, any format stance train reads (repeatable; required)
      --model PATH     the model to score (default: Models/stance.json, found as classify does)
      --folds K        K-fold cross-validation of training instead of scoring a model
      --train-extra F  with --folds: labeled data added to every fold's training and never
                       scored (repeatable), e.g. other corpora the shipped model also learns from;
                       a fold leaves out the extra pairs of the documents it scores
      --seed N         seed of the folds and of training (default: 1)
      --format F       text (default), json, markdown or html
      --errors N       how many of the most confident errors to list (default: 20)
      --task T         score only the stance or only the sentiment labels (default: both),
                       e.g. when the model was trained on the data's other labels
      --no-corpus-text list errors of corpus pairs (NewsMTSC) by where they are, without
                       the corpus's sentences and mentions: for reports kept in a repository
      --out PATH       write the report to PATH (atomically) instead of standard output
      --lexicons DIR   a lexicon folder
      --jobs N         threads for featurizing (default: all cores)
      -h, --help       show this help

    Examples:
      stance evaluate --data Evaluation/data/team-test.jsonl
      stance evaluate --data Evaluation/data/newsmtsc-stance.jsonl --folds 10 --format markdown
      stance evaluate --data Evaluation/data/newsmtsc-stance-2.jsonl --task stance
    """

    static func run(_ argv: [String]) throws {
        let a = try Arguments(argv, options: ["--data", "--model", "--format", "--out", "--folds", "--seed", "--lexicons", "--jobs", "--errors",
                                           "--train-extra", "--task"],
                              flags: ["--no-corpus-text"], usage: usage)
        if a.has("--help") { print(help); return }
        if !a.positionals.isEmpty {
            throw CLIError.usage("unexpected argument \"\(a.positionals[0])\" (data files go after --data)", usage: usage)
        }
        let format = try a.choice("--format", among: ["text", "json", "markdown", "html"], default: "text", usage: usage)
        let folds = try a.integer("--folds", usage: usage, range: 2...100)
        let seed = try a.integer("--seed", usage: usage, range: 0...Int(Int32.max)) ?? 1
        let jobs = try a.integer("--jobs", usage: usage, range: 1...512) ?? ProcessInfo.processInfo.activeProcessorCount
        let errorCount = try a.integer("--errors", usage: usage, range: 0...1_000_000) ?? Evaluator.defaultErrorCount
        let evaluator = Evaluator(errorCount: errorCount, withoutCorpusText: a.has("--no-corpus-text"))
        if folds == nil && !a.all("--train-extra").isEmpty {
            throw CLIError.usage("--train-extra needs --folds", usage: usage)
        }
        if folds != nil && a.value("--model") != nil {
            throw CLIError.usage("--folds trains its own models; it takes no --model", usage: usage)
        }
        if let out = a.value("--out") {
            if out.isEmpty { throw CLIError.usage("option --out needs a path", usage: usage) }
            // Fail before the work when the output folder is missing or the path is a directory.
            try AtomicWriter.checkWritable(URL(fileURLWithPath: out), shownAs: out)
        }
        let task = try a.choice("--task", among: ["stance", "sentiment", "both"], default: "both", usage: usage)
        var data = try TrainingData.load(a.all("--data"), usage: usage)
        if task != "both" {
            data.pairs = data.pairs.compactMap { pair in
                var p = pair
                if task == "stance" { p.sentiment = nil } else { p.stance = nil }
                return p.stance == nil && p.sentiment == nil ? nil : p
            }
            if data.pairs.isEmpty {
                throw CLIError.runtime("\(data.files.map(\.path).joined(separator: ", ")): no \(task) labels to score")
            }
        }
        let report: EvaluationReport
        if let k = folds {
            let featurizer = try TrainingData.featurizer(lexicons: a.value("--lexicons"))
            let examples = featurizer.featurize(data.pairs, jobs: jobs)
            var extra: [FeaturizedExample] = []
            if !a.all("--train-extra").isEmpty {
                extra = featurizer.featurize(try TrainingData.load(a.all("--train-extra"), usage: usage).pairs, jobs: jobs)
            }
            let progress = Progress(label: "cross-validated", unit: "folds")
            report = evaluator.crossValidate(examples, folds: k, settings: TrainingSettings(seed: UInt64(seed)),
                                               data: data.files.map(\.path) + a.all("--train-extra").map { "\($0) (training only)" },
                                               extra: extra) { progress.update($0, of: k) }
            progress.finish()
        } else {
            try CLI.checkResourceFlags(model: a.value("--model"), lexicons: a.value("--lexicons"))
            let resources = try ResourceLocator(lexicons: a.value("--lexicons"), model: a.value("--model")).locate()
            let analyzer = try StanceAnalyzer(resources: resources)
            let examples = Featurizer(analyzer: analyzer).featurize(data.pairs, jobs: jobs)
            report = evaluator.evaluate(examples, model: analyzer.model, modelName: a.value("--model") ?? CLI.relativePath(resources.model),
                                          data: data.files.map(\.path))
        }
        let text: String
        switch format {
        case "json": text = ReportRenderer.json(report)
        case "markdown": text = ReportRenderer.markdown(report)
        case "html": text = ReportRenderer.html(report)
        default: text = ReportRenderer.text(report)
        }
        try AtomicWriter.writeOrPrint(text, to: a.value("--out"))
    }
}
