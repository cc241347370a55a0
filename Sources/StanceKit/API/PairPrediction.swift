/// The prediction for one (sentence, actor) pair, as `classify --pairs` writes it.
///
///     // {"id": "ex-17", "actor": "Washington", "stance": "refused",
///     //  "scores": {"firm": 0.02, "hedged": 0.05, "refused": 0.91, "none": 0.02},
///     //  "sentiment": "neutral", "sentiment_score": -0.08, "cues": ["will not"]}
public struct PairPrediction: Codable, Sendable, Equatable {
    public struct Scores: Codable, Sendable, Equatable {
        public var firm: Double
        public var hedged: Double
        public var refused: Double
        public var none: Double
        public init(_ p: [Double]) {
            firm = p[0]
            hedged = p[1]
            refused = p[2]
            none = p[3]
        }
        public var array: [Double] { [firm, hedged, refused, none] }
    }

    public var id: String
    public var actor: String
    public var stance: StanceLabel
    public var scores: Scores
    public var sentiment: SentimentLabel
    public var sentimentScore: Double
    public var cues: [String]
    /// The stance of the lexicon rules alone (the evaluation baseline).
    public var ruleStance: StanceLabel
    /// What the actor commits to, refuses or hedges on, as written ("ground troops"); nil without one.
    public var object: String?

    public init(id: String, actor: String, stance: StanceLabel, scores: Scores, sentiment: SentimentLabel,
                sentimentScore: Double, cues: [String], ruleStance: StanceLabel, object: String? = nil) {
        self.id = id
        self.actor = actor
        self.stance = stance
        self.scores = scores
        self.sentiment = sentiment
        self.sentimentScore = sentimentScore
        self.cues = cues
        self.ruleStance = ruleStance
        self.object = object
    }

    enum CodingKeys: String, CodingKey {
        case id, actor, stance, scores, sentiment
        case sentimentScore = "sentiment_score"
        case cues
        case ruleStance = "rule_stance"
        case object
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        actor = try c.decode(String.self, forKey: .actor)
        stance = try c.decode(StanceLabel.self, forKey: .stance)
        scores = try c.decode(Scores.self, forKey: .scores)
        sentiment = try c.decode(SentimentLabel.self, forKey: .sentiment)
        sentimentScore = try c.decode(Double.self, forKey: .sentimentScore)
        cues = try c.decode([String].self, forKey: .cues)
        ruleStance = try c.decode(StanceLabel.self, forKey: .ruleStance)
        object = try c.decodeIfPresent(String.self, forKey: .object)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(actor, forKey: .actor)
        try c.encode(stance, forKey: .stance)
        try c.encode(scores, forKey: .scores)
        try c.encode(sentiment, forKey: .sentiment)
        try c.encode(sentimentScore, forKey: .sentimentScore)
        try c.encode(cues, forKey: .cues)
        try c.encode(ruleStance, forKey: .ruleStance)
        try c.encodeIfPresent(object, forKey: .object)
    }
}
