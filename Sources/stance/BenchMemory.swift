import Foundation

/// Resident memory of the running process, as the bench reports it: the peak
/// from `getrusage` (`ru_maxrss`, kilobytes on Linux) and from
/// `/proc/self/status` (`VmHWM`, the high-water mark, and `VmRSS`, the current
/// size). Values are in megabytes (10^6 bytes); a source that is missing (not
/// Linux) gives nil.
///
///     let m = BenchMemory.current()
///     m.maxRSS    // 61.3
///     m.vmHWM     // 61.3
///     BenchMemory.resetPeak()   // VmHWM starts again from VmRSS: one phase's peak next
struct BenchMemory: Encodable {
    /// Peak resident set size from getrusage(RUSAGE_SELF).ru_maxrss.
    var maxRSS: Double
    /// Peak resident set size from /proc/self/status VmHWM.
    var vmHWM: Double?
    /// Current resident set size from /proc/self/status VmRSS.
    var vmRSS: Double?

    enum CodingKeys: String, CodingKey {
        case maxRSS = "max_rss_mb", vmHWM = "vm_hwm_mb", vmRSS = "vm_rss_mb"
    }

    static func current() -> BenchMemory {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        let status = procStatus()
        return BenchMemory(maxRSS: round1(Double(usage.ru_maxrss) * 1024 / 1e6),
                           vmHWM: status["VmHWM"].map { round1(Double($0) * 1024 / 1e6) },
                           vmRSS: status["VmRSS"].map { round1(Double($0) * 1024 / 1e6) })
    }

    /// The "kB" fields of /proc/self/status, in kilobytes.
    static func procStatus() -> [String: Int] {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return [:] }
        var out: [String: Int] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(whereSeparator: { $0 == ":" || $0 == " " || $0 == "\t" })
            if parts.count >= 3, parts[2] == "kB", let n = Int(parts[1]) { out[String(parts[0])] = n }
        }
        return out
    }

    /// Resets the VmHWM high-water mark to the current size (Linux: "5" to
    /// /proc/self/clear_refs), so the next reading shows one phase's peak. Returns
    /// false where that is not possible; ru_maxrss never resets.
    @discardableResult
    static func resetPeak() -> Bool {
        guard let h = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? h.close() }
        do { try h.write(contentsOf: Data("5".utf8)) } catch { return false }
        return true
    }

    private static func round1(_ x: Double) -> Double { (x * 10).rounded() / 10 }
}
