/// The kind of an actor.
///
///     ActorType(rawValue: "country")   // .country
public enum ActorType: String, Sendable, Codable, CaseIterable {
    case country, organisation, person, group, region
}
