/// A text and what the pipeline found in it: tokens and sentences.
///
/// The text is kept as UTF-8 bytes; every range inside the pipeline is a byte
/// range. Results convert to Unicode scalar offsets (`ScalarOffsets`) only at
/// the end, for output.
///
///     var doc = Document("Washington will not commit troops.")
///     doc.bytes.count   // 34
public struct Document: Sendable {
    /// The original text.
    public let text: String
    /// The text's UTF-8 bytes.
    public let bytes: [UInt8]
    /// Tokens in text order (filled by `Tokenizer`).
    public var tokens: [Token] = []
    /// Sentences in text order (filled by `SentenceSegmenter`).
    public var sentences: [Sentence] = []

    public init(_ text: String) {
        self.text = text
        self.bytes = Array(text.utf8)
    }

    /// The text of a byte range, as a String.
    public func text(of range: Range<Int>) -> String {
        let lo = max(0, min(range.lowerBound, bytes.count))
        let hi = max(lo, min(range.upperBound, bytes.count))
        return String(decoding: bytes[lo..<hi], as: UTF8.self)
    }

    /// The text of a token.
    public func text(of token: Token) -> String { text(of: token.range) }

    /// The text of a sentence.
    public func text(of sentence: Sentence) -> String { text(of: sentence.range) }
}
