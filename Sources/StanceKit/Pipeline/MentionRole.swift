/// The grammatical place of a mention in its clause, as far as word order tells.
///
///     // "Washington will not commit troops" -> Washington: .subject
///     // "a peace deal with Russia"          -> Russia: .prepositional
///     // "limited U.S. support"              -> U.S.: .modifier
public enum MentionRole: UInt8, Sendable, CaseIterable {
    /// Starts its clause or follows a comma, conjunction or "that": the one who acts.
    case subject
    /// Right after a verb or other content word: acted upon.
    case object
    /// After a preposition ("with Russia", "into Ukraine").
    case prepositional
    /// A possessive determiner ("Europe's responsibility", "his remarks").
    case possessive
    /// An actor name used as a noun modifier ("U.S. air support", "U.S. soldiers").
    case modifier
    /// The agent of a passive ("was approved by Congress").
    case agent
    /// After "according to".
    case according
    /// The one urged or asked ("urged Germany to ...").
    case directiveTarget

    /// Roles that can carry a commitment of their own in their clause. A passive agent
    /// ("made by Vantor") acts only through its own participle (see `Attributor`).
    public var actsInClause: Bool {
        self == .subject
    }

    public var name: String {
        switch self {
        case .subject: return "subject"
        case .object: return "object"
        case .prepositional: return "prepositional"
        case .possessive: return "possessive"
        case .modifier: return "modifier"
        case .agent: return "agent"
        case .according: return "according"
        case .directiveTarget: return "directive-target"
        }
    }
}
