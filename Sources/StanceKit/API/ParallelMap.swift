import Dispatch

/// Maps an array on `jobs` threads, keeping the input order in the output: what
/// `classify --jobs N` and the trainer's featurizing run on.
///
///     ParallelMap.map([1, 2, 3], jobs: 2) { $0 * 2 }   // [2, 4, 6]
public enum ParallelMap {
    public static func map<T: Sendable, R: Sendable>(_ items: [T], jobs: Int, _ transform: @escaping @Sendable (T) -> R) -> [R] {
        if jobs <= 1 || items.count <= 1 { return items.map(transform) }
        let workers = min(jobs, items.count)
        var results = [R?](repeating: nil, count: items.count)
        results.withUnsafeMutableBufferPointer { buffer in
            let out = UnsafeSendableBuffer(buffer)
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                var i = w
                while i < items.count {
                    out.buffer[i] = transform(items[i])
                    i += workers
                }
            }
        }
        return results.map { $0! }
    }
}

/// A buffer written by disjoint indices from several threads.
private struct UnsafeSendableBuffer<R>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<R?>
    init(_ b: UnsafeMutableBufferPointer<R?>) { buffer = b }
}
