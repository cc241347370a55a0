import Testing
import StanceKit

/// `ActorTable`: actors merge by canonical name, a known affiliation fills a missing
/// one and never replaces one, surfaces are distinct and in order, and
/// `mentions(inSentence:)` returns exactly the mentions of one sentence.
@Suite("ActorTable")
struct ActorTableTests {
    @Test("the same canonical name is one actor; a new name is a new one")
    func mergesByName() {
        var table = ActorTable()
        let us = table.actor(named: "United States", type: .country, affiliation: nil)
        let trump = table.actor(named: "Donald Trump", type: .person, affiliation: "United States")
        let again = table.actor(named: "United States", type: .country, affiliation: nil)
        #expect(us == 0)
        #expect(trump == 1)
        #expect(again == us)
        #expect(table.actors.map(\.name) == ["United States", "Donald Trump"])
        #expect(table.actors[trump].type == .person)
        #expect(table.actors[trump].affiliation == "United States")
    }

    @Test("find returns the index by canonical name, nil for an unknown one")
    func find() {
        var table = ActorTable()
        _ = table.actor(named: "NATO", type: .organisation, affiliation: nil)
        let pl = table.actor(named: "Poland", type: .country, affiliation: nil)
        #expect(table.find("Poland") == pl)
        #expect(table.find("poland") == nil)
        #expect(table.find("Germany") == nil)
    }

    @Test("a later affiliation fills a missing one but does not replace a known one")
    func affiliationFill() {
        var table = ActorTable()
        let voss = table.actor(named: "Lena Voss", type: .person, affiliation: nil)
        #expect(table.actors[voss].affiliation == nil)
        _ = table.actor(named: "Lena Voss", type: .person, affiliation: "Germany")
        #expect(table.actors[voss].affiliation == "Germany")
        _ = table.actor(named: "Lena Voss", type: .person, affiliation: "Austria")
        #expect(table.actors[voss].affiliation == "Germany")
    }

    @Test("an actor is never its own affiliation")
    func noSelfAffiliation() {
        var table = ActorTable()
        let eu = table.actor(named: "European Union", type: .organisation, affiliation: "European Union")
        #expect(table.actors[eu].affiliation == nil)
        _ = table.actor(named: "European Union", type: .organisation, affiliation: "European Union")
        #expect(table.actors[eu].affiliation == nil)
    }

    @Test("surfaces are distinct, in order of first appearance; an unresolved actor gets none")
    func surfaces() {
        var table = ActorTable()
        let uk = table.actor(named: "United Kingdom", type: .country, affiliation: nil)
        for s in ["Britain", "London", "Britain", "U.K.", "London"] { table.addSurface(s, to: uk) }
        #expect(table.actors[uk].surfaces == ["Britain", "London", "U.K."])
        table.addSurface("he", to: -1)
        #expect(table.actors[uk].surfaces == ["Britain", "London", "U.K."])
    }

    /// Mentions in sentences 0, 0, 2, 3, 3, 3, 5.
    static func tableWithMentions() -> ActorTable {
        var table = ActorTable()
        let a = table.actor(named: "France", type: .country, affiliation: nil)
        for (k, s) in [0, 0, 2, 3, 3, 3, 5].enumerated() {
            table.mentions.append(Mention(tokens: (k * 10)..<(k * 10 + 1), range: (k * 50)..<(k * 50 + 6),
                                          sentence: s, kind: .name, actor: a))
        }
        return table
    }

    @Test("mentions(inSentence:) returns the mentions of that sentence only",
          arguments: [(0, [0, 1]), (1, []), (2, [2]), (3, [3, 4, 5]), (4, []), (5, [6]), (6, []), (-1, [])])
    func mentionsInSentence(_ sentence: Int, _ expected: [Int]) {
        let table = Self.tableWithMentions()
        let slice = table.mentions(inSentence: sentence)
        #expect(Array(slice.indices) == expected)
        #expect(slice.allSatisfy { $0.sentence == sentence })
    }

    @Test("an empty table has no mentions in any sentence")
    func emptyTable() {
        let table = ActorTable()
        #expect(table.mentions(inSentence: 0).isEmpty)
        #expect(table.find("France") == nil)
    }
}
