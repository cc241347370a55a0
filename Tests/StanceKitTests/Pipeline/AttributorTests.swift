import Testing
import StanceKit

/// `Attributor`: which mentions each commitment cue belongs to and with what label,
/// as the label guide decides: the subject of the cue's clause and its list
/// partners; a speaker who speaks for the subject (reported speech, "according
/// to", quotations); nothing for objects, prepositional complements, possessives,
/// the urged and the urger; softening, prediction, condition, limit and question
/// flags; relative clauses and passive agents.
@Suite("Attributor")
struct AttributorTests {
    @Test("roles from word order", arguments: [
        ("Poland will sanction Russia over the attacks.", "Poland", MentionRole.subject),
        ("Poland will sanction Russia over the attacks.", "Russia", .object),
        ("Talks on a peace deal with Russia resumed in Geneva.", "Russia", .prepositional),
        ("Europe's responsibility is growing, Merz said.", "Europe", .possessive),
        ("Berlin offered limited U.S. support.", "U.S.", .modifier),
        ("The plan was approved by Congress on Friday.", "Congress", .agent),
        ("According to Colby, Washington will not commit troops.", "Colby", .according),
        ("Poland urged Germany to send more tanks.", "Germany", .directiveTarget),
    ])
    func roles(_ text: String, _ surface: String, _ role: MentionRole) throws {
        let run = PipelineRun(text)
        #expect(try #require(run.attribution(surface)).role == role)
    }

    @Test("the subject of the clause gets the cue with its label", arguments: [
        ("Washington will not commit troops.", "Washington", StanceLabel.refused, "will not"),
        ("The White House declined to comment.", "White House", .refused, "declined to"),
        ("Germany hopes to finish the pipeline this year.", "Germany", .hedged, "hopes to"),
        ("Canada did not rule out sending jets.", "Canada", .hedged, "did not rule out"),
        ("Norway did not approve the budget.", "Norway", .refused, "approve"),
    ])
    func subject(_ text: String, _ surface: String, _ label: StanceLabel, _ cue: String) throws {
        let run = PipelineRun(text)
        let a = try #require(run.attribution(surface))
        #expect(a.cues.map(\.label) == [label])
        #expect(a.cues.first?.via == .subject)
        #expect(run.cueTexts(surface) == [cue])
    }

    @Test("objects, prepositional complements and possessives get no cue", arguments: [
        ("Poland will sanction Russia over the attacks.", "Russia"),
        ("Germany will not join talks with Russia.", "Russia"),
        ("Germany will double Ukraine's air defences.", "Ukraine"),
    ])
    func noCueForNonSubjects(_ text: String, _ surface: String) throws {
        let run = PipelineRun(text)
        Self.expectMentionedWithoutCues(run, surface)
    }

    @Test("every member of a coordinated list shares the cue")
    func list() {
        let run = PipelineRun("Britain, France and Germany will send observers.")
        for name in ["Britain", "France", "Germany"] {
            #expect(run.labels(name) == [.firm], "\(name)")
        }
        let imposed = PipelineRun("The new tariffs were imposed by Berlin and Paris last week.")
        #expect(imposed.labels("Berlin") == [.firm])
        #expect(imposed.labels("Paris") == [.firm])
    }

    @Test("a clause boundary keeps each clause's cues with its own subject")
    func clauses() {
        let run = PipelineRun("While Washington has ruled out ground troops, Trump has suggested that air support could be an option.")
        #expect(run.labels("Washington") == [.refused])
        #expect(run.labels("Trump").contains(.hedged))
        #expect(!run.labels("Trump").contains(.refused))
        let but = PipelineRun("Hungary vetoed the package, but Slovakia said it would support it.")
        #expect(but.labels("Hungary") == [.refused])
        #expect(!but.labels("Slovakia").contains(.refused))
    }

    @Test("reported speech: \"said it would\" is firm for the speaker and the pronoun", arguments: [
        ("Halvorsen Shipping said it would appeal the ruling.", "Halvorsen Shipping"),
        ("Kestrel Motors announced that it would close two plants.", "Kestrel Motors"),
    ])
    func saidItWould(_ text: String, _ speaker: String) throws {
        let run = PipelineRun(text)
        #expect(run.labels("it") == [.firm])
        #expect(run.actorName("it") == speaker)
        let sp = try #require(run.attribution(speaker))
        #expect(sp.speaks)
        #expect(sp.cues.map(\.label) == [.firm])
        #expect(sp.cues.first?.via == .speaker)
    }

    @Test("the speaker shares the stance of the subject it speaks for", arguments: [
        ("Trump stated that he will not send troops.", "Trump", "he", StanceLabel.refused),
        ("German Chancellor Olaf Scholz said Berlin would send more air defence systems.", "Olaf Scholz", "Berlin", .firm),
        ("Anna Lindqvist, the Swedish defence minister, said Stockholm would not send jets.", "Anna Lindqvist", "Stockholm", .refused),
    ])
    func speakerShares(_ text: String, _ speaker: String, _ subject: String, _ label: StanceLabel) throws {
        let run = PipelineRun(text)
        #expect(run.labels(subject) == [label])
        let sp = try #require(run.attribution(speaker))
        #expect(sp.speaks)
        #expect(sp.cues.map(\.label) == [label])
        #expect(sp.cues.map(\.via) == [.speaker])
    }

    @Test("a speaker does not share what an unrelated actor does")
    func speakerDoesNotShare() throws {
        let run = PipelineRun("Anna Lindqvist said Portugal would not send jets.")
        #expect(run.labels("Portugal") == [.refused])
        let sp = try #require(run.attribution("Anna Lindqvist"))
        #expect(sp.speaks)
        #expect(sp.cues.isEmpty)
    }

    @Test("\"according to X, Y will not\": both refused, X through the speaker")
    func accordingTo() throws {
        let run = PipelineRun("According to Colby, Washington will not commit troops.")
        #expect(run.labels("Washington") == [.refused])
        let colby = try #require(run.attribution("Colby"))
        #expect(colby.cues.map(\.label) == [.refused])
        #expect(colby.cues.map(\.via) == [.speaker])
    }

    @Test("a quotation's speaker and its \"we\": the pronoun is the speaker, over two sentences")
    func quotation() throws {
        let run = PipelineRun("“We will send troops. We will not wait,” Macron said.")
        #expect(run.actorName("We", occurrence: 0) == "Emmanuel Macron")
        #expect(run.actorName("We", occurrence: 1) == "Emmanuel Macron")
        #expect(run.labels("We", occurrence: 0) == [.firm])
        #expect(run.labels("We", occurrence: 1) == [.refused])
        let we = try #require(run.attribution("We"))
        #expect(we.inQuote)
        let macron = try #require(run.attribution("Macron"))
        #expect(macron.speaks)
        #expect(!macron.inQuote)
        #expect(macron.cues.map(\.label) == [.refused])
    }

    @Test("a softening verb hedges the reported commitment and marks it softened")
    func softened() throws {
        let run = PipelineRun("Portugal suggested it might send a frigate.")
        let it = try #require(run.attribution("it"))
        #expect(it.cues.map(\.label) == [.hedged])
        #expect(it.cues.allSatisfy { $0.softened })
        #expect(run.labels("Portugal").allSatisfy { $0 == .hedged })
        #expect(!run.labels("Portugal").isEmpty)
    }

    @Test("\"has not said whether it will\": the open question is softened", arguments: [
        "Spain has not said whether it will send ships.",
        "Spain has never said plainly whether it will send ships.",
        "Spain has not confirmed that it will send ships.",
    ])
    func openQuestion(_ text: String) throws {
        let run = PipelineRun(text)
        let it = try #require(run.attribution("it"))
        #expect(it.cues.map(\.label) == [.firm])
        #expect(it.cues.allSatisfy { $0.softened })
    }

