import Foundation
import Testing
import StanceKit

/// `ParallelMap.map`: the output keeps the input order for any number of jobs,
/// every item is transformed exactly once, and the degenerate cases (no items,
/// one item, one job or fewer, more jobs than items) give the serial map.
@Suite("ParallelMap")
struct ParallelMapTests {
    /// Counts calls per item from several threads.
    final class CallCounter: @unchecked Sendable {
        private let lock = NSLock()
        private var counts: [Int: Int] = [:]
        func record(_ i: Int) { lock.lock(); counts[i, default: 0] += 1; lock.unlock() }
        var snapshot: [Int: Int] { lock.lock(); defer { lock.unlock() }; return counts }
    }

    @Test("keeps the input order", arguments: [-1, 0, 1, 2, 3, 4, 8, 64])
    func keepsOrder(_ jobs: Int) {
        let items = Array(0..<1000).map { ($0 * 7919) % 1000 }   // a permutation, not sorted
        let out = ParallelMap.map(items, jobs: jobs) { "item-\($0)" }
        #expect(out == items.map { "item-\($0)" })
    }

    @Test("every item is transformed exactly once", arguments: [1, 2, 3, 7])
    func exactlyOnce(_ jobs: Int) {
        let counter = CallCounter()
        let items = Array(0..<257)
        let out = ParallelMap.map(items, jobs: jobs) { i -> Int in counter.record(i); return i * i }
        #expect(out == items.map { $0 * $0 })
        let counts = counter.snapshot
        #expect(counts.count == items.count)
        #expect(counts.values.allSatisfy { $0 == 1 })
    }

    @Test func degenerateInputs() {
        #expect(ParallelMap.map([Int](), jobs: 4) { $0 + 1 } == [])
        #expect(ParallelMap.map([41], jobs: 4) { $0 + 1 } == [42])
        #expect(ParallelMap.map([1, 2, 3], jobs: 100) { $0 * 10 } == [10, 20, 30], "more jobs than items")
    }

    @Test func itemsOfUnevenCostStayInPlace() {
        // Long and short items interleaved: whichever finishes first, its result lands at its index.
        let items = (0..<40).map { $0 % 3 == 0 ? 20_000 : 10 }
        let out = ParallelMap.map(Array(items.enumerated()), jobs: 4) { pair -> [Int] in
            var sum = 0
            for k in 0..<pair.element { sum &+= k }
            return [pair.offset, sum]
        }
        #expect(out.map { $0[0] } == Array(0..<40))
        #expect(out.map { $0[1] } == items.map { n in (0..<n).reduce(0, &+) })
    }
}
