/// Turns one (actor, sentence) pair into features for the linear model.
///
/// Stance features: the guide's rule decision over the actor's attributed cues
/// (`rule:hedged`), counts of attributed labels (`att:refused`), how they were
/// attributed (`att-via:refused speaker`) and in what context (`att-flag:firm
/// conditioned`), each attributed cue phrase (`cue:rule_out refused`), the
/// mention's role, kind and actor type, whether it urges, predicts or speaks,
/// commitment cues elsewhere in the sentence (`sent:firm`), and words around the
/// mention with the mention itself masked (`w-1:will`, `w+12:will not`).
///
/// Sentiment features: lexicon valence of the sentence, of the actor's clause and
/// near the mention, crossed with the actor's role (`val:subject clause-neg`),
/// and the valence words of its clause (`valw:accused`).
///
///     let f = extractor.features(forActor: 0, mentions: [2], sentence: 1, in: context)
///     f.keys.count   // about 30-60
public struct FeatureExtractor: Sendable {
    /// The feature set's name and version, recorded in model files: a model made
    /// for another feature set is refused at load.
    public static let featureSetName = "stance-features"
    public static let featureSetVersion = 1

    public let lexicons: LexiconSet

    public init(lexicons: LexiconSet) {
        self.lexicons = lexicons
    }

    /// Everything the extractor reads about a document.
    public struct Context: Sendable {
        public var document: Document
        public var table: ActorTable
        public var cues: [Attributor.SentenceCues]
        public var attributions: [Attribution]
        /// Per sentence: token valences.
        public var valences: [[Float]]
        /// Per sentence: the token indices of its content words (words that are no function word),
        /// for the sentence-word features of the sentiment head.
        public var contentWords: [[Int32]]
        /// Per sentence, aligned with `contentWords`: the light stems' hashes (`LightStemmer`),
        /// computed once per document rather than once per pair.
        public var contentStems: [[UInt64]]
        /// Per sentence, aligned with `cues`: whether the cue is what someone was urged to do
        /// (`FeatureExtractor.isDirected`), computed once per document rather than once per pair.
        public var directed: [[Bool]]

        public init(document: Document, table: ActorTable, cues: [Attributor.SentenceCues],
                    attributions: [Attribution], valences: [[Float]], contentWords: [[Int32]]) {
            self.document = document
            self.table = table
            self.cues = cues
            self.attributions = attributions
            self.valences = valences
            self.contentWords = contentWords
            self.contentStems = document.tokens.withUnsafeBufferPointer { tokens in
                contentWords.map { words in words.map { LightStemmer.hash(tokens[Int($0)], in: document) } }
            }
            self.directed = cues.map { sc in sc.cues.indices.map { FeatureExtractor.isDirected($0, in: sc, tokens: document.tokens) } }
        }
    }

    static let labelHashes: [UInt64] = StanceLabel.allCases.map { TokenHash.of($0.rawValue) }
    static let viaHashes: [UInt64] = Attribution.Via.allCases.map { TokenHash.of($0.name) }
    static let roleHashes: [UInt64] = MentionRole.allCases.map { TokenHash.of($0.name) }
    static let kindHashes: [UInt64] = Mention.Kind.allCases.map { TokenHash.of("\($0)") }
    static let typeHashes: [UInt64] = ActorType.allCases.map { TokenHash.of($0.rawValue) }
    static let flagNames = ["conditioned", "limited", "softened", "question", "negated", "double-negated", "contrasted"]
    static let flagHashes = flagNames.map(TokenHash.of)
    static let predicateCategories: [(CueCategory, String)] = [(.event, "event"), (.speech, "speech"),
                                                                (.directive, "directive"), (.prediction, "prediction")]
    static let doesNames = ["urges", "predicts", "speaks", "in-quote", "first-person"]
    static let doesHashes = doesNames.map(TokenHash.of)
    static let predicateHashes = predicateCategories.map { TokenHash.of($0.1) }
    static let sentenceCategories: [(CueCategory, String)] = [(.directive, "directive"), (.speech, "speech"),
                                                             (.condition, "condition"), (.prediction, "prediction"),
                                                             (.negator, "negator")]
    static let sentenceCategoryHashes = sentenceCategories.map { TokenHash.of($0.1) }
    static let nearParts = ["before", "after", "firm", "hedged", "refused", "none", "same", "other", "adjacent", "near",
                            "far", "mention", "clear", "own", "other"]
    static let nearPartHashes = nearParts.map(TokenHash.of)
    static let otherClauseConditionHash = TokenHash.of("condition-other")
    static let boundaryHash = TokenHash.of("<s>")
    static let endHash = TokenHash.of("</s>")

