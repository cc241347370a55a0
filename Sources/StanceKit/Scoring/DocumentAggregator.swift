/// Gathers the scored pairs of a document into one result per actor: counts,
/// scores, overall stance, sentiment, and evidence with cue words and objects.
///
/// Evidence is every pair whose most probable label is a stance (not `none`)
/// with at least `Tuning.evidenceMinimum` probability. Scores sum each stance's
/// probability over the evidence and normalize; the overall stance is the top
/// score, a tie (within `Tuning.tieMargin`) going to hedged as the label guide
/// says. An actor without evidence has stance `none`. Groups without an
/// affiliation ("officials") are listed only when they have evidence.
///
///     let result = DocumentAggregator(lexicons: lexicons).aggregate(processed, scored: scored, name: "a.txt", date: nil)
public struct DocumentAggregator: Sendable {
    public let lexicons: LexiconSet

    public init(lexicons: LexiconSet) {
        self.lexicons = lexicons
    }

    public func aggregate(_ processed: StanceAnalyzer.Processed, scored: [StanceAnalyzer.Scored], name: String?,
                          date: String?) -> DocumentAnalysis {
        let table = processed.table
        let doc = processed.document
        var byActor: [Int: [StanceAnalyzer.Scored]] = [:]
        var order: [Int] = []
        for s in scored {
            if byActor[s.pair.actor] == nil { order.append(s.pair.actor) }
            byActor[s.pair.actor, default: []].append(s)
        }
        var results: [ActorResult] = []
        for a in order {
            let actor = table.actors[a]
            let items = byActor[a]!
            var sums = [0.0, 0.0, 0.0]
            var counts = ActorResult.Counts()
            var evidence: [Evidence] = []
            for s in items {
                let label = s.label
                guard label != .none, s.stance[label.index] >= Tuning.evidenceMinimum else { continue }
                if s.rule == .none && s.stance[label.index] < Tuning.uncuedEvidenceMinimum { continue }
                for k in 0..<3 { sums[k] += s.stance[k] }
                switch label {
                case .firm: counts.firm += 1
                case .hedged: counts.hedged += 1
                case .refused: counts.refused += 1
                case .none: break
                }
                evidence.append(makeEvidence(s, processed: processed))
            }
            let total = sums.reduce(0, +)
            var stance = StanceLabel.none
            var scores = ActorResult.Scores(firm: 0, hedged: 0, refused: 0)
            if total > 0 {
                let norm = sums.map { $0 / total }
                scores = .init(firm: round4(norm[0]), hedged: round4(norm[1]), refused: round4(norm[2]))
                let best = norm.indices.max { norm[$0] < norm[$1] }!
                stance = StanceLabel.allCases[best]
                if stance != .hedged && norm[best] - norm[1] <= Tuning.tieMargin { stance = .hedged }
            }
            if actor.type == .group && actor.affiliation == nil && stance == .none { continue }
            // Sentiment: mean of the pairs' P(positive) - P(negative), label by the mean probabilities.
            var meanProb = [0.0, 0.0, 0.0]
            for s in items { for k in 0..<3 { meanProb[k] += s.sentiment[k] / Double(items.count) } }
            let sentimentLabel = SentimentLabel.allCases[meanProb.indices.max { meanProb[$0] < meanProb[$1] }!]
            let sentimentScore = meanProb[2] - meanProb[0]
            _ = doc
            results.append(ActorResult(actor: actor.name, type: actor.type, affiliation: actor.affiliation,
                                       mentions: actor.surfaces, stance: stance, scores: scores, counts: counts,
                                       sentiment: .init(label: sentimentLabel, score: round4(sentimentScore)),
                                       evidence: evidence))
        }
        return DocumentAnalysis(document: name, sentences: doc.sentences.count, actors: results, date: date)
    }

    private func round4(_ x: Double) -> Double { (x * 10000).rounded() / 10000 }

