/// Finds the actors of a document and merges their mentions.
///
/// In one left-to-right pass over each sentence's tokens it recognises:
/// - gazetteer names, demonyms, capitals and seats of power ("Washington",
///   "the Kremlin" -> the country), case-sensitively;
/// - people: title + name ("White House Press Secretary Karoline Leavitt"),
///   capitalized name runs ("Elbridge Colby"), surnames of people already
///   named, gazetteer people; with their affiliation from the title's country
///   or an appositive ("Elbridge Colby, the U.S. Undersecretary ...");
/// - organisations: capitalized runs with a head word ("Ministry of Defence");
/// - groups: demonym or actor name + group noun ("European leaders");
/// - pronouns and definite references ("he", "the company"), linked to the most
///   recent compatible actor in the same or the previous sentences.
///
///     let detector = ActorDetector(lexicons: lexicons)
///     let table = detector.detect(in: document)
///     table.actors.map(\.name)   // ["United States", "Elbridge Colby", ...]
public struct ActorDetector: Sendable {
    public let lexicons: LexiconSet

    public init(lexicons: LexiconSet) {
        self.lexicons = lexicons
    }

    /// How many sentences back a pronoun may look for its antecedent.
    /// Tuning: 2 for he/she (news repeats names at least every few sentences).
    static let personPronounReach = Tuning.personPronounReach
    static let thingPronounReach = Tuning.thingPronounReach

    /// Detects actors in every sentence of the document.
    public func detect(in document: Document) -> ActorTable {
        var state = State()
        document.tokens.withUnsafeBufferPointer { tokens in
            for (s, sentence) in document.sentences.enumerated() {
                detect(sentence: s, range: sentence.tokens, tokens: tokens, document: document, state: &state)
            }
        }
        return state.table
    }

    /// Detects actors in one sentence range and adds a given mention; used for labeled pairs.
    public func detect(in document: Document, given: Range<Int>?) -> (ActorTable, givenMention: Int?) {
        var table = detect(in: document)
        guard let given else { return (table, nil) }
        // A detected mention overlapping the given span is the given actor's mention.
        // The one overlapping most: "opposition lawmakers" is the group, not "opposition" inside it.
        let overlapping = table.mentions.indices.filter { table.mentions[$0].range.overlaps(given) }
        if let m = overlapping.max(by: { a, b in
            let ra = table.mentions[a].range.clamped(to: given).count, rb = table.mentions[b].range.clamped(to: given).count
            return ra != rb ? ra < rb : table.mentions[a].range.count > table.mentions[b].range.count
        }) {
            return (table, m)
        }
        // Otherwise the given span becomes a mention of its own.
        let tokenRange = document.tokens.indices.filter {
            document.tokens[$0].range.overlaps(given)
        }
        guard let first = tokenRange.first, let last = tokenRange.last else { return (table, nil) }
        let sentence = document.sentences.firstIndex { $0.tokens.contains(first) } ?? 0
        let surface = document.text(of: given)
        let actor = table.actor(named: surface, type: .group, affiliation: nil)
        table.addSurface(surface, to: actor)
        var mention = Mention(tokens: first..<(last + 1), range: given, sentence: sentence, kind: .given, actor: actor)
        if let p = lexicons.pronouns[document.tokens[first].lower], first == last {
            mention.kind = .pronoun
            mention.isSpeakerPronoun = p.kind == .speaker
            mention.isPossessive = p.possessive
        } else if last + 1 < document.tokens.count, document.tokens[last + 1].lower == ActorDetector.possessiveHash {
            // "Quorra's general counsel": a possessor, as a detected name before "'s" is.
            mention.isPossessive = true
        }
        let insertAt = table.mentions.firstIndex { $0.range.lowerBound > given.lowerBound } ?? table.mentions.count
        table.mentions.insert(mention, at: insertAt)
        return (table, insertAt)
    }

    // MARK: - State

    struct State {
        var table = ActorTable()
        /// Most recent mentions by kind: (actor, sentence).
        var lastPerson: (Int, Int)? = nil
        var lastThing: (Int, Int)? = nil
        var lastGroup: (Int, Int)? = nil
        var lastCountry: (Int, Int)? = nil
        /// Surname (exact hash of last name token) -> person actor.
        var surnames: [UInt64: Int] = [:]
        /// The next person named holds an office (after "spokesman", "official").
        var pendingOffice = false
        /// The current sentence is a Title Case headline.
        var titleCase = false
        /// Reference nouns written right after an organisation's name ("the United Auto Workers union")
        /// -> (actor, sentence): "the union" later means that body, not the last one named.
        var namedNouns: [UInt64: (Int, Int)] = [:]
        /// First word of a multi-word organisation ("Kestrel" of "Kestrel Motors") -> actor.
        var shortNames: [UInt64: Int] = [:]
        /// The first organisation or country of each sentence: "it" and "the company" prefer the most
        /// salient recent actor (the one a sentence starts with) over the last one named.
        /// Indexed by sentence, -1 for none (an array, not a dictionary: no hashing per mention).
        var firstThing: [Int] = []

        /// The first organisation or country of sentence `s`, if any.
        func firstThing(of s: Int) -> Int? {
            s >= 0 && s < firstThing.count && firstThing[s] >= 0 ? firstThing[s] : nil
        }

        /// The organisation or country "it" most likely means in sentence `s`: the first one of this
        /// sentence when it has one before the pronoun, else the first one of the previous sentence,
        /// else the last one named within reach.
        func salientThing(in s: Int, before hasEarlierMention: Bool) -> Int {
            if let a = firstThing(of: s) { return a }
            if let a = firstThing(of: s - 1) { return a }
            if let (a, ps) = lastThing, s - ps <= ActorDetector.thingPronounReach { return a }
            return -1
        }

        mutating func noteThing(_ actor: Int, sentence s: Int) {
            lastThing = (actor, s)
            if firstThing.count <= s { firstThing.append(contentsOf: repeatElement(-1, count: s + 1 - firstThing.count)) }
            if firstThing[s] < 0 { firstThing[s] = actor }
        }

        /// Marks the last mention's actor as holding an office.
        mutating func setOffice(_ office: Bool) {
            guard office, let last = table.mentions.last, last.actor >= 0 else { return }
            table.actors[last.actor].holdsOffice = true
        }

        /// Marks where the last mention's noun phrase starts (its title or affiliation).
        mutating func setPhraseStart(_ start: Int) {
            guard !table.mentions.isEmpty else { return }
            let last = table.mentions.count - 1
            table.mentions[last].phraseStart = min(start, table.mentions[last].phraseStart)
        }
    }

    // MARK: - One sentence

    private func detect(sentence s: Int, range: Range<Int>, tokens: UnsafeBufferPointer<Token>,
                        document: Document, state: inout State) {
        var i = datelineEnd(range, tokens: tokens)
        state.titleCase = CueTagger.isTitleCase(Sentence(range: 0..<0, tokens: range), tokens: tokens)
        let end = range.upperBound
        while i < end {
            let t = tokens[i]
            guard t.kind == .word else { i += 1; continue }
            // Pronouns.
            if let p = lexicons.pronouns[t.lower], !t.has(.allUpper) || t.end - t.start == 1 {
                addPronoun(p, at: i, sentence: s, tokens: tokens, document: document, state: &state)
                i += 1
                continue
            }
            // Definite references: "the company".
            // "the Commission", "the Government": a capitalized reference noun on its own.
            if let ref = lexicons.references[t.lower], t.has(.capitalized), !t.has(.allUpper), i > range.lowerBound,
               tokens[i - 1].lower == ActorDetector.theHash, i > range.lowerBound + 1 || true,
               i + 1 >= end || !(tokens[i + 1].has(.capitalized) || tokens[i + 1].lower == ActorDetector.ofHash
                                 || tokens[i + 1].lower == ActorDetector.forHash),
               lexicons.gazetteer.longestMatch(tokens, at: i, end: end, key: { $0.exact }) == nil {
                addReference(ref, at: i, sentence: s, document: document, state: &state)
                i += 1
                continue
            }
            // A lowercase reference noun, looked up once for the three readings below.
            let lowerReference = t.has(.capitalized) ? nil : lexicons.references[t.lower]
            // "the employers' association", "the pilots' union": a body of its own, named by whom it serves.
            if let ref = lowerReference, ref.types == [.organisation],
               i - 3 >= range.lowerBound, tokens[i - 3].lower == ActorDetector.theHash,
               tokens[i - 1].kind == .punctuation, tokens[i - 1].has(.closeQuote), tokens[i - 1].end - tokens[i - 1].start <= 3,
               !tokens[i - 1].has(.spaceBefore), tokens[i - 2].kind == .word, !tokens[i - 2].has(.capitalized),
               document.bytes[Int(tokens[i - 2].end) - 1] == UInt8(ascii: "s") {
                i = addOrganisation((i - 2)..<(i + 1), affiliation: nil, sentence: s, tokens: tokens, document: document, state: &state)
                if let last = state.table.mentions.last { state.namedNouns[t.lower] = (last.actor, s) }
                continue
            }
            // "the United Auto Workers union": the noun names the kind of the body just named.
            if lowerReference != nil, let last = state.table.mentions.last,
               last.tokens.upperBound == i, last.actor >= 0, state.table.actors[last.actor].type == .organisation {
                state.namedNouns[t.lower] = (last.actor, s)
            }
            if let ref = lowerReference, i > range.lowerBound,
               tokens[i - 1].lower == ActorDetector.theHash
                || (i - 2 >= range.lowerBound && tokens[i - 2].lower == ActorDetector.theHash && tokens[i - 1].kind == .word
                    && !tokens[i - 1].has(.capitalized) && lexicons.functionWords[tokens[i - 1].lower] == nil)
                // "the Danish company", "the German carmaker": a demonym between.
                || (i - 2 >= range.lowerBound && tokens[i - 2].lower == ActorDetector.theHash
                    && state.table.mentions.last.map { $0.kind == .demonym && $0.tokens == (i - 1)..<i } ?? false),
               i + 1 >= end || tokens[i + 1].kind != .word || !tokens[i + 1].has(.capitalized) {
                addReference(ref, at: i, sentence: s, document: document, state: &state)
                i += 1
                continue
            }
            // Lowercase group nouns: "union members", "officials" (no affiliation).
            if (!t.has(.capitalized) || (i == range.lowerBound && !t.has(.allUpper)
                    && !(i + 1 < end && tokens[i + 1].has(.capitalized)))) && lexicons.groupNouns.contains(t.lower)
                && lexicons.gazetteer.longestMatch(tokens, at: i, end: end, key: { $0.exact }) == nil {
                i = addBareGroup(at: i, start: range.lowerBound, sentence: s, tokens: tokens, document: document, state: &state)
                continue
            }
            // Titles may be lowercase ("the president, Emmanuel Macron"); names are capitalized.
            if let next = parseCapitalizedRun(at: i, sentenceStart: range.lowerBound, end: end, sentence: s,
                                              tokens: tokens, document: document, state: &state) {
                i = next
                continue
            }
            i += 1
        }
        resolveCataphora(sentence: s, range: range, tokens: tokens, document: document, state: &state)
    }

