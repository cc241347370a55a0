/// One cue phrase of the lexicons and what it signals.
///
///     CueEntry(phrase: "rule out", categories: .refused, id: 12)
public struct CueEntry: Sendable, Equatable {
    /// The phrase as written in the lexicon ("on the table").
    public var phrase: String
    public var categories: CueCategory
    /// A stable number for the phrase (its index in the matcher), used in features.
    public var id: Int32
    /// Hash of the phrase with spaces written as underscores ("rule_out"), as feature names
    /// write it: stable across lexicon edits.
    public var hash: UInt64

    public init(phrase: String, categories: CueCategory, id: Int32, hash: UInt64) {
        self.phrase = phrase
        self.categories = categories
        self.id = id
        self.hash = hash
    }
}
