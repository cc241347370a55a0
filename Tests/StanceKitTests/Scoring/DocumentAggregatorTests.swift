import Testing
@testable import StanceKit

/// How `DocumentAggregator` gathers scored pairs into one result per actor:
/// which pairs are evidence (`Tuning.evidenceMinimum`, `Tuning.uncuedEvidenceMinimum`),
/// normalized scores, the overall stance with firm/hedged ties going to hedged
/// (label guide, "Document level"), counts, sentiment, objects, and which actors
/// are listed. The probabilities are set by hand, so no model weight decides.
@Suite("DocumentAggregator")
struct DocumentAggregatorTests {
    /// A processed text, the pairs of one actor in it, and the actor's index.
    static func setUp(_ text: String, actor name: String) throws -> (StanceAnalyzer.Processed, [StanceAnalyzer.Pair]) {
        let analyzer = TestSupport.analyzer
        let (processed, _) = analyzer.process(text)
        let actor = try #require(processed.table.find(name), "no actor \(name) in: \(text)")
        return (processed, analyzer.pairs(of: processed).filter { $0.actor == actor })
    }

    static func scored(_ pair: StanceAnalyzer.Pair, _ stance: [Double], rule: StanceLabel = .firm,
                       sentiment: [Double] = [0.1, 0.8, 0.1]) -> StanceAnalyzer.Scored {
        StanceAnalyzer.Scored(pair: pair, stance: stance, sentiment: sentiment, rule: rule)
    }

    static func aggregate(_ processed: StanceAnalyzer.Processed, _ scored: [StanceAnalyzer.Scored],
                          name: String? = "a.txt", date: String? = nil) -> DocumentAnalysis {
        DocumentAggregator(lexicons: TestSupport.lexicons).aggregate(processed, scored: scored, name: name, date: date)
    }

    static let twoSentences = "Germany will send troops. Germany could send jets."

    @Test func scoresAreTheNormalizedSumsOfTheEvidence() throws {
        let (processed, pairs) = try Self.setUp(Self.twoSentences, actor: "Germany")
        try #require(pairs.count == 2)
        let result = Self.aggregate(processed, [Self.scored(pairs[0], [0.9, 0.05, 0.03, 0.02]),
                                                Self.scored(pairs[1], [0.1, 0.6, 0.1, 0.2], rule: .hedged)])
        let germany = try #require(result.actor("Germany"))
        // Sums 1.0, 0.65, 0.13 over 1.78, rounded to four decimals.
        #expect(germany.scores == ActorResult.Scores(firm: 0.5618, hedged: 0.3652, refused: 0.073))
        #expect(germany.stance == .firm)
        #expect(germany.counts == ActorResult.Counts(firm: 1, hedged: 1, refused: 0))
        #expect(germany.evidence.map(\.sentence) == [1, 2], "1-based sentence numbers, in text order")
        #expect(germany.evidence.map(\.stance) == [.firm, .hedged])
        #expect(germany.evidence.map(\.probability) == [0.9, 0.6])
        #expect(germany.evidence.map(\.text) == ["Germany will send troops.", "Germany could send jets."])
        #expect(germany.evidence.map(\.cues) == [["will"], ["could"]])
        #expect(result.document == "a.txt" && result.sentences == 2 && result.date == nil)
    }

    @Test("an actor's mentions follow the attribution: a pronoun given to the speaker before it is listed with the speaker")
    func pronounSurfacesFollowAttribution() throws {
        let text = "Germany pledged 200 million euros, while Italy said it was studying the request."
        let (processed, _) = TestSupport.analyzer.process(text)
        let italy = try #require(processed.table.find("Italy"))
        let germany = try #require(processed.table.find("Germany"))
        let surfaces = DocumentAggregator.resolvedSurfaces(processed)
        #expect(surfaces[italy] == ["Italy", "it"])
        #expect(surfaces[germany] == ["Germany"])
    }