    @Test("a prediction hedges the predicted actor and gives the predictor nothing")
    func prediction() throws {
        let run = PipelineRun("Analysts expect Brazil to raise interest rates.")
        let brazil = try #require(run.attribution("Brazil"))
        #expect(brazil.cues.map(\.label) == [.hedged])
        #expect(brazil.cues.allSatisfy { $0.softened })
        let analysts = try #require(run.attribution("Analysts"))
        #expect(analysts.predicts)
        #expect(analysts.cues.isEmpty)
    }

    @Test("the urged one gets nothing, and neither does the one who urges", arguments: [
        "Poland urged Germany to send more tanks.",
        "Poland urged Germany to send troops and commit to the mission.",
        "Poland called on Germany to deliver more tanks.",
    ])
    func directive(_ text: String) throws {
        let run = PipelineRun(text)
        let poland = try #require(run.attribution("Poland"))
        #expect(poland.urges)
        #expect(poland.cues.isEmpty)
        let germany = try #require(run.attribution("Germany"))
        #expect(germany.role == .directiveTarget)
        #expect(germany.cues.isEmpty)
    }

    @Test("\"demanded X and threatened to Y\": the urger gets its own threat")
    func demandedAndThreatened() throws {
        let run = PipelineRun("The ministers demanded a pay freeze and threatened to close the plant.")
        let ministers = try #require(run.attribution("ministers"))
        #expect(ministers.urges)
        #expect(ministers.cues.map(\.label) == [.firm])
        #expect(run.cueTexts("ministers") == ["threatened to"])
    }

    @Test("\", saying ...\" after a directive is the urger's own participle, not what it urged; \", according to\" is not")
    func directiveThenSaying() throws {
        let run = PipelineRun("Defence Minister Anna Weber urged both sides to resume talks, saying Oslo would pay for the venue.")
        #expect(run.labels("Oslo") == [.firm])
        #expect(run.labels("Anna Weber") == [.firm])
        let according = PipelineRun("Tom Ortega asked Lindqvist to testify, according to a transcript released on Monday.")
        Self.expectMentionedWithoutCues(according, "Tom Ortega")
    }

    @Test("a condition marks the cue conditioned; a threat under a condition is not")
    func conditions() throws {
        let run = PipelineRun("Officials said Denmark would accept the plan if the vote passed.")
        let denmark = try #require(run.attribution("Denmark"))
        #expect(denmark.cues.map(\.label) == [.hedged])
        #expect(denmark.cues.allSatisfy { $0.conditioned })
        let inCase = PipelineRun("Elgrid said it would keep the project on the shelf in case Oslo changed its mind.")
        let elgrid = try #require(inCase.attribution("Elgrid"))
        #expect(!elgrid.cues.isEmpty && elgrid.cues.allSatisfy { $0.conditioned })
        let threat = PipelineRun("Hungary threatened to veto the budget if the rules changed.")
        let hungary = try #require(threat.attribution("Hungary"))
        #expect(hungary.cues.map(\.label) == [.refused])
        #expect(!hungary.cues.contains { $0.conditioned })
    }

    @Test("a modal refusal that names its price later in its clause is conditioned; a past refusal, a quoted verdict and \"as long as it takes\" are not", arguments: [
        ("Mayors said they would not enforce the curfew without more police.", "Mayors", true),
        ("Kenya will not resume flights to the region until the runway is repaired.", "Kenya", true),
        ("Congress rejected the bill without debate on Friday.", "Congress", false),
        ("Halvard said it would not settle a claim it called “without merit.”", "Halvard", false),
        ("Nurses said they would not return as long as it takes to win the raise.", "Nurses", false),
    ])
    func refusalWithPrice(_ text: String, _ surface: String, _ conditioned: Bool) throws {
        let run = PipelineRun(text)
        let a = try #require(run.attribution(surface))
        #expect(a.cues.map(\.label) == [.refused], "\(run.cueTexts(surface))")
        #expect(a.cues.map(\.conditioned) == [conditioned])
    }

    @Test("the guide's decision on refusals, open questions and conditions (eighth session)", arguments: [
        ("The minister said Manila would not be intimidated and would keep resupplying its marines.", "Manila", StanceLabel.firm),
        ("The commissioner said she would not hesitate to open new cases.", "she", .firm),
        ("Gazprom declined to say whether it would seek compensation.", "Gazprom", .refused),
        ("Gazprom declined to say whether it would seek compensation.", "it", .refused),
        ("Aena would not say whether it would lower fees.", "it", .hedged),
        ("Rwanda said it would not close the border, while Uganda said it might suspend flights if cases rise.", "Rwanda", .refused),
        ("Rwanda said it would not close the border, while Uganda said it might suspend flights if cases rise.", "Uganda", .hedged),
        ("Brazil said it was ready to talk, but only if Washington withdrew the tariff.", "Brazil", .hedged),
        ("Ukraine will not give up territory in exchange for a truce.", "Ukraine", .refused),
        ("Mayors said they would not enforce the curfew without more police.", "Mayors", .hedged),
        // Examples of a group share its commitment; a parenthetical "however" splits no clause.
        ("Life insurers such as Nippon Mutual have said they will not buy more bonds.", "insurers", .refused),
        ("Airlines including Albion Airways and Skyline Atlantic said they would not pay.", "Albion Airways", .refused),
        ("Poland and Hungary, however, have refused to bring forward their deadline.", "Poland", .refused),
        // Durations and deadlines set no condition.
        ("Energy Secretary Helen Marsh said the ban would stand for as long as the government is in office.", "Helen Marsh", .firm),
        ("Mayor Ana Ruiz said she would return to work as soon as possible.", "she", .firm),
        ("TikTok said it would keep operating until every legal option had been exhausted.", "TikTok", .firm),
        // An open question, a condition after a report that no threat covers, talks offered.
        ("Kenya said it would meet its obligations, without saying explicitly whether it would arrest him.", "it", .hedged),
        ("Beijing warned that the move would hurt trust and said it would respond as necessary.", "it", .hedged),
        ("The governor said he was willing to discuss smaller class sizes.", "he", .hedged),
        // A progressive is no passive: the subject acts.
        ("Governor Ana Costa is vowing to expand the program.", "Ana Costa", .firm),
        ("Governor Ana Costa is eyeing a run for the Senate.", "Ana Costa", .hedged),
        // Reconsidering a plan hedges it; "Electronics" ends a company's name.
        ("Hanbit Electronics said it was reconsidering the timing of its Texas plant.", "Hanbit Electronics", .hedged),
        ("Warsaw said it was reassessing whether to stay in the pact.", "Warsaw", .hedged),
        // ", and" after a list's second-to-last name ends the list; after a first item it opens a clause.
        ("Troops from the UK, France, and Germany could be deployed.", "UK", .hedged),
        ("The plan needs the backing of member states, and Hungary will vote against it.", "Hungary", .refused),
        // An office holder reporting a passive hedge with no doer: its own; behind a possessed title too.
        ("Governor Tom Hale said further cuts could not be ruled out.", "Tom Hale", .hedged),
        ("Helix will not sign the code, the company's global affairs chief, Tomas Brandt, said.", "Tomas Brandt", .refused),
        // The second of two coordinated objects of a directive is urged, not a new subject.
        ("Washington urged the army and the RSF to resume talks and said it could impose new sanctions.", "Washington", .hedged),
        ("Washington urged the army and the RSF to resume talks and said it could impose new sanctions.", "RSF", .none),
        // An office holder speaks for the unnamed body of a "would" that a later modal stands under.
        ("Commissioner Ana Ruiz said the Commission would monitor compliance and could reopen the case.", "Ana Ruiz", .hedged),
        // A promise of what a thing will do is the promiser's; not a prediction that names no act.
        ("Mayor Ana Ruiz vowed that the bridge would reopen by June.", "Ana Ruiz", .firm),
        ("Mayor Ana Ruiz vowed that prices would fall.", "Ana Ruiz", .none),
        // A group "of" an actor acts for it unless it stands outside it.
        ("Creditors of Sunhe Group rejected the restructuring plan.", "Sunhe Group", .none),
        ("Officials of Sunhe Group rejected the restructuring plan.", "Sunhe Group", .refused),
        // What a prediction says its object will do is no act of the one who predicts.
        ("Investors expect the bank to resume cutting in April, according to a poll of economists.", "Investors", .none),
        // "once" sets a condition in time, but not as "formerly" or "again".
        ("Britain is ready to send peacekeepers once a ceasefire is agreed.", "Britain", .hedged),
        ("Greece, once the eurozone's biggest problem, will repay its loans early.", "Greece", .firm),
        ("Mayor Ana Ruiz once promised to build a new bridge.", "Ana Ruiz", .firm),
        ("Rome will hold a referendum once again.", "Rome", .firm),
    ])
    func guideDecisions(_ text: String, _ surface: String, _ expected: StanceLabel) throws {
        let run = PipelineRun(text)
        let a = try #require(run.attribution(surface))
        #expect(StanceRules.decide(a.cues) == expected, "\(run.cueTexts(surface))")
    }

