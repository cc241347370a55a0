import Foundation

/// Everything `stance bench` measured, printed as text or (`--json`) as one
/// JSON object with the same figures. MB are 10^6 bytes; times are medians of
/// the timed runs, each run listed in `runs_seconds`.
///
///     let report = BenchReport(machine: .current(), corpus: ..., ...)
///     print(report.text())        // the readable table
///     try JSONEncoder().encode(report)   // {"corpus": {...}, "jobs": {...}, "machine": {...}, "pipeline": {...}, ...}
struct BenchReport: Encodable {
    /// The corpus measured on.
    struct Corpus: Encodable {
        var source: String
        var documents: Int
        var distinctDocuments: Int
        var bytes: Int
        var sentences: Int
        var sentencesFile: String?

        enum CodingKeys: String, CodingKey {
            case source, documents, distinctDocuments = "distinct_documents", bytes, megabytes, sentences,
                 sentencesFile = "sentences_file"
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(source, forKey: .source)
            try c.encode(documents, forKey: .documents)
            try c.encode(distinctDocuments, forKey: .distinctDocuments)
            try c.encode(bytes, forKey: .bytes)
            try c.encode(BenchRate.round(Double(bytes) / 1e6, 3), forKey: .megabytes)
            try c.encode(sentences, forKey: .sentences)
            try c.encodeIfPresent(sentencesFile, forKey: .sentencesFile)
        }
    }

    /// How the figures were taken.
    struct Method: Encodable {
        var runs: Int
        var warmupBytes: Int
        var clock = "CLOCK_MONOTONIC"
        var statistic = "median"
        var megabyte = "10^6 bytes"

        enum CodingKeys: String, CodingKey {
            case runs, warmupBytes = "warmup_bytes", clock, statistic, megabyte
        }
    }

    /// Featurize + train on repeated team pairs, one thread.
    struct Training: Encodable {
        var pairs: Int
        var distinctPairs: Int
        var featurizeRuns: [Double]
        var trainRuns: [Double]
        var stanceFeatures: Int
        var stanceIterations: Int
        var sentimentIterations: Int

        var featurizeSeconds: Double { BenchClock.median(featurizeRuns) }
        var trainSeconds: Double { BenchClock.median(trainRuns) }
        var seconds: Double { BenchClock.median(zip(featurizeRuns, trainRuns).map { $0 + $1 }) }

        enum CodingKeys: String, CodingKey {
            case pairs, distinctPairs = "distinct_pairs", seconds, featurizeSeconds = "featurize_seconds",
                 trainSeconds = "train_seconds", runs = "runs_seconds", stanceFeatures = "stance_features",
                 stanceIterations = "stance_iterations", sentimentIterations = "sentiment_iterations"
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(pairs, forKey: .pairs)
            try c.encode(distinctPairs, forKey: .distinctPairs)
            try c.encode(BenchRate.round(seconds, 4), forKey: .seconds)
            try c.encode(BenchRate.round(featurizeSeconds, 4), forKey: .featurizeSeconds)
            try c.encode(BenchRate.round(trainSeconds, 4), forKey: .trainSeconds)
            try c.encode(zip(featurizeRuns, trainRuns).map { BenchRate.round($0 + $1, 4) }, forKey: .runs)
            try c.encode(stanceFeatures, forKey: .stanceFeatures)
            try c.encode(stanceIterations, forKey: .stanceIterations)
            try c.encode(sentimentIterations, forKey: .sentimentIterations)
        }
    }

    /// Throughput on several threads.
    struct Jobs: Encodable {
        var rates: [BenchRate]
        /// Throughput of the most threads over one thread; nil with one thread only.
        var speedup: Double? {
            guard rates.count > 1, let first = rates.first, let last = rates.last, last.seconds > 0 else { return nil }
            return first.seconds / last.seconds
        }

