/// The sentiment head's features of one (actor, sentence) pair: how the sentence
/// portrays the actor. Lexicon valence of the sentence, of the actor's clause and near
/// the mention, crossed with the actor's role (`val:subject clause-neg`); the valence
/// words of its clause (`valw:accused`); and the content words on each side of the
/// mention (`sL:accused`, `sR:praised`), the mention masked; the same words as light
/// stems without side (`sS:prais`), a bag of words that shares weights across inflections;
/// the stems of the words right beside the mention, with their side (`sN:L prais`); and the
/// words of the mention itself (`tgt:trump`).
///
///     SentimentFeatures(lexicons: lexicons).add(to: &f, mentions: [m], sentence: s, ...)
public struct SentimentFeatures: Sendable {
    public let lexicons: LexiconSet

    public init(lexicons: LexiconSet) {
        self.lexicons = lexicons
    }

    static let sideHashes = ["L", "R"].map(TokenHash.of)
    static let valenceNames = ["sent-pos", "sent-neg", "near-pos", "near-neg", "clause-pos", "clause-neg"]
    static let valenceHashes = valenceNames.map(TokenHash.of)

    /// Adds the features of the actor's mentions (`mentions`, indices into the table) in sentence `s`;
    /// the primary mention spans tokens `mentionStart..<mentionEnd`.
    public func add(to f: inout FeatureVector, mentions: [Int], sentence s: Int, mentionStart a: Int, mentionEnd b: Int,
                    role: MentionRole, tokens: UnsafeBufferPointer<Token>, in ctx: FeatureExtractor.Context) {
        let doc = ctx.document
        let sentence = doc.sentences[s]
        let sc = ctx.cues[s]
        let lo = sentence.tokens.lowerBound, hi = sentence.tokens.upperBound
        func text(_ i: Int) -> String { i < lo ? "<s>" : (i >= hi ? "</s>" : FeatureExtractor.normalizedText(tokens[i], doc)) }
        let att = (role: role, name: role.name)
        // Sentiment: the words of the sentence on each side of the mention (the mention masked,
        // other mentions of the same actor too), for the sentiment head: "accused X" differs
        // from "X accused".
        // Only within `Tuning.sentenceWordReach` tokens of the mention, so a pathological sentence
        // with thousands of actors stays linear.
        // (One mention, the common case: no sorting and no array, its range is `a..<b`.)
        let single = mentions.count == 1
        let ownRanges = single ? []
            : mentions.map { ctx.table.mentions[$0].phraseStart..<ctx.table.mentions[$0].tokens.upperBound }
                .sorted { $0.lowerBound < $1.lowerBound }
        let words = ctx.contentWords[s]
        let stems = ctx.contentStems[s]
        let from = a - Tuning.sentenceWordReach, to = b + Tuning.sentenceWordReach
        var lowIndex = 0, highIndex = words.count
        while lowIndex < highIndex {  // first word at or after `from`
            let mid = (lowIndex + highIndex) / 2
            if Int(words[mid]) < from { lowIndex = mid + 1 } else { highIndex = mid }
        }
        var r = 0
        var w = lowIndex
        while w < words.count, Int(words[w]) < to {
            let k2 = Int(words[w])
            if single {
                if k2 >= a && k2 < b { w += 1; continue }
            } else {
                while r < ownRanges.count && ownRanges[r].upperBound <= k2 { r += 1 }
                if r < ownRanges.count && ownRanges[r].contains(k2) { w += 1; continue }
            }
            f.add(k2 < a ? .sentenceLeft : .sentenceRight, tokens[k2].lower) { text(k2) }
            f.add(.sentenceStem, stems[w]) { LightStemmer.text(tokens[k2], in: doc) }
            if (k2 < a ? a - k2 : k2 - b + 1) <= Tuning.sentimentNearStemReach {
                let left = k2 < a
                f.add(.sentenceNear, SentimentFeatures.sideHashes[left ? 0 : 1], stems[w]) {
                    (left ? "L " : "R ") + LightStemmer.text(tokens[k2], in: doc)
                }
            }
            w += 1
        }

        // The words of the mention itself (`tgt:trump`), for the sentiment head only: who the
        // actor is colours how the news portrays it. Measured on NewsMTSC train, 10-fold CV
        // (seeds 1/2/3): 0.679/0.678/0.679 -> 0.690/0.689/0.690 (Evaluation/reports/tuning.md).
        var k = a
        while k < b {
            if tokens[k].kind == .word { f.add(.mentionWord, tokens[k].lower) { text(k) } }
            k += 1
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
        let roleName = att.name
        let roleHash = FeatureExtractor.roleHashes[Int(att.role.rawValue)]
        let totals = SIMD8<Float>(sentPos, sentNeg, nearPos, nearNeg, clausePos, clauseNeg, 0, 0)
        for k in 0..<6 where totals[k] > 0 {
            let value = totals[k]
            let h = SentimentFeatures.valenceHashes[k]
            let name = SentimentFeatures.valenceNames[k]
            f.add(.valence, h, value: SentimentScorer.normalize(value)) { name }
            f.add(.valence, roleHash, h, value: SentimentScorer.normalize(value)) { roleName + " " + name }
        }
    }
}
