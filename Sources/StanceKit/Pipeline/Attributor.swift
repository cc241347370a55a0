/// Decides which actors each commitment cue belongs to.
///
/// Rules, in the label guide's terms:
/// - A cue belongs to the subject of its clause: the nearest mention before it
///   in the same clause that opens the clause or follows a comma, conjunction,
///   "that" or an agent noun ("troops from the UK"), with every member of a
///   coordinated list ("the UK, France, and ..."). With none before it, an
///   inverted subject after it ("said Trump").
/// - Reported speech: the speaker of "X said (that) ...", "according to X, ...",
///   or a quotation shares the stance of the reported clause when it speaks for
///   its subject: the same actor ("Trump stated that he will not ..."), a first
///   person ("we will"), or an affiliation ("According to Colby, Washington
///   will not ..."). A softening verb ("suggested", "hinted") makes the shared
///   stance hedged; a prediction ("analysts expect X to") hedges it for X and
///   gives the predictor nothing.
/// - An actor that is only an object, a prepositional complement or a
///   possessive gets no cue; an actor urged or asked to act gets none, and
///   neither does the one who urges (cues after a directive are blocked). A commitment
///   noun owned by a possessor ("critics attacked Hale's pledge to ...") is the possessor's alone.
/// - An actor used as a noun modifier gets the cues right around it ("limited
///   U.S. support", "will not send U.S. soldiers").
///
///     let attributions = Attributor(lexicons: lexicons).attribute(document, table: table, analyses: analyses)
public struct Attributor: Sendable {
    public let lexicons: LexiconSet

    public init(lexicons: LexiconSet) {
        self.lexicons = lexicons
    }

    /// One sentence's cues and clauses, as the scope stage left them.
    public struct SentenceCues: Sendable {
        public var cues: [Cue]
        /// Clause index of each token of the sentence (0 = its first token).
        public var clauseOf: [Int]
        public init(cues: [Cue], clauseOf: [Int]) {
            self.cues = cues
            self.clauseOf = clauseOf
        }
    }

    /// A reported clause: who speaks, which tokens are reported, how.
    struct Report {
        var speaker: Int?          // mention index
        var content: Range<Int>    // token range
        var softening: Bool        // suggested, hinted
        var prediction: Bool
        var threat = false         // threatened that ..., warned that ...
        var declined = false       // declined to say whether ...: what it would do is refused
        var promise = false        // promised that ..., vowed that ...: the speaker commits to what it reports
    }

    /// Attributes the cues of every sentence; returns one `Attribution` per mention of `table`, in order.
    public func attribute(_ document: Document, table: ActorTable, sentences: [SentenceCues]) -> [Attribution] {
        var result: [Attribution] = table.mentions.enumerated().map {
            Attribution(mention: $0.offset, actor: $0.element.actor, role: .object)
        }
        let quotes = QuoteTracker().spans(in: document)
        document.tokens.withUnsafeBufferPointer { tokens in
            // Roles first, for every mention.
            for (s, sentence) in document.sentences.enumerated() {
                let mentions = table.mentions(inSentence: s)
                assignRoles(mentions, sentence: sentence, cues: sentences[s], tokens: tokens, document: document,
                            result: &result)
            }
            // Quotation speakers, over the whole document.
            var quoteSpeaker: [Int?] = Array(repeating: nil, count: quotes.count)
            for (q, span) in quotes.enumerated() {
                quoteSpeaker[q] = speaker(of: span, document: document, table: table, sentences: sentences,
                                          tokens: tokens, result: result)
            }
            // A quotation that is a sentence of its own, right after the sentence of a quotation with a
            // speaker, goes on in the same voice: '"... we will not give him away," Laporta said. "If someone
            // pays what he is worth, we will sit down and talk."'
            for q in quotes.indices.dropFirst() where quoteSpeaker[q] == nil && quoteSpeaker[q - 1] != nil {
                let span = quotes[q], previous = quotes[q - 1]
                guard span.hasOpeningMark, previous.close < tokens.count,
                      let s = sentenceIndex(containing: span.open, document: document), s > 0,
                      document.sentences[s].tokens.lowerBound == span.open,
                      let before = sentenceIndex(containing: previous.close, document: document), before == s - 1,
                      span.close >= document.sentences[s].tokens.upperBound - 2,
                      !sentences[s].cues.contains(where: { $0.categories.contains(.speech) && !span.content.contains($0.tokens.lowerBound) })
                else { continue }
                quoteSpeaker[q] = quoteSpeaker[q - 1]
            }
            // Speaker pronouns inside quotations are the quotation's speaker.
            for (m, mention) in table.mentions.enumerated() where mention.isSpeakerPronoun {
                if let q = quotes.firstIndex(where: { $0.content.contains(mention.tokens.lowerBound) }),
                   let sp = quoteSpeaker[q] {
                    result[m].actor = result[sp].actor
                    result[m].inQuote = true
                }
            }
            for (m, mention) in table.mentions.enumerated() {
                if quotes.contains(where: { $0.content.contains(mention.tokens.lowerBound) }) { result[m].inQuote = true }
            }
            // A headline's speaker before a colon speaks what follows: "Dalton: 'I will not vote for
            // Hartley'" -- "I" is Dalton, as inside a quotation.
            for s in document.sentences.indices {
                let mentions = table.mentions(inSentence: s)
                guard let first = mentions.indices.first, colonSpeaker(first, sentence: document.sentences[s], table: table,
                                                                      tokens: tokens, result: result) != nil else { continue }
                for m in mentions.indices where m != first && table.mentions[m].isSpeakerPronoun && result[m].actor < 0 {
                    result[m].actor = result[first].actor
                    result[m].inQuote = true
                }
            }
            // "X said it would ...", "X said that he will ...": the pronoun is the speaker.
            for (s, _) in document.sentences.enumerated() {
                let mentions = table.mentions(inSentence: s)
                for m in mentions.indices where table.mentions[m].kind == .pronoun && !table.mentions[m].isSpeakerPronoun {
                    // The speech verb a few words before: "said it", "said that he", "said on Monday it".
                    let at = table.mentions[m].tokens.lowerBound
                    guard let cue = sentences[s].cues.last(where: { c in
                        c.tokens.upperBound <= at && at - c.tokens.upperBound <= 4
                            && (c.categories.contains(.speech) || c.categories.contains(.prediction))
                            && !(c.tokens.upperBound..<at).contains { tokens[$0].lower == Attributor.comma || tokens[$0].kind != .word }
                            && !mentions.contains { o in o.tokens.lowerBound >= c.tokens.upperBound && o.tokens.lowerBound < at }
                    }) else { continue }
                    // The speech verb's own subject first, not one inside a relative clause between:
                    // "Britain and France, which have sent missiles, said they would".
                    let sentence = document.sentences[s]
                    func subjectBefore(_ o: Int) -> Bool {
                        table.mentions[o].tokens.upperBound <= cue.tokens.lowerBound && result[o].role == .subject && o != m
                    }
                    // Without one, the subject of a coordinated speech verb, as for the report's speaker
                    // ("Airlines including X and Y welcomed the approval but said they would not").
                    let speaker = mentions.indices.last { subjectBefore($0) && Attributor.clause(of: table.mentions[$0].tokens.lowerBound,
                        sentence: sentence, clauseOf: sentences[s].clauseOf) == cue.clause }
                        ?? coordinatedSubject(of: cue, start: sentence.tokens.lowerBound, mentions: mentions, table: table,
                                              result: result, tokens: tokens, document: document)
                        ?? mentions.indices.last(where: subjectBefore)
                    if let sp = speaker, result[sp].actor >= 0 {
                        let speakerType = table.actors[result[sp].actor].type
                        let pronounIsPerson = lexicons.pronouns[tokens[table.mentions[m].tokens.lowerBound].lower]?.kind == .person
                        // A lone capitalized word taken for an organisation may be a surname ("Mendoza said her").
                        let loneName = table.mentions[sp].kind == .organisation && table.mentions[sp].tokens.count == 1
                        if pronounIsPerson == (speakerType == .person) || speakerType == .person || loneName {
                            result[m].actor = result[sp].actor
                        }
                    }
                }
            }
            // Cues, sentence by sentence.
            for (s, sentence) in document.sentences.enumerated() {
                let mentions = table.mentions(inSentence: s)
                attributeCues(sentence: sentence, mentions: mentions, cues: sentences[s], quotes: quotes,
                              quoteSpeaker: quoteSpeaker, tokens: tokens, document: document, table: table,
                              result: &result)
            }
            shareWithPartners(table: table, sentences: sentences, tokens: tokens, document: document, result: &result)
            shareWithPossessors(table: table, tokens: tokens, document: document, result: &result)
            shareWithRepresented(table: table, document: document, result: &result)
            shareWithGroupAffiliations(table: table, result: &result)
        }
        return result
    }

    /// Verbs of a deal made with a partner ("signed contracts with Lithuania and Norway").
    static let dealVerbs = HashIndex<Bool>(set: ["signed", "signs", "sign", "agreed", "agrees", "reached", "reaches", "struck",
                                             "strikes", "sealed", "seals", "concluded", "finalised", "finalized"].map(TokenHash.of))
    static let withHash = TokenHash.of("with")
    /// Nouns of talks under way with a partner ("in talks with the bank", "in negotiations with").
    static let talkNouns = HashIndex<Bool>(set: ["talks", "negotiations"].map(TokenHash.of))

    /// The partners of a deal share its subject's firm cue: "the group had signed contracts worth
    /// €4.3 billion with Lithuania and Norway", "signed a deal with StreamArena and a consortium";
    /// the partners of talks share their hedge: "Kenya and Ghana are in talks with the bank" (the
    /// bank `hedged`, as the team labels such partners).
    /// Only mentions after "with" in the deal verb's clause, with no cue of their own.
    private func shareWithPartners(table: ActorTable, sentences: [SentenceCues], tokens: UnsafeBufferPointer<Token>,
                                   document: Document, result: inout [Attribution]) {
        for (m, mention) in table.mentions.enumerated() where result[m].cues.isEmpty
            && (result[m].role == .prepositional || result[m].role == .object) {
            let sc = sentences[mention.sentence]
            let start = mention.phraseStart
            let others = table.mentions(inSentence: mention.sentence)
            // A descriptor's modifier is no partner: "U.S." of "with U.S. firm Cascade Nuclear", "Chinese"
            // of "with the Chinese manufacturer Huaxin Electric" (the named firm is).
            if mention.kind != .pronoun, mention.kind != .person, descriptorWords(from: mention.tokens.upperBound, tokens: tokens)
                .map({ end in others.contains { $0.phraseStart == end && $0.kind != .pronoun } }) ?? false { continue }
            // Lowercase descriptor words right before the mention ("firm", "manufacturer").
            var descriptorStart = start
            while descriptorStart - 1 > 0, start - descriptorStart < Tuning.partnerDescriptorWords,
                  isDescriptorWord(tokens[descriptorStart - 1]) {
                descriptorStart -= 1
            }
            // Past the descriptor's modifier too ("U.S.", "the Chinese").
            if descriptorStart < start, let modifier = others.last(where: { $0.tokens.upperBound == descriptorStart }) {
                descriptorStart = modifier.phraseStart
            }
            if result[m].role == .object && descriptorStart == start { continue }
            // "with" before the mention, or before the first item of its list ("with Lithuania and Norway").
            let sentenceStart = document.sentences[mention.sentence].tokens.lowerBound
            var k = descriptorStart - 1
            var steps = 0
            while k >= sentenceStart && steps < 12 && tokens[k].lower != Attributor.withHash {
                if tokens[k].kind == .punctuation && tokens[k].lower != Attributor.comma { k = sentenceStart - 1; break }
                k -= 1
                steps += 1
            }
            guard k >= sentenceStart, tokens[k].lower == Attributor.withHash else { continue }
            let withIndex = k
            // Between "with" and the mention only list material: other mentions, commas, "and", determiners.
            let listOnly = ((withIndex + 1)..<descriptorStart).allSatisfy { j in
                tokens[j].lower == Attributor.comma || tokens[j].lower == Attributor.and
                    || lexicons.functionWords[tokens[j].lower] == .determiner
                    || others.contains { $0.phraseStart <= j && j < $0.tokens.upperBound }
            }
            guard listOnly else { continue }
            // The deal verb: a firm cue before "with", its object between ("signed contracts ... with";
            // not "agreed with Spain that ...", an opinion), in the same clause; or a hedged cue of
            // talks right before it ("in talks with").
            guard let ci = sc.cues.lastIndex(where: { c in
                guard c.tokens.upperBound <= withIndex && withIndex - c.tokens.upperBound <= 12 && !c.absorbed else { return false }
                if c.effective == .hedged {
                    return c.tokens.upperBound == withIndex && Attributor.talkNouns.contains(tokens[c.tokens.upperBound - 1].lower)
                }
                return c.tokens.upperBound < withIndex && c.effective == .firm
                    && c.tokens.contains { Attributor.dealVerbs.contains(tokens[$0].lower) }
            }) else { continue }
            let cue = sc.cues[ci]
            let label = cue.effective ?? .firm
            if !sc.clauseOf.isEmpty {
                let lo = document.sentences[mention.sentence].tokens.lowerBound
                guard sc.clauseOf[withIndex - lo] == sc.clauseOf[cue.tokens.lowerBound - lo] else { continue }
            }
            // Shared as the subject got it (conditions and limits included), or as a plain cue.
            var given: Attribution.AttributedCue? = nil
            for o in others.indices where given == nil {
                given = result[o].cues.first { $0.cue == ci && $0.label == label }
            }
            result[m].cues.append((given ?? Attribution.AttributedCue(cue: ci, label: label, via: .partner)).passed(via: .partner))
        }
    }

    /// Whether a token can be a descriptor noun before a name: a plain lowercase word, no function word.
    private func isDescriptorWord(_ t: Token) -> Bool {
        t.kind == .word && !t.has(.capitalized) && !t.has(.allUpper) && lexicons.functionWords[t.lower] == nil
    }

    /// Where a run of one or two descriptor words starting at `i` ends, or nil when there is none.
    private func descriptorWords(from i: Int, tokens: UnsafeBufferPointer<Token>) -> Int? {
        var k = i
        while k < tokens.count, k - i < Tuning.partnerDescriptorWords, isDescriptorWord(tokens[k]) { k += 1 }
        return k > i ? k : nil
    }

    /// A country or organisation shares what a group of its office holders commits to in the same
    /// sentence: "European Union foreign ministers agreed to extend the bloc's naval mission";
    /// an organisation shares what its named office holder commits to: "“We will not shut a
    /// plant,” LEAG chief executive Jens Pohl said" (also through the holder's pronouns).
    private func shareWithGroupAffiliations(table: ActorTable, result: inout [Attribution]) {
        for (m, mention) in table.mentions.enumerated() {
            let a0 = result[m].actor
            guard mention.kind == .group || (a0 >= 0 && table.actors[a0].type == .person
                && (mention.kind == .person || mention.kind == .pronoun || mention.kind == .name)
                && Attributor.sharesWithOrganisation(table.actors[a0], in: table)) else { continue }
            let a = result[m].actor
            guard a >= 0, table.actors[a].holdsOffice, let aff = table.actors[a].affiliation,
                  !result[m].cues.isEmpty else { continue }
            for (o, other) in table.mentions.enumerated() where other.sentence == mention.sentence && o != m {
                let oa = result[o].actor
                guard oa >= 0, table.actors[oa].name == aff, result[o].cues.isEmpty else { continue }
                result[o].cues += result[m].cues.map { $0.passed(via: .speaker) }
            }
        }
    }

