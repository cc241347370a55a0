/// Finds the quotations of a document: spans between double quotation marks,
/// possibly over several sentences. A quotation left open ends with its paragraph.
///
///     // “We will send troops,” Macron said.  -> one span: We will send troops,
///     let spans = QuoteTracker().spans(in: document)
public struct QuoteTracker: Sendable {
    /// One quotation: the tokens between its marks.
    public struct Span: Sendable, Equatable {
        /// Index of the opening mark.
        public var open: Int
        /// Index of the closing mark (or the index after the last quoted token when unclosed).
        public var close: Int
        /// The quoted tokens.
        public var content: Range<Int> { (open + 1)..<max(open + 1, close) }
    }

    public init() {}

    static let doubleQuote = TokenHash.of("\"")

    /// The quotation spans, in text order.
    public func spans(in document: Document) -> [Span] {
        var spans: [Span] = []
        var open: Int? = nil
        for (i, t) in document.tokens.enumerated() {
            if let o = open, t.has(.newlineBefore) {
                // The paragraph ended with the quotation open.
                spans.append(Span(open: o, close: i))
                open = nil
            }
            guard t.kind == .punctuation, t.lower == QuoteTracker.doubleQuote else { continue }
            if t.has(.openQuote) && open == nil {
                open = i
            } else if let o = open {
                spans.append(Span(open: o, close: i))
                open = nil
            }
        }
        if let o = open { spans.append(Span(open: o, close: document.tokens.count)) }
        return spans
    }
}
