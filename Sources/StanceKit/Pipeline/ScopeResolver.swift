/// Works out what each commitment cue means in its context: negation, double
/// negation, and the clauses of the sentence.
///
/// - Negation: a negator at most `Tuning.negationWindow` tokens before a cue,
///   in the same clause with no other commitment cue between, flips it: firm
///   becomes refused ("did not send"), hedged becomes refused ("is not
///   considering"), refused becomes hedged ("did not rule out").
/// - Double negation: a refusal governing another refusal softens to hedged
///   ("refused to rule out", "declined to rule out").
/// - A firm cue directly followed by a negator refuses ("agreed not to").
/// - Look-alikes are no cue: a modal or "going to" before a verb naming no action
///   ("could face fines"), a wrongdoing committed or an allegation denied
///   ("committed fraud", "denied the allegation"), a participle after an article
///   ("a convicted felon"), a capitalized modal that is a name or a month ("May 4"),
///   a commitment noun nobody owns ("welcomed the decision to"; owned: "the ministry's
///   decision to", `possessed`), a speech or prediction noun after a possessor ("Spain's worries").
/// - Clauses: a boundary cue (but, while, whereas, who ...) starts a new clause;
///   a clause opened by a subordinator at the start of the sentence ("While
///   Washington has ruled out ground troops, ...") ends at its comma.
///
///     var cues = tagger.tag(sentence, tokens: tokens)
///     let clauses = ScopeResolver().resolve(&cues, sentence: sentence, tokens: tokens)
public struct ScopeResolver: Sendable {
    /// Lowercase hashes of pronouns: a pronoun between two cues starts a new subject.
    public let pronouns: Set<UInt64>
    /// Lowercase hashes of nouns of wrongdoing ("fraud", "murders"): committing one is no commitment.
    public let wrongdoings: HashIndex<Bool>
    /// The closed word classes of `text/function-words.txt` (its auxiliaries: "is", "was", "will").
    public let functionWords: HashIndex<LexiconSet.FunctionWord>

    public init(pronouns: Set<UInt64> = [], wrongdoings: HashIndex<Bool> = HashIndex(),
                functionWords: HashIndex<LexiconSet.FunctionWord> = HashIndex()) {
        self.pronouns = pronouns
        self.wrongdoings = wrongdoings
        self.functionWords = functionWords
    }

    /// Whether the tokens between two cues start a new clause subject: "that", a comma,
    /// a capitalized word or a pronoun.
    static func newSubjectBetween(_ from: Int, _ to: Int, _ tokens: UnsafeBufferPointer<Token>, _ pronouns: Set<UInt64>) -> Bool {
        var k = from
        while k < to {
            let t = tokens[k]
            if t.lower == that || t.lower == comma || t.has(.capitalized) || pronouns.contains(t.lower) { return true }
            k += 1
        }
        return false
    }

    static let that = TokenHash.of("that")
    /// Boundary adverbs that split no clause when commas set them off: ", however,".
    static let parentheticalAdverbs = HashIndex<Bool>(set: ["however", "meanwhile"].map(TokenHash.of))
    static let once = TokenHash.of("once")
    /// Irregular past forms that neither `irregularParticiples` nor `Attributor.finiteVerbs` lists, for
    /// "once" before a past form ("who once led", "once ran"): "formerly".
    static let pastSimpleForms = HashIndex<Bool>(set: ["became", "fought", "led", "ran", "saw", "stood", "taught", "thought",
                                                       "were", "won"].map(TokenHash.of))
    /// The first tokens of contracted negated modals ("won't" is "wo" + "n't", "can't" "ca" + "n't").
    static let negatedModals = HashIndex<Bool>(set: ["wo", "ca"].map(TokenHash.of))
    /// Modals of will ("will", "would", "won't", "shall"), whose negation before a passive refuses to yield.
    static let volitionalModals = HashIndex<Bool>(set: ["will", "would", "wo", "shall", "'ll"].map(TokenHash.of))
    static let questionWordList = ["whether", "if", "how", "when", "what", "which", "where", "why"]
    /// Words that open an open question after a speech verb: "would not say whether", "how many".
    static let openQuestionWords = HashIndex<Bool>(set: questionWordList.map(TokenHash.of))
    /// Words that open an embedded clause: negation before them does not reach into it.
    static let clauseOpeners = HashIndex<Bool>(set: (["that"] + questionWordList).map(TokenHash.of))

    /// Whether a cue is a modal with its negation and nothing else, written as one phrase: "would
    /// not", "will not", "won't", "can't", "cannot" (not "would like to", "will not hesitate").
    static func isNegatedModal(_ cue: Cue, _ tokens: UnsafeBufferPointer<Token>) -> Bool {
        let first = tokens[cue.tokens.lowerBound].lower
        if cue.tokens.count == 1 { return first == ScopeResolver.cannot }
        guard modals.contains(first) || negatedModals.contains(first) else { return false }
        return cue.tokens.dropFirst().allSatisfy { negations.contains(tokens[$0].lower) }
    }
    static let `as` = TokenHash.of("as")
    static let and = TokenHash.of("and")
    static let or = TokenHash.of("or")
    /// Whether a token is "and" or "or", which join verb phrases of their own.
    static func isAndOr(_ t: Token) -> Bool { t.lower == and || t.lower == or }

