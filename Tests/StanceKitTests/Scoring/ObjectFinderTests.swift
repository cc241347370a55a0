import Testing
@testable import StanceKit

/// Commitment objects: what the actor commits to, refuses or hedges on, and its group.
@Suite struct ObjectFinderTests {
    /// The evidence object and group of `actor` in a one-sentence text.
    static func object(_ text: String, _ actor: String) -> (String?, String?) {
        let r = TestSupport.analyzer.analyze(text)
        let a = r.actors.first { $0.actor == actor }
        return (a?.evidence.first?.object, a?.objects.first?.object)
    }

    @Test(arguments: [
        ("Washington will not commit large numbers of troops or military assets.", "United States", "large numbers of troops or military assets", "troops"),
        ("Germany has ruled out ground troops.", "Germany", "ground troops", "troops"),
        ("Canada pledged 3,000 soldiers to the mission.", "Canada", "3,000 soldiers", "troops"),
        ("Poland might also send more tanks next year.", "Poland", "more tanks", "weapons"),
        ("India will not sign up to a coal phase-out.", "India", "a coal phase-out", "emissions cuts"),
        ("Germany will not back a no-fly zone.", "Germany", "a no-fly zone", "no-fly zone"),
        ("France is considering sending peacekeepers.", "France", "peacekeepers", "troops"),
        ("Washington dismissed the idea of making such promises.", "United States", "such promises", "promises"),
        ("Britain will expand its “one in, one out” returns scheme.", "United Kingdom", "its “one in, one out” returns scheme",
         "one in one out returns scheme"),
        ("Germany said it “will not” send troops.", "Germany", "troops", "troops"),
        ("Berlin will not take part in any returns arrangement.", "Germany", "any returns arrangement", "returns arrangement"),
        ("Germany pledged more funding for schools.", "Germany", "more funding", "funding"),
    ])
    func activeObjects(_ text: String, _ actor: String, _ object: String, _ group: String) {
        let (o, g) = Self.object(text, actor)
        #expect(o == object)
        #expect(g == group)
    }

    @Test func aTimePhraseIsNoObject() {
        #expect(Self.object("Germany will strike next week.", "Germany").0 == nil)
        #expect(Self.object("Germany will not sign today.", "Germany").0 == nil)
        #expect(Self.object("Germany will back this plan.", "Germany").0 == "this plan")
    }

    @Test func passiveAndCopularSubjects() {
        #expect(Self.object("Reports suggest that troops from the UK and France could be deployed.", "United Kingdom").0 == "troops")
        #expect(Self.object("Trump has suggested that air support could be on the table.", "Donald Trump").1 == "air support")
    }

    @Test func describedObjects() {
        let (o, g) = Self.object("Press Secretary Karoline Leavitt has described U.S. air support as “an option and a possibility.”", "Karoline Leavitt")
        #expect(o == "U.S. air support")
        #expect(g == "air support")
    }

    @Test func anActorIsNoObject() {
        // The object is what Japan keeps, not Japan.
        #expect(Self.object("Analysts expect Japan to keep the tariffs in place.", "Japan").0 == "the tariffs")
        #expect(Self.object("Germany will not commit.", "Germany").0 == nil)
    }

    @Test func groupsOfPhrases() {
        let finder = ObjectFinder(lexicons: TestSupport.lexicons)
        func group(_ text: String) -> String {
            var doc = Document(text)
            doc.tokens = TestSupport.lexicons.tokenizer.tokenize(doc.bytes)
            return finder.group(of: 0..<doc.tokens.count, in: doc)
        }
        #expect(group("boots on the ground") == "troops")
        #expect(group("2 billion euros in military aid") == "weapons")   // longest phrase wins over "aid"
        #expect(group("the new Bridge") == "new bridge")                  // no phrase: its own words, lowercase
        #expect(group("a peace settlement") == "peace deal")
        #expect(group("this year's pay settlement") != "peace deal")       // a settlement alone is no peace deal
    }

    @Test(.enabled(if: TestSupport.hasShared, "../shared is absent: the seed article objects need ../shared/seed/article.txt"))
    func theSeedArticleSeparatesTroopsFromAirSupport() throws {
        let text = try String(contentsOf: TestSupport.shared.appendingPathComponent("seed/article.txt"), encoding: .utf8)
        let us = try #require(TestSupport.analyzer.analyze(text).actors.first { $0.actor == "United States" })
        let byObject = Dictionary(uniqueKeysWithValues: us.objects.map { ($0.object, $0.stance) })
        #expect(byObject["troops"] == .refused)
        #expect(byObject["air support"] == .hedged)
    }
}
