import Foundation

/// Every lexicon the pipeline reads, loaded from one folder (`Lexicons/`) and
/// validated: a bad line is an error naming the file and line.
///
/// Layout of the folder (documented in `Lexicons/README.md`):
/// - `text/`: `abbreviations.txt`, `sentence-starters.txt`, `debris.txt`, `function-words.txt`
/// - `cues/`: one file per `CueCategory`
/// - `actors/`: the gazetteer (`countries.txt`, `organisations.txt`,
///   `people.txt`, `regions.txt`), `titles.txt`, `org-heads.txt`,
///   `group-nouns.txt`, `non-names.txt`, `pronouns.txt`, `references.txt`
/// - `sentiment/`: `valence.txt` (VADER's), `news-valence.txt` (the team's), `modifiers.txt`
/// - `objects/`: `synonyms.txt` (commitment objects that mean the same thing)
///
///     let lexicons = try LexiconSet.load(from: URL(fileURLWithPath: "Lexicons"))
///     lexicons.cues.count   // number of cue phrases
public struct LexiconSet: Sendable {
    /// How a pronoun refers.
    public enum PronounKind: String, Sendable, CaseIterable {
        /// he, she, him, her, his: a person.
        case person
        /// it, its: an organisation or country.
        case thing
        /// they, them, their: a group, organisation or country.
        case plural
        /// we, our, us, I, my, me: the speaker.
        case speaker
    }

    /// One pronoun: its kind and whether it is a possessive determiner.
    public struct Pronoun: Sendable, Equatable {
        public var kind: PronounKind
        public var possessive: Bool
    }

    /// A closed word class (`text/function-words.txt`).
    public enum FunctionWord: String, Sendable, CaseIterable {
        case preposition, determiner, auxiliary, opener
        case agentNoun = "agent-noun"
    }

    /// One definite reference ("the company", "the government"): the actor types it may refer to.
    public struct Reference: Sendable, Equatable {
        public var types: [ActorType]
        public var head: String
    }

    public var tokenizer: Tokenizer
    public var segmenter: SentenceSegmenter
    /// Cue phrases, matched on lowercase hashes.
    public var cues: PhraseMatcher<CueEntry>
    /// Gazetteer surfaces, matched on exact (case-kept) hashes.
    public var gazetteer: PhraseMatcher<[GazetteerEntry]>
    /// Titles before a person's name, matched on lowercase hashes ("prime minister");
    /// the payload tells whether the title is an office (speaks for its organisation).
    public var titles: PhraseMatcher<Bool>
    /// Lowercase hashes of words that end an organisation's name (Ministry, Party, Inc.).
    public var organisationHeads: HashIndex<Bool>
    /// Lowercase hashes of nouns that make a group with a demonym ("leaders", "officials").
    public var groupNouns: HashIndex<Bool>
    /// The group nouns marked "office": their holders speak for an organisation ("spokesman").
    public var officeNouns: HashIndex<Bool>
    /// Lowercase hashes of capitalized words that are never part of a person's name
    /// (days, months, place words: "Monday", "Street", "Act").
    public var nonNames: HashIndex<Bool>
    /// Closed-class words by lowercase hash (prepositions, determiners, auxiliaries,
    /// clause openers, agent nouns): how the attribution stage reads word order.
    public var functionWords: HashIndex<FunctionWord>
    /// Lowercase hashes of pronouns.
    public var pronouns: HashIndex<Pronoun>
    /// The pronouns that can start a clause as its subject ("he", "they"; not the possessive
    /// determiners "his", "their"): for the scope stage, which reads "announced he would" as a
    /// report but "announced his resignation" as the announcement of a decision.
    public var subjectPronouns: Set<UInt64> = []
    /// Lowercase hashes of nouns of wrongdoing (`text/wrongdoings.txt`): "committed fraud" commits
    /// to nothing (`ScopeResolver`).
    public var wrongdoings = HashIndex<Bool>()
    /// Exact hashes of the last names of the gazetteer's people ("Sanders" of "Bernie Sanders"):
    /// a lone unknown capitalized word that is one names a person, not an organisation. Not the
    /// person itself: several people share a surname.
    public var personSurnames = HashIndex<Bool>()
    /// Lowercase hash of the noun after "the" -> what it may refer to ("company").
    public var references: HashIndex<Reference>
    /// Sentiment valences (-4...4), keyed by lowercase hash; multi-word entries in `sentimentPhrases`.
    public var valence: HashIndex<Float>
    public var sentimentPhrases: PhraseMatcher<Float>
    /// Sentiment modifiers keyed by lowercase hash: boosters (> 0) and dampeners (< 0).
    public var intensifiers: HashIndex<Float>
    /// Commitment-object phrases (lowercase) and their canonical group: "ground troops" -> "troops".
    public var objects: PhraseMatcher<String>
    /// Where the lexicons were loaded from, and the SHA-256-free fingerprint of their contents.
    public var source: String
    public var fingerprint: UInt64