    /// A person pronoun in a sentence-initial subordinate clause is the person who opens the main
    /// clause after its comma: "As she left the summit, Chancellor Anna Weber said ...", "After his
    /// release on Monday, Kofi Osei told ...". Not when a person named earlier in that clause is its
    /// antecedent ("When Marta Lind argued that she had read it, ...").
    private func resolveCataphora(sentence s: Int, range: Range<Int>, tokens: UnsafeBufferPointer<Token>,
                                  document: Document, state: inout State) {
        guard range.count > 3, ActorDetector.cataphoraOpeners.contains(tokens[range.lowerBound].lower),
              let comma = range.dropFirst().first(where: { tokens[$0].lower == ActorDetector.commaHash }) else { return }
        let mentions = state.table.mentions(inSentence: s)
        guard let head = mentions.first(where: { $0.phraseStart == comma + 1 || $0.tokens.lowerBound == comma + 1 }),
              head.kind == .person, head.actor >= 0 else { return }
        for m in mentions.indices where mentions[m].tokens.upperBound <= comma && mentions[m].kind == .pronoun {
            let word = tokens[mentions[m].tokens.lowerBound]
            guard lexicons.pronouns[word.lower]?.kind == .person,
                  !mentions[mentions.startIndex..<m].contains(where: { $0.kind == .person }) else { continue }
            state.table.mentions[m].actor = head.actor
            state.table.addSurface(document.text(of: word).lowercased(), to: head.actor)
        }
    }

    /// First words of sentence-initial subordinate clauses whose pronoun may point forward.
    static let cataphoraOpeners = HashIndex<Bool>(set: ["after", "as", "asked", "before", "by", "despite", "during", "following",
                                                        "in", "on", "once", "since", "speaking", "unlike", "upon", "when",
                                                        "while", "with"].map(TokenHash.of))

    /// Where a dateline ("BELEM, Brazil (Reuters) -", "WASHINGTON —") ends: its places are not actors.
    /// A dateline starts a sentence with an all-capitals word and ends at a dash within a few tokens.
    private func datelineEnd(_ range: Range<Int>, tokens: UnsafeBufferPointer<Token>) -> Int {
        let first = range.lowerBound
        guard first < range.upperBound, tokens[first].has(.allUpper), tokens[first].kind == .word else { return first }
        var k = first + 1
        while k < range.upperBound && k <= first + ActorDetector.datelineReach {
            if tokens[k].has(.dash) || (tokens[k].kind == .punctuation && document_isHyphen(tokens[k])) { return k + 1 }
            k += 1
        }
        return first
    }

    private func document_isHyphen(_ t: Token) -> Bool { t.lower == ActorDetector.hyphenHash }

    /// A dateline is at most this many tokens before its dash ("BELEM , Brazil ( Reuters ) -").
    static let datelineReach = 8
    static let hyphenHash = TokenHash.of("-")
    static let theHash = TokenHash.of("the")
    static let ofHash = TokenHash.of("of")
    static let forHash = TokenHash.of("for")
    static let andHash = TokenHash.of("and")
    static let possessiveHash = TokenHash.of("'s")
    static let inHash = TokenHash.of("in")
    static let commaHash = TokenHash.of(",")
    /// Heads of a government's own bodies: "China's Commerce Ministry" speaks as China.
    static let governmentBodyHeads = HashIndex<Bool>(set: ["ministry", "government", "cabinet", "administration", "department",
                                                       "office", "presidency", "chancellery"].map(TokenHash.of))
    static let governmentHeads = HashIndex<Bool>(set: ["government", "administration", "cabinet", "authorities", "leadership"].map(TokenHash.of))

    // MARK: - Pronouns and references

    private func addPronoun(_ p: LexiconSet.Pronoun, at i: Int, sentence s: Int, tokens: UnsafeBufferPointer<Token>,
                            document: Document, state: inout State) {
        var actor = -1
        switch p.kind {
        case .person:
            if let (a, ps) = state.lastPerson, s - ps <= ActorDetector.personPronounReach { actor = a }
            if let teller = tellerOfPronoun(at: i, sentence: s, tokens: tokens, state: state) { actor = teller }
        case .thing:
            actor = state.salientThing(in: s, before: state.table.mentions.last.map { $0.sentence == s } ?? false)
        case .plural:
            if let (a, ps) = state.lastGroup, s - ps <= ActorDetector.thingPronounReach { actor = a }
            else if let (a, ps) = state.lastThing, s - ps <= ActorDetector.thingPronounReach { actor = a }
        case .speaker:
            actor = -1
        }
        let t = tokens[i]
        // "it" is often not an actor: "made it clear", "summed it up". After a verb it is dropped.
        if p.kind == .thing && !p.possessive && i > 0 {
            let prev = tokens[i - 1]
            let prevIsVerbLike = prev.kind == .word && !prev.has(.capitalized) && lexicons.functionWords[prev.lower] == nil
                && !(lexicons.cues.longestMatch(tokens, at: i - 1, end: i, key: { $0.lower })
                    .map { !$0.payload.categories.intersection([.speech, .boundary, .condition]).isEmpty } ?? false)
            if prevIsVerbLike { return }
        }
        var m = Mention(tokens: i..<(i + 1), range: t.range, sentence: s, kind: .pronoun, actor: actor)
        m.isSpeakerPronoun = p.kind == .speaker
        m.isPossessive = p.possessive
        // Unresolved pronouns stay as mentions: attribution may resolve them to a speaker.
        state.table.mentions.append(m)
        if actor >= 0 { state.table.addSurface(document.text(of: t).lowercased(), to: actor) }
    }

    /// The speaker of "X told Y (on Monday) (that) he ...": news reports what the teller will do, so
    /// "he" is X, not the nearer Y ("Merkel told Macron that she would step down"). Nil elsewhere.
    private func tellerOfPronoun(at i: Int, sentence s: Int, tokens: UnsafeBufferPointer<Token>, state: State) -> Int? {
        let inSentence = state.table.mentions.reversed().prefix { $0.sentence == s }
        guard let told = inSentence.first, told.kind == .person, told.actor >= 0,
              told.tokens.upperBound <= i, i - told.tokens.upperBound <= Tuning.tellerGap,
              (told.tokens.upperBound..<i).allSatisfy({ tokens[$0].kind == .word }) else { return nil }
        // Titles before the told person ("told House Speaker Paul Ryan").
        var v = told.tokens.lowerBound - 1
        while v >= 0, v >= told.tokens.lowerBound - 3, tokens[v].has(.capitalized), !tokens[v].has(.allUpper) { v -= 1 }
        guard v > 0, ActorDetector.tellVerbs.contains(tokens[v].lower) else { return nil }
        var end = v
        if ActorDetector.speechVerbFillers.contains(tokens[end - 1].lower) { end -= 1 }
        guard let teller = inSentence.first(where: { $0.tokens.upperBound == end && $0.kind == .person && !$0.isPossessive }),
              teller.actor >= 0, teller.actor != told.actor else { return nil }
        return teller.actor
    }

    /// Speech verbs with a person as object before the report: "told Macron that she".
    static let tellVerbs = HashIndex<Bool>(set: ["assured", "informed", "reminded", "telling", "tells", "told"].map(TokenHash.of))