    /// Whom an office holder speaks for shares what it commits to: "A spokesman for the Office of
    /// the US Trade Representative declined to comment", "a spokeswoman at the ministry said ...".
    private func shareWithRepresented(table: ActorTable, document: Document, result: inout [Attribution]) {
        for (m, mention) in table.mentions.enumerated() where mention.kind == .group && !result[m].cues.isEmpty {
            let a = result[m].actor
            guard a >= 0, table.actors[a].holdsOffice, table.actors[a].affiliation == nil,
                  m + 1 < table.mentions.count else { continue }
            let next = table.mentions[m + 1]
            let after = mention.tokens.upperBound
            guard next.sentence == mention.sentence, next.kind != .pronoun, next.kind != .person,
                  after < next.phraseStart, next.phraseStart - after <= Attributor.representedReach,
                  Attributor.representedLinks.contains(document.tokens[after].lower),
                  (after + 1..<next.phraseStart).allSatisfy({ document.tokens[$0].kind == .word
                      && (document.tokens[$0].has(.capitalized) || lexicons.functionWords[document.tokens[$0].lower] == .determiner
                          || document.tokens[$0].lower == Attributor.of) }),
                  result[m + 1].cues.isEmpty else { continue }
            result[m + 1].cues += result[m].cues.map { $0.passed(via: .speaker) }
        }
    }

    /// Whether a condition cue is "if" right after "even": a concession, not a condition.
    private func concessive(_ c: Cue, tokens: UnsafeBufferPointer<Token>, start: Int) -> Bool {
        let k = c.tokens.lowerBound
        return k > start && tokens[k - 1].lower == Attributor.even && tokens[k].lower == Attributor.ifHash
    }

    /// Where "with" opens an absolute phrase whose participle is `cue`: "with only 18% voting in
    /// favour", "with Italy and Poland voting against". At most `Tuning.absoluteReach` tokens
    /// between, none a comma or a verb-like word (an auxiliary).
    private func absoluteWith(before cue: Cue, start: Int, tokens: UnsafeBufferPointer<Token>, document: Document) -> Int? {
        let c = cue.tokens.lowerBound
        // Not a gerund after a preposition ("a plan of building a fence").
        guard ScopeResolver.endsWithIng(tokens[c], document.bytes), c > start, functionWord(tokens[c - 1]) != .preposition else { return nil }
        var k = c - 1
        while k >= start && c - k <= Tuning.absoluteReach {
            // A noun phrase between: not "pressed ahead with sending tanks".
            if tokens[k].lower == Attributor.withHash { return c - k >= 2 ? k : nil }
            if tokens[k].lower == Attributor.comma || functionWord(tokens[k]) == .auxiliary { return nil }
            k -= 1
        }
        return nil
    }

    /// The possessor a speaker who holds an office represents: "his" of "his lawyers" or of "his
    /// spokesman Manuel Adorni", "Hale's" of "Hale's aides". Up to `Tuning.representativeGap` tokens may stand between, each a
    /// lowercase word or a group mention ("his chief spokesman"); no comma.
    private func representedOwner(of sp: Int, mentions: ArraySlice<Mention>, table: ActorTable,
                                  tokens: UnsafeBufferPointer<Token>) -> Int? {
        let start = table.mentions[sp].tokens.lowerBound
        // Only an office holder or a body of the possessor speaks for it ("its chief executive", "his
        // lawyers", "Spain's transport ministry"): not "Hale's critics said he would".
        let a = table.mentions[sp].actor
        let span = table.mentions[sp].tokens
        let head = tokens[span.upperBound - 1].lower
        let office = (a >= 0 && table.actors[a].holdsOffice) || lexicons.officeNouns.contains(head)
            || lexicons.references[head] != nil
            || span.contains { lexicons.titles.longestMatch(tokens, at: $0, end: span.upperBound, key: { $0.lower })?.payload == true }
        guard office, let o = mentions.indices.last(where: { table.mentions[$0].isPossessive && table.mentions[$0].tokens.upperBound <= start })
        else { return nil }
        let from = wordsAfter(possessor: table.mentions[o])
        guard from <= start, start - from <= Tuning.representativeGap else { return nil }
        for k in from..<start {
            let inGroup = mentions.contains { $0.kind == .group && $0.tokens.contains(k) }
            if !inGroup && (tokens[k].kind != .word || tokens[k].has(.capitalized)) { return nil }
        }
        return o
    }

    /// Where the words after a possessor start: after "'s" for a name, right after a pronoun.
    private func wordsAfter(possessor m: Mention) -> Int {
        m.kind == .pronoun ? m.tokens.upperBound : m.tokens.upperBound + 1
    }

    /// "spokesman for", "spokeswoman at", "representative of", "spokesperson from".
    static let representedLinks = HashIndex<Bool>(set: ["for", "of", "at", "from"].map(TokenHash.of))
    /// How many tokens after the office holder the one it speaks for may start ("for the Office of the US ...").
    static let representedReach = 5

    /// Whether a mention is a person's name with no title before it and no appositive after it
    /// ("Haddad told reporters the company might delay the launch"): nothing marks them as someone
    /// who speaks only for themself ("Analyst Ben Cole", "Petra Vogel, a veteran of the industry,").
    private func bareNamedPerson(_ m: Int, table: ActorTable, tokens: UnsafeBufferPointer<Token>) -> Bool {
        let mention = table.mentions[m]
        guard mention.kind == .person, mention.actor >= 0, table.actors[mention.actor].type == .person,
              mention.phraseStart == mention.tokens.lowerBound else { return false }
        let after = mention.tokens.upperBound
        return after >= tokens.count || tokens[after].lower != Attributor.comma
    }

    /// Words that open a contrast with what was said: ", while Manila has declined", ", whereas".
    static let writersContrast = HashIndex<Bool>(set: ["whereas", "while"].map(TokenHash.of))

    /// Whether a past act of commitment or speech starts right after the "and" at `and` (an adverb
    /// such as "also" may stand between): "... and vowed to pursue damages", "... and declined to
    /// comment", "... and offered discounts".
    private func speakersOwnAct(after and: Int, cues: [Cue], end: Int, tokens: UnsafeBufferPointer<Token>,
                                document: Document) -> Bool {
        var k = and + 1
        if k < end, Attributor.endsWithLy(tokens[k], document.bytes) || Attributor.sequenceAdverbs.contains(tokens[k].lower) { k += 1 }
        guard k < end, ScopeResolver.endsWithEd(tokens[k], document.bytes),
              let c = cues.first(where: { $0.tokens.lowerBound == k }) else { return false }
        return !c.categories.intersection([.firm, .hedged, .refused, .threat, .speech]).isEmpty
    }

    /// Whether mention `m` is a lone unknown capitalized word the detector took for an organisation
    /// by default, with no descriptor, title or appositive: "Santoso said ...", "Mehta said the
    /// government would ..." (as often the surname of an official named in full earlier as a company).
    private func loneUnknownName(_ m: Int, table: ActorTable, tokens: UnsafeBufferPointer<Token>) -> Bool {
        let mention = table.mentions[m]
        guard mention.kind == .organisation, mention.actor >= 0, mention.tokens.count == 1,
              mention.phraseStart == mention.tokens.lowerBound, table.actors[mention.actor].affiliation == nil,
              !tokens[mention.tokens.lowerBound].has(.allUpper) else { return false }
        let after = mention.tokens.upperBound
        return after >= tokens.count || tokens[after].lower != Attributor.comma
    }

    /// Whether "the NOUN" (one lowercase word may stand between: "the federal government") of the
    /// references lexicon ends right before `at` or before the auxiliaries that open its verb
    /// ("said the group had signed"), inside `content`, and is no mention: "said the
    /// government would" when no government was named before.
    /// With `publicOnly`, only a noun that can refer to a country or region ("the government", "the
    /// administration"), not "the group".
    private func unresolvedReference(before at: Int, in content: Range<Int>, mentions: ArraySlice<Mention>,
                                     tokens: UnsafeBufferPointer<Token>, publicOnly: Bool = false) -> Bool {
        var noun = at - 1
        while noun > content.lowerBound, at - noun <= Tuning.referenceAuxiliaryRun, functionWord(tokens[noun]) == .auxiliary {
            noun -= 1
        }
        guard noun - 1 >= content.lowerBound, tokens[noun].kind == .word, let reference = lexicons.references[tokens[noun].lower],
              !mentions.contains(where: { $0.tokens.contains(noun) }) else { return false }
        if publicOnly && !reference.types.contains(.country) && !reference.types.contains(.region) { return false }
        let article: Int
        if tokens[noun - 1].lower == Attributor.the {
            article = noun - 1
        } else if noun - 2 >= content.lowerBound && tokens[noun - 2].lower == Attributor.the
            && tokens[noun - 1].kind == .word && !tokens[noun - 1].has(.capitalized) {
            article = noun - 2
        } else {
            return false
        }
        // Not the object of a preposition: "firms hiring across the country can't be relied on" (the
        // subject is further back).
        return article - 1 < content.lowerBound || functionWord(tokens[article - 1]) != .preposition
    }

    /// Whether a modal refusal names what would change it, later in its clause: "would not back the
    /// package without guarantees", "will not return until management makes an offer". The guide:
    /// a condition softens, so the refusal leaves a door open. Not a past refusal ("rejected the
    /// bill without debate").
    private func namesItsPrice(_ cue: Cue, tokens: UnsafeBufferPointer<Token>, end: Int, clause: (Int) -> Int) -> Bool {
        guard Attributor.refusalModals.contains(tokens[cue.tokens.lowerBound].lower) else { return false }
        var k = cue.tokens.upperBound
        while k < end && clause(k) == cue.clause {
            // Not a quoted verdict: "a case it described as “without merit”".
            if tokens[k].lower == Attributor.without || tokens[k].lower == Attributor.until,
               !tokens[k - 1].has(.openQuote), tokens[k - 1].lower != Attributor.as {
                return true
            }
            k += 1
        }
        return false
    }

    /// Whether a modal cue has a subject of its own that names no actor, between the would-be
    /// subject and the cue: an article and up to three lowercase words ("the judge said the account
    /// could be true", "Indeed, the move could avoid ..."), or a generic pronoun ("you might
    /// expect"). That is the modal's subject.
    private func nounPhraseSubject(of cue: Cue, after subjectEnd: Int, mentions: ArraySlice<Mention>,
                                   tokens: UnsafeBufferPointer<Token>, document: Document) -> Bool {
        guard functionWord(tokens[cue.tokens.lowerBound]) == .auxiliary
            || Attributor.predicateAdjectives.contains(tokens[cue.tokens.lowerBound].lower) else { return false }
        // A generic subject: "what you might expect", "one could argue".
        if cue.tokens.lowerBound - 1 >= subjectEnd, Attributor.genericSubjects.contains(tokens[cue.tokens.lowerBound - 1].lower) {
            return true
        }
        var k = cue.tokens.lowerBound - 1
        var words = 0
        while k >= subjectEnd, words < 3, tokens[k].kind == .word, !tokens[k].has(.capitalized), functionWord(tokens[k]) == nil,
              !Attributor.endsWithLy(tokens[k], document), !mentions.contains(where: { $0.tokens.contains(k) }) {
            k -= 1
            words += 1
        }
        // A name modifying the noun after an article: "The Macron health bill would cover ..." (the
        // bill covers). Not a body that acts for the name ("the Trump administration will", "the Biden
        // campaign would not") or an owned act noun ("the Warren plan would": the owner's, read elsewhere).
        if words > 0, k == subjectEnd - 1, let named = mentions.last(where: { $0.tokens.upperBound == subjectEnd }),
           named.phraseStart > 0, ScopeResolver.articles.contains(tokens[named.phraseStart - 1].lower) {
            let head = cue.tokens.lowerBound - 1
            return lexicons.references[tokens[head].lower] == nil && !Attributor.actingForName.contains(tokens[head].lower)
                && lexicons.cues.longestMatch(tokens, at: head, end: head + 1, key: { $0.lower }) == nil
        }
        // After an article, or after "that" opening the clause: "fearing that weak demand could push".
        guard words > 0, k >= subjectEnd,
              ScopeResolver.articles.contains(tokens[k].lower) || tokens[k].lower == Attributor.that else { return false }
        return !mentions.contains { $0.tokens.contains(k) }
    }

    /// Whether the auxiliary cue opens a relative clause of a noun naming no actor, or an embedded
    /// question about things, after the subject candidate ending at `subjectEnd`: "was central
    /// to drafting rules that would let towns borrow", "rejected any plan which would force them",
    /// "wouldn't discuss what sectors might qualify", "asked what might happen". The noun (or the
    /// question word) is the modal's subject, so the cue is nobody's (nor a promise's or a measure's:
    /// the clause describes the noun).
    private func relativeOfThing(_ cue: Cue, after subjectEnd: Int, mentions: ArraySlice<Mention>,
                                 tokens: UnsafeBufferPointer<Token>) -> Bool {
        let c = cue.tokens.lowerBound
        guard functionWord(tokens[c]) == .auxiliary else { return false }
        func plainWord(_ k: Int) -> Bool {
            tokens[k].kind == .word && !tokens[k].has(.capitalized) && !mentions.contains(where: { $0.tokens.contains(k) })
        }
        // "legislation that would": the noun right before the relative pronoun.
        if c - 2 >= subjectEnd, tokens[c - 1].lower == Attributor.that || tokens[c - 1].lower == ScopeResolver.which {
            return plainWord(c - 2) && functionWord(tokens[c - 2]) == nil
        }
        // "what (sectors or countries) might": up to four plain words after "what" or "which".
        var k = c - 1
        while k >= subjectEnd, c - 1 - k < Tuning.embeddedQuestionReach, plainWord(k),
              tokens[k].lower != Attributor.what, tokens[k].lower != ScopeResolver.which {
            k -= 1
        }
        return k >= subjectEnd && (tokens[k].lower == Attributor.what || tokens[k].lower == ScopeResolver.which)
    }

    /// The group mention that `m` is the complement of, when it acts: "Shareholders of Atlas Energy",
    /// "Governors of at least six states", "workers at the plant". `mentions` are the candidates.
    private func groupHead(of m: Int, mentions: [Int], table: ActorTable, result: [Attribution],
                           tokens: UnsafeBufferPointer<Token>, start: Int) -> Int? {
        var q = table.mentions[m].phraseStart - 1
        while q > start, functionWord(tokens[q]) == .determiner || tokens[q].kind == .number
                || Attributor.quantifierWords.contains(tokens[q].lower)
                || (tokens[q].lower == Attributor.at && Attributor.quantifierWords.contains(tokens[q + 1].lower)) {
            q -= 1
        }
        guard q > start, Attributor.groupLinks.contains(tokens[q].lower) else { return nil }
        return mentions.last { table.mentions[$0].tokens.upperBound == q && table.mentions[$0].kind == .group
            && result[$0].role == .subject }
    }

    /// A limit in a verbless clause right after the cue's clause limits the cue: "said Kinshasa
    /// would provide armed escorts, but only on main roads", "would keep exports lower, but only
    /// by 300,000 barrels". Not when that clause has a stance cue of its own ("but only Spain will").
    private func trailingLimit(after cue: Cue, cues: [Cue], tokens: UnsafeBufferPointer<Token>) -> Bool {
        guard let limit = cues.first(where: { $0.categories.contains(.limiter) && $0.clause == cue.clause + 1 }),
              limit.tokens.lowerBound >= 1 else { return false }
        let before = tokens[limit.tokens.lowerBound - 1].lower
        guard before == Attributor.but || before == Attributor.comma || Attributor.limitOpeners.contains(before) else { return false }
        return !cues.contains { $0.clause == limit.clause && $0.effective != nil && !$0.absorbed }
    }

