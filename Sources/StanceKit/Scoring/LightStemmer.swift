/// A light English suffix stripper for the sentiment head's bag of words, so "praised",
/// "praises" and "praising" share one weight. Not a full Porter stemmer: plural -s/-ies,
/// -ing, -ed, -ly, a final e and a doubled consonant. Works in place on bytes, without
/// allocating, because it runs once per word of every scored sentence.
///
///     LightStemmer.stem("praised")    // "prais"
///     LightStemmer.stem("praises")    // "prais"
///     LightStemmer.stem("stopped")    // "stop"
public enum LightStemmer {
    /// Words longer than this many bytes are hashed whole.
    static let maxWordBytes = 48

    /// The stem of `word`, lower-cased (for tests and inspection).
    public static func stem(_ word: String) -> String {
        var bytes = Array(word.lowercased().utf8)
        let n = bytes.withUnsafeMutableBufferPointer { stem(in: $0, count: $0.count) }
        return String(decoding: bytes[..<n], as: UTF8.self)
    }

    /// Whether the first `n` bytes of `b` end with `suffix` (ASCII).
    @inline(__always)
    private static func ends(_ b: UnsafeMutableBufferPointer<UInt8>, _ n: Int, _ suffix: StaticString) -> Bool {
        let k = suffix.utf8CodeUnitCount
        guard n >= k else { return false }
        let s = suffix.utf8Start
        var i = 0
        while i < k { if b[n - k + i] != s[i] { return false }; i += 1 }
        return true
    }

    /// Stems the first `count` bytes of `b` in place and returns the stem's length.
    /// (A free function for the suffix test, not a closure over `n`: the closure's captured
    /// variable cost 4% of the whole pipeline in exclusivity checks.)
    static func stem(in b: UnsafeMutableBufferPointer<UInt8>, count: Int) -> Int {
        var n = count
        if n > 4 && ends(b, n, "ies") { n -= 2; b[n - 1] = UInt8(ascii: "y") }
        else if ends(b, n, "sses") { n -= 2 }
        else if n > 3 && ends(b, n, "s") && !ends(b, n, "ss") && !ends(b, n, "us") && !ends(b, n, "is") { n -= 1 }
        if n > 5 && ends(b, n, "ing") { n -= 3 }
        else if n > 4 && ends(b, n, "ed") { n -= 2 }
        else if n > 4 && ends(b, n, "ly") { n -= 2 }
        if n > 3 && ends(b, n, "e") { n -= 1 }
        if n > 3 && b[n - 1] == b[n - 2] && !ends(b, n, "ss") && !ends(b, n, "ll") { n -= 1 }
        if n > 3 && ends(b, n, "i") { b[n - 1] = UInt8(ascii: "y") }
        return n
    }

    /// Calls `body` with the lower-cased stem of token `t` of `doc`.
    static func withStem<R>(of t: Token, in doc: Document, _ body: (UnsafeMutableBufferPointer<UInt8>, Int) -> R) -> R {
        let length = min(Int(t.end) - Int(t.start), maxWordBytes)
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maxWordBytes) { b in
            var i = 0
            while i < length {
                let c = doc.bytes[Int(t.start) + i]
                b[i] = c >= 65 && c <= 90 ? c | 0x20 : c
                i += 1
            }
            let n = Int(t.end) - Int(t.start) > maxWordBytes ? length : stem(in: b, count: length)
            return body(b, n)
        }
    }

    /// The stem of token `t` of `doc` as a feature hash.
    static func hash(_ t: Token, in doc: Document) -> UInt64 {
        withStem(of: t, in: doc) { b, n in
            var h = TokenHash()
            for i in 0..<n { h.add(b[i]) }
            return h.value
        }
    }

    /// The stem of token `t` of `doc` as text, for feature names (`--explain`, model inspection).
    static func text(_ t: Token, in doc: Document) -> String {
        withStem(of: t, in: doc) { b, n in String(decoding: UnsafeBufferPointer(rebasing: b[..<n]), as: UTF8.self) }
    }
}
