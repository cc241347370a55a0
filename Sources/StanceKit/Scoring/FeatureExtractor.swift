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
        /// Per sentence: token valences (lazily filled by the analyzer).
        public var valences: [[Float]]

        public init(document: Document, table: ActorTable, cues: [Attributor.SentenceCues],
                    attributions: [Attribution], valences: [[Float]]) {
            self.document = document
            self.table = table
            self.cues = cues
            self.attributions = attributions
            self.valences = valences
        }
    }

    static let labelHashes: [UInt64] = StanceLabel.allCases.map { TokenHash.of($0.rawValue) }
    static let viaHashes: [UInt64] = Attribution.Via.allCases.map { TokenHash.of($0.name) }
    static let roleHashes: [UInt64] = MentionRole.allCases.map { TokenHash.of($0.name) }
    static let kindHashes: [UInt64] = Mention.Kind.allCases.map { TokenHash.of("\($0)") }
    static let typeHashes: [String: UInt64] = Dictionary(uniqueKeysWithValues: ActorType.allCases.map { ($0.rawValue, TokenHash.of($0.rawValue)) })
    static let flagNames = ["conditioned", "limited", "softened", "question", "negated", "double-negated"]
    static let flagHashes = flagNames.map(TokenHash.of)
    static let predicateCategories: [(CueCategory, String)] = [(.event, "event"), (.speech, "speech"),
                                                                (.directive, "directive"), (.prediction, "prediction")]
    static let boundaryHash = TokenHash.of("<s>")
    static let endHash = TokenHash.of("</s>")

    /// The features of one actor in one sentence, from its mentions there.
    public func features(forActor actor: Int, mentions: [Int], sentence s: Int, in ctx: Context,
                         collectNames: Bool = false) -> FeatureVector {
        var f = FeatureVector(collectNames: collectNames)
        f.add(.bias)
        let doc = ctx.document
        let sentence = doc.sentences[s]
        let sc = ctx.cues[s]
        let entries = lexicons.cues.payloads

        // Attributed cues of all the actor's mentions here.
        var attributed: [Attribution.AttributedCue] = []
        var ownCueIndices = Set<Int>()
        for m in mentions {
            for c in ctx.attributions[m].cues {
                attributed.append(c)
                ownCueIndices.insert(c.cue)
            }
        }
        let decision = StanceRules.decide(attributed)
        f.add(.rule, FeatureExtractor.labelHashes[decision.index]) { decision.rawValue }

        var counts = [Float](repeating: 0, count: 4)
        for c in attributed {
            let effective = StanceRules.label(of: c)
            counts[effective.index] += 1
            let raw = c.label
            f.add(.attributedVia, FeatureExtractor.labelHashes[raw.index], FeatureExtractor.viaHashes[Int(c.via.rawValue)]) {
                "\(raw.rawValue) \(c.via.name)"
            }
            let cue = sc.cues[c.cue]
            let flags = [c.conditioned, c.limited, c.softened, c.question, cue.negated, cue.doubleNegated]
            for (k, on) in flags.enumerated() where on {
                f.add(.attributedFlag, FeatureExtractor.labelHashes[raw.index], FeatureExtractor.flagHashes[k]) {
                    "\(raw.rawValue) \(FeatureExtractor.flagNames[k])"
                }
            }
            let entry = entries[Int(cue.entry)]
            f.add(.cuePhrase, entry.hash, FeatureExtractor.labelHashes[raw.index]) {
                "\(entry.phrase.replacingOccurrences(of: " ", with: "_")) \(raw.rawValue)"
            }
        }
        for label in [StanceLabel.firm, .hedged, .refused] where counts[label.index] > 0 {
            f.add(.attributed, FeatureExtractor.labelHashes[label.index], value: min(counts[label.index], 3)) { label.rawValue }
        }

        // The mention itself: role, kind, type, what it does.
        let primary = mentions.first!
        let att = ctx.attributions[primary]
        let mention = ctx.table.mentions[primary]
        var roles = Set<MentionRole>()
        for m in mentions { roles.insert(ctx.attributions[m].role) }
        for r in roles { f.add(.role, FeatureExtractor.roleHashes[Int(r.rawValue)]) { r.name } }
        f.add(.kind, FeatureExtractor.kindHashes[Int(mention.kind.rawValue)]) { "\(mention.kind)" }
        if actor >= 0 {
            let type = ctx.table.actors[actor].type.rawValue
            f.add(.type, FeatureExtractor.typeHashes[type]!) { type }
        }
        let doesFlags: [(Bool, String)] = [
            (mentions.contains { ctx.attributions[$0].urges }, "urges"),
            (mentions.contains { ctx.attributions[$0].predicts }, "predicts"),
            (mentions.contains { ctx.attributions[$0].speaks }, "speaks"),
            (att.inQuote, "in-quote"),
            (mention.isSpeakerPronoun, "first-person"),
        ]
        for (on, name) in doesFlags where on {
            f.add(.flag, TokenHash.of(name)) { name }
        }
        // What else the actor does in its clause: speech, events, directives, predictions.
        for m in mentions {
            for ci in ctx.attributions[m].predicates {
                let cue = sc.cues[ci]
                let entry = entries[Int(cue.entry)]
                for (cat, name) in FeatureExtractor.predicateCategories where cue.categories.contains(cat) {
                    f.add(.predicate, TokenHash.of(name)) { name }
                }
                f.add(.predicatePhrase, entry.hash) { entry.phrase.replacingOccurrences(of: " ", with: "_") }
            }
        }

        // Commitment cues elsewhere in the sentence.
        var seen = Set<Int>()
        for (ci, cue) in sc.cues.enumerated() where !ownCueIndices.contains(ci) {
            if let e = cue.effective, !cue.absorbed, seen.insert(e.index).inserted {
                f.add(.sentenceCue, FeatureExtractor.labelHashes[e.index]) { e.rawValue }
            }
            for (cat, name) in [(CueCategory.directive, "directive"), (.speech, "speech"), (.condition, "condition"),
                                (.prediction, "prediction"), (.negator, "negator")] where cue.categories.contains(cat) {
                if seen.insert(100 + Int(cat.rawValue)).inserted {
                    f.add(.sentenceCue, TokenHash.of(name)) { name }
                }
            }
        }

        // The nearest commitment cues before and after the mention, whoever they were given to:
        // their label, clause relation, distance and what lies between. They let the model learn
        // the attributions the rules miss.
        let mStart = mention.phraseStart, mEnd = mention.tokens.upperBound
        let mClause = sc.clauseOf.isEmpty ? 0 : sc.clauseOf[max(0, min(sc.clauseOf.count - 1, mStart - sentence.tokens.lowerBound))]
        let mentionStarts = Set(ctx.table.mentions(inSentence: s).map(\.phraseStart))
        var before: Int? = nil, after: Int? = nil
        for (ci, cue) in sc.cues.enumerated() where cue.effective != nil && !cue.absorbed {
            if cue.tokens.upperBound <= mStart { before = ci }
            if cue.tokens.lowerBound >= mEnd && after == nil { after = ci }
        }
        for (ci, direction) in [(before, "before"), (after, "after")] {
            guard let ci else { continue }
            let cue = sc.cues[ci]
            let label = StanceRules.effectiveLabel(cue)
            let sameClause = cue.clause == mClause ? "same" : "other"
            let gap = direction == "before" ? mStart - cue.tokens.upperBound : cue.tokens.lowerBound - mEnd
            let bucket = gap <= 1 ? "adjacent" : (gap <= 4 ? "near" : "far")
            let range = direction == "before" ? cue.tokens.upperBound..<mStart : mEnd..<cue.tokens.lowerBound
            let crossesMention = range.contains { mentionStarts.contains($0) }
            let between = crossesMention ? "mention" : "clear"
            let own = ownCueIndices.contains(ci) ? "own" : "other"
            let parts = [direction, label.rawValue, sameClause, bucket, between, own]
            var h = FeatureTemplate.nearCue.hash
            for part in parts { h = TokenHash.combine(h, TokenHash.of(part)) }
            f.keys.append(h)
            f.values.append(1)
            if f.names != nil { f.names!.append(FeatureTemplate.nearCue.name + ":" + parts.joined(separator: " ")) }
            f.add(.nearCue, TokenHash.of(direction), FeatureExtractor.labelHashes[label.index]) { "\(direction) \(label.rawValue)" }
        }
        // The rule decision crossed with the mention's role.
        for r in roles {
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

            // Sentiment: the words of the sentence on each side of the mention (the mention masked,
            // other mentions of the same actor too), for the sentiment head: "accused X" differs
            // from "X accused".
            let ownRanges = mentions.map { ctx.table.mentions[$0].phraseStart..<ctx.table.mentions[$0].tokens.upperBound }
            var k2 = lo
            var seenWords = Set<UInt64>()
            while k2 < hi {
                if ownRanges.contains(where: { $0.contains(k2) }) { k2 += 1; continue }
                let t = tokens[k2]
                if t.kind == .word, lexicons.functionWords[t.lower] == nil || lexicons.functionWords[t.lower] == .agentNoun {
                    let side: FeatureTemplate = k2 < a ? .sentenceLeft : .sentenceRight
                    let key = TokenHash.combine(side.hash, t.lower)
                    if seenWords.insert(key).inserted {
                        let i = k2
                        f.add(side, t.lower) { text(i) }
                    }
                }
                k2 += 1
            }

            let vals = ctx.valences[s]
            var sentPos: Float = 0, sentNeg: Float = 0, nearPos: Float = 0, nearNeg: Float = 0
            var clausePos: Float = 0, clauseNeg: Float = 0
            let clauseOf = sc.clauseOf
            let mentionClause = clauseOf.isEmpty ? 0 : clauseOf[max(0, min(clauseOf.count - 1, a - lo))]
            for (k, v) in vals.enumerated() where v != 0 {
                let i = lo + k
                if i >= a && i < b { continue }
                if v > 0 { sentPos += v } else { sentNeg -= v }
                let distance = i < a ? a - i : i - b + 1
                if distance <= Tuning.sentimentNearWindow { if v > 0 { nearPos += v } else { nearNeg -= v } }
                if !clauseOf.isEmpty && clauseOf[k] == mentionClause {
                    if v > 0 { clausePos += v } else { clauseNeg -= v }
                    f.add(.valenceWord, tokens[i].lower, value: 1) { text(i) }
                }
            }
            let roleName = att.role.name
            let roleHash = FeatureExtractor.roleHashes[Int(att.role.rawValue)]
            for (name, value) in [("sent-pos", sentPos), ("sent-neg", sentNeg), ("near-pos", nearPos),
                                  ("near-neg", nearNeg), ("clause-pos", clausePos), ("clause-neg", clauseNeg)] where value > 0 {
                let h = TokenHash.of(name)
                f.add(.valence, h, value: SentimentScorer.normalize(value)) { name }
                f.add(.valence, roleHash, h, value: SentimentScorer.normalize(value)) { roleName + " " + name }
            }
        }
        return f
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