    /// The features of one actor in one sentence, from its mentions there.
    public func features(forActor actor: Int, mentions: [Int], sentence s: Int, in ctx: Context,
                         collectNames: Bool = false) -> FeatureVector {
        var f = FeatureVector(collectNames: collectNames)
        features(into: &f, forActor: actor, mentions: mentions, sentence: s, in: ctx)
        return f
    }

    /// The same into `f`, emptied first: a caller scoring many pairs reuses one vector's storage.
    /// Returns the rule decision over the actor's attributed cues (`StanceAnalyzer.ruleDecision`),
    /// which the features include, so that a scorer does not gather the cues again.
    @discardableResult
    public func features(into f: inout FeatureVector, forActor actor: Int, mentions: [Int], sentence s: Int,
                         in ctx: Context) -> StanceLabel {
        f.removeAll()
        f.add(.bias)
        let doc = ctx.document
        let sentence = doc.sentences[s]
        let sc = ctx.cues[s]
        let directed = ctx.directed[s]
        let entries = lexicons.cues.payloads

        // Attributed cues of all the actor's mentions here.
        // (One mention, the common case: its own array, not a copy.)
        let attributed = mentions.count == 1 ? ctx.attributions[mentions[0]].cues
            : mentions.flatMap { ctx.attributions[$0].cues }
        var ownCueIndices: [Int] = []
        for c in attributed where !ownCueIndices.contains(c.cue) { ownCueIndices.append(c.cue) }
        let decision = StanceRules.decide(attributed)
        f.add(.rule, FeatureExtractor.labelHashes[decision.index]) { decision.rawValue }

        var counts = SIMD4<Float>(repeating: 0)
        for c in attributed {
            let effective = StanceRules.label(of: c)
            counts[effective.index] += 1
            let raw = c.label
            f.add(.attributedVia, FeatureExtractor.labelHashes[raw.index], FeatureExtractor.viaHashes[Int(c.via.rawValue)]) {
                "\(raw.rawValue) \(c.via.name)"
            }
            let cue = sc.cues[c.cue]
            for k in 0..<FeatureExtractor.flagNames.count {
                let on: Bool
                switch k {
                case 0: on = c.conditioned
                case 1: on = c.limited
                case 2: on = c.softened
                case 3: on = c.question
                case 4: on = cue.negated
                case 5: on = cue.doubleNegated
                default: on = c.contrasted
                }
                guard on else { continue }
                f.add(.attributedFlag, FeatureExtractor.labelHashes[raw.index], FeatureExtractor.flagHashes[k]) {
                    "\(raw.rawValue) \(FeatureExtractor.flagNames[k])"
                }
            }
            let entry = entries[Int(cue.entry)]
            f.add(.cuePhrase, entry.hash, FeatureExtractor.labelHashes[raw.index]) {
                "\(entry.phrase.replacingOccurrences(of: " ", with: "_")) \(raw.rawValue)"
            }
        }
        for label in StanceLabel.allCases where label != .none && counts[label.index] > 0 {
            f.add(.attributed, FeatureExtractor.labelHashes[label.index], value: min(counts[label.index], 3)) { label.rawValue }
        }

        // The mention itself: role, kind, type, what it does.
        let primary = mentions.first!
        let att = ctx.attributions[primary]
        let mention = ctx.table.mentions[primary]
        var roleBits: UInt16 = 0
        for m in mentions { roleBits |= 1 << UInt16(ctx.attributions[m].role.rawValue) }
        let allRoles = MentionRole.allCases
        for r in allRoles where roleBits & (1 << UInt16(r.rawValue)) != 0 {
            f.add(.role, FeatureExtractor.roleHashes[Int(r.rawValue)]) { r.name }
        }
        f.add(.kind, FeatureExtractor.kindHashes[Int(mention.kind.rawValue)]) { "\(mention.kind)" }
        if actor >= 0 {
            let type = ctx.table.actors[actor].type
            f.add(.type, FeatureExtractor.typeHashes[type.index]) { type.rawValue }
        }
        for k in 0..<FeatureExtractor.doesNames.count {
            let on: Bool
            switch k {
            case 0: on = mentions.contains { ctx.attributions[$0].urges }
            case 1: on = mentions.contains { ctx.attributions[$0].predicts }
            case 2: on = mentions.contains { ctx.attributions[$0].speaks }
            case 3: on = att.inQuote
            default: on = mention.isSpeakerPronoun
            }
            if on { f.add(.flag, FeatureExtractor.doesHashes[k]) { FeatureExtractor.doesNames[k] } }
        }
        // What else the actor does in its clause: speech, events, directives, predictions.
        for m in mentions {
            for ci in ctx.attributions[m].predicates {
                let cue = sc.cues[ci]
                let entry = entries[Int(cue.entry)]
                for (k, (cat, name)) in FeatureExtractor.predicateCategories.enumerated() where cue.categories.contains(cat) {
                    f.add(.predicate, FeatureExtractor.predicateHashes[k]) { name }
                }
                f.add(.predicatePhrase, entry.hash) { entry.phrase.replacingOccurrences(of: " ", with: "_") }
            }
        }

        // Commitment cues elsewhere in the sentence. A condition in another clause is its own
        // feature: "While Washington has ruled out ground troops, Trump has suggested that air
        // support could be on the table if ..." conditions Trump's offer, not Washington's refusal.
        let mClause = sc.clauseOf.isEmpty ? 0 : sc.clauseOf[max(0, min(sc.clauseOf.count - 1, mention.phraseStart - sentence.tokens.lowerBound))]
        var seen: UInt32 = 0
        for (ci, cue) in sc.cues.enumerated() where !ownCueIndices.contains(ci) {
            if let e = cue.effective, !cue.absorbed, seen & (1 << UInt32(e.index)) == 0, !directed[ci] {
                seen |= 1 << UInt32(e.index)
                f.add(.sentenceCue, FeatureExtractor.labelHashes[e.index]) { e.rawValue }
            }
            for (k, (cat, name)) in FeatureExtractor.sentenceCategories.enumerated() where cue.categories.contains(cat) {
                let other = cat == .condition && cue.clause != mClause
                let bit: UInt32 = other ? 1 << 20 : 1 << UInt32(8 + k)
                if seen & bit == 0 {
                    seen |= bit
                    if other {
                        f.add(.sentenceCue, FeatureExtractor.otherClauseConditionHash) { "condition-other" }
                    } else {
                        f.add(.sentenceCue, FeatureExtractor.sentenceCategoryHashes[k]) { name }
                    }
                }
            }
        }

        // The nearest commitment cues before and after the mention, whoever they were given to:
        // their label, clause relation, distance and what lies between. They let the model learn
        // the attributions the rules miss.
        let mStart = mention.phraseStart, mEnd = mention.tokens.upperBound
        let sentenceMentions = ctx.table.mentions(inSentence: s)
        var before: Int? = nil, after: Int? = nil
        // What someone was urged to do is nobody's commitment: "Poland urged Germany to send troops
        // and commit to the mission" (commit to: not a near cue of Poland's).
        for (ci, cue) in sc.cues.enumerated() where cue.effective != nil && !cue.absorbed
            && (ownCueIndices.contains(ci) || !directed[ci]) {
            if cue.tokens.upperBound <= mStart { before = ci }
            if cue.tokens.lowerBound >= mEnd && after == nil { after = ci }
        }
        for side in 0..<2 {
            let isBefore = side == 0
            guard let ci = isBefore ? before : after else { continue }
            let cue = sc.cues[ci]
            let label = StanceRules.effectiveLabel(cue)
            let gap = isBefore ? mStart - cue.tokens.upperBound : cue.tokens.lowerBound - mEnd
            let range = isBefore ? cue.tokens.upperBound..<mStart : mEnd..<cue.tokens.lowerBound
            let crossesMention = sentenceMentions.contains { range.contains($0.phraseStart) }
            // Parts: direction, label, same/other clause, adjacent/near/far, mention/clear between, own/other
            // (a tuple, not an array: no allocation per pair).
            let parts = (isBefore ? 0 : 1, 2 + label.index, cue.clause == mClause ? 6 : 7,
                         gap <= 1 ? 8 : (gap <= 4 ? 9 : 10), crossesMention ? 11 : 12, ownCueIndices.contains(ci) ? 13 : 14)
            let hashes = FeatureExtractor.nearPartHashes
            var h = FeatureTemplate.nearCue.hash
            h = TokenHash.combine(h, hashes[parts.0]); h = TokenHash.combine(h, hashes[parts.1])
            h = TokenHash.combine(h, hashes[parts.2]); h = TokenHash.combine(h, hashes[parts.3])
            h = TokenHash.combine(h, hashes[parts.4]); h = TokenHash.combine(h, hashes[parts.5])
            f.keys.append(h)
            f.values.append(1)
            if f.names != nil {
                let names = [parts.0, parts.1, parts.2, parts.3, parts.4, parts.5].map { FeatureExtractor.nearParts[$0] }
                f.names!.append(FeatureTemplate.nearCue.name + ":" + names.joined(separator: " "))
            }
            f.add(.nearCue, FeatureExtractor.nearPartHashes[isBefore ? 0 : 1], FeatureExtractor.labelHashes[label.index]) {
                "\(isBefore ? "before" : "after") \(label.rawValue)"
            }
        }
        // The rule decision crossed with the mention's role.
        for r in allRoles where roleBits & (1 << UInt16(r.rawValue)) != 0 {
            f.add(.ruleRole, FeatureExtractor.labelHashes[decision.index], FeatureExtractor.roleHashes[Int(r.rawValue)]) {
                "\(decision.rawValue) \(r.name)"
            }
        }

        // Words around the mention, the mention masked.
        doc.tokens.withUnsafeBufferPointer { tokens in
            let lo = sentence.tokens.lowerBound, hi = sentence.tokens.upperBound
            let a = mention.phraseStart, b = mention.tokens.upperBound
            func word(_ i: Int) -> UInt64 { i < lo ? FeatureExtractor.boundaryHash : (i >= hi ? FeatureExtractor.endHash : tokens[i].lower) }
            func text(_ i: Int) -> String { i < lo ? "<s>" : (i >= hi ? "</s>" : FeatureExtractor.normalizedText(tokens[i], doc)) }
            f.add(.left1, word(a - 1)) { text(a - 1) }
            f.add(.left2, word(a - 2)) { text(a - 2) }
            f.add(.right1, word(b)) { text(b) }
            f.add(.right2, word(b + 1)) { text(b + 1) }
            f.add(.rightBigram, word(b), word(b + 1)) { text(b) + " " + text(b + 1) }
            f.add(.leftBigram, word(a - 2), word(a - 1)) { text(a - 2) + " " + text(a - 1) }
            var k = max(lo, a - 5)
            while k < min(hi, b + 6) {
                if (k < a || k >= b) && tokens[k].kind == .word {
                    f.add(.window, tokens[k].lower) { text(k) }
                }
                k += 1
            }
            // Words between the mention and its first own cue.
            if let first = attributed.first {
                let cue = sc.cues[first.cue]
                let from = min(b, cue.tokens.upperBound), to = max(a, cue.tokens.lowerBound)
                var k = from
                var n = 0
                while k < to && n < 6 {
                    if tokens[k].kind == .word { f.add(.between, tokens[k].lower) { text(k) }; n += 1 }
                    k += 1
                }
            }

            SentimentFeatures(lexicons: lexicons).add(to: &f, mentions: mentions, sentence: s, mentionStart: a,
                                                      mentionEnd: b, role: att.role, tokens: tokens, in: ctx)
        }
        return decision
    }

