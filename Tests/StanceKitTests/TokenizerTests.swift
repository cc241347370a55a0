import Testing
import StanceKit

/// The tokenizer on news English: contractions, hyphens and dashes, numbers,
/// URLs, abbreviations and initials, ellipses, quotes, byte offsets, flags and
/// hashes. Uses the shipped abbreviation list (`Lexicons/text/abbreviations.txt`).
@Suite("Tokenizer")
struct TokenizerTests {
    /// The tokens of a text with their texts.
    static func tokenize(_ text: String) -> [(text: String, token: Token)] {
        let doc = Document(text)
        return TestSupport.lexicons.tokenizer.tokenize(doc.bytes).map { (doc.text(of: $0), $0) }
    }

    static func texts(_ text: String) -> [String] { tokenize(text).map(\.text) }

    /// The one token whose text is `word` (the test fails when there is not exactly one).
    static func token(_ word: String, in text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Token? {
        let found = tokenize(text).filter { $0.text == word }
        #expect(found.count == 1, "\"\(word)\" in \(texts(text))", sourceLocation: sourceLocation)
        return found.first?.token
    }

    // MARK: - Apostrophes and contractions

    @Test("n't splits off the verb, straight and curly", arguments: [
        ("They won't go.", ["They", "wo", "n't", "go", "."]),
        ("They won’t go.", ["They", "wo", "n’t", "go", "."]),
        ("I don't know", ["I", "do", "n't", "know"]),
        ("We can't stay", ["We", "ca", "n't", "stay"]),
        ("We can’t stay", ["We", "ca", "n’t", "stay"]),
        ("It isn't", ["It", "is", "n't"]),
        ("WON'T", ["WO", "N'T"]),
    ])
    func negativeContractions(_ text: String, _ expected: [String]) {
        #expect(Self.texts(text) == expected)
    }

    @Test("clitics split off: 's 'm 'll 're 've 'd", arguments: [
        ("Kyiv’s army", ["Kyiv", "’s", "army"]),
        ("Kyiv's army", ["Kyiv", "'s", "army"]),
        ("I'm here", ["I", "'m", "here"]),
        ("we'll see", ["we", "'ll", "see"]),
        ("He’ll see", ["He", "’ll", "see"]),
        ("we’re they’ve she’d", ["we", "’re", "they", "’ve", "she", "’d"]),
        ("it's", ["it", "'s"]),
    ])
    func clitics(_ text: String, _ expected: [String]) {
        #expect(Self.texts(text) == expected)
    }

    @Test func cliticsAreFlagged() {
        let tokens = Self.tokenize("Kyiv’s army won't go")
        #expect(tokens.filter { $0.token.has(.clitic) }.map(\.text) == ["’s", "n't"])
        #expect(tokens.allSatisfy { $0.token.kind == .word })
    }

    @Test("an apostrophe inside a name stays in the word", arguments: [
        "O'Brien", "O’Brien", "d'Estaing", "rock'n'roll",
    ])
    func apostropheInsideWord(_ word: String) {
        #expect(Self.texts("Mr. \(word) said") == ["Mr.", word, "said"])
    }

    @Test func possessiveOfPluralIsAClosingQuoteMark() {
        let tokens = Self.tokenize("the allies' plan")
        #expect(tokens.map(\.text) == ["the", "allies", "'", "plan"])
        #expect(tokens[2].token.has(.closeQuote))
        #expect(!tokens[2].token.has(.openQuote))
    }

    // MARK: - Hyphens and dashes

    @Test("hyphenated words stay whole", arguments: [
        ("a no-fly zone", "no-fly"),
        ("F-35 jets", "F-35"),
        ("a 40-year-old man", "40-year-old"),
        ("the 2024-25 season", "2024-25"),
        ("a no‑fly zone", "no‑fly"),  // U+2011 non-breaking hyphen
        ("a no‐fly zone", "no‐fly"),  // U+2010 hyphen
    ])
    func hyphenatedWords(_ text: String, _ word: String) throws {
        let t = try #require(Self.token(word, in: text))
        #expect(!t.has(.dash))
    }

    @Test func unicodeHyphensHashLikeAnASCIIHyphen() throws {
        let ascii = try #require(Self.token("no-fly", in: "no-fly"))
        let nb = try #require(Self.token("no‑fly", in: "no‑fly"))
        let hy = try #require(Self.token("no‐fly", in: "no‐fly"))
        #expect(nb.lower == ascii.lower && hy.lower == ascii.lower)
        #expect(ascii.lower == TokenHash.of("no-fly"))
    }

    @Test("dashes are punctuation tokens with the dash flag", arguments: [
        ("war—peace", "—"),
        ("war — peace", "—"),
        ("war – peace", "–"),
        ("war -- peace", "--"),
        ("war--peace", "--"),
        ("war - peace", "-"),
    ])
    func dashes(_ text: String, _ dash: String) {
        let tokens = Self.tokenize(text)
        #expect(tokens.map(\.text) == ["war", dash, "peace"])
        #expect(tokens[1].token.kind == .punctuation)
        #expect(tokens[1].token.has(.dash))
        #expect(!tokens[1].token.has(.nonASCII), "a dash is not a letter")
    }

    @Test func aHyphenNotBetweenSpacesIsNoDash() {
        let tokens = Self.tokenize("a -b")
        #expect(tokens.map(\.text) == ["a", "-", "b"])
        #expect(!tokens[1].token.has(.dash))
    }

    // MARK: - Numbers

    @Test("numbers stay whole", arguments: ["1.5", "40,000", "2026", "40,000,000", "0.25"])
    func numbers(_ number: String) throws {
        let tokens = Self.tokenize("about \(number) troops.")
        #expect(tokens.map(\.text) == ["about", number, "troops", "."])
        #expect(tokens[1].token.kind == .number)
    }

    @Test func aNumberBeforeTheFinalPeriodKeepsThePeriodApart() {
        #expect(Self.texts("It rose 3.") == ["It", "rose", "3", "."])
        #expect(Self.texts("They sent 40,000.") == ["They", "sent", "40,000", "."])
        #expect(Self.texts("1, 2 and 3") == ["1", ",", "2", "and", "3"])
    }

    @Test func currencyAndPercentAreSymbols() {
        let tokens = Self.tokenize("$1.5bn or 3.5%")
        #expect(tokens.map(\.text) == ["$", "1.5bn", "or", "3.5", "%"])
        #expect(tokens[0].token.kind == .symbol && tokens[4].token.kind == .symbol)
    }

    // MARK: - URLs

    @Test("URLs are one token without trailing punctuation", arguments: [
        ("See https://example.com/a?b=1. Next", "https://example.com/a?b=1"),
        ("See http://example.com/path, then", "http://example.com/path"),
        ("See www.example.org. Next", "www.example.org"),
        ("(see https://x.org/y) and", "https://x.org/y"),
        ("at HTTPS://EXAMPLE.COM/X!", "HTTPS://EXAMPLE.COM/X"),
        ("see https://en.wikipedia.org/wiki/Foo_(bar) now", "https://en.wikipedia.org/wiki/Foo_(bar)"),
        ("(https://en.wikipedia.org/wiki/Foo_(bar)) now", "https://en.wikipedia.org/wiki/Foo_(bar)"),
    ])
    func urls(_ text: String, _ url: String) throws {
        let t = try #require(Self.token(url, in: text))
        #expect(t.kind == .url)
    }

    @Test func aBarePrefixIsNoURL() {
        let tokens = Self.tokenize("visit www.")
        #expect(!tokens.contains { $0.token.kind == .url })
        #expect(tokens.map(\.text) == ["visit", "www", "."])
    }

    @Test func aURLEndsAtAQuoteOrSpace() {
        let tokens = Self.tokenize("\"https://a.org/x\" and https://b.org/y z")
        #expect(tokens.filter { $0.token.kind == .url }.map(\.text) == ["https://a.org/x", "https://b.org/y"])
    }

    // MARK: - Abbreviations, acronyms, initials

    @Test("acronyms keep their periods", arguments: ["U.S.", "U.K.", "U.S.A.", "e.g.", "i.e.", "D.C.", "N.Y."])
    func acronyms(_ word: String) throws {
        let tokens = Self.tokenize("the \(word) said")
        #expect(tokens.map(\.text) == ["the", word, "said"])
        let t = tokens[1].token
        #expect(t.has(.abbreviation))
        #expect(!t.has(.titleAbbreviation), "an acronym may end a sentence")
        #expect(!t.has(.terminal))
    }

    @Test("listed titles keep their period and never end a sentence", arguments: ["Mr.", "Dr.", "Gen.", "Sen.", "Ms.", "Gov."])
    func titles(_ word: String) throws {
        let tokens = Self.tokenize("\(word) Smith")
        #expect(tokens.map(\.text) == [word, "Smith"])
        #expect(tokens[0].token.has(.abbreviation) && tokens[0].token.has(.titleAbbreviation))
    }

    @Test("listed final abbreviations keep their period and may end a sentence", arguments: ["Jan.", "Inc.", "Corp.", "Feb."])
    func finals(_ word: String) throws {
        let tokens = Self.tokenize("in \(word) 2024")
        #expect(tokens.map(\.text) == ["in", word, "2024"])
        #expect(tokens[1].token.has(.abbreviation))
        #expect(!tokens[1].token.has(.titleAbbreviation))
    }

    @Test func abbreviationsAreCaseInsensitiveButUnknownWordsLoseTheirPeriod() {
        #expect(Self.texts("MR. Smith") == ["MR.", "Smith"])
        #expect(Self.texts("The end. Mr") == ["The", "end", ".", "Mr"])
        #expect(Self.texts("Mr.Smith") == ["Mr.", "Smith"])
    }

    @Test func theAbbreviationListComesFromTheTokenizersTable() {
        let bare = Tokenizer(abbreviations: [:])
        let doc = Document("Mr. Smith")
        #expect(bare.tokenize(doc.bytes).map { doc.text(of: $0) } == ["Mr", ".", "Smith"])
        let custom = Tokenizer(abbreviations: [TokenHash.of("mr"): .title])
        let tokens = custom.tokenize(doc.bytes)
        #expect(tokens.map { doc.text(of: $0) } == ["Mr.", "Smith"])
        #expect(tokens[0].has(.titleAbbreviation))
    }

    @Test func initialsKeepTheirPeriod() throws {
        let tokens = Self.tokenize("Elbridge A. Colby met J. Smith.")
        #expect(tokens.map(\.text) == ["Elbridge", "A.", "Colby", "met", "J.", "Smith", "."])
        #expect(tokens[1].token.has(.abbreviation) && tokens[1].token.has(.titleAbbreviation))
        #expect(tokens[6].token.has(.terminal))
        // A lowercase single letter is no initial.
        #expect(Self.texts("point a. Then") == ["point", "a", ".", "Then"])
    }

    // MARK: - Ellipses and terminal punctuation

    @Test func ellipses() {
        let tokens = Self.tokenize("wait... what… ok.... fine")
        #expect(tokens.map(\.text) == ["wait", "...", "what", "…", "ok", "....", "fine"])
        for i in [1, 3, 5] {
            #expect(tokens[i].token.has(.ellipsis) && tokens[i].token.has(.terminal), "\(tokens[i].text)")
        }
        #expect(!tokens[3].token.has(.nonASCII))
    }

    @Test func terminalPunctuation() {
        let tokens = Self.tokenize("Go! Now?! Yes. Two..")
        #expect(tokens.map(\.text) == ["Go", "!", "Now", "?!", "Yes", ".", "Two", ".", "."])
        #expect(tokens.filter { $0.token.has(.terminal) }.count == 5)
        #expect(!tokens.contains { $0.token.has(.ellipsis) })
    }

    // MARK: - Quotes

    @Test func curlyDoubleQuotes() {
        let tokens = Self.tokenize("“Fine,” he said.")
        #expect(tokens.map(\.text) == ["“", "Fine", ",", "”", "he", "said", "."])
        #expect(tokens[0].token.has(.openQuote) && !tokens[0].token.has(.closeQuote))
        #expect(tokens[3].token.has(.closeQuote) && !tokens[3].token.has(.openQuote))
        #expect(tokens[0].token.kind == .punctuation)
    }

    @Test func straightDoubleQuotesOpenAndClose() {
        let tokens = Self.tokenize("He said \"no\" and \"maybe.\" Then (\"x\") and —\"y\"")
        let quotes = tokens.filter { $0.text == "\"" }.map(\.token)
        #expect(quotes.count == 8)
        let pattern = quotes.map { $0.has(.openQuote) ? "o" : ($0.has(.closeQuote) ? "c" : "?") }.joined()
        #expect(pattern == "ococococ", "\(tokens.map(\.text))")
    }

    @Test func aStraightQuoteAtTheStartOpens() {
        let tokens = Self.tokenize("\"We will go,\" he said.")
        #expect(tokens[0].token.has(.openQuote))
        #expect(tokens[5].text == "\"" && tokens[5].token.has(.closeQuote))
    }

    @Test func singleQuotesOpenAndClose() {
        let curly = Self.tokenize("He said, ‘no’ and ‘We will not go,’ he added.")
        let marks = curly.filter { $0.text == "‘" || $0.text == "’" }
        #expect(marks.map { $0.token.has(.openQuote) ? "o" : ($0.token.has(.closeQuote) ? "c" : "?") } == ["o", "c", "o", "c"])
        let straight = Self.tokenize("'Hello,' he said, 'no.'")
        let s = straight.filter { $0.text == "'" }
        #expect(s.map { $0.token.has(.openQuote) ? "o" : ($0.token.has(.closeQuote) ? "c" : "?") } == ["o", "c", "o", "c"])
    }

    @Test func guillemetsAndLowQuotes() {
        let tokens = Self.tokenize("«Oui» and „Ja")
        #expect(tokens[0].token.has(.openQuote) && tokens[2].token.has(.closeQuote))
        #expect(tokens[4].text == "„" && tokens[4].token.has(.openQuote))
    }

    // MARK: - Byte offsets

    @Test("every token's text is the slice of the input at its range", arguments: [
        "They won’t go to Kyiv’s “front line” — not now…",
        "Émile Zoë met 北京 officials 😀 in Zürich; the U.S. paid $40,000.",
        "Ελλάδα και Україна: «non» — https://example.com/ü?x=1.",
        "a\u{00A0}b\u{2009}c\tline\r\nnext\n\nlast",
        "",
        "   ",
        "\u{FEFF}Start with a BOM.",
    ])
    func offsets(_ text: String) {
        let bytes = Array(text.utf8)
        let tokens = TestSupport.lexicons.tokenizer.tokenize(bytes)
        var previousEnd = 0
        for t in tokens {
            #expect(t.start >= 0 && t.start < t.end && Int(t.end) <= bytes.count)
            #expect(Int(t.start) >= previousEnd, "tokens are in order and do not overlap")
            previousEnd = Int(t.end)
            // Every token starts and ends on a scalar boundary.
            #expect(String(validating: bytes[t.range], as: UTF8.self) != nil)
        }
        // Only space lies between tokens.
        var covered = [Bool](repeating: false, count: bytes.count)
        for t in tokens { for i in t.range { covered[i] = true } }
        let gaps = String(decoding: zip(bytes, covered).filter { !$0.1 }.map(\.0), as: UTF8.self)
        #expect(gaps.unicodeScalars.allSatisfy { $0.properties.isWhitespace || $0 == "\u{FEFF}" }, "\(gaps.debugDescription)")
    }

    @Test func offsetsOfASpecificText() {
        let text = "Kyiv’s “no”"
        let tokens = TestSupport.lexicons.tokenizer.tokenize(Array(text.utf8))
        #expect(tokens.map(\.range) == [0..<4, 4..<8, 9..<12, 12..<14, 14..<17])
    }

    @Test func aControlCharacterSeparatesTokens() {
        #expect(Self.texts("a\u{0}b\u{7}c") == ["a", "b", "c"])
    }

    // MARK: - Flags

    @Test func caseFlags() throws {
        let tokens = Self.tokenize("NATO and Trump met HELLO A I Émile ÅNGSTRÖM ΝΑΤΟ éTÉ")
        func flags(_ i: Int) -> Token.Flags { tokens[i].token.flags }
        #expect(flags(0).contains(.allUpper) && flags(0).contains(.capitalized))
        #expect(!flags(1).contains(.capitalized) && !flags(1).contains(.allUpper))
        #expect(flags(2).contains(.capitalized) && !flags(2).contains(.allUpper))
        #expect(flags(4).contains(.allUpper))
        #expect(!flags(5).contains(.allUpper) && flags(5).contains(.capitalized), "one letter is not all-upper")
        #expect(!flags(6).contains(.allUpper))
        #expect(flags(7).contains(.capitalized) && flags(7).contains(.nonASCII) && !flags(7).contains(.allUpper))
        #expect(flags(8).contains(.allUpper) && flags(8).contains(.nonASCII))
        #expect(flags(9).contains(.allUpper) && flags(9).contains(.capitalized), "Greek capitals")
        #expect(!flags(10).contains(.capitalized) && !flags(10).contains(.allUpper))
    }

    @Test func nonASCIIFlagMarksLettersOnly() {
        let tokens = Self.tokenize("Zoë — “x” … 😀 £")
        #expect(tokens.filter { $0.token.has(.nonASCII) }.map(\.text) == ["Zoë"])
    }

    @Test func lineFlags() {
        let tokens = Self.tokenize("line one\nline two\n\nline three\r\n\r\nend")
        let marks = tokens.map { ($0.token.has(.newlineBefore) ? "n" : "") + ($0.token.has(.blankLineBefore) ? "b" : "") }
        #expect(marks == ["", "", "n", "", "nb", "", "nb"])
        #expect(!tokens[0].token.has(.spaceBefore))
        #expect(tokens[1].token.has(.spaceBefore) && tokens[2].token.has(.spaceBefore))
        let spaced = Self.tokenize("a \n  \n b")
        #expect(spaced[1].token.has(.blankLineBefore), "a line of spaces is blank")
    }

    @Test func spaceBefore() {
        let tokens = Self.tokenize("Hi, you.")
        #expect(tokens.map { $0.token.has(.spaceBefore) } == [false, false, true, false])
    }

    // MARK: - Hashes

    @Test func curlyAndStraightFormsHashEqual() {
        let pairs = [("won’t", "won't"), ("Kyiv’s", "Kyiv's"), ("O’Brien", "O'Brien"), ("“", "\"")]
        for (curly, straight) in pairs {
            let a = Self.tokenize(curly).map(\.token)
            let b = Self.tokenize(straight).map(\.token)
            #expect(a.count == b.count, "\(curly)")
            #expect(a.map(\.lower) == b.map(\.lower), "\(curly)")
            #expect(a.map(\.exact) == b.map(\.exact), "\(curly)")
        }
        let oBrien = Self.tokenize("O’Brien")[0].token
        #expect(oBrien.exact == TokenHash.of("O'Brien"))
        #expect(oBrien.lower == TokenHash.of("o'brien"))
    }

    @Test func lowerAndExactHashes() {
        let tokens = Self.tokenize("Will will WILL")
        #expect(tokens[0].token.lower == TokenHash.of("will"))
        #expect(tokens[1].token.lower == tokens[0].token.lower && tokens[2].token.lower == tokens[0].token.lower)
        #expect(tokens[0].token.exact == TokenHash.of("Will"))
        #expect(tokens[2].token.exact == TokenHash.of("WILL"))
        #expect(Set(tokens.map(\.token.exact)).count == 3)
        let clitic = Self.tokenize("won't")[1].token
        #expect(clitic.lower == TokenHash.of("n't"))
        // Non-ASCII letters keep their bytes: no case folding outside ASCII.
        let zurich = Self.tokenize("Zürich")[0].token
        #expect(zurich.lower == TokenHash.of("zürich") && zurich.exact == TokenHash.of("Zürich"))
    }

    @Test func tokenizingIntoAnArrayAppends() {
        let bytes = Array("a b".utf8)
        var tokens = TestSupport.lexicons.tokenizer.tokenize(Array("x".utf8))
        bytes.withUnsafeBufferPointer { TestSupport.lexicons.tokenizer.tokenize($0, into: &tokens) }
        #expect(tokens.count == 3)
        #expect(tokens[1].range == 0..<1 && tokens[2].range == 2..<3)
    }
}
