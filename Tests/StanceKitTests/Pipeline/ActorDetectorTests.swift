import Testing
import StanceKit

/// `ActorDetector`: gazetteer names, capitals and seats as their country, people
/// with titles and affiliations, surnames merged with the full name, organisations,
/// groups, and pronouns and definite references linked to an earlier actor; and
/// words that are not actors (months, datelines, headline capitals) left alone.
@Suite("ActorDetector")
struct ActorDetectorTests {
    /// The detector's table for a text, with lookups by surface.
    struct Detected {
        let doc: Document
        let table: ActorTable

        init(_ text: String) {
            doc = PipelineStages.document(text)
            table = ActorDetector(lexicons: TestSupport.lexicons).detect(in: doc)
        }

        var surfaces: [String] { table.mentions.map { doc.text(of: $0.range) } }

        func mention(_ surface: String, occurrence: Int = 0) -> Mention? {
            let found = table.mentions.filter { doc.text(of: $0.range) == surface }
            return occurrence < found.count ? found[occurrence] : nil
        }

        /// The canonical name of the actor a mention stands for (nil when absent or unresolved).
        func actorName(_ surface: String, occurrence: Int = 0) -> String? {
            guard let m = mention(surface, occurrence: occurrence), m.actor >= 0 else { return nil }
            return table.actors[m.actor].name
        }

        func actor(named name: String) -> Actor? { table.find(name).map { table.actors[$0] } }
    }

    @Test("gazetteer names, capitals and seats of power stand for their actor", arguments: [
        ("Germany will raise its defence budget.", "Germany", "Germany", Mention.Kind.name),
        ("Washington will not commit troops.", "Washington", "United States", .capital),
        ("The Kremlin rejected the proposal.", "Kremlin", "Russia", .seat),
        ("The White House declined to comment.", "White House", "United States", .seat),
        ("Kyiv has pledged to hold elections.", "Kyiv", "Ukraine", .capital),
        ("NATO and the EU agreed to expand air patrols.", "EU", "European Union", .name),
        // News outlets: the longest name wins over the place inside it.
        ("The Washington Post reported that Germany would send tanks.", "Washington Post", "Washington Post", .name),
        ("She told the New York Times she would run.", "New York Times", "New York Times", .name),
        ("A Fox News anchor said the network would not apologise.", "Fox News", "Fox News", .name),
        // Parties of many countries are not the US Democrats: the longest name wins.
        ("The ruling Social Democrats rejected the call for an early vote.", "Social Democrats", "Social Democrats", .name),
        ("Senate Democrats rejected the bill.", "Democrats", "Democratic Party", .demonym),
    ])
    func gazetteer(_ text: String, _ surface: String, _ name: String, _ kind: Mention.Kind) throws {
        let d = Detected(text)
        let m = try #require(d.mention(surface), "\(d.surfaces)")
        #expect(m.kind == kind)
        #expect(d.actorName(surface) == name)
    }

    @Test("a lone unknown name next to a speech verb (an adverb or \"has\" between allowed): a person when \"he\" or \"she\" follows before another name, or when it is the surname of someone in the gazetteer; else an organisation", arguments: [
        ("Halvorsen said he would not back the bill.", "Halvorsen", ActorType.person),
        ("Kroll said it would appeal the ruling.", "Kroll", .organisation),
        ("Okonkwo says she still thinks the bridge plan is sound.", "Okonkwo", .person),
        ("Kroll told Reuters he had resigned.", "Kroll", .organisation),
        ("Sanders will campaign in Ohio, where he has strong support.", "Sanders", .person),
        ("Okafor also told reporters she planned to stay on.", "Okafor", .person),
        ("Dubois has said she will keep the reform.", "Dubois", .person),
        // Where it was said is no other name (fourteenth session).
        ("Lindqvist posted on Instagram on Monday that she would leave the club.", "Lindqvist", .person),
        ("Aalto told reporters in Helsinki that he had no regrets.", "Aalto", .person),
    ])
    func loneName(_ text: String, _ surface: String, _ type: ActorType) throws {
        let d = Detected(text)
        let m = try #require(d.mention(surface), "\(d.surfaces)")
        #expect(d.table.actors[m.actor].type == type)
        if type == .person {
            #expect(d.actorName(text.contains(" she ") ? "she" : "he") == surface, "the pronoun finds the person")
        }
    }