        enum CodingKeys: String, CodingKey { case rates, speedup }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(rates, forKey: .rates)
            try c.encode(speedup.map { BenchRate.round($0, 3) }, forKey: .speedup)
        }
    }

    /// Resident memory: after loading (resources, corpus, training pairs), the peak
    /// of the analysis runs and of the training runs alone (VmHWM reset before
    /// each, when Linux allows), and the whole run's peak.
    struct Memory: Encodable {
        var afterLoad: BenchMemory
        /// VmHWM of the analysis phase (pipeline, stages, threads), MB.
        var analysisPeak: Double?
        /// VmHWM of the training phase, MB.
        var trainingPeak: Double?
        /// The whole run: ru_maxrss, and the largest VmHWM seen.
        var peak: BenchMemory

        enum CodingKeys: String, CodingKey {
            case afterLoad = "after_load", analysisPeak = "analysis_peak_mb", trainingPeak = "training_peak_mb", peak
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(afterLoad, forKey: .afterLoad)
            try c.encode(analysisPeak, forKey: .analysisPeak)
            try c.encode(trainingPeak, forKey: .trainingPeak)
            try c.encode(peak, forKey: .peak)
        }
    }

    var machine: BenchMachine
    var corpus: Corpus
    var method: Method
    var pipeline: BenchRate
    var stages: [BenchRate]
    var stagesTotal: BenchRate
    var stagesMatchPipeline: Bool
    var training: Training?
    var jobs: Jobs
    var memory: Memory

    enum CodingKeys: String, CodingKey {
        case machine, corpus, method, pipeline, stages, stagesTotal = "stages_total",
             stagesMatchPipeline = "stages_match_pipeline", training, jobs, memory
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(machine, forKey: .machine)
        try c.encode(corpus, forKey: .corpus)
        try c.encode(method, forKey: .method)
        try c.encode(pipeline, forKey: .pipeline)
        try c.encode(stages, forKey: .stages)
        try c.encode(stagesTotal, forKey: .stagesTotal)
        try c.encode(stagesMatchPipeline, forKey: .stagesMatchPipeline)
        try c.encode(training, forKey: .training)
        try c.encode(jobs, forKey: .jobs)
        try c.encode(memory, forKey: .memory)
    }

    /// The readable report.
    func text() -> String {
        var out: [String] = []
        out.append("stance bench: \(machine.cpu), \(machine.cores) cores, \(f(machine.memoryGB, 1)) GB, \(machine.build) build")
        if !machine.loadAtStart.isEmpty {
            out.append("load average (1, 5, 15 min): \(machine.loadAtStart.map { f($0, 2) }.joined(separator: " ")) at start, "
                       + "\(machine.loadAtEnd.map { f($0, 2) }.joined(separator: " ")) at end"
                       + (machine.loadAtStart[0] > 1.5 || (machine.loadAtEnd.first ?? 0) > 1.5
                          ? " (other work shared the cores: compare MB per CPU second)" : ""))
        }
        if machine.build != "release" {
            out.append("  warning: a debug build; measure with: swift build -c release && .build/release/stance bench")
        }
        out.append("corpus: \(corpus.source), \(f(Double(corpus.bytes) / 1e6, 2)) MB, \(corpus.documents) documents "
                   + "(\(corpus.distinctDocuments) distinct), \(corpus.sentences) sentences")
        if let s = corpus.sentencesFile { out.append("sentences written to \(s)") }
        out.append("method: one warm-up pass (\(f(Double(method.warmupBytes) / 1e6, 2)) MB), then the median of \(method.runs) timed run(s); monotonic clock; MB = 10^6 bytes; one thread unless --jobs")
        out.append("")
        out.append(row("", "MB/s", "sentences/s", "seconds", "share") + "   MB/cpu-s")
        out.append(rateRow(pipeline))
        out.append("stages:")
        for s in stages { out.append(rateRow(s, indent: "  ")) }
        out.append(rateRow(stagesTotal, indent: "  "))
        out.append("  stage-by-stage result equals analyze: \(stagesMatchPipeline ? "yes" : "NO (the stage copy is out of date with StanceAnalyzer.process)")")
        out.append("threads (classify's batches, analysis only):")
        for r in jobs.rates { out.append(rateRow(r, indent: "  ")) }
        if let s = jobs.speedup { out.append("  speed-up: \(f(s, 2))x") }
        out.append("")
        if let t = training {
            out.append("training \(t.pairs) pairs (\(t.distinctPairs) team pairs repeated), one thread: "
                       + "\(f(t.seconds, 2)) s = featurize \(f(t.featurizeSeconds, 2)) s + train \(f(t.trainSeconds, 2)) s "
                       + "(stance head: \(t.stanceFeatures) features, \(t.stanceIterations) iterations; sentiment head: \(t.sentimentIterations) iterations)")
        } else {
            out.append("training: not measured")
        }
        out.append("memory: after loading \(mem(memory.afterLoad.vmRSS ?? memory.afterLoad.maxRSS)) resident; "
                   + "peak \(mem(memory.peak.maxRSS)) (getrusage ru_maxrss), \(memory.peak.vmHWM.map(mem) ?? "n/a") (VmHWM); "
                   + "peak of the analysis runs \(memory.analysisPeak.map(mem) ?? "n/a"), of training \(memory.trainingPeak.map(mem) ?? "n/a") (VmHWM)")
        return out.joined(separator: "\n")
    }

    private func rateRow(_ r: BenchRate, indent: String = "") -> String {
        let cpu = r.cpuSeconds.map { "  " + String(format: "%8.2f", Double(r.bytes) / 1e6 / max($0, 1e-9)) } ?? ""
        return row(indent + r.name, f(r.megabytesPerSecond, 2), f(r.sentencesPerSecond, 0), f(r.seconds, 3),
                   r.share.map { f($0 * 100, 1) + "%" } ?? "") + cpu
    }

    private func row(_ name: String, _ a: String, _ b: String, _ c: String, _ d: String) -> String {
        func pad(_ s: String, _ n: Int, left: Bool) -> String {
            s.count >= n ? s : (left ? s + String(repeating: " ", count: n - s.count) : String(repeating: " ", count: n - s.count) + s)
        }
        return pad(name, 42, left: true) + pad(a, 10, left: false) + pad(b, 14, left: false) + pad(c, 10, left: false)
            + pad(d, 8, left: false)
    }

    private func f(_ x: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", x) }
    private func mem(_ mb: Double) -> String { String(format: "%.1f MB", mb) }
}
