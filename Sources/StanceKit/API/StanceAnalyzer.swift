import Foundation

/// The entry point: text in, per-actor commitment stance and sentiment out.
///
/// A `Sendable` value: share one analyzer across threads. The pipeline runs
/// tokenizer -> sentence segmenter -> actor detector -> cue tagger -> scope
/// resolver -> attributor -> features -> linear model -> aggregation.
///
///     let analyzer = try StanceAnalyzer(resources: ResourceLocator().locate())
///     let result = analyzer.analyze("Washington will not commit troops.", name: "example")
///     result.actor("United States")?.stance   // .refused
public struct StanceAnalyzer: Sendable {
    public let lexicons: LexiconSet
    public let model: LinearModel

    public init(lexicons: LexiconSet, model: LinearModel) {
        self.lexicons = lexicons
        self.model = model
    }

    /// Loads the lexicons and the model found by a `ResourceLocator`.
    public init(resources: Resources) throws {
        let lexicons = try LexiconSet.load(from: resources.lexicons)
        let model = try LinearModel.load(from: resources.model)
        self.init(lexicons: lexicons, model: model)
    }

    // MARK: - Pipeline

    /// A document run through every stage up to the features.
    public struct Processed: Sendable {
        public var context: FeatureExtractor.Context
        /// Scalar-offset conversion for output.
        public var offsets: ScalarOffsets
        public var document: Document { context.document }
        public var table: ActorTable { context.table }
    }

    /// Runs the stages before scoring.
    /// - Parameter given: a byte range to force as an actor mention (labeled pairs).
    public func process(_ text: String, given: Range<Int>? = nil) -> (Processed, givenMention: Int?) {
        var document = Document(text)
        document.tokens = lexicons.tokenizer.tokenize(document.bytes)
        document.sentences = lexicons.segmenter.segment(document.tokens, bytes: document.bytes)
        if given != nil && document.sentences.isEmpty && !document.tokens.isEmpty {
            document.sentences = [Sentence(range: 0..<document.bytes.count, tokens: 0..<document.tokens.count)]
        }
        let detector = ActorDetector(lexicons: lexicons)
        let (table, givenMention) = detector.detect(in: document, given: given)
        let tagger = CueTagger(lexicons: lexicons)
        let scope = ScopeResolver(pronouns: lexicons.subjectPronouns, wrongdoings: lexicons.wrongdoings,
                                  functionWords: lexicons.functionWords)
        let sentiment = SentimentScorer(lexicons: lexicons)
        var cues: [Attributor.SentenceCues] = []
        var valences: [[Float]] = []
        var contentWords: [[Int32]] = []
        cues.reserveCapacity(document.sentences.count)
        document.tokens.withUnsafeBufferPointer { tokens in
            for sentence in document.sentences {
                var c = tagger.tag(sentence, tokens: tokens)
                let clauses = scope.resolve(&c, sentence: sentence, tokens: tokens, bytes: document.bytes)
                cues.append(Attributor.SentenceCues(cues: c, clauseOf: clauses))
                valences.append(sentiment.valences(of: sentence, tokens: tokens))
                contentWords.append(FeatureExtractor.contentWords(of: sentence, tokens: tokens, lexicons: lexicons))
            }
        }
        let attributions = Attributor(lexicons: lexicons).attribute(document, table: table, sentences: cues)
        let ctx = FeatureExtractor.Context(document: document, table: table, cues: cues, attributions: attributions,
                                           valences: valences, contentWords: contentWords)
        return (Processed(context: ctx, offsets: ScalarOffsets(document.bytes)), givenMention)
    }

    /// One (actor, sentence) pair of a processed document.
    public struct Pair: Sendable {
        public var actor: Int
        public var sentence: Int
        /// Indices into `ActorTable.mentions`.
        public var mentions: [Int]
    }

    /// The pairs of a processed document: one per actor per sentence it is mentioned in.
    public func pairs(of processed: Processed) -> [Pair] {
        var pairs: [Pair] = []
        // (actor, sentence) -> pair; the key multiplied by an odd constant so that its bits are
        // mixed, as `HashIndex` expects.
        var index = HashIndex<Int32>()
        for (m, attribution) in processed.context.attributions.enumerated() where attribution.actor >= 0 {
            let s = processed.table.mentions[m].sentence
            let key = (UInt64(attribution.actor) << 32 | UInt64(s)) &* 0x9E37_79B9_7F4A_7C15
            if let p = index[key] {
                pairs[Int(p)].mentions.append(m)
            } else {
                index[key] = Int32(pairs.count)
                pairs.append(Pair(actor: attribution.actor, sentence: s, mentions: [m]))
            }
        }
        return pairs
    }