    /// The form of be that makes the participle at `at` passive: right before it ("was fined"), before
    /// an adverb before it ("was later released"), or before a coordinated participle ("was detained
    /// and then convicted", "were fined and banned").
    private func passiveBe(before at: Int, start: Int, tokens: UnsafeBufferPointer<Token>, document: Document) -> Int? {
        var k = at - 1
        guard k >= start else { return nil }
        if Attributor.beForms.contains(tokens[k].lower) { return k }
        // An adverb between: "was later released", "were formally charged".
        if k - 1 >= start, Attributor.beForms.contains(tokens[k - 1].lower),
           Attributor.endsWithLy(tokens[k], document) || Attributor.sequenceAdverbs.contains(tokens[k].lower) { return k - 1 }
        guard ScopeResolver.endsWithEd(tokens[at], document.bytes) else { return nil }
        if Attributor.endsWithLy(tokens[k], document) || Attributor.sequenceAdverbs.contains(tokens[k].lower) { k -= 1 }
        guard k - 2 >= start, tokens[k].lower == Attributor.and, ScopeResolver.endsWithEd(tokens[k - 1], document.bytes),
              Attributor.beForms.contains(tokens[k - 2].lower) else { return nil }
        return k - 2
    }

    /// Whether the verb after a modal puts a measure into effect: "would take effect", "will go
    /// ahead", "would continue", "will apply to all banks" (not a prediction of its effects: "would
    /// boost growth").
    private func implementsMeasure(_ cue: Cue, end: Int, tokens: UnsafeBufferPointer<Token>) -> Bool {
        guard ScopeResolver.isModal(cue, tokens) else { return false }
        let k = ScopeResolver.verbAfterModal(cue, end: end, tokens: tokens)
        guard k < end else { return false }
        if Attributor.measureVerbs.contains(tokens[k].lower) { return true }
        guard k + 1 < end, let second = Attributor.measurePhrases[tokens[k].lower] else { return false }
        return tokens[k + 1].lower == second
    }

    /// Verbs that put a measure into effect, after a modal: "the ban would stand".
    static let measureVerbs = HashIndex<Bool>(set: ["apply", "begin", "continue", "proceed", "resume", "stand", "start"]
        .map(TokenHash.of))
    /// Two-word ones, first word to second: "take effect", "go ahead", "come into force".
    static let measurePhrases = HashIndex<UInt64>([TokenHash.of("take"): TokenHash.of("effect"),
                                                   TokenHash.of("go"): TokenHash.of("ahead"),
                                                   TokenHash.of("come"): TokenHash.of("into")])

    /// Words in -ing that describe a name rather than take it as an object: "Acting Director ...".
    static let ingDescriptors = HashIndex<Bool>(set: ["acting", "competing", "founding", "governing", "incoming", "leading",
                                                      "managing", "outgoing", "presiding", "reigning", "remaining", "ruling",
                                                      "sitting", "striking", "visiting"].map(TokenHash.of))
    /// "later", "then", "eventually", "also" between coordinated participles (or between "was" and
    /// its participle).
    static let sequenceAdverbs = HashIndex<Bool>(set: ["later", "then", "eventually", "also", "often"].map(TokenHash.of))

    /// Groups that stand outside the actor they are "of": "creditors of Sunhe Group rejected the plan",
    /// "critics of the mayor" do not act for it, as "leaders of France" and "troops from the UK" do.
    static let outsiderNouns = HashIndex<Bool>(set: ["allies", "analysts", "bondholders", "clients", "competitors",
        "counterparts", "creditors", "critics", "customers", "donors", "economists", "experts", "fans", "investors",
        "lenders", "opponents", "partners", "protesters", "residents", "rivals", "shareholders", "supporters",
        "voters"].map(TokenHash.of))

    /// "expect" as a prediction verb that takes an object and an infinitive.
    static let expectForms = HashIndex<Bool>(set: ["expect", "expects", "expected", "expecting"].map(TokenHash.of))

    /// Words of an allegation before "of" + an -ing form: "accused X of blocking aid", "suspected of".
    static let allegationWords = HashIndex<Bool>(set: ["accuse", "accused", "accuses", "accusing", "convicted", "guilty",
                                                       "suspected"].map(TokenHash.of))

    /// Adjectives whose cue takes a noun phrase as subject like a modal does: "a stance likely to anger
    /// Riyadh", "a deal expected to close in May" (the stance, the deal: nobody's commitment).
    static let predicateAdjectives = HashIndex<Bool>(set: ["expected", "likely", "poised", "set", "unlikely"].map(TokenHash.of))

    /// Speech verbs that commit the speaker to what they report.
    static let promiseVerbs = HashIndex<Bool>(set: ["promise", "promised", "promises", "pledge", "pledged", "pledges",
                                                    "vow", "vowed", "vows"].map(TokenHash.of))

    /// Words before a trailing "only": "but only", "though only", "and only".
    static let limitOpeners = HashIndex<Bool>(set: ["but", "though", "although", "and", "yet"].map(TokenHash.of))

    /// Whether a person's commitments are its organisation's: it holds an office there.
    static func sharesWithOrganisation(_ actor: Actor, in table: ActorTable) -> Bool {
        guard actor.holdsOffice, let aff = actor.affiliation, let o = table.find(aff) else { return false }
        return table.actors[o].type == .organisation
    }

    /// A possessor of a speaker's title shares what the speaker receives: "the airport's chief
    /// executive, Thomas Woodley, said ..." speaks for the airport, and so does "the union" in
    /// "... said Helen Okafor, the union's general secretary."
    private func shareWithPossessors(table: ActorTable, tokens: UnsafeBufferPointer<Token>, document: Document,
                                     result: inout [Attribution]) {
        for (m, mention) in table.mentions.enumerated() where mention.kind != .pronoun && mention.kind != .person {
            guard let holder = titleHolder(of: m, table: table, tokens: tokens, document: document) else { continue }
            // The person's cues in the sentence, through any of its mentions: "“We are not going to
            // sell below cost,” Ostara’s chief executive, Martin Weir, said" (the quotation's "We").
            let person = result[holder].actor
            var sources = [holder]
            if person >= 0 {
                for o in table.mentions(inSentence: mention.sentence).indices where o != holder && result[o].actor == person {
                    sources.append(o)
                }
            }
            var added: [Int] = result[m].cues.map(\.cue)
            for o in sources {
                for c in result[o].cues where !added.contains(c.cue) {
                    result[m].cues.append(c.passed(via: .speaker))
                    added.append(c.cue)
                }
            }
        }
    }

    /// The titled person whose title mention `m` possesses or names, if any: the person right after
    /// ("the airport's chief executive, Thomas Woodley," / "ASLEF general secretary Daniel J. Hurst";
    /// up to two lowercase words may qualify the title: "China’s climate envoy, Zhao Wenhui"), or a
    /// person right before whose appositive it opens ("Helen Okafor, the union's general secretary").
    private func titleHolder(of m: Int, table: ActorTable, tokens: UnsafeBufferPointer<Token>, document: Document) -> Int? {
        let mention = table.mentions[m]
        func lowercaseWords(_ r: Range<Int>) -> Bool {
            r.allSatisfy { tokens[$0].kind == .word && !tokens[$0].has(.capitalized) && lexicons.functionWords[tokens[$0].lower] == nil }
        }
        if m + 1 < table.mentions.count {
            let next = table.mentions[m + 1]
            let gapStart = mention.isPossessive ? mention.tokens.upperBound + 1 : mention.tokens.upperBound
            let gap = next.phraseStart - gapStart
            let adjacent = gap == 0 || (mention.isPossessive && gap > 0 && gap <= 2 && lowercaseWords(gapStart..<next.phraseStart))
            if next.sentence == mention.sentence, next.kind == .person, adjacent, next.phraseStart < next.tokens.lowerBound {
                return m + 1
            }
        }
        // "President Élise Moreau of France", "Prime Minister Narendra Modi of India": a titled person,
        // "of", the country or body; not a region a legislator is elected in ("Senator Harry Reid of
        // Nevada" does not speak for the state).
        if !mention.isPossessive, m >= 1, mention.phraseStart >= 1, tokens[mention.phraseStart - 1].lower == Attributor.of,
           mention.actor >= 0, table.actors[mention.actor].type == .country || table.actors[mention.actor].type == .organisation {
            let previous = table.mentions[m - 1]
            if previous.sentence == mention.sentence, previous.kind == .person, previous.phraseStart < previous.tokens.lowerBound,
               previous.tokens.upperBound == mention.phraseStart - 1 {
                return m - 1
            }
        }
        // "Helen Okafor, the union's general secretary": a person, a comma, "the", the possessor, its
        // title (after up to two lowercase words), then the appositive's end.
        guard mention.isPossessive, m >= 1 else { return nil }
        let previous = table.mentions[m - 1]
        let end = document.sentences[mention.sentence].tokens.upperBound
        var k = mention.phraseStart - 1
        if k >= 0, lexicons.functionWords[tokens[k].lower] == .determiner { k -= 1 }
        guard previous.sentence == mention.sentence, previous.kind == .person, k >= 1, tokens[k].lower == Attributor.comma,
              previous.tokens.upperBound == k else { return nil }
        var t = mention.tokens.upperBound + 1
        for _ in 0...2 {
            if t < end, let title = lexicons.titles.longestMatch(tokens, at: t, end: end, key: { $0.lower }),
               lowercaseWords((mention.tokens.upperBound + 1)..<t) {
                // "general secretary": "general" is a title of its own, so the title must close the appositive.
                let after = t + title.length
                if after >= end || tokens[after].kind == .punctuation { return m - 1 }
            }
            t += 1
        }
        return nil
    }

    // MARK: - Roles

    private func functionWord(_ t: Token) -> LexiconSet.FunctionWord? {
        t.kind == .word ? lexicons.functionWords[t.lower] : nil
    }

    private func isOpenerToken(_ t: Token, _ document: Document) -> Bool {
        if t.kind == .punctuation {
            return t.lower == Attributor.comma || t.lower == ScopeResolver.semicolon || t.lower == ScopeResolver.colon
                || t.has(.openQuote) || t.has(.dash) || t.lower == Attributor.openParen
        }
        if functionWord(t) == .opener { return true }
        // Sentence adverbs: "Initially, Washington", "repeatedly".
        return t.kind == .word && Attributor.endsWithLy(t, document)
    }

    /// Whether a word ends in "-ly", an adverb as a rule: "initially", "flatly", "later" aside.
    static func endsWithLy(_ t: Token, _ document: Document) -> Bool { endsWithLy(t, document.bytes) }

    /// The same over the document's bytes.
    static func endsWithLy(_ t: Token, _ bytes: [UInt8]) -> Bool {
        let e = Int(t.end)
        guard e - Int(t.start) > 3 else { return false }
        return bytes[e - 2] | 0x20 == UInt8(ascii: "l") && bytes[e - 1] | 0x20 == UInt8(ascii: "y")
    }

    /// How far after a closing quotation mark its speech verb may come:
    /// "…,” Parcelwise’s vice president for operations, Glen Harker, said" is 11 tokens.
    static let quoteSpeakerReach = 15
    /// Speech verbs that come before their subject after a quotation or comma: "…,” said Trump".
    static let invertingVerbs = HashIndex<Bool>(set: ["said", "says", "added", "adds", "wrote", "continued", "insisted",
                                                  "explained", "noted", "argued", "stated", "warned", "declared",
                                                  "asked", "replied"].map(TokenHash.of))
    static let beForms = HashIndex<Bool>(set: ["was", "were", "is", "are", "been", "being", "be"].map(TokenHash.of))
    static let subjectPronouns = HashIndex<Bool>(set: ["he", "she", "it", "they", "we", "i"].map(TokenHash.of))
    static let comma = TokenHash.of(",")
    static let the = TokenHash.of("the")
    static let without = TokenHash.of("without")
    static let `as` = TokenHash.of("as")
    static let until = TokenHash.of("until")
    static let on = TokenHash.of("on")
    static let such = TokenHash.of("such")
    /// The second words of "in exchange for", "in return for".
    static let tradeWords = HashIndex<Bool>(set: ["exchange", "return"].map(TokenHash.of))
    static let than = TokenHash.of("than")
    /// Nouns after a name that act for it, beside the references lexicon's bodies: "the Biden campaign
    /// would not comment", "the Trump transition team".
    static let actingForName = HashIndex<Bool>(set: ["aides", "attorneys", "camp", "campaign", "lawyers", "spokesman",
                                                     "spokesperson", "spokeswoman", "staff"].map(TokenHash.of))
    /// Pronouns that stand for nobody in particular: "what you might expect", "one could argue".
    static let genericSubjects = HashIndex<Bool>(set: ["you", "one", "someone", "anyone", "everyone", "nobody"].map(TokenHash.of))
    /// Prepositions of a place phrase between a subject and its verb ("members in England would").
    static let placePrepositions = HashIndex<Bool>(set: ["in", "across", "at", "from"].map(TokenHash.of))
    /// Prepositions joining a group to the actor it belongs to: "shareholders of", "workers at".
    static let groupLinks = HashIndex<Bool>(set: ["of", "at", "from", "in"].map(TokenHash.of))
    /// Words of a quantifier before a group's complement: "of at least six states", "of some" ("at"
    /// only before one of them: "workers at the plant" links).
    static let quantifierWords = HashIndex<Bool>(set: ["least", "most", "more", "than", "some", "all", "many"].map(TokenHash.of))
    static let at = TokenHash.of("at")
    /// Comparatives before "than" and a number: "more than 40 MPs", "fewer than ten states".
    static let how = TokenHash.of("how")
    static let even = TokenHash.of("even")
    static let ifHash = TokenHash.of("if")
    /// Words that set one clause against another: "supported the goals but would not commit".
    static let contrastWords = HashIndex<Bool>(set: ["but", "though", "although", "yet"].map(TokenHash.of))
    static let comparatives = HashIndex<Bool>(set: ["more", "fewer", "less"].map(TokenHash.of))
    /// Numbers written as words, skipped like determiners before a mention: "Four policymakers voted".
    static let numberWordList = ["dozens", "eight", "eleven", "five", "four", "hundreds", "nine", "seven", "six", "ten",
                                 "thousands", "three", "twelve", "two"]
    static let numberWords = HashIndex<Bool>(set: numberWordList.map(TokenHash.of))
    /// Quantities before "of" that make a partitive subject ("seven of the parties", "most of them").
    /// Not "none" (a negation) nor "one" alone, which often names a single member ("one of the
    /// leaders said").
    static let partitiveQuantities = HashIndex<Bool>(set: (numberWordList + ["all", "both", "half", "many", "majority", "most",
                                                                             "several", "some"]).map(TokenHash.of))
    /// The modals a refusal with a price starts with ("would not", "won't", "cannot").
    static let refusalModals = HashIndex<Bool>(set: ["will", "would", "won't", "wouldn't", "can", "cannot", "can't", "could",
                                                 "couldn't", "shall", "wo"].map(TokenHash.of))
    static let openParen = TokenHash.of("(")
    static let and = TokenHash.of("and")
    static let but = TokenHash.of("but")
    static let or = TokenHash.of("or")
    static let to = TokenHash.of("to")
    static let by = TokenHash.of("by")
    static let from = TokenHash.of("from")
    static let `for` = TokenHash.of("for")
    static let including = TokenHash.of("including")
    static let of = TokenHash.of("of")
    static let according = TokenHash.of("according")
    static let then = TokenHash.of("then")
    static let possessive = TokenHash.of("'s")
    static let question = TokenHash.of("?")
    static let that = TokenHash.of("that")
    static let what = TokenHash.of("what")
    static let would = TokenHash.of("would")
    /// Irregular past forms and tensed auxiliaries that start a new predicate after "and".
    static let finiteVerbs = HashIndex<Bool>(set: ["said", "says", "told", "wrote", "gave", "made", "took", "sought",
                                               "will", "would", "won't", "has", "had", "is", "was"].map(TokenHash.of))

