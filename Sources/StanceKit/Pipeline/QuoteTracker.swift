/// Finds the quotations of a document: spans between double quotation marks,
/// possibly over several sentences. A quotation left open ends with its paragraph;
/// a closing mark with no opening one in its paragraph closes a quotation that began
/// with the paragraph (the last paragraph of a quotation over several, or a sentence
/// cut out of one: `We will weigh it," Moreau said.`).
///
///     // “We will send troops,” Macron said.  -> one span: We will send troops,
///     let spans = QuoteTracker().spans(in: document)
public struct QuoteTracker: Sendable {
    /// One quotation: the tokens between its marks.
    public struct Span: Sendable, Equatable {
        /// Index of the opening mark (when `hasOpeningMark`; else the token before the paragraph).
        public var open: Int
        /// Index of the closing mark (or the index after the last quoted token when unclosed).
        public var close: Int
        /// False for a quotation closed in a paragraph it did not open in.
        public var hasOpeningMark = true
        /// The quoted tokens.
        public var content: Range<Int> { (open + 1)..<max(open + 1, close) }

        public init(open: Int, close: Int, hasOpeningMark: Bool = true) {
            self.open = open
            self.close = close
            self.hasOpeningMark = hasOpeningMark
        }
    }

    public init() {}

    static let doubleQuote = TokenHash.of("\"")

    /// The quotation spans, in text order.
    public func spans(in document: Document) -> [Span] {
        var spans: [Span] = []
        var open: Int? = nil
        var paragraphStart = 0
        var paragraphHasMark = false
        for (i, t) in document.tokens.enumerated() {
            if t.has(.newlineBefore) {
                if let o = open {
                    // The paragraph ended with the quotation open.
                    spans.append(Span(open: o, close: i))
                    open = nil
                }
                paragraphStart = i
                paragraphHasMark = false
            }
            guard t.kind == .punctuation, t.lower == QuoteTracker.doubleQuote else { continue }
            if t.has(.openQuote) && open == nil {
                open = i
            } else if let o = open {
                spans.append(Span(open: o, close: i))
                open = nil
            } else if !paragraphHasMark && i > paragraphStart {
                // A closing mark first in its paragraph: the quotation began with the paragraph.
                spans.append(Span(open: paragraphStart - 1, close: i, hasOpeningMark: false))
            }
            paragraphHasMark = true
        }
        if let o = open { spans.append(Span(open: o, close: document.tokens.count)) }
        return spans
    }
}
