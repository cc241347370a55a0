/// One sentence of a document: its byte range and the range of its tokens.
///
///     let doc = Document("He left. She stayed.")
///     doc.sentences.count   // 2, after the pipeline ran
public struct Sentence: Sendable, Equatable {
    /// Byte range in the document's UTF-8 text, trimmed of surrounding space.
    public var range: Range<Int>
    /// Indices into `Document.tokens`.
    public var tokens: Range<Int>

    public init(range: Range<Int>, tokens: Range<Int>) {
        self.range = range
        self.tokens = tokens
    }
}
