import Foundation
import Testing
import StanceKit

/// `StanceAnalyzer.marks` and `DocumentMarks`: spans of mentions and attributed cues,
/// in Unicode scalars, that agree with the result and nest.
@Suite("DocumentMarks")
struct DocumentMarksTests {
    /// The text of a scalar span.
    static func text(_ s: String, _ span: Range<Int>) -> String {
        let scalars = Array(s.unicodeScalars)
        return String(String.UnicodeScalarView(scalars[span]))
    }

    /// Every pair of marks is disjoint or nested, and each lies in its sentence.
    static func expectNested(_ marks: DocumentMarks, sourceLocation: SourceLocation = #_sourceLocation) {
        let mentions = marks.mentions.map(\.span), cues = marks.cues.map(\.span)
        let all = mentions + cues
        for (i, a) in all.enumerated() {
            for b in all[(i + 1)...] where a.overlaps(b) {
                let nested = (a.lowerBound >= b.lowerBound && a.upperBound <= b.upperBound)
                    || (b.lowerBound >= a.lowerBound && b.upperBound <= a.upperBound)
                #expect(nested, "\(a) and \(b) overlap without nesting", sourceLocation: sourceLocation)
            }
        }
        for c in zip(cues, cues.dropFirst()) { #expect(!c.0.overlaps(c.1), "cues overlap", sourceLocation: sourceLocation) }
        for m in marks.mentions {
            let s = marks.sentences[m.sentence - 1]
            #expect(m.span.lowerBound >= s.lowerBound && m.span.upperBound <= s.upperBound, sourceLocation: sourceLocation)
        }
        for c in marks.cues {
            let s = marks.sentences[c.sentence - 1]
            #expect(c.span.lowerBound >= s.lowerBound && c.span.upperBound <= s.upperBound, sourceLocation: sourceLocation)
        }
    }

    @Test func aRefusalMarksTheActorAndItsCue() throws {
        let text = "Washington will not commit troops."
        let marks = TestSupport.analyzer.marks(text, name: "t")
        #expect(marks.analysis == TestSupport.analyzer.analyze(text, name: "t"))
        #expect(marks.sentences == [0..<34])
        let mention = try #require(marks.mentions.first)
        #expect(marks.mentions.count == 1)
        #expect(mention.span == 0..<10)
        #expect(marks.analysis.actors[mention.actor].actor == "United States")
        #expect(mention.sentence == 1)
        #expect(mention.kind == .capital)
        let cue = try #require(marks.cues.first)
        #expect(Self.text(text, cue.span) == "will not")
        #expect(cue.stance == .refused)
        #expect(cue.actors == [mention.actor])
        #expect(!cue.softener)
    }

    @Test func spansCountUnicodeScalarsAndMatchTheSurfaces() throws {
        // "’" and "é" are several UTF-8 bytes but one scalar each.
        let text = "Le café’s owners said nothing. Kyiv’s allies said Washington will not send troops, but Paris could."
        let marks = TestSupport.analyzer.marks(text)
        #expect(!marks.mentions.isEmpty)
        for m in marks.mentions {
            let surface = Self.text(text, m.span)
            let actor = marks.analysis.actors[m.actor]
            #expect(actor.mentions.contains(surface) || surface.lowercased() == surface, "\(surface) is no mention of \(actor.actor)")
        }
        let us = try #require(marks.analysis.actors.firstIndex { $0.actor == "United States" })
        #expect(marks.mentions.contains { $0.actor == us && Self.text(text, $0.span) == "Washington" })
        #expect(marks.cues.contains { Self.text(text, $0.span) == "will not" && $0.stance == .refused && $0.actors.contains(us) })
        let france = try #require(marks.analysis.actors.firstIndex { $0.actor == "France" })
        #expect(marks.cues.contains { Self.text(text, $0.span) == "could" && $0.stance == .hedged && $0.actors == [france] })
        #expect(Self.text(text, marks.sentences[1]).hasPrefix("Kyiv’s allies"))
        Self.expectNested(marks)
    }

    @Test func conditionsAreMarkedAsSofteners() throws {
        let text = "Germany will send tanks if the parliament agrees."
        let marks = TestSupport.analyzer.marks(text)
        let will = try #require(marks.cues.first { Self.text(text, $0.span) == "will send" || Self.text(text, $0.span) == "will" })
        #expect(will.stance == .hedged, "a conditioned commitment signals hedged")
        #expect(!will.softener)
        let condition = try #require(marks.cues.first { Self.text(text, $0.span) == "if" })
        #expect(condition.softener)
        #expect(condition.stance == .hedged)
    }

    @Test func cuesOfActorsLeftOutOfTheResultAreNotMarked() {
        // No actor at all: nothing to mark, though "will not" is a cue.
        let marks = TestSupport.analyzer.marks("It will not happen again, the report said.")
        #expect(marks.analysis.actors.isEmpty)
        #expect(marks.mentions.isEmpty)
        #expect(marks.cues.isEmpty)
        #expect(marks.sentences.count == 1)
        let empty = TestSupport.analyzer.marks("")
        #expect(empty.sentences.isEmpty && empty.mentions.isEmpty && empty.cues.isEmpty)
    }

    @Test func nestingTrimsPartialOverlaps() {
        // A cue that runs into a mention keeps the part before it; one that starts inside keeps the part after.
        let a = DocumentMarks.nest(mentions: [0..<10, 20..<30], cues: [8..<14, 18..<22, 40..<45])
        #expect(a.mentions == [0..<10, 20..<30])
        #expect(a.cues == [10..<14, 18..<20, 40..<45])
        // Containment is kept as it is, either way round.
        let b = DocumentMarks.nest(mentions: [5..<9], cues: [0..<20, 6..<8])
        #expect(b.cues == [0..<20, nil], "the second cue overlaps the first cue")
        let c = DocumentMarks.nest(mentions: [5..<9], cues: [6..<8])
        #expect(c.cues == [6..<8])
        // A mention inside another is kept; one that partly overlaps is trimmed; a repeat is dropped.
        let d = DocumentMarks.nest(mentions: [0..<10, 2..<5, 8..<12, 0..<10], cues: [])
        #expect(d.mentions == [0..<10, 2..<5, 10..<12, nil])
        // A cue entirely covered by partial overlaps disappears.
        let e = DocumentMarks.nest(mentions: [0..<4], cues: [2..<4, 3..<6])
        #expect(e.cues == [2..<4, 4..<6])
        let f = DocumentMarks.nest(mentions: [0..<4, 4..<8], cues: [2..<6])
        #expect(f.cues == [4..<6], "trimmed out of the first mention, it lies inside the second")
        let g = DocumentMarks.nest(mentions: [0..<4, 6..<10], cues: [2..<8])
        #expect(g.cues == [4..<6])
    }

    @Test(.enabled(if: TestSupport.hasShared, "needs ../shared/seed/article.txt"))
    func theSeedArticleMarksEveryEvidenceCue() throws {
        let url = TestSupport.shared.appendingPathComponent("seed/article.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        let marks = TestSupport.analyzer.marks(text, name: "article.txt")
        #expect(marks.analysis == TestSupport.analyzer.analyze(text, name: "article.txt"))
        #expect(marks.sentences.count == marks.analysis.sentences)
        Self.expectNested(marks)
        // Every actor in the result is marked somewhere, and every mention belongs to one.
        #expect(Set(marks.mentions.map(\.actor)) == Set(marks.analysis.actors.indices))
        // Every cue of every evidence item is marked in its sentence.
        for (i, actor) in marks.analysis.actors.enumerated() {
            for e in actor.evidence {
                let inSentence = marks.cues.filter { $0.sentence == e.sentence && $0.actors.contains(i) }.map { Self.text(text, $0.span) }
                for cue in e.cues { #expect(inSentence.contains(cue), "\(actor.actor) s\(e.sentence): \(cue) not marked (\(inSentence))") }
                #expect(marks.sentences[e.sentence - 1] == e.span[0]..<e.span[1])
            }
        }
    }
}
