import Foundation
import StanceKit

/// Runs the bench's measurements on one corpus: the whole pipeline on one
/// thread, each stage on one thread, and the batched multi-threaded path of
/// `stance classify --jobs N`. Every measurement is `runs` timed passes over the
/// whole corpus; the caller warms up once first (`warmUp`).
///
///     let runner = BenchRunner(analyzer: analyzer, corpus: corpus, runs: 3)
///     runner.warmUp(jobs: 2)
///     runner.pipeline().megabytesPerSecond
struct BenchRunner {
    let analyzer: StanceAnalyzer
    let corpus: BenchCorpus
    let runs: Int

    /// Text the warm-up pass reads: 2 MB runs every code path and lexicon table
    /// many times over (the base documents are 0.5 MB) at a tenth of a full run's cost.
    static let warmupBytes = 2_000_000
    /// Documents compared between `analyze` and the stage-by-stage copy: the
    /// generated corpus has fewer distinct ones than this, so all of them.
    static let checkLimit = 2_000

    /// The leading documents of the corpus up to `warmupBytes`.
    var warmupDocuments: ArraySlice<InputDocument> {
        var bytes = 0
        var end = 0
        while end < corpus.documents.count && bytes < BenchRunner.warmupBytes {
            bytes += corpus.documents[end].text.utf8.count
            end += 1
        }
        return corpus.documents[..<end]
    }

    /// One untimed pass over the warm-up documents: whole pipeline, stage copy and threads.
    func warmUp(jobs: Int) {
        let docs = warmupDocuments
        var sink = 0
        for d in docs { sink &+= analyzer.analyze(d.text, name: d.name).sentences }
        var stages = BenchStagePipeline(analyzer: analyzer)
        for d in docs { sink &+= stages.run(d.text, name: d.name).actors.count }
        if jobs > 1 { sink &+= BenchRunner.analyzeBatched(Array(docs), analyzer: analyzer, jobs: jobs) }
        BenchRunner.keep(sink)
    }

    /// Whether the stage-by-stage copy gives `analyze`'s result on the distinct documents;
    /// the name of the first document where it does not.
    func stagesMatchPipeline() -> (Bool, String?) {
        var stages = BenchStagePipeline(analyzer: analyzer)
        for d in corpus.documents.prefix(min(corpus.distinct, BenchRunner.checkLimit)) {
            if stages.run(d.text, name: d.name) != analyzer.analyze(d.text, name: d.name) { return (false, d.name) }
        }
        return (true, nil)
    }

    /// `StanceAnalyzer.analyze` per document, one thread.
    func pipeline() -> BenchRate {
        var times: [Double] = []
        var cpu: [Double] = []
        var sentences = 0
        for _ in 0..<runs {
            var count = 0
            let (wall, used) = BenchClock.measure {
                for d in corpus.documents { count += analyzer.analyze(d.text, name: d.name).sentences }
            }
            times.append(wall)
            cpu.append(used)
            sentences = count
        }
        return BenchRate(name: "whole pipeline (StanceAnalyzer.analyze)", runs: times, bytes: corpus.bytes,
                         sentences: sentences, cpuRuns: cpu)
    }

    /// Each stage's time over the corpus, one thread; the median of the runs per stage
    /// with its share of the stages' sum, and the sum of the stages (its share: of the
    /// whole-pipeline time, about 1 when the staged copy costs what `analyze` costs).
    func stages(pipelineSeconds: Double) -> (stages: [BenchRate], total: BenchRate) {
        var perStage = [[Double]](repeating: [], count: BenchStagePipeline.names.count)
        var totals: [Double] = []
        var cpu: [Double] = []
        var sentences = 0
        var stages = BenchStagePipeline(analyzer: analyzer)
        var sink = 0
        for _ in 0..<runs {
            stages.reset()
            let (_, used) = BenchClock.measure {
                for d in corpus.documents { sink &+= stages.run(d.text, name: d.name).actors.count }
            }
            cpu.append(used)
            let seconds = stages.nanoseconds.map { Double($0) / 1e9 }
            for (k, s) in seconds.enumerated() { perStage[k].append(s) }
            totals.append(seconds.reduce(0, +))
            sentences = stages.sentences
        }
        BenchRunner.keep(sink)
        // A stage's share is of the stages' sum, measured in the same passes: it holds
        // even when other work slowed the separate whole-pipeline runs.
        let sum = max(BenchClock.median(totals), 1e-9)
        let whole = max(pipelineSeconds, 1e-9)
        let rates = BenchStagePipeline.names.enumerated().map { k, name in
            BenchRate(name: name, runs: perStage[k], bytes: corpus.bytes, sentences: sentences,
                      share: BenchClock.median(perStage[k]) / sum)
        }
        let total = BenchRate(name: "sum of stages", runs: totals, bytes: corpus.bytes, sentences: sentences,
                              cpuRuns: cpu, share: BenchClock.median(totals) / whole)
        return (rates, total)
    }

    /// The whole corpus through `classify`'s batched threads (`--jobs N`), analysis only.
    func jobs(_ n: Int) -> BenchRate {
        var times: [Double] = []
        var cpu: [Double] = []
        var sentences = 0
        for _ in 0..<runs {
            var count = 0
            let (wall, used) = BenchClock.measure {
                count = BenchRunner.analyzeBatched(corpus.documents, analyzer: analyzer, jobs: n)
            }
            times.append(wall)
            cpu.append(used)
            sentences = count
        }
        var rate = BenchRate(name: "--jobs \(n)", runs: times, bytes: corpus.bytes, sentences: sentences, cpuRuns: cpu)
        rate.jobs = n
        return rate
    }

    /// Analyzes documents in `classify`'s batches on `jobs` threads; returns the sentence count.
    static func analyzeBatched(_ documents: [InputDocument], analyzer: StanceAnalyzer, jobs: Int) -> Int {
        var sentences = 0
        var start = 0
        while start < documents.count {
            var end = start
            var bytes = 0
            while end < documents.count && end - start < ClassifyCommand.batchDocuments && bytes < ClassifyCommand.batchBytes {
                bytes += documents[end].text.utf8.count
                end += 1
            }
            let batch = Array(documents[start..<end])
            let counts = ParallelMap.map(batch, jobs: jobs) { d in analyzer.analyze(d.text, name: d.name).sentences }
            sentences += counts.reduce(0, +)
            start = end
        }
        return sentences
    }

    /// Keeps a value alive so the optimizer cannot drop the work that made it.
    @inline(never)
    static func keep(_ value: Int) {
        if value == Int.min { StandardStreams.error("") }
    }
}
