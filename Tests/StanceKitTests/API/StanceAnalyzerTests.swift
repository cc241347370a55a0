import Foundation
import Testing
@testable import StanceKit

/// The entry point (`StanceAnalyzer`): the README's example, loading from
/// resources, one pair per actor and sentence, labeled pairs found by span
/// (Unicode scalars) or by the actor's first occurrence, a missing actor, and
/// the same answers from several threads sharing one analyzer.
@Suite("StanceAnalyzer")
struct StanceAnalyzerTests {
    static let analyzer = TestSupport.analyzer

    @Test func theReadmeExample() throws {
        let result = Self.analyzer.analyze("Washington will not commit troops.", name: "example")
        #expect(result.document == "example")
        #expect(result.sentences == 1)
        let us = try #require(result.actor("United States"))
        #expect(us.type == .country)
        #expect(us.mentions == ["Washington"])
        #expect(us.stance == .refused)
        #expect(us.evidence.map(\.cues) == [["will not"]])
        #expect(us.evidence.first?.object == "troops")
        #expect(us.scores.refused > us.scores.firm && us.scores.refused > us.scores.hedged)
    }

    @Test func loadingFromResourcesGivesTheSameAnswers() throws {
        let loaded = try StanceAnalyzer(resources: Resources(lexicons: TestSupport.lexiconsURL, model: TestSupport.modelURL))
        let text = "Germany could send jets. France has ruled out ground troops."
        #expect(loaded.analyze(text) == Self.analyzer.analyze(text))
        #expect(throws: ModelError.self) {
            try StanceAnalyzer(resources: Resources(lexicons: TestSupport.lexiconsURL,
                                                   model: TestSupport.root.appendingPathComponent("no-such-model.json")))
        }
    }

    @Test func emptyAndActorlessTexts() {
        let empty = Self.analyzer.analyze("")
        #expect(empty.sentences == 0 && empty.actors.isEmpty && empty.document == nil)
        let plain = Self.analyzer.analyze("The weather was mild. It rained on Tuesday.", name: "w", date: "2026-02-03")
        #expect(plain.actors.isEmpty)
        #expect(plain.sentences == 2)
        #expect(plain.date == "2026-02-03")
    }

    @Test func onePairPerActorPerSentence() throws {
        let (processed, _) = Self.analyzer.process("Germany will send troops and Berlin will pay for the fuel. Germany could send jets.")
        let germany = try #require(processed.table.find("Germany"))
        let pairs = Self.analyzer.pairs(of: processed).filter { $0.actor == germany }
        #expect(pairs.map(\.sentence) == [0, 1])
        #expect(pairs.first?.mentions.count == 2, "Germany and Berlin in one sentence are one pair")
        // Every pair's mentions are of its actor and in its sentence.
        for p in Self.analyzer.pairs(of: processed) {
            for m in p.mentions {
                #expect(processed.context.attributions[m].actor == p.actor)
                #expect(processed.table.mentions[m].sentence == p.sentence)
            }
        }
    }

    @Test func aSpanInUnicodeScalarsChoosesTheMention() throws {
        // "Zürich" and the dash are non-ASCII: scalar and byte offsets differ from "Poland" on.
        let text = "Zürich — Poland will not send troops, but Germany will send troops."
        let scalars = Array(text.unicodeScalars)
        func span(of word: String) -> Range<Int> {
            let w = Array(word.unicodeScalars)
            let start = (0...(scalars.count - w.count)).first { Array(scalars[$0..<($0 + w.count)]) == w }!
            return start..<(start + w.count)
        }
        #expect(span(of: "Poland") == 9..<15)
        let poland = Self.analyzer.predictPair(id: "p", text: text, actor: "Poland", span: span(of: "Poland"))
        let germany = Self.analyzer.predictPair(id: "g", text: text, actor: "Germany", span: span(of: "Germany"))
        // The lexicon rules show which mention was taken (the model's answer for Germany is not pinned:
        // contrastive "but" sentences are a known weakness of the shipped model).
        #expect(poland.ruleStance == .refused && germany.ruleStance == .firm)
        #expect(poland.cues == ["will not"] && germany.cues == ["will"])
        #expect(poland.stance == .refused)
        // The span wins over the actor string.
        let bySpan = Self.analyzer.predictPair(id: "x", text: text, actor: "Germany", span: span(of: "Poland"))
        #expect(bySpan.ruleStance == .refused && bySpan.cues == ["will not"])
        #expect(bySpan.actor == "Germany", "the prediction names the actor as given")
        // Without a span: the first occurrence.
        #expect(Self.analyzer.predictPair(id: "y", text: text, actor: "Germany", span: nil).ruleStance == .firm)
    }

    @Test func aPairPrediction() {
        let p = Self.analyzer.predictPair(id: "ex-17", text: "Germany has ruled out ground troops.", actor: "Germany", span: nil)
        #expect(p.id == "ex-17" && p.actor == "Germany")
        #expect(p.stance == .refused)
        #expect(p.cues == ["ruled out"])
        #expect(p.object == "ground troops")
        #expect(abs(p.scores.array.reduce(0, +) - 1) < 1e-9)
        #expect(p.scores.refused == p.scores.array.max())
        // A pair predicted none has no object.
        let none = Self.analyzer.predictPair(id: "n", text: "Germany hosted a summit on Monday.", actor: "Germany", span: nil)
        #expect(none.stance == .none)
        #expect(none.object == nil)
    }

    @Test("an unresolved possessive pronoun is the subject pronoun before it", arguments: [
        ("The airline said it would not improve its pension offer.", "its", StanceLabel.refused),
        ("The rebels have said they might open their checkpoints.", "their", .hedged),
        ("Her lawyer said she will appeal her sentence.", "her", .firm),
        // Not another person's possessive: "his" is not "she".
        ("The coach said she will keep his assistant.", "his", .none),
    ])
    func possessiveOwner(_ text: String, _ actor: String, _ expected: StanceLabel) {
        let start = text.range(of: actor, options: .backwards)!
        let from = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: start.lowerBound)
        let p = Self.analyzer.predictPair(id: "o", text: text, actor: actor, span: from..<(from + actor.unicodeScalars.count))
        #expect(p.ruleStance == expected, "\(text)")
    }

    @Test("an unresolved subject pronoun shares the stance its same pronoun reports as speaker; not another pronoun's", arguments: [
        ("Explaining why she is leaving, she said she wants to join the inquiry.", StanceLabel.hedged),
        ("Asked whether he is leaving, he said he will stay until May.", .firm),
        // "they" is not "he": the first pronoun speaks for no one else.
        ("Explaining why they are leaving, he said he wants to join the inquiry.", .none),
    ])
    func sameUnresolvedPronoun(_ text: String, _ expected: StanceLabel) {
        let word = text.contains("they are") ? "they" : (text.contains("she") ? "she" : "he")
        let start = text.range(of: " \(word) ")!
        let from = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: start.lowerBound) + 1
        let p = Self.analyzer.predictPair(id: "s", text: text, actor: word, span: from..<(from + word.unicodeScalars.count))
        #expect(p.ruleStance == expected, "\(text)")
    }

    @Test("an actor that is not in the text", arguments: [
        ("Germany will send troops.", "Japan", Range<Int>?.none),
        ("Germany will send troops.", "Japan", 400..<405),   // a span outside the text: the actor string is looked up
        ("", "Germany", nil),
    ])
    func missingActor(_ text: String, _ actor: String, _ span: Range<Int>?) {
        let p = Self.analyzer.predictPair(id: "m", text: text, actor: actor, span: span)
        #expect(p.stance == .none && p.ruleStance == .none)
        #expect(p.scores.array == [0, 0, 0, 1])
        #expect(p.cues.isEmpty && p.object == nil)
        #expect(p.sentiment == .neutral && p.sentimentScore == 0)
    }

    @Test func oneAnalyzerSharedByManyThreadsGivesTheSerialAnswers() {
        let texts = [
            "Washington will not commit troops.",
            "Germany could send jets if the talks fail.",
            "France pledged 3,000 soldiers to the mission. Italy declined to comment.",
            "Poland urged Germany to send troops.",
        ]
        let batch = (0..<16).map { texts[$0 % texts.count] }
        let analyzer = Self.analyzer
        let serial = batch.map { analyzer.analyze($0) }
        let parallel = ParallelMap.map(batch, jobs: 4) { analyzer.analyze($0) }
        #expect(parallel == serial)
    }
}
