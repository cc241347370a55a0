import Testing
@testable import StanceKit

/// The VADER-style token valences of `SentimentScorer` with the shipped lexicons: VADER's
/// words, the team's news words (`sentiment/news-valence.txt`), boosters, negation and "but".
@Suite("Sentiment scorer")
struct SentimentScorerTests {
    /// The valence of each word of the first sentence of `text`, by word.
    static func valences(_ text: String) -> [(word: String, valence: Float)] {
        var doc = Document(text)
        let lexicons = TestSupport.lexicons
        doc.tokens = lexicons.tokenizer.tokenize(doc.bytes)
        doc.sentences = lexicons.segmenter.segment(doc.tokens, bytes: doc.bytes)
        let sentence = doc.sentences[0]
        let values = doc.tokens.withUnsafeBufferPointer {
            SentimentScorer(lexicons: lexicons).valences(of: sentence, tokens: $0)
        }
        return sentence.tokens.map { (doc.text(of: doc.tokens[$0]), values[$0 - sentence.tokens.lowerBound]) }
    }

    static func valence(of word: String, in text: String) -> Float? {
        valences(text).first { $0.word == word }?.valence
    }

    @Test("news words VADER lacks carry the team's valence", arguments: [
        ("The mayor was indicted on Tuesday.", "indicted", Float(-1)),
        ("Critics lambasted the ministry for the delays.", "lambasted", -1),
        ("Colleagues lauded the envoy for her patience.", "lauded", 1),
        ("The board called the chief executive principled.", "principled", 1),
    ])
    func newsWords(_ text: String, _ word: String, _ sign: Float) throws {
        let v = try #require(Self.valence(of: word, in: text))
        #expect(v * sign > 1, "\(word): \(v)")
    }

    @Test func vaderWordsKeepTheirValence() throws {
        // "praised" is 2.2 in VADER's lexicon.
        #expect(try #require(Self.valence(of: "praised", in: "Analysts praised the plan.")) == 2.2)
    }

    @Test func aNegatorFlipsAndDamps() throws {
        let plain = try #require(Self.valence(of: "praised", in: "Analysts praised the plan."))
        let negated = try #require(Self.valence(of: "praised", in: "Analysts never praised the plan."))
        #expect(abs(negated - plain * Tuning.negationScalar) < 1e-5)
    }

    @Test func aBoosterRaisesAndADampenerLowers() throws {
        let plain = try #require(Self.valence(of: "corrupt", in: "The officials were corrupt."))
        let boosted = try #require(Self.valence(of: "corrupt", in: "The officials were deeply corrupt."))
        let damped = try #require(Self.valence(of: "corrupt", in: "The officials were slightly corrupt."))
        #expect(plain < 0 && boosted < plain && damped > plain)
    }

    @Test func butWeighsTheSecondHalfMore() throws {
        let v = Self.valences("Voters admired the senator, but critics lambasted her record.")
        let before = try #require(v.first { $0.word == "admired" }?.valence)
        let after = try #require(v.first { $0.word == "lambasted" }?.valence)
        let plainBefore = try #require(Self.valence(of: "admired", in: "Voters admired the senator."))
        let plainAfter = try #require(Self.valence(of: "lambasted", in: "Critics lambasted her record."))
        #expect(abs(before - plainBefore * SentimentScorer.beforeBut) < 1e-5)
        #expect(abs(after - plainAfter * SentimentScorer.afterBut) < 1e-5)
    }

    @Test func aMultiWordNewsPhraseIsOneValence() throws {
        let v = Self.valences("The senator called the inquiry a witch hunt.")
        let witch = try #require(v.first { $0.word == "witch" }?.valence)
        #expect(witch < -1)
        #expect(v.first { $0.word == "hunt" }?.valence == 0)
    }
}
