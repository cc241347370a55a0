import Testing
import StanceKit

/// The phrase trie: longest match, the `*` wildcard, quotation marks inside a
/// phrase, exact lookup, and merging the payloads of a repeated phrase.
@Suite("Phrase matcher")
struct PhraseMatcherTests {
    static func hashes(_ phrase: String) -> [UInt64] {
        TestSupport.lexicons.phraseTokens(phrase, exact: false)
    }

    static func matcher(_ phrases: [(String, String)]) -> PhraseMatcher<String> {
        var m = PhraseMatcher<String>()
        for (phrase, payload) in phrases { m.insert(hashes(phrase), payload: payload) }
        return m
    }

    /// The longest match at each token of `text`, as "index:length:payload".
    static func matches(_ m: PhraseMatcher<String>, in text: String) -> [String] {
        let doc = Document(text)
        let tokens = TestSupport.lexicons.tokenizer.tokenize(doc.bytes)
        return tokens.withUnsafeBufferPointer { buf in
            (0..<buf.count).compactMap { i in
                m.longestMatch(buf, at: i, end: buf.count, key: { $0.lower }).map { "\(i):\($0.length):\($0.payload)" }
            }
        }
    }

    @Test func findsPhrasesAtTheirStart() {
        let m = Self.matcher([("rule out", "refused"), ("troops", "noun")])
        #expect(Self.matches(m, in: "They will rule out troops") == ["2:2:refused", "4:1:noun"])
        #expect(m.count == 2)
        #expect(m.maxLength == 2)
    }

    @Test func longestMatchWins() {
        let m = Self.matcher([("on the", "short"), ("on the table", "long"), ("on", "one")])
        #expect(Self.matches(m, in: "it is on the table") == ["2:3:long"])
        #expect(Self.matches(m, in: "it is on the chair") == ["2:2:short"])
        #expect(Self.matches(m, in: "it is on a chair") == ["2:1:one"])
    }

    @Test func aPrefixWithoutPayloadDoesNotMatch() {
        let m = Self.matcher([("an option and a possibility", "hedged")])
        #expect(Self.matches(m, in: "an option and a plan").isEmpty)
        #expect(Self.matches(m, in: "as an option and a possibility") == ["1:5:hedged"])
    }

    @Test func matchingStopsAtTheEnd() {
        let m = Self.matcher([("rule out", "refused")])
        let doc = Document("will rule out")
        let tokens = TestSupport.lexicons.tokenizer.tokenize(doc.bytes)
        tokens.withUnsafeBufferPointer { buf in
            #expect(m.longestMatch(buf, at: 1, end: 2, key: { $0.lower }) == nil)
            #expect(m.longestMatch(buf, at: 1, end: 3, key: { $0.lower })?.length == 2)
            #expect(m.longestMatch(buf, at: 3, end: 3, key: { $0.lower }) == nil)
        }
    }

    @Test func wildcardStandsForAnyOneWord() {
        let m = Self.matcher([("has no * to", "refused")])
        #expect(Self.matches(m, in: "it has no plans to go") == ["1:4:refused"])
        #expect(Self.matches(m, in: "it has no intention to go") == ["1:4:refused"])
        #expect(Self.matches(m, in: "it has no to go").isEmpty, "the wildcard takes exactly one token")
        #expect(Self.matches(m, in: "it has no real plans to go").isEmpty)
    }

    @Test func theWildcardIsTheHashOfAStar() {
        #expect(PhraseMatcher<String>.wildcard == TokenHash.of("*"))
    }

    @Test func exactWordsAreTriedBeforeTheWildcardAndTheLongestMatchWins() {
        // "no plans *" and "no * to": the exact branch is walked first, the wildcard's after it.
        let m = Self.matcher([("no plans", "a"), ("no * to", "b"), ("no plans * now", "c"), ("no *", "d")])
        #expect(Self.matches(m, in: "no plans to now") == ["0:4:c"])
        #expect(Self.matches(m, in: "no plans to go") == ["0:3:b"])
        #expect(Self.matches(m, in: "no plans") == ["0:2:a"])
        #expect(Self.matches(m, in: "no way") == ["0:2:d"])
        #expect(Self.matches(m, in: "no “plans” to now") == ["0:6:c"])
    }

    @Test func wildcardMatchesWordsAndNumbersButNotPunctuation() {
        let m = Self.matcher([("send * troops", "firm")])
        #expect(Self.matches(m, in: "send 5 troops") == ["0:3:firm"])
        #expect(Self.matches(m, in: "send , troops").isEmpty)
    }