    private func addReference(_ ref: LexiconSet.Reference, at i: Int, sentence s: Int, document: Document,
                              state: inout State) {
        var candidates: [(Int, Int)] = []
        // A body named with this very noun ("the United Auto Workers union ... the union") comes first.
        if let named = state.namedNouns[document.tokens[i].lower], s - named.1 <= ActorDetector.thingPronounReach + 1 {
            let t = document.tokens[i]
            state.table.mentions.append(Mention(tokens: i..<(i + 1), range: t.range, sentence: s, kind: .reference, actor: named.0))
            state.table.addSurface("the " + document.text(of: t), to: named.0)
            return
        }
        if ref.types.contains(.country), let c = state.lastCountry { candidates.append(c) }
        // "the regional government": a region's government too (not "the administration": a federal judge
        // "in Delaware" blocking "the administration's plan" speaks of the country's).
        if ref.types.contains(.country), ref.head == "government", let c = state.lastThing,
           state.table.actors[c.0].type == .region { candidates.append(c) }
        if ref.types.contains(.organisation) || ref.types.contains(.region) {
            let salient = state.salientThing(in: s, before: true)
            if salient >= 0, ref.types.contains(state.table.actors[salient].type) {
                candidates.append((salient, state.firstThing(of: s) == salient ? s : s - 1))
            } else if let c = state.lastThing, ref.types.contains(state.table.actors[c.0].type) {
                candidates.append(c)
            }
        }
        // An officer of an organisation named earlier in the sentence speaks of it: "Gavi chief executive
        // Sania Nishtar said the alliance might ...", "Apple's chief executive said the company ...".
        if ref.types.contains(.organisation),
           let officer = state.table.mentions.last(where: { $0.sentence == s && $0.kind == .person && $0.tokens.upperBound <= i }),
           officer.actor >= 0, let affiliation = state.table.actors[officer.actor].affiliation,
           let body = state.table.find(affiliation), state.table.actors[body].type == .organisation {
            candidates.append((body, s))
        }
        guard let best = candidates.max(by: { $0.1 < $1.1 }), s - best.1 <= ActorDetector.thingPronounReach + 1 else { return }
        let t = document.tokens[i]
        let m = Mention(tokens: i..<(i + 1), range: t.range, sentence: s, kind: .reference, actor: best.0)
        state.table.mentions.append(m)
        state.table.addSurface("the " + document.text(of: t), to: best.0)
    }

    private func addBareGroup(at i: Int, start: Int, sentence s: Int, tokens: UnsafeBufferPointer<Token>,
                              document: Document, state: inout State) -> Int {
        // Take one lowercase modifier before the noun: "union members", "striking nurses".
        var from = i
        if i > start, tokens[i - 1].kind == .word, !tokens[i - 1].has(.capitalized),
           !ActorDetector.determiners.contains(tokens[i - 1].lower),
           lexicons.functionWords[tokens[i - 1].lower] == nil || lexicons.functionWords[tokens[i - 1].lower] == .agentNoun,
           !tokens[i - 1].has(.clitic),
           lexicons.pronouns[tokens[i - 1].lower] == nil,
           lexicons.cues.longestMatch(tokens, at: i - 1, end: i, key: { $0.lower }) == nil,
           !ActorDetector.isVerbSlot(i - 2, start: start, tokens: tokens, lexicons: lexicons) {
            from = i - 1
        }
        let range = Int(tokens[from].start)..<Int(tokens[i].end)
        var name = document.text(of: range).lowercased()
        // Office holders placed in a country or its capital speak for it: "officials in Seoul said",
        // as "South Korean officials" do.
        var affiliation: String? = nil
        if lexicons.officeNouns.contains(tokens[i].lower), i + 2 < document.tokens.count,
           tokens[i + 1].lower == ActorDetector.inHash,
           let place = lexicons.gazetteer.longestMatch(tokens, at: i + 2, end: min(document.tokens.count, i + 6), key: { $0.exact }),
           let country = place.payload.first(where: { $0.type == .country }) {
            affiliation = country.canonical
            name += " in " + document.text(of: Int(tokens[i + 2].start)..<Int(tokens[i + 1 + place.length].end))
        }
        let actor = state.table.actor(named: name, type: .group, affiliation: affiliation)
        state.table.addSurface(document.text(of: range), to: actor)
        // "a government spokesman", "officials": they speak for the country or organisation they report on.
        if lexicons.officeNouns.contains(tokens[i].lower) { state.table.actors[actor].holdsOffice = true }
        state.table.mentions.append(Mention(tokens: from..<(i + 1), range: range, sentence: s, kind: .group, actor: actor))
        state.lastGroup = (actor, s)
        return i + 1
    }

    /// Whether the word after token `k` is where a verb goes: after an auxiliary or "to" ("will
    /// require ministers", "to help farmers") or a subject pronoun ("they hired workers"; not "their
    /// striking workers"), so that word is no modifier of a group noun after it.
    static func isVerbSlot(_ k: Int, start: Int, tokens: UnsafeBufferPointer<Token>, lexicons: LexiconSet) -> Bool {
        guard k >= start else { return false }
        let w = tokens[k].lower
        return lexicons.functionWords[w] == .auxiliary || w == Attributor.to || lexicons.subjectPronouns.contains(w)
    }

    static let determiners = HashIndex<Bool>(set: ["the", "a", "an", "some", "many", "most", "several", "other", "few",
                                                "all", "both", "these", "those", "their", "its", "his", "her", "our",
                                                "one", "two", "three", "four", "five", "ten", "more", "senior", "top"].map(TokenHash.of))

    // MARK: - Capitalized runs: gazetteer, titles, people, organisations, groups