    @Test("metonyms and names of one country are one actor with every surface")
    func oneCountry() throws {
        let d = Detected("Washington will not send troops. The White House said the United States would help.")
        let us = try #require(d.actor(named: "United States"))
        #expect(us.type == .country)
        #expect(us.surfaces == ["Washington", "White House", "United States"])
        #expect(d.table.actors.filter { $0.name == "United States" }.count == 1)
    }

    @Test("a titled person: the name without the title, affiliation from the title's country, an office")
    func titledPerson() throws {
        let d = Detected("Ukrainian President Volodymyr Zelensky said Kyiv would keep fighting.")
        let m = try #require(d.mention("Volodymyr Zelensky"), "\(d.surfaces)")
        #expect(m.kind == .person)
        // The phrase starts at the affiliation, the mention at the name.
        #expect(d.doc.text(of: d.doc.tokens[m.phraseStart]) == "Ukrainian")
        #expect(m.phraseStart < m.tokens.lowerBound)
        let zelensky = try #require(d.actor(named: "Volodymyr Zelensky"))
        #expect(zelensky.type == .person)
        #expect(zelensky.affiliation == "Ukraine")
        // "Ukrainian" is the affiliation, not a mention of its own.
        #expect(!d.surfaces.contains("Ukrainian"))
    }

    @Test("a portfolio the titles lexicon lacks, before \"Minister\", \"Secretary\" or \"Commissioner\", is part of the title")
    func portfolioTitle() throws {
        let d = Detected("Mining Minister Aurora Vidal said the plan would not reach Congress before March.")
        let m = try #require(d.mention("Aurora Vidal"), "\(d.surfaces)")
        #expect(m.kind == .person)
        #expect(d.doc.text(of: d.doc.tokens[m.phraseStart]) == "Mining")
        #expect(d.actor(named: "Aurora Vidal")?.holdsOffice == true)
        // A word of standing before a title belongs to it: "Acting Labor Secretary".
        let acting = Detected("Acting Labor Secretary Julie Su said talks would go on.")
        #expect(acting.surfaces.first == "Julie Su", "\(acting.surfaces)")
        #expect(acting.doc.text(of: acting.doc.tokens[try #require(acting.mention("Julie Su")).phraseStart]) == "Acting")
        // A surname alone later is the same person.
        let later = Detected("Tourism Secretary Ana Ruiz spoke first. Ruiz said the ban would stay.")
        #expect(later.actorName("Ruiz") == "Ana Ruiz", "\(later.surfaces)")
    }

    @Test("bodies named by their description: an appositive closed by \"whose\", a name right after a noun for a body")
    func describedBodies() throws {
        let d = Detected("Novarix, the Swiss drugmaker whose blood thinner was among the drugs covered, said it would appeal.")
        #expect(d.actorName("Novarix") == "Novarix", "\(d.surfaces)")
        #expect(d.actor(named: "Novarix")?.type == .organisation)
        #expect(d.actorName("it") == "Novarix")
        // Not a clause: "Clearly, the FIA is a body that ..." names no body "Clearly".
        #expect(!Detected("Clearly, the FIA is a body that drivers distrust.").surfaces.contains("Clearly"))
        let group = Detected("Maria Gomez, who leads the advocacy group Fair Rx, said she would sue.")
        #expect(group.actor(named: "Fair Rx")?.type == .organisation, "\(group.surfaces)")
        #expect(group.actorName("she") == "Maria Gomez")
    }

    @Test("\"the union\" is the body named with that noun (\"the United Auto Workers union\"), not the last one named")
    func referenceByNamedNoun() throws {
        let d = Detected("The United Auto Workers union criticised the plan. Lucent Motors said it would build the plant anyway. The union is weighing a strike.")
        #expect(d.actorName("union") == "United Auto Workers", "\(d.surfaces)")
    }

