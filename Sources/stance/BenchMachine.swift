import Foundation

/// What the bench ran on, printed beside the figures: CPU model, cores, memory,
/// operating system, and whether this executable is a release build (debug
/// builds are many times slower and their figures mean little), and the load
/// average around the run.
///
///     BenchMachine.current().cpu     // "AMD EPYC"
struct BenchMachine: Encodable {
    var cpu: String
    var cores: Int
    /// Physical memory, in gigabytes (10^9 bytes).
    var memoryGB: Double
    var os: String
    /// "release" or "debug".
    var build: String
    /// The 1-, 5- and 15-minute load averages (/proc/loadavg) when the bench
    /// started and when it ended: above 1 on a bench with one thread, other
    /// work shared the cores and the wall-clock figures are pessimistic.
    var loadAtStart: [Double]
    var loadAtEnd: [Double] = []

    enum CodingKeys: String, CodingKey {
        case cpu, cores, memoryGB = "memory_gb", os, build, loadAtStart = "load_average_start",
             loadAtEnd = "load_average_end"
    }

    static func current() -> BenchMachine {
        var cpu = "unknown"
        if let info = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
           let line = info.split(separator: "\n").first(where: { $0.hasPrefix("model name") }),
           let colon = line.firstIndex(of: ":") {
            cpu = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        #if DEBUG
        let build = "debug"
        #else
        let build = "release"
        #endif
        let info = ProcessInfo.processInfo
        return BenchMachine(cpu: cpu, cores: info.activeProcessorCount,
                            memoryGB: (Double(info.physicalMemory) / 1e8).rounded() / 10,
                            os: info.operatingSystemVersionString, build: build, loadAtStart: loadAverage())
    }

    /// The three load averages, or none when /proc/loadavg is missing.
    static func loadAverage() -> [Double] {
        guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return [] }
        return text.split(separator: " ").prefix(3).compactMap { Double($0) }
    }
}
