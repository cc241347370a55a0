import Testing
@testable import StanceKit

/// The sentiment head's stemmer: inflections of one word share a stem, other words keep theirs.
@Suite struct LightStemmerTests {
    @Test func inflectionsShareAStem() {
        #expect(LightStemmer.stem("praised") == LightStemmer.stem("praises"))
        #expect(LightStemmer.stem("praising") == LightStemmer.stem("praise"))
        #expect(LightStemmer.stem("stopped") == "stop")
        #expect(LightStemmer.stem("policies") == "policy")
        #expect(LightStemmer.stem("Criticised") == LightStemmer.stem("criticises"))
    }

    @Test func shortAndSpecialWordsStay() {
        #expect(LightStemmer.stem("is") == "is")
        #expect(LightStemmer.stem("bus") == "bus")
        #expect(LightStemmer.stem("crisis") == "crisis")
        #expect(LightStemmer.stem("press") == "press")
        #expect(LightStemmer.stem("will") == "will")
        #expect(LightStemmer.stem("") == "")
    }

    @Test func differentWordsDiffer() {
        #expect(LightStemmer.stem("praised") != LightStemmer.stem("prized"))
        #expect(LightStemmer.stem("attacked") != LightStemmer.stem("attached"))
    }

    @Test func tokenHashMatchesTheStringStem() throws {
        let doc = Document("Critics PRAISED the plan.")
        let tokens = Tokenizer(abbreviations: [:]).tokenize(doc.bytes)
        let praised = try #require(tokens.first { doc.text(of: $0) == "PRAISED" })
        var h = TokenHash()
        h.add(LightStemmer.stem("praised"))
        #expect(LightStemmer.hash(praised, in: doc) == h.value)
        #expect(LightStemmer.text(praised, in: doc) == "prais")
    }

    @Test func veryLongWordsAreNotStemmed() {
        let long = String(repeating: "a", count: 60) + "ing"
        let doc = Document(long)
        let t = Tokenizer(abbreviations: [:]).tokenize(doc.bytes)[0]
        #expect(LightStemmer.text(t, in: doc).count == LightStemmer.maxWordBytes)
    }
}