    /// (P of the firm pair, P of the hedged pair) -> overall stance: within `Tuning.tieMargin` it is hedged.
    @Test("firm against hedged", arguments: [
        ([0.6, 0.4, 0, 0], [0.4, 0.6, 0, 0], StanceLabel.hedged),   // sums 1.0 and 1.0: a tie
        ([0.7, 0.3, 0, 0], [0.32, 0.68, 0, 0], .hedged),           // 0.51 against 0.49: a tie
        ([0.9, 0.1, 0, 0], [0.3, 0.7, 0, 0], .firm),               // 0.6 against 0.4
    ] as [([Double], [Double], StanceLabel)])
    func firmAgainstHedged(_ a: [Double], _ b: [Double], _ expected: StanceLabel) throws {
        let (processed, pairs) = try Self.setUp(Self.twoSentences, actor: "Germany")
        let result = Self.aggregate(processed, [Self.scored(pairs[0], a), Self.scored(pairs[1], b, rule: .hedged)])
        let germany = try #require(result.actor("Germany"))
        #expect(germany.stance == expected, "\(germany.scores)")
        #expect(germany.counts == ActorResult.Counts(firm: 1, hedged: 1))
    }

    /// One evidence pair: its own probabilities decide; a near tie goes to hedged.
    @Test("one pair's stance", arguments: [
        ([0.6, 0.4, 0, 0], StanceLabel.firm),        // firm leads by 0.2
        ([0.52, 0.48, 0, 0], .hedged),               // firm leads by 0.04: a tie
        ([0.1, 0.2, 0.7, 0], .refused),
        ([0.2, 0.7, 0.1, 0], .hedged),
    ] as [([Double], StanceLabel)])
    func onePair(_ stance: [Double], _ expected: StanceLabel) throws {
        let (processed, pairs) = try Self.setUp("Germany will send troops.", actor: "Germany")
        let germany = try #require(Self.aggregate(processed, [Self.scored(pairs[0], stance)]).actor("Germany"))
        #expect(germany.stance == expected)
        #expect(germany.evidence.count == 1)
    }

    @Test("pairs that are no evidence", arguments: [
        ([0.35, 0.25, 0.2, 0.2], StanceLabel.firm),   // most probable, but under Tuning.evidenceMinimum
        ([0.3, 0.1, 0.1, 0.5], .firm),                // most probable label is none
        ([0.7, 0.1, 0.1, 0.1], .none),                // no cue (rules say none) and under Tuning.uncuedEvidenceMinimum
    ] as [([Double], StanceLabel)])
    func noEvidence(_ stance: [Double], _ rule: StanceLabel) throws {
        let (processed, pairs) = try Self.setUp("Germany will send troops.", actor: "Germany")
        let result = Self.aggregate(processed, [Self.scored(pairs[0], stance, rule: rule)])
        let germany = try #require(result.actor("Germany"), "a country is listed even without evidence")
        #expect(germany.stance == .none)
        #expect(germany.scores == ActorResult.Scores(firm: 0, hedged: 0, refused: 0))
        #expect(germany.counts == ActorResult.Counts())
        #expect(germany.evidence.isEmpty && germany.objects.isEmpty)
    }

    @Test func anUncuedPredictionCountsOnlyWhenVeryProbable() throws {
        let (processed, pairs) = try Self.setUp("Germany will send troops.", actor: "Germany")
        let result = Self.aggregate(processed, [Self.scored(pairs[0], [0.85, 0.05, 0.05, 0.05], rule: .none)])
        let germany = try #require(result.actor("Germany"))
        #expect(germany.stance == .firm)
        #expect(germany.counts.firm == 1)
    }

    @Test func sentimentIsTheMeanOverAllPairsNotOnlyEvidence() throws {
        let (processed, pairs) = try Self.setUp(Self.twoSentences, actor: "Germany")
        // The second pair is no evidence (mostly none) but still counts for sentiment.
        let result = Self.aggregate(processed, [
            Self.scored(pairs[0], [0.9, 0.05, 0.03, 0.02], sentiment: [0.6, 0.3, 0.1]),
            Self.scored(pairs[1], [0.1, 0.1, 0.1, 0.7], sentiment: [0.2, 0.3, 0.5]),
        ])
        let germany = try #require(result.actor("Germany"))
        #expect(germany.sentiment.label == .negative, "mean probabilities 0.4, 0.3, 0.3")
        #expect(germany.sentiment.score == -0.1, "mean P(positive) - mean P(negative)")
        #expect(germany.counts == ActorResult.Counts(firm: 1))
        #expect(germany.scores == ActorResult.Scores(firm: 0.9, hedged: 0.05, refused: 0.03).normalized)
    }