    private func makeEvidence(_ s: StanceAnalyzer.Scored, processed: StanceAnalyzer.Processed) -> Evidence {
        let doc = processed.document
        let sentence = doc.sentences[s.pair.sentence]
        let span = [processed.offsets.scalarOffset(ofByte: sentence.range.lowerBound),
                    processed.offsets.scalarOffset(ofByte: sentence.range.upperBound)]
        var object: String? = nil
        var objectSpan: [Int]? = nil
        if let range = objectRange(of: s.pair, in: processed) {
            object = doc.text(of: range)
            objectSpan = [processed.offsets.scalarOffset(ofByte: range.lowerBound),
                          processed.offsets.scalarOffset(ofByte: range.upperBound)]
        }
        return Evidence(sentence: s.pair.sentence + 1, text: doc.text(of: sentence), span: span, stance: s.label,
                        probability: round4(s.stance[s.label.index]),
                        cues: DocumentAggregator.cueTexts(of: s.pair, in: processed), object: object, objectSpan: objectSpan)
    }

    /// The texts of the cues attributed to a pair, in text order, without repeats.
    public static func cueTexts(of pair: StanceAnalyzer.Pair, in processed: StanceAnalyzer.Processed) -> [String] {
        let doc = processed.document
        let sc = processed.context.cues[pair.sentence]
        var indices = Set<Int>()
        for m in pair.mentions { for c in processed.context.attributions[m].cues { indices.insert(c.cue) } }
        // Conditions and limiters of the same clauses explain a hedge too.
        let clauses = Set(indices.map { sc.cues[$0].clause })
        for (i, c) in sc.cues.enumerated() where clauses.contains(c.clause)
            && (c.categories.contains(.condition) || c.categories.contains(.limiter)) {
            indices.insert(i)
        }
        var texts: [String] = []
        for i in indices.sorted() {
            let t = sc.cues[i].tokens
            let text = doc.text(of: Int(doc.tokens[t.lowerBound].start)..<Int(doc.tokens[t.upperBound - 1].end))
            if !texts.contains(text) { texts.append(text) }
        }
        return texts
    }

    static let objectStops: Set<UInt64> = Set([",", ".", ";", ":", "?", "!", "if", "unless", "but", "while", "because",
                                               "after", "before", "when", "as", "and", "until", "into", "to", "in",
                                               "on", "at", "for", "with", "from", "by", "that", "which", "who"].map(TokenHash.of))
    /// A cue ending in one of these is followed by the verb, then the object: "will not commit troops".
    static let verbSlots: Set<UInt64> = Set(["will", "would", "could", "might", "may", "can", "shall", "should", "not",
                                             "n't", "to", "'ll"].map(TokenHash.of))

    /// The object of the pair's first commitment cue: the noun phrase after the cue (and its verb).
    func objectRange(of pair: StanceAnalyzer.Pair, in processed: StanceAnalyzer.Processed) -> Range<Int>? {
        let doc = processed.document
        let sc = processed.context.cues[pair.sentence]
        guard let first = pair.mentions.lazy.flatMap({ processed.context.attributions[$0].cues }).first else { return nil }
        let cue = sc.cues[first.cue]
        let end = doc.sentences[pair.sentence].tokens.upperBound
        var k = cue.tokens.upperBound
        // "will not commit troops": skip the verb after a modal or "to".
        if DocumentAggregator.verbSlots.contains(doc.tokens[cue.tokens.upperBound - 1].lower), k < end,
           doc.tokens[k].kind == .word, !doc.tokens[k].has(.capitalized) {
            k += 1
        }
        let from = k
        var count = 0
        while k < end && count < 8 {
            let t = doc.tokens[k]
            if t.kind == .punctuation || DocumentAggregator.objectStops.contains(t.lower) {
                // "numbers of troops" keeps "of".
                if t.lower == TokenHash.of("of") && count > 0 { k += 1; count += 1; continue }
                break
            }
            let stops = doc.tokens.withUnsafeBufferPointer { tokens in
                lexicons.cues.longestMatch(tokens, at: k, end: end, key: { $0.lower })
                    .map { $0.payload.categories.contains(.condition) || $0.payload.categories.contains(.boundary) } ?? false
            }
            if stops { break }
            k += 1
            count += 1
        }
        guard k > from else { return nil }
        return Int(doc.tokens[from].start)..<Int(doc.tokens[k - 1].end)
    }
}
