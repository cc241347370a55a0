import Testing
@testable import StanceKit

/// The features of one (actor, sentence) pair (`FeatureExtractor`): the feature
/// set's name and version that model files record, stable and deterministic
/// names, the rule decision and attributed cues as features, the mention masked
/// out of its word window, and the text normalization of feature names.
/// (That every name hashes to its key is `FeatureVectorTests`' job.)
@Suite("FeatureExtractor")
struct FeatureExtractorTests {
    /// The features of `actor`'s first mention in `text`, with names.
    static func features(_ text: String, _ actor: String, collectNames: Bool = true) throws -> FeatureVector {
        let analyzer = StanceAnalyzer(lexicons: TestSupport.lexicons, model: .empty)
        let (processed, pair) = analyzer.pairFor(text: text, actor: actor, span: nil)
        let p = try #require(pair, "no pair for \(actor) in: \(text)")
        return analyzer.features(of: p, in: processed, collectNames: collectNames)
    }

    static func names(_ text: String, _ actor: String) throws -> [String] {
        try features(text, actor).names ?? []
    }

    @Test func theFeatureSetIsTheOneTheShippedModelWasTrainedFor() throws {
        #expect(FeatureExtractor.featureSetName == "stance-features")
        let model = try LinearModel.load(from: TestSupport.modelURL)
        #expect(model.file.featureSet == ModelFile.FeatureSet(name: FeatureExtractor.featureSetName,
                                                              version: FeatureExtractor.featureSetVersion))
    }

    static let sentences: [(String, String)] = [
        ("Germany will not send troops to the border.", "Germany"),
        ("Officials said France could send jets if the talks fail.", "France"),
        ("Poland urged Germany to send troops, Warsaw said.", "Poland"),
        ("“We will not back down,” Zoë Müller said of Germany’s plan.", "Germany"),
    ]

    @Test("the same pair gives the same features", arguments: sentences.indices)
    func deterministic(_ i: Int) throws {
        let (text, actor) = Self.sentences[i]
        let a = try Self.features(text, actor)
        let b = try Self.features(text, actor)
        #expect(a.keys == b.keys)
        #expect(a.values == b.values)
        #expect(a.names == b.names)
        // Without names: the same keys and values, and no names.
        let c = try Self.features(text, actor, collectNames: false)
        #expect(c.names == nil)
        #expect(c.keys == a.keys && c.values == a.values)
        #expect(a.names?.count == a.keys.count)
        #expect(a.names?.first == "bias", "every pair has the bias feature first")
    }

    @Test func aReusedVectorGivesEachPairTheFeaturesOfAFreshOne() throws {
        // `features(into:)` empties the vector it is given: the analyzer scores a document's
        // pairs into one reused vector, so no features may leak from one pair to the next.
        let analyzer = StanceAnalyzer(lexicons: TestSupport.lexicons, model: .empty)
        let (processed, _) = analyzer.process("Germany will not send troops, but France could send jets if asked. "
            + "Poland urged Germany to act. Italy said it would wait.")
        let pairs = analyzer.pairs(of: processed)
        #expect(pairs.count >= 4)
        let extractor = FeatureExtractor(lexicons: TestSupport.lexicons)
        var reused = FeatureVector(collectNames: true)
        for p in pairs + pairs.reversed() {
            extractor.features(into: &reused, forActor: p.actor, mentions: p.mentions, sentence: p.sentence, in: processed.context)
            let fresh = analyzer.features(of: p, in: processed, collectNames: true)
            #expect(reused.keys == fresh.keys)
            #expect(reused.values == fresh.values)
            #expect(reused.names == fresh.names)
        }
    }

    @Test func theReturnedDecisionIsTheRuleDecision() throws {
        // The analyzer takes the pair's rule decision from `features(into:)` instead of gathering
        // the attributed cues again: it must be `ruleDecision(of:in:)`, for pairs of every label.
        let analyzer = StanceAnalyzer(lexicons: TestSupport.lexicons, model: .empty)
        let (processed, _) = analyzer.process("Germany will not send troops, but France could send jets if asked. "
            + "Poland will send 1,200 soldiers. Italy said it would wait. Spain and Portugal may join later.")
        let pairs = analyzer.pairs(of: processed)
        let extractor = FeatureExtractor(lexicons: TestSupport.lexicons)
        var f = FeatureVector()
        var labels: Set<StanceLabel> = []
        for p in pairs {
            let decision = extractor.features(into: &f, forActor: p.actor, mentions: p.mentions, sentence: p.sentence,
                                              in: processed.context)
            #expect(decision == analyzer.ruleDecision(of: p, in: processed))
            labels.insert(decision)
        }
        #expect(labels.isSuperset(of: [.firm, .hedged, .refused]), "pairs of several labels: \(labels)")
    }

    @Test func aRefusalsFeatures() throws {
        let names = Set(try Self.names("Germany will not send troops to the border.", "Germany"))
        for expected in ["bias", "rule:refused", "att:refused", "att-via:refused subject", "cue:will_not refused",
                         "type:country", "w-1:<s>", "w-2:<s>", "w+1:will", "w+2:not", "w+12:will not", "w-21:<s> <s>",
                         "win:will", "win:not", "role:subject", "rule-role:refused subject"] {
            #expect(names.contains(expected), "missing \(expected) in \(names.sorted())")
        }
        #expect(!names.contains { $0.hasPrefix("rule:") && $0 != "rule:refused" }, "one rule decision")
        #expect(!names.contains("win:germany"), "the mention itself is masked")
    }

    @Test func aConditionedCommitmentIsFlagged() throws {
        let names = Set(try Self.names("France will send jets if the talks fail.", "France"))
        #expect(names.contains("rule:hedged"), "\(names.sorted())")
        #expect(names.contains("att-flag:firm conditioned"), "\(names.sorted())")
        #expect(names.contains("att:hedged"), "the attributed count is of the label after context: \(names.sorted())")
    }

    @Test func theOneWhoUrgesIsFlaggedAndGetsNoCue() throws {
        let poland = Set(try Self.names("Poland urged Germany to send troops.", "Poland"))
        #expect(poland.contains("flag:urges"), "\(poland.sorted())")
        #expect(poland.contains("rule:none"), "\(poland.sorted())")
        #expect(!poland.contains { $0.hasPrefix("att:") }, "\(poland.sorted())")
    }

    @Test func whatSomeoneIsUrgedToDoIsNoNearOrSentenceCueOfTheUrger() throws {
        let urged = Set(try Self.names("Poland urged Germany to send troops and commit to the mission.", "Poland"))
        #expect(!urged.contains { $0.hasPrefix("near:") }, "\(urged.sorted())")
        #expect(!urged.contains("sent:firm"), "\(urged.sorted())")
        // An "and" opening the urger's own commitment ends what was urged.
        let own = Set(try Self.names("Poland urged Germany to send troops and said it would send its own.", "Germany"))
        #expect(own.contains { $0.hasPrefix("near:after hedged") }, "\(own.sorted())")
        #expect(own.contains("sent:hedged"), "\(own.sorted())")
    }

    @Test func aConditionInAnotherClauseIsItsOwnFeature() throws {
        let text = "While Washington has ruled out ground troops, Trump has suggested that air support could be on the table if a peace deal materializes."
        let washington = Set(try Self.names(text, "Washington"))
        #expect(washington.contains("sent:condition-other"), "\(washington.sorted())")
        #expect(!washington.contains("sent:condition"), "\(washington.sorted())")
        let trump = Set(try Self.names(text, "Trump"))
        #expect(!trump.contains("sent:condition-other"), "\(trump.sorted())")
    }

    @Test func theSentimentHeadSeesTheMentionsOwnWordsAndTheSentenceAroundIt() throws {
        let names = try Self.names("Critics accused Angela Merkel of delaying the deal.", "Angela Merkel")
        #expect(names.contains("tgt:angela") && names.contains("tgt:merkel"))
        #expect(names.contains("sL:accused") && names.contains("sR:delaying"))
        // The mention itself is masked out of the sentence's words.
        #expect(!names.contains("sL:merkel") && !names.contains("sR:merkel") && !names.contains("sS:merkel"))
    }

    @Test func attributedCountsAreCappedAtThree() throws {
        let f = try Self.features("Germany will not, will not, will not and will not send troops.", "Germany")
        let names = try #require(f.names)
        let values = zip(names, f.values).filter { $0.0.hasPrefix("att:") }.map(\.1)
        #expect(!values.isEmpty, "\(names)")
        #expect(names.filter { $0.hasPrefix("att-via:") }.count >= 4, "one att-via feature per attributed cue: \(names)")
        #expect(values == [3], "four refusals count as three: \(values)")
    }

    @Test func differentActorsInOneSentenceGetDifferentFeatures() throws {
        let text = "Poland urged Germany to send troops."
        #expect(try Self.features(text, "Poland").keys != Self.features(text, "Germany").keys)
    }

    @Test("feature-name text", arguments: [
        ("Won’t", "won't"),
        ("“Peace”", "\"peace\""),
        ("NATO", "nato"),
        ("Zürich", "zürich"),          // only ASCII letters are lowercased
        ("so‐called", "so-called"),    // U+2010 hyphen
    ])
    func normalizedText(_ word: String, _ expected: String) {
        let doc = Document(word)
        let token = Token(start: 0, end: Int32(doc.bytes.count), kind: .word, flags: [], lower: 0, exact: 0)
        #expect(FeatureExtractor.normalizedText(token, doc) == expected)
    }

    @Test func contentWordsLeaveOutFunctionWords() throws {
        var doc = Document("The minister will send the troops to the border.")
        doc.tokens = TestSupport.lexicons.tokenizer.tokenize(doc.bytes)
        doc.sentences = TestSupport.lexicons.segmenter.segment(doc.tokens, bytes: doc.bytes)
        let sentence = try #require(doc.sentences.first)
        let words = doc.tokens.withUnsafeBufferPointer {
            FeatureExtractor.contentWords(of: sentence, tokens: $0, lexicons: TestSupport.lexicons)
        }.map { doc.text(of: doc.tokens[Int($0)]) }
        #expect(words.contains("minister") && words.contains("troops") && words.contains("border"), "\(words)")
        #expect(!words.contains("the") && !words.contains("The") && !words.contains("to"), "\(words)")
        #expect(!words.contains("."), "punctuation is no word")
    }
}
