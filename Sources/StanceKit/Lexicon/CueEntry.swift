/// One cue phrase of the lexicons and what it signals.
///
///     CueEntry(phrase: "rule out", categories: .refused, id: 12)
public struct CueEntry: Sendable, Equatable {
    /// The phrase as written in the lexicon ("on the table").
    public var phrase: String
    public var categories: CueCategory
    /// A stable number for the phrase (its index in the matcher), used in features.
    public var id: Int32
    /// Hash of the phrase text, stable across lexicon edits, used in feature names.
    public var hash: UInt64

    public init(phrase: String, categories: CueCategory, id: Int32, hash: UInt64) {
        self.phrase = phrase
        self.categories = categories
        self.id = id
        self.hash = hash
    }
}