    /// Parses what starts at token `i`; returns the index after it, or nil when nothing was found.
    private func parseCapitalizedRun(at i: Int, sentenceStart: Int, end: Int, sentence s: Int,
                                     tokens: UnsafeBufferPointer<Token>, document: Document,
                                     state: inout State) -> Int? {
        let t = tokens[i]

        // 1. A gazetteer name at the start.
        if t.has(.capitalized) || t.has(.nonASCII) || t.kind == .number {
            if let match = lexicons.gazetteer.longestMatch(tokens, at: i, end: end, key: { $0.exact }),
               state.titleCase || !continuesAnotherName(i, length: match.length, end: end, tokens: tokens, entries: match.payload) {
                let entry = preferredEntry(match.payload)
                // Followed by a title: it is the person's affiliation ("Ukrainian President ...").
                let after = i + match.length
                if entry.type != .person, let (title, office) = titleMatch(at: after, end: end, tokens: tokens),
                   let person = parsePersonAfterTitle(titleStart: after, titleLength: title, end: end, tokens: tokens,
                                                     document: document, titleCase: state.titleCase) {
                    let affiliation = entry.type == .person ? entry.affiliation : entry.canonical
                    let next = addPerson(nameRange: person, affiliation: affiliation, sentence: s, tokens: tokens,
                                         document: document, state: &state, end: end)
                    state.setPhraseStart(i)
                    state.setOffice(office)
                    return next
                }
                // Followed by a group noun: a group ("European leaders", "U.S. defense officials").
                if entry.type != .person, let groupEnd = groupNounEnd(after: after, end: end, tokens: tokens) {
                    let lastNoun = tokens[groupEnd - 1]
                    if ActorDetector.governmentHeads.contains(lastNoun.lower)
                        && (groupEnd - after == 1 || (groupEnd - after == 2 && tokens[after].lower == ActorDetector.possessiveHash)) {
                        // "the British government", "Norway's government" are the country itself.
                        return addGazetteerMention(entry, tokens: i..<groupEnd, sentence: s, kindOverride: .name,
                                                   tokensBuf: tokens, document: document, state: &state)
                    }
                    // "One NATO diplomat": quantifiers before the name are not part of it.
                    let from = i
                    let name = document.text(of: Int(tokens[from].start)..<Int(tokens[groupEnd - 1].end))
                    let groupActor = state.table.actor(named: name, type: .group, affiliation: entry.type == .person ? entry.affiliation : entry.canonical)
                    state.table.addSurface(name, to: groupActor)
                    if lexicons.officeNouns.contains(lastNoun.lower) { state.table.actors[groupActor].holdsOffice = true }
                    let r = Int(tokens[from].start)..<Int(tokens[groupEnd - 1].end)
                    state.table.mentions.append(Mention(tokens: from..<groupEnd, range: r, sentence: s, kind: .group, actor: groupActor))
                    state.lastGroup = (groupActor, s)
                    return groupEnd
                }
                // "China's Commerce Ministry", "Britain's Foreign Office": a government body of the country
                // is the country.
                if entry.type == .country, after + 1 < end, tokens[after].lower == ActorDetector.possessiveHash,
                   let orgEnd = organisationEnd(from: after + 1, end: end, tokens: tokens, requireHead: true, titleCase: state.titleCase),
                   ActorDetector.governmentBodyHeads.contains(tokens[orgEnd - 1].lower) {
                    return addGazetteerMention(entry, tokens: i..<orgEnd, sentence: s, kindOverride: .name,
                                               tokensBuf: tokens, document: document, state: &state)
                }
                // Followed by an organisation head: an organisation of that country ("Russian Defence Ministry").
                if entry.type != .person, let orgEnd = organisationEnd(from: after, end: end, tokens: tokens, requireHead: true, titleCase: state.titleCase) {
                    return addOrganisation(i..<orgEnd, affiliation: entry.canonical, sentence: s, tokens: tokens,
                                           document: document, state: &state)
                }
                return addGazetteerMention(entry, tokens: i..<(i + match.length), sentence: s, kindOverride: nil,
                                           tokensBuf: tokens, document: document, state: &state)
            }
        }

        // "The" opening a sentence starts no name of its own ("The British government", "The
        // Kremlin" are found from the next word; "The Hague" is in the gazetteer).
        if t.lower == ActorDetector.theHash { return nil }

        // 2. A title: "President Trump", "Defense Secretary Pete Hegseth", "the president, Emmanuel Macron".
        if let (title, office) = titleMatch(at: i, end: end, tokens: tokens) {
            if let person = parsePersonAfterTitle(titleStart: i, titleLength: title, end: end, tokens: tokens,
                                                  document: document, titleCase: state.titleCase) {
                // "Vantor chief executive Paul Hennig": a known organisation right before the title is the affiliation.
                var affiliation: String? = nil
                if let last = state.table.mentions.last, last.tokens.upperBound == i, last.actor >= 0 {
                    if last.kind == .organisation || last.kind == .name {
                        affiliation = state.table.actors[last.actor].name
                    } else if last.kind == .group {
                        // "U.S. delegation head Richard K. Dale": the group's country.
                        affiliation = state.table.actors[last.actor].affiliation
                    }
                }
                let next = addPerson(nameRange: person, affiliation: affiliation, sentence: s, tokens: tokens, document: document,
                                     state: &state, end: end)
                state.setPhraseStart(i)
                state.setOffice(office)
                return next
            }
            // "the president, Emmanuel Macron": a lowercase title, a comma, then a name.
            // "The WHO's director-general, Amara Nwosu": the possessor is the affiliation.
            let afterTitle = i + title
            if afterTitle + 1 < end, tokens[afterTitle].lower == ActorDetector.commaHash,
               let nameEnd = nameRunEnd(from: afterTitle + 1, end: end, tokens: tokens, document: document), nameEnd - (afterTitle + 1) >= 2 {
                var possessor: String? = nil
                // Up to two lowercase words between the possessive and the title: "Portugal's central bank chief, Rui Matos".
                var phraseStart = i
                while phraseStart > i - 2, phraseStart - 1 > sentenceStart, tokens[phraseStart - 1].kind == .word,
                      !tokens[phraseStart - 1].has(.capitalized), tokens[phraseStart - 1].lower != ActorDetector.possessiveHash,
                      lexicons.functionWords[tokens[phraseStart - 1].lower].map({ $0 == .agentNoun }) ?? true {
                    phraseStart -= 1
                }
                // (A reference noun among the words may have been read as a mention after the possessor:
                // the mentions are in text order, so the search stops at the first one ending earlier.)
                var owner: Mention? = nil
                if phraseStart >= 2, tokens[phraseStart - 1].lower == ActorDetector.possessiveHash {
                    for m in state.table.mentions.reversed() where m.tokens.upperBound <= phraseStart - 1 {
                        if m.tokens.upperBound == phraseStart - 1 { owner = m }
                        break
                    }
                }
                if let owner, owner.actor >= 0 {
                    possessor = state.table.actors[owner.actor].name
                } else {
                    phraseStart = i
                }
                let next = addPerson(nameRange: (afterTitle + 1)..<nameEnd, affiliation: possessor, sentence: s, tokens: tokens,
                                     document: document, state: &state, end: end)
                state.setPhraseStart(phraseStart)
                state.setOffice(office)
                return next
            }
            return i + title
        }

        guard t.has(.capitalized) || (t.has(.nonASCII) && t.kind == .word) else { return nil }
        // A capitalized article starts no name: "A Fox News anchor", "An EU official" (the name
        // after it is read from the next token).
        if t.lower == ActorDetector.aHash || t.lower == ActorDetector.anHash { return nil }

        // 3. An organisation: a capitalized run with a head word; not a shouted headline of three or
        // more all-capitals words ("CLICK HERE FOR THE LATEST NEWS").
        if let orgEnd = organisationEnd(from: i, end: end, tokens: tokens, requireHead: true, titleCase: state.titleCase) {
            if orgEnd - i >= 3 && (i..<orgEnd).allSatisfy({ tokens[$0].kind != .word || ActorDetector.isShouted(tokens[$0]) }) {
                return orgEnd  // the whole shouted run is skipped, not read again from its second word
            }
            // In a Title Case headline a longer run is the headline's words, not one name ("Daily Briefing
            // Anna Weber Praises Supreme Court"), and none starts inside a run of capitalized words
            // (so no tail of it either: "Praises Supreme Court"); gazetteer names in it are still found.
            if state.titleCase, orgEnd - i > Tuning.titleCaseOrganisationWords
                || (i > sentenceStart && tokens[i - 1].kind == .word && tokens[i - 1].has(.capitalized)) {
                return nil
            }
            return addOrganisation(i..<orgEnd, affiliation: nil, sentence: s, tokens: tokens, document: document,
                                   state: &state)
        }

        // A known organisation's first word alone: "Kestrel" after "Kestrel Motors Inc.".
        if state.shortNames[t.exact] != nil, i + 1 >= end || !tokens[i + 1].has(.capitalized) {
            return addOrganisation(i..<(i + 1), affiliation: nil, sentence: s, tokens: tokens, document: document,
                                   state: &state)
        }
        // In a Title Case headline capitalized words are not names: "NATO Chief Says No Exemptions".
        if state.titleCase { return nil }
        // 4. A person: a run of 2-4 capitalized name tokens, or a known surname.
        let sentenceInitial = i == sentenceStart || tokens[i - 1].has(.openQuote)
        if let nameEnd = nameRunEnd(from: i, end: end, tokens: tokens, document: document) {
            let length = nameEnd - i
            // "Chipmaker Veltrix delays ...": a reference noun first in the sentence, capitalized only
            // there, describes the organisation named after it (not an organisation's head word:
            // "Bank Leumi" is one name).
            if sentenceInitial, length >= 2, !t.has(.allUpper), let ref = lexicons.references[t.lower],
               ref.types == [.organisation], !lexicons.organisationHeads.contains(t.lower) {
                let next = addOrganisation((i + 1)..<nameEnd, affiliation: nil, sentence: s, tokens: tokens, document: document,
                                           state: &state)
                // A one-word name alone later is the same organisation: "Veltrix, the Taiwanese chipmaker, said".
                if nameEnd - i == 2, state.shortNames[tokens[i + 1].exact] == nil, let added = state.table.mentions.last {
                    state.shortNames[tokens[i + 1].exact] = added.actor
                }
                return next
            }
            // "Deutsche Bahn's head of human resources", "Corvane's chief executive": an unknown name
            // that has a corporate officer is an organisation, so "the company" can mean it later.
            if state.surnames[t.exact] == nil, !(sentenceInitial && lexicons.segmenter.sentenceStarters.contains(t.lower)),
               hasCorporateOfficer(after: nameEnd, end: end, tokens: tokens) {
                return addOrganisation(i..<nameEnd, affiliation: nil, sentence: s, tokens: tokens, document: document,
                                       state: &state)
            }
            // "the advocacy group Fair Rx", "the bank Banco Paulista": a name right after a lowercase
            // noun for a body names that body.
            if length >= 2, i > sentenceStart, !tokens[i - 1].has(.capitalized),
               let ref = lexicons.references[tokens[i - 1].lower], ref.types.contains(.organisation),
               !ref.types.contains(.country), state.surnames[t.exact] == nil {
                return addOrganisation(i..<nameEnd, affiliation: nil, sentence: s, tokens: tokens, document: document,
                                       state: &state)
            }
            if length >= 2 && !(sentenceInitial && lexicons.segmenter.sentenceStarters.contains(t.lower)) {
                return addPerson(nameRange: i..<nameEnd, affiliation: nil, sentence: s, tokens: tokens,
                                 document: document, state: &state, end: end)
            }
            if length == 1 {
                if let person = state.surnames[t.exact] {
                    return addKnownPerson(person, tokens: i..<(i + 1), sentence: s, tokensBuf: tokens,
                                          document: document, state: &state)
                }
                // The surname of someone in the gazetteer, by a verb: a person ("Sanders said",
                // "Comey will testify"), though which one the gazetteer cannot tell.
                if lexicons.personSurnames.contains(t.exact), !t.has(.allUpper), i + 1 < end,
                   !(sentenceInitial && lexicons.segmenter.sentenceStarters.contains(t.lower)),
                   isVerbAfterName(at: i + 1, end: end, tokens: tokens)
                    || (i > sentenceStart && isSpeechVerb(at: i - 1, end: i, tokens: tokens) && !sentenceInitial) {
                    return addPerson(nameRange: i..<(i + 1), affiliation: nil, sentence: s, tokens: tokens,
                                     document: document, state: &state, end: end)
                }
                // "Siciliano said", "said Siciliano": a single name next to a speech verb.
                if !sentenceInitial || !lexicons.segmenter.sentenceStarters.contains(t.lower),
                   isSpeechVerb(at: i + 1, end: end, tokens: tokens)
                    // "Okafor also told reporters she ...", "Reyes has said she ...".
                    || (i + 2 < end && ActorDetector.speechVerbFillers.contains(tokens[i + 1].lower)
                        && isSpeechVerb(at: i + 2, end: end, tokens: tokens))
                    || (i > sentenceStart && isSpeechVerb(at: i - 1, end: i, tokens: tokens) && !sentenceInitial) {
                    // A lone unknown name is more often a company or outlet ("Kroll said") than a
                    // person, whom news names in full first; unless "he" or "she" follows before any
                    // other name: "Halvorsen said he would ..." (a surname, the full name said earlier).
                    if !t.has(.allUpper), personPronounFollows(after: i + 1, end: end, tokens: tokens) {
                        return addPerson(nameRange: i..<(i + 1), affiliation: nil, sentence: s, tokens: tokens,
                                         document: document, state: &state, end: end)
                    }
                    if !t.has(.allUpper) {
                        return addOrganisation(i..<(i + 1), affiliation: nil, sentence: s, tokens: tokens,
                                               document: document, state: &state)
                    }
                }
            }
        }
        // 5. A run with an all-capitals word is an organisation ("IG Metall", "BNP Paribas").
        if let runEnd = capitalizedRunEnd(from: i, end: end, tokens: tokens), runEnd - i >= 2,
           (i..<runEnd).contains(where: { tokens[$0].has(.allUpper) }),
           !(i..<runEnd).contains(where: { lexicons.nonNames.contains(tokens[$0].lower)
               || lexicons.gazetteer.mayStart(with: tokens[$0].exact) && lexicons.gazetteer.longestMatch(tokens, at: $0, end: end, key: { $0.exact }) != nil }),
           lexicons.functionWords[t.lower] == nil, !lexicons.segmenter.sentenceStarters.contains(t.lower) {
            return addOrganisation(i..<runEnd, affiliation: nil, sentence: s, tokens: tokens, document: document,
                                   state: &state)
        }
        // 6. A single unknown capitalized word described by an appositive as a body: "Lithoma, the
        // Eindhoven-based equipment maker, has lost ...".
        if !t.has(.allUpper), !lexicons.nonNames.contains(t.lower), lexicons.functionWords[t.lower] == nil,
           !lexicons.segmenter.sentenceStarters.contains(t.lower),
           nameRunEnd(from: i, end: end, tokens: tokens, document: document) == i + 1,
           appositiveNamesBody(after: i, end: end, tokens: tokens, document: document) {
            return addOrganisation(i..<(i + 1), affiliation: nil, sentence: s, tokens: tokens, document: document,
                                   state: &state)
        }
        // 6. A single unknown capitalized word acting as a subject: "Quorra will appeal", "Kestrel said".
        let singularStart = sentenceInitial && i + 1 < end && ActorDetector.singularVerbs.contains(tokens[i + 1].lower)
            && document.bytes[Int(t.end) - 1] != UInt8(ascii: "s") && !lexicons.segmenter.sentenceStarters.contains(t.lower)
            && !lexicons.groupNouns.contains(t.lower)
        if !t.has(.allUpper), i + 1 < end, !lexicons.nonNames.contains(t.lower), !sentenceInitial || singularStart,
           lexicons.functionWords[t.lower] == nil, nameRunEnd(from: i, end: end, tokens: tokens, document: document) == i + 1 {
            let next = tokens[i + 1]
            let verbLike = isVerbAfterName(at: i + 1, end: end, tokens: tokens)
            let afterThe = i > 0 && tokens[i - 1].lower == ActorDetector.theHash
            let strongVerb = lexicons.functionWords[next.lower] != .auxiliary
            if verbLike && (!afterThe || strongVerb) {
                return addOrganisation(i..<(i + 1), affiliation: nil, sentence: s, tokens: tokens, document: document,
                                       state: &state)
            }
        }
        // 7. An unknown acronym: an organisation ("AFP", "IAEA"); not a word of a shouted headline,
        // where the words next to it are all-capitals too ("TOUGH SLOG FOR CLINTON"), nor a Roman
        // numeral ("World War II", "Donald Trump III").
        func shouted(_ k: Int) -> Bool { k >= sentenceStart && k < end && ActorDetector.isShouted(tokens[k]) }
        if t.has(.allUpper), t.end - t.start >= 2, t.end - t.start <= 8,
           !lexicons.nonNames.contains(t.lower), !ActorDetector.romanNumerals.contains(t.lower),
           !ActorDetector.thingAcronyms.contains(t.lower),
           tokens[i].kind == .word, !shouted(i - 1), !shouted(i + 1) {
            return addOrganisation(i..<(i + 1), affiliation: nil, sentence: s, tokens: tokens, document: document,
                                   state: &state)
        }
        return nil
    }