    /// Number of cue phrases.
    public var cueCount: Int { cues.count }

    /// Loads and validates every lexicon file under `directory`.
    /// - Throws: `LexiconError` naming the file and line of the first problem.
    public static func load(from directory: URL) throws -> LexiconSet {
        var reader = Reader(directory: directory)
        return try reader.load()
    }

    /// Tokenizes a lexicon phrase the way text is tokenized, and returns its token hashes.
    public func phraseTokens(_ phrase: String, exact: Bool) -> [UInt64] {
        LexiconSet.phraseTokens(phrase, tokenizer: tokenizer, exact: exact)
    }

    /// Words after a surname: "Martin Luther King Jr." has the surname "King".
    static let nameSuffixes: Set<String> = ["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"]

    static func phraseTokens(_ phrase: String, tokenizer: Tokenizer, exact: Bool) -> [UInt64] {
        // A phrase that starts with a clitic ("'ll", "'m going to") is tokenized after a word, as
        // in text ("we'll" -> "we" "'ll"): alone, its apostrophe would be punctuation of its own.
        let clitic = phrase.hasPrefix("'") || phrase.hasPrefix("\u{2019}")
        let tokens = tokenizer.tokenize(Array(((clitic ? "x" : "") + phrase).utf8)).dropFirst(clitic ? 1 : 0)
        return tokens.map { exact ? $0.exact : $0.lower }
    }

    /// Reads the folder, file by file.
    struct Reader {
        let directory: URL
        var fingerprint = TokenHash()

        init(directory: URL) { self.directory = directory }

        mutating func file(_ relative: String) throws -> LexiconFile {
            let url = directory.appendingPathComponent(relative)
            let shown = directory.lastPathComponent + "/" + relative
            let file = try LexiconFile(url: url, name: shown)
            fingerprint.add(relative)
            for line in file.lines { for f in line.fields { fingerprint.add(f); fingerprint.add(9) } }
            return file
        }

        mutating func load() throws -> LexiconSet {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDir), isDir.boolValue else {
                throw LexiconError(file: directory.path, line: 0, message: "is not a lexicon folder (missing or not a directory)")
            }
            // Text segmentation first: the tokenizer needs the abbreviations.
            var abbreviations: [UInt64: Tokenizer.AbbreviationKind] = [:]
            let abbrevFile = try file("text/abbreviations.txt")
            for line in abbrevFile.lines {
                try abbrevFile.require(line, fields: 2)
                var word = line.fields[0]
                guard word.hasSuffix(".") else {
                    throw LexiconError(file: abbrevFile.name, line: line.number, message: "abbreviation \"\(word)\" must end with a period")
                }
                word.removeLast()
                let kind: Tokenizer.AbbreviationKind
                switch line.fields[1] {
                case "title": kind = .title
                case "final": kind = .final
                default:
                    throw LexiconError(file: abbrevFile.name, line: line.number,
                                       message: "unknown abbreviation kind \"\(line.fields[1])\" (expected title or final)")
                }
                abbreviations[TokenHash.of(word.lowercased())] = kind
            }
            let tokenizer = Tokenizer(abbreviations: abbreviations)

