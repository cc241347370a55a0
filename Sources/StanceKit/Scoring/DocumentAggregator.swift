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
    let finder: ObjectFinder

    public init(lexicons: LexiconSet) {
        self.lexicons = lexicons
        self.finder = ObjectFinder(lexicons: lexicons)
    }

    public func aggregate(_ processed: StanceAnalyzer.Processed, scored: [StanceAnalyzer.Scored], name: String?,
                          date: String?) -> DocumentAnalysis {
        let table = processed.table
        let doc = processed.document
        // The pairs by actor (indexed by actor, not hashed), actors in order of first appearance.
        var byActor = [[StanceAnalyzer.Scored]](repeating: [], count: table.actors.count)
        var order: [Int] = []
        for s in scored {
            if byActor[s.pair.actor].isEmpty { order.append(s.pair.actor) }
            byActor[s.pair.actor].append(s)
        }
        let surfaces = DocumentAggregator.resolvedSurfaces(processed)
        var results: [ActorResult] = []
        for a in order {
            let actor = table.actors[a]
            let items = byActor[a]
            var sums = [0.0, 0.0, 0.0]
            var counts = ActorResult.Counts()
            var evidence: [Evidence] = []
            var objects: [ObjectSummary] = []
            for s in items {
                let label = s.label
                guard label != .none, s.stance[label.index] >= Tuning.evidenceMinimum else { continue }
                if s.rule == .none && s.stance[label.index] < Tuning.uncuedEvidenceMinimum { continue }
                for k in 0..<3 { sums[k] += s.stance[k] }
                counts.add(label)
                let (item, group) = makeEvidence(s, processed: processed)
                evidence.append(item)
                if let group, let phrase = item.object {
                    if let i = objects.firstIndex(where: { $0.object == group }) {
                        objects[i].counts.add(label)
                        if !objects[i].sentences.contains(item.sentence) { objects[i].sentences.append(item.sentence) }
                        if !objects[i].phrases.contains(phrase) { objects[i].phrases.append(phrase) }
                    } else {
                        var counts = ActorResult.Counts()
                        counts.add(label)
                        objects.append(ObjectSummary(object: group, stance: .none, counts: counts,
                                                     sentences: [item.sentence], phrases: [phrase]))
                    }
                }
            }
            let total = sums.reduce(0, +)
            var stance = StanceLabel.none
            var scores = ActorResult.Scores(firm: 0, hedged: 0, refused: 0)
            if total > 0 {
                let norm = sums.map { $0 / total }
                scores = .init(firm: round4(norm[0]), hedged: round4(norm[1]), refused: round4(norm[2]))
                let best = norm.indices.max { norm[$0] < norm[$1] }!
                stance = StanceLabel.allCases[best]
                // A tie with any other stance (firm against refused too) goes to hedged, as the guide says.
                let runnerUp = norm.indices.filter { $0 != best }.map { norm[$0] }.max() ?? 0
                if stance != .hedged && norm[best] - runnerUp <= Tuning.tieMargin { stance = .hedged }
            }
            if actor.type == .group && actor.affiliation == nil && stance == .none { continue }
            // Sentiment: mean of the pairs' P(positive) - P(negative), label by the mean probabilities.
            var meanProb = [0.0, 0.0, 0.0]
            for s in items { for k in 0..<3 { meanProb[k] += s.sentiment[k] / Double(items.count) } }
            let sentimentLabel = SentimentLabel.allCases[meanProb.indices.max { meanProb[$0] < meanProb[$1] }!]
            let sentimentScore = meanProb[2] - meanProb[0]
            _ = doc
            results.append(ActorResult(actor: actor.name, type: actor.type, affiliation: actor.affiliation,
                                       mentions: surfaces[a], stance: stance, scores: scores, counts: counts,
                                       sentiment: .init(label: sentimentLabel, score: round4(sentimentScore)),
                                       evidence: evidence,
                                       objects: objects.map { var o = $0; o.stance = ObjectSummary.dominant(o.counts); return o }))
        }
        return DocumentAnalysis(document: name, sentences: doc.sentences.count, actors: results, date: date)
    }

    private func round4(_ x: Double) -> Double { (x * 10000).rounded() / 10000 }

    /// Each actor's surfaces as attribution resolved its pronouns: a pronoun the attributor gave to
    /// the speaker before it ("Germany pledged ..., while Italy said it was examining options": "it" is
    /// Italy's) is listed with that actor, and with the first only if another of its mentions reads so.
    static func resolvedSurfaces(_ processed: StanceAnalyzer.Processed) -> [[String]] {
        let table = processed.table
        let attributions = processed.context.attributions
        var surfaces = table.actors.map(\.surfaces)
        guard table.mentions.indices.contains(where: { table.mentions[$0].kind == .pronoun && attributions[$0].actor != table.mentions[$0].actor })
        else { return surfaces }
        // One pass: each pronoun's text under the actor attribution gave it, and the moves.
        var kept: Set<String> = []   // "actor text"
        var moved: [(from: Int, to: Int, text: String)] = []
        for (m, mention) in table.mentions.enumerated() where mention.kind == .pronoun {
            let text = processed.document.text(of: mention.range)
            let to = attributions[m].actor
            kept.insert("\(to) \(text)")
            if to != mention.actor { moved.append((mention.actor, to, text)) }
        }
        for (from, to, text) in moved {
            if from >= 0, !kept.contains("\(from) \(text)") { surfaces[from].removeAll { $0 == text } }
            if to >= 0, !surfaces[to].contains(text) { surfaces[to].append(text) }
        }
        return surfaces
    }

    /// The evidence item of a scored pair, and its object's canonical group.
    private func makeEvidence(_ s: StanceAnalyzer.Scored, processed: StanceAnalyzer.Processed) -> (Evidence, String?) {
        let doc = processed.document
        let sentence = doc.sentences[s.pair.sentence]
        let span = [processed.offsets.scalarOffset(ofByte: sentence.range.lowerBound),
                    processed.offsets.scalarOffset(ofByte: sentence.range.upperBound)]
        var object: String? = nil
        var objectSpan: [Int]? = nil
        var group: String? = nil
        if let tokens = finder.objectTokens(of: s.pair, label: s.label, in: processed) {
            group = finder.group(of: tokens, in: doc)
            let range = Int(doc.tokens[tokens.lowerBound].start)..<Int(doc.tokens[tokens.upperBound - 1].end)
            object = doc.text(of: range)
            objectSpan = [processed.offsets.scalarOffset(ofByte: range.lowerBound),
                          processed.offsets.scalarOffset(ofByte: range.upperBound)]
        }
        return (Evidence(sentence: s.pair.sentence + 1, text: doc.text(of: sentence), span: span, stance: s.label,
                         probability: round4(s.stance[s.label.index]),
                         cues: DocumentAggregator.cueTexts(of: s.pair, in: processed), object: object, objectSpan: objectSpan),
                group)
    }

    /// The texts of the cues attributed to a pair, in text order, without repeats.
    public static func cueTexts(of pair: StanceAnalyzer.Pair, in processed: StanceAnalyzer.Processed) -> [String] {
        let doc = processed.document
        let sc = processed.context.cues[pair.sentence]
        // Small arrays, not sets: a pair has a handful of cues (hashing showed in profiles).
        var indices: [Int] = []
        for m in pair.mentions { for c in processed.context.attributions[m].cues where !indices.contains(c.cue) { indices.append(c.cue) } }
        // Conditions and limiters of the same clauses explain a hedge too.
        var clauses: [Int] = []
        for i in indices where !clauses.contains(sc.cues[i].clause) { clauses.append(sc.cues[i].clause) }
        for (i, c) in sc.cues.enumerated() where clauses.contains(c.clause)
            && (c.categories.contains(.condition) || c.categories.contains(.limiter)) && !indices.contains(i) {
            indices.append(i)
        }
        indices.sort()
        var texts: [String] = []
        for i in indices {
            let t = sc.cues[i].tokens
            let text = doc.text(of: Int(doc.tokens[t.lowerBound].start)..<Int(doc.tokens[t.upperBound - 1].end))
            if !texts.contains(text) { texts.append(text) }
        }
        return texts
    }
}
