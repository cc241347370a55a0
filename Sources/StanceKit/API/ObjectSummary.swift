/// One actor's evidence on one commitment object within a document: the object's
/// canonical group (`Lexicons/objects/synonyms.txt`), the stance it takes on it, the
/// counts per stance, the sentences and the phrases the text used.
///
///     // {"object": "troops", "stance": "refused", "counts": {"firm": 0, "hedged": 0, "refused": 2},
///     //  "sentences": [3, 9], "phrases": ["large numbers of troops or military assets", "ground troops"]}
public struct ObjectSummary: Codable, Sendable, Equatable {
    /// The canonical object ("troops", "air support").
    public var object: String
    /// The stance with most evidence on it (a tie goes to hedged).
    public var stance: StanceLabel
    public var counts: ActorResult.Counts
    /// 1-based sentence numbers of the evidence.
    public var sentences: [Int]
    /// The object phrases as written, without repeats, in text order.
    public var phrases: [String]

    public init(object: String, stance: StanceLabel, counts: ActorResult.Counts, sentences: [Int], phrases: [String]) {
        self.object = object
        self.stance = stance
        self.counts = counts
        self.sentences = sentences
        self.phrases = phrases
    }

    /// The stance with the largest count; a tie between two or more goes to hedged, as the label
    /// guide says for mixed signals; no count gives `none`.
    public static func dominant(_ c: ActorResult.Counts) -> StanceLabel {
        let top = max(c.firm, c.hedged, c.refused)
        guard top > 0 else { return .none }
        let winners = [(StanceLabel.firm, c.firm), (.hedged, c.hedged), (.refused, c.refused)].filter { $0.1 == top }
        return winners.count == 1 ? winners[0].0 : .hedged
    }
}