    @Test("a limiter in the clause marks the cue limited", arguments: [
        "Austria will send only a small number of medics.",
        "Spain intends to play only a limited role in the mission.",
    ])
    func limited(_ text: String) throws {
        let run = PipelineRun(text)
        let subject = try #require(run.table.mentions.indices.first)
        let a = run.attributions[subject]
        #expect(a.cues.map(\.label) == [.firm])
        #expect(a.cues.allSatisfy { $0.limited })
    }

    @Test("a question marks the cue; an inverted subject gets it")
    func question() throws {
        let run = PipelineRun("Would Europe send troops?")
        let europe = try #require(run.attribution("Europe"))
        #expect(europe.cues.map(\.label) == [.hedged])
        #expect(europe.cues.map(\.via) == [.inverted])
        #expect(europe.cues.allSatisfy { $0.question })
    }

    @Test("a question after a colon or in a closing quotation asks nothing about what comes before it; a quoted word earlier opens no question", arguments: [
        ("Senator Dufresne vows to never resign: 'What have I done wrong?'", "Dufresne", false),
        ("Coach Lind said: \"Will they sign him?\"", "they", true),
        ("Did anyone expect that Okafor would not mention the “shocking” figures?", "Okafor", true),
    ])
    func questionScope(_ text: String, _ surface: String, _ asked: Bool) throws {
        let run = PipelineRun(text)
        let a = try #require(run.attribution(surface))
        #expect(!a.cues.isEmpty)
        #expect(a.cues.allSatisfy { $0.question == asked }, "\(text)")
    }

    @Test("a sentence-initial \"Asked ...,\" is a clause of its own: the main clause's speaker gets the reported commitment", arguments: [
        "Asked whether he would resign, Kovacs said he will stay.",
        "Asked about the plan, Kovacs said he will resign.",
        "When asked about the plan, Kovacs said he will resign.",
    ])
    func askedClause(_ text: String) throws {
        let run = PipelineRun(text)
        let kovacs = try #require(run.attribution("Kovacs"))
        #expect(kovacs.cues.map(\.label) == [.firm], "\(text)")
    }

    @Test("a relative clause's cue goes to its antecedent, not the main verb's")
    func relative() throws {
        let run = PipelineRun("Leaders, who pledged to cut emissions, met in Rome.")
        let leaders = try #require(run.attribution("Leaders"))
        #expect(leaders.cues.map(\.label) == [.firm])
        #expect(leaders.cues.map(\.via) == [.relative])
    }

    @Test("a passive: the agent acts, the patient does not")
    func passive() throws {
        let run = PipelineRun("Kestrel Motors was fined by the European Commission.")
        #expect(run.labels("Kestrel Motors").isEmpty)
        #expect(run.labels("European Commission") == [.firm])
        #expect(run.attribution("European Commission")?.role == .agent)
        let approved = PipelineRun("The plan was approved by Congress on Friday.")
        #expect(approved.labels("Congress") == [.firm])
    }

    @Test("a noun modifier gets the cues right around it, flagged limited")
    func modifier() throws {
        let run = PipelineRun("The deal could bring limited EU funding.")
        let eu = try #require(run.attribution("EU"))
        #expect(eu.role == .modifier)
        #expect(eu.cues.map(\.label) == [.hedged])
        #expect(eu.cues.map(\.via) == [.modifier])
        #expect(eu.cues.allSatisfy { $0.limited })
    }

    @Test("a demonym after the cue gets it only as the modifier of an agent noun, not of a person acted upon; another name only before an agent noun or a commitment object, not before what it owns")
    func demonymAfterTheCue() throws {
        let run = PipelineRun("The court refused to extradite a Cypriot developer.")
        #expect(run.labels("Cypriot").isEmpty, "\(run.cueTexts("Cypriot"))")
        let owned = PipelineRun("The health ministry rejected the WHO figures as exaggerated.")
        #expect(owned.labels("WHO").isEmpty, "\(owned.cueTexts("WHO"))")
        #expect(PipelineRun("Oslo will not back more NATO funding.").labels("NATO") == [.refused])
    }

    @Test("a verb that commits to nothing is recorded as a predicate, not a cue", arguments: [
        ("The Netherlands did not respond to requests for comment.", "Netherlands"),
        ("Ministers met in Rome on Tuesday.", "Ministers"),
    ])
    func predicates(_ text: String, _ surface: String) throws {
        let run = PipelineRun(text)
        let a = try #require(run.attribution(surface))
        #expect(a.cues.isEmpty)
        #expect(!a.predicates.isEmpty)
    }

    @Test("one attribution per mention, in order, with the detector's actor for names")
    func shape() {
        let run = PipelineRun("Poland will sanction Russia. Hungary vetoed the package.")
        #expect(run.attributions.count == run.table.mentions.count)
        #expect(run.attributions.map(\.mention) == Array(run.table.mentions.indices))
        #expect(run.attributions.map(\.actor) == run.table.mentions.map(\.actor))
    }

    @Test("a possessive pronoun acts through its head noun when that noun is the verb's subject; a place phrase may stand between a subject and its verb", arguments: [
        ("Morag Ellis said her party would back a referendum bill.", "her", StanceLabel.firm),
        ("Philip Moran said his state would continue its lawsuit against the plan.", "his", .firm),
        // A place phrase between the head noun and its verb.
        ("Karel Dvorak said his ministry in Prague would publish the list.", "his", .firm),
        ("Ona Vidal said her party across the Basque Country would back the budget.", "her", .firm),
        // Between any subject and its verb.
        ("The guild said teachers in Wales would strike next week.", "teachers", .firm),
        ("Officials said farmers across the Midwest will stop planting soy.", "farmers", .firm),
    ])
    func subjectsOfTheNextVerb(_ text: String, _ surface: String, _ label: StanceLabel) throws {
        let run = PipelineRun(text)
        #expect(try #require(run.attribution(surface)).role == .subject)
        #expect(run.labels(surface) == [label])
    }

    @Test("an inclusive appositive takes the role of the noun phrase before it; a group after a number word is a subject", arguments: [
        // A title, a number word.
        ("Two governors, including Senior Deputy Governor Ana Lind, voted against the rise.", "Ana Lind", StanceLabel.refused),
        ("Two governors, including Senior Deputy Governor Ana Lind, voted against the rise.", "governors", .refused),
        ("Four policymakers, including chief economist Ian Forde, voted against the cut.", "Ian Forde", .refused),
        // An article after "including", in a document and as a labeled pair with both mentions.
        ("Creditor groups, including the Halden Fund, have offered to extend the loans.", "Halden Fund", .firm),
        ("Creditor groups, including the Halden Fund, have offered to extend the loans.", "Creditor groups", .firm),
        // The noun phrase is an object: so is what it includes.
        ("The ministry fined six carriers, including Albion Airways, on Monday.", "Albion Airways", .none),
    ])
    func inclusiveAppositive(_ text: String, _ actor: String, _ label: StanceLabel) {
        #expect(TestSupport.ruleStance(text, actor: actor) == label)
    }

