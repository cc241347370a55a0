import Testing
@testable import StanceKit

/// The lexicon rules (`StanceRules`): the label guide's decision order applied to
/// attributed cues built by hand, so each flag and each mix of labels is checked
/// without the rest of the pipeline; then a few guide sentences end to end
/// (limits, softening reports, questions, partial refusals, conditions) that the minimal-pair suite does not hold.
@Suite("StanceRules")
struct StanceRulesTests {
    /// An attributed cue with the given raw label and context flags.
    static func cue(_ label: StanceLabel, conditioned: Bool = false, limited: Bool = false, softened: Bool = false,
                    question: Bool = false, via: Attribution.Via = .subject, index: Int = 0) -> Attribution.AttributedCue {
        Attribution.AttributedCue(cue: index, label: label, via: via, conditioned: conditioned, limited: limited,
                                  softened: softened, question: question)
    }

    // MARK: - One cue in its context

    /// (raw label, conditioned, limited, softened, question) -> label: guide steps 3-5.
    static let contexts: [(StanceLabel, Bool, Bool, Bool, Bool, StanceLabel)] = [
        (.firm, false, false, false, false, .firm),        // "will send"
        (.firm, true, false, false, false, .hedged),       // "will send ... if asked"
        (.firm, false, true, false, false, .hedged),       // "will play only a limited role"
        (.firm, false, false, true, false, .hedged),       // "suggested it will send"
        (.firm, false, false, false, true, .hedged),       // "Will it send ...?"
        (.firm, true, true, true, true, .hedged),
        (.refused, false, false, false, false, .refused),  // "will not send"
        (.refused, true, false, false, false, .hedged),    // "will not send ... unless"
        (.refused, false, false, true, false, .hedged),    // "hinted it would not send"
        (.hedged, false, false, false, false, .hedged),    // "could send"
        (.hedged, true, true, true, true, .hedged),
        (.none, false, false, false, false, .none),
        (.none, true, true, true, true, .none),            // flags cannot make a commitment out of nothing
    ]

