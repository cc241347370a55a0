/// How a sentence portrays an actor (NewsMTSC's three-way scheme).
///
///     SentimentLabel(rawValue: "negative")   // .negative
public enum SentimentLabel: String, Sendable, Codable, CaseIterable, Comparable {
    case negative, neutral, positive

    /// Index in `allCases` (negative 0, neutral 1, positive 2): the model's label order.
    public var index: Int {
        switch self {
        case .negative: return 0
        case .neutral: return 1
        case .positive: return 2
        }
    }

    public static func < (a: SentimentLabel, b: SentimentLabel) -> Bool { a.index < b.index }
}
