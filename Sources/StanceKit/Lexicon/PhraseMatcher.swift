/// Finds lexicon phrases in a token sequence: a trie over token hashes, with
/// `*` in a phrase standing for any one token.
///
/// Phrases are added as sequences of token hashes (lowercase or exact, as the
/// lexicon wants); matching walks the trie from a start token and returns the
/// longest phrase that ends there. Multi-word cues ("rule out", "on the
/// table", "an option and a possibility") and names ("White House") are found
/// in one pass with no string work.
///
///     var m = PhraseMatcher<String>()
///     m.insert([TokenHash.of("rule"), TokenHash.of("out")], payload: "refused")
///     // on tokens "will rule out troops", m.longestMatch(at: 1, ...) -> (2, "refused")
public struct PhraseMatcher<Payload: Sendable>: Sendable {
    /// The hash that stands for "any one token".
    public static var wildcard: UInt64 { TokenHash.of("*") }

    /// The key of the edge from `node` on `token`.
    @inline(__always)
    private static func edge(_ node: Int32, _ token: UInt64) -> UInt64 {
        TokenHash.combine(token, UInt64(UInt32(bitPattern: node)) &+ 0x5851_F42D_4C95_7F2D)
    }

    private var payloadIndex: [Int32] = [-1]   // per node
    private var hasWildcard: [Bool] = [false]  // per node
    private var edges = HashIndex<Int32>()
    public private(set) var payloads: [Payload] = []
    /// Longest phrase length in tokens.
    public private(set) var maxLength = 0

    public init() {}

    /// Number of phrases.
    public var count: Int { payloads.count }

    /// Adds a phrase; when it is already present, `merge` combines the payloads.
    public mutating func insert(_ phrase: [UInt64], payload: Payload, merge: (Payload, Payload) -> Payload = { _, new in new }) {
        precondition(!phrase.isEmpty)
        var node: Int32 = 0
        for token in phrase {
            let key = PhraseMatcher.edge(node, token)
            if let next = edges[key] {
                node = next
            } else {
                let next = Int32(payloadIndex.count)
                payloadIndex.append(-1)
                hasWildcard.append(false)
                edges[key] = next
                if token == PhraseMatcher.wildcard { hasWildcard[Int(node)] = true }
                node = next
            }
        }
        let existing = payloadIndex[Int(node)]
        if existing >= 0 {
            payloads[Int(existing)] = merge(payloads[Int(existing)], payload)
        } else {
            payloadIndex[Int(node)] = Int32(payloads.count)
            payloads.append(payload)
        }
        maxLength = max(maxLength, phrase.count)
    }

    /// The payload of an exact phrase, if present.
    public func lookup(_ phrase: [UInt64]) -> Payload? {
        var node: Int32 = 0
        for token in phrase {
            guard let next = edges[PhraseMatcher.edge(node, token)] else { return nil }
            node = next
        }
        let p = payloadIndex[Int(node)]
        return p >= 0 ? payloads[Int(p)] : nil
    }

    /// The longest phrase starting at `start` and ending before `end`.
    /// - Parameter key: the hash of a token to match with (lowercase or exact).
    /// - Returns: the phrase length in tokens and its payload, or nil.
    /// - Complexity: O(phrase length), more where wildcards branch.
    @inline(__always)
    public func longestMatch(_ tokens: UnsafeBufferPointer<Token>, at start: Int, end: Int,
                             key: (Token) -> UInt64) -> (length: Int, payload: Payload)? {
        var best: (Int, Int32)? = nil
        walk(tokens, node: 0, at: start, start: start, end: end, key: key, best: &best)
        guard let (length, p) = best else { return nil }
        return (length, payloads[Int(p)])
    }

    private func walk(_ tokens: UnsafeBufferPointer<Token>, node: Int32, at i: Int, start: Int, end: Int,
                      key: (Token) -> UInt64, best: inout (Int, Int32)?) {
        if i >= end { return }
        let token = tokens[i]
        // Quotation marks inside a phrase are transparent: was “absolutely determined” to.
        if node != 0 && (token.has(.openQuote) || token.has(.closeQuote)) {
            walk(tokens, node: node, at: i + 1, start: start, end: end, key: key, best: &best)
            return
        }
        if let next = edges[PhraseMatcher.edge(node, key(token))] {
            let p = payloadIndex[Int(next)]
            if p >= 0, best == nil || best!.0 < i + 1 - start { best = (i + 1 - start, p) }
            walk(tokens, node: next, at: i + 1, start: start, end: end, key: key, best: &best)
        }
        if hasWildcard[Int(node)], token.isWordLike,
           let next = edges[PhraseMatcher.edge(node, PhraseMatcher.wildcard)] {
            let p = payloadIndex[Int(next)]
            if p >= 0, best == nil || best!.0 < i + 1 - start { best = (i + 1 - start, p) }
            walk(tokens, node: next, at: i + 1, start: start, end: end, key: key, best: &best)
        }
    }

    /// Whether some phrase starts with this token (a cheap pre-check).
    @inline(__always)
    public func mayStart(with hash: UInt64) -> Bool {
        edges[PhraseMatcher.edge(0, hash)] != nil || hasWildcard[0]
    }
}
