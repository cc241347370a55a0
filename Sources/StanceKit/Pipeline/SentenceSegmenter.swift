/// Groups a document's tokens into sentences, as news English needs.
///
/// A sentence ends at `.`, `!`, `?` or an ellipsis when the next word starts a
/// new sentence (capitalized, a number or an opening quote), taking closing
/// quotes and brackets along: `"...," he said.` stays one sentence. An
/// abbreviation that may end a sentence (`U.S.`, `Inc.`) ends one only before a
/// typical sentence opener (`The`, `He`, `But`...); titles and initials
/// (`Mr.`, `Gen.`, `A.`) never do. A line break ends a sentence unless the next
/// line continues in lowercase; an empty line always does, so headlines and
/// lines without final punctuation are sentences of their own. Page debris
/// ("0 Comments", "Share this article") is dropped.
///
///     let segmenter = SentenceSegmenter(sentenceStarters: [TokenHash.of("the")], debris: [])
///     // "Trump met Mr. Colby. The U.S. will act." -> 2 sentences
public struct SentenceSegmenter: Sendable {
    /// Lowercase hashes of words that typically open a sentence.
    public let sentenceStarters: HashIndex<Bool>
    /// Hashes of whole-line debris phrases (see `SentenceSegmenter.debrisKey`).
    public let debris: HashIndex<Bool>

    public init(sentenceStarters: Set<UInt64>, debris: Set<UInt64>) {
        self.sentenceStarters = HashIndex(set: sentenceStarters)
        self.debris = HashIndex(set: debris)
    }

    /// Splits `tokens` into sentences.
    public func segment(_ tokens: [Token], bytes: [UInt8]) -> [Sentence] {
        var sentences: [Sentence] = []
        var start = 0
        let n = tokens.count
        var i = 0
        while i < n {
            var end = -1  // exclusive token index of the sentence ending here
            let t = tokens[i]
            if i + 1 < n && tokens[i + 1].has(.newlineBefore) {
                let next = tokens[i + 1]
                if next.has(.blankLineBefore) || !isLowercaseWord(next, bytes) || t.has(.terminal) {
                    end = i + 1
                }
            }
            if end < 0 && (t.has(.terminal) || (t.has(.abbreviation) && !t.has(.titleAbbreviation))) {
                // Take closing quotes and brackets along.
                var j = i + 1
                while j < n && !tokens[j].has(.newlineBefore) && isCloser(tokens[j], bytes) && !tokens[j].has(.spaceBefore) {
                    j += 1
                }
                if j >= n {
                    end = n
                } else if tokens[j].has(.newlineBefore) {
                    end = j
                } else if tokens[j].has(.spaceBefore) {
                    let next = tokens[j]
                    if t.has(.terminal) {
                        if startsSentence(next, bytes) && !(t.has(.ellipsis) && isLowercaseWord(next, bytes)) {
                            end = j
                        }
                    } else if next.kind == .word && next.has(.capitalized) && sentenceStarters.contains(next.lower) {
                        end = j
                    }
                }
                if end > 0 { i = end - 1 }
            }
            if end > 0 {
                append(start..<end, tokens, bytes, &sentences)
                start = end
                i = end
                continue
            }
            i += 1
        }
        if start < n { append(start..<n, tokens, bytes, &sentences) }
        return sentences
    }

    private func append(_ range: Range<Int>, _ tokens: [Token], _ bytes: [UInt8], _ sentences: inout [Sentence]) {
        guard !range.isEmpty else { return }
        if isDebris(range, tokens) { return }
        // A sentence of punctuation and symbols alone carries nothing.
        if !tokens[range].contains(where: { $0.isWordLike || $0.kind == .url }) { return }
        let byteRange = Int(tokens[range.lowerBound].start)..<Int(tokens[range.upperBound - 1].end)
        sentences.append(Sentence(range: byteRange, tokens: range))
    }

    /// Whether the tokens are, numbers and punctuation aside, one debris phrase.
    func isDebris(_ range: Range<Int>, _ tokens: [Token]) -> Bool {
        if debris.count == 0 || range.count > 8 { return false }
        var key = SentenceSegmenter.debrisSeed
        var words = 0
        for t in tokens[range] where t.kind == .word {
            key = TokenHash.combine(key, t.lower)
            words += 1
        }
        return words > 0 && debris.contains(key)
    }

    static let debrisSeed = TokenHash.of("debris")

    /// The key of a debris phrase given as the lowercase hashes of its words.
    public static func debrisKey(_ wordHashes: [UInt64]) -> UInt64 {
        wordHashes.reduce(debrisSeed) { TokenHash.combine($0, $1) }
    }

    private func isCloser(_ t: Token, _ bytes: [UInt8]) -> Bool {
        if t.has(.closeQuote) { return true }
        guard t.kind == .punctuation, t.end - t.start == 1 else { return false }
        let b = bytes[Int(t.start)]
        return b == UInt8(ascii: ")") || b == UInt8(ascii: "]")
    }

    private func startsSentence(_ t: Token, _ bytes: [UInt8]) -> Bool {
        if t.has(.openQuote) { return true }
        if t.kind == .number { return true }
        if t.kind == .word { return t.has(.capitalized) || !startsWithASCIILetter(t, bytes) }
        if t.kind == .punctuation {
            let b = bytes[Int(t.start)]
            return b == UInt8(ascii: "(") || b == UInt8(ascii: "[") || t.has(.dash)
        }
        return t.kind == .symbol || t.kind == .url
    }

    private func startsWithASCIILetter(_ t: Token, _ bytes: [UInt8]) -> Bool {
        Tokenizer.isASCIILetter(bytes[Int(t.start)])
    }

    private func isLowercaseWord(_ t: Token, _ bytes: [UInt8]) -> Bool {
        t.kind == .word && !t.has(.capitalized) && startsWithASCIILetter(t, bytes)
    }
}