    @Test("\"the employers' association\" is a body of its own; \"the union\" after \"the FNV union\" is that union")
    func bodyNamedByWhomItServes() throws {
        let d = Detected("The FNV union said dockworkers would strike. The employers' association said it regretted the union's decision.")
        #expect(d.actor(named: "employers' association")?.type == .organisation, "\(d.surfaces)")
        #expect(d.actorName("it") == "employers' association")
        #expect(d.actorName("union") == "FNV union", "\(d.surfaces)")
        #expect(d.actor(named: "dockworkers")?.type == .group)
    }

    @Test("\"the administration\" is a country's, not the region named last; \"the regional government\" may be a region's")
    func administrationIsNoRegions() throws {
        let d = Detected("A federal judge in Delaware on Tuesday blocked the administration's plan.")
        #expect(d.actorName("administration") == nil, "\(d.surfaces)")
        let regional = Detected("Catalonia held a vote on Sunday, and the regional government said it would appeal.")
        #expect(regional.actorName("government") == "Catalonia", "\(regional.surfaces)")
    }

    @Test("in a Title Case headline an unknown body's name ends at its head and is short; names in it are still found")
    func titleCaseBodies() throws {
        #expect(Detected("Pharma Giant Halts Price Cuts After Court Ruling").surfaces == [])
        #expect(Detected("Kestrel Pharma Cuts Jobs in Ohio").surfaces == ["Kestrel Pharma", "Ohio"])
        let names = Detected("Bobby Fox Urges Senate Leader Mitch McConnell to Step Aside")
        #expect(names.surfaces.contains("Mitch McConnell"), "\(names.surfaces)")
    }

    @Test("which person a pronoun is: in a sentence-initial subordinate clause, the person who opens the main clause (not when the clause names its antecedent); after \"X told Y (on Monday) that\", the teller, not the nearer person told; elsewhere the nearest person", arguments: [
        ("As she left the summit, Chancellor Anna Weber said talks would go on.", "she", "Anna Weber"),
        ("After his release on Monday, Kofi Osei told reporters everything.", "his", "Kofi Osei"),
        ("When Marta Lind argued that she had read the report, Tom Ortega left.", "she", "Marta Lind"),
        ("Marta Lind told Tom Ortega on Monday that she would step down in May.", "she", "Marta Lind"),
        ("Kofi Osei assured Health Minister Anna Weber that he had read the report.", "he", "Kofi Osei"),
        ("Marta Lind met Tom Ortega on Monday, and he said the plan was dead.", "he", "Tom Ortega"),
    ])
    func pronounAntecedent(_ text: String, _ pronoun: String, _ name: String) throws {
        let d = Detected(text)
        #expect(d.actorName(pronoun) == name, "\(d.surfaces)")
    }

    @Test("a lone unknown name that an appositive describes as a body is an organisation; as a person, it is not", arguments: [
        ("Lithoma, the Eindhoven-based equipment maker, has lost value.", true),
        ("Vardex, a Lyon software company, cut its forecast.", true),
        ("Lindqvist, the former minister, lost her seat.", false),
    ])
    func appositiveBody(_ text: String, _ organisation: Bool) {
        let d = Detected(text)
        let name = String(text.prefix { $0 != "," })
        #expect((d.mention(name)?.kind == .organisation) == organisation, "\(d.surfaces)")
    }

    @Test("a capitalized modal opening a question is no part of a name")
    func modalIsNoName() {
        let d = Detected("Would Ortega and Lindqvist see their plan work?")
        #expect(!d.surfaces.contains("Would Ortega"), "\(d.surfaces)")
    }

    @Test("an unknown person after an office title holds an office; the surname and \"she\" later are the same actor")
    func surnameMerges() throws {
        let d = Detected("Finance Minister Lena Voss said the bank would lower rates. Voss said she would resign.")
        let voss = try #require(d.actor(named: "Lena Voss"), "\(d.surfaces)")
        #expect(voss.type == .person)
        #expect(voss.holdsOffice)
        #expect(d.actorName("Voss") == "Lena Voss")
        #expect(voss.surfaces == ["Lena Voss", "Voss", "she"])
        #expect(d.actorName("she") == "Lena Voss")
    }

