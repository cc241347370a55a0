import Testing
@testable import StanceKit

/// `ScopeResolver`: what each cue means in its sentence. Negation flips firm and
/// hedged to refused and a refusal to hedged; a refusal of a refusal softens to
/// hedged; "agreed not to" refuses; a modal before a verb naming no action commits
/// to nothing; chains of cues keep the governed one; boundaries, semicolons,
/// relative clauses and sentence-initial subordinators split clauses, and negation
/// does not cross them.
@Suite("ScopeResolver")
struct ScopeResolverTests {
    /// A resolved sentence and lookups by cue text.
    struct Resolved {
        let doc: Document
        let cues: [Cue]
        let clauseOf: [Int]

        init(_ text: String) {
            (doc, cues, clauseOf) = PipelineStages.resolved(text)
        }

        func cue(_ phrase: String) -> Cue? {
            cues.first { PipelineStages.text(doc, $0.tokens) == phrase }
        }

        /// The clause of the first token with this text.
        func clause(ofWord word: String) -> Int? {
            let s = doc.sentences[0]
            return s.tokens.first { doc.text(of: doc.tokens[$0]) == word }.map { clauseOf[$0 - s.tokens.lowerBound] }
        }
    }

    @Test("base meaning: the commitment category of the cue", arguments: [
        ("Poland signed the deal.", "signed", StanceLabel.firm),
        ("Germany hopes to finish the pipeline this year.", "hopes to", .hedged),
        ("The Kremlin rejected the proposal.", "rejected", .refused),
        ("Washington will not commit troops.", "will not", .refused),
        // Open doors, whole phrases of the hedged lexicon, not negated firm cues.
        ("The regulator is not expected to decide before April.", "is not expected to", .hedged),
        ("Ofcom has no immediate plans to use the powers.", "has no immediate plans", .hedged),
        ("Slovakia is not yet convinced by the plan.", "not yet convinced", .hedged),
        ("Beijing reserved the right to respond.", "reserved the right to", .hedged),
        ("Tokyo left open the possibility of buying more rice.", "left open the possibility", .hedged),
        ("Italy would examine each case.", "examine", .hedged),
        ("The White House said it needed time to study it.", "to study", .hedged),
        ("The assembly has yet to give its consent.", "has yet to", .hedged),
        ("The spokesman stressed that no decision had been taken.", "no decision", .hedged),
        ("The governor told reporters she would be happy to settle the dispute.", "would be happy to", .hedged),
        // Decisions carried out, whole phrases of the firm lexicon.
        ("The central bank cut its deposit rate to 2 percent.", "cut its deposit rate", .firm),
        ("The court issued an arrest warrant for the general.", "issued an arrest warrant", .firm),
        ("Miners have downed tools at three shafts.", "downed tools", .firm),
        ("The federation and the players have reached an agreement.", "reached an agreement", .firm),
        ("The drugmaker said it had no room to cut prices.", "no room to", .refused),
        ("The mayor said she was not going anywhere.", "not going anywhere", .refused),
    ])
    func base(_ text: String, _ phrase: String, _ expected: StanceLabel) throws {
        let cue = try #require(Resolved(text).cue(phrase))
        #expect(cue.effective == expected)
        #expect(!cue.negated && !cue.doubleNegated && !cue.absorbed)
    }

    @Test("cues without a commitment category have no effective meaning", arguments: [
        ("Poland urged Germany to send more tanks.", "urged"),
        ("Ministers met in Rome.", "met"),
        ("The plan depends on funding, officials said.", "said"),
    ])
    func noCommitment(_ text: String, _ phrase: String) throws {
        #expect(try #require(Resolved(text).cue(phrase)).effective == nil)
    }

    @Test("a negator before a cue flips it: firm and hedged to refused", arguments: [
        ("Norway did not approve the budget.", "approve"),
        ("Finland is not considering new sanctions.", "considering"),
    ])
    func negationRefuses(_ text: String, _ phrase: String) throws {
        let cue = try #require(Resolved(text).cue(phrase))
        #expect(cue.negated)
        #expect(cue.effective == .refused)
    }

