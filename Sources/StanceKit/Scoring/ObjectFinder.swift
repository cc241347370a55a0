/// Finds what an actor commits to, refuses or hedges on: the head phrase of the
/// action's object, and its canonical group from `Lexicons/objects/synonyms.txt`.
///
/// Three readings, tried for each attributed cue (the one that decided the label first):
/// - described: "described U.S. air support as “an option”" is *U.S. air support*;
/// - passive or copular: "air support could be on the table", "troops from the UK
///   could be deployed" is the clause's subject (*air support*, *troops*) when it is no actor;
/// - active: the noun phrase after the cue and its verb, "will not commit large numbers
///   of troops" is *large numbers of troops*; "dismissed the idea of making such
///   promises" is *such promises*.
///
///     let finder = ObjectFinder(lexicons: lexicons)
///     finder.objectTokens(of: pair, label: .refused, in: processed)   // tokens of "ground troops"
///     finder.group(of: range, in: doc)                                // "troops"
public struct ObjectFinder: Sendable {
    public let lexicons: LexiconSet

    public init(lexicons: LexiconSet) {
        self.lexicons = lexicons
    }

    /// Words that end an object noun phrase.
    static let stops = HashIndex<Bool>(set: [",", ".", ";", ":", "?", "!", "if", "unless", "but", "while", "because",
                                         "after", "before", "when", "as", "and", "until", "into", "to", "in",
                                         "on", "at", "for", "with", "from", "by", "that", "which", "who", "than",
                                         "over", "under", "against", "within", "without", "amid", "despite",
                                         "during", "toward", "towards", "across", "unless", "so"].map(TokenHash.of))
    /// A cue ending in one of these is followed by the verb, then the object: "will not commit troops".
    static let verbSlots = HashIndex<Bool>(set: ["will", "would", "could", "might", "may", "can", "shall", "should", "not",
                                             "n't", "to", "'ll", "must", "never", "cannot", "'d"].map(TokenHash.of))
    /// Forms of "be" (and "remain"): after them a participle or a predicate makes the subject the object.
    static let beForms = HashIndex<Bool>(set: ["be", "been", "being", "is", "are", "was", "were", "remain", "remains",
                                           "remained", "'s", "'re", "stay", "stays"].map(TokenHash.of))
    /// Adverbs skipped between a modal and its verb ("might also cut rates").
    static let adverbs = HashIndex<Bool>(set: ["also", "still", "soon", "now", "then", "even", "further", "again", "never",
                                           "already", "yet", "first", "rather", "ever", "once"].map(TokenHash.of))
    /// Words that end an object after its first word ("cut rates sooner", "lower rates this year").
    static let trailers = HashIndex<Bool>(set: ["twice", "again", "soon", "sooner", "later", "now", "this", "next", "last",
                                            "too", "also", "yet", "still", "instead", "either", "already", "ever",
                                            "immediately", "anyway", "altogether"].map(TokenHash.of))
    /// Of the trailers, those that start an object unless a time noun follows: "this plan", not "this week".
    static let deictics = HashIndex<Bool>(set: ["this", "next", "last"].map(TokenHash.of))
    /// Time nouns after "this", "next", "last".
    static let timeNouns = HashIndex<Bool>(set: ["week", "weekend", "month", "year", "quarter", "season", "spring", "summer",
                                             "autumn", "fall", "winter", "time", "monday", "tuesday", "wednesday",
                                             "thursday", "friday", "saturday", "sunday"].map(TokenHash.of))
    /// Time adverbs that are never an object: "will strike tomorrow".
    static let timeWords = HashIndex<Bool>(set: ["today", "tomorrow", "tonight", "yesterday"].map(TokenHash.of))
    /// Particles and prepositions of a phrasal verb, skipped before its object
    /// ("sign up to a coal phase-out", "commit to a plan", "invest in batteries").
    static let particles = HashIndex<Bool>(set: ["up", "out", "off", "down", "back", "to", "for", "on", "in", "into", "at",
                                             "with", "about", "forward", "ahead"].map(TokenHash.of))
    /// Words ending in -ly that are no adverbs, for `isAdverb`.
    static let lyNouns = HashIndex<Bool>(set: ["supply", "family", "ally", "rally", "assembly", "monopoly", "italy", "july",
                                           "reply", "anomaly", "daily", "weekly", "monthly", "quarterly", "yearly",
                                           "early", "only"].map(TokenHash.of))
    /// Verbs whose object is an action in -ing ("consider sending troops"), so the gerund is skipped.
    static let gerundVerbs = HashIndex<Bool>(set: ["consider", "considers", "considered", "weigh", "weighs", "discuss",
                                               "explore", "begin", "start", "stop", "keep", "avoid", "resume", "delay",
                                               "postpone", "suspend", "continue", "recommend", "propose"].map(TokenHash.of))
    /// Nouns of light-verb phrases whose real object follows a preposition ("take part in X").
    static let lightNouns = HashIndex<Bool>(set: ["part", "role", "action", "steps", "measures"].map(TokenHash.of))
    static let ofHash = TokenHash.of("of")
    /// Openers that join noun phrases ("troops from the UK, France and others") rather than clauses.
    static let conjunctions = HashIndex<Bool>(set: ["and", "or", "nor"].map(TokenHash.of))
    static let asHash = TokenHash.of("as")
    static let thatHash = TokenHash.of("that")
    static let toHash = TokenHash.of("to")
    /// Longest object, in tokens.
    static let maxObjectTokens = 8
    /// Longest quotation kept inside an object ("their “one in, one out” returns scheme"), in tokens.
    static let maxQuotedTokens = 8
    /// How far back a passive subject may start from its cue, in tokens.
    static let maxSubjectReach = 30

