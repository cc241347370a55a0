import Foundation
import Testing
import StanceKit

/// The article the project was created from (`../shared/seed/article.txt`),
/// classified end to end with the shipped lexicons and model.
@Suite("Seed article", .enabled(if: TestSupport.hasShared, "../shared is absent: the seed article test needs ../shared/seed/article.txt"))
struct SeedArticleTests {
    static let result: DocumentAnalysis = {
        let url = TestSupport.shared.appendingPathComponent("seed/article.txt")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return TestSupport.analyzer.analyze(text, name: "article.txt")
    }()

    func stance(_ actor: String) -> StanceLabel {
        Self.result.actor(actor)?.stance ?? .none
    }

    @Test func unitedStatesRefusesTroopsAndHedgesAirSupport() throws {
        let us = try #require(Self.result.actor("United States"))
        #expect([StanceLabel.refused, .hedged].contains(us.stance))
        let refused = us.evidence.filter { $0.stance == .refused }
        let hedged = us.evidence.filter { $0.stance == .hedged }
        #expect(refused.count >= 2, "refused evidence: \(refused.map(\.text))")
        #expect(refused.contains { $0.text.contains("troops") })
        #expect(hedged.count >= 2, "hedged evidence: \(hedged.map(\.text))")
        #expect(hedged.contains { $0.text.contains("air") })
    }

    @Test func people() {
        #expect([StanceLabel.refused, .hedged].contains(stance("Donald Trump")))
        #expect(stance("Elbridge Colby") == .refused)
        #expect(stance("Karoline Leavitt") == .hedged)
    }

    @Test func europeAndTheCoalition() {
        #expect(stance("Europe") == .firm)
        #expect(stance("United Kingdom") == .hedged)
        #expect(stance("France") == .hedged)
    }

    @Test func actorsWithoutACommitment() {
        #expect(stance("Ukraine") == .none)
        #expect(stance("Volodymyr Zelensky") == .none)
        #expect(stance("Russia") == .none)
    }

    @Test func peopleHaveAffiliations() {
        #expect(Self.result.actor("Elbridge Colby")?.affiliation == "United States")
        #expect(Self.result.actor("Donald Trump")?.type == .person)
    }
}
