import Testing
@testable import StanceKit

/// `CueTagger`: the phrases of `Lexicons/cues` found in a sentence, longest match
/// first, left to right, not overlapping, with their categories; a capitalized word
/// inside a sentence starts no cue unless it follows an opening quotation mark or
/// the sentence is a Title Case headline.
@Suite("CueTagger")
struct CueTaggerTests {
    /// The cue texts the tagger finds in the first sentence.
    static func cueTexts(_ text: String) -> [String] {
        let (doc, cues) = PipelineStages.tagged(text)
        return cues.map { PipelineStages.text(doc, $0.tokens) }
    }

    @Test("phrases of the cue lexicons are found, in text order", arguments: [
        ("Washington will not commit troops.", ["will not"]),
        ("The Kremlin rejected the proposal on Monday.", ["rejected", "proposal"]),
        ("Kyiv has pledged to hold elections next year.", ["pledged"]),
        ("Germany hopes to finish the pipeline this year.", ["hopes to"]),
        ("Latvia has no intention of leaving the alliance.", ["has no intention"]),
        ("Hungary vetoed the package, but Slovakia said it would support it.", ["vetoed", "but", "said", "would"]),
        ("Poland urged Germany to send more tanks.", ["urged"]),
        ("Austria will send only a small number of medics.", ["will", "only", "a small number"]),
        // Decisions acted on (the guide: past actions that commit): ratings, reopenings, dismissals.
        ("Moody's downgraded Italy, the ministry reopened the border and the club sacks its coach.",
         ["downgraded", "reopened", "sacks"]),
    ])
    func finds(_ text: String, _ expected: [String]) {
        #expect(Self.cueTexts(text) == expected)
    }

    @Test("the longest phrase wins over the shorter ones inside it", arguments: [
        ("Canada did not rule out sending jets.", "did not rule out", ["not", "rule out"]),
        ("Japan agreed to expand the programme.", "agreed to", ["agreed"]),
        ("The minister described the idea as an option and a possibility.", "an option and a possibility",
         ["an option", "a possibility"]),
        // A fixed phrase masks the cue inside it: "granted" grants nothing here.
        ("Growers say they were taken for granted by Brussels.", "taken for granted", ["granted"]),
        ("Officials said more cuts could not be excluded.", "could not be excluded", ["could not"]),
        ("The Riksbank gave no sign that it was preparing to move.", "no sign", ["no", "sign"]),
    ])
    func longest(_ text: String, _ phrase: String, _ shorter: [String]) {
        let texts = Self.cueTexts(text)
        #expect(texts.contains(phrase), "\(texts)")
        for part in shorter {
            #expect(!texts.contains(part), "\(part) in \(texts)")
        }
    }

    @Test("a phrase in several files carries every category")
    func categories() throws {
        let (_, cues) = PipelineStages.tagged("Portugal suggested it might send a frigate.")
        let suggested = try #require(cues.first)
        #expect(suggested.categories.contains(.speech))
        #expect(suggested.categories.contains(.hedged))
        #expect(!suggested.categories.contains(.firm))
        let (_, threat) = PipelineStages.tagged("Hungary threatened to veto the budget.")
        #expect(threat.first?.categories.contains(.threat) == true)
        #expect(threat.first?.categories.contains(.firm) == true)
        #expect(threat.last?.categories == .refused)
    }

    @Test("cues do not overlap and come in text order")
    func ordered() {
        let (_, cues) = PipelineStages.tagged(
            "While Washington has ruled out ground troops, Trump has suggested that air support could be an option.")
        #expect(cues.count >= 4)
        for (a, b) in zip(cues, cues.dropFirst()) {
            #expect(a.tokens.upperBound <= b.tokens.lowerBound)
        }
    }

    @Test("a capitalized word inside a sentence starts no cue", arguments: [
        ("Talks with the union resume in May.", [String]()),
        ("The actor Will Smith attended the premiere.", ["attended"]),
        ("Officials from Will County said the bridge was safe.", ["said"]),
    ])
    func capitalizedInside(_ text: String, _ expected: [String]) {
        #expect(Self.cueTexts(text) == expected)
    }

    @Test("after an opening quotation mark a capitalized word starts a cue")
    func afterOpenQuote() {
        #expect(Self.cueTexts("He asked: “Will Europe send troops?”").contains("Will"))
    }

    @Test("in a Title Case headline capitalized verbs are cues")
    func titleCase() {
        #expect(Self.cueTexts("Germany Says It Will Send More Tanks") == ["Says", "Will"])
    }

    @Test("Title Case: at least four words and most of them capitalized", arguments: [
        ("Germany Says It Will Send More Tanks", true),
        ("NATO Chief Says No Exemptions for Anyone", true),
        ("Germany will send more tanks to Lithuania.", false),
        ("Germany Will Act", false),
    ])
    func isTitleCase(_ text: String, _ expected: Bool) {
        let doc = PipelineStages.document(text)
        let result = doc.tokens.withUnsafeBufferPointer { CueTagger.isTitleCase(doc.sentences[0], tokens: $0) }
        #expect(result == expected)
    }

    @Test("a sentence with no lexicon phrase has no cues")
    func noCues() {
        #expect(Self.cueTexts("Rain fell across the region on Sunday.").isEmpty)
    }

    @Test("each cue's entry is its phrase in the cue matcher")
    func entries() throws {
        let (_, cues) = PipelineStages.tagged("Washington will not commit troops.")
        let cue = try #require(cues.first)
        let payloads = TestSupport.lexicons.cues.payloads
        #expect(Int(cue.entry) >= 0 && Int(cue.entry) < payloads.count)
        #expect(payloads[Int(cue.entry)].phrase == "will not")
        #expect(payloads[Int(cue.entry)].categories == cue.categories)
        #expect(payloads[Int(cue.entry)].id == cue.entry)
    }
}
