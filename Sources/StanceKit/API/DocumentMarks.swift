/// A document's result together with where its actors and their cues are in the
/// text: what an annotated view (the HTML page) needs to mark them.
///
/// Every span counts Unicode scalars from the start of the document, end
/// exclusive, like every offset in the output. Marks nest: any two mentions,
/// any two cues, or a mention and a cue are either disjoint or one lies inside
/// the other (a cue that partly overlapped a mention is trimmed to the part
/// outside it), and every mark lies inside its sentence's span.
///
///     let marks = analyzer.marks("Washington will not commit troops.", name: "example")
///     marks.mentions[0].span     // 0..<10 ("Washington")
///     marks.mentions[0].actor    // 0: marks.analysis.actors[0] is "United States"
///     marks.cues[0].span         // 11..<19 ("will not")
///     marks.cues[0].stance       // .refused
public struct DocumentMarks: Sendable, Equatable {
    /// One place where an actor of the result is named or referred to.
    public struct MentionMark: Sendable, Equatable {
        /// Unicode-scalar offsets of the mention in the document.
        public var span: Range<Int>
        /// Index of its actor in `DocumentAnalysis.actors` (pronouns resolved).
        public var actor: Int
        /// 1-based sentence number, as in `Evidence.sentence`.
        public var sentence: Int
        /// How the mention refers to its actor (name, capital, pronoun, ...).
        public var kind: Mention.Kind

        public init(span: Range<Int>, actor: Int, sentence: Int, kind: Mention.Kind) {
            self.span = span
            self.actor = actor
            self.sentence = sentence
            self.kind = kind
        }
    }

    /// One cue attributed to one or more actors of the result.
    public struct CueMark: Sendable, Equatable {
        /// Unicode-scalar offsets of the cue in the document.
        public var span: Range<Int>
        /// The stance it signals once its context is applied (a conditioned "will" is hedged);
        /// when it reaches several actors differently, the guide's mixed-signal rule decides.
        /// Conditions and limiters (`softener`) signal `hedged`.
        public var stance: StanceLabel
        /// Indices in `DocumentAnalysis.actors` of the actors it belongs to, ascending.
        public var actors: [Int]
        /// 1-based sentence number.
        public var sentence: Int
        /// A condition or limiter in the clause of an attributed cue ("if", "only"): it
        /// softens that cue rather than committing on its own.
        public var softener: Bool

        public init(span: Range<Int>, stance: StanceLabel, actors: [Int], sentence: Int, softener: Bool) {
            self.span = span
            self.stance = stance
            self.actors = actors
            self.sentence = sentence
            self.softener = softener
        }
    }

    /// The result, as `StanceAnalyzer.analyze` gives it.
    public var analysis: DocumentAnalysis
    /// Unicode-scalar spans of every sentence; sentence n is `sentences[n - 1]`.
    public var sentences: [Range<Int>]
    /// Mentions of the result's actors, in text order.
    public var mentions: [MentionMark]
    /// Cues attributed to the result's actors, in text order.
    public var cues: [CueMark]

    public init(analysis: DocumentAnalysis, sentences: [Range<Int>], mentions: [MentionMark], cues: [CueMark]) {
        self.analysis = analysis
        self.sentences = sentences
        self.mentions = mentions
        self.cues = cues
    }

    /// Makes spans nest. Mentions come first: a mention that partly overlaps an earlier
    /// one is trimmed to start where that one ends, and a mention with the same span as
    /// an earlier one is dropped. Then each cue that partly overlaps a mention is trimmed
    /// to the part before (or after) it. Marks trimmed to nothing are dropped.
    ///
    ///     DocumentMarks.nest(mentions: [0..<10], cues: [8..<14])   // ([0..<10], [10..<14])
    public static func nest(mentions: [Range<Int>], cues: [Range<Int>]) -> (mentions: [Range<Int>?], cues: [Range<Int>?]) {
        var kept: [Range<Int>?] = []
        var placed: [Range<Int>] = []
        for m in mentions {
            var span = m
            for p in placed where span.overlaps(p) {
                if partlyOverlaps(span, p) {
                    span = span.lowerBound < p.lowerBound ? span.lowerBound..<p.lowerBound : p.upperBound..<span.upperBound
                }
            }
            if span.isEmpty || placed.contains(span) || placed.contains(where: { partlyOverlaps(span, $0) }) {
                kept.append(nil)
                continue
            }
            kept.append(span)
            placed.append(span)
        }
        var keptCues: [Range<Int>?] = []
        var placedCues: [Range<Int>] = []
        for c in cues {
            var span: Range<Int>? = c
            // Trimming only shrinks the span: a few passes settle it.
            var changed = true
            while changed, let s = span {
                changed = false
                for p in placed where partlyOverlaps(s, p) {
                    let trimmed = s.lowerBound < p.lowerBound ? s.lowerBound..<p.lowerBound : p.upperBound..<s.upperBound
                    span = trimmed.isEmpty ? nil : trimmed
                    changed = true
                    break
                }
            }
            if let s = span, placedCues.contains(where: { $0.overlaps(s) }) { span = nil }
            if let s = span { placedCues.append(s) }
            keptCues.append(span)
        }
        return (kept, keptCues)
    }

    /// Whether two spans overlap without one containing the other.
    static func partlyOverlaps(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        a.overlaps(b) && !(a.lowerBound >= b.lowerBound && a.upperBound <= b.upperBound)
            && !(b.lowerBound >= a.lowerBound && b.upperBound <= a.upperBound)
    }
}