    @Test("a negated refusal is a double negation and hedges")
    func negatedRefusal() throws {
        let cue = try #require(Resolved("Sweden never ruled out new sanctions.").cue("ruled out"))
        #expect(cue.negated)
        #expect(cue.doubleNegated)
        #expect(cue.effective == .hedged)
    }

    @Test("a refusal governing a refusal hedges; the first one is absorbed",
          arguments: ["France refused to rule out new sanctions.", "Spain declined to rule out a boycott."])
    func refusalOfRefusal(_ text: String) throws {
        let r = Resolved(text)
        let inner = try #require(r.cue("rule out"))
        #expect(inner.doubleNegated)
        #expect(inner.effective == .hedged)
        #expect(r.cues.first?.absorbed == true)
    }

    @Test("a refusal of a refusal across the passive's \"be\" hedges and is a passive: \"could not be ruled out\"")
    func notBeRuledOut() throws {
        let r = Resolved("Further cuts could not be ruled out.")
        let cue = try #require(r.cue("ruled out"))
        #expect(cue.doubleNegated && cue.passiveVoice)
        #expect(cue.effective == .hedged)
        #expect(try #require(r.cue("could not")).absorbed)
    }

    @Test("\"could not and would not\" is one refusal said twice, not a double negation")
    func coordinatedRefusals() throws {
        let r = Resolved("Lithuania could not and would not accept the deal.")
        for phrase in ["could not", "would not"] {
            let cue = try #require(r.cue(phrase))
            #expect(cue.effective == .refused, "\(phrase)")
            #expect(!cue.doubleNegated, "\(phrase)")
            #expect(!cue.absorbed, "\(phrase)")
        }
    }

    @Test("\"may not\" keeps its doubt")
    func mayNot() throws {
        #expect(try #require(Resolved("Estonia may not join the mission.").cue("may")).effective == .hedged)
    }

    @Test("a firm cue directly followed by a negator refuses: \"agreed not to\"; quotation marks between are no words")
    func agreedNot() throws {
        #expect(try #require(Resolved("Japan agreed not to expand the programme.").cue("agreed")).effective == .refused)
        #expect(try #require(Resolved("Oslo said it would “never” back a softer line.").cue("would")).effective == .refused)
        #expect(try #require(Resolved("Oslo said it would “never back a softer line.”").cue("would")).effective == .refused)
    }

    @Test("\", and\" after a list's second-to-last name ends the list, no clause boundary")
    func oxfordComma() {
        let r = Resolved("Troops from the UK, France, and Germany could be deployed.")
        #expect(r.clause(ofWord: "UK") == r.clause(ofWord: "Germany"))
        #expect(r.clause(ofWord: "UK") == r.cue("could")?.clause)
    }

    @Test("negation does not reach across a speech verb into an embedded question")
    func notAcrossSpeech() throws {
        let cue = try #require(Resolved("Spain has not said whether it will send ships.").cue("will"))
        #expect(!cue.negated)
        #expect(cue.effective == .firm)
    }

    @Test("a modal refusal to say what is still open hedges; \"declined to say whether\" still refuses", arguments: [
        ("Helix would not say whether the institute would see the weights.", "would not", StanceLabel.hedged),
        ("The chief executive won't say how many jobs will go.", "won't", .hedged),
        ("The chief executive can't say how many jobs will go.", "can't", .hedged),
        ("Helix would not say anything about the weights.", "would not", .refused),
        ("Helix would not give the institute the weights.", "would not", .refused),
        ("Gazprom declined to say whether it would seek compensation.", "declined to", .refused),
    ])
    func refusalToSayWhether(_ text: String, _ phrase: String, _ expected: StanceLabel) throws {
        let r = Resolved(text)
        #expect(try #require(r.cue(phrase), "\(r.cues.map { PipelineStages.text(r.doc, $0.tokens) })").effective == expected)
    }

    @Test("negation does not reach into the next clause")
    func notAcrossClauses() throws {
        let r = Resolved("Denmark did not object, but Norway approved the plan.")
        let approved = try #require(r.cue("approved"))
        #expect(!approved.negated)
        #expect(approved.effective == .firm)
        #expect(approved.clause != r.cue("not")?.clause)
    }