            let starters = try wordSet("text/sentence-starters.txt", tokenizer: tokenizer)
            var debris = Set<UInt64>()
            let debrisFile = try file("text/debris.txt")
            for line in debrisFile.lines {
                try debrisFile.require(line, fields: 1)
                let words = tokenizer.tokenize(Array(line.fields[0].utf8)).filter { $0.kind == .word }.map(\.lower)
                guard !words.isEmpty else {
                    throw LexiconError(file: debrisFile.name, line: line.number, message: "a debris phrase needs at least one word")
                }
                debris.insert(SentenceSegmenter.debrisKey(words))
            }
            let segmenter = SentenceSegmenter(sentenceStarters: starters, debris: debris)
            var functionWords: [UInt64: FunctionWord] = [:]
            let fwFile = try file("text/function-words.txt")
            for line in fwFile.lines {
                try fwFile.require(line, fields: 2)
                guard let cls = FunctionWord(rawValue: line.fields[1]) else {
                    throw LexiconError(file: fwFile.name, line: line.number,
                                       message: "unknown word class \"\(line.fields[1])\" (expected \(FunctionWord.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                functionWords[TokenHash.of(line.fields[0].lowercased())] = cls
            }

            // Cues.
            var cues = PhraseMatcher<CueEntry>()
            for (name, category) in CueCategory.files {
                let f = try file("cues/" + name)
                for line in f.lines {
                    try f.require(line, fields: 1)
                    let phrase = line.fields[0]
                    if phrase != phrase.lowercased() {
                        throw LexiconError(file: f.name, line: line.number, message: "cue \"\(phrase)\" must be lowercase")
                    }
                    let tokens = LexiconSet.phraseTokens(phrase, tokenizer: tokenizer, exact: false)
                    guard !tokens.isEmpty, tokens.first != PhraseMatcher<CueEntry>.wildcard,
                          tokens.last != PhraseMatcher<CueEntry>.wildcard else {
                        throw LexiconError(file: f.name, line: line.number,
                                           message: "cue \"\(phrase)\" is empty or starts or ends with *")
                    }
                    // The hash of the phrase as feature names write it ("rule_out").
                    let entry = CueEntry(phrase: phrase, categories: category, id: Int32(cues.count),
                                         hash: TokenHash.of(phrase.replacingOccurrences(of: " ", with: "_")))
                    cues.insert(tokens, payload: entry) { old, new in
                        var merged = old
                        merged.categories.formUnion(new.categories)
                        return merged
                    }
                }
            }

            // Actors.
            var gazetteer = PhraseMatcher<[GazetteerEntry]>()
            var surnames = Set<UInt64>()
            for name in ["countries.txt", "organisations.txt", "people.txt", "regions.txt"] {
                let f = try file("actors/" + name)
                for line in f.lines {
                    try f.require(line, fields: 4, 5)
                    guard let type = ActorType(rawValue: line.fields[2]), type != .group else {
                        throw LexiconError(file: f.name, line: line.number,
                                           message: "unknown actor type \"\(line.fields[2])\" (expected country, organisation, person or region)")
                    }
                    guard let role = GazetteerEntry.Role(rawValue: line.fields[3]) else {
                        throw LexiconError(file: f.name, line: line.number,
                                           message: "unknown role \"\(line.fields[3])\" (expected \(GazetteerEntry.Role.allCases.map(\.rawValue).joined(separator: ", ")))")
                    }
                    let entry = GazetteerEntry(canonical: line.fields[1], type: type, role: role,
                                               affiliation: line.fields.count > 4 ? line.fields[4] : nil)
                    let tokens = LexiconSet.phraseTokens(line.fields[0], tokenizer: tokenizer, exact: true)
                    guard !tokens.isEmpty else {
                        throw LexiconError(file: f.name, line: line.number, message: "empty surface form")
                    }
                    gazetteer.insert(tokens, payload: [entry]) { old, new in
                        old.contains(new[0]) ? old : old + new
                    }
                    if type == .person, role == .name {
                        var words = line.fields[0].split(separator: " ")
                        while let w = words.last, words.count > 1, LexiconSet.nameSuffixes.contains(String(w)) { words.removeLast() }
                        if words.count >= 2, let last = LexiconSet.phraseTokens(String(words.last!), tokenizer: tokenizer, exact: true).first {
                            surnames.insert(last)
                        }
                    }
                }
            }
            var titles = PhraseMatcher<Bool>()
            let titleFile = try file("actors/titles.txt")
            for line in titleFile.lines {
                try titleFile.require(line, fields: 2)
                guard line.fields[1] == "office" || line.fields[1] == "independent" else {
                    throw LexiconError(file: titleFile.name, line: line.number,
                                       message: "unknown title kind \"\(line.fields[1])\" (expected office or independent)")
                }
                let tokens = LexiconSet.phraseTokens(line.fields[0], tokenizer: tokenizer, exact: false)
                titles.insert(tokens, payload: line.fields[1] == "office")
            }
            let heads = try wordSet("actors/org-heads.txt", tokenizer: tokenizer)
            var groupNouns = Set<UInt64>()
            var officeNouns = Set<UInt64>()
            let groupFile = try file("actors/group-nouns.txt")
            for line in groupFile.lines {
                try groupFile.require(line, fields: 1, 2)
                if line.fields.count == 2 && line.fields[1] != "office" {
                    throw LexiconError(file: groupFile.name, line: line.number, message: "second field must be \"office\" when present")
                }
                let tokens = LexiconSet.phraseTokens(line.fields[0], tokenizer: tokenizer, exact: false)
                guard tokens.count == 1 else {
                    throw LexiconError(file: groupFile.name, line: line.number, message: "\"\(line.fields[0])\" must be a single word")
                }
                groupNouns.insert(tokens[0])
                if line.fields.count == 2 { officeNouns.insert(tokens[0]) }
            }
            let nonNames = try wordSet("actors/non-names.txt", tokenizer: tokenizer)
            var pronouns: [UInt64: Pronoun] = [:]
            let pronounFile = try file("actors/pronouns.txt")
            for line in pronounFile.lines {
                try pronounFile.require(line, fields: 2, 3)
                guard let kind = PronounKind(rawValue: line.fields[1]) else {
                    throw LexiconError(file: pronounFile.name, line: line.number,
                                       message: "unknown pronoun kind \"\(line.fields[1])\" (expected \(PronounKind.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                if line.fields.count == 3 && line.fields[2] != "possessive" {
                    throw LexiconError(file: pronounFile.name, line: line.number,
                                       message: "third field must be \"possessive\" when present")
                }
                pronouns[TokenHash.of(line.fields[0].lowercased())] = Pronoun(kind: kind, possessive: line.fields.count == 3)
            }
            var references: [UInt64: Reference] = [:]
            let refFile = try file("actors/references.txt")
            for line in refFile.lines {
                try refFile.require(line, fields: 2)
                var types: [ActorType] = []
                for t in line.fields[1].split(separator: ",") {
                    guard let type = ActorType(rawValue: String(t)) else {
                        throw LexiconError(file: refFile.name, line: line.number, message: "unknown actor type \"\(t)\"")
                    }
                    types.append(type)
                }
                references[TokenHash.of(line.fields[0].lowercased())] = Reference(types: types, head: line.fields[0])
            }

            // Sentiment.
            var valence: [UInt64: Float] = [:]
            var sentimentPhrases = PhraseMatcher<Float>()
            // VADER's words, then the team's news words; a word in both is an error (one value per word).
            var valenceSeen: [String: String] = [:]
            for name in ["sentiment/valence.txt", "sentiment/news-valence.txt"] {
                let valenceFile = try file(name)
                for line in valenceFile.lines {
                    try valenceFile.require(line, fields: 2)
                    guard let v = Float(line.fields[1]), v >= -4, v <= 4 else {
                        throw LexiconError(file: valenceFile.name, line: line.number,
                                           message: "valence \"\(line.fields[1])\" is not a number in -4...4")
                    }
                    let key = line.fields[0].lowercased()
                    if let earlier = valenceSeen[key] {
                        throw LexiconError(file: valenceFile.name, line: line.number,
                                           message: "\"\(line.fields[0])\" already has a valence in \(earlier)")
                    }
                    valenceSeen[key] = "\(valenceFile.name):\(line.number)"
                    let tokens = LexiconSet.phraseTokens(line.fields[0], tokenizer: tokenizer, exact: false)
                    if tokens.count == 1 { valence[tokens[0]] = v } else if !tokens.isEmpty {
                        sentimentPhrases.insert(tokens, payload: v)
                    }
                }
            }
            var intensifiers: [UInt64: Float] = [:]
            let modFile = try file("sentiment/modifiers.txt")
            for line in modFile.lines {
                try modFile.require(line, fields: 2)
                guard let v = Float(line.fields[1]), v >= -1, v <= 1 else {
                    throw LexiconError(file: modFile.name, line: line.number,
                                       message: "modifier \"\(line.fields[1])\" is not a number in -1...1")
                }
                intensifiers[TokenHash.of(line.fields[0].lowercased())] = v
            }

            var set = LexiconSet(tokenizer: tokenizer, segmenter: segmenter, cues: cues, gazetteer: gazetteer,
                              titles: titles, organisationHeads: HashIndex(set: heads), groupNouns: HashIndex(set: groupNouns),
                              officeNouns: HashIndex(set: officeNouns), nonNames: HashIndex(set: nonNames),
                              functionWords: HashIndex(functionWords), pronouns: HashIndex(pronouns),
                              references: HashIndex(references), valence: HashIndex(valence), sentimentPhrases: sentimentPhrases,
                              intensifiers: HashIndex(intensifiers), objects: try objectSynonyms(tokenizer: tokenizer), source: directory.path, fingerprint: fingerprint.value)
            set.subjectPronouns = Set(pronouns.filter { !$0.value.possessive }.keys)
            set.wrongdoings = HashIndex(set: try wordSet("text/wrongdoings.txt", tokenizer: tokenizer))
            set.personSurnames = HashIndex(set: surnames)
            return set
        }

        /// `objects/synonyms.txt`: phrase TAB canonical object; a phrase in one group only.
        mutating func objectSynonyms(tokenizer: Tokenizer) throws -> PhraseMatcher<String> {
            let f = try file("objects/synonyms.txt")
            var objects = PhraseMatcher<String>()
            for line in f.lines {
                try f.require(line, fields: 2)
                let (phrase, group) = (line.fields[0], line.fields[1])
                guard phrase == phrase.lowercased(), group == group.lowercased() else {
                    throw LexiconError(file: f.name, line: line.number, message: "object phrase and group must be lowercase")
                }
                let tokens = LexiconSet.phraseTokens(phrase, tokenizer: tokenizer, exact: false)
                guard !tokens.isEmpty, !tokens.contains(PhraseMatcher<String>.wildcard) else {
                    throw LexiconError(file: f.name, line: line.number, message: "object phrase \"\(phrase)\" needs words and no wildcard")
                }
                if let other = objects.lookup(tokens), other != group {
                    throw LexiconError(file: f.name, line: line.number,
                                       message: "object phrase \"\(phrase)\" is already in group \"\(other)\"")
                }
                objects.insert(tokens, payload: group)
            }
            return objects
        }

        /// A file of single lowercase words, as a set of lowercase hashes.
        mutating func wordSet(_ relative: String, tokenizer: Tokenizer) throws -> Set<UInt64> {
            let f = try file(relative)
            var set = Set<UInt64>()
            for line in f.lines {
                try f.require(line, fields: 1)
                let tokens = LexiconSet.phraseTokens(line.fields[0], tokenizer: tokenizer, exact: false)
                guard tokens.count == 1 else {
                    throw LexiconError(file: f.name, line: line.number,
                                       message: "\"\(line.fields[0])\" must be a single word")
                }
                set.insert(tokens[0])
            }
            return set
        }
    }
}