    /// Whether the comma at `comma` closes the second-to-last name of a list, as in "the UK, France,
    /// and Germany": a capitalized name (up to four words) with a comma before it. Such a ", and"
    /// ends the list; it opens no clause.
    static func endsCommaList(before comma: Int, from start: Int, tokens: UnsafeBufferPointer<Token>) -> Bool {
        var k = comma - 1
        var words = 0
        while k >= start, words < 4, tokens[k].kind == .word, tokens[k].has(.capitalized) {
            k -= 1
            words += 1
        }
        return words > 0 && k >= start && tokens[k].lower == ScopeResolver.comma
    }

    /// Resolves the cues in place and returns the clause index of every token of the sentence
    /// (index 0 is the sentence's first token).
    public func resolve(_ cues: inout [Cue], sentence: Sentence, tokens: UnsafeBufferPointer<Token>,
                        bytes: [UInt8]) -> [Int] {
        let start = sentence.tokens.lowerBound
        let count = sentence.tokens.count
        var clauseOf = [Int](repeating: 0, count: count)
        // "once" meaning "formerly" sets no condition: after a comma (", once the largest donor,") or
        // before a past form ("McCain once considered", "who once mocked").
        // "providing" is a condition only before a subject pronoun ("providing it receives approval";
        // "providing that" is a phrase of its own); before a noun it is the verb "provide" ("agreed to
        // deepen cooperation in providing loans").
        cues.removeAll { cue in
            guard cue.tokens.count == 1 else { return false }
            let k = cue.tokens.lowerBound
            if tokens[k].lower == ScopeResolver.providing {
                return k + 1 >= sentence.tokens.upperBound || !pronouns.contains(tokens[k + 1].lower)
            }
            guard tokens[k].lower == ScopeResolver.once else { return false }
            if k > start, tokens[k - 1].lower == ScopeResolver.comma { return true }
            guard k + 1 < sentence.tokens.upperBound else { return false }
            let next = tokens[k + 1]
            return ScopeResolver.endsWithEd(next, bytes) || ScopeResolver.irregularParticiples.contains(next.lower)
                || Attributor.finiteVerbs.contains(next.lower) || ScopeResolver.pastSimpleForms.contains(next.lower)
        }

        // Clauses.
        var clause = 0
        var nextClause = 1
        var cueAt = [Int](repeating: -1, count: count)
        for (c, cue) in cues.enumerated() { cueAt[cue.tokens.lowerBound - start] = c }
        // A sentence-initial participle of asking ("Asked whether he would resign, Kovacs said ...")
        // opens a clause that ends at its comma, like "When asked".
        var subordinateOpen = count > 1 && ScopeResolver.askedParticiples.contains(tokens[start].lower)
        var relativeReturn: Int? = nil
        // The clause a comma right after a name interrupts, and where that comma is ("Ryan Cole, under
        // fire after three losses, ruled out ..."): a subordinator within `Tuning.nameCommaReach` words
        // of it ends at the closing comma, as a relative clause does.
        var nameCommaClause: Int? = nil
        var nameComma = 0
        // A restrictive "who" clause (no comma before it) ends where an auxiliary follows its object:
        // "migrants who had hoped to reach the United States | have decided to head back", "Senators
        // who oppose the bill | have vowed to block it". The clause to go back to, and whether the
        // relative clause has had its verb and then a noun.
        var restrictiveReturn: Int? = nil
        var restrictiveVerb = false
        var restrictiveNoun = false
        var k = 0
        while k < count {
            let t = tokens[start + k]
            if let back = restrictiveReturn, t.kind == .word || t.kind == .number {
                let function = functionWords[t.lower]
                let cue = cueAt[k] >= 0 ? cues[cueAt[k]].categories : []
                // A speech verb after the object closes it too: "officials who spoke on condition of
                // anonymity said ...", "Republicans who oppose Trump said they ...".
                if restrictiveNoun && clause != back && (function == .auxiliary
                    || (cue.contains(.speech) && !cue.contains(.prediction))) {
                    clause = back
                    restrictiveReturn = nil
                } else if !cue.isDisjoint(with: [.speech, .prediction, .condition]) || pronouns.contains(t.lower) {
                    // A report or a clause of its own inside ("who alleges she had ..."): left as it was.
                    restrictiveReturn = nil
                } else if function == nil && !restrictiveVerb {
                    restrictiveVerb = true
                } else if restrictiveVerb && (function == nil || t.has(.capitalized) || t.kind == .number) {
                    restrictiveNoun = true
                } else {
                    restrictiveNoun = false
                }
            } else if restrictiveReturn != nil, t.kind != .word {
                restrictiveReturn = nil
            }
            // "described X as Y": "as" after a describing verb opens no clause.
            let describedAs = cueAt[k] >= 0 && t.lower == ScopeResolver.as
                && cues.contains { $0.categories.contains(.describer) && $0.tokens.upperBound <= start + k
                    && start + k - $0.tokens.upperBound <= Tuning.describerReach }
            // ", however," / ", meanwhile,": an adverb set off by commas inside a clause splits nothing
            // ("Saxony and Brandenburg, however, have refused").
            let parenthetical = cueAt[k] >= 0 && cues[cueAt[k]].tokens.count == 1 && k > 0 && k + 1 < count
                && tokens[start + k - 1].lower == ScopeResolver.comma && tokens[start + k + 1].lower == ScopeResolver.comma
                && ScopeResolver.parentheticalAdverbs.contains(t.lower)
            if cueAt[k] >= 0, cues[cueAt[k]].categories.contains(.boundary), !describedAs, !parenthetical {
                let c = cueAt[k]
                let first = tokens[start + k].lower
                restrictiveReturn = nil
                if ScopeResolver.relativePronouns.contains(first) && k > 0
                    && tokens[start + k - 1].lower == ScopeResolver.comma {
                    // ", who ...," is a relative clause: after its comma the outer clause goes on.
                    relativeReturn = clause
                } else if k == 0 || tokens[start + k - 1].has(.openQuote) {
                    // A sentence-initial subordinator ("While ...,") opens a clause that ends at its comma.
                    subordinateOpen = true
                } else if let back = nameCommaClause, relativeReturn == nil, !subordinateOpen,
                          k - nameComma - 1 <= Tuning.nameCommaReach {
                    relativeReturn = back
                } else if first == ScopeResolver.who, relativeReturn == nil, !subordinateOpen,
                          tokens[start + k - 1].kind == .word {
                    restrictiveReturn = clause
                    restrictiveVerb = false
                    restrictiveNoun = false
                }
                nameCommaClause = nil
                clause = nextClause
                nextClause += 1
                for j in k..<min(count, k + cues[c].tokens.count) { clauseOf[j] = clause }
                k += cues[c].tokens.count
                continue
            }
            // ", and Reform UK said ...": a coordinated clause with a subject of its own.
            if t.lower == ScopeResolver.comma, k + 2 < count, tokens[start + k + 1].lower == ScopeResolver.and,
               tokens[start + k + 2].has(.capitalized) || pronouns.contains(tokens[start + k + 2].lower),
               !ScopeResolver.endsCommaList(before: start + k, from: start, tokens: tokens) {
                clauseOf[k] = clause
                clause = nextClause
                nextClause += 1
                relativeReturn = nil
                subordinateOpen = false
                k += 1
                continue
            }
            if t.lower == ScopeResolver.comma {
                nameCommaClause = k > 0 && tokens[start + k - 1].has(.capitalized) && relativeReturn == nil && !subordinateOpen
                    ? clause : nil
                nameComma = k
            }
            if t.lower == ScopeResolver.semicolon || t.lower == ScopeResolver.colon || t.has(.dash) {
                clause = nextClause
                nextClause += 1
                relativeReturn = nil
                nameCommaClause = nil
            } else if t.lower == ScopeResolver.comma {
                if let back = relativeReturn {
                    clauseOf[k] = clause
                    clause = back
                    relativeReturn = nil
                    k += 1
                    continue
                } else if subordinateOpen {
                    subordinateOpen = false
                    clause = nextClause
                    nextClause += 1
                }
            }
            clauseOf[k] = clause
            k += 1
        }
        for c in cues.indices { cues[c].clause = clauseOf[cues[c].tokens.lowerBound - start] }

        // Base meaning.
        for c in cues.indices {
            let cat = cues[c].categories
            if cat.contains(.refused) { cues[c].effective = .refused }
            else if cat.contains(.hedged) { cues[c].effective = .hedged }
            else if cat.contains(.firm) { cues[c].effective = .firm }
            // A firm speech verb followed by a clause reports it: "insisted he had nothing to hide",
            // "announced that it would withdraw" -- the clause, not the verb, says what is committed.
            if cat.contains(.speech) && cat.contains(.firm) && !cat.contains(.hedged) {
                let after = cues[c].tokens.upperBound
                if after < sentence.tokens.upperBound {
                    let next = tokens[after]
                    if next.lower == ScopeResolver.that || pronouns.contains(next.lower) { cues[c].effective = nil }
                }
            }
        }

        // Committing a wrongdoing is no commitment: "committed fraud", "committed several illegal
        // acts", "crimes committed by"; denying one, or an allegation, is no refusal to act (the
        // guide's none: nothing about a commitment): "denied the allegation", "denies any
        // wrongdoing". The noun within `Tuning.wrongdoingReach` words after the verb, before any
        // punctuation or preposition, or right before it ("an allegation the senator denied" is
        // not caught: a name stands between).
        for c in cues.indices where cues[c].effective != nil && cues[c].tokens.count == 1
            && (ScopeResolver.commitForms.contains(tokens[cues[c].tokens.lowerBound].lower)
                || ScopeResolver.denyForms.contains(tokens[cues[c].tokens.lowerBound].lower)) {
            let at = cues[c].tokens.lowerBound
            var wrong = at > sentence.tokens.lowerBound && wrongdoings.contains(tokens[at - 1].lower)
            // The wrongdoing denied in a relative clause before the verb: "an allegation the senator
            // denied", "the charges he has denied".
            if ScopeResolver.denyForms.contains(tokens[at].lower) {
                var j = at - 1
                while !wrong, j >= max(sentence.tokens.lowerBound, at - Tuning.wrongdoingReach), tokens[j].kind == .word {
                    if wrongdoings.contains(tokens[j].lower) { wrong = true }
                    j -= 1
                }
            }
            var k = at + 1
            while !wrong, k < min(sentence.tokens.upperBound, at + 1 + Tuning.wrongdoingReach),
                  tokens[k].kind == .word || tokens[k].kind == .number,
                  !ScopeResolver.prepositionsAfterCommit.contains(tokens[k].lower) {
                if wrongdoings.contains(tokens[k].lower) { wrong = true }
                k += 1
            }
            // Denying a fact is no refusal to act: "denied that she had meant to", "denied it",
            // "denied knowing of the loan", "denied having met him".
            if !wrong, ScopeResolver.denyForms.contains(tokens[at].lower) {
                var k = at + 1
                while k < sentence.tokens.upperBound, tokens[k].kind == .word, Attributor.endsWithLy(tokens[k], bytes) { k += 1 }
                if k < sentence.tokens.upperBound, ScopeResolver.deniedFacts.contains(tokens[k].lower) { wrong = true }
            }
            if wrong { cues[c].effective = nil }
        }

        // A past participle after an article or a preposition is an adjective, no one's act: "a
        // convicted felon", "the signed agreement", "despite renewed warnings".
        for c in cues.indices where cues[c].effective != nil && cues[c].tokens.count == 1 {
            let at = cues[c].tokens.lowerBound
            guard at > sentence.tokens.lowerBound, at + 1 < sentence.tokens.upperBound,
                  ScopeResolver.determiners.contains(tokens[at - 1].lower)
                    || ScopeResolver.nounPrepositions.contains(tokens[at - 1].lower),
                  ScopeResolver.endsWithEd(tokens[at], bytes), tokens[at + 1].kind == .word else { continue }
            cues[c].effective = nil
        }

        // A form in -ing after an article is a noun, no one's act: "out of the building", "a signing
        // ceremony", "the hiring of new staff".
        for c in cues.indices where cues[c].effective != nil && cues[c].tokens.count == 1 && !cues[c].categories.contains(.nominal) {
            let at = cues[c].tokens.lowerBound
            guard at > sentence.tokens.lowerBound, ScopeResolver.articles.contains(tokens[at - 1].lower),
                  ScopeResolver.endsWithIng(tokens[at], bytes) else { continue }
            cues[c].effective = nil
        }

        // A verb form in -s after an article or a possessive is a plural noun: "pay the fines",
        // "his offers" (not the commitment nouns, read below).
        for c in cues.indices where cues[c].effective != nil && cues[c].tokens.count == 1 && !cues[c].categories.contains(.nominal) {
            let at = cues[c].tokens.lowerBound
            guard at > sentence.tokens.lowerBound, ScopeResolver.endsWithS(tokens[at], bytes),
                  ScopeResolver.determiners.contains(tokens[at - 1].lower)
                    || ScopeResolver.possessivePronouns.contains(tokens[at - 1].lower) else { continue }
            cues[c].effective = nil
        }

        // A noun naming a commitment counts only when someone owns it: a possessor right before it
        // ("the ministry's decision to", "his refusal to"; one lowercase word may stand between: "her
        // firm commitment to"), which alone gets it (`possessed`), or a support verb before its
        // article ("made a pledge to", "took the decision to"). "The union welcomed the decision to
        // raise wages" commits nobody; without an article or possessor, "we plan to" is the verb.
        // Its complement must be an act: "his commitment to the people", "her refusal to believe"
        // (a determiner, a name, a number or a verb naming no act or a belief after "to") commit to nothing.
        for c in cues.indices where cues[c].effective != nil && cues[c].categories.contains(.nominal) {
            // A noun without "to" ("Trump's travel order", "his plans") counts only after a possessor,
            // `Tuning.ownedActModifiers` lowercase words allowed between.
            if ScopeResolver.isOwnedActNoun(cues[c], tokens) {
                // Not a modifier of a compound noun: "its order book", "the bank's deal flow" (a plain
                // lowercase word after it that is no verb form, cue or function word).
                let after = cues[c].tokens.upperBound
                if after < sentence.tokens.upperBound, tokens[after].kind == .word, !tokens[after].has(.capitalized),
                   !cues.contains(where: { $0.tokens.lowerBound == after }),
                   !ScopeResolver.ownedActStops.contains(tokens[after].lower), !ScopeResolver.determiners.contains(tokens[after].lower),
                   functionWords[tokens[after].lower] != .auxiliary, tokens[after].lower != ScopeResolver.that,
                   !ScopeResolver.relativePronouns.contains(tokens[after].lower),
                   !ScopeResolver.endsWithS(tokens[after], bytes), !ScopeResolver.endsWithEd(tokens[after], bytes),
                   !ScopeResolver.endsWithIng(tokens[after], bytes) {
                    cues[c].effective = nil
                    continue
                }
                var k = cues[c].tokens.lowerBound - 1
                var words = 0
                while k > sentence.tokens.lowerBound, words < Tuning.ownedActModifiers, tokens[k].kind == .word,
                      !tokens[k].has(.capitalized), !isPossessor(k, sentence: sentence, tokens: tokens),
                      !ScopeResolver.determiners.contains(tokens[k].lower), !ScopeResolver.ownedActStops.contains(tokens[k].lower) {
                    k -= 1
                    words += 1
                }
                if k >= sentence.tokens.lowerBound, isPossessor(k, sentence: sentence, tokens: tokens) {
                    cues[c].possessed = true
                } else if words == 0, k > sentence.tokens.lowerBound, tokens[k].kind == .word, tokens[k].has(.capitalized) {
                    // A name right before it may own it: "the Warren proposal", "the Senate plan" (the
                    // attributor gives it to a mention ending there, else to nobody).
                    cues[c].possessed = true
                } else {
                    cues[c].effective = nil
                }
                continue
            }
            var next = cues[c].tokens.upperBound
            while next < sentence.tokens.upperBound && (tokens[next].has(.openQuote) || tokens[next].has(.closeQuote)) { next += 1 }
            if next < sentence.tokens.upperBound {
                let t = tokens[next]
                let verbless = t.kind != .word || t.has(.capitalized) || ScopeResolver.determiners.contains(t.lower)
                    || ScopeResolver.possessivePronouns.contains(t.lower)
                    || cues.contains { $0.tokens.lowerBound == next && !$0.categories.intersection([.nonAction, .prediction]).isEmpty }
                if verbless {
                    cues[c].effective = nil
                    continue
                }
            }
            var k = cues[c].tokens.lowerBound - 1
            guard k >= sentence.tokens.lowerBound else { continue }
            func marker(_ i: Int) -> Bool {
                tokens[i].lower == Attributor.possessive || ScopeResolver.possessivePronouns.contains(tokens[i].lower)
                    || ScopeResolver.determiners.contains(tokens[i].lower)
            }
            if !marker(k), k - 1 >= sentence.tokens.lowerBound, marker(k - 1), tokens[k].kind == .word, !tokens[k].has(.capitalized) {
                k -= 1
            }
            if isPossessor(k, sentence: sentence, tokens: tokens) {
                cues[c].possessed = true
            } else if ScopeResolver.determiners.contains(tokens[k].lower),
                      !(k - 1 >= sentence.tokens.lowerBound && ScopeResolver.supportVerbs.contains(tokens[k - 1].lower)) {
                cues[c].effective = nil
            }
        }

        // A speech or prediction word right after a possessor is a noun, no verb: "Spain's worries
        // about ...", "his fears" report nothing.
        for c in cues.indices where !cues[c].absorbed && cues[c].effective == nil
            && !cues[c].categories.intersection([.speech, .prediction]).isEmpty {
            let k = cues[c].tokens.lowerBound - 1
            guard k >= sentence.tokens.lowerBound, isPossessor(k, sentence: sentence, tokens: tokens) else { continue }
            cues[c].absorbed = true
        }

        // A capitalized modal that is a name or a month, not a modal: "May underscored that ...",
        // "May 4, 2018", "May's government" (a modal is followed by a bare verb, never by a
        // number, a possessive or a past form). Mid-sentence capitals never start a cue (CueTagger).
        for c in cues.indices where cues[c].effective != nil && ScopeResolver.isModal(cues[c], tokens)
            && tokens[cues[c].tokens.lowerBound].has(.capitalized) {
            let k = cues[c].tokens.upperBound
            guard k < sentence.tokens.upperBound else { continue }
            let next = tokens[k]
            if next.kind == .number || next.lower == Attributor.possessive
                || (next.kind == .word && !next.has(.capitalized) && ScopeResolver.endsWithEd(next, bytes)) {
                cues[c].effective = nil
            }
        }

        // A modal before a verb that names no action commits to nothing: "could face charges",
        // "may have been safer", "could be replaced" (but "could be deployed", "will be sending").
        // The same for "going to": "we are going to win this state" predicts, commits to nothing.
        // A negated modal too: "will not be among the finalists", "won't face charges" refuse nothing.
        for c in cues.indices where cues[c].effective != nil
            && (ScopeResolver.isModal(cues[c], tokens) || ScopeResolver.endsWithGoingTo(cues[c], tokens)
                || ScopeResolver.isNegatedModal(cues[c], tokens)) {
            let k = ScopeResolver.verbAfterModal(cues[c], end: sentence.tokens.upperBound, tokens: tokens)
            guard k < sentence.tokens.upperBound,
                  let verb = cues.firstIndex(where: { $0.tokens.lowerBound == k }),
                  cues[verb].categories.contains(.nonAction) else { continue }
            // After a negated modal only verbs of state and outcome: "won't face charges", "couldn't
            // remember"; "won't have those talks", "wouldn't explain how" still refuse.
            if ScopeResolver.isNegatedModal(cues[c], tokens), !ScopeResolver.negatedNonActions.contains(tokens[k].lower) { continue }
            // "would look at the merits", "should look into it": examining is an act, still the modal's.
            if tokens[k].lower == ScopeResolver.look, k + 1 < sentence.tokens.upperBound,
               ScopeResolver.lookParticles.contains(tokens[k + 1].lower) { continue }
            // "might have to scale back": an obligation to act, still the modal's.
            if tokens[k].lower == ScopeResolver.have, k + 1 < sentence.tokens.upperBound,
               tokens[k + 1].lower == ScopeResolver.to { continue }
            if tokens[k].lower == ScopeResolver.be, k + 1 < sentence.tokens.upperBound {
                let next = k + 1
                let nextIsCue = cues.contains { $0.tokens.lowerBound == next && $0.effective != nil }
                if nextIsCue || ScopeResolver.endsWithIng(tokens[next], bytes) { continue }
                // A negated modal before a passive refuses to yield: "will not be rushed", "would not be
                // “blackmailed”", "would not be bound by the text" -- the subject's refusal. Only a modal of
                // will: "could not be trusted", "can't be counted on" judge, they refuse nothing, and commit
                // nobody.
                if ScopeResolver.isNegatedModal(cues[c], tokens) {
                    var p = next
                    while p + 1 < sentence.tokens.upperBound, tokens[p].has(.openQuote) { p += 1 }
                    if ScopeResolver.endsWithEd(tokens[p], bytes) || ScopeResolver.irregularParticiples.contains(tokens[p].lower) {
                        if !ScopeResolver.volitionalModals.contains(tokens[cues[c].tokens.lowerBound].lower) {
                            cues[c].effective = nil
                        }
                        continue
                    }
                }
                // A passive names an act done by someone: "the fines would be collected", "could be fined".
                // Not one that takes "to" ("may be forced to", "would be expected to"): left as before.
                if ScopeResolver.endsWithEd(tokens[next], bytes) || ScopeResolver.irregularParticiples.contains(tokens[next].lower),
                   next + 1 >= sentence.tokens.upperBound || tokens[next + 1].lower != ScopeResolver.to {
                    cues[c].passiveVoice = true
                    continue
                }
            }
            cues[c].effective = nil
        }

        // Negation and double negation, left to right.
        for c in cues.indices where cues[c].effective != nil {
            // A negator shortly before, same clause, no commitment cue in between.
            var p = c - 1
            while p >= 0 {
                let prev = cues[p]
                if prev.clause != cues[c].clause { break }
                if cues[c].tokens.lowerBound - prev.tokens.upperBound > Tuning.negationWindow { break }
                if prev.categories.contains(.negator) && prev.effective == nil {
                    // Not across a speech verb or an embedded question: "has not said whether she will".
                    // Nor into a verb phrase with a modal of its own after "and" / "or": "sent no delegation
                    // and will not contribute" (the "no" is the delegation's).
                    // (or a verb in the past: "was “not negotiable” and threatened to force it through")
                    let ownModal = functionWords[tokens[cues[c].tokens.lowerBound].lower] == .auxiliary
                        || ScopeResolver.endsWithEd(tokens[cues[c].tokens.lowerBound], bytes)
                    let across = (prev.tokens.upperBound..<cues[c].tokens.lowerBound).contains {
                        ScopeResolver.clauseOpeners.contains(tokens[$0].lower)
                            || (ownModal && ScopeResolver.isAndOr(tokens[$0]))
                    } || cues[(p + 1)..<c].contains { $0.categories.contains(.speech) || $0.categories.contains(.prediction) }
                    if !across { cues[c].negated = true }
                    break
                }
                if prev.effective != nil { break }
                p -= 1
            }
            // A refusal right before this one ("refused to rule out").
            if cues[c].effective == .refused, c > 0 {
                // "could not be ruled out": the passive's "be" between is no cue of its own; the
                // hedge is then a passive, whose doer is whoever reports it.
                var pi = c - 1
                var passive = false
                if pi > 0, cues[pi].effective == nil, cues[pi].tokens.count == 1,
                   tokens[cues[pi].tokens.lowerBound].lower == ScopeResolver.be,
                   cues[pi].tokens.upperBound == cues[c].tokens.lowerBound {
                    pi -= 1
                    passive = true
                }
                let prev = cues[pi]
                // "could not and would not" is one refusal said twice, not a double negation.
                let coordinated = (prev.tokens.upperBound..<cues[c].tokens.lowerBound).contains {
                    ScopeResolver.isAndOr(tokens[$0]) || tokens[$0].lower == ScopeResolver.comma
                }
                if prev.effective == .refused, !prev.absorbed, prev.clause == cues[c].clause, !coordinated,
                   cues[c].tokens.lowerBound - prev.tokens.upperBound <= Tuning.negationWindow {
                    cues[c].doubleNegated = true
                    cues[pi].absorbed = true
                    if passive { cues[c].passiveVoice = true }
                }
            }
            if cues[c].negated {
                switch cues[c].effective {
                case .firm?: cues[c].effective = .refused
                case .hedged?:
                    // "may not", "might not" keep their doubt; "is not considering" refuses.
                    cues[c].effective = ScopeResolver.isModal(cues[c], tokens) ? .hedged : .refused
                case .refused?:
                    cues[c].doubleNegated = true
                default: break
                }
            }
            if cues[c].doubleNegated { cues[c].effective = .hedged }
            // "would not say whether it would", "will not say how many": a modal refusal to say what is
            // still open leaves the question open, which the guide calls hedged ("declined to say
            // whether" stays a refusal, as "declined to comment" is).
            if cues[c].effective == .refused, ScopeResolver.isNegatedModal(cues[c], tokens) {
                let verb = ScopeResolver.verbAfterModal(cues[c], end: sentence.tokens.upperBound, tokens: tokens)
                if verb + 1 < sentence.tokens.upperBound,
                   cues.contains(where: { $0.tokens.lowerBound == verb && $0.categories.contains(.speech) }),
                   ScopeResolver.openQuestionWords.contains(tokens[verb + 1].lower) {
                    cues[c].effective = .hedged
                }
            }
            // "agreed not to", "vowed never to", "would no longer produce", "would never accept".
            if cues[c].effective == .firm || (cues[c].effective == .hedged && ScopeResolver.isWould(cues[c], tokens)),
               c + 1 < cues.count, cues[c + 1].categories.contains(.negator),
               // Quotation marks between are no words: 'would “never” back a softer line'.
               (cues[c].tokens.upperBound..<cues[c + 1].tokens.lowerBound).allSatisfy({
                   tokens[$0].has(.openQuote) || tokens[$0].has(.closeQuote) }) {
                cues[c].effective = .refused
            }
        }
        // Chains in one clause: the first cue governs the next one a few words after it.
        // "vowed to block" -> refused; "could be deployed" -> hedged; "refused to commit",
        // "dismissed the idea of making such promises" -> refused. Not across "that", a comma,
        // a name or a pronoun (a new subject), and never from a speech verb to its report.
        var previous: Int? = nil
        for c in cues.indices where cues[c].effective != nil && !cues[c].absorbed {
            // An owned act noun is its owner's alone, in no chain: "will keep defending his plan"
            // keeps "will" for the subject.
            if ScopeResolver.isOwnedActNoun(cues[c], tokens) { continue }
            guard let p = previous, cues[p].clause == cues[c].clause,
                  cues[c].tokens.lowerBound - cues[p].tokens.upperBound <= Tuning.chainWindow,
                  cues[p].categories.isDisjoint(with: [.speech, .prediction])
                    || (!cues[p].categories.contains(.prediction)
                        && ScopeResolver.onlyInfinitiveBetween(cues[p], cues[c], tokens)),
                  !ScopeResolver.newSubjectBetween(cues[p].tokens.upperBound, cues[c].tokens.lowerBound, tokens, pronouns),
                  // A modal after "and" / "or" starts a verb phrase of its own: "firmly opposes the move
                  // and might take measures" (the refusal does not govern the hedge).
                  // ("would ... and could" stays one chain: attribution reads the second under the first.)
                  !(functionWords[tokens[cues[c].tokens.lowerBound].lower] == .auxiliary && !ScopeResolver.isWould(cues[p], tokens)
                    && (cues[p].tokens.upperBound..<cues[c].tokens.lowerBound).contains {
                        ScopeResolver.isAndOr(tokens[$0]) }) else {
                previous = c
                continue
            }
            if cues[p].effective == .hedged, ScopeResolver.isWould(cues[p], tokens) {
                // "would oppose": the verb keeps its meaning; attribution decides what "would" does.
                cues[p].absorbed = true
                cues[c].underWould = true
                previous = c
                continue
            }
            switch (cues[p].effective!, cues[c].effective!) {
            case (.firm, _):
                cues[p].absorbed = true
                previous = c
            case (.refused, .firm), (.refused, .hedged), (.hedged, _):
                cues[c].absorbed = true
            default:
                previous = c
            }
        }
        // A modal negated after it: "could not", "would not" are in the lexicon; "may not" stays hedged.
        return clauseOf
    }

