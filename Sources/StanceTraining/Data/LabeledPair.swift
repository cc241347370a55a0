import StanceKit

/// One labeled (sentence, actor) pair, from any of the labeled-data formats.
///
///     LabeledPair(id: "ex-17", text: "Washington will not commit troops.", actor: "Washington",
///                 span: 0..<10, stance: .refused, sentiment: .neutral, group: "ex", source: "a.jsonl:1")
public struct LabeledPair: Sendable, Equatable {
    public var id: String
    public var text: String
    public var actor: String
    /// Unicode-scalar offsets of the actor mention (end exclusive); nil: the first occurrence of `actor`.
    public var span: Range<Int>?
    public var stance: StanceLabel?
    public var sentiment: SentimentLabel?
    /// The story or document the sentence belongs to: splits and folds never divide a group.
    public var group: String
    /// Where it came from, "file:line", for messages.
    public var source: String
    /// Whether the text is a corpus's (NewsMTSC) rather than the project's own: reports that are
    /// committed leave such text out (`stance evaluate --no-corpus-text`).
    public var fromCorpus = false

    public init(id: String, text: String, actor: String, span: Range<Int>?, stance: StanceLabel?,
                sentiment: SentimentLabel?, group: String, source: String) {
        self.id = id
        self.text = text
        self.actor = actor
        self.span = span
        self.stance = stance
        self.sentiment = sentiment
        self.group = group
        self.source = source
    }
}
