/// The result of classifying one document: every actor with its stance,
/// scores, sentiment and evidence. Encodes to the JSON of
/// `../shared/guide/interface.md`.
///
///     let result = try analyzer.analyze("Washington will not commit troops.")
///     result.actors[0].actor    // "United States"
///     result.actors[0].stance   // .refused
public struct DocumentAnalysis: Codable, Sendable, Equatable {
    /// The document's name (file name or JSON Lines id), if it has one.
    public var document: String?
    /// Number of sentences (page debris not counted).
    public var sentences: Int
    public var actors: [ActorResult]
    /// The document's date, when it came in a JSON Lines record.
    public var date: String?

    public init(document: String?, sentences: Int, actors: [ActorResult], date: String? = nil) {
        self.document = document
        self.sentences = sentences
        self.actors = actors
        self.date = date
    }

    enum CodingKeys: String, CodingKey { case document, date, sentences, actors }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(document, forKey: .document)
        try c.encodeIfPresent(date, forKey: .date)
        try c.encode(sentences, forKey: .sentences)
        try c.encode(actors, forKey: .actors)
    }

    /// The result of one actor by canonical name.
    public func actor(_ name: String) -> ActorResult? { actors.first { $0.actor == name } }
}