    /// Whether only an infinitive "to" joins two cues ("vowed to oppose", "promised to block"):
    /// a speech verb with an infinitive commits its subject; with "that" it reports.
    static func onlyInfinitiveBetween(_ p: Cue, _ c: Cue, _ tokens: UnsafeBufferPointer<Token>) -> Bool {
        let between = p.tokens.upperBound..<c.tokens.lowerBound
        if between.isEmpty { return tokens[p.tokens.upperBound - 1].lower == ScopeResolver.to }
        return between.count == 1 && tokens[between.lowerBound].lower == ScopeResolver.to
    }

    static let to = TokenHash.of("to")

    static func isWould(_ cue: Cue, _ tokens: UnsafeBufferPointer<Token>) -> Bool {
        cue.tokens.count == 1 && tokens[cue.tokens.lowerBound].lower == would
    }

    static let would = TokenHash.of("would")

    static func isModal(_ cue: Cue, _ tokens: UnsafeBufferPointer<Token>) -> Bool {
        cue.tokens.count == 1 && modals.contains(tokens[cue.tokens.lowerBound].lower)
    }

    /// Whether a cue is a commitment noun without "to" ("order", "plans"), which counts only for its
    /// owner: "Trump's travel order", "his plans".
    static func isOwnedActNoun(_ cue: Cue, _ tokens: UnsafeBufferPointer<Token>) -> Bool {
        cue.categories.contains(.nominal) && tokens[cue.tokens.upperBound - 1].lower != ScopeResolver.to
    }

