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
    private var keysStorage: [UInt64]
    private var values: [Value?]
    private var mask: Int
    public private(set) var count = 0

    /// The largest share of slots in use before the table doubles (probe chains stay short).
    static var maxLoad: Double { 0.5 }

    public init(capacity: Int = 16) {
        var size = 16
        while Double(size) * HashIndex.maxLoad < Double(capacity) { size <<= 1 }
        keysStorage = [UInt64](repeating: 0, count: size)
        values = [Value?](repeating: nil, count: size)
        mask = size - 1
    }

    /// Builds an index from a dictionary.
    public init(_ dictionary: [UInt64: Value]) {
        self.init(capacity: dictionary.count)
        for (k, v) in dictionary { self[k] = v }
    }

    /// The slot where the key is, or where it would go.
    @inline(__always)
    private func slot(_ key: UInt64) -> Int {
        // Fold the high bits in: FNV's low bits alone are weaker.
        var i = Int(truncatingIfNeeded: (key ^ (key >> 29) ^ (key >> 43))) & mask
        while true {
            if values[i] == nil || keysStorage[i] == key { return i }
            i = (i + 1) & mask
        }
    }

    @inline(__always)
    public subscript(key: UInt64) -> Value? {
        get {
            var i = Int(truncatingIfNeeded: (key ^ (key >> 29) ^ (key >> 43))) & mask
            return keysStorage.withUnsafeBufferPointer { kp in
                values.withUnsafeBufferPointer { vp in
                    while true {
                        guard let v = vp[i] else { return nil }
                        if kp[i] == key { return v }
                        i = (i + 1) & mask
                    }
                }
            }
        }
        set {
            guard let newValue else {
                precondition(self[key] == nil, "HashIndex does not remove keys")
                return
            }
            if Double(count + 1) > Double(keysStorage.count) * HashIndex.maxLoad { grow() }
            let i = slot(key)
            if values[i] == nil { count += 1 }
            keysStorage[i] = key
            values[i] = newValue
        }
    }

    public var isEmpty: Bool { count == 0 }

    /// The keys present, in slot order.
    public var keys: [UInt64] {
        zip(keysStorage, values).compactMap { $1 == nil ? nil : $0 }
    }

    /// Whether the key is present.
    @inline(__always)
    public func contains(_ key: UInt64) -> Bool { self[key] != nil }

    private mutating func grow() {
        let oldKeys = keysStorage, oldValues = values
        keysStorage = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [Value?](repeating: nil, count: oldKeys.count * 2)
        mask = keysStorage.count - 1
        count = 0
        for (k, v) in zip(oldKeys, oldValues) where v != nil { self[k] = v }
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
