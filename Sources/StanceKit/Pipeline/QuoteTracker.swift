/// Finds the quotations of a document: spans between double quotation marks,
/// possibly over several sentences. A quotation left open ends with its paragraph;
/// a closing mark with no opening one in its paragraph closes a quotation that began
/// with the paragraph (the last paragraph of a quotation over several, or a sentence
/// cut out of one: `We will weigh it," Moreau said.`).
/// Single quotation marks (British style, `‘We will not go,’ he said.`) quote too, when
/// no double quotation is open and the closing mark sits at punctuation (before or after
/// it); an opening mark never closed so in its paragraph quotes nothing (a scare quote
/// or an apostrophe: `the workers' union`, `the ’90s`).
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
    static let singleQuote = TokenHash.of("'")

    /// The quotation spans, in text order.
    public func spans(in document: Document) -> [Span] {
        var spans: [Span] = []
        var open: Int? = nil
        var paragraphStart = 0
        var paragraphHasMark = false
        var openSingle: Int? = nil
        let tokens = document.tokens
        for (i, t) in tokens.enumerated() {
            if t.has(.newlineBefore) {
                if let o = open {
                    // The paragraph ended with the quotation open.
                    spans.append(Span(open: o, close: i))
                    open = nil
                }
                openSingle = nil
                paragraphStart = i
                paragraphHasMark = false
            }
            if t.kind == .punctuation, t.lower == QuoteTracker.singleQuote, open == nil {
                if let o = openSingle, t.has(.closeQuote), QuoteTracker.closesAtPunctuation(i, tokens) {
                    spans.append(Span(open: o, close: i))
                    openSingle = nil
                } else if openSingle == nil, t.has(.openQuote) {
                    openSingle = i
                }
                continue
            }
            guard t.kind == .punctuation, t.lower == QuoteTracker.doubleQuote else { continue }
            openSingle = nil
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

    /// Whether the single quotation mark at `i` ends a quotation: punctuation right before it
    /// (`go,’ he said`) or right after it (`go’, he said`; `‘No deal’.`), or the end of the text.
    static func closesAtPunctuation(_ i: Int, _ tokens: [Token]) -> Bool {
        if i > 0, tokens[i - 1].kind == .punctuation {
            return true
        }
        guard i + 1 < tokens.count else { return true }
        let next = tokens[i + 1]
        return !next.has(.spaceBefore) && next.kind != .word && next.kind != .number && !next.has(.openQuote)
    }
}