    @Test("a modal before a verb that names no action commits to nothing")
    func modalBeforeNonAction() throws {
        #expect(try #require(Resolved("Airlines could face fines.").cue("could")).effective == nil)
        #expect(try #require(Resolved("The ferry may have been safer.").cue("may")).effective == nil)
        #expect(try #require(Resolved("The senator could fade from the race.").cue("could")).effective == nil)
        // "have to" is an obligation to act: the modal stays.
        #expect(try #require(Resolved("The airline might have to cut routes.").cue("might")).effective == .hedged)
        #expect(try #require(Resolved("The airline might have more routes.").cue("might")).effective == nil)
        #expect(try #require(Resolved("She will deserve the praise.").cue("will")).effective == nil)
        #expect(try #require(Resolved("Only a misreading could explain the ruling.").cue("could")).effective == nil)
        // Quotation marks between are no words (fourteenth session).
        #expect(try #require(Resolved("Ortega promised that Lindqvist would “be a fine mayor”.").cue("would")).effective == nil)
        // A modal in a comparison is no cue at all: "as far as we could".
        #expect(Resolved("We pushed the talks as far as we could.").cue("could") == nil)
        // Saying is no commitment: "sent a tweet" is no "sent".
        #expect(Resolved("The senator sent a tweet about the deal.").cue("sent") == nil)
        // A passive names an act someone does: the modal stays, marked passive; "be forced to" does not.
        let passive = try #require(Resolved("The fines would be collected in May.").cue("would"))
        #expect(passive.effective != nil && passive.passiveVoice)
        let paid = try #require(Resolved("The ferries will be sold.").cue("will"))
        #expect(paid.effective != nil && paid.passiveVoice)
        #expect(try #require(Resolved("The plant may be forced to close.").cue("may")).effective == nil)
        #expect(try #require(Resolved("Airlines could face fines.").cue("could")).passiveVoice == false)
    }