    @Test func objectsGroupEvidenceAndTieToHedged() throws {
        let (processed, pairs) = try Self.setUp("Germany will send troops. Germany will not send soldiers.", actor: "Germany")
        try #require(pairs.count == 2)
        let mixed = Self.aggregate(processed, [Self.scored(pairs[0], [0.9, 0.05, 0.03, 0.02]),
                                               Self.scored(pairs[1], [0.02, 0.05, 0.9, 0.03], rule: .refused)])
        let germany = try #require(mixed.actor("Germany"))
        #expect(germany.evidence.map(\.object) == ["troops", "soldiers"])
        #expect(germany.objects == [ObjectSummary(object: "troops", stance: .hedged,
                                                  counts: .init(firm: 1, hedged: 0, refused: 1),
                                                  sentences: [1, 2], phrases: ["troops", "soldiers"])])
        // Both firm: the object is firm.
        let firm = Self.aggregate(processed, [Self.scored(pairs[0], [0.9, 0.05, 0.03, 0.02]),
                                              Self.scored(pairs[1], [0.8, 0.1, 0.05, 0.05])])
        #expect(firm.actor("Germany")?.objects.map(\.stance) == [.firm])
        #expect(firm.actor("Germany")?.objects.first?.counts == .init(firm: 2))
    }

    @Test func evidenceOffsetsCountUnicodeScalars() throws {
        let text = "Zürich – Germany will send troops. Germany could send jets."
        let (processed, pairs) = try Self.setUp(text, actor: "Germany")
        let result = Self.aggregate(processed, pairs.map { Self.scored($0, [0.1, 0.8, 0.05, 0.05]) })
        let germany = try #require(result.actor("Germany"))
        let scalars = Array(text.unicodeScalars)
        func slice(_ r: [Int]) -> String { String(String.UnicodeScalarView(scalars[r[0]..<r[1]])) }
        try #require(germany.evidence.count == 2)
        for e in germany.evidence {
            #expect(slice(e.span) == e.text)
            if let span = e.objectSpan, let object = e.object { #expect(slice(span) == object) }
        }
        #expect(germany.evidence[1].span == [35, 59])
        #expect(germany.evidence[0].objectSpan == [27, 33], "\"troops\" after 'Zürich –' (two non-ASCII scalars)")
    }

    @Test func ungroupedGroupsAreListedOnlyWithEvidence() throws {
        let text = "Officials will send aid. Germany hosted a summit."
        let (processed, _) = TestSupport.analyzer.process(text)
        let pairs = TestSupport.analyzer.pairs(of: processed)
        let officials = try #require(processed.table.actors.firstIndex { $0.type == .group && $0.affiliation == nil },
                                     "\(processed.table.actors.map(\.name))")
        let germany = try #require(processed.table.find("Germany"))
        let neutral = pairs.map { Self.scored($0, [0.1, 0.1, 0.1, 0.7], rule: .none) }
        let quiet = Self.aggregate(processed, neutral, name: nil, date: "2026-03-01")
        #expect(quiet.actors.map(\.actor) == ["Germany"], "the group without evidence is left out; the country stays")
        #expect(quiet.document == nil && quiet.date == "2026-03-01")
        let speaking = pairs.map { Self.scored($0, $0.actor == officials ? [0.9, 0.05, 0.03, 0.02] : [0.1, 0.1, 0.1, 0.7]) }
        let listed = Self.aggregate(processed, speaking)
        #expect(listed.actors.map(\.actor) == [processed.table.actors[officials].name, processed.table.actors[germany].name],
                "actors in the order of their first pair")
        #expect(listed.actors.first?.stance == .firm)
    }

    @Test func cueTextsIncludeTheConditionsOfTheClause() throws {
        let (processed, pairs) = try Self.setUp("Germany will send troops if the talks fail.", actor: "Germany")
        let pair = try #require(pairs.first)
        #expect(DocumentAggregator.cueTexts(of: pair, in: processed) == ["will", "if"])
        let (refused, refusedPairs) = try Self.setUp("Germany will not send troops.", actor: "Germany")
        #expect(DocumentAggregator.cueTexts(of: try #require(refusedPairs.first), in: refused) == ["will not"])
    }
}

extension ActorResult.Scores {
    /// The scores divided by their sum and rounded to four decimals, as the aggregator reports them.
    fileprivate var normalized: ActorResult.Scores {
        let total = firm + hedged + refused
        func r(_ x: Double) -> Double { (x / total * 10000).rounded() / 10000 }
        return .init(firm: r(firm), hedged: r(hedged), refused: r(refused))
    }
}