    /// The verbs of `non-actions.txt` that also make a negated modal no refusal: states and outcomes
    /// ("will not be among the finalists", "won't face prison time", "could not remember"). Not "have",
    /// "explain", "hear", "get", "know", "need": "won't have those talks", "wouldn't explain how it
    /// got the card" refuse (read in the NewsMTSC round-1 cross-validation errors, twelfth session).
    static let negatedNonActions = HashIndex<Bool>(set: ["appear", "be", "become", "face", "happen", "lose", "matter",
                                                         "receive", "remember", "seem", "survive", "win"].map(TokenHash.of))
    static let cannot = TokenHash.of("cannot")
    static let negations = HashIndex<Bool>(set: ["not", "n't"].map(TokenHash.of))

    /// The index of the verb after a modal cue, past fillers ("could soon face": "face"); `end` when none.
    static func verbAfterModal(_ cue: Cue, end: Int, tokens: UnsafeBufferPointer<Token>) -> Int {
        var k = cue.tokens.upperBound
        // Quotation marks are no words: 'promised that Lindqvist would “make a fine mayor”'.
        while k < end, modalFillers.contains(tokens[k].lower) || tokens[k].has(.openQuote) || tokens[k].has(.closeQuote) { k += 1 }
        return k
    }

    static let modals = HashIndex<Bool>(set: ["may", "might", "could", "would", "should", "can", "will", "shall", "'ll"].map(TokenHash.of))
    /// Words between a modal and its verb: "could soon face", "will not be", "may also have", "will
    /// always be grateful".
    static let modalFillers = HashIndex<Bool>(set: ["not", "n't", "never", "always", "also", "still", "soon", "then", "even", "now",
                                                "likely", "probably", "well", "eventually", "ultimately", "easily"].map(TokenHash.of))
    static let be = TokenHash.of("be")
    static let look = TokenHash.of("look")
    /// "look at", "look into", "look for": to examine or seek, an act (not "look like", "look good").
    static let lookParticles = HashIndex<Bool>(set: ["at", "for", "into"].map(TokenHash.of))
    static let have = TokenHash.of("have")
    /// Past participles without "-ed" that make a passive after "be": "would be paid", "will be sent".
    static let irregularParticiples = HashIndex<Bool>(set: ["bound", "brought", "built", "cut", "given", "held", "kept", "laid", "made",
                                                        "paid", "put", "sent", "set", "shut", "sold", "spent", "struck",
                                                        "taken", "withdrawn"].map(TokenHash.of))