    /// Words that look like cues and are none, beside look-alikes that are cues (nil: no cue).
    static let lookAlikes: [(String, String, StanceLabel?)] = [
        // Committing a wrongdoing is no commitment; committing resources is.
        ("Prosecutors said the former mayor committed several illegal acts.", "committed", nil),
        ("The clerk committed the fraud over six years, the court heard.", "committed", nil),
        ("The crimes committed by the militia were documented.", "committed", nil),
        ("He has committed perjury, the senator said.", "committed", nil),
        ("Germany committed 500 troops under the act.", "committed", .firm),
        ("Poland committed $2 billion to the fund.", "committed", .firm),
        ("Japan commits two frigates to the mission.", "commits", .firm),
        // Denying an allegation or a wrongdoing is no refusal; denying an action or a request is.
        ("The senator denied the allegation on Friday.", "denied", nil),
        ("He denies any wrongdoing.", "denies", nil),
        ("The governor at first denied any knowledge of the loan.", "denied", nil),
        ("The author denies plagiarism.", "denies", nil),
        ("Pyongyang has denied deploying any troops abroad.", "denied", .refused),
        ("The minister denied the request for more troops.", "denied", .refused),
        // A participle after an article is an adjective; "going to" before a verb naming no action predicts.
        ("Police said the suspect, a convicted felon, had a rifle.", "convicted", nil),
        ("We are going to win this state, the candidate said.", "are going to", nil),
        ("The court convicted him of fraud.", "convicted", .firm),
        ("Russia is going to send troops.", "is going to", .firm),
        // A capitalized modal before a number, a possessive or a past form is a name or a month;
        // before a bare verb it stays a modal.
        ("May stressed that the bombing had targeted children.", "May", nil),
        ("May 4, 2018: the senator said nothing.", "May", nil),
        ("May's government will send troops.", "May", nil),
        ("May announced a snap election on Tuesday.", "May", nil),
        ("May the council approve it, the deal would stand.", "May", .hedged),
        ("Could Germany send jets?", "Could", .hedged),
        // A commitment noun counts when owned (a possessor, a support verb) and its complement is an act.
        ("The union welcomed the decision to raise wages.", "decision to", nil),
        ("The ministry's decision to raise wages angered employers.", "decision to", .firm),
        ("Ruiz has made a firm commitment to rebuild the bridge.", "commitment to", .firm),
        ("Pell renewed her commitment to the farmers of the valley.", "commitment to", nil),
        ("Ruiz's refusal to believe the report angered aides.", "refusal to", nil),
        ("Kasper's refusal to resign angered aides.", "refusal to", .refused),
        ("Aides said they plan to appeal.", "plan to", .firm),
        // Twelfth session: a counterfactual "would've", "will always be", a negated modal before a verb
        // of outcome; an owned act noun without "to", and the same noun unowned.
        ("It would've been hard to pass the budget.", "would", nil),
        ("I will always be grateful to the nurses.", "will", nil),
        ("I will always stand with the farmers.", "will", .firm),
        ("Bell won't face prison time.", "won't", nil),
        ("Bell won't have those talks.", "won't", .refused),
        ("Critics attacked the governor's travel order.", "order", .firm),
        ("Critics attacked the travel order.", "order", nil),
        ("I just want to say thank you to the nurses.", "want to say", nil),
        ("I just want to build the bridge.", "want to", .hedged),
        // Thirteenth session: a form in -ing after an article is a noun; "made the announcement" is the
        // announcement of a decision; "aims to" and "sought to" are intentions acted on, like "intends to".
        ("Guards led the singer out of the building.", "building", nil),
        ("The mayor attended a signing ceremony.", "signing", nil),
        ("The firm is building a plant in Ohio.", "building", .firm),
        ("Okafor made the announcement at a rally.", "made the announcement", .firm),
        ("The ministry aims to cut emissions by half.", "aims to", .firm),
        ("The council has sought to cut bus fares.", "sought to", .firm),
        // Fourteenth session: "want to stress" is a formula of speech; "would also like to" hedges; "behind
        // closed doors" closes nothing; "recalling" and "promising to" commit.
        ("I want to stress that we will stay in the city.", "want to stress", nil),
        ("The mayor would also like to extend the tram line.", "would also like to", .hedged),
        ("The two leaders met for three hours behind closed doors.", "behind closed doors", nil),
        ("Kestrel Motors is recalling 40,000 vans.", "recalling", .firm),
        ("The mayor is promising to cut bus fares.", "promising to", .firm),
        // Denying a fact is no refusal: "denied it", "denied knowing", "deny this ever happened".
        ("Ostrowski denied knowing of the loan.", "denied", nil),
        ("The minister flatly denied it on Monday.", "denied", nil),
        ("Her aides deny this ever happened.", "deny", nil),
        // Looking at or into something is an act after a modal; looking good is not.
        ("The ministry would look into the complaints.", "would", .hedged),
        ("The plan would look good on paper.", "would", nil),
        ("If the two decide to run, the race will tighten.", "decide to", .firm),
    ]

    @Test("look-alikes: a wrongdoing committed, an allegation denied, an adjective, a prediction, a name, an unowned commitment noun; and the cues they resemble",
          arguments: lookAlikes.indices)
    func lookAlike(_ i: Int) throws {
        let (text, phrase, expected) = Self.lookAlikes[i]
        let cue = try #require(Resolved(text).cue(phrase))
        #expect(cue.effective == expected, "\(text): \(String(describing: cue.effective))")
    }

    @Test("a modal after \"and\" starts a verb phrase of its own: no refusal governs it, no negator before the \"and\" negates it (nor a past verb)")
    func coordinatedModal() throws {
        let hedge = try #require(Resolved("Beijing firmly opposes the move and might take measures.").cue("might"))
        #expect(!hedge.absorbed && hedge.effective == .hedged)
        let refusal = try #require(Resolved("Ottawa sent no delegation and will not contribute.").cue("will not"))
        #expect(!refusal.negated && refusal.effective == .refused)
        // Nor into a verb in the past after "and": 'was "not negotiable" and threatened to force it'.
        let threat = try #require(Resolved("The premier said the reform was not negotiable and threatened to force it through.").cue("threatened to"))
        #expect(!threat.negated && threat.effective == .firm)
        // "would ... and could" stays one chain: the second stands under the first.
        #expect(try #require(Resolved("Rome said it would monitor the ceasefire and could send observers.").cue("could")).underWould)
    }

