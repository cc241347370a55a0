import Dispatch

/// Work started on another thread whose result is collected later, so the calling
/// thread can do something else meanwhile: `classify` reads and parses the next batch
/// of documents while the current one is analysed, and writes the previous one.
///
///     let job = BackgroundJob { expensive() }
///     let other = cheapWork()
///     let result = job.wait()
final class BackgroundJob<R: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    // Written once by the job's thread before `done` is signalled; read after `wait()`.
    private var result: R?

    init(_ work: @escaping @Sendable () -> R) {
        DispatchQueue.global().async {
            self.result = work()
            self.done.signal()
        }
    }

    /// Blocks until the work is done and returns its result (call once).
    func wait() -> R {
        done.wait()
        return result!
    }
}
