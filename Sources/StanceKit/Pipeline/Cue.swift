/// A cue phrase found in a sentence, with what the scope stage made of it.
///
///     // "did not rule out": Cue(tokens: 2..<4, categories: .refused, effective: .hedged, negated: true)
public struct Cue: Sendable, Equatable {
    /// Token indices in the document.
    public var tokens: Range<Int>
    /// Index of the phrase in `LexiconSet.cues.payloads`.
    public var entry: Int32
    public var categories: CueCategory
    /// The commitment it signals after negation and double negation (`nil` for
    /// cues without a commitment category).
    public var effective: StanceLabel?
    /// A negator scopes over it ("will not send" via "not" + "send" is rare; "did not rule out").
    public var negated = false
    /// A refusal of a refusal: "refused to rule out", "did not rule out".
    public var doubleNegated = false
    /// Consumed by another cue (the first refusal of "refused to rule out").
    public var absorbed = false
    /// Governed by a bare "would" ("would oppose"): reported speech keeps its own label,
    /// a conditional would hedges it (decided by attribution).
    public var underWould = false
    /// A commitment noun owned by the possessor right before it ("the ministry's decision to",
    /// "his refusal to"): the possessor's cue alone.
    public var possessed = false
    /// A modal before a passive ("would be delivered", "could be fined"): the subject is acted
    /// upon, and only a body reporting it may be the one who acts (decided by attribution).
    public var passiveVoice = false
    /// Index of its clause within the sentence.
    public var clause: Int = 0

    public init(tokens: Range<Int>, entry: Int32, categories: CueCategory) {
        self.tokens = tokens
        self.entry = entry
        self.categories = categories
    }
}