    @Test func anExactEdgeAndTheWildcardAreBothTried() {
        let m = Self.matcher([("send more troops", "exact"), ("send * aid", "wild")])
        #expect(Self.matches(m, in: "send more troops") == ["0:3:exact"])
        #expect(Self.matches(m, in: "send more aid") == ["0:3:wild"])
    }

    @Test func quotationMarksInsideAPhraseAreTransparent() {
        let m = Self.matcher([("absolutely determined to", "firm")])
        // The match starts at the first word; its length counts the quotation marks it spans.
        #expect(Self.matches(m, in: "was “absolutely determined” to act") == ["2:4:firm"])
        #expect(Self.matches(m, in: "was \"absolutely determined\" to act") == ["2:4:firm"])
        #expect(Self.matches(m, in: "was absolutely ‘determined’ to act") == ["1:5:firm"])
    }

    @Test func aQuotationMarkDoesNotStartAPhrase() {
        let m = Self.matcher([("rule out", "refused")])
        let doc = Document("“rule out”")
        let tokens = TestSupport.lexicons.tokenizer.tokenize(doc.bytes)
        tokens.withUnsafeBufferPointer { buf in
            #expect(m.longestMatch(buf, at: 0, end: buf.count, key: { $0.lower }) == nil)
            #expect(m.longestMatch(buf, at: 1, end: buf.count, key: { $0.lower })?.length == 2)
        }
    }

    @Test func theKeyChoosesCaseSensitiveMatching() {
        var m = PhraseMatcher<String>()
        m.insert(TestSupport.lexicons.phraseTokens("White House", exact: true), payload: "seat")
        let doc = Document("the White House and the white house")
        let tokens = TestSupport.lexicons.tokenizer.tokenize(doc.bytes)
        tokens.withUnsafeBufferPointer { buf in
            #expect(m.longestMatch(buf, at: 1, end: buf.count, key: { $0.exact })?.payload == "seat")
            #expect(m.longestMatch(buf, at: 5, end: buf.count, key: { $0.exact }) == nil)
        }
    }

    @Test func lookup() {
        let m = Self.matcher([("rule out", "refused"), ("rule", "noun"), ("has no * to", "wild")])
        #expect(m.lookup(Self.hashes("rule out")) == "refused")
        #expect(m.lookup(Self.hashes("rule")) == "noun")
        #expect(m.lookup(Self.hashes("rule out now")) == nil)
        #expect(m.lookup(Self.hashes("has no")) == nil, "an inner node has no payload")
        #expect(m.lookup(Self.hashes("has no * to")) == "wild")
        #expect(m.lookup(Self.hashes("has no plans to")) == nil, "lookup is exact: * is not expanded")
        #expect(m.lookup([]) == nil)
    }

    @Test func mayStart() {
        let m = Self.matcher([("rule out", "refused")])
        #expect(m.mayStart(with: TokenHash.of("rule")))
        #expect(!m.mayStart(with: TokenHash.of("out")))
    }

    @Test func insertingAPhraseAgainReplacesItsPayloadByDefault() {
        var m = Self.matcher([("rule out", "first")])
        m.insert(Self.hashes("rule out"), payload: "second")
        #expect(m.count == 1)
        #expect(m.lookup(Self.hashes("rule out")) == "second")
    }

    @Test func insertingAPhraseAgainMergesPayloads() {
        var m = PhraseMatcher<[String]>()
        let merge: ([String], [String]) -> [String] = { old, new in old + new }
        m.insert(Self.hashes("rule out"), payload: ["refused"], merge: merge)
        m.insert(Self.hashes("rule out"), payload: ["boundary"], merge: merge)
        m.insert(Self.hashes("rule"), payload: ["noun"], merge: merge)
        #expect(m.count == 2)
        #expect(m.lookup(Self.hashes("rule out")) == ["refused", "boundary"])
        #expect(m.payloads.count == 2)
    }

    @Test func theShippedCueMatcherMergesCategoriesOfOnePhrase() throws {
        // "announced" is in both firm.txt and speech.txt.
        let entry = try #require(TestSupport.lexicons.cues.lookup(Self.hashes("announced")))
        #expect(entry.categories.contains(.firm))
        #expect(entry.categories.contains(.speech))
    }

    @Test func theWildcardHash() {
        #expect(PhraseMatcher<Int>.wildcard == TokenHash.of("*"))
    }
}