    /// Whether a comma-closed appositive right after token `i` names a body: ", the Eindhoven-based
    /// equipment maker," (an article, then up to `Tuning.appositiveReach` words ending in an
    /// organisation reference noun or a "-maker").
    private func appositiveNamesBody(after i: Int, end: Int, tokens: UnsafeBufferPointer<Token>, document: Document) -> Bool {
        guard i + 3 < end, tokens[i + 1].lower == ActorDetector.commaHash,
              ScopeResolver.articles.contains(tokens[i + 2].lower) else { return false }
        var k = i + 3
        while k < end, k - (i + 3) < Tuning.appositiveReach, tokens[k].kind == .word, !tokens[k].has(.capitalized) || k == i + 3,
              !ActorDetector.closesAppositive(tokens[k]) {
            // A verb: a clause, no appositive ("Clearly, the FIA is a body that ...").
            if lexicons.functionWords[tokens[k].lower] == .auxiliary { return false }
            k += 1
        }
        // Closed by a comma, or by a relative clause about the body: "Novarix, the Swiss drugmaker whose
        // blood thinner was ..., said".
        guard k < end, k > i + 3, tokens[k].lower == ActorDetector.commaHash
            || ActorDetector.closesAppositive(tokens[k]) else { return false }
        let head = tokens[k - 1]
        if let ref = lexicons.references[head.lower], ref.types.contains(.organisation) { return true }
        let e = Int(head.end)
        return e - Int(head.start) >= 5 && document.bytes[(e - 5)..<e].elementsEqual("maker".utf8)
    }

    /// Whether a relative pronoun (or "that") closes an appositive: "the Swiss drugmaker whose ...".
    static func closesAppositive(_ t: Token) -> Bool {
        ScopeResolver.relativePronouns.contains(t.lower) || t.lower == ScopeResolver.that
    }

    /// Whether `'s` and a corporate officer's title follow `i`: "'s chief executive", "'s head of".
    private func hasCorporateOfficer(after i: Int, end: Int, tokens: UnsafeBufferPointer<Token>) -> Bool {
        guard i + 1 < end, tokens[i].lower == ActorDetector.possessiveHash,
              ActorDetector.corporateOfficerWords.contains(tokens[i + 1].lower) else { return false }
        return titleMatch(at: i + 1, end: end, tokens: tokens) != nil
    }

    /// First words of titles that only organisations have (a person has a spokesman or an aide,
    /// not a chief executive or a head of human resources).
    static let corporateOfficerWords = HashIndex<Bool>(set: ["ceo", "chair", "chairman", "chairwoman", "chief", "director",
                                                         "head", "managing", "president"].map(TokenHash.of))

    /// Whether a one-word gazetteer name is only the start of another name: "Bayern Hallstadt",
    /// "Jordan Peterson". Not when a title, head, group noun or another gazetteer name follows
    /// ("Ukrainian President", "China Daily" stays China + ... only when listed).
    private func continuesAnotherName(_ i: Int, length: Int, end: Int, tokens: UnsafeBufferPointer<Token>,
                                      entries: [GazetteerEntry]) -> Bool {
        guard length == 1, i + 1 < end else { return false }
        guard entries.allSatisfy({ $0.role == .name || $0.role == .alias || $0.role == .capital }) else { return false }
        let next = tokens[i + 1]
        guard next.kind == .word, next.has(.capitalized), !next.has(.allUpper), !next.has(.abbreviation) else { return false }
        if lexicons.titles.longestMatch(tokens, at: i + 1, end: end, key: { $0.lower }) != nil { return false }
        if lexicons.organisationHeads.contains(next.lower) || lexicons.groupNouns.contains(next.lower) { return false }
        if lexicons.functionWords[next.lower] != nil || lexicons.nonNames.contains(next.lower) { return false }
        if lexicons.gazetteer.longestMatch(tokens, at: i + 1, end: end, key: { $0.exact }) != nil { return false }
        return true
    }

    /// Prefers seats and names over capitals, and organisations over countries for seats ("Brussels").
    private func preferredEntry(_ entries: [GazetteerEntry]) -> GazetteerEntry {
        func rank(_ e: GazetteerEntry) -> Int {
            switch e.role {
            case .name: return e.type == .person ? 5 : 6
            case .seat: return e.type == .organisation ? 5 : 4
            case .alias: return 3
            case .demonym: return 2
            case .capital: return 1
            }
        }
        return entries.max { rank($0) < rank($1) } ?? entries[0]
    }

    /// Whether a person pronoun ("he", "her") comes within `Tuning.lonePersonPronounReach` tokens
    /// after `from`, before any capitalized word (another possible antecedent).
    private func personPronounFollows(after from: Int, end: Int, tokens: UnsafeBufferPointer<Token>) -> Bool {
        var k = from
        while k < min(end, from + Tuning.lonePersonPronounReach) {
            let c = tokens[k]
            if c.kind == .word {
                if let p = lexicons.pronouns[c.lower] { if p.kind == .person { return true } }
                else if c.has(.capitalized) || c.has(.allUpper) {
                    // Where the words were said is no other name: "Halvorsen wrote on Facebook that he
                    // would", "told reporters in Oslo that she".
                    guard k > from, ActorDetector.placePrepositions.contains(tokens[k - 1].lower) else { return false }
                    while k + 1 < end, tokens[k + 1].kind == .word, tokens[k + 1].has(.capitalized) || tokens[k + 1].has(.allUpper) {
                        k += 1
                    }
                }
            }
            k += 1
        }
        return false
    }

    /// Prepositions before the place or medium of a statement ("on Instagram", "in Oslo", "to CNN").
    static let placePrepositions = HashIndex<Bool>(set: ["at", "in", "on", "to"].map(TokenHash.of))

