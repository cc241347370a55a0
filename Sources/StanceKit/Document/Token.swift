/// One token of a document: its byte range in the UTF-8 text, its kind, and
/// the hashes of its normalized form.
///
/// Tokens never hold strings: `lower` is the hash of the lowercased form with
/// curly quotes and apostrophes made straight, `exact` the same with case kept.
/// `Document.text(of:)` gives the original text when it is needed.
///
///     // "Kyiv’s" gives two tokens: "Kyiv" (word, capitalized) and "’s" (word)
public struct Token: Sendable, Equatable {
    /// What a token is made of.
    public enum Kind: UInt8, Sendable {
        case word, number, punctuation, url, symbol
    }

    /// Properties of a token, as bits.
    public struct Flags: OptionSet, Sendable, Equatable {
        public let rawValue: UInt16
        public init(rawValue: UInt16) { self.rawValue = rawValue }
        /// First letter is uppercase.
        public static let capitalized = Flags(rawValue: 1 << 0)
        /// Every letter is uppercase and there are at least two letters.
        public static let allUpper = Flags(rawValue: 1 << 1)
        /// A line break comes between this token and the previous one.
        public static let newlineBefore = Flags(rawValue: 1 << 2)
        /// An empty line comes between this token and the previous one.
        public static let blankLineBefore = Flags(rawValue: 1 << 3)
        /// Whitespace comes between this token and the previous one.
        public static let spaceBefore = Flags(rawValue: 1 << 4)
        /// The token ends with a period that belongs to it (U.S., Mr., A.).
        public static let abbreviation = Flags(rawValue: 1 << 5)
        /// An abbreviation that is never the end of a sentence (Mr., Dr., Gen., initials).
        public static let titleAbbreviation = Flags(rawValue: 1 << 6)
        /// A quotation mark: opening.
        public static let openQuote = Flags(rawValue: 1 << 7)
        /// A quotation mark: closing.
        public static let closeQuote = Flags(rawValue: 1 << 8)
        /// Sentence-final punctuation: . ! ? or an ellipsis.
        public static let terminal = Flags(rawValue: 1 << 9)
        /// An ellipsis (... or …).
        public static let ellipsis = Flags(rawValue: 1 << 10)
        /// A clitic split from the word before it: n't, 's, 'll, 're, 've, 'd, 'm.
        public static let clitic = Flags(rawValue: 1 << 11)
        /// Contains a letter outside ASCII.
        public static let nonASCII = Flags(rawValue: 1 << 12)
        /// A dash used as punctuation (—, –, --).
        public static let dash = Flags(rawValue: 1 << 13)
    }

    /// Byte offset of the first byte in the document's UTF-8 text.
    public var start: Int32
    /// Byte offset just past the last byte.
    public var end: Int32
    public var kind: Kind
    public var flags: Flags
    /// Hash of the lowercased, quote-normalized form.
    public var lower: UInt64
    /// Hash of the quote-normalized form, case kept.
    public var exact: UInt64

    public init(start: Int32, end: Int32, kind: Kind, flags: Flags, lower: UInt64, exact: UInt64) {
        self.start = start
        self.end = end
        self.kind = kind
        self.flags = flags
        self.lower = lower
        self.exact = exact
    }

    /// The byte range in the document.
    @inline(__always)
    public var range: Range<Int> { Int(start)..<Int(end) }

    @inline(__always)
    public func has(_ flag: Flags) -> Bool { flags.contains(flag) }

    /// A word or number (not punctuation, symbol or URL).
    @inline(__always)
    public var isWordLike: Bool { kind == .word || kind == .number }
}