    /// The token range of the object of `pair`, preferring cues attributed with `label`.
    public func objectTokens(of pair: StanceAnalyzer.Pair, label: StanceLabel,
                             in processed: StanceAnalyzer.Processed) -> Range<Int>? {
        let attributed = pair.mentions.flatMap { processed.context.attributions[$0].cues }
        guard !attributed.isEmpty else { return nil }
        var order: [Int] = []
        for a in attributed where a.label == label && !order.contains(a.cue) { order.append(a.cue) }
        for a in attributed where !order.contains(a.cue) { order.append(a.cue) }
        let sc = processed.context.cues[pair.sentence]
        let sentence = processed.document.sentences[pair.sentence]
        return processed.document.tokens.withUnsafeBufferPointer { tokens in
            let mentionTokens = processed.table.mentions(inSentence: pair.sentence).map { $0.phraseStart..<$0.tokens.upperBound }
            func isActor(_ r: Range<Int>) -> Bool { mentionTokens.contains { $0.overlaps(r) } }
            for ci in order {
                let cue = sc.cues[ci]
                let reader = Reader(cueMatcher: lexicons.cues, functionWords: lexicons.functionWords, bytes: processed.document.bytes,
                                    tokens: tokens, cues: sc, lo: sentence.tokens.lowerBound,
                                    hi: sentence.tokens.upperBound, isActor: isActor)
                if let r = reader.described(cue) ?? reader.object(of: cue) { return r }
            }
            return nil
        }
    }

    /// The object of `pair` as written in the text, or nil.
    public func objectText(of pair: StanceAnalyzer.Pair, label: StanceLabel, in processed: StanceAnalyzer.Processed) -> String? {
        guard let r = objectTokens(of: pair, label: label, in: processed) else { return nil }
        let doc = processed.document
        return doc.text(of: Int(doc.tokens[r.lowerBound].start)..<Int(doc.tokens[r.upperBound - 1].end))
    }

    /// The canonical group of the object tokens `range`: the group of the longest synonym phrase
    /// inside it (the first of equally long ones), else its words without determiners, lowercase.
    public func group(of range: Range<Int>, in doc: Document) -> String {
        doc.tokens.withUnsafeBufferPointer { tokens in
            var best: (length: Int, group: String)? = nil
            for k in range {
                if let m = lexicons.objects.longestMatch(tokens, at: k, end: range.upperBound, key: { $0.lower }),
                   best == nil || m.length > best!.length {
                    best = (m.length, m.payload)
                }
            }
            if let best { return best.group }
            var words: [String] = []
            for k in range where tokens[k].kind != .punctuation {
                if lexicons.functionWords[tokens[k].lower] == .determiner && words.isEmpty { continue }
                words.append(doc.text(of: tokens[k]).lowercased())
            }
            return words.joined(separator: " ")
        }
    }

    /// Reads one sentence's tokens around a cue.
    struct Reader {
        let cueMatcher: PhraseMatcher<CueEntry>
        let functionWords: HashIndex<LexiconSet.FunctionWord>
        let bytes: [UInt8]
        let tokens: UnsafeBufferPointer<Token>
        let cues: Attributor.SentenceCues
        let lo: Int
        let hi: Int
        let isActor: (Range<Int>) -> Bool

