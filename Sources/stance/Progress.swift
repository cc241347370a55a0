import Foundation

/// Progress on standard error for work longer than a second, shown only when
/// standard error is a terminal, at most a few times a second.
///
///     let progress = Progress(label: "classified", unit: "documents")
///     progress.update(count)   // "classified 120 documents" after the first second
///     progress.finish()
final class Progress {
    private let label: String
    private let unit: String
    private let enabled: Bool
    private let started = Date()
    private var lastShown = Date.distantPast
    private var shown = false

    init(label: String, unit: String) {
        self.label = label
        self.unit = unit
        self.enabled = StandardStreams.stderrIsTerminal
    }

    func update(_ count: Int, of total: Int? = nil) {
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(started) >= 1, now.timeIntervalSince(lastShown) >= 0.25 else { return }
        lastShown = now
        shown = true
        let totalText = total.map { " of \($0)" } ?? ""
        FileHandle.standardError.write(Data("\r\(label) \(count)\(totalText) \(unit)...".utf8))
    }

    func finish() {
        guard enabled, shown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
