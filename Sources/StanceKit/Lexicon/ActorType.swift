/// The kind of an actor.
///
///     ActorType(rawValue: "country")   // .country
public enum ActorType: String, Sendable, Codable, CaseIterable {
    case country, organisation, person, group, region

    /// Position in `allCases`.
    public var index: Int {
        switch self {
        case .country: return 0
        case .organisation: return 1
        case .person: return 2
        case .group: return 3
        case .region: return 4
        }
    }
}
