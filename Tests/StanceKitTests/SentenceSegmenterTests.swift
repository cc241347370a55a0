import Foundation
import Testing
import StanceKit

/// The sentence segmenter with the shipped lexicons: abbreviations, initials,
/// decimals, quotations with attributions, ellipses, headlines and wrapped
/// lines, page debris, and the seed article.
@Suite("Sentence segmenter")
struct SentenceSegmenterTests {
    static func sentences(_ text: String) -> [String] { TestSupport.sentences(text) }

    // MARK: - Abbreviations and initials

    @Test("an abbreviation inside a sentence does not split it", arguments: [
        "Officials in the U.S. said on Monday that they would act.",
        "The U.K. government and the U.S. Senate agreed.",
        "Mr. Colby met Dr. Smith and Gen. Caine at the Pentagon.",
        "Sen. Warren and Gov. Newsom spoke in Jan. about it.",
        "Acme Inc. said it would cut jobs.",
        "The U.S.A. team won, e.g. in Paris.",
        "It was 5 p.m. on Monday.",
        "Talks end in Jan. 2026, officials said.",
    ])
    func abbreviationsDoNotSplit(_ text: String) {
        #expect(Self.sentences(text) == [text])
    }

    @Test("an abbreviation that may end a sentence ends one before a sentence opener", arguments: [
        ("He sent the plan to the U.S. The next day he left.", ["He sent the plan to the U.S.", "The next day he left."]),
        ("Talks with the U.K. He said no.", ["Talks with the U.K.", "He said no."]),
        ("He joined Acme Inc. The company grew.", ["He joined Acme Inc.", "The company grew."]),
        ("Talks ended in Jan. But they resumed.", ["Talks ended in Jan.", "But they resumed."]),
        ("It was 5 p.m. The meeting ended.", ["It was 5 p.m.", "The meeting ended."]),
    ])
    func abbreviationsEndSentencesBeforeOpeners(_ text: String, _ expected: [String]) {
        #expect(Self.sentences(text) == expected)
    }

    @Test func anAbbreviationEndsASentenceAtTheEndOfTheTextOrLine() {
        #expect(Self.sentences("He moved to the U.S.") == ["He moved to the U.S."])
        #expect(Self.sentences("He moved to the U.S.\nNow he works.") == ["He moved to the U.S.", "Now he works."])
    }

    @Test func titlesNeverEndASentence() {
        #expect(Self.sentences("He met Gen. The Rock.") == ["He met Gen. The Rock."])
        #expect(Self.sentences("Sen. Warren spoke. Gen. Smith replied.") == ["Sen. Warren spoke.", "Gen. Smith replied."])
    }