    /// The scored prediction of one pair.
    public struct Scored: Sendable {
        public var pair: Pair
        /// Stance probabilities in `StanceLabel.allCases` order.
        public var stance: [Double]
        /// Sentiment probabilities in `SentimentLabel.allCases` order.
        public var sentiment: [Double]
        public var rule: StanceLabel
        public var label: StanceLabel { StanceLabel.allCases[stance.indices.max { stance[$0] < stance[$1] }!] }
        public var sentimentLabel: SentimentLabel {
            SentimentLabel.allCases[sentiment.indices.max { sentiment[$0] < sentiment[$1] }!]
        }
        /// P(positive) - P(negative).
        public var sentimentScore: Double { sentiment[2] - sentiment[0] }
    }

    /// Features of a pair (names collected when asked: training).
    public func features(of pair: Pair, in processed: Processed, collectNames: Bool = false) -> FeatureVector {
        FeatureExtractor(lexicons: lexicons).features(forActor: pair.actor, mentions: pair.mentions,
                                                      sentence: pair.sentence, in: processed.context,
                                                      collectNames: collectNames)
    }

    /// The lexicon rules' decision for a pair (the guide's decision order, no learned weights).
    public func ruleDecision(of pair: Pair, in processed: Processed) -> StanceLabel {
        StanceRules.decide(pair.mentions.flatMap { processed.context.attributions[$0].cues })
    }

    /// Scores one pair with the model.
    public func score(_ pair: Pair, in processed: Processed) -> Scored {
        var f = FeatureVector()
        return score(pair, in: processed, scratch: &f)
    }

    /// Scores one pair, building its features in `scratch` (reused across a document's pairs).
    func score(_ pair: Pair, in processed: Processed, scratch f: inout FeatureVector) -> Scored {
        // The extractor's rule decision is `ruleDecision(of:in:)`: the same cues in the same order.
        let rule = FeatureExtractor(lexicons: lexicons).features(into: &f, forActor: pair.actor, mentions: pair.mentions,
                                                                 sentence: pair.sentence, in: processed.context)
        let (stance, sentiment) = model.probabilities(f)
        return Scored(pair: pair, stance: stance, sentiment: sentiment, rule: rule)
    }

    // MARK: - Documents

    /// Classifies a document.
    /// - Parameters:
    ///   - text: the document's text.
    ///   - name: its name in the output (a file name or an id).
    public func analyze(_ text: String, name: String? = nil, date: String? = nil) -> DocumentAnalysis {
        analyzeKeepingProcessed(text, name: name, date: date).analysis
    }

    /// `analyze`, also returning the processed document (for marks and explanations).
    func analyzeKeepingProcessed(_ text: String, name: String?, date: String?) -> (processed: Processed, analysis: DocumentAnalysis) {
        let (processed, _) = process(text)
        var scratch = FeatureVector()
        let scored = pairs(of: processed).map { score($0, in: processed, scratch: &scratch) }
        return (processed, DocumentAggregator(lexicons: lexicons).aggregate(processed, scored: scored, name: name, date: date))
    }

    // MARK: - Labeled pairs

    /// Predicts one labeled pair: the actor mention at `span` (Unicode-scalar offsets, end
    /// exclusive) or, without a span, the first occurrence of `actor` in `text`.
    public func predictPair(id: String, text: String, actor: String, span: Range<Int>?) -> PairPrediction {
        let (processed, pair) = pairFor(text: text, actor: actor, span: span)
        guard let pair else {
            return PairPrediction(id: id, actor: actor, stance: .none, scores: .init([0, 0, 0, 1]),
                                  sentiment: .neutral, sentimentScore: 0, cues: [], ruleStance: .none)
        }
        let s = score(pair, in: processed)
        return PairPrediction(id: id, actor: actor, stance: s.label, scores: .init(s.stance), sentiment: s.sentimentLabel,
                              sentimentScore: s.sentimentScore,
                              cues: DocumentAggregator.cueTexts(of: pair, in: processed), ruleStance: s.rule,
                              object: s.label == .none ? nil : ObjectFinder(lexicons: lexicons).objectText(of: pair, label: s.label, in: processed))
    }

