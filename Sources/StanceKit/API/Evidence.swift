/// One sentence that decided part of an actor's result.
///
///     // {"sentence": 2, "text": "...", "stance": "refused", "probability": 0.93,
///     //  "cues": ["will not"], "object": "large numbers of troops", "object_span": [412, 435]}
public struct Evidence: Codable, Sendable, Equatable {
    /// 1-based sentence number in the document.
    public var sentence: Int
    public var text: String
    /// Unicode-scalar offsets of the sentence in the document.
    public var span: [Int]
    public var stance: StanceLabel
    public var probability: Double
    /// The cue words that decided it, as written in the text.
    public var cues: [String]
    /// What the actor commits to (or refuses), when found.
    public var object: String?
    public var objectSpan: [Int]?

    public init(sentence: Int, text: String, span: [Int], stance: StanceLabel, probability: Double, cues: [String],
                object: String?, objectSpan: [Int]?) {
        self.sentence = sentence
        self.text = text
        self.span = span
        self.stance = stance
        self.probability = probability
        self.cues = cues
        self.object = object
        self.objectSpan = objectSpan
    }

    enum CodingKeys: String, CodingKey {
        case sentence, text, span, stance, probability, cues, object
        case objectSpan = "object_span"
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(sentence, forKey: .sentence)
        try c.encode(text, forKey: .text)
        try c.encode(span, forKey: .span)
        try c.encode(stance, forKey: .stance)
        try c.encode(probability, forKey: .probability)
        try c.encode(cues, forKey: .cues)
        try c.encodeIfPresent(object, forKey: .object)
        try c.encodeIfPresent(objectSpan, forKey: .objectSpan)
    }
}