    private func assignRoles(_ mentions: ArraySlice<Mention>, sentence: Sentence, cues: SentenceCues,
                             tokens: UnsafeBufferPointer<Token>, document: Document, result: inout [Attribution]) {
        let start = sentence.tokens.lowerBound
        // Small arrays searched linearly, not hashed: a sentence has a handful of cues.
        var directiveEnds: [Int] = []
        for cue in cues.cues where cue.categories.contains(.directive) { directiveEnds.append(cue.tokens.upperBound) }
        func cueStartingAt(_ i: Int) -> Cue? { cues.cues.last { $0.tokens.lowerBound == i } }
        // A verb opens at token i: an auxiliary, or a commitment or speech cue. A mention right
        // before it is its subject ("said Berlin would", "said her party would back").
        func opensVerb(_ i: Int) -> Bool {
            functionWord(tokens[i]) == .auxiliary
                || (cueStartingAt(i).map { !$0.categories.intersection([.firm, .hedged, .refused, .speech]).isEmpty } ?? false)
        }
        // A place phrase after a mention, "in England", "across the EU": the index after it, or `i`.
        // "said its members in England would walk out": the verb after the place is the mention's.
        func afterPlace(_ i: Int) -> Int {
            guard i < sentence.tokens.upperBound, Attributor.placePrepositions[tokens[i].lower] != nil else { return i }
            var k = i + 1
            if k < sentence.tokens.upperBound, tokens[k].lower == Attributor.the { k += 1 }
            let first = k
            while k < sentence.tokens.upperBound, k - first < 3, tokens[k].kind == .word, tokens[k].has(.capitalized) { k += 1 }
            return k > first && k < sentence.tokens.upperBound ? k : i
        }
        var previous: Mention? = nil
        for (m, mention) in zip(mentions.indices, mentions) {
            var role = MentionRole.object
            let after = mention.tokens.upperBound
            // Possessives: "Europe's responsibility"; "Germany's government" acts.
            if mention.isPossessive {
                // The head noun may have up to three lowercase modifiers: "Qatar's sovereign wealth fund".
                var head = mention.kind == .pronoun ? after : after + 1
                var modifiers = 0
                while head < sentence.tokens.upperBound, modifiers < 3, tokens[head].kind == .word,
                      !tokens[head].has(.capitalized), functionWord(tokens[head]) == nil, head + 1 < sentence.tokens.upperBound,
                      functionWord(tokens[head + 1]) == .agentNoun || lexicons.organisationHeads.contains(tokens[head + 1].lower)
                        || (tokens[head + 1].kind == .word && !tokens[head + 1].has(.capitalized)
                        && functionWord(tokens[head + 1]) == nil) {
                    if functionWord(tokens[head]) == .agentNoun || lexicons.organisationHeads.contains(tokens[head].lower) { break }
                    head += 1
                    modifiers += 1
                }
                // "Portugal's central bank chief, Rui Matos, said": the head names an office whose holder
                // follows; the holder speaks, the possessor only owns the title.
                var namedHolder = false
                if head + 1 < sentence.tokens.upperBound,
                   let title = lexicons.titles.longestMatch(tokens, at: head + 1, end: sentence.tokens.upperBound, key: { $0.lower }) {
                    let comma = head + 1 + title.length
                    namedHolder = comma + 1 < sentence.tokens.upperBound && tokens[comma].lower == Attributor.comma
                        && tokens[comma + 1].has(.capitalized)
                }
                if !namedHolder, head < sentence.tokens.upperBound,
                   functionWord(tokens[head]) == .agentNoun || lexicons.organisationHeads.contains(tokens[head].lower)
                    || (mention.kind == .pronoun && lexicons.references[tokens[head].lower] != nil) {
                    role = roleBefore(mention.phraseStart, mention: mention, sentence: sentence, tokens: tokens,
                                      document: document, directiveEnds: directiveEnds)
                    if role == .modifier { role = .subject }
                    // An appositive describing the mention before it: "IG Metall, Germany's largest
                    // industrial union, threatened ...": IG Metall acts, Germany is only a possessor.
                    if let prev = previous, mention.phraseStart >= 1, prev.tokens.upperBound == mention.phraseStart - 1,
                       tokens[mention.phraseStart - 1].lower == Attributor.comma,
                       head + 1 < sentence.tokens.upperBound, tokens[head + 1].lower == Attributor.comma {
                        role = .possessive
                    }
                    // "said her party would back", "said his state would continue": the head is the
                    // subject of the next verb, and the possessor acts through it.
                    if role != .subject && role != .agent && role != .prepositional && role != .directiveTarget,
                       head + 1 < sentence.tokens.upperBound, opensVerb(afterPlace(head + 1)) {
                        role = .subject
                    }
                } else {
                    role = .possessive
                }
            } else if let prev = previous, isListContinuation(prev, mention, tokens: tokens, document: document) {
                // "the UK, France, and at least ten other countries": one role for the list.
                role = result[m - 1].role
            } else {
                role = roleBefore(mention.phraseStart, mention: mention, sentence: sentence, tokens: tokens,
                                  document: document, directiveEnds: directiveEnds)
                // A name followed by a noun after a non-opener modifies it: "send U.S. soldiers".
                if role == .object || role == .subject, mention.kind != .pronoun, mention.kind != .person,
                   mention.kind != .group, mention.kind != .reference, after < sentence.tokens.upperBound {
                    let next = tokens[after]
                    let nextIsNoun = next.kind == .word && !next.has(.capitalized) && functionWord(next) == nil
                        && cueStartingAt(after) == nil && !Attributor.endsWithLy(next, document)
                        && lexicons.pronouns[next.lower] == nil
                    let before = mention.phraseStart - 1
                    let openerBefore = before < start || isOpenerToken(tokens[before], document)
                        // Only acronyms and demonyms modify nouns ("U.S. soldiers", "EU funds", "American
                    // troops"); "give Russia time" is an indirect object.
                    let acronym = tokens[mention.tokens.lowerBound].has(.allUpper) || tokens[mention.tokens.lowerBound].has(.abbreviation)
                    let afterAuxiliary = before >= start && functionWord(tokens[before]) == .auxiliary
                    if nextIsNoun && !afterAuxiliary && (acronym || mention.kind == .demonym)
                        && (!openerBefore || role == .object || mention.kind == .demonym) {
                        role = .modifier
                    }
                }
            }
            // Right before an auxiliary or a commitment or speech cue, a mention is that verb's subject:
            // "said Berlin would", "hoped Washington would join".
            var nextIndex = after
            while nextIndex < sentence.tokens.upperBound && (tokens[nextIndex].has(.openQuote) || tokens[nextIndex].has(.closeQuote)) {
                nextIndex += 1
            }
            // Not the object ending a restrictive relative clause before the main verb ("migrants who
            // hoped to reach the United States have decided"): the verb is in another clause.
            // (A given pair span may begin before its sentence: no clause to compare then.)
            let sameClause = cues.clauseOf.isEmpty || nextIndex >= sentence.tokens.upperBound
                || !sentence.tokens.contains(mention.tokens.lowerBound)
                || cues.clauseOf[mention.tokens.lowerBound - start] == cues.clauseOf[nextIndex - start]
            if !mention.isPossessive && role != .subject && role != .agent && role != .prepositional && role != .directiveTarget,
               nextIndex < sentence.tokens.upperBound, opensVerb(afterPlace(nextIndex)), sameClause,
               !inOpeningGerund(mention, sentence: sentence, tokens: tokens, document: document) {
                role = .subject
            }
            // Right after a speech verb (or its "that"), before a past verb: that verb's subject,
            // "said the firm remained committed to", "said that Berlin offered to".
            if role == .object, !mention.isPossessive, nextIndex < sentence.tokens.upperBound,
               isFiniteVerb(nextIndex, tokens: tokens, document: document) {
                var p = mention.phraseStart
                if p - 1 >= start, ScopeResolver.articles.contains(tokens[p - 1].lower) { p -= 1 }
                if p - 1 >= start, tokens[p - 1].lower == Attributor.that { p -= 1 }
                if cues.cues.contains(where: { $0.tokens.upperBound == p && $0.categories.contains(.speech) }) {
                    role = .subject
                }
            }
            // Inside an appositive, after its first words: "Chevron, the only U.S. oil major still
            // operating there, said": the name describes the mention before, it does not act.
            if role == .subject, let prev = previous, isInsideAppositive(mention, after: prev, tokens: tokens) {
                role = .modifier
            }
            result[m].role = role
            previous = mention
        }
    }

    /// Whether `mention` lies in an appositive opened right after `previous` by a comma and an
    /// article, with at least one word between the article and the mention, and no comma before it:
    /// "Chevron, the only U.S. oil major" (not the list item "Germany, the UK and France").
    private func isInsideAppositive(_ mention: Mention, after previous: Mention, tokens: UnsafeBufferPointer<Token>) -> Bool {
        let comma = previous.tokens.upperBound
        // Right after the article only when the appositive closes after it and a verb follows: "Sen.
        // Tobias Reyes, a Democrat, vowed" (not the list items "the UK" of "Germany, the UK, and France").
        let close = mention.tokens.upperBound
        let closedRightAfter = mention.phraseStart == comma + 2 && close + 1 < tokens.count
            && tokens[close].lower == Attributor.comma && tokens[close + 1].kind == .word
            && !tokens[close + 1].has(.capitalized) && tokens[close + 1].lower != Attributor.and
            && tokens[close + 1].lower != ScopeResolver.or
        guard mention.phraseStart >= comma + 3 || closedRightAfter, tokens[comma].lower == Attributor.comma,
              ScopeResolver.articles.contains(tokens[comma + 1].lower) else { return false }
        return !((comma + 1)..<mention.phraseStart).contains { tokens[$0].lower == Attributor.comma || tokens[$0].kind != .word }
    }

    /// Whether the mention lies in a gerund phrase opening the sentence, as its object: "Unseating
    /// Venezuelan leader Nicolás Maduro would take ..." (a capitalized word right after the gerund, no
    /// punctuation before the mention). Not an -ing title ("Acting Director", "Outgoing President")
    /// or a noun's modifier ("Messaging app Whisper").
    private func inOpeningGerund(_ mention: Mention, sentence: Sentence, tokens: UnsafeBufferPointer<Token>,
                                 document: Document) -> Bool {
        let start = sentence.tokens.lowerBound
        guard mention.phraseStart > start else { return false }
        let first = tokens[start]
        guard first.kind == .word, first.has(.capitalized), ScopeResolver.endsWithIng(first, document.bytes),
              !Attributor.ingDescriptors.contains(first.lower), tokens[start + 1].has(.capitalized) else { return false }
        return !(start..<mention.phraseStart).contains { tokens[$0].kind == .punctuation }
    }

    /// The role given by what comes before the mention's phrase.
    private func roleBefore(_ phraseStart: Int, mention: Mention, sentence: Sentence, tokens: UnsafeBufferPointer<Token>,
                            document: Document, directiveEnds: [Int]) -> MentionRole {
        let start = sentence.tokens.lowerBound
        var p = phraseStart - 1
        // Skip determiners and quantifiers: "the UK", "at least ten", "some European leaders", "more
        // than 40 Labour MPs".
        while p >= start {
            if functionWord(tokens[p]) == .determiner || tokens[p].kind == .number || Attributor.numberWords[tokens[p].lower] != nil {
                p -= 1
            } else if tokens[p].lower == Attributor.than, p > start, p + 1 < phraseStart, tokens[p + 1].kind == .number,
                      Attributor.comparatives.contains(tokens[p - 1].lower) {
                p -= 2
            } else {
                break
            }
        }
        if p < start { return .subject }
        if directiveEnds.contains(p + 1) { return .directiveTarget }
        let t = tokens[p]
        // "urged the army and the RSF to return to talks": the second of two coordinated objects of a
        // directive, an infinitive after it, is urged too, not the subject of a new clause.
        if t.lower == Attributor.and, mention.tokens.upperBound < sentence.tokens.upperBound,
           tokens[mention.tokens.upperBound].lower == ScopeResolver.to,
           let directiveEnd = directiveEnds.last(where: { $0 <= p }), p - directiveEnd <= Tuning.coordinatedObjectReach,
           !(directiveEnd..<p).contains(where: { tokens[$0].kind == .punctuation }) {
            return .directiveTarget
        }
        if isOpenerToken(t, document) { return .subject }
        switch functionWord(t) {
        case .preposition?:
            if t.lower == Attributor.by { return .agent }
            if t.lower == Attributor.to && p > start && tokens[p - 1].lower == Attributor.according { return .according }
            // A partitive: "Seven of the eight opposition parties have agreed", "most of Europe's
            // clubs": the quantity is the group's, which acts. Not an appositive (", two of the
            // largest investors,") nor a question ("how many of the workers").
            if t.lower == Attributor.of && p > start,
               (tokens[p - 1].kind == .number && Tokenizer.isDigit(document.bytes[Int(tokens[p - 1].end) - 1]))
                || Attributor.partitiveQuantities.contains(tokens[p - 1].lower),
               p - 1 == start || (tokens[p - 2].lower != Attributor.comma && tokens[p - 2].lower != Attributor.how) {
                return roleBefore(p - 1, mention: mention, sentence: sentence, tokens: tokens, document: document,
                                  directiveEnds: directiveEnds)
            }
            // An inclusive appositive, "Four policymakers, including chief economist Gareth Lloyd, voted
            // against": the included has the role of the noun phrase before the comma.
            if let role = inclusiveRole(including: p, mention: mention, sentence: sentence, tokens: tokens, document: document,
                                        directiveEnds: directiveEnds) {
                return role
            }
            if (t.lower == Attributor.from || t.lower == Attributor.of || t.lower == Attributor.for
                || t.lower == Attributor.including) && p > start,
               functionWord(tokens[p - 1]) == .agentNoun || lexicons.groupNouns.contains(tokens[p - 1].lower),
               !Attributor.outsiderNouns.contains(tokens[p - 1].lower) {
                // "troops from the UK", "leaders of France": the actor acts through them.
                return roleBefore(p - 1, mention: mention, sentence: sentence, tokens: tokens, document: document,
                                  directiveEnds: directiveEnds)
            }
            return .prepositional
        case .auxiliary?:
            return .subject
        default:
            break
        }
        // Right after a speech verb that follows a comma or a quotation: ", said Trump" (not "told Congress").
        if Attributor.invertingVerbs.contains(t.lower), p > start,
           tokens[p - 1].lower == Attributor.comma || tokens[p - 1].has(.closeQuote) {
            return .subject
        }
        // A subject pronoun right after a speech verb opens the reported clause: "said it remained open".
        if mention.kind == .pronoun, !mention.isPossessive,
           let m = lexicons.cues.longestMatch(tokens, at: p, end: p + 1, key: { $0.lower }),
           m.payload.categories.contains(.speech) || m.payload.categories.contains(.prediction),
           Attributor.subjectPronouns.contains(tokens[mention.tokens.lowerBound].lower) {
            return .subject
        }
        // A possessor before a title: "Brazil's president, Ana Clara Moura," acts where Brazil stands.
        if t.lower == Attributor.possessive, p > start {
            var q = p - 1
            while q > start && tokens[q - 1].kind == .word && tokens[q - 1].has(.capitalized) && q - 1 >= start { q -= 1 }
            return roleBefore(q, mention: mention, sentence: sentence, tokens: tokens, document: document,
                              directiveEnds: directiveEnds)
        }
        // A descriptor before a name: "London-based insurer Harwick Re", "Agriculture Minister X",
        // "privacy activist Lena Hoffmann". Up to three words, then an opener or the sentence start.
        if mention.kind == .person || mention.kind == .organisation || mention.kind == .given || mention.kind == .name {
            var q = p
            var skipped = 0
            while q >= start && skipped < 3 {
                let w = tokens[q]
                // "The train drivers' union ASLEF": a plural possessive mark inside the descriptor.
                if w.kind == .punctuation, w.has(.closeQuote), !w.has(.spaceBefore), q > start, tokens[q - 1].kind == .word {
                    q -= 1
                    continue
                }
                guard w.kind == .word, functionWord(w) == nil || functionWord(w) == .agentNoun,
                      lexicons.cues.longestMatch(tokens, at: q, end: q + 1, key: { $0.lower }) == nil else { break }
                // A gerund opening the sentence takes the name as its object (`inOpeningGerund`).
                if q == start, inOpeningGerund(mention, sentence: sentence, tokens: tokens, document: document) { break }
                q -= 1
                skipped += 1
            }
            while q >= start, functionWord(tokens[q]) == .determiner { q -= 1 }
            if skipped > 0 && (q < start || isOpenerToken(tokens[q], document)) { return .subject }
            // "Two governors, including Senior Deputy Governor Ana Lind, voted"
            if skipped > 0, q >= start, let role = inclusiveRole(including: q, mention: mention, sentence: sentence, tokens: tokens,
                                                                 document: document, directiveEnds: directiveEnds) {
                return role
            }
            // "According to Vantor chief executive Paul Hennig, ..."
            if skipped > 0, q > start, tokens[q].lower == Attributor.to, tokens[q - 1].lower == Attributor.according {
                return .according
            }
        }
        return .object
    }

