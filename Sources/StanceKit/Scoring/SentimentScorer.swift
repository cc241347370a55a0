/// Lexicon sentiment of a sentence's tokens, VADER style: word valences from
/// `Lexicons/sentiment/valence.txt` (VADER's) and `news-valence.txt` (the team's
/// news words: "indicted", "lauded"), scaled by boosters and dampeners
/// (`modifiers.txt`), flipped by a negator up to three words before
/// (`Tuning.negationScalar`), and weighed around "but" (before x0.5, after
/// x1.5, as in VADER).
///
///     let v = SentimentScorer(lexicons: lexicons).valences(of: sentence, tokens: tokens)
///     // "Critics accused the minister of lying." -> negative valence at "accused" and "lying"
public struct SentimentScorer: Sendable {
    public let lexicons: LexiconSet

    public init(lexicons: LexiconSet) {
        self.lexicons = lexicons
    }

    /// VADER's weights around "but": the part before counts half, the part after one and a half.
    static let beforeBut: Float = 0.5
    static let afterBut: Float = 1.5
    static let butHash = TokenHash.of("but")

    /// Valence of each token of the sentence (0 for most), after modifiers and negation.
    public func valences(of sentence: Sentence, tokens: UnsafeBufferPointer<Token>) -> [Float] {
        let start = sentence.tokens.lowerBound
        var out = [Float](repeating: 0, count: sentence.tokens.count)
        var butAt = -1
        var i = start
        while i < sentence.tokens.upperBound {
            let t = tokens[i]
            if t.kind != .word { i += 1; continue }
            if t.lower == SentimentScorer.butHash { butAt = i - start }
            var v: Float = 0
            var length = 1
            if let m = lexicons.sentimentPhrases.longestMatch(tokens, at: i, end: sentence.tokens.upperBound, key: { $0.lower }) {
                v = m.payload
                length = m.length
            } else if let w = lexicons.valence[t.lower] {
                v = w
            }
            if v != 0 {
                // Boosters and dampeners right before.
                if i > start, let b = lexicons.intensifiers[tokens[i - 1].lower] {
                    v += v > 0 ? b : -b
                }
                // A negator up to three words before flips and damps.
                var k = i - 1
                var steps = 0
                while k >= start && steps < 3 {
                    if let c = lexicons.cues.longestMatch(tokens, at: k, end: k + 1, key: { $0.lower }),
                       c.payload.categories.contains(.negator) {
                        v *= Tuning.negationScalar
                        break
                    }
                    if tokens[k].kind == .word { steps += 1 }
                    k -= 1
                }
                out[i - start] = v
            }
            i += length
        }
        if butAt >= 0 {
            for k in out.indices where out[k] != 0 {
                out[k] *= k < butAt ? SentimentScorer.beforeBut : SentimentScorer.afterBut
            }
        }
        return out
    }

    /// VADER's normalization of a valence sum into -1...1.
    public static func normalize(_ sum: Float) -> Float {
        let s = Double(sum)
        return Float(s / (s * s + Tuning.sentimentAlpha).squareRoot())
    }
}