    static func endsWithIng(_ t: Token, _ bytes: [UInt8]) -> Bool {
        let e = Int(t.end)
        return e <= bytes.count && e - Int(t.start) > 4 && bytes[e - 3] == UInt8(ascii: "i") && bytes[e - 2] == UInt8(ascii: "n") && bytes[e - 1] == UInt8(ascii: "g")
    }
    /// The bare verb forms of "commit" that are cues ("committed to" is its own cue).
    static let commitForms = HashIndex<Bool>(set: ["commit", "commits", "committed", "committing"].map(TokenHash.of))
    /// Whether token `k` marks a possessor: "his", "their", or "'s" after a name or noun (not "he's",
    /// "it's", "that's": a pronoun's "'s" is "is" or "has").
    func isPossessor(_ k: Int, sentence: Sentence, tokens: UnsafeBufferPointer<Token>) -> Bool {
        if ScopeResolver.possessivePronouns.contains(tokens[k].lower) { return true }
        guard tokens[k].lower == Attributor.possessive, k - 1 >= sentence.tokens.lowerBound else { return false }
        let before = tokens[k - 1].lower
        return !pronouns.contains(before) && !ScopeResolver.contractedBefore.contains(before)
    }

    /// Words whose "'s" is "is" or "has": "that's", "there's", "what's", "who's", "here's".
    static let contractedBefore = HashIndex<Bool>(set: ["that", "there", "what", "who", "here", "it", "he", "she", "where",
                                                    "how", "let"].map(TokenHash.of))
    /// Possessive determiners: "his decision to", "their refusal to".
    static let possessivePronouns = HashIndex<Bool>(set: ["his", "her", "its", "their", "our", "my", "your"].map(TokenHash.of))
    /// Words no modifier of an owned act noun is: "the plan of the city's ban" stops at "of".
    static let ownedActStops = HashIndex<Bool>(set: ["and", "at", "by", "for", "from", "in", "of", "on", "or", "to",
                                                     "with"].map(TokenHash.of))
    /// Verbs whose object noun names their subject's own act: "made a pledge to", "took the decision to".
    static let supportVerbs = HashIndex<Bool>(set: ["make", "makes", "made", "making", "take", "takes", "took", "taken",
                                                "taking"].map(TokenHash.of))
    /// Articles and demonstratives before an adjective: "a convicted felon", "the signed agreement"
    /// (not possessives: "its planned offensive" is the possessor's plan).
    static let determiners = HashIndex<Bool>(set: ["a", "an", "the", "this", "these", "those"].map(TokenHash.of))
    static let going = TokenHash.of("going")
    /// The articles: "a", "an", "the".
    static let articles = HashIndex<Bool>(set: ["a", "an", "the"].map(TokenHash.of))
    /// Prepositions that take a noun phrase, so a past participle right after one is an adjective:
    /// "despite renewed warnings", "amid stalled talks" (not "by": "was blocked by allied ...").
    static let nounPrepositions = HashIndex<Bool>(set: ["about", "against", "amid", "amidst", "among", "despite", "for", "of",
                                                    "over", "with", "without"].map(TokenHash.of))

