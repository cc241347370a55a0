import Testing
import StanceKit

/// Minimal pairs of the label guide: one word changes the stance. Checked on
/// the lexicon rules (the guide's decision order) and on the shipped model.
@Suite("Minimal pairs")
struct MinimalPairTests {
    static let cases: [(String, String, StanceLabel)] = [
        ("Germany will send troops to the border.", "Germany", .firm),
        ("Germany will not send troops to the border.", "Germany", .refused),
        ("Germany could send troops to the border.", "Germany", .hedged),
        ("Germany did not rule out sending troops to the border.", "Germany", .hedged),
        ("Germany refused to rule out sending troops to the border.", "Germany", .hedged),
        ("Germany will send troops to the border if asked.", "Germany", .hedged),
        ("Poland urged Germany to send troops to the border.", "Germany", .none),
        ("Poland urged Germany to send troops to the border.", "Poland", .none),
        ("Poland urged Germany to send troops and said it would send its own.", "Poland", .firm),
        ("Poland urged Germany to send troops and commit to the mission.", "Poland", .none),
        ("Germany has ruled out sending troops to the border.", "Germany", .refused),
        ("Germany declined to comment.", "Germany", .refused),
        ("Germany did not respond to requests for comment.", "Germany", .none),
    ]

    @Test("lexicon rules", arguments: cases.indices)
    func rules(_ i: Int) {
        let (text, actor, expected) = Self.cases[i]
        #expect(TestSupport.ruleStance(text, actor: actor) == expected, "\(actor) in: \(text)")
    }

    @Test("shipped model", arguments: cases.indices)
    func model(_ i: Int) {
        let (text, actor, expected) = Self.cases[i]
        #expect(TestSupport.stance(text, actor: actor) == expected, "\(actor) in: \(text)")
    }
}
