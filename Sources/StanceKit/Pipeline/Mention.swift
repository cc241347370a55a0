/// One place in the text where an actor is named or referred to.
///
///     // "White House Press Secretary Karoline Leavitt has described ..."
///     // -> Mention(tokens: 4..<6, kind: .person, actor: <Karoline Leavitt>)
public struct Mention: Sendable, Equatable {
    /// How the mention refers to its actor.
    public enum Kind: UInt8, Sendable, CaseIterable {
        /// A name from the gazetteer ("United States", "NATO").
        case name
        /// A capital used for a government ("Washington").
        case capital
        /// A seat of power ("White House", "Kremlin").
        case seat
        /// A demonym used alone or as a modifier ("American", "Europeans").
        case demonym
        /// A person found by title, name pattern or gazetteer.
        case person
        /// An organisation found from a capitalized run with a head word.
        case organisation
        /// A group: demonym or actor name + group noun ("European leaders").
        case group
        /// A pronoun ("he", "they", "we").
        case pronoun
        /// A definite reference ("the company").
        case reference
        /// A mention given from outside (a labeled pair's span).
        case given
    }

    /// Token indices of the mention (the name part, titles excluded).
    public var tokens: Range<Int>
    /// Byte range in the document.
    public var range: Range<Int>
    /// First token of the whole noun phrase, title and affiliation included
    /// ("Ukrainian President Volodymyr Zelensky" starts at "Ukrainian").
    public var phraseStart: Int
    /// Index of the sentence.
    public var sentence: Int
    public var kind: Kind
    /// Index of the actor in the `ActorTable`, or -1 when unresolved (a pronoun with no antecedent).
    public var actor: Int
    /// For a speaker pronoun ("we", "I"): resolved by attribution to the quotation's speaker.
    public var isSpeakerPronoun: Bool = false
    /// A possessive determiner ("his", "its") or a name followed by "'s".
    public var isPossessive: Bool = false

    public init(tokens: Range<Int>, range: Range<Int>, sentence: Int, kind: Kind, actor: Int) {
        self.tokens = tokens
        self.range = range
        self.phraseStart = tokens.lowerBound
        self.sentence = sentence
        self.kind = kind
        self.actor = actor
    }
}
