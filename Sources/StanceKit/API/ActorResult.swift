/// One actor's result over a document.
///
///     // {"actor": "United States", "type": "country", "mentions": ["Washington", "U.S."],
///     //  "stance": "refused", "scores": {"firm": 0.05, "hedged": 0.41, "refused": 0.54}, ...}
public struct ActorResult: Codable, Sendable, Equatable {
    /// Scores of the three commitment stances, summing to 1 (all 0 when there is no evidence).
    public struct Scores: Codable, Sendable, Equatable {
        public var firm: Double
        public var hedged: Double
        public var refused: Double
        public init(firm: Double, hedged: Double, refused: Double) {
            self.firm = firm
            self.hedged = hedged
            self.refused = refused
        }
    }

    /// The document-level sentiment toward the actor: a label and a score in -1...1.
    public struct Sentiment: Codable, Sendable, Equatable {
        public var label: SentimentLabel
        public var score: Double
        public init(label: SentimentLabel, score: Double) {
            self.label = label
            self.score = score
        }
    }

    /// Number of evidence sentences per stance.
    public struct Counts: Codable, Sendable, Equatable {
        public var firm: Int
        public var hedged: Int
        public var refused: Int
        public init(firm: Int = 0, hedged: Int = 0, refused: Int = 0) {
            self.firm = firm
            self.hedged = hedged
            self.refused = refused
        }

        /// Counts one more item of `label` (`none` counts nothing).
        public mutating func add(_ label: StanceLabel, _ n: Int = 1) {
            switch label {
            case .firm: firm += n
            case .hedged: hedged += n
            case .refused: refused += n
            case .none: break
            }
        }
    }

    public var actor: String
    public var type: ActorType
    public var affiliation: String?
    public var mentions: [String]
    public var stance: StanceLabel
    public var scores: Scores
    public var counts: Counts
    public var sentiment: Sentiment
    public var evidence: [Evidence]
    /// The evidence grouped by commitment object ("refused troops, hedged air support"),
    /// in order of first appearance; evidence without an object is in no group.
    public var objects: [ObjectSummary]

    public init(actor: String, type: ActorType, affiliation: String?, mentions: [String], stance: StanceLabel,
                scores: Scores, counts: Counts, sentiment: Sentiment, evidence: [Evidence], objects: [ObjectSummary] = []) {
        self.actor = actor
        self.type = type
        self.affiliation = affiliation
        self.mentions = mentions
        self.stance = stance
        self.scores = scores
        self.counts = counts
        self.sentiment = sentiment
        self.evidence = evidence
        self.objects = objects
    }

    enum CodingKeys: String, CodingKey {
        case actor, type, affiliation, mentions, stance, scores, counts, sentiment, evidence, objects
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        actor = try c.decode(String.self, forKey: .actor)
        type = try c.decode(ActorType.self, forKey: .type)
        affiliation = try c.decodeIfPresent(String.self, forKey: .affiliation)
        mentions = try c.decode([String].self, forKey: .mentions)
        stance = try c.decode(StanceLabel.self, forKey: .stance)
        scores = try c.decode(Scores.self, forKey: .scores)
        counts = try c.decode(Counts.self, forKey: .counts)
        sentiment = try c.decode(Sentiment.self, forKey: .sentiment)
        evidence = try c.decode([Evidence].self, forKey: .evidence)
        objects = try c.decodeIfPresent([ObjectSummary].self, forKey: .objects) ?? []
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(actor, forKey: .actor)
        try c.encode(type, forKey: .type)
        try c.encodeIfPresent(affiliation, forKey: .affiliation)
        try c.encode(mentions, forKey: .mentions)
        try c.encode(stance, forKey: .stance)
        try c.encode(scores, forKey: .scores)
        try c.encode(counts, forKey: .counts)
        try c.encode(sentiment, forKey: .sentiment)
        try c.encode(evidence, forKey: .evidence)
        try c.encode(objects, forKey: .objects)
    }
}