        func functionWord(_ k: Int) -> LexiconSet.FunctionWord? { functionWords[tokens[k].lower] }
        /// Whether token `k` is a word of more than `minimum` bytes ending in `suffix` (lowercase ASCII).
        func ends(_ k: Int, _ suffix: StaticString, longerThan minimum: Int) -> Bool {
            let t = tokens[k]
            let n = suffix.utf8CodeUnitCount
            guard t.kind == .word, Int(t.end) - Int(t.start) > minimum else { return false }
            return suffix.withUTF8Buffer { s in
                (0..<n).allSatisfy { i in bytes[Int(t.end) - n + i] | 0x20 == s[i] }
            }
        }
        /// An -ly adverb ("quickly"), not a noun like "supply" or a hyphenated "no-fly".
        func isAdverb(_ k: Int) -> Bool {
            guard ends(k, "ly", longerThan: 4), !ObjectFinder.lyNouns.contains(tokens[k].lower) else { return false }
            return !bytes[Int(tokens[k].start)..<Int(tokens[k].end)].contains(UInt8(ascii: "-"))
        }
        func isGerund(_ k: Int) -> Bool { ends(k, "ing", longerThan: 5) }
        /// The cue starting at token `k`, if any.
        func cue(at k: Int) -> Cue? { cues.cues.first { $0.tokens.lowerBound == k } }

        /// "described U.S. air support as “an option”": the phrase between the describer and "as".
        func described(_ cue: Cue) -> Range<Int>? {
            var k = cue.tokens.lowerBound - 1
            while k >= lo && (tokens[k].has(.openQuote) || tokens[k].has(.closeQuote)) { k -= 1 }
            guard k >= lo, tokens[k].lower == ObjectFinder.asHash else { return nil }
            let asIndex = k
            guard let describer = cues.cues.last(where: { $0.categories.contains(.describer)
                && $0.tokens.upperBound <= asIndex && asIndex - $0.tokens.upperBound <= ObjectFinder.maxObjectTokens }) else { return nil }
            let r = describer.tokens.upperBound..<asIndex
            guard !r.isEmpty, !isActorOnly(r) else { return nil }
            return r
        }

        /// Whether the range is nothing but actor mentions and determiners ("it", "Washington").
        func isActorOnly(_ r: Range<Int>) -> Bool {
            r.allSatisfy { k in isActor(k..<(k + 1)) || functionWord(k) == .determiner || tokens[k].kind == .punctuation }
        }

        /// The object of an active or passive cue.
        func object(of cue: Cue) -> Range<Int>? {
            var k = cue.tokens.upperBound
            // A cue quoted on its own: it “will not” send troops.
            while k < hi, tokens[k].has(.closeQuote), tokens[k].kind == .punctuation { k += 1 }
            let last = tokens[cue.tokens.upperBound - 1].lower
            let firstWord = functionWord(cue.tokens.lowerBound)
            // "could be on the table", "remains an option": a predicate cue after "be".
            if (firstWord == .preposition || firstWord == .determiner), cue.tokens.lowerBound > lo,
               ObjectFinder.beForms.contains(tokens[cue.tokens.lowerBound - 1].lower) {
                return subject(before: cue.tokens.lowerBound - 1)
            }
            if ObjectFinder.verbSlots.contains(last) || functionWord(cue.tokens.upperBound - 1) == .auxiliary {
                // Skip adverbs, auxiliaries and negators, then one verb.
                var sawBe = false
                while k < hi, tokens[k].kind == .word, isAdverb(k) || ObjectFinder.adverbs.contains(tokens[k].lower)
                        || functionWord(k) == .auxiliary || ObjectFinder.verbSlots.contains(tokens[k].lower) {
                    if ObjectFinder.beForms.contains(tokens[k].lower) { sawBe = true }
                    k += 1
                }
                if (sawBe || ObjectFinder.beForms.contains(last)) && !(k < hi && isGerund(k)) {
                    // "could be deployed", "could be on the table": the subject is what is committed.
                    return subject(before: cue.tokens.lowerBound)
                }
                var gerundObject = false
                if k < hi, tokens[k].kind == .word, !tokens[k].has(.capitalized) {
                    // "considering sending troops", "will consider sending troops": the gerund is the action.
                    gerundObject = isGerund(k) || ObjectFinder.gerundVerbs.contains(tokens[k].lower)
                    k += 1
                    var particles = 0
                    while particles < 2, k < hi, ObjectFinder.particles.contains(tokens[k].lower) { k += 1; particles += 1 }
                }
                return afterActor(nounPhrase(from: k, skipGerund: gerundObject))
            } else if k < hi, tokens[k].lower == ObjectFinder.thatHash {
                // "suggested that air support could be ...", "said that it would send troops".
                k += 1
                let np = nounPhrase(from: k)
                if let np, !isActorOnly(np) {
                    if np.upperBound < hi, functionWord(np.upperBound) == .auxiliary { return np }
                    return nil
                }
                var j = np?.upperBound ?? k
                while j < hi, tokens[j].kind == .word,
                      isAdverb(j) || functionWord(j) == .auxiliary || ObjectFinder.verbSlots.contains(tokens[j].lower) { j += 1 }
                if j > (np?.upperBound ?? k), j < hi, tokens[j].kind == .word { j += 1 }
                return afterActor(nounPhrase(from: j, skipGerund: false))
            }
            return afterActor(nounPhrase(from: k))
        }

