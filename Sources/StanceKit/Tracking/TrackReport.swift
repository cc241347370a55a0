/// What `stance track` reports: per actor and per period, the counts and mean scores
/// of firm, hedged and refused, the objects, and the shifts, where the actor's
/// dominant stance on an object changes from one period with evidence to the next.
///
///     // {"by": "month", "documents": 54, "periods": ["2026-01", ...],
///     //  "actors": [{"actor": "Germany", "type": "country", "documents": 12,
///     //              "periods": [{"period": "2026-01", "documents": 3, "counts": {...}, "scores": {...},
///     //                           "stance": "refused", "objects": [{"object": "troops", ...}]}],
///     //              "objects": [...], "shifts": [{"object": "troops", "from": "refused", "to": "hedged",
///     //                                            "from_period": "2026-02", "to_period": "2026-03", ...}]}]}
public struct TrackReport: Codable, Sendable, Equatable {
    /// One evidence sentence, with the document it came from.
    public struct Item: Codable, Sendable, Equatable {
        public var document: String
        public var date: String
        public var source: String?
        public var sentence: Int
        public var text: String
        public var stance: StanceLabel
        public var cues: [String]
        public var object: String?
    }

    /// Counts of one object in one period, or over all periods.
    public struct ObjectCount: Codable, Sendable, Equatable {
        public var object: String
        public var counts: ActorResult.Counts
        public var stance: StanceLabel
    }

    /// One actor in one period.
    public struct Period: Codable, Sendable, Equatable {
        public var period: String
        /// Documents of the period that mention the actor.
        public var documents: Int
        /// Evidence sentences per stance.
        public var counts: ActorResult.Counts
        /// Mean of the actor's document scores over the period's documents where it has evidence.
        public var scores: ActorResult.Scores
        /// The dominant stance of the period's evidence (`none` without evidence).
        public var stance: StanceLabel
        public var objects: [ObjectCount]
    }

    /// A change of the dominant stance on an object, with evidence from both sides.
    public struct Shift: Codable, Sendable, Equatable {
        public var object: String
        public var from: StanceLabel
        public var to: StanceLabel
        public var fromPeriod: String
        public var toPeriod: String
        public var before: [Item]
        public var after: [Item]

        enum CodingKeys: String, CodingKey {
            case object, from, to
            case fromPeriod = "from_period"
            case toPeriod = "to_period"
            case before, after
        }
    }

    /// One actor over time.
    public struct ActorTrack: Codable, Sendable, Equatable {
        public var actor: String
        public var type: ActorType
        /// Documents that mention the actor.
        public var documents: Int
        public var periods: [Period]
        /// The actor's objects over all periods, most evidence first.
        public var objects: [ObjectCount]
        public var shifts: [Shift]
    }

    public var by: TrackPeriod.RawValue
    public var documents: Int
    /// Every period with at least one document, in time order.
    public var periods: [String]
    public var actors: [ActorTrack]

    public init(by: TrackPeriod, documents: Int, periods: [String], actors: [ActorTrack]) {
        self.by = by.rawValue
        self.documents = documents
        self.periods = periods
        self.actors = actors
    }
}
