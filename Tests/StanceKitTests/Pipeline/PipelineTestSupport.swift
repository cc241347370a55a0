import Foundation
@testable import StanceKit

/// A text run through the pipeline stages, tokenizer to attributor, with the shipped
/// lexicons: what the Pipeline tests inspect (mentions, actors, cues, clauses, attributions).
///
///     let run = PipelineRun("Washington will not commit troops.")
///     run.actorName("Washington")   // "United States"
///     run.labels("Washington")      // [.refused]
struct PipelineRun {
    let document: Document
    let table: ActorTable
    /// Per sentence: the cues after the scope stage and the clause of each token.
    let sentences: [Attributor.SentenceCues]
    /// One per mention of `table`, in order.
    let attributions: [Attribution]

    init(_ text: String) {
        let context = TestSupport.analyzer.process(text).0.context
        document = context.document
        table = context.table
        sentences = context.cues
        attributions = context.attributions
    }

    /// The text of a mention (its name part, titles excluded).
    func surface(_ m: Int) -> String { document.text(of: table.mentions[m].range) }

    /// Indices of the mentions whose text is `surface`, in text order.
    func mentions(_ surface: String) -> [Int] {
        table.mentions.indices.filter { self.surface($0) == surface }
    }

    /// The index of the `occurrence`-th mention with this text.
    func mention(_ surface: String, occurrence: Int = 0) -> Int? {
        let found = mentions(surface)
        return occurrence < found.count ? found[occurrence] : nil
    }

    /// The canonical name of the actor of a mention (after attribution resolved speaker pronouns).
    func actorName(_ surface: String, occurrence: Int = 0) -> String? {
        guard let m = mention(surface, occurrence: occurrence) else { return nil }
        let a = attributions[m].actor
        return a >= 0 ? table.actors[a].name : nil
    }

    /// The actor record of a mention.
    func actor(_ surface: String, occurrence: Int = 0) -> Actor? {
        guard let m = mention(surface, occurrence: occurrence), table.mentions[m].actor >= 0 else { return nil }
        return table.actors[table.mentions[m].actor]
    }

    /// The actor with this canonical name.
    func actor(named name: String) -> Actor? { table.find(name).map { table.actors[$0] } }

    /// The attribution of a mention.
    func attribution(_ surface: String, occurrence: Int = 0) -> Attribution? {
        mention(surface, occurrence: occurrence).map { attributions[$0] }
    }

    /// The labels of the cues attributed to a mention, in order.
    func labels(_ surface: String, occurrence: Int = 0) -> [StanceLabel] {
        attribution(surface, occurrence: occurrence)?.cues.map(\.label) ?? []
    }

    /// The text of a cue of a sentence.
    func text(of cue: Cue) -> String {
        let lo = Int(document.tokens[cue.tokens.lowerBound].start)
        let hi = Int(document.tokens[cue.tokens.upperBound - 1].end)
        return document.text(of: lo..<hi)
    }

    /// The texts of the cues attributed to a mention, in order.
    func cueTexts(_ surface: String, occurrence: Int = 0) -> [String] {
        guard let m = mention(surface, occurrence: occurrence) else { return [] }
        let s = table.mentions[m].sentence
        return attributions[m].cues.map { text(of: sentences[s].cues[$0.cue]) }
    }
}

/// Tokenized and segmented documents, and the cue and scope stages run on them by hand.
enum PipelineStages {
    /// A document with tokens and sentences from the shipped tokenizer and segmenter.
    static func document(_ text: String) -> Document {
        var doc = Document(text)
        doc.tokens = TestSupport.lexicons.tokenizer.tokenize(doc.bytes)
        doc.sentences = TestSupport.lexicons.segmenter.segment(doc.tokens, bytes: doc.bytes)
        return doc
    }

    /// The text of a token range of a document.
    static func text(_ doc: Document, _ tokens: Range<Int>) -> String {
        guard !tokens.isEmpty else { return "" }
        return doc.text(of: Int(doc.tokens[tokens.lowerBound].start)..<Int(doc.tokens[tokens.upperBound - 1].end))
    }

    /// The cue tagger's cues of the first sentence, before the scope stage.
    static func tagged(_ text: String) -> (Document, [Cue]) {
        let doc = document(text)
        let tagger = CueTagger(lexicons: TestSupport.lexicons)
        let cues = doc.tokens.withUnsafeBufferPointer { tagger.tag(doc.sentences[0], tokens: $0) }
        return (doc, cues)
    }

    /// The cues of the first sentence after the scope stage, and the clause of each of its tokens.
    static func resolved(_ text: String) -> (Document, [Cue], [Int]) {
        let (doc, raw) = tagged(text)
        var cues = raw
        let scope = ScopeResolver(pronouns: TestSupport.lexicons.subjectPronouns, wrongdoings: TestSupport.lexicons.wrongdoings,
                                  functionWords: TestSupport.lexicons.functionWords)
        let clauses = doc.tokens.withUnsafeBufferPointer {
            scope.resolve(&cues, sentence: doc.sentences[0], tokens: $0, bytes: doc.bytes)
        }
        return (doc, cues, clauses)
    }
}
