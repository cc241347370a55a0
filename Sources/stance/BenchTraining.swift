import Foundation
import StanceKit
import StanceTraining

/// Training time as `stance train` spends it: the team's labeled pairs
/// (`Evaluation/data/team/*.jsonl`) repeated to a round number, featurized on one
/// thread, then both heads trained (L-BFGS, to convergence unless the settings ask for early stopping).
/// Repeats get their own id and keep their story, so the held-out split stays
/// whole stories, as in real training.
///
///     let t = try BenchTraining.load(evaluation: dir, pairs: 10_000)
///     let (featurize, train) = t.run(featurizer)   // seconds
struct BenchTraining {
    var pairs: [LabeledPair]
    /// Pairs in the team files, before repeating.
    var distinct: Int

    /// Reads the team pairs and repeats them to `count`.
    static func load(evaluation: URL, pairs count: Int) throws -> BenchTraining {
        let dir = evaluation.appendingPathComponent("data/team")
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? [])
            .filter { $0.hasSuffix(".jsonl") }.sorted()
        var team: [LabeledPair] = []
        let reader = LabeledDataReader()
        for f in files {
            do {
                team += try reader.read(dir.appendingPathComponent(f), shownAs: "Evaluation/data/team/\(f)")
            } catch let e as DataError {
                throw CLIError.runtime(e.description)
            }
        }
        if team.isEmpty { throw CLIError.runtime("\(dir.path): no labeled pairs for the training measurement") }
        var out: [LabeledPair] = []
        out.reserveCapacity(count)
        for k in 0..<count {
            var p = team[k % team.count]
            if k >= team.count { p.id += "#\(k / team.count)" }
            out.append(p)
        }
        return BenchTraining(pairs: out, distinct: team.count)
    }

    /// The warm-up trains on this share of the pairs (one in ten): every code path
    /// of featurizing and training runs, at a tenth of a timed run's cost.
    static let warmupDivisor = 10

    /// One untimed featurize + train on the first tenth of the pairs.
    func warmUp(_ featurizer: Featurizer) {
        let few = Array(pairs.prefix(max(1, pairs.count / BenchTraining.warmupDivisor)))
        _ = BenchTraining(pairs: few, distinct: distinct).run(featurizer)
    }

    /// Featurizes on one thread and trains; returns both times in seconds and what training reported.
    func run(_ featurizer: Featurizer) -> (featurize: Double, train: Double, stance: Trainer.HeadReport,
                                            sentiment: Trainer.HeadReport) {
        var examples: [FeaturizedExample] = []
        let featurize = BenchClock.time { examples = featurizer.featurize(pairs, jobs: 1) }
        var reports: (Trainer.HeadReport, Trainer.HeadReport)? = nil
        let train = BenchClock.time {
            let (_, s, m) = Trainer(settings: TrainingSettings(seed: 1)).train(examples, data: [], date: "1970-01-01")
            reports = (s, m)
        }
        return (featurize, train, reports!.0, reports!.1)
    }
}
