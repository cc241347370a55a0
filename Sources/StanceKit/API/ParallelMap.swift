import Dispatch
import Synchronization

/// Maps an array on `jobs` threads, keeping the input order in the output: what
/// `classify --jobs N` and the trainer's featurizing run on.
///
///     ParallelMap.map([1, 2, 3], jobs: 2) { $0 * 2 }   // [2, 4, 6]
public enum ParallelMap {
    public static func map<T: Sendable, R: Sendable>(_ items: [T], jobs: Int, _ transform: @escaping @Sendable (T) -> R) -> [R] {
        if jobs <= 1 || items.count <= 1 { return items.map(transform) }
        let workers = min(jobs, items.count)
        var results = [R?](repeating: nil, count: items.count)
        // Each worker takes the next item when it is free (documents differ in length: a fixed
        // stride left one thread idle at the end of every batch).
        let next = Atomic<Int>(0)
        results.withUnsafeMutableBufferPointer { buffer in
            let out = UnsafeSendableBuffer(buffer)
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while true {
                    let i = next.wrappingAdd(1, ordering: .relaxed).oldValue
                    if i >= items.count { break }
                    out.buffer[i] = transform(items[i])
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
