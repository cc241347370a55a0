/// The actors of a document and their mentions, as the actor detector found them.
///
/// Actors are merged by canonical name; a person named in full first and by
/// surname later ("Elbridge Colby" ... "Colby") is one actor.
///
///     var table = ActorTable()
///     let us = table.actor(named: "United States", type: .country, affiliation: nil)
///     table.actors[us].name   // "United States"
public struct ActorTable: Sendable {
    public var actors: [Actor] = []
    /// Mentions in text order.
    public var mentions: [Mention] = []
    /// Canonical name's `TokenHash` -> actor (FNV over the bytes, not `Dictionary`'s String
    /// hashing, which showed in profiles); the name itself is compared on a hit.
    private var index = HashIndex<Int32>()

    public init() {}

    /// The index of the actor with this canonical name, adding it when new.
    /// A known affiliation fills in a missing one.
    public mutating func actor(named name: String, type: ActorType, affiliation: String?) -> Int {
        let key = TokenHash.of(name)
        if let i = find(name, key: key) {
            if actors[i].affiliation == nil, let a = affiliation, a != name { actors[i].affiliation = a }
            return i
        }
        let i = actors.count
        actors.append(Actor(name: name, type: type, affiliation: affiliation == name ? nil : affiliation))
        if index[key] == nil { index[key] = Int32(i) }
        return i
    }

    /// The index of an actor by canonical name.
    public func find(_ name: String) -> Int? { find(name, key: TokenHash.of(name)) }

    private func find(_ name: String, key: UInt64) -> Int? {
        guard let i = index[key] else { return nil }
        if actors[Int(i)].name == name { return Int(i) }
        // Two names with one 64-bit hash: never seen, but stay correct.
        return actors.firstIndex { $0.name == name }
    }

    /// Records a surface form of an actor.
    public mutating func addSurface(_ surface: String, to actor: Int) {
        guard actor >= 0, !actors[actor].surfaces.contains(surface) else { return }
        actors[actor].surfaces.append(surface)
    }

    /// Mentions of one sentence (mentions are in text order).
    public func mentions(inSentence s: Int) -> ArraySlice<Mention> {
        // Binary search for the first mention of sentence s.
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].sentence < s { lo = mid + 1 } else { hi = mid }
        }
        var end = lo
        while end < mentions.count && mentions[end].sentence == s { end += 1 }
        return mentions[lo..<end]
    }
}
