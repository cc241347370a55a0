import Testing
import StanceKit

/// FNV-1a 64-bit hashing of token bytes, and the order-sensitive combination
/// used for n-grams and feature names.
@Suite("Token hash")
struct TokenHashTests {
    @Test func fnv1aTestVectors() {
        // Published FNV-1a 64-bit test vectors (Fowler, Noll, Vo; draft-eastlake-fnv).
        #expect(TokenHash.of("") == 0xcbf2_9ce4_8422_2325)
        #expect(TokenHash.of("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(TokenHash.of("foobar") == 0x8594_4171_f739_67e8)
        #expect(TokenHash().value == TokenHash.offsetBasis)
    }

    @Test func addingBytesOrAStringGivesTheSameHash() {
        var bytes = TokenHash()
        for b in "Kyiv’s".utf8 { bytes.add(b) }
        var string = TokenHash()
        string.add("Kyiv’s")
        #expect(bytes.value == string.value)
        #expect(string.value == TokenHash.of("Kyiv’s"))
        var parts = TokenHash()
        parts.add("Ky")
        parts.add("iv’s")
        #expect(parts.value == string.value, "hashing is incremental")
    }

    @Test func ofDoesNotNormalize() {
        #expect(TokenHash.of("Will") != TokenHash.of("will"))
        #expect(TokenHash.of("won’t") != TokenHash.of("won't"))
        #expect(TokenHash.of("ab") != TokenHash.of("ba"))
    }

    @Test func combineIsDeterministicAndOrderSensitive() {
        let a = TokenHash.of("rule"), b = TokenHash.of("out")
        #expect(TokenHash.combine(a, b) == TokenHash.combine(a, b))
        #expect(TokenHash.combine(a, b) != TokenHash.combine(b, a))
        #expect(TokenHash.combine(a, b) != a && TokenHash.combine(a, b) != b)
        #expect(TokenHash.combine(TokenHash.combine(a, b), b) != TokenHash.combine(a, b))
    }

    @Test func fewCollisionsOnTheShippedVocabulary() {
        // Every distinct lexicon word hashes to a distinct value (64 bits leave no room for
        // collisions at this size; a collision here would mean a broken hash).
        var words = Set<String>()
        for line in (try? String(contentsOf: TestSupport.lexiconsURL.appendingPathComponent("sentiment/valence.txt"), encoding: .utf8))?
            .split(separator: "\n") ?? [] where !line.hasPrefix("#") {
            words.insert(String(line.split(separator: "\t")[0]))
        }
        #expect(words.count > 5000)
        #expect(Set(words.map(TokenHash.of)).count == words.count)
        let pairs = Array(words.prefix(2000))
        let combined = Set(zip(pairs, pairs.dropFirst()).map { TokenHash.combine(TokenHash.of($0), TokenHash.of($1)) })
        #expect(combined.count == pairs.count - 1)
    }
}
