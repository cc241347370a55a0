/// Splits UTF-8 text into tokens with byte offsets, in one pass over the bytes.
///
/// It knows news English: contractions split like `won't` -> `wo` `n't` and
/// `Kyiv’s` -> `Kyiv` `’s` (straight and curly apostrophes alike); acronyms and
/// abbreviations keep their period (`U.S.`, `Mr.`, `Inc.`, the initial `A.`);
/// decimals and thousands stay whole (`1.5`, `40,000`); hyphenated words stay
/// whole (`no-fly`); dashes, quotes and ellipses are punctuation tokens; URLs
/// are one token.
///
///     let tokenizer = Tokenizer(abbreviations: [:])
///     let tokens = tokenizer.tokenize(Array("They won’t go.".utf8))
///     tokens.count   // 5: They, wo, n’t, go, .
public struct Tokenizer: Sendable {
    /// How an abbreviation with a period behaves at a sentence boundary.
    public enum AbbreviationKind: UInt8, Sendable {
        /// Never ends a sentence (Mr., Dr., Gen., Sen.).
        case title
        /// May end a sentence (Inc., Corp., Jan.).
        case final
    }

    /// Abbreviations keyed by the lowercase hash of the word without its period.
    public let abbreviations: HashIndex<AbbreviationKind>

    public init(abbreviations: [UInt64: AbbreviationKind]) {
        self.abbreviations = HashIndex(abbreviations)
    }

    /// Character classes the tokenizer distinguishes.
    enum CharClass {
        case space, newline, letter, digit, apostrophe, doubleQuote, openDoubleQuote, closeDoubleQuote
        case openSingleQuote, period, terminal, ellipsis, dash, hyphen, comma, punctuation, symbol
    }