    /// Whether a verb a name can be the subject of starts at `i`: an auxiliary or a commitment,
    /// speech, directive or event cue ("Kestrel said", "Quorra will appeal").
    private func isVerbAfterName(at i: Int, end: Int, tokens: UnsafeBufferPointer<Token>) -> Bool {
        guard i < end else { return false }
        return lexicons.functionWords[tokens[i].lower] == .auxiliary
            || (lexicons.cues.longestMatch(tokens, at: i, end: end, key: { $0.lower })
                .map { !$0.payload.categories.intersection([.firm, .hedged, .refused, .speech, .directive, .event]).isEmpty } ?? false)
    }

    /// Words between a lone name and its speech verb: "Okafor also told", "Reyes has said", "Lund
    /// initially said" (read in NewsMTSC round-1 errors, twelfth session).
    static let speechVerbFillers = HashIndex<Bool>(set: ["again", "also", "earlier", "had", "has", "initially", "later",
                                                         "previously", "repeatedly", "then"].map(TokenHash.of))

    private func isSpeechVerb(at i: Int, end: Int, tokens: UnsafeBufferPointer<Token>) -> Bool {
        guard i < end, let m = lexicons.cues.longestMatch(tokens, at: i, end: end, key: { $0.lower }) else { return false }
        return m.payload.categories.contains(.speech)
    }

    /// Length of a title at `i`, if one starts there (case-insensitive; capitalized or a bare lowercase
    /// title), and whether it is an office.
    private func titleMatch(at i: Int, end: Int, tokens: UnsafeBufferPointer<Token>) -> (Int, Bool)? {
        guard i < end, tokens[i].kind == .word else { return nil }
        var prefix = 0
        var found = lexicons.titles.longestMatch(tokens, at: i, end: end, key: { $0.lower })
        // A portfolio the titles lexicon does not list, capitalized before "Minister", "Secretary" or
        // "Commissioner": "Mining Minister Aurora Vidal", "Tourism Secretary Ana Ruiz".
        let t = tokens[i]
        if found == nil, t.has(.capitalized), !t.has(.allUpper), i + 2 < end, tokens[i + 1].has(.capitalized),
           ActorDetector.portfolioHeads.contains(tokens[i + 1].lower), lexicons.functionWords[t.lower] == nil,
           !lexicons.nonNames.contains(t.lower), !lexicons.gazetteer.mayStart(with: t.exact),
           tokens[i + 2].has(.capitalized) {
            found = lexicons.titles.longestMatch(tokens, at: i + 1, end: end, key: { $0.lower })
            prefix = 1
        }
        // "Acting Labor Secretary Julie Su", "Interim Mining Minister ...": a standing word before a title.
        if found == nil, ActorDetector.titlePrefixes.contains(t.lower), i + 2 < end,
           let (inner, innerOffice) = titleMatch(at: i + 1, end: end, tokens: tokens) {
            return (1 + inner, innerOffice)
        }
        guard let m = found else { return nil }
        var length = prefix + m.length
        var office = m.payload
        // Extend: "Secretary of State", "Undersecretary of Defense for Policy", "Press Secretary".
        while i + length + 1 < end {
            let c = tokens[i + length]
            if (c.lower == ActorDetector.ofHash || c.lower == ActorDetector.forHash),
               tokens[i + length + 1].has(.capitalized), tokens[i + length + 1].kind == .word,
               i + length + 2 < end, tokens[i + length + 2].has(.capitalized) {
                length += 2
                continue
            }
            if let more = lexicons.titles.longestMatch(tokens, at: i + length, end: end, key: { $0.lower }),
               tokens[i + length].has(.capitalized) || !tokens[i].has(.capitalized) {
                length += more.length
                office = office || more.payload
                continue
            }
            break
        }
        return (length, office)
    }

    /// The name after a title: capitalized name tokens (initials allowed).
    private func parsePersonAfterTitle(titleStart: Int, titleLength: Int, end: Int,
                                       tokens: UnsafeBufferPointer<Token>, document: Document,
                                       titleCase: Bool = false) -> Range<Int>? {
        let from = titleStart + titleLength
        guard let nameEnd = nameRunEnd(from: from, end: end, tokens: tokens, document: document, titleCase: titleCase) else { return nil }
        // A bare lowercase title ("president") needs a capitalized title word or a full name.
        if !tokens[titleStart].has(.capitalized) && nameEnd - from < 2 { return nil }
        return from..<nameEnd
    }

    /// The end of a run of name tokens starting at `from` (1 to 4 tokens), or nil.
    private func nameRunEnd(from: Int, end: Int, tokens: UnsafeBufferPointer<Token>, document: Document,
                            titleCase titleCaseHint: Bool = false) -> Int? {

        var k = from
        var count = 0
        while k < end && count < 4 {
            let c = tokens[k]
            let isName = c.kind == .word && (c.has(.capitalized) || (c.has(.nonASCII) && !c.has(.allUpper)))
                && !c.has(.allUpper)
            let isParticle = count > 0 && (ActorDetector.nameParticles.contains(c.lower) && k + 1 < end
                && tokens[k + 1].has(.capitalized) || ActorDetector.isParticleSurname(c, in: document))
            guard isName || isParticle else { break }
            if lexicons.nonNames.contains(c.lower) {
                // A thing's head word after the run makes the whole run a thing's name: "Kennedy Center",
                // "Time Warner Cable Arena", "Lifetime Achievement Award" (no person "Kennedy").
                if count > 0 && ActorDetector.thingHeads.contains(c.lower) { return nil }
                break
            }
            // "NATO Chief Says No Exemptions": in a Title Case headline a cue word ends the name.
            if titleCaseHint, lexicons.cues.longestMatch(tokens, at: k, end: end, key: { $0.lower }) != nil { break }
            if lexicons.organisationHeads.contains(c.lower) && !c.has(.titleAbbreviation) { break }
            if count > 0, lexicons.gazetteer.longestMatch(tokens, at: k, end: end, key: { $0.exact }) != nil,
               !(c.has(.abbreviation) && c.end - c.start == 2) {
                // "Colby Washington" is rare; "Trump Washington" is two actors.
                let m = lexicons.gazetteer.longestMatch(tokens, at: k, end: end, key: { $0.exact })!
                if !m.payload.contains(where: { $0.type == .person }) { break }
            }
            if count > 0 && lexicons.titles.longestMatch(tokens, at: k, end: k + 1, key: { $0.lower }) != nil && !c.has(.abbreviation) {
                break
            }
            count += 1
            k += 1
        }
        return count > 0 ? k : nil
    }

    /// Acronyms that alone name things, not bodies: "its AI assistant", "on TV", "GDP", "the 737 MAX" (inside a name
    /// they still count: "Mistral AI", "BFM TV").
    static let thingAcronyms = HashIndex<Bool>(set: ["ai", "ceo", "ev", "evs", "gdp", "ipo", "max", "tv"].map(TokenHash.of))

    /// Words of standing before a title: "Acting Labor Secretary", "Interim Finance Minister".
    static let titlePrefixes = HashIndex<Bool>(set: ["acting", "incoming", "interim", "outgoing"].map(TokenHash.of))

    /// Office words a capitalized portfolio may stand before: "Mining Minister", "Tourism Secretary".
    static let portfolioHeads = HashIndex<Bool>(set: ["commissioner", "minister", "secretary"].map(TokenHash.of))

    /// Head words of places, buildings, prizes and polls (all in `non-names.txt`): the capitalized
    /// words before one name the thing, not a person ("Windsor Castle", "Golden Globes", "Getty Images").
    static let thingHeads = HashIndex<Bool>(set: ["airport", "arena", "award", "awards", "bridge", "castle", "cathedral",
                                                  "center", "centre", "garden", "gardens", "globes", "hotel", "images", "medal", "museum",
                                                  "palace", "poll", "polls", "prize", "stadium", "tower"].map(TokenHash.of))

    /// The end of a run of capitalized words (all-capitals included) starting at `from`.
    private func capitalizedRunEnd(from: Int, end: Int, tokens: UnsafeBufferPointer<Token>) -> Int? {
        var k = from
        while k < end, tokens[k].kind == .word, tokens[k].has(.capitalized) || tokens[k].has(.allUpper), k - from < 5 {
            if lexicons.titles.longestMatch(tokens, at: k, end: k + 1, key: { $0.lower }) != nil && k > from { break }
            k += 1
        }
        return k > from ? k : nil
    }