    @Test("office titles of agencies, unions, companies and inspectors", arguments: [
        ("The agency will keep the cap, Administrator Ray Costa said.", "Ray Costa"),
        ("The union has agreed to weekend shifts, union steward Jana Roth said.", "Jana Roth"),
        ("The bank will close 40 branches, Managing Director Ines Wald said.", "Ines Wald"),
        ("The ministry broke the rules, Inspector General Tom Hadley said.", "Tom Hadley"),
    ])
    func officeTitles(_ text: String, _ name: String) throws {
        let d = Detected(text)
        let person = try #require(d.actor(named: name), "\(d.surfaces)")
        #expect(person.type == .person)
        #expect(person.holdsOffice)
    }

    @Test("a reference noun first in the sentence describes the organisation after it; the name alone and \"the company\" later are that organisation")
    func describedOrganisation() throws {
        let d = Detected("Chipmaker Veltrix delays its Arizona plant. Veltrix, the Taiwanese firm, said it would wait. The company gave no date.")
        let veltrix = try #require(d.actor(named: "Veltrix"), "\(d.surfaces)")
        #expect(veltrix.type == .organisation)
        #expect(d.actor(named: "Chipmaker Veltrix") == nil)
        #expect(d.actorName("Veltrix", occurrence: 1) == "Veltrix")
        #expect(d.actorName("company") == "Veltrix" || d.actorName("The company") == "Veltrix", "\(d.surfaces)")
    }

    @Test("\"the alliance\" or \"the company\" after an officer of an organisation in the sentence is that organisation, not the document's salient one")
    func referenceToTheOfficersBody() throws {
        let d = Detected("Donors gave Gavi more money. The WHO said cases had tripled. The WHO urged donors to act. Gavi chief executive Sania Nishtar said the alliance might cut campaigns.")
        #expect(d.actorName("alliance") == "Gavi", "\(d.surfaces)")
    }

    @Test("officials placed in a country or its capital are affiliated with it, as \"South Korean officials\" are; other groups are not")
    func officialsInACapital() throws {
        let d = Detected("Seoul will not join the coalition, officials in Seoul said. Voters in Seoul were divided.")
        let officials = try #require(d.mention("officials"), "\(d.surfaces)")
        #expect(d.table.actors[officials.actor].affiliation == "South Korea")
        #expect(d.actorName("officials") == "officials in Seoul")
        let voters = try #require(d.mention("Voters"), "\(d.surfaces)")
        #expect(d.table.actors[voters.actor].affiliation == nil)
    }

    @Test("a gazetteer person by alias after an honorific", arguments: [
        ("Mr. Trump said he would meet Putin.", "Trump", "Donald Trump", "United States"),
        ("Putin rejected the offer.", "Putin", "Vladimir Putin", "Russia"),
    ])
    func gazetteerPerson(_ text: String, _ surface: String, _ name: String, _ affiliation: String) throws {
        let d = Detected(text)
        let m = try #require(d.mention(surface), "\(d.surfaces)")
        #expect(m.kind == .person)
        #expect(d.actorName(surface) == name)
        #expect(d.actor(named: name)?.affiliation == affiliation)
    }

    @Test("an appositive title gives the affiliation and is no mention of its own")
    func appositive() throws {
        let d = Detected("Anna Lindqvist, the Swedish defence minister, said Stockholm would not send jets.")
        let lindqvist = try #require(d.actor(named: "Anna Lindqvist"), "\(d.surfaces)")
        #expect(lindqvist.affiliation == "Sweden")
        #expect(lindqvist.holdsOffice)
        #expect(d.surfaces == ["Anna Lindqvist", "Stockholm"])
        #expect(d.actorName("Stockholm") == "Sweden")
    }

