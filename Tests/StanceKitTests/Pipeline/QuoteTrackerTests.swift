import Testing
import StanceKit

/// `QuoteTracker`: spans between double quotation marks (straight or curly), over
/// several sentences when the quotation runs on, ended by the paragraph when left
/// open; between single quotation marks closed at punctuation; never started by
/// apostrophes.
@Suite("QuoteTracker")
struct QuoteTrackerTests {
    /// The quoted texts of a document.
    static func quoted(_ text: String) -> [String] {
        let doc = PipelineStages.document(text)
        return QuoteTracker().spans(in: doc).map { PipelineStages.text(doc, $0.content) }
    }

    @Test("one quotation before its speech verb, curly or straight marks",
          arguments: ["“We will send troops,” Macron said.", "\"We will send troops,\" Macron said."])
    func single(_ text: String) throws {
        let doc = PipelineStages.document(text)
        let spans = QuoteTracker().spans(in: doc)
        #expect(spans.count == 1)
        let span = try #require(spans.first)
        #expect(span.open == 0)
        #expect(PipelineStages.text(doc, span.content) == "We will send troops,")
        #expect(doc.text(of: doc.tokens[span.close]) == (text.hasPrefix("“") ? "”" : "\""))
    }

    @Test("two quotations in one sentence are two spans, in text order")
    func two() {
        #expect(Self.quoted("“Not now,” the minister said, adding that talks were “going well”.")
                == ["Not now,", "going well"])
    }

    @Test("a closing mark first in its paragraph closes a quotation that began with the paragraph")
    func closedWithoutOpening() throws {
        let text = "He left.\nWe are weighing other options,\" Moreau said. He also said \"no\"."
        let doc = PipelineStages.document(text)
        let spans = QuoteTracker().spans(in: doc)
        #expect(spans.map { PipelineStages.text(doc, $0.content) } == ["We are weighing other options,", "no"])
        #expect(spans.map(\.hasOpeningMark) == [false, true])
        // The whole text as one paragraph: the quotation starts with the text.
        #expect(Self.quoted("Talks failed,\" Smith said.") == ["Talks failed,"])
    }

    @Test("the speaker of a quotation closed without an opening mark gets its words")
    func speakerOfAnUnopenedQuotation() {
        let run = PipelineRun("We will consider further sanctions,\" Moreau said.")
        #expect(run.labels("Moreau") == [.hedged], "\(run.cueTexts("Moreau"))")
    }

    @Test("a quotation over two sentences is one span")
    func multiSentence() {
        let text = "“We will send troops. We will not wait,” Macron said."
        let doc = PipelineStages.document(text)
        #expect(doc.sentences.count == 2)
        #expect(Self.quoted(text) == ["We will send troops. We will not wait,"])
    }

    @Test("a quotation left open ends with its paragraph; the next paragraph is not quoted")
    func openAtParagraphEnd() throws {
        let text = "The mayor said: “We will rebuild the bridge.\nThe council met on Monday."
        let doc = PipelineStages.document(text)
        let spans = QuoteTracker().spans(in: doc)
        #expect(spans.count == 1)
        let span = try #require(spans.first)
        #expect(PipelineStages.text(doc, span.content) == "We will rebuild the bridge.")
        // The span closes at the first token of the next paragraph.
        #expect(doc.text(of: doc.tokens[span.close]) == "The")
    }

    @Test("a quotation left open at the end of the document closes after the last token")
    func openAtEnd() {
        let text = "The mayor said: “We will rebuild the bridge"
        let doc = PipelineStages.document(text)
        let spans = QuoteTracker().spans(in: doc)
        #expect(spans.count == 1)
        #expect(spans.first?.close == doc.tokens.count)
        #expect(Self.quoted(text) == ["We will rebuild the bridge"])
    }

    @Test("no quotation marks, no spans: apostrophes, a scare quote inside a sentence and a decade are not quotations",
          arguments: ["The Kremlin rejected the proposal.", "Workers' unions won't back the deal.",
                      "He called the figures 'phony' and left.", "In the '90s the workers' union grew."])
    func none(_ text: String) {
        #expect(Self.quoted(text).isEmpty)
    }

    @Test("single quotation marks quote when the closing mark sits at punctuation (British style)", arguments: [
        ("‘We will not go,’ he said.", ["We will not go,"]),
        ("‘We will not go’, he said.", ["We will not go"]),
        ("Germany's chancellor said the plan was 'a start'.", ["a start"]),
        ("'We will go. We will win,' Aldous said.", ["We will go. We will win,"]),
        // Inside a double quotation they are the quotation's own.
        ("“He told me ‘never again,’ and left,” she said.", ["He told me ‘never again,’ and left,"]),
    ])
    func singleMarks(_ text: String, _ expected: [String]) {
        #expect(Self.quoted(text) == expected)
    }

    @Test("an empty quotation has empty content")
    func empty() {
        let doc = PipelineStages.document("He wrote “” and left.")
        let spans = QuoteTracker().spans(in: doc)
        #expect(spans.count == 1)
        #expect(spans.first?.content.isEmpty == true)
    }
}