    /// Whether cue `ci` follows a directive in its clause ("urged Germany to send troops and commit
    /// to the mission"), with no "and" opening a commitment or speech of the urger's own between
    /// ("urged Germany to act and said it would send its own"): what someone was urged to do.
    static func isDirected(_ ci: Int, in sc: Attributor.SentenceCues, tokens: [Token]) -> Bool {
        let cue = sc.cues[ci]
        guard let d = sc.cues.lastIndex(where: { $0.categories.contains(.directive) && !$0.absorbed
            && $0.clause == cue.clause && $0.tokens.upperBound <= cue.tokens.lowerBound }) else { return false }
        // Only an infinitive complement ("urged Germany to ..."): a "to" between them.
        var k = sc.cues[d].tokens.upperBound
        guard (k..<cue.tokens.upperBound).contains(where: { tokens[$0].lower == ScopeResolver.to }) else { return false }
        while k < cue.tokens.lowerBound {
            if tokens[k].lower == Attributor.and, sc.cues.contains(where: { $0.tokens.lowerBound == k + 1
                && $0.tokens.lowerBound < cue.tokens.lowerBound && !$0.absorbed
                && !$0.categories.intersection([.firm, .hedged, .refused, .speech, .threat, .event]).isEmpty }) {
                return false
            }
            k += 1
        }
        return true
    }