    @Test func initials() {
        #expect(Self.sentences("Elbridge A. Colby spoke. J. D. Vance agreed.")
                == ["Elbridge A. Colby spoke.", "J. D. Vance agreed."])
        #expect(Self.sentences("George W. Bush and John F. Kennedy were presidents.")
                == ["George W. Bush and John F. Kennedy were presidents."])
    }

    /// LexiconSet keys abbreviations by their lowercase form, so the word "no" before a
    /// period is read as the abbreviation "No." ("No. 10"), which ends a sentence only
    /// before a sentence opener.
    @Test
    func aWordThatIsAlsoAnAbbreviationEndsASentence() {
        #expect(Self.sentences("Germany said no. Poland agreed.") == ["Germany said no.", "Poland agreed."])
    }

    @Test func decimalsAndNumbers() {
        #expect(Self.sentences("Prices rose 1.5 percent. The bank said 2.25 was next.")
                == ["Prices rose 1.5 percent.", "The bank said 2.25 was next."])
        #expect(Self.sentences("Ukraine lost 40,000. 2026 will be worse.") == ["Ukraine lost 40,000.", "2026 will be worse."])
    }

    @Test func aLowercaseWordAfterAPeriodDoesNotStartASentence() {
        #expect(Self.sentences("He used the abbr. form of the name.") == ["He used the abbr. form of the name."])
    }

    // MARK: - Terminal punctuation

    @Test func questionAndExclamationMarks() {
        #expect(Self.sentences("Will they go? No! They stay.") == ["Will they go?", "No!", "They stay."])
    }

    // MARK: - Quotations

    @Test("a quotation with its attribution after it stays one sentence", arguments: [
        "\"We will not send troops,\" he said.",
        "“We will not send troops,” he said.",
        "“Will you send troops?” she asked.",
        "‘We will not send troops,’ he said.",
        "“We are ready!” the minister shouted.",
    ])
    func quotationWithAttribution(_ text: String) {
        #expect(Self.sentences(text + " Then he left.") == [text, "Then he left."])
    }

    @Test("a quotation that ends a sentence splits before the next", arguments: [
        ("It will happen on the ground.” The U.S. is not committed.", ["It will happen on the ground.”", "The U.S. is not committed."]),
        ("He said: “We will not go.” The minister left.", ["He said: “We will not go.”", "The minister left."]),
        ("He called it \"absurd.\" Critics agreed.", ["He called it \"absurd.\"", "Critics agreed."]),
        ("She said: ‘We will go.’ He left.", ["She said: ‘We will go.’", "He left."]),
        ("She said: 'We will go.' He left.", ["She said: 'We will go.'", "He left."]),
        ("“He told me ‘never.’” She left.", ["“He told me ‘never.’”", "She left."]),
        ("“Go.” “Stay.”", ["“Go.”", "“Stay.”"]),
        ("(This is a note.) The next.", ["(This is a note.)", "The next."]),
    ])
    func quotationEndsSentence(_ text: String, _ expected: [String]) {
        #expect(Self.sentences(text) == expected)
    }

    // MARK: - Ellipses

    @Test func ellipsisFollowedByLowercaseDoesNotSplit() {
        #expect(Self.sentences("I don’t know where that leaves us… pretty much back to the spring.")
                == ["I don’t know where that leaves us… pretty much back to the spring."])
        #expect(Self.sentences("He said... and then left.") == ["He said... and then left."])
    }

    @Test func ellipsisFollowedByACapitalSplits() {
        #expect(Self.sentences("He waited... The end came.") == ["He waited...", "The end came."])
        #expect(Self.sentences("He waited… The end came.") == ["He waited…", "The end came."])
    }

    // MARK: - Lines

    @Test func aHeadlineIsItsOwnSentence() {
        #expect(Self.sentences("US rules out ground troops\nThe president said on Monday that he would not act.")
                == ["US rules out ground troops", "The president said on Monday that he would not act."])
        #expect(Self.sentences("TRUMP SAYS NO\n\nThe president said no.") == ["TRUMP SAYS NO", "The president said no."])
    }

    @Test func linesWithoutFinalPunctuationAreSentences() {
        #expect(Self.sentences("First line without period\nSecond line without period\n\nThird")
                == ["First line without period", "Second line without period", "Third"])
    }

    @Test func anEmptyLineAlwaysEndsASentence() {
        #expect(Self.sentences("A title in lowercase\n\nand a body in lowercase.") == ["A title in lowercase", "and a body in lowercase."])
    }

    @Test func hardWrappedLinesContinuingInLowercaseDoNotSplit() {
        let text = "Washington will not commit large numbers of\ntroops or military assets, officials\nsaid on Monday."
        #expect(Self.sentences(text) == [text])
    }

    @Test func aTerminalAtALineEndSplitsEvenBeforeLowercase() {
        #expect(Self.sentences("He left.\nthen she came.") == ["He left.", "then she came."])
    }

    // MARK: - Debris and empty sentences

    @Test func pageDebrisIsDropped() {
        let text = "The war continues.\n0 Comments\nShare this article\nRead more\nTroops arrived.\nAdvertisement"
            + "\nStory Continued Below\nSEE ALSO"

        #expect(Self.sentences(text) == ["The war continues.", "Troops arrived."])
    }

    @Test func debrisWordsInsideASentenceAreKept() {
        #expect(Self.sentences("Readers were asked to share this article with friends.")
                == ["Readers were asked to share this article with friends."])
    }

    @Test func punctuationAloneIsNoSentence() {
        #expect(Self.sentences("— * —\n\nHe left.") == ["He left."])
        #expect(Self.sentences("").isEmpty)
        #expect(Self.sentences("  \n\n ").isEmpty)
    }

    // MARK: - Ranges

    @Test func sentenceRangesAreTrimmedAndCoverTheirTokens() {
        var doc = Document("  First one.   Second one?\n\n“Third,” he said.  ")
        doc.tokens = TestSupport.lexicons.tokenizer.tokenize(doc.bytes)
        doc.sentences = TestSupport.lexicons.segmenter.segment(doc.tokens, bytes: doc.bytes)
        #expect(doc.sentences.map { doc.text(of: $0) } == ["First one.", "Second one?", "“Third,” he said."])
        var previous = 0
        for s in doc.sentences {
            #expect(s.tokens.lowerBound >= previous)
            previous = s.tokens.upperBound
            #expect(s.range.lowerBound == Int(doc.tokens[s.tokens.lowerBound].start))
            #expect(s.range.upperBound == Int(doc.tokens[s.tokens.upperBound - 1].end))
        }
        #expect(doc.sentences.last?.tokens.upperBound == doc.tokens.count)
    }

    @Test func aSegmenterWithoutListsSplitsOnlyOnTerminals() {
        let segmenter = SentenceSegmenter(sentenceStarters: [], debris: [])
        let doc = Document("Talks with the U.S. The plan. Comments")
        let tokens = TestSupport.lexicons.tokenizer.tokenize(doc.bytes)
        let sentences = segmenter.segment(tokens, bytes: doc.bytes).map { doc.text(of: $0) }
        #expect(sentences == ["Talks with the U.S. The plan.", "Comments"])
    }

    @Test func debrisKeysMatchTheLexiconPhrases() {
        let key = SentenceSegmenter.debrisKey(["share", "this", "article"].map(TokenHash.of))
        let segmenter = SentenceSegmenter(sentenceStarters: [], debris: [key])
        let doc = Document("Share this article\nShare this")
        let tokens = TestSupport.lexicons.tokenizer.tokenize(doc.bytes)
        #expect(segmenter.segment(tokens, bytes: doc.bytes).map { doc.text(of: $0) } == ["Share this"])
    }

    // MARK: - The seed article

    /// The seed article's sentences, counted by hand: 20 (the quotation in
    /// paragraph 2 holds two sentences; "0 Comments" is debris).
    @Test(.enabled(if: TestSupport.hasShared, "../shared is absent: this test needs ../shared/seed/article.txt"))
    func seedArticle() throws {
        let url = TestSupport.shared.appendingPathComponent("seed/article.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        let sentences = Self.sentences(text)
        #expect(sentences.count == 20, "\(sentences)")
        let expectedStarts = [
            "In recent days, U.S. defense officials",
            "According to Elbridge Colby, the U.S. Undersecretary",
            "His remarks followed a meeting",
            "One NATO diplomat summed it up",
            "The U.S. is not fully committed to anything.”",
            "The timing of this conversation is significant.",
            "It came just days after President Trump",
            "Trump has repeatedly stated that he will not send U.S. soldiers into Ukraine.",
            "That position has made some European leaders uneasy",
            "While Washington has ruled out ground troops",
            "This might include missile defense systems",
            "White House Press Secretary Karoline Leavitt",
            "Security guarantees have become",
            "Ukrainian officials argue",
            "Initially, Washington dismissed the idea",
            "However, in recent weeks",
            "Meanwhile, Europe appears far more willing",
            "Reports suggest that troops from the UK",
            "According to Bloomberg",
            "The broader challenge remains unresolved",
        ]
        for (i, start) in expectedStarts.enumerated() where i < sentences.count {
            #expect(sentences[i].hasPrefix(start), "sentence \(i + 1): \(sentences[i])")
        }
        #expect(sentences[8].hasSuffix("coalition of the willing.”"), "the ellipsis inside the quote does not split it")
        #expect(sentences.allSatisfy { !$0.contains("Comments") })
    }
}
