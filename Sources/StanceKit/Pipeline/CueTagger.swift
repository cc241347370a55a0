/// Finds the lexicon cues of a sentence: longest match first, left to right.
///
/// A capitalized word inside a sentence does not start a cue ("in May", "Will
/// Smith"), unless it follows an opening quotation mark.
///
///     let cues = CueTagger(lexicons: lexicons).tag(sentence, tokens: tokens)
///     // "Washington will not commit troops." -> [will not (refused)]
public struct CueTagger: Sendable {
    public let lexicons: LexiconSet

    public init(lexicons: LexiconSet) {
        self.lexicons = lexicons
    }

    /// The cues of one sentence, in text order, not overlapping.
    public func tag(_ sentence: Sentence, tokens: UnsafeBufferPointer<Token>) -> [Cue] {
        var cues: [Cue] = []
        var i = sentence.tokens.lowerBound
        let end = sentence.tokens.upperBound
        let matcher = lexicons.cues
        // A Title Case headline capitalizes its verbs: "NATO Chief Says No Exemptions for Anyone".
        let titleCase = CueTagger.isTitleCase(sentence, tokens: tokens)
        while i < end {
            let t = tokens[i]
            if t.kind == .url || t.kind == .number || !matcher.mayStart(with: t.lower) {
                i += 1
                continue
            }
            if t.has(.capitalized) && !titleCase && i > sentence.tokens.lowerBound && !tokens[i - 1].has(.openQuote) {
                i += 1
                continue
            }
            if let m = matcher.longestMatch(tokens, at: i, end: end, key: { $0.lower }) {
                cues.append(Cue(tokens: i..<(i + m.length), entry: m.payload.id, categories: m.payload.categories))
                i += m.length
            } else {
                i += 1
            }
        }
        return cues
    }

    /// Whether a sentence is a Title Case headline: at least `Tuning.titleCaseShare` of its
    /// words (four or more) capitalized.
    public static func isTitleCase(_ sentence: Sentence, tokens: UnsafeBufferPointer<Token>) -> Bool {
        var words = 0, capitalized = 0
        for k in sentence.tokens where tokens[k].kind == .word && !tokens[k].has(.clitic) {
            words += 1
            if tokens[k].has(.capitalized) { capitalized += 1 }
        }
        return words >= 4 && Double(capitalized) >= Tuning.titleCaseShare * Double(words)
    }
}