    @Test("the possessor of a speaker's title shares the cues of the speaker's quotation, title modifiers allowed")
    func possessorOfAQuotedSpeaker() throws {
        let run = PipelineRun("“We will not accept targets dictated by others,” China’s climate envoy, Zhao Wenhui, told a briefing.")
        #expect(run.labels("We") == [.refused])
        let china = try #require(run.attribution("China"))
        #expect(china.cues.map(\.label) == [.refused])
        #expect(china.cues.map(\.via) == [.speaker])
        // The title after the speaker, in an appositive ("general" is a title of its own); a labeled
        // pair's possessor (in documents the title makes it the speaker's affiliation instead).
        #expect(TestSupport.ruleStance("“We will not accept another pay cut,” said Ruth Abara, the union’s general secretary.",
                                       actor: "union") == .refused)
        #expect(TestSupport.ruleStance("Anne Lindqvist, NATO’s secretary general, hinted that Oslo could send more ships.",
                                       actor: "NATO") == .hedged)
        // Not when the appositive goes on past the title.
        #expect(TestSupport.ruleStance("“We will wait,” said Ruth Abara, Ghana’s envoy and a friend of the family.",
                                       actor: "Ghana") == .none)
    }

    @Test("\"not going to\" after any form of be refuses, \"are going to\" commits; a commitment verb with an infinitive refusal refuses; refusal phrases of the guide", arguments: [
        ("Ostara said: “We are not going to sell the plant.”", "We", StanceLabel.refused),
        ("The unions were not going to accept the offer, Ruiz said.", "unions", .refused),
        ("We are going to send observers, Macron said.", "We", .firm),
        ("Sinn Féin vowed to vote it down in the Dáil.", "Sinn Féin", .refused),
        ("Opposition parties have vowed to block the budget.", "Opposition", .refused),
        ("Japan’s pension fund said it had no such plans.", "it", .refused),
        ("The company said in its reply that it had nothing further to add.", "it", .refused),
    ])
    func refusals(_ text: String, _ surface: String, _ label: StanceLabel) throws {
        let run = PipelineRun(text)
        #expect(run.labels(surface) == [label], "\(run.cueTexts(surface))")
    }

    @Test("an adjective or participle with \"to\" after a form of be is the subject's own; a passive is not; \"announced his\" announces, \"announced he\" reports", arguments: [
        ("Obama was determined to act.", "Obama", [StanceLabel.firm]),
        ("Merkel was committed to working with the Greens.", "Merkel", [.firm]),
        ("Germany was ready to sign the deal.", "Germany", [.firm]),
        ("Apple was fined by the European Commission.", "Apple", []),
        ("Dalton was considered a moderate in the party.", "Dalton", []),
        ("Germany is expected to send troops.", "Germany", [.hedged]),
        ("Germany was considering sending troops.", "Germany", [.hedged]),
        // A participle clause with no subject of its own: the sentence's subject acts.
        ("Mitt Romney reviewed his campaign, admitting mistakes but vowing to stay in politics.", "Mitt Romney", [.firm]),
        ("Bob Garthwait apologized and announced his resignation on Tuesday.", "Bob Garthwait", [.firm]),
        ("Germany announced it would close the border.", "it", [.firm]),
    ])
    func subjectsOfBeAndAnnounce(_ text: String, _ surface: String, _ labels: [StanceLabel]) throws {
        Self.expectLabels(text, surface, labels)
    }

    @Test("phrases that look like cues and are none: a crime committed, an opinion agreed with, not being reached; the one forced to act; a past habit; a claim denied in a relative clause; a generic \"you might\"; condolences sent", arguments: [
        ("Al Franken said Jeff Sessions committed perjury.", "Jeff Sessions"),
        ("She said she agreed with the council.", "she"),
        ("Lena Varga could not immediately be reached on Sunday.", "Lena Varga"),
        ("Her lawyer said Mirza had been forced to sign the papers.", "Mirza"),
        ("The coach would regularly shout at players, parents said.", "coach"),
        ("As a child she would often visit the port.", "she"),
        ("The bribery claim Governor Pratt denied has not gone away.", "Pratt"),
        ("Analysts said Airbus delivered what you might expect.", "Airbus"),
        ("Beijing sent its condolences to the families of the victims.", "Beijing"),
    ])
    func noneDespiteACueWord(_ text: String, _ surface: String) throws {
        let run = PipelineRun(text)
        #expect(run.labels(surface).isEmpty, "\(run.cueTexts(surface))")
    }

    @Test("whom a spokesman speaks for shares the spokesman's cues")
    func spokesmanFor() throws {
        let run = PipelineRun("A spokesman for the Office of the US Trade Representative declined to comment.")
        #expect(run.labels("spokesman") == [.refused])
        let office = try #require(run.attribution("US Trade Representative"))
        #expect(office.cues.map(\.label) == [.refused])
        #expect(office.cues.map(\.via) == [.speaker])
        // Only "for", "of", "at" or "from" links them: a spokesman with ties to an actor does not speak for it.
        let other = PipelineRun("A spokesman with close ties to Lumora declined to comment.")
        #expect(other.labels("spokesman") == [.refused])
        #expect(other.labels("Lumora").isEmpty)
    }

    @Test("the partners of a deal share its subject's commitment, the partners of talks its hedge; an opinion \"agreed with\" shares nothing")
    func dealPartners() throws {
        let run = PipelineRun("Poland signed a $20 billion contract with Atlantic Nuclear on Tuesday to build three reactors.")
        #expect(run.labels("Poland") == [.firm])
        let partner = try #require(run.attribution("Atlantic Nuclear"))
        #expect(partner.cues.map(\.label) == [.firm])
        #expect(partner.cues.map(\.via) == [.partner])
        let list = PipelineRun("The group had signed contracts worth 4.3 billion euros with Lithuania and Norway since January.")
        #expect(list.labels("Lithuania") == [.firm])
        #expect(list.labels("Norway") == [.firm])
        let talks = PipelineRun("Germany will not join talks with Russia.")
        #expect(talks.labels("Russia").isEmpty)
        // The partners of talks under way share their hedge.
        let inTalks = PipelineRun("Kenya and Ghana are in talks with the World Bank and Norway about debt swaps.")
        #expect(inTalks.labels("Kenya") == [.hedged])
        #expect(inTalks.labels("World Bank") == [.hedged])
        #expect(inTalks.labels("Norway") == [.hedged])
        #expect(try #require(inTalks.attribution("World Bank")).cues.map(\.via) == [.partner])
        #expect(PipelineRun("Chile said it was in negotiations with Bolivia over the lithium fields.").labels("Bolivia") == [.hedged])
        // A partner named after a descriptor ("U.S. firm", "the Chinese maker") is the partner; the
        // descriptor's modifier is not (fourteenth session).
        let described = PipelineRun("Estonia signed a $3 billion deal with U.S. firm Halden Power on Monday to build two reactors.")
        #expect(described.labels("Halden Power") == [.firm])
        Self.expectMentionedWithoutCues(described, "U.S.")
        let maker = PipelineRun("The city has signed a contract with the Chinese maker Jinlong Motors for 300 buses.")
        #expect(maker.labels("Jinlong Motors") == [.firm])
        Self.expectMentionedWithoutCues(maker, "Chinese")
        // Not a person after the deal: "with Saudi King Salman cementing their ties".
        let person = PipelineRun("Ortega signed two agreements with President Anna Weber strengthening their trade ties.")
        #expect(person.labels("Anna Weber") == [.firm])
    }

    @Test("a restrictive relative clause ends where the main verb follows its object: the antecedent acts, the object does not, and the main clause's cue replaces the relative clause's")
    func restrictiveRelative() throws {
        let run = PipelineRun("Dozens of Honduran migrants who had hoped to reach Mexico have decided to return home.")
        #expect(run.labels("Honduran migrants") == [.firm])
        Self.expectMentionedWithoutCues(run, "Mexico")
        let speech = PipelineRun("Democrats who oppose Ortega said they would vote against the budget.")
        Self.expectMentionedWithoutCues(speech, "Ortega")
        #expect(try #require(speech.attribution("they")).actor == speech.attribution("Democrats")?.actor)
        let number = PipelineRun("Farmers who backed Macron in 2022 will not support the tariff.")
        #expect(number.labels("Farmers") == [.refused])
        Self.expectMentionedWithoutCues(number, "Macron")
        // A reported clause inside the relative clause keeps it open: "who said the company will close".
        let reported = PipelineRun("Workers who said Kestrel Motors will close the plant staged a walkout.")
        #expect(reported.labels("Kestrel Motors") == [.firm])
        let embedded = PipelineRun("The actress known as Lena Hoff who alleges she had a contract with Ortega is offering to repay the money.")
        #expect(embedded.labels("she") == [.firm], "a clause of its own inside the relative clause keeps it open")
    }

    @Test("a titled person \"of\" a country or body speaks for it: \"President X of France\"")
    func titledPersonOf() throws {
        let run = PipelineRun("President Anna Weber of Austria said she would veto the bill.")
        #expect(run.labels("Austria") == [.refused])
        // No title, no office; a legislator does not speak for the state he is elected in.
        Self.expectMentionedWithoutCues(PipelineRun("Anna Weber of Austria said she would veto the bill."), "Austria")
        Self.expectMentionedWithoutCues(PipelineRun("Senator Tom Ortega of Nevada said he would vote for the bill."), "Nevada")
    }

    @Test("\"praised X for sending\": the one praised or blamed did it, not the one who praises; an unknown name there takes it from nobody; \"accused X of blocking\" commits nobody")
    func objectForIng() throws {
        let run = PipelineRun("Poland praised Germany for sending tanks to the front.")
        #expect(run.labels("Germany") == [.firm])
        Self.expectMentionedWithoutCues(run, "Poland")
        let unknown = PipelineRun("Critics attacked Lindqvist for sending the letter.")
        Self.expectMentionedWithoutCues(unknown, "Critics")
        #expect(PipelineRun("Austria is sending troops to the border.").labels("Austria") == [.firm])
        // An allegation commits nobody: "accused X of blocking aid", "was suspected of trying to".
        let accused = PipelineRun("Amnesty International accused both armies of blocking aid to the region.")
        Self.expectMentionedWithoutCues(accused, "Amnesty International")
        let suspected = PipelineRun("Senator Ruth Amell was accused of trying to hide the loan.")
        Self.expectMentionedWithoutCues(suspected, "Ruth Amell")
    }

    @Test("a vow of what another actor will do or undergo is the vower's commitment; a vowed prediction, refusal or hedge is not")
    func vowAboutOther() throws {
        let run = PipelineRun("Kim Jong Un vowed that Washington would pay a heavy price for the sanctions.")
        #expect(run.labels("Kim Jong Un") == [.firm])
        let coordinated = PipelineRun("Anna Weber said she was angry, but vowed that Russia would pay for the attack.")
        #expect(coordinated.labels("Anna Weber").contains(.firm))
        for text in ["Tom Ortega promised that Lindqvist would be a great senator.",
                     "Tom Ortega promised that Lindqvist would “be a great senator”.",
                     "Tom Ortega vowed that the rebels would never take the city.",
                     "Tom Ortega vowed that Russia could pay if it attacked."] {
            Self.expectMentionedWithoutCues(PipelineRun(text), "Tom Ortega")
        }
    }

    @Test("a limit in a verbless clause after the commitment limits it; a clause with its own cue does not")
    func trailingLimit() throws {
        let run = PipelineRun("Russia said it would keep its exports lower, but only by 300,000 barrels a day.")
        let it = try #require(run.attribution("it"))
        #expect(it.cues.map(\.limited) == [true])
        #expect(run.labels("it") == [.firm], "the label before the guide's decision; the rules make it hedged")
        let own = PipelineRun("France will send troops, but only Spain will send jets.")
        let france = try #require(own.attribution("France"))
        #expect(france.cues.allSatisfy { !$0.limited }, "\(france.cues)")
    }

    @Test("a possessive appositive describes the mention before it, which acts")
    func possessiveAppositive() throws {
        let run = PipelineRun("IG Metall, Germany's largest industrial union, threatened to call warning strikes.")
        #expect(run.labels("IG Metall") == [.firm])
        #expect(try #require(run.attribution("Germany")).role == .possessive)
        #expect(run.labels("Germany").isEmpty)
    }

    @Test("a speaker pronoun with no antecedent shares its own words; a commitment noun is its possessor's alone, or the subject's after a support verb, and an unowned one is nobody's; \"he's\" is no possessor; a passive far from its subject or coordinated with another participle is no act of the subject, \"and would\" after one is", arguments: [
        // The quotation's I/we, the same pronoun in its report.
        ("“I will not resign,” he said.", "he", [StanceLabel.refused]),
        ("“We will not back down,” she said.", "she", [.refused]),
        ("He said he would not resign.", "He", [.refused]),
        ("He said she would not resign.", "He", []),
        // Commitment nouns, contractions, passives.
        ("Critics attacked Senator Hale's pledge to cut taxes for farmers.", "Hale", [.firm]),
        ("Critics attacked Senator Hale's pledge to cut taxes for farmers.", "Critics", []),
        ("Voters cheered Mayor Ruiz's refusal to close the library.", "Ruiz", [.refused]),
        ("Voters cheered Mayor Ruiz's refusal to close the library.", "Voters", []),
        ("Mayor Ruiz has made a firm commitment to rebuild the bridge.", "Ruiz", [.firm]),
        ("The Teamsters welcomed the decision to raise wages.", "Teamsters", []),
        ("Senator Pell spoke of her commitment to the farmers of the valley.", "Pell", []),
        ("Aides to Mayor Ruiz said the town's plan to sell the pier was dead.", "Ruiz", []),
        ("Rivera insists he's committed to cleaning up the river.", "Rivera", [.firm]),
        ("Okafor was detained on Monday and was charged with smuggling.", "Okafor", []),
        ("The mayor, Dana Pelk, was detained and then convicted for taking bribes.", "Dana Pelk", []),
        ("Ostara was being sued and would not comment.", "Ostara", [.refused]),
    ])
    func pronounsOwnersAndPassives(_ text: String, _ surface: String, _ labels: [StanceLabel]) throws {
        Self.expectLabels(text, surface, labels)
    }

    @Test("a body or office holder reporting what will be done, in the passive with no actor named as the doer or as a measure taking effect, is the one who acts; a reported subject before a past verb acts; not an outsider, not a warning, not a prediction of effects, not when the passive's subject is an actor", arguments: [
        ("The European Commission said the fines would be collected in two instalments.", "European Commission", [StanceLabel.firm]),
        ("Transport Minister Ida Moen said the ferries could be sold if no buyer for the whole company came forward.", "Ida Moen", [.hedged]),
        ("Analyst Ben Cole said the fines would be collected in two instalments.", "Ben Cole", []),
        ("The European Commission warned that more projects could be cancelled.", "European Commission", []),
        ("Greece would be paid in three instalments, the European Commission said.", "Greece", []),
        ("Greece would be paid in three instalments, the European Commission said.", "European Commission", []),
        ("The White House said the levies would take effect on Monday unless Ottawa dropped the tax.", "White House", [.hedged]),
        ("Special envoy Tom Baxter said the talks would go ahead regardless.", "Tom Baxter", [.firm]),
        ("The European Commission said the reforms would boost growth.", "European Commission", []),
        // A reported subject before a past verb that is no cue: "said the firm remained committed to".
        ("Veltrix said it would delay the plant. Its founder said the firm remained committed to the project.", "firm", [.firm]),
        // "examining options" is a hedge, as "studying" is.
        ("Germany pledged 200 million euros, while Italy said it was examining options.", "Italy", [.hedged]),
        ("Veltrix said it would delay the plant. Its founder said that the firm remained committed to the project.", "firm", [.firm]),
    ])
    func reportedPassiveMeasures(_ text: String, _ surface: String, _ labels: [StanceLabel]) throws {
        Self.expectLabels(text, surface, labels)
    }

    @Test("a speech or prediction noun after a possessor reports nothing; it is no title's qualifier either")
    func reportingNounAfterPossessor() throws {
        let run = PipelineRun("Envoys tried to ease Spain's worries about President Tom Hale's decision to withdraw troops.")
        #expect(run.labels("Tom Hale") == [.firm])
        #expect(run.labels("Spain").isEmpty)
    }

    @Test("a speaker shares what it reports for its own members, for an unnamed body it holds office in (its title in an appositive, auxiliaries before the body's cue), for the possessor it holds office for, after a comma-closed phrase, and when its speech verb is coordinated, every speaker of an \"and\" list; its pronoun after the verb is its own; a name inside an appositive does not speak; a participle after a preposition is no act, nor a plural noun after an article; a group acts with its complement and after a partitive quantity; a modal after an unnamed noun phrase is that phrase's, after \"but\" the verb before's", arguments: [
        // Its own people or body: the possessive before the reported subject is the speaker.
        ("The United Nations said its World Food Programme would reopen two depots next month.", "United Nations", [StanceLabel.firm]),
        // An office holder and "the government" named nowhere before; an independent title does not speak for it.
        ("Health Minister Ana Lobo said the government would fund 40 new clinics.", "Ana Lobo", [.firm]),
        ("Analyst Ben Cole said the government would fund 40 new clinics.", "Ben Cole", []),
        // A bare name, with no title or appositive to make it an independent voice, speaks for it too.
        ("Marta Lindqvist told reporters the company might delay the launch.", "Marta Lindqvist", [.hedged]),
        // A name modifying a thing after an article does not act; a body acting for the name does.
        ("The Macron health bill would cover every resident.", "Macron", []),
        ("The Macron campaign would not comment.", "Macron", [.refused]),
        ("The Macron team would not comment.", "Macron", [.refused]),
        // A plain noun phrase after "that" is the modal's subject (fourteenth session).
        ("The Economy Ministry has refused to sell more bonds, fearing that weak demand could push yields higher.", "Economy Ministry", [.refused]),
        // A negotiator holds an office: she speaks for the members she reports on.
        ("Chief negotiator Ana Ruiz said members would walk out at three depots on Monday.", "Ana Ruiz", [.firm]),
        // A party label in a closed appositive right after its article: "Sen. X, a Democrat, vowed".
        ("Sen. Maria Ortiz, a Democrat, vowed to force a vote on the rules.", "Maria Ortiz", [.firm]),
        ("Sen. Maria Ortiz, a Democrat, vowed to force a vote on the rules.", "Democrat", []),
        // So is a noun phrase before a predicate adjective: "a stance likely to anger".
        ("Norway said it would not cut output, a stance likely to anger its partners.", "Norway", [.refused]),
        // A passive with an adverb before its participle makes the subject the one acted on.
        ("Senator Ruth Amell was later released on bail.", "Ruth Amell", []),
        ("Senator Ruth Amell later released the report.", "Ruth Amell", [.firm]),
        // A gerund opening the sentence takes the name as its object; an -ing word before a noun
        // modifies it ("Messaging app Whisper" acts).
        ("Unseating Venezuelan leader Nicolás Maduro would take a long campaign.", "Nicolás Maduro", []),
        ("Messaging app Whisper said it would never weaken encryption.", "Whisper", [.refused]),
        // Signing in at a police station is a routine, no signature.
        ("\"Every day I must sign in at the police station,\" Senator Ruth Amell said.", "Ruth Amell", []),
        // A subordinator just after a comma after a name ends at the closing comma; the name acts after it.
        ("Chief executive Ryan Cole, under fire after two weak quarters, ruled out selling the unit.", "Ryan Cole", [.refused]),
        // A quotation's speaker after an affiliation and a title (five tokens after the closing mark).
        ("“Our members will not ratify the deal,” UAW president Shawn Keller said.", "Shawn Keller", [.refused]),
        // An unresolved speaker pronoun speaks for an unnamed "the state" in its quotation, as a bare name does.
        ("“The state is not going to pay for the bankers,” he said.", "he", [.refused]),
        // Releasing a statement is speech; releasing hostages is an act.
        ("Senator Ruth Amell released a statement on Friday.", "Ruth Amell", []),
        ("Senator Ruth Amell released the hostages on Friday.", "Ruth Amell", [.firm]),
        // Auxiliaries may open the body's verb; the partners of its deal are no subject; an office
        // title may come in a comma-closed appositive with no affiliation, not an independent one.
        ("A ministry spokeswoman said the agency had no plans to reopen the inquiry.", "ministry spokeswoman", [.refused]),
        ("Petra Vogel, its finance director, said the group had signed supply deals with Chile.", "Petra Vogel", [.firm]),
        ("Petra Vogel, a veteran of the industry, said the group had signed supply deals with Chile.", "Petra Vogel", []),
        // Those who hold an office for a possessor speak for it, also after a comma ("its" or "his"
        // with a title between); critics do not.
        ("Senator Ruth Amell's aides said she would not resign.", "aides", [.refused]),
        ("Senator Ruth Amell's critics said she would resign.", "critics", []),
        ("Governor Tom Reyes signed the order on Friday, his spokeswoman Lena Ortiz said.", "Lena Ortiz", [.firm]),
        // A trailing speaker whose phrase a comma closes before another cue.
        ("Peru will not extend the mining licence, Energy Minister Rosa Quispe said on Monday, despite renewed protests.", "Rosa Quispe", [.refused]),
        // "..., but said": the sentence subject speaks.
        ("Interior Minister Karl Haas urged both parties to resume talks, but said Austria would not mediate.", "Karl Haas", [.refused]),
        // An appositive's name: the mention before it speaks.
        ("Exxon, the only U.S. oil major with a licence there, said it would keep pumping.", "Exxon", [.firm]),
        ("Exxon, the only U.S. oil major with a licence there, said it would keep pumping.", "U.S.", []),
        // "they" after the speech verb is its own subject's, not a name in a relative clause between.
        ("Poland and Ireland, where farmers fear cheap imports, said they would vote against the deal.", "Poland", [.refused]),
        ("Poland and Ireland, where farmers fear cheap imports, said they would vote against the deal.", "farmers", []),
        // "... and said they would": the sentence's subject list speaks, every member of it.
        ("France and Italy urged the Council to adopt the rules before the end of spring and said they would vote for them.", "France", [.firm]),
        ("France and Italy urged the Council to adopt the rules before the end of spring and said they would vote for them.", "Italy", [.firm]),
        // A quotation's speaker with a title between the closing mark and the verb.
        ("“Our members will not ratify the deal,” Mr. Keller said.", "Keller", [.refused]),
        // A list of speakers joined by "and" shares, even when one name is taken for a person's.
        ("Oil firms Norvik Energy and Castell Petroleum said they would end gas flaring by 2030.", "Norvik Energy", [.firm]),
        // A verb form in -s after an article is a plural noun: "would pay the fines" is the would's
        // (firm before the guide's decision; the open question softens it to hedged).
        ("Prime Minister Eva Lind has not said whether Sweden would pay the fines.", "Sweden", [.firm]),
        // A past participle right after a preposition is an adjective.
        ("Protesters marched against signed contracts in the capital.", "Protesters", []),
        // A modal coordinated by "but" or "and" with the verb before it has that verb's subject.
        ("Finance Minister Ana Sousa said Lisbon would not sell the airline but could sell a minority stake.", "Lisbon", [.refused, .hedged]),
        // A group acts with the name it is the complement of; a comparative quantifier is no preposition.
        ("Shareholders of Lumora rejected the merger on Tuesday.", "Shareholders", [.refused]),
        ("More than 40 Labour MPs have said they will vote against the cuts.", "Labour MPs", [.refused]),
        // A partitive's group acts ("twelve of the unions"), not in a question ("how many of").
        ("Twelve of the regional unions have voted to accept the offer.", "regional unions", [.firm]),
        ("Most of the striking teachers will return on Monday.", "striking teachers", [.firm]),
        ("The mayor would not say how many of the striking teachers might lose pay.", "striking teachers", []),
        // A modal whose own subject is a noun phrase naming no actor belongs to no one before it.
        ("Critics on the council accused Mayor Ruiz of making promises the town could not afford.", "Critics", []),
    ])
    func whoseCommitment(_ text: String, _ surface: String, _ labels: [StanceLabel]) throws {
        Self.expectLabels(text, surface, labels)
    }

    @Test("a participle in an absolute \"with\" phrase belongs to what follows \"with\", not to the sentence subject; a gerund after a preposition is no such phrase; voting in favour commits; a verb coordinated by \"but\" or \"and\" with no subject of its own has the sentence's first subject, not across a relative clause", arguments: [
        ("Ministers approved the quota on Friday, with Spain and Greece voting against.", "Spain", [StanceLabel.refused]),
        ("Ministers approved the quota on Friday, with Spain and Greece voting against.", "Greece", [.refused]),
        ("Ministers approved the quota on Friday, with Spain and Greece voting against.", "Ministers", [.firm]),
        ("Senator Ruiz campaigned with a promise of cutting taxes.", "Ruiz", [.firm]),
        ("The 20 council members voted in favour of the budget.", "council members", [.firm]),
        ("Norway sent money but refused to send troops.", "Norway", [.firm, .refused]),
        ("Minister Lars Berg said Oslo would hire 300 staff but ruled out new camps.", "Lars Berg", [.firm, .refused]),
        ("Norway criticised a senator who campaigned on jobs and vowed to cut taxes.", "Norway", []),
    ])
    func absoluteAndCoordinated(_ text: String, _ surface: String, _ labels: [StanceLabel]) throws {
        Self.expectLabels(text, surface, labels)
    }

    @Test("a modal in a relative clause of a noun or in a question about things is the noun's, nobody's; contractions are cues; \"if not\" is a condition, before a quantity no cue; verbs of outcome commit to nothing; talks with a qualifier hedge; retiring and pleading guilty are decisions; a negated modal before a verb of state or outcome is no refusal, before a passive it is; a relative clause after an appositive is the mention's; an owned plan, order or proposal is its owner's, unless it modifies a compound (\"order book\")", arguments: [
        ("Halvorsen was central to drafting rules that would let towns borrow more.", "Halvorsen", [StanceLabel]()),
        ("Lebanese banks have rejected any plan that would force them to absorb losses.", "Lebanese banks", [.refused]),
        ("“I am not going to send weapons that could hit targets deep inside Russia,” Brandt said.", "Brandt", [.refused]),
        ("Tomlin said he'll put the prize toward a new clinic.", "Tomlin", [.firm]),
        ("Tomlin said he’ll put the prize toward a new clinic.", "Tomlin", [.firm]),
        ("“We're going to build the bridge,” Marsh said.", "Marsh", [.firm]),
        ("“If not, we will go to elections in May,” Novak said.", "Novak", [.firm]),
        ("Many, if not most, senators will vote for the bill.", "senators", [.firm]),
        ("In the first real contest, Mayor Ortiz could end up the loser.", "Ortiz", []),
        ("Detectives said Pell will slip up sooner or later.", "Pell", []),
        ("“I will always be grateful to the nurses,” Mayor Ruth Lang said.", "Ruth Lang", []),
        ("Mayor Ruth Lang said she would've been glad to testify.", "Ruth Lang", []),
        ("Siemens is in advanced talks to buy the rail unit.", "Siemens", [.hedged]),
        ("Minister Ruth Adler wouldn't discuss what sectors or countries might qualify first.", "Ruth Adler", [.refused]),
        ("Minister Ruth Adler wouldn't discuss whether she might run again.", "Ruth Adler", [.refused]),
        ("Instead, Senator Nell Varga is retiring to focus on her family.", "Nell Varga", [.firm]),
        ("The former trader Ivo Brandt pleaded guilty to fraud on Monday.", "Ivo Brandt", [.firm]),
        // A negated modal before a verb of state or outcome refuses nothing; before a passive or
        // another verb it refuses.
        ("Gina Holt will not be among the finalists this year.", "Gina Holt", []),
        ("Sergeant Bell won't face prison time.", "Sergeant Bell", []),
        ("Senator Vance said he couldn't remember the meeting.", "Vance", []),
        ("“We will not be rushed into a public release,” Brooks said.", "Brooks", [.refused]),
        ("Finance Minister Ada Suter said Bern would not be “blackmailed.”", "Ada Suter", [.refused]),
        ("The United States said it would not be bound by the text.", "United States", [.refused]),
        ("Mayor Reyes said he won't have any meetings with the developers.", "Reyes", [.refused]),
        // A relative clause after an appositive describes the mention, up to its comma.
        ("Senator Ana Ruiz, a former state prosecutor who vowed to close the loophole, spoke on Monday.", "Ana Ruiz", [.firm]),
        ("Wynn Mitchell, a marketing consultant who advises retailers, said cutting prices is risky.", "Wynn Mitchell", []),
        // An owned act noun without "to" is its possessor's, in no chain with the verbs before it.
        ("Critics attacked Governor Ruth Lang's travel order on Friday.", "Ruth Lang", [.firm]),
        ("Voters cheered Governor Ruth Lang's new housing plans.", "Ruth Lang", [.firm]),
        ("Unions welcomed the plan on Friday.", "Unions", []),
        ("Critics attacked the White House plan on Friday.", "White House", [.firm]),
        ("Airbus said its order book grew by 12 percent.", "Airbus", []),
        ("Governor Ruth Lang's plan is to cut fares.", "Ruth Lang", [.firm]),
        ("Critics questioned Senator Ruth Lang's opposition to busing.", "Ruth Lang", [.refused]),
        ("Senator Ruth Lang spent the weekend campaigning for the governor.", "Ruth Lang", [.firm]),
        ("Senator Ruiz will keep defending his plan in the chamber.", "Ruiz", [.firm]),
        ("Mr. Navarro remains committed to backing our relief efforts.", "Navarro", [.firm]),
    ])
    func relativeClausesContractionsAndOutcomes(_ text: String, _ surface: String, _ labels: [StanceLabel]) throws {
        Self.expectLabels(text, surface, labels)
    }

    @Test("a headline's speaker before a colon is the \"I\" and \"we\" of what follows, quoted or not; a pronoun before the colon speaks for nobody")
    func colonSpeaker() throws {
        let quoted = PipelineRun("Steve Dalton: ‘I will not vote for Hartley as speaker’")
        #expect(quoted.attribution("I")?.actor == quoted.attribution("Steve Dalton")?.actor)
        #expect(quoted.labels("I") == [.refused])
        let plain = PipelineRun("Merkel: We will not send troops")
        #expect(plain.attribution("We")?.actor == plain.attribution("Merkel")?.actor)
        let pronoun = PipelineRun("He: we will not send troops")
        #expect(try #require(pronoun.attribution("we")).actor < 0)
        // With an appositive before the colon (fourteenth session).
        let appositive = PipelineRun("Tom Ortega, the Labour leader of Camden council: ‘If we raised rents, we would have to do it for everyone.’")
        #expect(appositive.attribution("we")?.actor == appositive.attribution("Tom Ortega")?.actor)
        #expect(appositive.labels("we") == [.hedged])
        // It reports what follows: a head of state shares what his country will do.
        let reported = PipelineRun("Macron: France will not send troops to the mission")
        #expect(reported.labels("France") == [.refused])
        #expect(reported.labels("Macron") == [.refused], "\(reported.cueTexts("Macron"))")
    }

    @Test("\"if ..., then\" and \"if not then\": the condition's span ends at \"then\", whose clause commits under the condition")
    func conditionThen() throws {
        let run = PipelineRun("Lindqvist said: “If the partners agree, the coalition stays; if not then we will call a snap vote.”")
        let we = try #require(run.attribution("we"))
        #expect(we.cues.map(\.label) == [.firm])
        #expect(we.cues.allSatisfy { $0.conditioned })
    }

    @Test("a lone unknown name reporting what a country or \"the government\" will do speaks for it; not for a company")
    func loneNameSpeaksForCountry() throws {
        Self.expectLabels("Marenko said Lisbon would not sign the treaty.", "Marenko", [.refused])
        Self.expectLabels("Oduya said the government would cut fuel taxes next year.", "Oduya", [.firm])
        // Not what a company will do: the name may be a company's own.
        Self.expectMentionedWithoutCues(PipelineRun("Oduya said Kestrel Motors would cut 500 jobs."), "Oduya")
        // "the country" after a preposition is no subject: the roads are.
        let inCountry = PipelineRun("Finance Minister Ana Reyes said the roads in the country would not reopen before May.")
        #expect(!inCountry.labels("Ana Reyes").contains(.refused), "\(inCountry.cueTexts("Ana Reyes"))")
    }

    @Test("people who speak for a body: \"executives\" and \"their governments\" share what they report")
    func officeGroups() throws {
        Self.expectLabels("Kestrel Motors might close the plant in Ohio, executives said on Tuesday.", "executives", [.hedged])
        Self.expectLabels("Latvia and Estonia will not join the scheme, their governments said.", "governments", [.refused])
    }

    @Test("who is told is no speaker; a subject after a condition is no inverted subject")
    func toldAndInverted() throws {
        let told = PipelineRun("The agent of the striker told the BBC that his client would listen to offers.")
        Self.expectMentionedWithoutCues(told, "BBC")
        #expect(told.attribution("BBC")?.speaks == false)
        Self.expectMentionedWithoutCues(PipelineRun("His client would listen if Chelsea made an offer."), "Chelsea")
        // Nor past "that", which opens a clause with its own subject.
        Self.expectLabels("The memo signals that she intends to run for the seat.", "she", [.firm])
    }

    @Test("\"said ... and vowed to\": a past act after \"and\" is the speaker's own when no actor is the subject of what was said")
    func speakersOwnSecondVerb() throws {
        Self.expectLabels("Prime Minister Lena Hoff said the plan was final and vowed to push it through parliament.",
                          "Lena Hoff", [.firm])
        Self.expectLabels("FIFA said the rules were final and threatened to suspend any federation that broke them.",
                          "FIFA", [.firm])
        // A passive speech verb coordinates a passive: "is quoted and invited" is done to him.
        Self.expectMentionedWithoutCues(PipelineRun("Tom Ortega is often quoted and invited to lecture at universities."),
                                        "Tom Ortega")
    }

    @Test("a contrast after a comma (\", while ...\") is the writer's, not part of what the speaker said")
    func writersContrastEndsReport() throws {
        let run = PipelineRun("Finance Minister Ana Reyes said Jakarta would extend the ban, while Manila has declined to follow.")
        #expect(run.labels("Ana Reyes") == [.firm], "\(run.cueTexts("Ana Reyes"))")
        #expect(run.labels("Manila") == [.refused])
    }

    @Test("\"could not be trusted\" judges, it refuses nothing; \"could not be excluded\" leaves a door open")
    func couldNotBePassive() throws {
        let trusted = PipelineRun("The rebels said Addis Ababa had broken two truces and could not be trusted.")
        #expect(!trusted.labels("Addis Ababa").contains(.refused), "\(trusted.cueTexts("Addis Ababa"))")
        #expect(PipelineRun("Manila will not be rushed into a deal.").labels("Manila") == [.refused])
        // Nor does it commit the one who says it: "said the system can't be counted on".
        Self.expectMentionedWithoutCues(PipelineRun("Wilder said the federal database can't be counted on."), "Wilder")
        let excluded = PipelineRun("Portugal's finance minister, Rui Matos, said further tax rises could not be excluded.")
        #expect(!excluded.labels("Rui Matos").contains(.refused), "\(excluded.cueTexts("Rui Matos"))")
    }

    @Test("the one a spokesman represents shares what its country will do: \"Abiy Ahmed's spokesman said Ethiopia would\"")
    func representedLeaderShares() throws {
        let run = PipelineRun("Abiy Ahmed's spokesman said Ethiopia would hold talks.")
        #expect(run.labels("Abiy Ahmed") == [.firm], "\(run.cueTexts("Abiy Ahmed"))")
        // Not someone the report does not concern.
        Self.expectMentionedWithoutCues(PipelineRun("Abiy Ahmed's spokesman said Kenya would hold talks."), "Abiy Ahmed")
    }

    @Test("a quotation that is a sentence of its own, right after a quotation with a speaker, is the same speaker's")
    func quotationGoesOn() throws {
        let run = PipelineRun("“We will not give him away,” Lindqvist told the club's channel. “If someone pays what he is worth, we will talk.”")
        let we = try #require(run.attribution("we"))
        #expect(we.actor == run.attribution("Lindqvist")?.actor, "the second quotation's \"we\" is Lindqvist")
        #expect(we.cues.map(\.label) == [.firm])
        #expect(we.cues.allSatisfy { $0.conditioned })
        // Not after a sentence of narration between.
        let narrated = PipelineRun("“We will not give him away,” Lindqvist said. The club is in debt. “We will talk.”")
        let second = try #require(narrated.attribution("We", occurrence: 1))
        #expect(second.actor != narrated.attribution("Lindqvist")?.actor)
    }

    @Test("a quotation's speaker with a lowercase descriptor (\"union leader X said\") shares what \"our members\" will do, also through \"they\"")
    func ourMembersThroughPronoun() throws {
        Self.expectLabels("“Our members will strike,” union president Jon Hale said.", "Jon Hale", [.firm])
        Self.expectLabels("“Our members have spoken, and they will stay on the picket line,” union leader Jon Hale said.",
                          "Jon Hale", [.firm])
    }

    @Test("\"not interested\" declines: a phrase opening with its negator after \"was\" is no passive")
    func notInterested() throws {
        Self.expectLabels("Bayern Munich said it was not interested this time.", "it", [.refused])
    }

    @Test("\"denied he tried to\" denies a fact, no refusal")
    func deniedFactAndGranted() throws {
        Self.expectMentionedWithoutCues(PipelineRun("Tom Ortega denied he tried to pressure the judge."), "Tom Ortega")
    }

    @Test("\"the app\" refers back to the company: its president speaks for it")
    func appReference() throws {
        let run = PipelineRun("Whisper's president, Lena Hoff, said the app was prepared to leave the market.")
        #expect(run.actorName("app") == "Whisper")
        #expect(run.labels("app") == [.firm])
    }

    /// `surface` is a mention of the sentence and receives no cue (so that an empty label list cannot
    /// pass merely because the mention was never found).
    static func expectMentionedWithoutCues(_ run: PipelineRun, _ surface: String,
                                           sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(run.attribution(surface) != nil, "no mention \(surface)", sourceLocation: sourceLocation)
        #expect(run.labels(surface).isEmpty, "\(run.cueTexts(surface))", sourceLocation: sourceLocation)
    }

    /// The raw labels of the cues attributed to `surface`, with the cue texts on failure.
    static func expectLabels(_ text: String, _ surface: String, _ labels: [StanceLabel],
                             sourceLocation: SourceLocation = #_sourceLocation) {
        let run = PipelineRun(text)
        #expect(run.labels(surface) == labels, "\(run.cueTexts(surface))", sourceLocation: sourceLocation)
    }

    @Test("an office holder's share for an unnamed body is marked as such")
    func officeVia() throws {
        let run = PipelineRun("Health Minister Ana Lobo said the government would fund 40 new clinics.")
        #expect(try #require(run.attribution("Ana Lobo")).cues.map(\.via) == [.office])
        let appositive = PipelineRun("Exxon, the only U.S. oil major with a licence there, said it would keep pumping.")
        #expect(try #require(appositive.attribution("U.S.")).role == .modifier)
    }
}
