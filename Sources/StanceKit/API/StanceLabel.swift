/// A commitment stance, as the label guide defines it.
///
///     StanceLabel(rawValue: "refused")   // .refused
public enum StanceLabel: String, Sendable, Codable, CaseIterable, Comparable {
    case firm, hedged, refused, none

    /// Index in `allCases` (firm 0, hedged 1, refused 2, none 3): the model's label order.
    public var index: Int {
        switch self {
        case .firm: return 0
        case .hedged: return 1
        case .refused: return 2
        case .none: return 3
        }
    }

    public static func < (a: StanceLabel, b: StanceLabel) -> Bool { a.index < b.index }
}