    /// Whether a cue ends with "going to" ("is going to", "are going to").
    static func endsWithGoingTo(_ cue: Cue, _ tokens: UnsafeBufferPointer<Token>) -> Bool {
        let r = cue.tokens
        return r.count >= 2 && tokens[r.upperBound - 1].lower == to && tokens[r.upperBound - 2].lower == going
    }

    /// Words after "denied" that make it a denial of a fact, not of an act: "denied that ...", "denied
    /// it", "denied knowing" (read in the NewsMTSC round-1 cross-validation errors, thirteenth session);
    /// a subject pronoun opens a clause of fact: "denied he tried to sway the jury" (fifteenth).
    static let deniedFacts = HashIndex<Bool>(set: ["being", "ever", "having", "he", "i", "it", "knowing", "she", "that",
                                                   "them", "they", "this", "we"].map(TokenHash.of))
    /// The verb forms of "deny" that are refusal cues.
    static let denyForms = HashIndex<Bool>(set: ["deny", "denies", "denied", "denying"].map(TokenHash.of))
    /// Words that end the object of "committed": "committed troops under the act" commits troops.
    static let prepositionsAfterCommit = HashIndex<Bool>(set: ["to", "under", "for", "in", "by", "with", "on", "as", "at",
                                                           "from", "into", "of", "and", "or", "but"].map(TokenHash.of))