    /// Tokenizes a whole text.
    public func tokenize(_ bytes: [UInt8]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5 + 4)
        bytes.withUnsafeBufferPointer { buf in
            tokenize(buf, into: &tokens)
        }
        return tokens
    }

    /// Tokenizes into an existing array (appends).
    public func tokenize(_ buf: UnsafeBufferPointer<UInt8>, into tokens: inout [Token]) {
        let n = buf.count
        var i = 0
        var pending: Token.Flags = []
        var newlines = 0
        while i < n {
            let (cls, len) = Tokenizer.classify(buf, i)
            switch cls {
            case .space:
                pending.insert(.spaceBefore)
                i += len
                continue
            case .newline:
                pending.insert(.spaceBefore)
                newlines += 1
                pending.insert(.newlineBefore)
                if newlines >= 2 { pending.insert(.blankLineBefore) }
                i += len
                continue
            default:
                break
            }
            newlines = 0
            let flags = pending
            pending = []
            switch cls {
            case .letter, .digit:
                if let urlEnd = Tokenizer.urlEnd(buf, i) {
                    tokens.append(makeToken(buf, i, urlEnd, .url, flags))
                    i = urlEnd
                } else {
                    i = scanWord(buf, i, flags, &tokens)
                }
            case .apostrophe, .openSingleQuote:
                // A single quote (or an apostrophe not inside a word) opens after space, at the
                // start, or after an opening bracket, quote or dash; otherwise it closes, also
                // after punctuation: ‘We will not go,’ he said.
                var f = flags
                let previous = tokens.last
                let opens = cls == .openSingleQuote || previous == nil || flags.contains(.spaceBefore)
                    || previous!.has(.openQuote) || previous!.has(.dash)
                    || (previous!.kind == .punctuation && Tokenizer.isOpeningBracket(buf, previous!))
                f.insert(opens ? .openQuote : .closeQuote)
                tokens.append(makeToken(buf, i, i + len, .punctuation, f))
                i += len
            case .openDoubleQuote:
                tokens.append(makeToken(buf, i, i + len, .punctuation, flags.union(.openQuote)))
                i += len
            case .closeDoubleQuote:
                tokens.append(makeToken(buf, i, i + len, .punctuation, flags.union(.closeQuote)))
                i += len
            case .doubleQuote:
                var f = flags
                let previous = tokens.last
                let opens = previous == nil || flags.contains(.spaceBefore)
                    || previous!.has(.openQuote) || previous!.has(.dash)
                    || (previous!.kind == .punctuation && Tokenizer.isOpeningBracket(buf, previous!))
                f.insert(opens ? .openQuote : .closeQuote)
                tokens.append(makeToken(buf, i, i + len, .punctuation, f))
                i += len
            case .period:
                // "..." is an ellipsis; a lone "." ends a sentence.
                var j = i + 1
                while j < n && buf[j] == UInt8(ascii: ".") { j += 1 }
                if j - i >= 3 {
                    tokens.append(makeToken(buf, i, j, .punctuation, flags.union([.terminal, .ellipsis])))
                } else {
                    j = i + 1
                    tokens.append(makeToken(buf, i, j, .punctuation, flags.union(.terminal)))
                }
                i = j
            case .ellipsis:
                tokens.append(makeToken(buf, i, i + len, .punctuation, flags.union([.terminal, .ellipsis])))
                i += len
            case .terminal:
                var j = i + 1
                while j < n && (buf[j] == UInt8(ascii: "!") || buf[j] == UInt8(ascii: "?")) { j += 1 }
                tokens.append(makeToken(buf, i, j, .punctuation, flags.union(.terminal)))
                i = j
            case .dash:
                tokens.append(makeToken(buf, i, i + len, .punctuation, flags.union(.dash)))
                i += len
            case .hyphen:
                // "--" is a dash; a hyphen between spaces is a dash too.
                var j = i + len
                if j < n && buf[j] == UInt8(ascii: "-") {
                    while j < n && buf[j] == UInt8(ascii: "-") { j += 1 }
                    tokens.append(makeToken(buf, i, j, .punctuation, flags.union(.dash)))
                } else {
                    let spaced = flags.contains(.spaceBefore) && (j >= n || Tokenizer.isSpaceByte(buf[j]))
                    tokens.append(makeToken(buf, i, j, .punctuation, spaced ? flags.union(.dash) : flags))
                }
                i = j
            case .comma, .punctuation:
                tokens.append(makeToken(buf, i, i + len, .punctuation, flags))
                i += len
            case .symbol:
                tokens.append(makeToken(buf, i, i + len, .symbol, flags))
                i += len
            case .space, .newline:
                i += len  // handled above
            }
        }
    }

    // MARK: - Words

    /// Scans a word or number starting at `start`, appends its token(s), returns the index after it.
    private func scanWord(_ buf: UnsafeBufferPointer<UInt8>, _ start: Int, _ flags: Token.Flags,
                          _ tokens: inout [Token]) -> Int {
        let n = buf.count
        var j = start
        var letters = 0
        var digits = 0
        var internalDots = 0
        var lastLetterIndex = -1
        while j < n {
            let (cls, len) = Tokenizer.classify(buf, j)
            switch cls {
            case .letter:
                letters += 1
                lastLetterIndex = j
                j += len
                continue
            case .digit:
                digits += 1
                j += len
                continue
            case .hyphen:
                // Keep "no-fly", "F-35", "40-year-old" whole.
                if j > start, j + len < n, Tokenizer.isWordStart(buf, j + len) {
                    j += len
                    continue
                }
            case .comma:
                // Keep "40,000" whole.
                if digits > 0 && letters == 0 && j + 1 < n && Tokenizer.isDigit(buf[j + 1]) {
                    j += 1
                    continue
                }
            case .period:
                // Decimals: "1.5".
                if digits > 0 && letters == 0 && j + 1 < n && Tokenizer.isDigit(buf[j + 1]) {
                    j += 1
                    continue
                }
                // Acronyms: "U.S.", "U.S.A.", "e.g." -- a letter, a period, a letter, a period.
                let segmentLength = j - (internalDots == 0 ? start : (lastDotIndex(buf, start, j) + 1))
                if letters > 0 && segmentLength == 1 && j + 2 < n
                    && Tokenizer.isASCIILetter(buf[j + 1]) && buf[j + 2] == UInt8(ascii: ".") {
                    internalDots += 1
                    j += 1
                    continue
                }
                if internalDots > 0 && segmentLength == 1 {
                    return appendWord(buf, start, j + 1, flags.union(.abbreviation), &tokens)
                }
                if internalDots == 0 && letters > 0 && digits == 0 {
                    // Initials: a single capital letter ("Elbridge A. Colby").
                    if j - start == 1 && Tokenizer.isUpper(buf[start]) {
                        return appendWord(buf, start, j + 1, flags.union([.abbreviation, .titleAbbreviation]), &tokens)
                    }
                    let key = Tokenizer.lowerHash(buf, start, j)
                    if let kind = abbreviations[key] {
                        let extra: Token.Flags = kind == .title ? [.abbreviation, .titleAbbreviation] : [.abbreviation]
                        return appendWord(buf, start, j + 1, flags.union(extra), &tokens)
                    }
                }
            case .apostrophe:
                // Contractions and possessives.
                if letters > 0, j + len < n, Tokenizer.isASCIILetter(buf[j + len]) {
                    var k = j + len
                    while k < n && Tokenizer.isASCIILetter(buf[k]) { k += 1 }
                    let rest = Tokenizer.lowerHash(buf, j + len, k)
                    let afterIsWordEnd = k >= n || !Tokenizer.isWordContinuation(buf, k)
                    if afterIsWordEnd && rest == Tokenizer.tHash && lastLetterIndex >= start
                        && (buf[lastLetterIndex] == UInt8(ascii: "n") || buf[lastLetterIndex] == UInt8(ascii: "N"))
                        && lastLetterIndex > start {
                        // "won't" -> "wo" + "n't"
                        appendWordOnly(buf, start, lastLetterIndex, flags, &tokens)
                        tokens.append(makeToken(buf, lastLetterIndex, k, .word, .clitic))
                        return k
                    }
                    if afterIsWordEnd && Tokenizer.cliticHashes.contains(rest) {
                        appendWordOnly(buf, start, j, flags, &tokens)
                        tokens.append(makeToken(buf, j, k, .word, .clitic))
                        return k
                    }
                    if Tokenizer.isUpper(buf[j + len]) || k - (j + len) >= 1 {
                        // "O'Brien", "rock'n'roll": the apostrophe is inside the word.
                        j += len
                        continue
                    }
                }
            default:
                break
            }
            break
        }
        return appendWord(buf, start, j, flags, &tokens)
    }

    private func lastDotIndex(_ buf: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var k = end - 1
        while k > start && buf[k] != UInt8(ascii: ".") { k -= 1 }
        return k
    }

    private func appendWord(_ buf: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ flags: Token.Flags,
                            _ tokens: inout [Token]) -> Int {
        appendWordOnly(buf, start, end, flags, &tokens)
        return end
    }

    private func appendWordOnly(_ buf: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ flags: Token.Flags,
                                _ tokens: inout [Token]) {
        let kind: Token.Kind = Tokenizer.isDigit(buf[start]) ? .number : .word
        tokens.append(makeToken(buf, start, end, kind, flags))
    }

    // MARK: - Token construction

    /// Builds a token, computing its hashes and case flags.
    @inline(__always)
    private func makeToken(_ buf: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ kind: Token.Kind,
                           _ flags: Token.Flags) -> Token {
        var lower = TokenHash()
        var exact = TokenHash()
        var f = flags
        var upperLetters = 0
        var lowerLetters = 0
        var first = true
        var i = start
        while i < end {
            let b = buf[i]
            if b < 0x80 {
                if b >= 65 && b <= 90 {
                    if first { f.insert(.capitalized) }
                    upperLetters += 1
                    exact.add(b)
                    lower.add(b | 0x20)
                } else {
                    if b >= 97 && b <= 122 { lowerLetters += 1 }
                    exact.add(b)
                    lower.add(b)
                }
                first = false
                i += 1
                continue
            }
            // Normalize curly apostrophes, quotes and hyphens to ASCII.
            let len = Tokenizer.sequenceLength(b)
            if len == 3 && b == 0xE2 && i + 2 < end && buf[i + 1] == 0x80 {
                let c = buf[i + 2]
                var mapped: UInt8 = 0
                switch c {
                case 0x98, 0x99: mapped = UInt8(ascii: "'")
                case 0x9C, 0x9D, 0x9E: mapped = UInt8(ascii: "\"")
                case 0x90, 0x91: mapped = UInt8(ascii: "-")
                default: mapped = 0
                }
                if mapped != 0 {
                    exact.add(mapped)
                    lower.add(mapped)
                    first = false
                    i += 3
                    continue
                }
            }
            if Tokenizer.classify(buf, i).0 == .letter { f.insert(.nonASCII) }
            if Tokenizer.isNonASCIIUpper(buf, i) {
                if first { f.insert(.capitalized) }
                upperLetters += 1
            } else if Tokenizer.isNonASCIILower(buf, i) {
                lowerLetters += 1
            }
            var k = 0
            while k < len && i + k < end {
                exact.add(buf[i + k])
                lower.add(buf[i + k])
                k += 1
            }
            first = false
            i += len
        }
        if upperLetters >= 2 && lowerLetters == 0 { f.insert(.allUpper) }
        return Token(start: Int32(start), end: Int32(end), kind: kind, flags: f, lower: lower.value, exact: exact.value)
    }

    // MARK: - Character classes

    static let tHash = TokenHash.of("t")
    static let cliticHashes = HashIndex<Bool>(set: ["s", "ll", "re", "ve", "d", "m"].map(TokenHash.of))

    /// Hash of bytes lowercased (ASCII), used for abbreviation lookup.
    static func lowerHash(_ buf: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var h = TokenHash()
        var i = start
        while i < end {
            let b = buf[i]
            h.add(b >= 65 && b <= 90 ? b | 0x20 : b)
            i += 1
        }
        return h.value
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
    @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b >= 65 && b <= 90 }
    @inline(__always) static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 97 && (b | 0x20) <= 122 }
    @inline(__always) static func isSpaceByte(_ b: UInt8) -> Bool { b == 32 || (b >= 9 && b <= 13) }

    /// Length of a UTF-8 sequence from its lead byte (1 for stray bytes).
    @inline(__always) static func sequenceLength(_ b: UInt8) -> Int {
        if b < 0xC0 { return 1 }
        if b < 0xE0 { return 2 }
        if b < 0xF0 { return 3 }
        return 4
    }

    /// Decodes the scalar value at `i` (valid UTF-8 assumed; stray bytes decode as themselves).
    @inline(__always) static func scalar(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int) {
        let b = buf[i]
        let len = sequenceLength(b)
        if len == 1 || i + len > buf.count { return (UInt32(b), 1) }
        var v: UInt32
        switch len {
        case 2: v = UInt32(b & 0x1F)
        case 3: v = UInt32(b & 0x0F)
        default: v = UInt32(b & 0x07)
        }
        for k in 1..<len { v = (v << 6) | UInt32(buf[i + k] & 0x3F) }
        return (v, len)
    }

    /// Whether a non-ASCII letter at `i` is uppercase (Latin-1 and Latin Extended-A, Greek, Cyrillic).
    static func isNonASCIIUpper(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let (s, _) = scalar(buf, i)
        switch s {
        case 0xC0...0xDE: return s != 0xD7
        case 0x100...0x17F: return s % 2 == 0
        case 0x391...0x3A9, 0x410...0x42F: return true
        default: return false
        }
    }

    /// Whether a non-ASCII letter at `i` is lowercase (the lowercase partners of `isNonASCIIUpper`).
    static func isNonASCIILower(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let (s, _) = scalar(buf, i)
        switch s {
        case 0xDF...0xFF: return s != 0xF7
        case 0x100...0x17F: return s % 2 == 1
        case 0x3B1...0x3C9, 0x430...0x44F: return true
        default: return false
        }
    }

    /// The class and byte length of the character at `i`.
    @inline(__always) static func classify(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int) -> (CharClass, Int) {
        let b = buf[i]
        if b < 0x80 {
            switch b {
            case 10: return (.newline, 1)
            case 9, 11, 12, 13, 32: return (.space, 1)
            case 48...57: return (.digit, 1)
            case 65...90, 97...122: return (.letter, 1)
            case UInt8(ascii: "'"): return (.apostrophe, 1)
            case UInt8(ascii: "\""): return (.doubleQuote, 1)
            case UInt8(ascii: "."): return (.period, 1)
            case UInt8(ascii: "!"), UInt8(ascii: "?"): return (.terminal, 1)
            case UInt8(ascii: "-"): return (.hyphen, 1)
            case UInt8(ascii: ","): return (.comma, 1)
            case 0...8, 14...31, 127: return (.space, 1)  // control characters separate tokens
            case UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "&"), UInt8(ascii: "#"), UInt8(ascii: "@"),
                 UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "="), UInt8(ascii: "<"), UInt8(ascii: ">"),
                 UInt8(ascii: "^"), UInt8(ascii: "|"), UInt8(ascii: "~"), UInt8(ascii: "`"), UInt8(ascii: "\\"),
                 UInt8(ascii: "/"), UInt8(ascii: "_"):
                return (.symbol, 1)
            default: return (.punctuation, 1)
            }
        }
        let (s, len) = scalar(buf, i)
        switch s {
        case 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF, 0x2028, 0x2029: return (.space, len)
        case 0x85: return (.newline, len)
        case 0x2018, 0x201B: return (.openSingleQuote, len)
        case 0x2019: return (.apostrophe, len)
        case 0x201C, 0x201F, 0x201E, 0xAB: return (.openDoubleQuote, len)
        case 0x201D, 0xBB: return (.closeDoubleQuote, len)
        case 0x2010, 0x2011: return (.hyphen, len)
        case 0x2012...0x2015, 0x2212: return (.dash, len)
        case 0x2026: return (.ellipsis, len)
        case 0x2016...0x2017, 0x2020...0x2025, 0x2027, 0x2030...0x205E, 0x3001...0x303F,
             0xA1...0xBF, 0xD7, 0xF7:
            return (.punctuation, len)
        case 0x300...0x36F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F:
            return (.letter, len)  // combining marks stay inside their word
        case 0x2190...0x2BFF, 0x1F000...0x1FAFF, 0xFE00...0xFE0F, 0xE000...0xF8FF, 0xFFF0...0xFFFF,
             0x80...0x9F, 0x1F1E6...0x1F1FF, 0xE0000...0xE007F:
            return (.symbol, len)
        default:
            return (.letter, len)
        }
    }

    /// Whether a word may start at `i` (letter or digit).
    @inline(__always) static func isWordStart(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let (cls, _) = classify(buf, i)
        return cls == .letter || cls == .digit
    }

    /// Whether the character at `i` continues a word (letter, digit, hyphen or apostrophe).
    @inline(__always) static func isWordContinuation(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let (cls, _) = classify(buf, i)
        return cls == .letter || cls == .digit
    }

    static func isOpeningBracket(_ buf: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
        let b = buf[Int(token.start)]
        return b == UInt8(ascii: "(") || b == UInt8(ascii: "[") || b == UInt8(ascii: "{")
    }

    /// The end of a URL starting at `i`, if one starts there.
    static func urlEnd(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        // Every prefix starts with h or w: most words are ruled out by their first byte.
        let first = buf[i] | 0x20
        guard first == UInt8(ascii: "h") || first == UInt8(ascii: "w") else { return nil }
        func hasPrefix(_ p: StaticString) -> Bool {
            let len = p.utf8CodeUnitCount
            if i + len > buf.count { return false }
            let ptr = p.utf8Start
            for k in 0..<len where buf[i + k] | (isASCIILetter(buf[i + k]) ? 0x20 : 0) != ptr[k] { return false }
            return true
        }
        let prefixLength: Int
        if hasPrefix("http://") { prefixLength = 7 } else if hasPrefix("https://") { prefixLength = 8 }
        else if hasPrefix("www.") { prefixLength = 4 } else { return nil }
        var j = i
        while j < buf.count && buf[j] > 32 && buf[j] != UInt8(ascii: "\"") && buf[j] != UInt8(ascii: "<") { j += 1 }
        // Trailing punctuation belongs to the sentence; a closing bracket does only when
        // the URL has no opening one to match it ("(see https://x.org/a)" but not ".../Foo_(bar)").
        var opens = 0
        var closes = 0
        for k in i..<j {
            if buf[k] == UInt8(ascii: "(") { opens += 1 } else if buf[k] == UInt8(ascii: ")") { closes += 1 }
        }
        while j > i {
            let b = buf[j - 1]
            if b == UInt8(ascii: ")") && closes <= opens { break }
            if b == UInt8(ascii: ".") || b == UInt8(ascii: ",") || b == UInt8(ascii: ";") || b == UInt8(ascii: ":")
                || b == UInt8(ascii: ")") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") || b == UInt8(ascii: "'") {
                if b == UInt8(ascii: ")") { closes -= 1 }
                j -= 1
            } else { break }
        }
        // A bare prefix ("www." at the end of a sentence) is no URL.
        return j > i + prefixLength ? j : nil
    }
}