    @Test("\"providing\" is a condition before a subject pronoun, the verb \"provide\" before a noun")
    func providing() throws {
        #expect(Resolved("The two leaders agreed to deepen cooperation in providing loans.").cue("providing") == nil)
        let condition = try #require(Resolved("The bank will lend the money, providing it gets a guarantee.").cue("providing"))
        #expect(condition.categories.contains(.condition))
    }

    @Test("\"could be deployed\": the modal governs the participle, which it absorbs")
    func couldBeDeployed() throws {
        let r = Resolved("Troops could be deployed next month.")
        #expect(try #require(r.cue("could")).effective == .hedged)
        #expect(try #require(r.cue("deployed")).absorbed)
    }

    @Test("a firm cue governing a refusal gives way to it", arguments: [
        ("The board decided to reject the offer.", "decided to", "reject"),
        ("Italy is ready to veto the deal.", "ready to", "veto"),
    ])
    func firmChain(_ text: String, _ first: String, _ second: String) throws {
        let r = Resolved(text)
        #expect(try #require(r.cue(first)).absorbed)
        let governed = try #require(r.cue(second))
        #expect(!governed.absorbed)
        #expect(governed.effective == .refused)
    }

    @Test("\"would oppose\": \"would\" is absorbed and the verb is marked as under it")
    func underWould() throws {
        let r = Resolved("The Commission said it would oppose the merger.")
        #expect(try #require(r.cue("would")).absorbed)
        let oppose = try #require(r.cue("oppose"))
        #expect(oppose.underWould)
        #expect(oppose.effective == .refused)
    }

    @Test("a firm speech verb followed by \"that\" or a pronoun reports; the report commits", arguments: [
        "Kestrel Motors announced that it would close two plants.",
        "The minister insisted he had nothing to hide.",
    ])
    func speechVerbReports(_ text: String) throws {
        let r = Resolved(text)
        let verb = try #require(r.cues.first)
        #expect(verb.categories.contains(.speech))
        #expect(verb.effective == nil)
    }

    @Test("a sentence-initial subordinator opens a clause that ends at its comma")
    func subordinateClause() {
        let r = Resolved("While Washington has ruled out ground troops, Trump has suggested that air support could be an option.")
        let washington = r.clause(ofWord: "Washington"), trump = r.clause(ofWord: "Trump")
        #expect(washington != nil && trump != nil)
        #expect(washington != trump)
        #expect(r.cue("ruled out")?.clause == washington)
        #expect(r.cue("suggested")?.clause == trump)
        #expect(r.cue("could")?.clause == trump)
    }

    @Test("a relative clause after a comma closes at its comma and the outer clause goes on")
    func relativeClause() {
        let r = Resolved("Leaders, who pledged to cut emissions, met in Rome.")
        let outer = r.clause(ofWord: "Leaders")
        #expect(outer == 0)
        #expect(r.cue("pledged")?.clause != outer)
        #expect(r.cue("met")?.clause == outer)
        #expect(r.clause(ofWord: "Rome") == outer)
    }

    @Test("boundaries start new clauses: a conjunction, a semicolon, \", and\" with a new subject", arguments: [
        ("Hungary vetoed the package, but Slovakia said it would support it.", "Hungary", "Slovakia"),
        ("The talks collapsed; Norway sent ships.", "talks", "Norway"),
        ("Labour backed the bill, and Reform UK said it would oppose it.", "Labour", "Reform"),
    ])
    func boundaries(_ text: String, _ first: String, _ second: String) {
        let r = Resolved(text)
        let a = r.clause(ofWord: first), b = r.clause(ofWord: second)
        #expect(a != nil && b != nil)
        #expect(a != b)
    }

    @Test("\"as\" after a describing verb opens no clause")
    func describedAs() {
        let r = Resolved("The minister described the plan as an option.")
        #expect(r.cue("as")?.clause == r.cue("described")?.clause)
        #expect(r.cue("an option")?.clause == r.cue("described")?.clause)
    }

    @Test("one clause index per token of the sentence, starting at clause 0")
    func clauseArray() {
        let r = Resolved("Norway did not approve the budget.")
        #expect(r.clauseOf.count == r.doc.sentences[0].tokens.count)
        #expect(r.clauseOf.allSatisfy { $0 == 0 })
    }
}
