/// An actor of a document: all its mentions merged under one canonical name.
///
///     Actor(name: "United States", type: .country, affiliation: nil)
///     Actor(name: "Donald Trump", type: .person, affiliation: "United States")
public struct Actor: Sendable, Equatable {
    /// The canonical name: the same actor gets the same name in every document.
    public var name: String
    public var type: ActorType
    /// For people and groups: the country or organisation they belong to or speak for.
    public var affiliation: String?
    /// A person named with an office title ("Prime Minister", "spokeswoman"): speaks for
    /// its government or organisation even when the text does not say which.
    public var holdsOffice = false
    /// Distinct surface forms, in order of first appearance.
    public var surfaces: [String] = []

    public init(name: String, type: ActorType, affiliation: String?) {
        self.name = name
        self.type = type
        self.affiliation = affiliation
    }
}
