import Foundation

/// The bench's stopwatch: a monotonic clock (never set back, unlike the wall
/// clock) read in nanoseconds, the process's CPU time (user + system, all
/// threads: on a machine shared with other work it shows what the wall clock
/// lost to waiting), and the median used to summarise repeated runs.
///
///     let start = BenchClock.now()
///     work()
///     let seconds = BenchClock.seconds(since: start)
///     let (wall, cpu) = BenchClock.measure { work() }
///     BenchClock.median([3.1, 2.9, 3.0])   // 3.0
enum BenchClock {
    /// Nanoseconds on CLOCK_MONOTONIC.
    static func now() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }

    /// Seconds elapsed since a reading of `now()`.
    static func seconds(since start: UInt64) -> Double {
        Double(now() &- start) / 1e9
    }

    /// Times one call of `body`, in seconds.
    static func time(_ body: () throws -> Void) rethrows -> Double {
        let start = now()
        try body()
        return seconds(since: start)
    }

    /// CPU seconds used by this process so far (user + system, every thread).
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    }

    /// Times one call of `body`: wall seconds (monotonic) and CPU seconds.
    static func measure(_ body: () throws -> Void) rethrows -> (wall: Double, cpu: Double) {
        let cpu0 = cpuSeconds()
        let start = now()
        try body()
        let wall = seconds(since: start)
        return (wall, cpuSeconds() - cpu0)
    }

    /// The median of some values (the mean of the middle two for an even count; 0 for none).
    static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }
}
