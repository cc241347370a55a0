/// A read-mostly hash map from already-mixed 64-bit keys (token and feature
/// hashes) to values: open addressing with linear probing, no per-lookup
/// hashing (the key's own bits choose the slot), no allocation on lookup.
///
/// Swift's `Dictionary` hashes every key with SipHash; the pipeline's keys are
/// FNV hashes already, so hashing them again is wasted work on the hot path.
///
///     var index = HashIndex<Int32>()
///     index[TokenHash.of("will")] = 3
///     index[TokenHash.of("will")]   // 3
public struct HashIndex<Value: Sendable>: Sendable {
    /// A key and its value side by side, so a lookup touches one cache line, not two
    /// (the model's table is larger than the L2 cache: profiles showed the two misses).
    @usableFromInline
    struct Slot: Sendable {
        @usableFromInline var key: UInt64
        @usableFromInline var value: Value?
    }
    @usableFromInline var slots: [Slot]
    @usableFromInline var mask: Int
    public private(set) var count = 0

    /// The largest share of slots in use before the table doubles (probe chains stay short).
    static var maxLoad: Double { 0.5 }

    public init(capacity: Int = 16) {
        var size = 16
        while Double(size) * HashIndex.maxLoad < Double(capacity) { size <<= 1 }
        slots = [Slot](repeating: Slot(key: 0, value: nil), count: size)
        mask = size - 1
    }

    /// Builds an index from a dictionary.
    public init(_ dictionary: [UInt64: Value]) {
        self.init(capacity: dictionary.count)
        for (k, v) in dictionary { self[k] = v }
    }

    /// The first slot to probe: the key's bits with the high bits folded in (FNV's low bits
    /// alone are weaker).
    @inline(__always) @usableFromInline
    func home(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key ^ (key >> 29) ^ (key >> 43))) & mask
    }

    /// The slot where the key is, or where it would go.
    @inline(__always)
    private func slot(_ key: UInt64) -> Int {
        var i = home(key)
        while true {
            if slots[i].value == nil || slots[i].key == key { return i }
            i = (i + 1) & mask
        }
    }

    @inline(__always)
    public subscript(key: UInt64) -> Value? {
        get {
            var i = home(key)
            return slots.withUnsafeBufferPointer { sp in
                while true {
                    guard let v = sp[i].value else { return nil }
                    if sp[i].key == key { return v }
                    i = (i + 1) & mask
                }
            }
        }
        set {
            guard let newValue else {
                precondition(self[key] == nil, "HashIndex does not remove keys")
                return
            }
            if Double(count + 1) > Double(slots.count) * HashIndex.maxLoad { grow() }
            let i = slot(key)
            if slots[i].value == nil { count += 1 }
            slots[i] = Slot(key: key, value: newValue)
        }
    }

    public var isEmpty: Bool { count == 0 }

    /// The keys present, in slot order.
    public var keys: [UInt64] {
        slots.compactMap { $0.value == nil ? nil : $0.key }
    }

    /// Whether the key is present.
    @inline(__always)
    public func contains(_ key: UInt64) -> Bool { self[key] != nil }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(key: 0, value: nil), count: old.count * 2)
        mask = slots.count - 1
        count = 0
        for s in old where s.value != nil { self[s.key] = s.value }
    }
}

extension HashIndex where Value == Bool {
    /// A set of keys.
    public init<S: Sequence>(set: S) where S.Element == UInt64 {
        let elements = Array(set)
        self.init(capacity: elements.count)
        for k in elements { self[k] = true }
    }
}
