import Testing
import StanceKit
@testable import StanceTraining

/// `LabeledPairMerger`: the same (id, sentence, actor mention) from several files
/// becomes one pair carrying every label, keyed by the span when there is one
/// and by the actor's name otherwise; the first pair's fields and position win,
/// and nothing else is merged or reordered. (The two basic merges are in
/// `LabeledDataReaderTests`.)
@Suite("LabeledPairMerger")
struct LabeledPairMergerTests {
    static func pair(_ id: String, _ text: String, _ actor: String, span: Range<Int>? = nil, stance: StanceLabel? = nil,
                     sentiment: SentimentLabel? = nil, source: String) -> LabeledPair {
        LabeledPair(id: id, text: text, actor: actor, span: span, stance: stance, sentiment: sentiment,
                    group: "g-\(source)", source: source)
    }

    static let text = "Berlin said Germany will send troops."

    @Test func nothingInNothingOut() {
        #expect(LabeledPairMerger.merge([]).isEmpty)
    }

    @Test func distinctPairsPassThroughInOrder() {
        let pairs = [
            Self.pair("3", Self.text, "Germany", span: 12..<19, stance: .firm, source: "a:1"),
            Self.pair("1", "Poland could help.", "Poland", stance: .hedged, source: "a:2"),
            Self.pair("2", "Rome will not help.", "Rome", sentiment: .negative, source: "a:3"),
        ]
        #expect(LabeledPairMerger.merge(pairs) == pairs)
    }

    @Test func twoMentionsOfOneActorInOneSentenceStayApart() {
        let first = Self.pair("1", Self.text, "Germany", span: 0..<6, stance: .none, source: "a:1")
        let second = Self.pair("1", Self.text, "Germany", span: 12..<19, stance: .firm, source: "a:2")
        #expect(LabeledPairMerger.merge([first, second]) == [first, second])
    }

    @Test func withoutASpanTheActorNameIsTheKey() {
        let stance = Self.pair("1", Self.text, "Germany", stance: .firm, source: "a:1")
        let sentiment = Self.pair("1", Self.text, "Germany", sentiment: .neutral, source: "b:1")
        let other = Self.pair("1", Self.text, "Berlin", sentiment: .positive, source: "b:2")
        let merged = LabeledPairMerger.merge([stance, sentiment, other])
        #expect(merged.count == 2)
        #expect(merged[0].stance == .firm && merged[0].sentiment == .neutral)
        #expect(merged[1] == other)
    }

    @Test func labelsArriveFromWhicheverFileHasThem() {
        let a = Self.pair("7", Self.text, "Germany", span: 12..<19, source: "a:1")
        let b = Self.pair("7", Self.text, "Germany", span: 12..<19, stance: .firm, source: "b:4")
        let c = Self.pair("7", Self.text, "Germany", span: 12..<19, stance: .refused, sentiment: .positive, source: "c:9")
        let later = Self.pair("8", "Paris may act.", "Paris", stance: .hedged, source: "a:2")
        let merged = LabeledPairMerger.merge([a, later, b, c])
        #expect(merged.count == 2)
        #expect(merged[0].stance == .firm, "the first label found is kept")
        #expect(merged[0].sentiment == .positive, "a missing label is filled from a later file")
        #expect(merged[0].source == "a:1" && merged[0].group == "g-a:1", "the first pair's source and group stay")
        #expect(merged[1] == later, "the merged pair keeps the first one's position")
    }

    @Test func theSameSentenceWithAnotherIdIsAnotherPair() {
        let a = Self.pair("1", Self.text, "Germany", span: 12..<19, stance: .firm, source: "a:1")
        let b = Self.pair("2", Self.text, "Germany", span: 12..<19, sentiment: .neutral, source: "b:1")
        #expect(LabeledPairMerger.merge([a, b]).count == 2)
        var c = a
        c.text = "Berlin said Germany will send jets."
        #expect(LabeledPairMerger.merge([a, c]).count == 2, "another text")
    }

    @Test func mergingIsIdempotent() {
        let pairs = [
            Self.pair("1", Self.text, "Germany", span: 12..<19, stance: .firm, source: "a:1"),
            Self.pair("1", Self.text, "Germany", span: 12..<19, sentiment: .neutral, source: "b:1"),
            Self.pair("1", Self.text, "Berlin", span: 0..<6, sentiment: .neutral, source: "b:2"),
            Self.pair("2", Self.text, "Germany", stance: .hedged, source: "a:2"),
        ]
        let once = LabeledPairMerger.merge(pairs)
        #expect(once.count == 3)
        #expect(LabeledPairMerger.merge(once) == once)
        #expect(LabeledPairMerger.merge(once + once) == once, "merging the result with itself adds nothing")
    }
}