    @Test("the possessor of an office title closed by a comma before a name is the person's affiliation")
    func possessorTitle() throws {
        let d = Detected("Whisper's head of sales, Mara Lind, said the app would stay online.")
        let lind = try #require(d.actor(named: "Mara Lind"), "\(d.surfaces)")
        #expect(lind.affiliation == "Whisper")
        #expect(lind.holdsOffice)
        // Not a title: "Hale's critics, Ann Lee and Tom Roe," are no office holders of Hale's.
        let e = Detected("Germany's critics, Ann Lee among them, said the plan would fail.")
        let lee = try #require(e.actor(named: "Ann Lee"), "\(e.surfaces)")
        #expect(lee.affiliation == nil)
        #expect(!lee.holdsOffice)
        // Lowercase words between the possessive and the title: "Portugal's central bank chief, Rui Matos,".
        let f = Detected("Portugal's central bank chief, Rui Matos, said cuts could not be ruled out.")
        let matos = try #require(f.actor(named: "Rui Matos"), "\(f.surfaces)")
        #expect(matos.affiliation == "Portugal")
        #expect(matos.holdsOffice)
        #expect(f.mention("Rui Matos")?.phraseStart == 2)
        // "Platforms" heads an organisation's name.
        #expect(Detected("Helix Platforms will not sign the code.").actor(named: "Helix Platforms")?.type == .organisation)
    }

    @Test("organisations: a capitalized run with a head word, an acronym, a country's body", arguments: [
        ("The Ministry of Defence said it would buy new frigates.", "Ministry of Defence", "Ministry of Defence", ActorType.organisation),
        ("The NFWU said its members would strike.", "NFWU", "NFWU", .organisation),
        ("China's Commerce Ministry said it would respond.", "China's Commerce Ministry", "China", .country),
        ("The British government will publish the plan.", "British government", "United Kingdom", .country),
        ("Norway's government could intervene in the strike.", "Norway's government", "Norway", .country),
    ])
    func organisations(_ text: String, _ surface: String, _ name: String, _ type: ActorType) throws {
        let d = Detected(text)
        #expect(d.mention(surface) != nil, "\(d.surfaces)")
        #expect(d.actorName(surface) == name)
        #expect(d.actor(named: name)?.type == type)
    }

    @Test("a corporate suffix is dropped from the canonical name")
    func corporateSuffix() throws {
        let d = Detected("Halvorsen Shipping Ltd. said profits fell.")
        #expect(d.actorName("Halvorsen Shipping Ltd.") == "Halvorsen Shipping")
        #expect(d.actor(named: "Halvorsen Shipping")?.type == .organisation)
    }

    @Test("groups: a demonym or actor name with a group noun, or a lowercase group noun", arguments: [
        ("European leaders will meet in Brussels.", "European leaders", "Europe" as String?, false),
        ("U.S. officials said the deal was close.", "U.S. officials", "United States", true),
        ("Thousands of striking nurses marched through the city.", "striking nurses", nil, false),
        ("Managers met their striking nurses on Monday.", "striking nurses", nil, false),
    ])
    func groups(_ text: String, _ surface: String, _ affiliation: String?, _ office: Bool) throws {
        let d = Detected(text)
        let m = try #require(d.mention(surface), "\(d.surfaces)")
        #expect(m.kind == .group)
        let group = d.table.actors[m.actor]
        #expect(group.type == .group)
        #expect(group.affiliation == affiliation)
        #expect(group.holdsOffice == office)
    }

