/// What a cue phrase signals; one phrase may carry several categories
/// ("suggested" is speech and hedged).
///
/// Each category is one file in `Lexicons/cues/` (see `CueCategory.files`).
///
///     let c: CueCategory = [.speech, .hedged]
///     c.contains(.hedged)   // true
public struct CueCategory: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// The actor commits or acts: will, pledged, agreed to, has sent.
    public static let firm = CueCategory(rawValue: 1 << 0)
    /// The commitment is possible, tentative or open: could, considering, on the table.
    public static let hedged = CueCategory(rawValue: 1 << 1)
    /// The actor rules out, rejects or declines: will not, ruled out, refused to.
    public static let refused = CueCategory(rawValue: 1 << 2)
    /// Negation: not, n't, never, no.
    public static let negator = CueCategory(rawValue: 1 << 3)
    /// A condition: if, unless, provided that.
    public static let condition = CueCategory(rawValue: 1 << 4)
    /// A limit: only, limited, partial.
    public static let limiter = CueCategory(rawValue: 1 << 5)
    /// Speech and attribution: said, told, according to.
    public static let speech = CueCategory(rawValue: 1 << 6)
    /// Urging or asking others: urged, called on, pressed.
    public static let directive = CueCategory(rawValue: 1 << 7)
    /// A prediction about others: expects, predicted.
    public static let prediction = CueCategory(rawValue: 1 << 8)
    /// A clause boundary: but, while, whereas.
    public static let boundary = CueCategory(rawValue: 1 << 9)
    /// An ordinary past event that commits to nothing: met, visited, hosted.
    public static let event = CueCategory(rawValue: 1 << 10)

    /// A threat: a commitment that a condition does not soften ("threatened to veto ... if").
    public static let threat = CueCategory(rawValue: 1 << 11)

    /// A fixed phrase that is not a cue ("as well as", "such as"): it masks the cues inside it.
    public static let fixed = CueCategory(rawValue: 1 << 12)

    /// A verb that describes something "as" something: the "as" after it is no clause boundary.
    public static let describer = CueCategory(rawValue: 1 << 13)

    /// A verb naming no action of its subject ("face", "be", "win"): a modal before it is no commitment.
    public static let nonAction = CueCategory(rawValue: 1 << 14)

    /// A noun that names a commitment ("decision to", "refusal to", "pledge to"): a cue only when
    /// someone owns it ("the ministry's decision to", "his refusal to", "made a pledge to"), and
    /// then the owner's alone, not the sentence subject's ("critics attacked Hale's pledge to").
    public static let nominal = CueCategory(rawValue: 1 << 15)

    /// The lexicon file of each category, in `Lexicons/cues/`.
    public static let files: [(name: String, category: CueCategory)] = [
        ("firm.txt", .firm), ("hedged.txt", .hedged), ("refused.txt", .refused),
        ("negators.txt", .negator), ("conditions.txt", .condition), ("limiters.txt", .limiter),
        ("speech.txt", .speech), ("directives.txt", .directive), ("predictions.txt", .prediction),
        ("boundaries.txt", .boundary), ("events.txt", .event), ("threats.txt", .threat), ("fixed-phrases.txt", .fixed), ("describers.txt", .describer), ("non-actions.txt", .nonAction),
        ("nominals.txt", .nominal),
    ]

    /// The commitment categories.
    public static let commitment: CueCategory = [.firm, .hedged, .refused]

    /// Short names, for features and debugging.
    public var names: [String] {
        CueCategory.files.filter { contains($0.category) }.map { String($0.name.dropLast(4)) }
    }
}