    /// The role of a mention in an inclusive appositive, "including" at `p` after a comma: that of
    /// the noun phrase before the comma ("Four policymakers, including chief economist Gareth Lloyd,
    /// voted against": Lloyd votes too). Nil when `p` is no such "including".
    private func inclusiveRole(including p: Int, mention: Mention, sentence: Sentence, tokens: UnsafeBufferPointer<Token>,
                               document: Document, directiveEnds: [Int]) -> MentionRole? {
        let start = sentence.tokens.lowerBound
        guard tokens[p].lower == Attributor.including, p - 2 >= start, tokens[p - 1].lower == Attributor.comma else { return nil }
        var q = p - 2
        while q >= start, p - 2 - q < Tuning.inclusiveHeadReach, tokens[q].kind == .word || tokens[q].kind == .number,
              functionWord(tokens[q]) == nil || functionWord(tokens[q]) == .agentNoun,
              lexicons.cues.longestMatch(tokens, at: q, end: q + 1, key: { $0.lower }) == nil {
            q -= 1
        }
        guard q < p - 2 else { return nil }
        return roleBefore(q + 1, mention: mention, sentence: sentence, tokens: tokens, document: document,
                          directiveEnds: directiveEnds)
    }

    /// Whether the token at `index` looks like a finite verb of a new predicate: a past form
    /// ("threatened", "said") or a tensed auxiliary ("will", "has"), not a bare infinitive
    /// ("and commit to"), which continues what was urged.
    private func isFiniteVerb(_ index: Int, tokens: UnsafeBufferPointer<Token>, document: Document) -> Bool {
        let token = tokens[index]
        if Attributor.finiteVerbs.contains(token.lower) { return true }
        let end = Int(token.end)
        guard end - Int(token.start) > 3 else { return false }
        return document.bytes[end - 2] == UInt8(ascii: "e") && document.bytes[end - 1] == UInt8(ascii: "d")
    }

    /// Whether "and" or "but" comes right before the cue: a verb coordinated with the one before it.
    private func followsConjunction(_ cue: Cue, start: Int, tokens: UnsafeBufferPointer<Token>) -> Bool {
        let before = cue.tokens.lowerBound - 1
        return before >= start && (tokens[before].lower == Attributor.and || tokens[before].lower == Attributor.but)
    }

    /// The subject of a speech verb coordinated by "and"/"but" without one of its own: the
    /// sentence's first subject, the last member of its list ("Marsh urged both sides to talk, but
    /// said ..."; "France and Italy urged ... and said they would": Italy, whom the list sharing walks
    /// back from). Nil when the verb is not coordinated.
    private func coordinatedSubject(of cue: Cue, start: Int, mentions: ArraySlice<Mention>, table: ActorTable,
                                    result: [Attribution], tokens: UnsafeBufferPointer<Token>, document: Document) -> Int? {
        guard followsConjunction(cue, start: start, tokens: tokens),
              let first = mentions.indices.first(where: { table.mentions[$0].tokens.upperBound <= cue.tokens.lowerBound
                  && result[$0].role == .subject }) else { return nil }
        return lastOfList(first, mentions: mentions, tokens: tokens, document: document)
    }

    /// The last member of the list mention `m` starts ("Germany and Spain": Spain), or `m`: a list
    /// speaks through its last member, which the speaker-sharing loop walks back from.
    private func lastOfList(_ m: Int, mentions: ArraySlice<Mention>, tokens: UnsafeBufferPointer<Token>, document: Document) -> Int {
        var k = m
        while k + 1 < mentions.endIndex, isListContinuation(mentions[k], mentions[k + 1], tokens: tokens, document: document) { k += 1 }
        return k
    }

    /// Whether `b` continues a coordinated list that `a` started: "A, B", "A and B", "A, B, and C".
    private func isListContinuation(_ a: Mention, _ b: Mention, tokens: UnsafeBufferPointer<Token>,
                                    document: Document) -> Bool {
        // Examples of a group are its list: "Life insurers such as Nippon Mutual have said they will not",
        // "Airlines, including Albion Airways, said".
        var marker = b.phraseStart - 1
        // (past an article: "Press groups, including the Reporters Committee")
        if marker > a.tokens.upperBound, functionWord(tokens[marker]) == .determiner { marker -= 1 }
        // (past a title: "Two governors, including Senior Deputy Governor Ana Lind")
        var d = marker, skipped = 0
        while d > a.tokens.upperBound, skipped < 3, tokens[d].kind == .word, functionWord(tokens[d]) == nil { d -= 1; skipped += 1 }
        if skipped > 0, tokens[d].lower == Attributor.including { marker = d }
        var examplesFrom: Int? = nil
        if marker - 1 >= a.tokens.upperBound, tokens[marker].lower == Attributor.as, tokens[marker - 1].lower == Attributor.such {
            examplesFrom = marker - 1
        } else if marker >= a.tokens.upperBound, tokens[marker].lower == Attributor.including {
            examplesFrom = marker
        }
        if let x = examplesFrom, x == a.tokens.upperBound
            || (x == a.tokens.upperBound + 1 && tokens[a.tokens.upperBound].lower == Attributor.comma) {
            return true
        }
        var k = b.phraseStart - 1
        var sawSeparator = false
        while k >= a.tokens.upperBound {
            let t = tokens[k]
            if t.lower == Attributor.comma || t.lower == Attributor.and || t.lower == Attributor.or {
                sawSeparator = true
                k -= 1
                continue
            }
            if functionWord(t) == .determiner { k -= 1; continue }
            return false
        }
        guard sawSeparator else { return false }
        // "A and B" is a list; "A, B" only when the list goes on after B ("A, B, and C"),
        // not in "pressure from Washington, the Netherlands has agreed".
        var hasConjunction = false
        for j in a.tokens.upperBound..<b.phraseStart where tokens[j].lower == Attributor.and || tokens[j].lower == Attributor.or {
            hasConjunction = true
        }
        // ", and" after a first item joins clauses, not a list of two: "the backing of member states,
        // and Hungary and Slovakia have signalled they will vote against it" ("A, B, and C" is a list).
        if hasConjunction, tokens[a.tokens.upperBound].lower == Attributor.comma, a.tokens.upperBound + 1 < b.phraseStart,
           tokens[a.tokens.upperBound + 1].lower == Attributor.and,
           a.phraseStart == 0 || tokens[a.phraseStart - 1].lower != Attributor.comma {
            return false
        }
        if hasConjunction { return true }
        // A person after an organisation and a comma is an appositive, not a list: "the Federal
        // Reserve, Kevin Stroud,". With "and" it is one ("Norvik Energy and Castell Petroleum", the
        // second taken for a person's name).
        if (a.kind == .person) != (b.kind == .person) { return false }
        let after = b.tokens.upperBound
        return after < tokens.count && (tokens[after].lower == Attributor.comma || tokens[after].lower == Attributor.and
            || tokens[after].lower == Attributor.or)
    }

    // MARK: - Speakers

    /// The mention that speaks a quotation: "…,” he said", "…,” said Trump", "X said: “…".
    private func speaker(of span: QuoteTracker.Span, document: Document, table: ActorTable, sentences: [SentenceCues],
                         tokens: UnsafeBufferPointer<Token>, result: [Attribution]) -> Int? {
        // After the closing mark.
        if span.close < tokens.count {
            let sEnd = sentenceIndex(containing: span.close, document: document)
            if let s = sEnd {
                for cue in sentences[s].cues where cue.categories.contains(.speech)
                    && cue.tokens.lowerBound > span.close && cue.tokens.lowerBound <= span.close + Attributor.quoteSpeakerReach
                    // "…” and said the Conservatives would": a new verb phrase, not the quotation's speaker.
                    && !((span.close + 1)..<cue.tokens.lowerBound).contains(where: { tokens[$0].lower == Attributor.and
                        || tokens[$0].lower == Attributor.but }) {
                    if let sp = speakerOfSpeechCue(cue, sentence: s, document: document, table: table,
                                                   tokens: tokens, result: result, allowBefore: span.close) {
                        return sp
                    }
                }
            }
        }
        // Before the opening mark.
        if span.hasOpeningMark, let s = sentenceIndex(containing: span.open, document: document) {
            for cue in sentences[s].cues.reversed() where cue.categories.contains(.speech)
                && cue.tokens.upperBound <= span.open && span.open - cue.tokens.upperBound <= 3 {
                return speakerOfSpeechCue(cue, sentence: s, document: document, table: table, tokens: tokens,
                                          result: result, allowBefore: nil)
            }
        }
        return nil
    }

    /// Whether an appositive noun phrase stands between `mention` and the relative pronoun at `at`:
    /// "Ortiz, a former judge who is weighing a run" -- the relative clause describes the mention.
    /// An article right after the mention's comma, then at most `Tuning.appositiveReach` words, no comma.
    private func appositiveBefore(_ at: Int, mention: Mention, tokens: UnsafeBufferPointer<Token>) -> Bool {
        let comma = mention.tokens.upperBound
        guard comma + 2 < at, at - (comma + 1) <= Tuning.appositiveReach, tokens[comma].lower == Attributor.comma,
              ScopeResolver.articles.contains(tokens[comma + 1].lower) else { return false }
        return ((comma + 1)..<at).allSatisfy { tokens[$0].kind == .word }
    }

    /// Whether mention `m` opens its sentence as a headline's speaker: a named actor (no pronoun)
    /// first in the sentence, right before a colon ("Dalton: 'I will not vote for Hartley'").
    private func colonSpeaker(_ m: Int, sentence: Sentence, table: ActorTable, tokens: UnsafeBufferPointer<Token>,
                              result: [Attribution]) -> Int? {
        let mention = table.mentions[m]
        var end = mention.tokens.upperBound
        // Past an appositive: "Tom Ortega, the council's Labour leader: 'If we ...'".
        if end < sentence.tokens.upperBound, tokens[end].lower == Attributor.comma {
            var k = end + 1
            while k < min(sentence.tokens.upperBound, end + 1 + Tuning.colonAppositiveReach),
                  tokens[k].kind == .word || tokens[k].lower == ActorDetector.possessiveHash {
                k += 1
            }
            if k > end + 1 { end = k }
        }
        let opens = mention.phraseStart == sentence.tokens.lowerBound && mention.kind != .pronoun && result[m].actor >= 0
            && end + 1 < sentence.tokens.upperBound && tokens[end].lower == ScopeResolver.colon
        return opens ? end : nil
    }