    /// The processed text and the pair of a labeled (text, actor, span).
    public func pairFor(text: String, actor: String, span: Range<Int>?) -> (Processed, Pair?) {
        var byteSpan: Range<Int>? = nil
        let offsets = ScalarOffsets(Array(text.utf8))
        if let span, let lo = offsets.byteOffset(ofScalar: span.lowerBound),
           let hi = offsets.byteOffset(ofScalar: span.upperBound), lo < hi {
            byteSpan = lo..<hi
        } else if let r = text.range(of: actor) {
            byteSpan = text.utf8.distance(from: text.utf8.startIndex, to: r.lowerBound)
                ..< text.utf8.distance(from: text.utf8.startIndex, to: r.upperBound)
        }
        let (processed, given) = process(text, given: byteSpan)
        guard let g = given else { return (processed, nil) }
        let mention = processed.table.mentions[g]
        let actorIndex = processed.context.attributions[g].actor
        var mentions = [g]
        if actorIndex >= 0 {
            mentions = processed.context.attributions.indices.filter {
                processed.context.attributions[$0].actor == actorIndex && processed.table.mentions[$0].sentence == mention.sentence
            }
            if !mentions.contains(g) { mentions.insert(g, at: 0) }
            // The given mention first: its role and words describe the pair.
            mentions.removeAll { $0 == g }
            mentions.insert(g, at: 0)
        } else if let byteSpan, byteSpan.count <= mention.range.count, let owner = possessiveOwner(of: g, in: processed) {
            // (Only the pronoun itself: "his hands" is the hands, not their owner.)
            mentions.append(owner)
        } else {
            mentions += samePronouns(as: g, in: processed)
        }
        return (processed, Pair(actor: actorIndex, sentence: mention.sentence, mentions: mentions))
    }

    /// The unresolved speakers in an unresolved subject pronoun's sentence that are its own word,
    /// one person with it ("Explaining why she quit, she said she wants to teach": the first
    /// "she" is the one who says she wants to). Empty for other mentions.
    func samePronouns(as g: Int, in processed: Processed) -> [Int] {
        let table = processed.table, attributions = processed.context.attributions
        let tokens = processed.context.document.tokens
        let mention = table.mentions[g]
        guard mention.kind == .pronoun, !mention.isPossessive, attributions[g].actor < 0 else { return [] }
        let word = tokens[mention.tokens.lowerBound].lower
        return table.mentions(inSentence: mention.sentence).indices.filter { m in
            let other = table.mentions[m]
            return m != g && other.kind == .pronoun && !other.isPossessive
                && attributions[m].actor < 0 && attributions[m].speaks && tokens[other.tokens.lowerBound].lower == word
        }
    }

    /// The subject forms of the possessive pronouns: "its" belongs to "it", "their" to "they".
    static let possessiveSubjects: [UInt64: UInt64] = Dictionary(uniqueKeysWithValues: [
        ("its", "it"), ("their", "they"), ("his", "he"), ("her", "she"), ("our", "we"), ("my", "i"),
    ].map { (TokenHash.of($0.0), TokenHash.of($0.1)) })

    /// An unresolved possessive pronoun's owner: the nearest unresolved subject pronoun of the same
    /// person before it in its sentence, one actor with it ("said it would not improve its offer":
    /// "its" is the "it" that refuses). Nil for other mentions or when there is none.
    func possessiveOwner(of g: Int, in processed: Processed) -> Int? {
        let table = processed.table, attributions = processed.context.attributions
        let mention = table.mentions[g]
        guard mention.kind == .pronoun, mention.isPossessive, attributions[g].actor < 0,
              let subject = StanceAnalyzer.possessiveSubjects[processed.context.document.tokens[mention.tokens.lowerBound].lower]
        else { return nil }
        var m = g - 1
        while m >= 0, table.mentions[m].sentence == mention.sentence {
            let other = table.mentions[m]
            if other.kind == .pronoun, !other.isPossessive, attributions[m].actor < 0,
               processed.context.document.tokens[other.tokens.lowerBound].lower == subject {
                return m
            }
            m -= 1
        }
        return nil
    }
}