    /// Whether a word is a past form: ends in "ed", not in "eed" ("need", "proceed").
    static func endsWithEd(_ t: Token, _ bytes: [UInt8]) -> Bool {
        let e = Int(t.end)
        return e <= bytes.count && e - Int(t.start) > 3 && bytes[e - 2] == UInt8(ascii: "e") && bytes[e - 1] == UInt8(ascii: "d")
            && bytes[e - 3] != UInt8(ascii: "e")
    }
    /// Whether a word ends in "s" (a verb's third person or a plural noun), not "ss" ("access").
    static func endsWithS(_ t: Token, _ bytes: [UInt8]) -> Bool {
        let e = Int(t.end)
        return e <= bytes.count && e - Int(t.start) > 2 && bytes[e - 1] == UInt8(ascii: "s") && bytes[e - 2] != UInt8(ascii: "s")
    }
    /// Participles of asking that open a sentence as a clause of their own: "Asked about ...,".
    static let askedParticiples = HashIndex<Bool>(set: ["asked", "pressed", "questioned"].map(TokenHash.of))
    static let semicolon = TokenHash.of(";")
    static let colon = TokenHash.of(":")
    static let comma = TokenHash.of(",")
    /// Pronouns that open a relative clause after a comma (", who ...,", ", where ...,").
    static let relativePronouns = HashIndex<Bool>(set: ["who", "which", "where", "whose", "whom"].map(TokenHash.of))
    static let who = TokenHash.of("who")
    static let providing = TokenHash.of("providing")
    static let which = TokenHash.of("which")
}