    @Test("a cue's label in its context", arguments: contexts.indices)
    func labelInContext(_ i: Int) {
        let (raw, conditioned, limited, softened, question, expected) = Self.contexts[i]
        let c = Self.cue(raw, conditioned: conditioned, limited: limited, softened: softened, question: question)
        #expect(StanceRules.label(of: c) == expected,
                "\(raw) conditioned=\(conditioned) limited=\(limited) softened=\(softened) question=\(question)")
    }

    @Test("how the cue reached the actor does not change its label", arguments: Attribution.Via.allCases)
    func viaDoesNotMatter(_ via: Attribution.Via) {
        #expect(StanceRules.label(of: Self.cue(.refused, via: via)) == .refused)
        #expect(StanceRules.label(of: Self.cue(.firm, conditioned: true, via: via)) == .hedged)
        #expect(StanceRules.decide([Self.cue(.firm, via: via)]) == .firm)
    }

    @Test func effectiveLabelIsTheScopeStagesLabel() {
        var c = Cue(tokens: 0..<1, entry: 0, categories: [])
        #expect(StanceRules.effectiveLabel(c) == .none, "a cue without a commitment category signals nothing")
        for label in StanceLabel.allCases {
            c.effective = label
            #expect(StanceRules.effectiveLabel(c) == label)
        }
    }

    // MARK: - Deciding over several cues

    /// Raw labels of the actor's cues (no flags) -> decision.
    static let mixes: [([StanceLabel], StanceLabel)] = [
        ([], .none),                                   // step 2: no cue of its own
        ([.none], .none),
        ([.none, .none], .none),
        ([.firm], .firm),                              // step 5
        ([.firm, .firm], .firm),
        ([.none, .firm], .firm),
        ([.refused], .refused),                        // step 3
        ([.refused, .refused, .none], .refused),
        ([.hedged], .hedged),                          // step 4
        ([.firm, .hedged], .hedged),                   // softening wins over firmness
        ([.refused, .hedged], .hedged),                // "will not send troops, but air support could be on the table"
        ([.refused, .firm], .refused),                 // a firm cue does not soften a refusal: "insisted the city would not pay"
        ([.firm, .hedged, .refused], .hedged),
    ]

    @Test("decision order", arguments: mixes.indices)
    func decide(_ i: Int) {
        let (labels, expected) = Self.mixes[i]
        let cues = labels.enumerated().map { Self.cue($0.element, index: $0.offset) }
        #expect(StanceRules.decide(cues) == expected, "\(labels)")
        // The order of the cues never matters.
        #expect(StanceRules.decide(cues.reversed()) == expected, "\(labels.reversed())")
    }

    @Test func aSoftenedRefusalBesideAFirmCueIsHedged() {
        #expect(StanceRules.decide([Self.cue(.refused, conditioned: true)]) == .hedged)
        #expect(StanceRules.decide([Self.cue(.firm, limited: true), Self.cue(.firm)]) == .hedged)
        #expect(StanceRules.decide([Self.cue(.refused, softened: true), Self.cue(.refused)]) == .hedged)
        #expect(StanceRules.decide([Self.cue(.none, conditioned: true), Self.cue(.refused)]) == .refused,
                "a flag on a cue that signals nothing softens nothing")
    }

    @Test func aRefusalSetAgainstACommitmentByButIsAPartialRefusal() {
        var refusal = Self.cue(.refused, index: 1)
        refusal.contrasted = true
        #expect(StanceRules.label(of: refusal) == .hedged)
        #expect(StanceRules.decide([Self.cue(.firm), refusal]) == .hedged)
    }

    // MARK: - End to end with the shipped lexicons

    /// Guide sentences whose rule decision comes from the context flags.
    static let sentences: [(String, String, StanceLabel)] = [
        ("Japan intends to play only a limited role in the mission.", "Japan", .hedged),
        ("Will Canada send troops to the mission?", "Canada", .hedged),
        ("Spain will not send troops unless the United Nations approves the mission.", "Spain", .hedged),
        ("Austria pledged to send 200 engineers to the mission.", "Austria", .firm),
        ("Norway vetoed the plan to send warships.", "Norway", .refused),
        // Past decisions to act on a policy are firm (the guide: sent, signed, approved...); a
        // cancellation, like "scrapped", is a refusal to go ahead.
        ("Kenya slashed fuel taxes by a third.", "Kenya", .firm),
        ("Portugal mandated masks on public transport in March.", "Portugal", .firm),
        ("Finland cancelled the order for 64 jets.", "Finland", .refused),
        // Interest and an open decision hedge; dismissing a proposal refuses it.
        ("Toyota has expressed interest in buying the plant.", "Toyota", .hedged),
        ("The ministry has not yet approved the merger.", "ministry", .hedged),
        ("Ecuador dismissed the suggestion of a second loan from the fund.", "Ecuador", .refused),
        ("Sweden threw its support behind the Finnish candidate.", "Sweden", .firm),
        ("Greece is keeping open the possibility of a second vote.", "Greece", .hedged),
        ("Chile is tempted to raise the levy again.", "Chile", .hedged),
        ("Serbia and Kosovo initialled the accord in Brussels.", "Kosovo", .firm),
        ("Canada stepped in with emergency funding for the clinics.", "Canada", .firm),
        // A partial refusal (a commitment and a refusal joined by "but") against a refusal that a
        // firm report verb introduces.
        ("Norway backed the plan but would not send warships.", "Norway", .hedged),
        ("Norway will not send warships, though it will fund the mission.", "Norway", .hedged),
        ("Norway insisted it would not send warships.", "Norway", .refused),
        // "even if" concedes and "for as long as necessary" has no end: no condition; a reported
        // commitment takes only its own report's condition; "if confirmed" reports nothing.
        ("Norway remained committed to the plan, even if talks drag on into the summer.", "Norway", .firm),
        ("Norway pledged to keep its embassy open for as long as necessary.", "Norway", .firm),
        ("Premier Ana Lind said work could start in May if permits were granted in time, and federal officials said Ottawa would pay its share in June.", "Ottawa", .firm),
        ("Senator Amos Reed said that if confirmed, Judge Lina Ortiz would restore trust in the court.", "Lina Ortiz", .hedged),
    ]

    @Test("rules alone on guide sentences", arguments: sentences.indices)
    func ruleStanceOfSentences(_ i: Int) {
        let (text, actor, expected) = Self.sentences[i]
        #expect(TestSupport.ruleStance(text, actor: actor) == expected, "\(actor) in: \(text)")
    }
}
