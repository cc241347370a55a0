/// One measured figure of the bench: the median time of the runs over a given
/// amount of text, and the throughput it gives.
///
///     let r = BenchRate(name: "whole pipeline", runs: [8.1, 7.9, 8.0], bytes: 20_000_000, sentences: 150_000)
///     r.megabytesPerSecond   // 2.5 (MB = 10^6 bytes)
///     r.sentencesPerSecond   // 18750
///
/// `cpuRuns`, when measured, gives the process's CPU seconds per run too: with one
/// thread on a busy machine, MB per CPU second is what the code costs, MB per wall
/// second what the user waited.
struct BenchRate: Encodable {
    var name: String
    /// Seconds of each timed run, in run order.
    var runs: [Double]
    var bytes: Int
    var sentences: Int
    /// CPU seconds (user + system, all threads) of each run, when measured.
    var cpuRuns: [Double]? = nil
    /// Stages only: a stage's share of the stages' sum; the sum's, of the whole pipeline.
    var share: Double?
    /// Threads (the `--jobs` measurements only).
    var jobs: Int?

    var seconds: Double { BenchClock.median(runs) }
    var cpuSeconds: Double? { cpuRuns.map(BenchClock.median) }
    /// A run shorter than a nanosecond counts as one: throughput stays finite.
    private var divisor: Double { max(seconds, 1e-9) }
    var megabytesPerSecond: Double { Double(bytes) / 1e6 / divisor }
    var sentencesPerSecond: Double { Double(sentences) / divisor }

    enum CodingKeys: String, CodingKey {
        case name, jobs, seconds, runs = "runs_seconds", megabytesPerSecond = "mb_per_s",
             sentencesPerSecond = "sentences_per_s", share,
             cpuSeconds = "cpu_seconds", cpuMegabytesPerSecond = "mb_per_cpu_s"
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encodeIfPresent(jobs, forKey: .jobs)
        try c.encode(BenchRate.round(seconds, 4), forKey: .seconds)
        try c.encode(runs.map { BenchRate.round($0, 4) }, forKey: .runs)
        try c.encode(BenchRate.round(megabytesPerSecond, 3), forKey: .megabytesPerSecond)
        try c.encode(BenchRate.round(sentencesPerSecond, 1), forKey: .sentencesPerSecond)
        try c.encodeIfPresent(cpuSeconds.map { BenchRate.round($0, 4) }, forKey: .cpuSeconds)
        try c.encodeIfPresent(cpuSeconds.map { BenchRate.round(Double(bytes) / 1e6 / max($0, 1e-9), 3) },
                              forKey: .cpuMegabytesPerSecond)
        try c.encodeIfPresent(share.map { BenchRate.round($0, 4) }, forKey: .share)
    }

    static func round(_ x: Double, _ digits: Int) -> Double {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        return (x * scale).rounded() / scale
    }
}