    @Test("what kind of mention a phrase is: a surname with a hyphenated particle continues a titled name, known or not; a word where a verb goes is no modifier of the group noun after it", arguments: [
        ("Russia pressed Syrian President Bashar al-Assad on Monday to give up the weapons.", "Bashar al-Assad", Mention.Kind.person),
        ("Libyan Prime Minister Fayez al-Serraj said he would resign.", "Fayez al-Serraj", .person),
        ("President Abdel Fattah el-Sisi will visit Rome in May.", "Abdel Fattah el-Sisi", .person),
        ("Macron will require ministers to resign.", "ministers", .group),
        ("The plan aims to help farmers.", "farmers", .group),
        ("They hired workers from abroad.", "workers", .group),
    ])
    func mentionKind(_ text: String, _ surface: String, _ kind: Mention.Kind) throws {
        let d = Detected(text)
        let m = try #require(d.mention(surface), "\(d.surfaces)")
        #expect(m.kind == kind, "\(d.surfaces)")
        // A group is named by its noun alone ("require ministers" is no group).
        if kind == .group { #expect(d.table.actors[m.actor].name == surface, "\(d.surfaces)") }
    }

    @Test("coordinated names are separate actors")
    func list() {
        let d = Detected("Britain, France and Germany will send observers.")
        #expect(d.table.actors.map(\.name) == ["United Kingdom", "France", "Germany"])
    }

    @Test("he and she resolve to the last person, it to the organisation, they to the group")
    func pronouns() {
        let d = Detected("Prime Minister Keir Starmer met officials in London. He said Britain will increase spending.")
        #expect(d.actorName("He") == "Keir Starmer")
        let k = Detected("Kestrel Motors said it will cut 500 jobs.")
        #expect(k.actorName("it") == "Kestrel Motors")
        let g = Detected("Hundreds of nurses met on Monday. They agreed to walk out.")
        #expect(g.actorName("They") == "nurses")
        #expect(g.actorName("They") != nil)
    }

    @Test("a possessive pronoun is marked possessive; a speaker pronoun is left to attribution")
    func pronounFlags() throws {
        let d = Detected("Germany will raise its defence budget. “We will pay,” Merz said.")
        let its = try #require(d.mention("its"))
        #expect(its.isPossessive)
        #expect(d.actorName("its") == "Germany")
        let we = try #require(d.mention("We"))
        #expect(we.isSpeakerPronoun)
        #expect(we.actor == -1)
    }

    @Test("a pronoun with no antecedent within reach stays unresolved", arguments: [
        "Voss said the plan was sound. Analysts were unconvinced. Later, officials added details. She said she would resign.",
        "Nordvik Energy reported a loss. Ministers met on Tuesday. Critics left early. It will cut its dividend.",
    ])
    func outOfReach(_ text: String) throws {
        let d = Detected(text)
        let last = try #require(d.table.mentions.last)
        #expect(last.kind == .pronoun)
        #expect(last.actor == -1)
    }

    @Test("\"it\" right after a verb is no mention: \"made it clear\"")
    func dummyIt() {
        let d = Detected("Kestrel Motors made it clear that jobs would go.")
        #expect(!d.surfaces.contains("it"))
    }

    @Test("a definite reference resolves to the earlier organisation of its kind, a demonym between or not")
    func reference() throws {
        let d = Detected("Kestrel Motors said it will cut 500 jobs. The carmaker will also close a plant.")
        let m = try #require(d.mention("carmaker"), "\(d.surfaces)")
        #expect(m.kind == .reference)
        #expect(d.actorName("carmaker") == "Kestrel Motors")
        #expect(d.actor(named: "Kestrel Motors")?.surfaces.contains("the carmaker") == true)
        // With a demonym between: "the Danish company" (fourteenth session).
        let demonym = Detected("Lindholm Pharma will cut the price of its drug by 40%, the Danish company said.")
        #expect(try #require(demonym.mention("company"), "\(demonym.surfaces)").kind == .reference)
        #expect(demonym.actorName("company") == "Lindholm Pharma")
    }

    @Test("a definite reference with no antecedent is no mention")
    func referenceWithoutAntecedent() {
        let d = Detected("The company will close a plant in Ohio.")
        #expect(!d.surfaces.contains("company"))
    }

    @Test("words that are not actors: months, days, a dateline's place, headline capitals, page furniture, shouted headlines", arguments: [
        ("Talks will resume in May, officials said.", ["officials"]),
        ("On Monday, Poland said it would buy tanks.", ["Poland", "it"]),
        ("BERLIN — Germany will raise its defence budget.", ["Germany", "its"]),
        ("Germany Says It Will Send More Tanks", ["Germany", "It"]),
        // Real-news furniture and phrases (`non-names.txt`, `debris.txt`).
        ("Story Continued Below\nPoland said it would buy tanks.", ["Poland", "it"]),
        ("Like Trump, Cruz said he would cut taxes.", ["Trump", "Cruz", "he"]),
        ("Critics said the Affordable Care Act would collapse.", ["Critics"]),
        ("Human Rights Watch said it would sue.", ["Human Rights Watch", "it"]),
        // A shouted headline's words are no acronyms; an acronym beside lowercase text is.
        ("DEFIANT MAYOR VOWS NO RETREAT AS POLLS TIGHTEN", []),
        ("READ THE LATEST PARTY NEWS HERE", []),
        ("An EU official said talks would resume.", ["EU official"]),
        ("AFP said the talks had failed.", ["AFP"]),
        // Clock and time-zone abbreviations, Roman numerals and page labels are no acronyms; "PM" is a title.
        ("Posted 09:15 AM EDT: Poland said it would buy tanks.", ["Poland", "it"]),
        ("Veterans of World War II marched on Sunday.", []),
        ("UPDATE: Poland said it would buy tanks.", ["Poland", "it"]),
        ("PM Ana Brnabic said Serbia would buy jets.", ["Ana Brnabic", "Serbia"]),
        // Places, prizes, polls and photo credits are no people; a caption's capitalized preposition
        // starts no name (fifteenth session).
        ("The reception at Windsor Castle was cancelled, the spokeswoman said.", ["spokeswoman"]),
        ("Photo by Reuters/Getty Images Before Ivanka spoke, the hall fell quiet.", ["Reuters", "Ivanka"]),
        ("The show won a Lifetime Achievement Award at the Golden Globes.", []),
        ("Guests at the Kennedy Center and the Time Warner Cable Arena cheered.", []),
        ("He spoke in the Rose Garden on Friday.", ["He"]),
        // Acronyms of things are no bodies alone; inside a name they still count.
        ("Meta bundled its AI assistant into WhatsApp, the company told TV reporters.", ["Meta", "its", "company"]),
        ("Mistral AI said it would appeal.", ["Mistral AI", "it"]),
        ("Production of the 737 MAX stopped in May.", []),
        // Indefinite pronouns opening a quotation are nobody.
        ("“Nothing has been decided,” she said.", ["she"]),
        ("Nobody will resign, Poland said.", ["Poland"]),
    ])
    func notActors(_ text: String, _ expected: [String]) {
        #expect(Detected(text).surfaces == expected)
    }

    @Test("in a Title Case headline a name stops before a stance verb")
    func headlineNameStopsAtACue() {
        let d = Detected("Poland Signs Deal for Its First Nuclear Power Plant")
        #expect(d.surfaces.first == "Poland")
        #expect(d.actorName("Poland") == "Poland")
    }

    @Test("mentions are in text order with their sentence index")
    func order() {
        let d = Detected("Poland will sanction Russia. Hungary vetoed the package.")
        #expect(d.surfaces == ["Poland", "Russia", "Hungary"])
        #expect(d.table.mentions.map(\.sentence) == [0, 0, 1])
        let starts = d.table.mentions.map(\.range.lowerBound)
        #expect(starts == starts.sorted())
    }

    @Test("a given span over a detected mention is that mention; elsewhere it becomes a mention of its own")
    func given() throws {
        let text = "Poland urged the ferry operators to act."
        let doc = PipelineStages.document(text)
        let detector = ActorDetector(lexicons: TestSupport.lexicons)
        let (t1, m1) = detector.detect(in: doc, given: 0..<6)
        let poland = try #require(m1)
        #expect(t1.actors[t1.mentions[poland].actor].name == "Poland")
        let start = try #require(text.range(of: "ferry operators")).lowerBound.utf16Offset(in: text)
        let span = start..<(start + "ferry operators".utf8.count)
        let (t2, m2) = detector.detect(in: doc, given: span)
        let ferry = try #require(m2)
        #expect(t2.mentions[ferry].kind == .given)
        #expect(t2.actors[t2.mentions[ferry].actor].name == "ferry operators")
        let ranges = t2.mentions.map(\.range.lowerBound)
        #expect(ranges == ranges.sorted())
        // A given span before "'s" is a possessor, as a detected name there is.
        let owned = "Quorra's general counsel, Martin Reyes, said the firm might appeal."
        let (t3, m3) = detector.detect(in: PipelineStages.document(owned), given: 0..<6)
        let quorra = try #require(m3)
        #expect(t3.mentions[quorra].kind == .given && t3.mentions[quorra].isPossessive)
    }
}