        /// An object that is only an actor ("expect Japan to keep the tariffs") gives way to the
        /// object of the verb after "to"; otherwise there is none.
        func afterActor(_ np: Range<Int>?) -> Range<Int>? {
            guard let np, isActorOnly(np) else { return np }
            var j = np.upperBound
            guard j + 1 < hi, tokens[j].lower == ObjectFinder.toHash, tokens[j + 1].kind == .word else { return nil }
            j += 2
            let r = nounPhrase(from: j, skipGerund: false)
            return r.map { isActorOnly($0) ? nil : $0 } ?? nil
        }

        /// The noun phrase from `k`: up to a stop word, a condition or boundary cue, at most
        /// `maxObjectTokens`; "numbers of troops" keeps "of"; a leading "of" and a gerund are skipped.
        func nounPhrase(from start: Int, skipGerund: Bool = true) -> Range<Int>? {
            var k = start
            if k < hi, tokens[k].lower == ObjectFinder.ofHash { k += 1 }
            if skipGerund, k < hi, isGerund(k), k + 1 < hi,
               tokens[k + 1].kind == .word, !ObjectFinder.stops.contains(tokens[k + 1].lower) { k += 1 }
            let from = k
            var count = 0
            while k < hi && count < ObjectFinder.maxObjectTokens {
                let t = tokens[k]
                if t.lower == ObjectFinder.ofHash && count > 0 { k += 1; count += 1; continue }
                // A short quoted name inside the phrase: their “one in, one out” returns scheme.
                if t.has(.openQuote), let close = ((k + 1)..<min(hi, k + ObjectFinder.maxQuotedTokens + 2)).first(where: { tokens[$0].has(.closeQuote) }),
                   close + 1 < hi, tokens[close + 1].kind == .word, !ObjectFinder.stops.contains(tokens[close + 1].lower) {
                    count += 1
                    k = close + 1
                    continue
                }
                if t.kind == .punctuation || ObjectFinder.stops.contains(t.lower) { break }
                // A time phrase is no object: "will walk out next week", "will not sign today".
                if count == 0, ObjectFinder.timeWords.contains(t.lower) || (ObjectFinder.trailers.contains(t.lower)
                    && (!ObjectFinder.deictics.contains(t.lower) || (k + 1 < hi && ObjectFinder.timeNouns.contains(tokens[k + 1].lower)))) {
                    break
                }
                if count > 0, functionWord(k) == .auxiliary || ObjectFinder.trailers.contains(t.lower)
                    || ObjectFinder.verbSlots.contains(t.lower) { break }
                if let c = cueMatcher.longestMatch(tokens, at: k, end: hi, key: { $0.lower }),
                   c.payload.categories.contains(.condition) || c.payload.categories.contains(.boundary) { break }
                k += 1
                count += 1
            }
            while k > from, tokens[k - 1].lower == ObjectFinder.ofHash || functionWord(k - 1) == .determiner || isAdverb(k - 1) { k -= 1 }
            guard k > from else { return nil }
            // "take part in any returns arrangement", "play a role in the mission": the object follows.
            if ObjectFinder.lightNouns.contains(tokens[k - 1].lower), k + 1 < hi, functionWord(k) == .preposition,
               tokens[k].lower != ObjectFinder.ofHash, let next = nounPhrase(from: k + 1, skipGerund: skipGerund) {
                return next
            }
            return from..<k
        }

        /// The subject of a passive or copular clause ending at `end`: back to the clause's
        /// opener, then its noun phrase; nil when that is an actor.
        func subject(before end: Int) -> Range<Int>? {
            var j = end - 1
            while j >= lo, functionWord(j) == .auxiliary || ObjectFinder.verbSlots.contains(tokens[j].lower) || isAdverb(j) { j -= 1 }
            guard j >= lo else { return nil }
            var start = j
            var steps = 0
            while start > lo && steps < ObjectFinder.maxSubjectReach {
                let t = tokens[start - 1]
                if (functionWord(start - 1) == .opener && !ObjectFinder.conjunctions.contains(t.lower))
                    || t.lower == ObjectFinder.thatHash { break }
                if t.kind == .punctuation && !(t.lower == TokenHash.of(",")) { break }
                if let c = cue(at: start - 1), !c.categories.isDisjoint(with: [.speech, .boundary, .firm, .hedged, .refused, .prediction]) { break }
                start -= 1
                steps += 1
            }
            guard let np = nounPhrase(from: start), np.upperBound <= end, !isActorOnly(np) else { return nil }
            return np
        }
    }
}
