/// One line of the actor gazetteer (`Lexicons/actors/*.txt`): a surface form
/// and the actor it names.
///
///     // "Kremlin<TAB>Russia<TAB>country<TAB>seat"
///     GazetteerEntry(canonical: "Russia", type: .country, role: .seat, affiliation: nil)
public struct GazetteerEntry: Sendable, Equatable {
    /// How a surface form names its actor.
    public enum Role: String, Sendable, CaseIterable {
        /// A name, short name or acronym: "United States", "U.S.".
        case name
        /// A surname or other short reference to a person: "Trump".
        case alias
        /// An adjective or people noun: "American", "Americans".
        case demonym
        /// The capital, used for the government: "Washington".
        case capital
        /// A seat of power, used for the government: "White House", "Kremlin".
        case seat
    }

    public var canonical: String
    public var type: ActorType
    public var role: Role
    /// For people and national bodies: the country or organisation they belong to.
    public var affiliation: String?

    public init(canonical: String, type: ActorType, role: Role, affiliation: String?) {
        self.canonical = canonical
        self.type = type
        self.role = role
        self.affiliation = affiliation
    }
}