    private func sentenceIndex(containing token: Int, document: Document) -> Int? {
        var lo = 0, hi = document.sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if document.sentences[mid].tokens.upperBound <= token { lo = mid + 1 } else { hi = mid }
        }
        return lo < document.sentences.count && document.sentences[lo].tokens.contains(token) ? lo : nil
    }

    /// The speaker of a speech cue: "according to X"; the nearest acting mention before it in
    /// its clause; or the mention right after it ("said Trump", "he said" after a quotation).
    private func speakerOfSpeechCue(_ cue: Cue, sentence s: Int, document: Document, table: ActorTable,
                                    tokens: UnsafeBufferPointer<Token>, result: [Attribution],
                                    allowBefore: Int?) -> Int? {
        let mentions = table.mentions(inSentence: s)
        if tokens[cue.tokens.lowerBound].lower == Attributor.according {
            return mentions.indices.first { table.mentions[$0].phraseStart >= cue.tokens.upperBound
                && table.mentions[$0].phraseStart <= cue.tokens.upperBound + 2 }
        }
        // Right before, after a quotation: "…,” he said", "…,” Trump said".
        if let boundary = allowBefore {
            if let m = mentions.indices.last(where: { table.mentions[$0].tokens.upperBound <= cue.tokens.lowerBound
                && table.mentions[$0].phraseStart > boundary }) {
                return m
            }
            return mentions.indices.first { table.mentions[$0].phraseStart >= cue.tokens.upperBound
                && table.mentions[$0].phraseStart <= cue.tokens.upperBound + 2 }
        }
        let sentence = document.sentences[s]
        let clause = { (tok: Int) -> Int in Attributor.clause(of: tok, sentence: sentence, clauseOf: nil) }
        _ = clause
        if let m = mentions.indices.last(where: { table.mentions[$0].tokens.upperBound <= cue.tokens.lowerBound
            && result[$0].role == .subject }) {
            return m
        }
        return mentions.indices.first { table.mentions[$0].phraseStart >= cue.tokens.upperBound
            && table.mentions[$0].phraseStart <= cue.tokens.upperBound + 2 }
    }

    /// Where a speaker's phrase starts, descriptors and titles included ("Prime Minister Haruto Sakai").
    private func speakerPhraseStart(_ m: Mention, tokens: UnsafeBufferPointer<Token>, start: Int) -> Int {
        var q = m.phraseStart
        var skipped = 0
        while q - 1 >= start && skipped < 3 {
            let w = tokens[q - 1]
            // Titles may be agent nouns ("his spokesman Manuel Adorni").
            guard w.kind == .word, functionWord(w) == nil || functionWord(w) == .determiner || functionWord(w) == .agentNoun else { break }
            q -= 1
            skipped += 1
        }
        return q
    }

    /// The names an actor belongs to, up to three levels: a board member of the "ECB Executive
    /// Board" belongs to the "European Central Bank" too.
    static func affiliationChain(of actor: Int, in table: ActorTable) -> [String] {
        var chain: [String] = []
        var current = table.actors[actor].affiliation
        while let name = current, chain.count < 3, !chain.contains(name) {
            chain.append(name)
            current = table.find(name).flatMap { table.actors[$0].affiliation }
        }
        return chain
    }

    static func clause(of token: Int, sentence: Sentence, clauseOf: [Int]?) -> Int {
        guard let clauseOf else { return 0 }
        let k = token - sentence.tokens.lowerBound
        return k >= 0 && k < clauseOf.count ? clauseOf[k] : 0
    }

    // MARK: - Cues

    private func attributeCues(sentence: Sentence, mentions: ArraySlice<Mention>, cues sc: SentenceCues,
                               quotes: [QuoteTracker.Span], quoteSpeaker: [Int?], tokens: UnsafeBufferPointer<Token>,
                               document: Document, table: ActorTable, result: inout [Attribution]) {
        guard !mentions.isEmpty else { return }
        let cues = sc.cues
        let clauseOf = sc.clauseOf
        let start = sentence.tokens.lowerBound
        func clause(_ tok: Int) -> Int {
            let k = tok - start
            return k >= 0 && k < clauseOf.count ? clauseOf[k] : 0
        }
        let lastToken = tokens[sentence.tokens.upperBound - 1]
        let isQuestion = lastToken.lower == Attributor.question
            || (sentence.tokens.count > 1 && lastToken.has(.closeQuote)
                && tokens[sentence.tokens.upperBound - 2].lower == Attributor.question)
        // The question is what follows the last colon, semicolon or the opening quotation mark of the
        // quotation that asks it: "Marchetti vows to never resign: 'What have I done wrong?'" asks
        // nothing about the vow (a quotation closed before the end, "the figures were “shocking”", opens no question).
        var questionStart = sentence.tokens.lowerBound
        if isQuestion {
            var k = sentence.tokens.upperBound - 2
            var closed = false
            while k > sentence.tokens.lowerBound {
                let t = tokens[k]
                if t.lower == ScopeResolver.colon || t.lower == ScopeResolver.semicolon || (t.has(.openQuote) && !closed) {
                    questionStart = k + 1
                    break
                }
                if t.has(.closeQuote) { closed = true } else if t.has(.openQuote) { closed = false }
                k -= 1
            }
        }

        // Reported clauses of this sentence.
        var reports: [Report] = []
        for (ci, cue) in cues.enumerated() where cue.categories.contains(.speech) || cue.categories.contains(.prediction) {
            if cue.absorbed { continue }
            // A participle after "if" reports nothing: "if confirmed, she would", "if asked".
            if cue.tokens.lowerBound > sentence.tokens.lowerBound, tokens[cue.tokens.lowerBound - 1].lower == Attributor.ifHash {
                continue
            }
            let isAccording = tokens[cue.tokens.lowerBound].lower == Attributor.according
            var speakerMention: Int? = nil
            var content: Range<Int>
            if isAccording {
                // The head of the phrase after "according to" is its last mention before the comma:
                // "According to U.S. delegation head Richard K. Dale, ..." is Dale.
                var phraseEnd = cue.tokens.upperBound
                while phraseEnd < sentence.tokens.upperBound && tokens[phraseEnd].lower != Attributor.comma { phraseEnd += 1 }
                speakerMention = mentions.indices.last { table.mentions[$0].phraseStart >= cue.tokens.upperBound
                    && table.mentions[$0].tokens.upperBound <= phraseEnd && table.mentions[$0].kind == .person }
                    ?? mentions.indices.first { table.mentions[$0].phraseStart >= cue.tokens.upperBound
                    && table.mentions[$0].phraseStart <= cue.tokens.upperBound + 4 && result[$0].role == .according }
                    ?? mentions.indices.first { table.mentions[$0].phraseStart >= cue.tokens.upperBound
                    && table.mentions[$0].phraseStart <= cue.tokens.upperBound + 2 }
                let afterSpeaker = speakerMention.map { table.mentions[$0].tokens.upperBound } ?? cue.tokens.upperBound
                if cue.tokens.lowerBound - start <= 1 {
                    // "According to X, Y will ..." -- the report follows the speaker's phrase.
                    var k = afterSpeaker
                    while k < sentence.tokens.upperBound && tokens[k].lower != Attributor.comma { k += 1 }
                    // Skip an appositive: ", the U.S. Undersecretary of Defense for Policy,".
                    content = min(k + 1, sentence.tokens.upperBound)..<sentence.tokens.upperBound
                } else {
                    content = start..<cue.tokens.lowerBound
                }
            } else {
                speakerMention = nil
                // Closing quotation right before: "…,” he said" -- the quotation is the report.
                // Only punctuation and the speaker (its title included: "…,” union president Shawn Keller
                // said") between: not "acknowledged “our mistake” and promised that".
                // (The descriptor words of the name right before the verb count as its phrase: "…,” union
                // president Jon Holden said".)
                let named = mentions.last(where: { $0.tokens.upperBound <= cue.tokens.lowerBound })
                var namedPhrase = 0..<0
                if let named { namedPhrase = speakerPhraseStart(named, tokens: tokens, start: start)..<named.tokens.upperBound }
                let quoteBefore = quotes.firstIndex { q in q.close < cue.tokens.lowerBound && cue.tokens.lowerBound - q.close <= Tuning.quoteSpeakerReach
                    && q.close >= start && ((q.close + 1)..<cue.tokens.lowerBound).allSatisfy { k in
                        tokens[k].kind == .punctuation || namedPhrase.contains(k)
                            || mentions.contains { ($0.phraseStart..<$0.tokens.upperBound).contains(k) } } }
                // A quotation right after the verb ("said: “...", "said that “...") is the report.
                let quoteAfter = quotes.firstIndex { q in
                    q.hasOpeningMark && q.open >= cue.tokens.upperBound && q.open - cue.tokens.upperBound <= 2
                        && (cue.tokens.upperBound..<q.open).allSatisfy { tokens[$0].kind == .punctuation || tokens[$0].lower == Attributor.that }
                }
                if let q = quoteBefore {
                    content = max(quotes[q].content.lowerBound, start)..<quotes[q].content.upperBound
                    speakerMention = mentions.indices.last { table.mentions[$0].tokens.upperBound <= cue.tokens.lowerBound
                        && table.mentions[$0].phraseStart > quotes[q].close }
                        ?? mentions.indices.first { table.mentions[$0].phraseStart >= cue.tokens.upperBound
                            && table.mentions[$0].phraseStart <= cue.tokens.upperBound + 2 }
                } else {
                    if let q = quoteAfter {
                        content = quotes[q].content.clamped(to: sentence.tokens)
                    } else {
                        // To the sentence end, or to where a relative clause holding the verb closes.
                        var e = cue.tokens.upperBound
                        while e < sentence.tokens.upperBound && clause(e) >= cue.clause { e += 1 }
                        // ", while Manila has declined to follow": a contrast after a comma is the writer's,
                        // not part of what was said.
                        if let k = (cue.tokens.upperBound..<e).first(where: { tokens[$0].lower == Attributor.comma && $0 + 1 < e
                            && Attributor.writersContrast.contains(tokens[$0 + 1].lower) }) {
                            e = k
                        }
                        // "said the reform was “not negotiable” and threatened to force it through": a
                        // past act after "and", when no actor is the subject of what was said, is the
                        // speaker's own second verb; the report ends before it.
                        // (Not after a passive speech verb: "is often quoted and invited to lecture".)
                        let passiveSpeech = passiveBe(before: cue.tokens.lowerBound, start: start, tokens: tokens,
                                                      document: document) != nil
                        var ownAct: Int? = nil
                        if !passiveSpeech {
                            for k in cue.tokens.upperBound..<e where tokens[k].lower == Attributor.and
                                && speakersOwnAct(after: k, cues: cues, end: e, tokens: tokens, document: document) {
                                ownAct = k
                                break
                            }
                        }
                        if let k = ownAct, !mentions.indices.contains(where: { table.mentions[$0].tokens.lowerBound >= cue.tokens.upperBound
                               && table.mentions[$0].tokens.lowerBound < k && result[$0].role == .subject }) {
                            e = k
                        }
                        content = cue.tokens.upperBound..<e
                    }
                    let left = mentions.indices.last { table.mentions[$0].tokens.upperBound <= cue.tokens.lowerBound
                        && result[$0].role == .subject && clause(table.mentions[$0].tokens.lowerBound) == cues[ci].clause }
                        ?? coordinatedSubject(of: cue, start: start, mentions: mentions, table: table, result: result,
                                              tokens: tokens, document: document)
                    let right = mentions.indices.first { table.mentions[$0].phraseStart >= cue.tokens.upperBound
                        && table.mentions[$0].phraseStart <= cue.tokens.upperBound + 2 }
                    // ", said Helene M. Brunner": a speaker right after a verb that follows a comma
                    // or a quotation is the speaker, whoever came before.
                    // Not "..., said the alliance was ...": the inverted speaker ends the clause.
                    let afterRight = right.map { table.mentions[$0].tokens.upperBound } ?? sentence.tokens.upperBound
                    let rightEndsClause = afterRight >= sentence.tokens.upperBound || tokens[afterRight].kind == .punctuation
                        || functionWord(tokens[afterRight]) == .preposition
                    let inverted = right != nil && cue.tokens.lowerBound > start && rightEndsClause
                        && (tokens[cue.tokens.lowerBound - 1].lower == Attributor.comma || tokens[cue.tokens.lowerBound - 1].has(.closeQuote))
                        && Attributor.invertingVerbs.contains(tokens[cue.tokens.lowerBound].lower)
                    // Who is told is no speaker: "Rota's agent told the BBC that ..." (the BBC only listens).
                    let toAddressee = ActorDetector.tellVerbs.contains(tokens[cue.tokens.lowerBound].lower)
                    speakerMention = inverted ? right : (left ?? (toAddressee ? nil : right))
                    if quoteAfter == nil {
                        // "Japan will raise spending, Prime Minister Sakai said." / "..., said Trump."
                        let phraseStart = inverted ? cue.tokens.lowerBound
                            : (left.map { speakerPhraseStart(table.mentions[$0], tokens: tokens, start: start) }
                                ?? (right != nil ? cue.tokens.lowerBound : nil))
                        // A commitment after the verb is its report ("..., Sakai said the plan would"),
                        // unless a comma closes the speaker's phrase first ("..., Rao said on Tuesday,
                        // despite renewed warnings").
                        var phraseEnd = cue.tokens.upperBound
                        while phraseEnd < sentence.tokens.upperBound && tokens[phraseEnd].lower != Attributor.comma { phraseEnd += 1 }
                        if let ps = phraseStart, ps - 1 > start, tokens[ps - 1].lower == Attributor.comma,
                           !cues.contains(where: { $0.tokens.lowerBound >= cue.tokens.upperBound && $0.tokens.lowerBound < phraseEnd
                                && $0.effective != nil }) {
                            content = start..<(ps - 1)
                        }
                    }
                }
            }
            if let sp = speakerMention { result[sp].speaks = true }
            let prediction = cue.categories.contains(.prediction)
            if prediction, let sp = speakerMention { result[sp].predicts = true }
            // "has not said whether it will", "would not say when": the question stays open, so what
            // the report commits to is hedged.
            func rightBefore(_ c: Cue) -> Bool {
                c.tokens.upperBound <= cue.tokens.lowerBound && cue.tokens.lowerBound - c.tokens.upperBound <= 2
            }
            // "without saying explicitly whether it would arrest him" negates the speech verb too.
            let afterWithout = cue.tokens.lowerBound > sentence.tokens.lowerBound
                && tokens[cue.tokens.lowerBound - 1].lower == Attributor.without
            let negatedSpeech = afterWithout || cues.contains { c in
                // (a refusal to say what is open is already hedged: "would not say whether")
                rightBefore(c) && (c.categories.contains(.negator) || c.effective == .refused
                                   || (c.categories.contains(.refused) && c.effective == .hedged))
            }
            // Past one adverb ("has never said plainly whether"); "has not confirmed that it will attend"
            // leaves the commitment as open as a question does.
            var opener = content.lowerBound
            if opener + 1 < sentence.tokens.upperBound, Attributor.endsWithLy(tokens[opener], document) { opener += 1 }
            if opener + 1 < sentence.tokens.upperBound, tokens[opener].lower == Attributor.on { opener += 1 }
            let openQuestion = negatedSpeech && opener < sentence.tokens.upperBound
                && (ScopeResolver.openQuestionWords.contains(tokens[opener].lower) || tokens[opener].lower == Attributor.that)
            // "declined to say whether it would", "refused to comment on whether they would": a refusal to
            // speak of a commitment refuses it, as "declined to comment" is a refusal; a negated modal
            // ("would not say whether") or a plain negation ("has not said whether") leaves it open.
            let declined = openQuestion && cues.contains { c in
                rightBefore(c) && c.effective == .refused && !c.categories.contains(.negator)
                    && !ScopeResolver.isNegatedModal(c, tokens)
            }
            reports.append(Report(speaker: speakerMention, content: content,
                                  softening: cue.categories.contains(.hedged) || (openQuestion && !declined), prediction: prediction,
                                  threat: cue.categories.contains(.threat), declined: declined,
                                  promise: !cue.negated && Attributor.promiseVerbs.contains(tokens[cue.tokens.lowerBound].lower)))
        }
        // A headline's speaker before a colon reports what follows: "Ortega: Ethics panel will not reopen
        // the inquiry", "Merkel: Germany will not send troops".
        if reports.isEmpty, let first = mentions.indices.first,
           let colon = colonSpeaker(first, sentence: sentence, table: table, tokens: tokens, result: result) {
            reports.append(Report(speaker: first, content: (colon + 1)..<sentence.tokens.upperBound, softening: false,
                                  prediction: false))
        }
        // A sentence inside a quotation spoken in another sentence.
        for (q, span) in quotes.enumerated() where span.content.overlaps(sentence.tokens) {
            let inside = span.content.clamped(to: sentence.tokens)
            if reports.contains(where: { $0.content == inside }) { continue }
            if let sp = quoteSpeaker[q], !mentions.indices.contains(sp) {
                // The speaker is in another sentence: only its pronouns here ("we") carry it.
                reports.append(Report(speaker: nil, content: inside, softening: false, prediction: false))
            }
        }

        // "Analysts expect Alphex to keep paying": a predicted commitment of the one after the verb.
        for (ci, cue) in cues.enumerated() where cue.categories.contains(.prediction) && !cue.absorbed {
            if let m = mentions.indices.first(where: { table.mentions[$0].phraseStart == cue.tokens.upperBound }),
               table.mentions[m].tokens.upperBound < sentence.tokens.upperBound,
               tokens[table.mentions[m].tokens.upperBound].lower == Attributor.to {
                var a = Attribution.AttributedCue(cue: ci, label: .hedged, via: .subject)
                a.softened = true
                result[m].cues.append(a)
            }
        }

        // Predicates without a commitment: who speaks, meets, urges, predicts.
        for (ci, cue) in cues.enumerated() where cue.effective == nil && !cue.absorbed
            && !cue.categories.intersection([.event, .speech, .directive, .prediction]).isEmpty {
            if let m = mentions.indices.last(where: { table.mentions[$0].tokens.upperBound <= cue.tokens.lowerBound
                && clause(table.mentions[$0].tokens.lowerBound) == cue.clause && result[$0].role.actsInClause }) {
                result[m].predicates.append(ci)
            }
        }

        // Directives: the urger and what follows it in its clause.
        // What the urged one should do is blocked up to the end of the clause, or up to "and"
        // followed by a finite verb of the urger's own: "demanded a cut and threatened to fire Marsh".
        // The same for what a prediction says someone else will do, "expect" with an object and an
        // infinitive ("Investors expect the bank to resume cutting"): the guide's prediction about
        // others is none for the one who predicts. (Only "expect": "I think he wants to" has a
        // subject of its own after the verb.)
        func predictsOther(_ cue: Cue) -> Bool {
            guard cue.categories.contains(.prediction), cue.tokens.count == 1,
                  Attributor.expectForms.contains(tokens[cue.tokens.lowerBound].lower) else { return false }
            let next = cue.tokens.upperBound
            guard next < sentence.tokens.upperBound, tokens[next].kind == .word, tokens[next].lower != Attributor.to,
                  tokens[next].lower != Attributor.that, lexicons.pronouns[tokens[next].lower] == nil else { return false }
            var k = next
            while k < sentence.tokens.upperBound, k - next < Tuning.predictedObjectReach, tokens[k].kind == .word,
                  tokens[k].lower != Attributor.to {
                k += 1
            }
            return k < sentence.tokens.upperBound && tokens[k].lower == Attributor.to
        }
        var blocked: [(clause: Int, tokens: Range<Int>)] = []
        for cue in cues where !cue.absorbed {
            let directive = cue.categories.contains(.directive)
            guard directive || predictsOther(cue) else { continue }
            var end = cue.tokens.upperBound
            while end < sentence.tokens.upperBound && clause(end) == cue.clause {
                if tokens[end].lower == Attributor.and, end + 1 < sentence.tokens.upperBound,
                   isFiniteVerb(end + 1, tokens: tokens, document: document),
                   cues.contains(where: { $0.tokens.lowerBound == end + 1 && !$0.absorbed
                       && !$0.categories.intersection([.firm, .hedged, .refused, .speech, .threat, .event]).isEmpty }) {
                    break
                }
                // ", saying Oslo would cover part of it", ", promising to ...": a participle of the
                // urger's own after a comma.
                if tokens[end].lower == Attributor.comma, end + 1 < sentence.tokens.upperBound,
                   ScopeResolver.endsWithIng(tokens[end + 1], document.bytes), tokens[end + 1].lower != Attributor.according,
                   cues.contains(where: { $0.tokens.lowerBound == end + 1 && !$0.absorbed
                       && !$0.categories.intersection([.firm, .hedged, .refused, .speech, .threat]).isEmpty }) {
                    break
                }
                end += 1
            }
            blocked.append((cue.clause, cue.tokens.upperBound..<end))
            if directive, let m = mentions.indices.last(where: { table.mentions[$0].tokens.upperBound <= cue.tokens.lowerBound
                && clause(table.mentions[$0].tokens.lowerBound) == cue.clause && result[$0].role.actsInClause }) {
                result[m].urges = true
            }
        }

        // Condition clauses: "if parliament approved ..." commits nobody.
        var conditionSpans: [Range<Int>] = []
        for cue in cues where cue.categories.contains(.condition) && !cue.absorbed {
            var k = cue.tokens.upperBound
            // "if not then we call a snap vote": "then" opens the main clause.
            while k < sentence.tokens.upperBound && clause(k) == cue.clause && tokens[k].lower != Attributor.comma
                    && tokens[k].lower != Attributor.then { k += 1 }
            conditionSpans.append(cue.tokens.lowerBound..<k)
        }

        for (ci, cue) in cues.enumerated() {
            guard var label = cue.effective, !cue.absorbed else { continue }
            if blocked.contains(where: { $0.clause == cue.clause && $0.tokens.contains(cue.tokens.lowerBound) }) { continue }
            if conditionSpans.contains(where: { $0.contains(cue.tokens.lowerBound) }) { continue }
            // The innermost report containing the cue.
            let report = reports.filter { $0.content.contains(cue.tokens.lowerBound) }.min { $0.content.count < $1.content.count }
            let scope: Range<Int> = report?.content ?? sentence.tokens
            // A threat stays a commitment under a condition ("threatened to veto the bill if ...").
            // A threat earlier in the clause covers the cue unless another speech verb reports it in
            // between: not "warned that the move would hurt trust and said it would respond as necessary".
            let threatened = cue.categories.contains(.threat) || (report?.threat ?? false)
                || cues.contains { t in t.categories.contains(.threat) && t.clause == cue.clause && t.tokens.upperBound <= cue.tokens.lowerBound
                    && !cues.contains { $0.categories.contains(.speech) && !$0.categories.contains(.threat)
                        && $0.tokens.lowerBound >= t.tokens.upperBound && $0.tokens.upperBound <= cue.tokens.lowerBound } }
            // "even if" concedes: what it holds is hypothetical (its span is skipped above), but it
            // sets no condition ("remained committed to the deal, even if the review drags on").
            // A reported commitment takes only the conditions of its own report: not "Lanagan said
            // construction could begin if ..., and officials said Canberra would release".
            // What a refusal would not trade is no condition on it: "will not give up territory in
            // exchange for a truce" refuses outright.
            func trade(_ condition: Cue) -> Bool {
                label == .refused && condition.tokens.count >= 2
                    && Attributor.tradeWords.contains(tokens[condition.tokens.lowerBound + 1].lower)
            }
            let conditioned = !threatened && (cues.contains { condition in condition.categories.contains(.condition) && condition.clause == cue.clause
                    && !trade(condition)
                    && (report == nil || report!.content.contains(condition.tokens.lowerBound))
                    && !concessive(condition, tokens: tokens, start: sentence.tokens.lowerBound) }
                || (report != nil && cues.contains { condition in condition.categories.contains(.condition)
                    && report!.content.contains(condition.tokens.lowerBound) && !trade(condition)
                    && !concessive(condition, tokens: tokens, start: sentence.tokens.lowerBound)
                    // Not past a boundary after the cue: "said it would not close the border, while
                    // Uganda said it might suspend flights if ..." (the condition is Uganda's); but
                    // "..., but only if" right after the boundary conditions what came before.
                    && !cues.contains { b in b.categories.contains(.boundary) && b.tokens.lowerBound >= cue.tokens.upperBound
                        && condition.tokens.lowerBound - b.tokens.upperBound > Tuning.boundaryConditionGap } })
                || (label == .refused && namesItsPrice(cue, tokens: tokens, end: sentence.tokens.upperBound, clause: clause)))
            let limited = cues.contains { $0.categories.contains(.limiter) && $0.clause == cue.clause
                && !($0.tokens.lowerBound < cue.tokens.lowerBound && report != nil && !report!.content.contains($0.tokens.lowerBound)) }
                || trailingLimit(after: cue, cues: cues, tokens: tokens)
            // Reported speech shifts "will" to "would": "said it would appeal" is a firm commitment,
            // "said it would oppose" a refusal; elsewhere "would" is conditional and hedges.
            let reportedWould = report.map { r in !r.prediction && !quotes.contains(where: { $0.content == r.content }) } ?? false
                || threatened
            if label == .hedged, reportedWould, !conditioned, cue.tokens.count == 1,
               tokens[cue.tokens.lowerBound].lower == Attributor.would {
                label = .firm
            }
            if cue.underWould && !(reportedWould && !conditioned) && label != .refused {
                label = .hedged
            }
            if report?.declined == true { label = .refused }

            func make(_ via: Attribution.Via, soften: Bool) -> Attribution.AttributedCue {
                Attribution.AttributedCue(cue: ci, label: label, via: via, conditioned: conditioned, limited: limited,
                                          softened: soften, question: isQuestion && cue.tokens.lowerBound >= questionStart)
            }

            // The subject: nearest acting mention before the cue, in its clause and report; in an
            // absolute "with" phrase ("..., with only 18% voting in favour", "with Italy and Poland
            // voting against") only what follows "with".
            var recipients: [(Int, Attribution.Via)] = []
            let absolute = absoluteWith(before: cue, start: sentence.tokens.lowerBound, tokens: tokens, document: document)
            let candidates = mentions.indices.filter { m in
                let mm = table.mentions[m]
                return scope.contains(mm.tokens.lowerBound) && clause(mm.tokens.lowerBound) == cue.clause
                    && mm.tokens.lowerBound > (absolute ?? -1)
            }
            let nearest = candidates.last(where: { table.mentions[$0].tokens.upperBound <= cue.tokens.lowerBound
                && (result[$0].role.actsInClause || absolute != nil) })
            // Whether the modal's subject is a noun phrase naming no actor ("said the tariffs would take
            // effect"), after the nearest acting mention or from the start of the report.
            func thingSubject() -> Bool {
                nounPhraseSubject(of: cue, after: nearest.map { table.mentions[$0].tokens.upperBound } ?? scope.lowerBound,
                                  mentions: mentions, tokens: tokens, document: document)
            }
            // "praised Germany for sending tanks", "criticised Ortega for backing the merger": the one
            // praised or blamed did it, not the one who praises.
            // A capitalized word before "for" that is no mention is such an object too: nobody's then.
            // (The word before an -ing cue, when the sentence has one more word before it: "for", "of".)
            let beforeIng: UInt64? = cue.tokens.lowerBound - 1 > sentence.tokens.lowerBound
                && ScopeResolver.endsWithIng(tokens[cue.tokens.lowerBound], document.bytes) ? tokens[cue.tokens.lowerBound - 1].lower : nil
            let afterFor = beforeIng == Attributor.for
            let forObject: Int? = afterFor ? candidates.last(where: {
                table.mentions[$0].tokens.upperBound == cue.tokens.lowerBound - 1
                    && (result[$0].role == .object || result[$0].role == .directiveTarget) && !table.mentions[$0].isPossessive
            }) : nil
            let forUnknown = afterFor && forObject == nil && tokens[cue.tokens.lowerBound - 2].has(.capitalized)
                && !candidates.contains { table.mentions[$0].tokens.upperBound == cue.tokens.lowerBound - 1 }
            // "accused both parties of blocking aid", "was suspected of trying to hide": an allegation,
            // nobody's commitment (the guide: the accused is only described, the accuser only accuses).
            let alleged = beforeIng == Attributor.of
                && (max(sentence.tokens.lowerBound, cue.tokens.lowerBound - 1 - Tuning.allegationReach)..<(cue.tokens.lowerBound - 1))
                    .contains { Attributor.allegationWords.contains(tokens[$0].lower) && clause($0) == cue.clause }
            if let object = forObject {
                recipients.append((object, .subject))
            } else if forUnknown || alleged {
                // (nobody)
            } else if let subject = nearest, !thingSubject(),
               !relativeOfThing(cue, after: table.mentions[subject].tokens.upperBound, mentions: mentions, tokens: tokens) {
                recipients.append((subject, .subject))
                // The group it is the complement of acts too: "Shareholders of Atlas Energy rejected",
                // "workers at the plant will strike".
                if let head = groupHead(of: subject, mentions: candidates, table: table, result: result, tokens: tokens,
                                        start: start) {
                    recipients.append((head, .subject))
                }
                // Its list partners.
                var k = subject
                while k > mentions.startIndex, candidates.contains(k - 1),
                      isListContinuation(table.mentions[k - 1], table.mentions[k], tokens: tokens, document: document) {
                    recipients.append((k - 1, .subject))
                    k -= 1
                }
                // Coordinated subjects with descriptors between: "The drivers' union ASLEF and the rail
                // workers' union RMT will ..." -- an acting mention joined by "and" with no verb between.
                for other in candidates where other < subject && result[other].role == .subject
                    && table.mentions[other].tokens.upperBound <= table.mentions[subject].phraseStart
                    && !recipients.contains(where: { $0.0 == other }) {
                    let gap = table.mentions[other].tokens.upperBound..<table.mentions[subject].phraseStart
                    let joined = gap.contains { tokens[$0].lower == Attributor.and }
                    let verbless = !cues.contains { $0.tokens.lowerBound >= gap.lowerBound && $0.tokens.lowerBound < gap.upperBound
                        && !$0.categories.intersection([.firm, .hedged, .refused, .speech, .event, .directive, .boundary]).isEmpty }
                    if joined && verbless && !gap.contains(where: { tokens[$0].lower == Attributor.comma }) {
                        recipients.append((other, .subject))
                    }
                }
                k = subject
                while k + 1 < mentions.endIndex, candidates.contains(k + 1),
                      table.mentions[k + 1].tokens.upperBound <= cue.tokens.lowerBound,
                      isListContinuation(table.mentions[k], table.mentions[k + 1], tokens: tokens, document: document) {
                    recipients.append((k + 1, .subject))
                    k += 1
                }
            } else if let inverted = candidates.first(where: { m in
                let start = table.mentions[m].phraseStart
                // Not the subject of a condition or a new clause opening between them: "his client would
                // listen if Chelsea made an offer" (Chelsea does not listen).
                // Nor past "that": "no sign that it was preparing to" (a clause of its own).
                return start >= cue.tokens.upperBound && result[m].role == .subject && start - cue.tokens.upperBound <= 2
                    && !cues.contains { $0.tokens.lowerBound >= cue.tokens.upperBound && $0.tokens.lowerBound < start
                        && ($0.categories.contains(.condition) || $0.categories.contains(.boundary)) }
                    && !(cue.tokens.upperBound..<start).contains { tokens[$0].lower == Attributor.that } }) {
                recipients.append((inverted, .inverted))
            } else if clause(cue.tokens.lowerBound) > 0,
                      let firstOfClause = (sentence.tokens.lowerBound..<cue.tokens.lowerBound).first(where: { clause($0) == cue.clause }),
                      tokens[firstOfClause].lower == ScopeResolver.who || tokens[firstOfClause].lower == ScopeResolver.which,
                      let antecedent = mentions.indices.last(where: { table.mentions[$0].tokens.upperBound <= firstOfClause }),
                      firstOfClause - table.mentions[antecedent].tokens.upperBound <= 1
                        || (appositiveBefore(firstOfClause, mention: table.mentions[antecedent], tokens: tokens)
                            // Its relative clause ends at the next comma: "..., a strategist who works with
                            // brands, said cutting costs ..." ("cutting" is not the relative clause's).
                            && !(firstOfClause..<cue.tokens.lowerBound).contains(where: { tokens[$0].lower == Attributor.comma })) {
                recipients.append((antecedent, .relative))
            } else if clause(cue.tokens.lowerBound) > 0, ScopeResolver.endsWithIng(tokens[cue.tokens.lowerBound], document.bytes),
                      let firstOfClause = (sentence.tokens.lowerBound..<cue.tokens.lowerBound).first(where: { clause($0) == cue.clause }),
                      (firstOfClause..<cue.tokens.lowerBound).allSatisfy({ k in tokens[k].kind == .punctuation
                          || tokens[k].lower == Attributor.but || tokens[k].lower == Attributor.and }),
                      let mainSubject = mentions.indices.first(where: { clause(table.mentions[$0].tokens.lowerBound) == 0
                          && result[$0].role == .subject && table.mentions[$0].tokens.upperBound <= firstOfClause }) {
                // A participle clause with no subject of its own: the sentence's subject acts. "Romney
                // reviewed his campaign, admitting mistakes but vowing to stay in politics".
                recipients.append((mainSubject, .subject))
            } else if clause(cue.tokens.lowerBound) > 0, functionWord(tokens[cue.tokens.lowerBound]) == .auxiliary,
                      followsConjunction(cue, start: start, tokens: tokens),
                      let lastSubject = mentions.indices.last(where: { result[$0].role == .subject
                          && table.mentions[$0].tokens.upperBound < cue.tokens.lowerBound - 1 }) {
                // A modal coordinated with the verb before it has that verb's subject: "Berlin would
                // not bail out the firm but could extend subsidies".
                recipients.append((lastSubject, .subject))
            } else if clause(cue.tokens.lowerBound) > 0, functionWord(tokens[cue.tokens.lowerBound]) != .auxiliary,
                      let first = coordinatedSubject(of: cue, start: start, mentions: mentions, table: table, result: result,
                                                     tokens: tokens, document: document),
                      !(table.mentions[first].tokens.upperBound..<cue.tokens.lowerBound).contains(where: {
                          tokens[$0].lower == ScopeResolver.who || tokens[$0].lower == ScopeResolver.which }),
                      !reports.contains(where: { $0.content.contains(table.mentions[first].tokens.lowerBound)
                          && !$0.content.contains(cue.tokens.lowerBound) }) {
                // A verb coordinated with the sentence's first verb has its subject: "China said it
                // would contribute but refused to be listed as a donor", "sent money but refused". Not
                // across a relative clause ("a mayor who ran on jobs and vowed"), nor from inside a
                // report the verb is not in ("“She will stay,” the coach said, but refused to say more": not "She").
                recipients.append((first, .subject))
            }

            // An actor right before "was/were/is ... <participle>" is acted upon: "Apple was fined €500
            // million by the European Commission" -- the agent after "by" acts, or nobody named.
            // Not before an adjective or participle that takes "to" ("was determined to", "is committed
            // to", "was ready to"): those say what the subject itself is set on doing.
            // A hedged cue only as a bare past participle: "He was considered a moderate" (regarded),
            // not "was considering" or "is expected to" (the guide's hedge by others).
            func subjectActedUpon() -> Bool {
                guard label != .hedged || (cue.tokens.count == 1 && ScopeResolver.endsWithEd(tokens[cue.tokens.lowerBound], document.bytes)),
                      cue.tokens.lowerBound - 1 >= start,
                      tokens[cue.tokens.upperBound - 1].lower != Attributor.to,
                      // "is vowing", "are pledging": a progressive, not a passive.
                      !ScopeResolver.endsWithIng(tokens[cue.tokens.lowerBound], document.bytes),
                      // "is not interested": a phrase opening with its negator describes the subject's will.
                      !ScopeResolver.negations.contains(tokens[cue.tokens.lowerBound].lower),
                      let be = passiveBe(before: cue.tokens.lowerBound, start: start, tokens: tokens, document: document),
                      let patient = recipients.first, recipients.allSatisfy({ $0.1 == .subject }) else { return false }
                return be - table.mentions[patient.0].tokens.upperBound <= Tuning.passivePatientReach
            }
            // The same after a modal before a passive (`Cue.passiveVoice`): "Greece would be paid in
            // instalments", "would be paid by the fund".
            let hadSubject = !recipients.isEmpty
            if cue.passiveVoice || subjectActedUpon() {
                recipients = []
                if let agent = candidates.first(where: { table.mentions[$0].phraseStart > cue.tokens.upperBound
                    && table.mentions[$0].phraseStart <= cue.tokens.upperBound + Tuning.passiveAgentReach
                    && result[$0].role == .agent }) {
                    recipients = [(agent, .subject)]
                }
            }
            // A passive with its agent: "price controls imposed by Berlin and Paris" -- the agent acts.
            if cue.tokens.upperBound < sentence.tokens.upperBound, tokens[cue.tokens.upperBound].lower == Attributor.by,
               let agent = candidates.first(where: { table.mentions[$0].phraseStart >= cue.tokens.upperBound + 1
                   && table.mentions[$0].phraseStart <= cue.tokens.upperBound + 2 && result[$0].role == .agent }) {
                recipients = [(agent, .subject)]
                var k = agent
                while k + 1 < mentions.endIndex, candidates.contains(k + 1),
                      isListContinuation(table.mentions[k], table.mentions[k + 1], tokens: tokens, document: document) {
                    recipients.append((k + 1, .subject))
                    k += 1
                }
            }
            // A possessor right before the cue: "the government's plan to raise" is the government's plan.
            // Only a noun cue ("plan to", "decision"), not a verb of the sentence ("Berlin's move would").
            // An owned act noun also after a name that modifies it: "the Warren proposal".
            if functionWord(tokens[cue.tokens.lowerBound]) == nil,
               let owner = candidates.last(where: { (table.mentions[$0].isPossessive
                && cue.tokens.lowerBound - table.mentions[$0].tokens.upperBound <= 2 + (cue.possessed ? Tuning.ownedActModifiers : 0)
                && table.mentions[$0].tokens.upperBound <= cue.tokens.lowerBound)
                || (cue.possessed && !table.mentions[$0].isPossessive && table.mentions[$0].kind != .pronoun
                    && table.mentions[$0].tokens.upperBound == cue.tokens.lowerBound) }) {
                if cue.possessed {
                    recipients = [(owner, .subject)]
                } else if !recipients.contains(where: { $0.0 == owner }) {
                    recipients.append((owner, .subject))
                }
            } else if cue.possessed {
                // "Critics attacked the company's decision to ...": an owner that is no actor; the
                // subject did not decide.
                recipients = []
            }

            // Modifiers near the cue: "will not send U.S. soldiers", "limited U.S. support".
            for m in candidates where result[m].role == .modifier && !cue.passiveVoice {
                let mm = table.mentions[m]
                let before = mm.phraseStart - cue.tokens.upperBound
                let after = cue.tokens.lowerBound - mm.tokens.upperBound
                // A demonym after the cue only as the modifier of an agent noun: "will not send British
                // soldiers", not "refuses to extradite Cypriot developer" (the developer is no agent of
                // Cyprus); a name modifies what the actor gives ("could bring limited EU funding").
                // Other names after the cue only before an agent noun or a commitment object of the
                // objects lexicon ("limited U.S. air support", "EU funding"), not before what they own
                // ("rejected the WHO figures").
                let next = mm.tokens.upperBound
                let agentAfter = next < sentence.tokens.upperBound
                    && (functionWord(tokens[next]) == .agentNoun || lexicons.groupNouns.contains(tokens[next].lower)
                        || (mm.kind != .demonym && lexicons.objects.longestMatch(tokens, at: next, end: sentence.tokens.upperBound,
                                                                                 key: { $0.lower }) != nil))
                // Not a demonym across a comma: ", a Democrat, vowed" is a membership, no modifier of the cue
                // (", the sport's governing body, is expected to" is the subject itself).
                let commaBetween = after >= 0 && mm.kind == .demonym
                    && (mm.tokens.upperBound..<cue.tokens.lowerBound).contains { tokens[$0].lower == Attributor.comma }
                if (before >= 0 && before <= Tuning.modifierWindow && agentAfter) || (after >= 0 && after <= Tuning.modifierWindow + 1 && !commaBetween) {
                    recipients.append((m, .modifier))
                }
            }

            let soften = (report?.softening ?? false) || (report?.prediction ?? false)
            for (m, via) in recipients {
                result[m].cues.append(make(via, soften: soften))
            }

            // The speaker shares the stance when it speaks for the subject.
            if let r = report, let sp = r.speaker, !r.prediction, !recipients.contains(where: { $0.0 == sp }) {
                let speakerActor = result[sp].actor
                let represented = representedOwner(of: sp, mentions: mentions, table: table, tokens: tokens)
                let loneSpeaker = speakerActor >= 0 && loneUnknownName(sp, table: table, tokens: tokens)
                let shares = recipients.contains { (m, via) in
                    // "I" / "we" of the quotation or report: the speaker's own words, even when the
                    // speaker is a pronoun with no antecedent ("“I will not resign,” he said").
                    if table.mentions[m].isSpeakerPronoun && via != .modifier { return true }
                    let a = result[m].actor
                    // "he said he would": the same unresolved pronoun on both sides is one person.
                    if a < 0 && speakerActor < 0 && table.mentions[m].kind == .pronoun && table.mentions[sp].kind == .pronoun
                        && tokens[table.mentions[m].tokens.lowerBound].lower == tokens[table.mentions[sp].tokens.lowerBound].lower {
                        return true
                    }
                    if a < 0 { return false }
                    if a == speakerActor { return true }
                    // Its representatives: "his lawyers said he would not", "..., his spokesman Manuel
                    // Adorni said".
                    if let o = represented, result[o].actor == a { return true }
                    // The speaker's own people or body: "the union said its members would strike",
                    // "the UN said its World Food Programme would resume deliveries".
                    // (The possessive may open the mention's phrase: "“Our members will not ratify,” ... said".)
                    let phraseStart = table.mentions[m].phraseStart, nameStart = table.mentions[m].tokens.lowerBound
                    if speakerActor >= 0, let owner = mentions.indices.last(where: { o in
                        let end = table.mentions[o].tokens.upperBound
                        return table.mentions[o].isPossessive && end <= nameStart
                            && (nameStart - end <= 1 || (end <= phraseStart && phraseStart - end <= 1)) }),
                       result[owner].actor == speakerActor {
                        return true
                    }
                    // The same through a pronoun: "“Our members have spoken, and they will stay on the picket
                    // line,” union leader X said" ("they" are the members the speaker calls "our").
                    if speakerActor >= 0, table.mentions[m].kind == .pronoun,
                       mentions.indices.contains(where: { table.mentions[$0].isPossessive && result[$0].actor == speakerActor }),
                       mentions.indices.contains(where: { o in
                        guard o != m, result[o].actor == a, table.mentions[o].tokens.upperBound <= table.mentions[m].tokens.lowerBound
                        else { return false }
                        let start = table.mentions[o].phraseStart
                        return mentions.indices.contains { p in table.mentions[p].isPossessive && result[p].actor == speakerActor
                            && table.mentions[p].tokens.upperBound <= table.mentions[o].tokens.lowerBound
                            && (table.mentions[o].tokens.lowerBound - table.mentions[p].tokens.upperBound <= 1
                                || table.mentions[p].tokens.upperBound == start) }
                    }) {
                        return true
                    }
                    let speakerAff = speakerActor >= 0 ? table.actors[speakerActor].affiliation : nil
                    let subjectAff = table.actors[a].affiliation
                    // A lone unknown name reporting what a country or region will do is its official, not
                    // a company: "Santoso said Jakarta would extend the policy", "Alvarado said California
                    // would not back down" (surnames of people named in full earlier in the article).
                    // (Only in what follows the speaker: not a quotation before it.)
                    if loneSpeaker,
                       table.actors[a].type == .country || table.actors[a].type == .region,
                       table.mentions[m].kind != .demonym, table.mentions[m].tokens.lowerBound > table.mentions[sp].tokens.upperBound {
                        return true
                    }
                    // An office holder of unknown affiliation speaks for the country, region or organisation
                    // it reports on.
                    if speakerActor >= 0, speakerAff == nil, table.actors[speakerActor].holdsOffice,
                       table.actors[a].type != .person || table.mentions[m].kind == .organisation {
                        return true
                    }
                    return (speakerAff != nil && speakerAff == table.actors[a].name)
                        || (subjectAff != nil && speakerActor >= 0 && subjectAff == table.actors[speakerActor].name)
                        || (speakerActor >= 0 && Attributor.affiliationChain(of: speakerActor, in: table).contains(table.actors[a].name))
                }
                // An organisation reporting what a group without affiliation will do speaks for it
                // ("Philadelphia teachers could walk out, the federation said").
                let orgForGroup = speakerActor >= 0
                    && (table.actors[speakerActor].type == .organisation || table.actors[speakerActor].holdsOffice)
                    && recipients.contains { (m, _) in result[m].actor >= 0 && table.actors[result[m].actor].type == .group
                        && table.actors[result[m].actor].affiliation == nil }
                // An office holder reporting what an unnamed "the government" or "the airline" will do
                // speaks for it ("Labour Minister Ines Carrasco said the government would ..."): the
                // reference found no antecedent, so it is no mention.
                // Partners and modifiers of the cue are no subject ("said the group had signed contracts
                // with Lithuania").
                // (A lone unknown name only for a public body: "Mehta said the government would spend".)
                let forReference = !recipients.contains(where: { $0.1 != .partner && $0.1 != .modifier })
                    && (speakerActor >= 0 ? table.actors[speakerActor].holdsOffice || bareNamedPerson(sp, table: table, tokens: tokens)
                            || loneSpeaker
                        : table.mentions[sp].kind == .pronoun && !table.mentions[sp].isPossessive)
                    && (unresolvedReference(before: cue.tokens.lowerBound, in: r.content, mentions: mentions, tokens: tokens,
                                            publicOnly: loneSpeaker)
                        // "said the Commission would monitor compliance and could reopen the case": the
                        // "would" this cue stands under has the subject.
                        || (cue.underWould && cues.last(where: { $0.absorbed && $0.clause == cue.clause
                                && $0.tokens.upperBound <= cue.tokens.lowerBound && ScopeResolver.isWould($0, tokens) })
                            .map { unresolvedReference(before: $0.tokens.lowerBound, in: r.content, mentions: mentions,
                                                       tokens: tokens, publicOnly: loneSpeaker) }
                            ?? false))
                // A government or organisation reporting what will be done, with no actor named as the
                // one who does it, is the one who acts: "the ministry said the permits would be issued in
                // October", "Moscow said the last squadrons would be delivered by 2026".
                let forMeasure = !hadSubject && recipients.isEmpty && !r.threat && speakerActor >= 0
                    && table.mentions[sp].kind != .pronoun
                    && (table.actors[speakerActor].type == .organisation || table.actors[speakerActor].type == .country
                        || table.actors[speakerActor].holdsOffice)
                    && (cue.passiveVoice || (implementsMeasure(cue, end: sentence.tokens.upperBound, tokens: tokens) && thingSubject()))
                // A promise of what a thing will do is the promiser's: "promised that the service would
                // stay online", "vowed that the plant would reopen".
                let promiseOfThing = r.promise && !hadSubject && recipients.isEmpty && speakerActor >= 0 && thingSubject()
                // A vow of what another actor will undergo or do is still the vower's commitment (the
                // guide: "vowed" is firm, a threat is a commitment): "vowed that Moscow would pay a heavy price".
                // Only a plain firm report of an act, so that "vowed that the rebels would never win"
                // refuses nothing and "promised that Lindqvist would make a fine mayor" (a prediction) commits
                // nobody.
                // (A modal before a verb naming no act, "would be a fine mayor", is no cue: `ScopeResolver`.)
                let promiseOfOther = r.promise && hadSubject && label == .firm && !r.softening && !conditioned && !limited
                    && recipients.contains { $0.1 == .subject }
                if shares || orgForGroup || forReference || forMeasure || promiseOfThing || promiseOfOther {
                    result[sp].cues.append(make(shares || orgForGroup || promiseOfThing || promiseOfOther ? .speaker : .office,
                                                soften: r.softening))
                    // The one the speaker represents, when it leads what the report is about: "Abiy Ahmed's
                    // spokesman said Ethiopia would hold talks" (his own country's act is his commitment too).
                    if shares, let o = represented, o != sp, result[o].actor >= 0,
                       let aff = table.actors[result[o].actor].affiliation,
                       recipients.contains(where: { result[$0.0].actor >= 0 && table.actors[result[$0.0].actor].name == aff }),
                       !result[o].cues.contains(where: { $0.cue == ci }) {
                        result[o].cues.append(make(.speaker, soften: r.softening))
                    }
                    // Every member of a list of speakers: "Japan and South Korea ... said they might".
                    var k = sp
                    while k > mentions.startIndex,
                          isListContinuation(table.mentions[k - 1], table.mentions[k], tokens: tokens, document: document) {
                        result[k - 1].cues.append(make(.speaker, soften: r.softening))
                        k -= 1
                    }
                }
            }
        }
        // A relative clause identifies its antecedent; when the main clause says what the antecedent
        // does, that is the sentence's news: "migrants who had hoped to reach the United States have
        // decided to head back" is firm, not mixed with the earlier hope.
        for m in mentions.indices where result[m].cues.contains(where: { $0.via == .relative }) {
            let own = clause(table.mentions[m].tokens.lowerBound)
            if result[m].cues.contains(where: { $0.via == .subject && cues[$0.cue].clause == own }) {
                result[m].cues.removeAll { $0.via == .relative }
            }
        }
        markPartialRefusals(mentions: mentions, cues: cues, tokens: tokens, result: &result)
    }

    /// Marks each refusal of an actor that "but" sets against a firm cue of the same actor (any of its
    /// mentions) in the sentence, either way round: "supported the goals but would not commit", "will
    /// not send warships, though it will fund the mission". The guide: a partial refusal is hedged.
    private func markPartialRefusals(mentions: ArraySlice<Mention>, cues: [Cue], tokens: UnsafeBufferPointer<Token>,
                                     result: inout [Attribution]) {
        for m in mentions.indices where !result[m].cues.isEmpty {
            let actor = result[m].actor
            let own = mentions.indices.filter { $0 == m || (actor >= 0 && result[$0].actor == actor) }
                .flatMap { result[$0].cues }
            guard own.count >= 2 else { continue }
            for (i, r) in result[m].cues.enumerated() where StanceRules.label(of: r) == .refused {
                let rt = cues[r.cue].tokens
                let contrasted = own.contains { f in
                    guard StanceRules.label(of: f) == .firm else { return false }
                    let ft = cues[f.cue].tokens
                    let between = min(ft.upperBound, rt.upperBound)..<max(ft.lowerBound, rt.lowerBound)
                    return between.contains { Attributor.contrastWords.contains(tokens[$0].lower) }
                }
                if contrasted { result[m].cues[i].contrasted = true }
            }
        }
    }
}