    /// The content words of a sentence: words that are no function word (agent nouns count).
    public static func contentWords(of sentence: Sentence, tokens: UnsafeBufferPointer<Token>, lexicons: LexiconSet) -> [Int32] {
        var out: [Int32] = []
        // At most one a token: one allocation a sentence instead of growing several times.
        out.reserveCapacity(sentence.tokens.count)
        for k in sentence.tokens where tokens[k].kind == .word {
            let fw = lexicons.functionWords[tokens[k].lower]
            if fw == nil || fw == .agentNoun { out.append(Int32(k)) }
        }
        return out
    }

    /// A token's text as feature names write it: ASCII lowercase, straight quotes.
    public static func normalizedText(_ token: Token, _ doc: Document) -> String {
        var bytes: [UInt8] = []
        var i = Int(token.start)
        let end = Int(token.end)
        while i < end {
            let b = doc.bytes[i]
            if b == 0xE2 && i + 2 < end && doc.bytes[i + 1] == 0x80 {
                switch doc.bytes[i + 2] {
                case 0x98, 0x99: bytes.append(UInt8(ascii: "'")); i += 3; continue
                case 0x9C, 0x9D, 0x9E: bytes.append(UInt8(ascii: "\"")); i += 3; continue
                case 0x90, 0x91: bytes.append(UInt8(ascii: "-")); i += 3; continue
                default: break
                }
            }
            bytes.append(b >= 65 && b <= 90 ? b | 0x20 : b)
            i += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