    /// Whether a word is a surname joined to its particle by a hyphen, capitalized after it:
    /// "al-Assad", "el-Sisi", "bin-Salman" (it continues a name: "President Bashar al-Assad").
    static func isParticleSurname(_ t: Token, in document: Document) -> Bool {
        let start = Int(t.start), end = Int(t.end)
        guard end - start >= 4, t.kind == .word, !t.has(.capitalized) else { return false }
        var hyphen = start
        while hyphen < min(end, start + 4), document.bytes[hyphen] != UInt8(ascii: "-") { hyphen += 1 }
        guard hyphen < end - 1, hyphen > start,
              (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(document.bytes[hyphen + 1]) else { return false }
        var h = TokenHash()
        for b in document.bytes[start..<hyphen] { h.add(b | 0x20) }
        return particlePrefixes.contains(h.value)
    }

    /// The particles a hyphen joins to an Arabic surname ("al-", "el-", "bin-", "ibn-", "abu-").
    static let particlePrefixes = HashIndex<Bool>(set: ["al", "el", "bin", "ibn", "abu", "ad", "as", "ash", "az"].map(TokenHash.of))

    static let nameParticles = HashIndex<Bool>(set: ["de", "da", "van", "von", "der", "den", "al", "el", "bin", "la", "le", "du", "dos", "di"].map(TokenHash.of))

    /// The end of a lowercase-modified group noun after a gazetteer name: "leaders", "military leaders".
    private func groupNounEnd(after: Int, end: Int, tokens: UnsafeBufferPointer<Token>) -> Int? {
        var k = after
        var modifiers = 0
        while k < end && modifiers <= 2 {
            let c = tokens[k]
            guard c.kind == .word else { return nil }
            if lexicons.groupNouns.contains(c.lower) || ActorDetector.governmentHeads.contains(c.lower) {
                return k + 1
            }
            if c.has(.capitalized) && !lexicons.organisationHeads.contains(c.lower) {
                // "U.S. Defense officials"
                if modifiers >= 2 { return nil }
            }
            if lexicons.cues.longestMatch(tokens, at: k, end: k + 1, key: { $0.lower }) != nil { return nil }
            modifiers += 1
            k += 1
        }
        return nil
    }

    /// The end of an organisation name starting at `from`: capitalized tokens with "of", "for", "and", "&"
    /// inside, containing a head word ("Ministry of Defence", "Acme Holdings Inc.").
    /// In a Title Case headline (`titleCase`) a name stops before a stance or speech cue:
    /// "Poland Signs Deal for Its First Nuclear Power Plant" is Poland, not one organisation.
    private func organisationEnd(from: Int, end: Int, tokens: UnsafeBufferPointer<Token>, requireHead: Bool,
                                 titleCase: Bool = false) -> Int? {
        var k = from
        var hasHead = false
        var lastCap = -1
        var lastHead = -1
        // No organisation's name is longer: the cap keeps long capitalized runs (a title-case
        // headline, a list of initials) linear instead of rescanned at every token.
        let limit = min(end, from + ActorDetector.longestOrganisationName)
        while k < limit {
            let c = tokens[k]
            if c.kind == .word && (c.has(.capitalized) || c.has(.allUpper)) {
                // (A clause boundary too: "Pharma Giant Halts Price Cuts After Court Ruling".)
                if titleCase, let cue = lexicons.cues.longestMatch(tokens, at: k, end: limit, key: { $0.lower }),
                   !cue.payload.categories.intersection([.firm, .hedged, .refused, .speech, .boundary]).isEmpty {
                    break
                }
                if lexicons.organisationHeads.contains(c.lower) { hasHead = true; lastHead = k }
                lastCap = k
                k += 1
                continue
            }
            // A plural possessive inside a name: "Professional Footballers' Association", "Workers' Party".
            if c.kind == .punctuation, c.has(.closeQuote), c.end - c.start <= 3, lastCap == k - 1, !c.has(.spaceBefore),
               k + 1 < end, tokens[k + 1].has(.capitalized), tokens[k + 1].kind == .word {
                k += 1
                continue
            }
            // "Albion Airways and Skyline Atlantic" are two names: "and" joins only before a head.
            if (c.lower == ActorDetector.ofHash || c.lower == ActorDetector.forHash
                || (c.lower == ActorDetector.andHash && !hasHead)
                || c.lower == ActorDetector.theHash || c.lower == ActorDetector.ampersandHash),
               k + 1 < end, tokens[k + 1].has(.capitalized), lastCap >= 0 {
                k += 1
                continue
            }
            // A lowercase head after a capitalized name: "his Civic Renewal party", "the Labour party".
            if c.kind == .word, lastCap >= from, lastCap == k - 1, !hasHead, lexicons.organisationHeads.contains(c.lower) {
                hasHead = true
                lastCap = k
                k += 1
            }
            break
        }
        guard lastCap >= from, hasHead || !requireHead else { return nil }
        // In a Title Case headline the name ends at its head, unless "of" or "for" continues it: "Pharma
        // Giant Halts Price Cuts" names no body ("Kestrel Pharma Cuts Jobs" names Kestrel Pharma).
        if titleCase, requireHead, lastHead >= from, lastHead < lastCap, lastHead + 1 < end,
           tokens[lastHead + 1].lower != ActorDetector.ofHash, tokens[lastHead + 1].lower != ActorDetector.forHash {
            lastCap = lastHead
        }
        // A head word alone ("Union", "Party") is not a name.
        if lastCap == from && requireHead { return nil }
        return lastCap + 1
    }

    static let ampersandHash = TokenHash.of("&")
    /// Roman numerals after names and wars: never an acronym of an organisation.
    static let romanNumerals = HashIndex<Bool>(set: ["ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii"].map(TokenHash.of))
    /// An all-capitals word of two or more letters: a shouted headline's word, or an acronym.
    static func isShouted(_ t: Token) -> Bool { t.kind == .word && t.has(.allUpper) && t.end - t.start >= 2 }
    static let aHash = TokenHash.of("a")
    static let anHash = TokenHash.of("an")
    /// The most tokens an organisation's name spans ("International Federation of Red Cross and Red
    /// Crescent Societies" is 9).
    static let longestOrganisationName = 12
    /// Verbs that show a singular subject: a sentence-initial unknown name before them is an actor ("Aldermark has").
    static let singularVerbs = HashIndex<Bool>(set: ["has", "is", "was", "will", "would", "could", "said", "says", "announced",
                                                 "plans", "wants", "agreed", "refused", "rejected", "declined"].map(TokenHash.of))
    static let corporateSuffixes = HashIndex<Bool>(set: ["inc.", "corp.", "ltd.", "plc", "llc", "co.", "ag", "sa", "nv", "se", "gmbh"].map(TokenHash.of))

    // MARK: - Adding mentions

    private func addGazetteerMention(_ entry: GazetteerEntry, tokens r: Range<Int>, sentence s: Int,
                                     kindOverride: Mention.Kind?, tokensBuf: UnsafeBufferPointer<Token>,
                                     document: Document, state: inout State) -> Int {
        let range = Int(tokensBuf[r.lowerBound].start)..<Int(tokensBuf[r.upperBound - 1].end)
        let surface = document.text(of: range)
        if entry.type == .person {
            let actor = state.table.actor(named: entry.canonical, type: .person, affiliation: entry.affiliation)
            state.table.addSurface(surface, to: actor)
            var m = Mention(tokens: r, range: range, sentence: s, kind: .person, actor: actor)
            m.isPossessive = r.upperBound < document.tokens.count && tokensBuf[r.upperBound].lower == ActorDetector.possessiveHash
            state.table.mentions.append(m)
            state.lastPerson = (actor, s)
            registerSurname(actor: actor, tokens: r, tokensBuf: tokensBuf, state: &state)
            return r.upperBound
        }
        let actor = state.table.actor(named: entry.canonical, type: entry.type, affiliation: entry.affiliation)
        state.table.addSurface(surface, to: actor)
        let kind: Mention.Kind
        switch kindOverride ?? .name {
        case .name:
            switch entry.role {
            case .capital: kind = .capital
            case .seat: kind = .seat
            case .demonym: kind = .demonym
            default: kind = .name
            }
        default: kind = kindOverride!
        }
        var m = Mention(tokens: r, range: range, sentence: s, kind: kindOverride == nil ? kind : kindOverride!, actor: actor)
        m.isPossessive = r.upperBound < document.tokens.count && tokensBuf[r.upperBound].lower == ActorDetector.possessiveHash
        state.table.mentions.append(m)
        state.noteThing(actor, sentence: s)
        if entry.type == .country { state.lastCountry = (actor, s) }
        return r.upperBound
    }

    private func addOrganisation(_ r0: Range<Int>, affiliation: String?, sentence s: Int,
                                 tokens: UnsafeBufferPointer<Token>, document: Document, state: inout State) -> Int {
        // "The Nigeria Labour Congress" is named without its article.
        var r = r0
        if r.count > 1, tokens[r.lowerBound].lower == ActorDetector.theHash { r = (r.lowerBound + 1)..<r.upperBound }
        let range = Int(tokens[r.lowerBound].start)..<Int(tokens[r.upperBound - 1].end)
        // The canonical name drops a corporate suffix: "Kestrel Motors Inc." is "Kestrel Motors".
        var nameEnd = r.upperBound
        if r.count > 1, ActorDetector.corporateSuffixes.contains(tokens[r.upperBound - 1].lower) { nameEnd -= 1 }
        let name = document.text(of: Int(tokens[r.lowerBound].start)..<Int(tokens[nameEnd - 1].end))
        let actor: Int
        if r.count == 1, let known = state.shortNames[tokens[r.lowerBound].exact] {
            actor = known
        } else {
            actor = state.table.actor(named: name, type: .organisation, affiliation: affiliation)
        }
        if r.count > 1, state.shortNames[tokens[r.lowerBound].exact] == nil,
           !lexicons.nonNames.contains(tokens[r.lowerBound].lower), lexicons.functionWords[tokens[r.lowerBound].lower] == nil,
           !lexicons.organisationHeads.contains(tokens[r.lowerBound].lower) {
            state.shortNames[tokens[r.lowerBound].exact] = actor
        }
        state.table.addSurface(name, to: actor)
        // A name ending in a noun for a body ("FNV union", "Kestrel Group"): "the union" later means it.
        if r.count > 1, lexicons.references[tokens[r.upperBound - 1].lower] != nil {
            state.namedNouns[tokens[r.upperBound - 1].lower] = (actor, s)
        }
        var m = Mention(tokens: r, range: range, sentence: s, kind: .organisation, actor: actor)
        m.isPossessive = r.upperBound < document.tokens.count && tokens[r.upperBound].lower == ActorDetector.possessiveHash
        state.table.mentions.append(m)
        state.noteThing(actor, sentence: s)
        return r.upperBound
    }

    private func addKnownPerson(_ actor: Int, tokens r: Range<Int>, sentence s: Int, tokensBuf: UnsafeBufferPointer<Token>,
                                document: Document, state: inout State) -> Int {
        let range = Int(tokensBuf[r.lowerBound].start)..<Int(tokensBuf[r.upperBound - 1].end)
        state.table.addSurface(document.text(of: range), to: actor)
        var m = Mention(tokens: r, range: range, sentence: s, kind: .person, actor: actor)
        m.isPossessive = r.upperBound < document.tokens.count && tokensBuf[r.upperBound].lower == ActorDetector.possessiveHash
        state.table.mentions.append(m)
        state.lastPerson = (actor, s)
        return r.upperBound
    }

    /// Adds a person from a name range, resolving it to a gazetteer person or an earlier full name,
    /// and reading an appositive affiliation ("X, the U.S. Undersecretary of ...,").
    private func addPerson(nameRange r: Range<Int>, affiliation: String?, sentence s: Int,
                           tokens: UnsafeBufferPointer<Token>, document: Document, state: inout State,
                           end: Int) -> Int {
        // A gazetteer person by full name or alias.
        if let m = lexicons.gazetteer.longestMatch(tokens, at: r.lowerBound, end: r.upperBound, key: { $0.exact }),
           m.length == r.count, let p = m.payload.first(where: { $0.type == .person }) {
            var entry = p
            let appositive = appositiveAffiliation(after: r.upperBound, end: end, tokens: tokens)
            if entry.affiliation == nil { entry.affiliation = affiliation ?? appositive?.affiliation }
            let next = addGazetteerMention(entry, tokens: r, sentence: s, kindOverride: nil, tokensBuf: tokens,
                                           document: document, state: &state)
            return max(next, appositive?.end ?? next)
        }
        // The surname of a person already named.
        if r.count == 1, let known = state.surnames[tokens[r.lowerBound].exact] {
            return addKnownPerson(known, tokens: r, sentence: s, tokensBuf: tokens, document: document, state: &state)
        }
        // A surname-only mention of a gazetteer person ("Mr. Trump", "President Trump"); "Rick Navarro"
        // is not "Peter Navarro".
        if r.count == 1, let last = r.last, let m = lexicons.gazetteer.longestMatch(tokens, at: last, end: last + 1, key: { $0.exact }),
           let p = m.payload.first(where: { $0.type == .person && $0.role == .alias }) {
            return addGazetteerMention(p, tokens: r, sentence: s, kindOverride: nil, tokensBuf: tokens,
                                       document: document, state: &state)
        }
        let range = Int(tokens[r.lowerBound].start)..<Int(tokens[r.upperBound - 1].end)
        let name = document.text(of: range)
        let appositive = affiliation == nil ? appositiveAffiliation(after: r.upperBound, end: end, tokens: tokens) : nil
        // "Marta Kovač, the EU's foreign policy chief,": an appositive title is an office.
        if let app = appositive, (r.upperBound..<app.end).contains(where: { k in
            lexicons.titles.longestMatch(tokens, at: k, end: app.end, key: { $0.lower })?.payload == true }) {
            state.pendingOffice = true
        }
        // "Martin Kessler, its chief executive,": an office title in a closed appositive that names no
        // affiliation.
        if appositive == nil && affiliation == nil && appositiveOffice(after: r.upperBound, end: end, tokens: tokens) {
            state.pendingOffice = true
        }
        // "Whisper's president, Meredith Kane,": the possessor of an office title closed by a comma right
        // before the name is the person's affiliation, and the person holds the office.
        var titleOwner: String? = nil
        if affiliation == nil, appositive == nil, let owner = possessorOfTitle(beforeName: r.lowerBound, state: state, tokens: tokens) {
            titleOwner = state.table.actors[owner].name
            state.pendingOffice = true
        }
        // "German Interior Ministry spokesman Tobias K. Engel": the group or organisation right before the name.
        var adjacent: String? = nil
        if affiliation == nil, let last = state.table.mentions.last, last.tokens.upperBound == r.lowerBound, last.actor >= 0 {
            let a = state.table.actors[last.actor]
            if last.kind == .group { adjacent = a.affiliation } else if a.type == .organisation || a.type == .country { adjacent = a.name }
            if last.kind == .group && state.table.actors[last.actor].holdsOffice { state.pendingOffice = true }
        }
        let aff = affiliation ?? appositive?.affiliation ?? titleOwner ?? adjacent
        let actor = state.table.actor(named: name, type: .person, affiliation: aff)
        state.table.addSurface(name, to: actor)
        var m = Mention(tokens: r, range: range, sentence: s, kind: .person, actor: actor)
        m.isPossessive = r.upperBound < document.tokens.count && tokens[r.upperBound].lower == ActorDetector.possessiveHash
        state.table.mentions.append(m)
        state.lastPerson = (actor, s)
        registerSurname(actor: actor, tokens: r, tokensBuf: tokens, state: &state)
        if state.pendingOffice {
            state.table.actors[actor].holdsOffice = true
            state.pendingOffice = false
        }
        // The appositive's country is the person's affiliation, not an actor mention of its own.
        return appositive?.end ?? r.upperBound
    }

    private func registerSurname(actor: Int, tokens r: Range<Int>, tokensBuf: UnsafeBufferPointer<Token>, state: inout State) {
        guard r.count >= 2, let last = r.last else { return }
        state.surnames[tokensBuf[last].exact] = actor
    }

    /// Whether a comma-closed appositive of at most `Tuning.appositiveOfficeReach` tokens right after
    /// token `i` holds an office title: ", its chief executive,", ", the bank's president,".
    private func appositiveOffice(after i: Int, end: Int, tokens: UnsafeBufferPointer<Token>) -> Bool {
        guard i < end, tokens[i].lower == ActorDetector.commaHash else { return false }
        var k = i + 1
        var sawTitle = false
        while k < end && k <= i + Tuning.appositiveOfficeReach {
            if tokens[k].lower == ActorDetector.commaHash { return sawTitle }
            if tokens[k].has(.terminal) { return false }
            if lexicons.titles.longestMatch(tokens, at: k, end: end, key: { $0.lower })?.payload == true { sawTitle = true }
            k += 1
        }
        return false
    }

    /// The actor whose office title a comma closes right before a name: "Whisper's president, Meredith
    /// Kane" is Whisper's, "its vice president for operations, Glen Harker" the resolved "its"'s. The
    /// possessor is the last mention, an organisation, country or group; between its possessive and the
    /// comma only lowercase words (at most `Tuning.possessorTitleReach`), one of them starting an office
    /// title of the titles lexicon (not "Hale's critics, Ann Lee and ...").
    private func possessorOfTitle(beforeName nameStart: Int, state: State, tokens: UnsafeBufferPointer<Token>) -> Int? {
        let comma = nameStart - 1
        guard comma >= 0, tokens[comma].lower == ActorDetector.commaHash, let owner = state.table.mentions.last,
              owner.isPossessive, owner.actor >= 0, state.table.actors[owner.actor].type != .person else { return nil }
        let from = owner.kind == .pronoun ? owner.tokens.upperBound : owner.tokens.upperBound + 1
        guard from < comma, comma - from <= Tuning.possessorTitleReach else { return nil }
        var office = false
        for k in from..<comma {
            guard tokens[k].kind == .word, !tokens[k].has(.capitalized) else { return nil }
            if lexicons.titles.longestMatch(tokens, at: k, end: comma, key: { $0.lower })?.payload == true { office = true }
        }
        return office ? owner.actor : nil
    }

    /// An affiliation from an appositive: ", the U.S. Undersecretary of Defense," or ", a spokesperson for NATO,".
    private func appositiveAffiliation(after i: Int, end: Int, tokens: UnsafeBufferPointer<Token>) -> (affiliation: String, end: Int)? {
        guard i < end, tokens[i].lower == ActorDetector.commaHash else { return nil }
        var k = i + 1
        var sawTitle = false
        while k < end && k < i + 12 {
            let c = tokens[k]
            if c.lower == ActorDetector.commaHash || c.has(.terminal) { break }
            if lexicons.titles.longestMatch(tokens, at: k, end: end, key: { $0.lower }) != nil { sawTitle = true }
            if c.has(.capitalized) || c.has(.allUpper),
               let m = lexicons.gazetteer.longestMatch(tokens, at: k, end: end, key: { $0.exact }) {
                let e = preferredEntry(m.payload)
                if e.type != .person {
                    // The title must be there too ("the U.S. Undersecretary", "Germany's defence minister").
                    var look = k + m.length
                    while look < end && look < k + m.length + 4 {
                        if lexicons.titles.longestMatch(tokens, at: look, end: end, key: { $0.lower }) != nil { sawTitle = true }
                        look += 1
                    }
                    guard sawTitle else { return nil }
                    // The appositive ends at the next comma or the end of the clause.
                    var close = k + m.length
                    while close < end && tokens[close].lower != ActorDetector.commaHash && !tokens[close].has(.terminal) { close += 1 }
                    return (e.canonical, close)
                }
                k += m.length
                continue
            }
            k += 1
        }
        return nil
    }
}
