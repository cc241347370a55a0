/// Classifying a document and keeping where its mentions and cues are.
///
///     let marks = analyzer.marks(text, name: "article.txt")
///     marks.analysis == analyzer.analyze(text, name: "article.txt")   // true
///     for m in marks.mentions { print(m.span, marks.analysis.actors[m.actor].actor) }
///     for c in marks.cues { print(c.span, c.stance) }
extension StanceAnalyzer {
    /// Classifies a document as `analyze` does, and gives the Unicode-scalar spans of its
    /// sentences, of every mention of an actor in the result, and of every cue attributed
    /// to such an actor (with the conditions and limiters that soften those cues).
    /// Mentions and cues of actors left out of the result (unresolved pronouns, groups
    /// without evidence) are not marked.
    public func marks(_ text: String, name: String? = nil, date: String? = nil) -> DocumentMarks {
        let (processed, analysis) = analyzeKeepingProcessed(text, name: name, date: date)
        return StanceAnalyzer.marks(of: processed, analysis: analysis)
    }

    /// The marks of a processed document whose result is `analysis`.
    static func marks(of processed: Processed, analysis: DocumentAnalysis) -> DocumentMarks {
        let doc = processed.document
        let table = processed.table
        let attributions = processed.context.attributions
        let offsets = processed.offsets
        func scalars(_ bytes: Range<Int>) -> Range<Int> {
            let lo = offsets.scalarOffset(ofByte: bytes.lowerBound)
            return lo..<max(lo, offsets.scalarOffset(ofByte: bytes.upperBound))
        }
        var resultIndex: [String: Int] = [:]
        for (i, a) in analysis.actors.enumerated() { resultIndex[a.actor] = i }
        func result(ofTableActor a: Int) -> Int? { a >= 0 && a < table.actors.count ? resultIndex[table.actors[a].name] : nil }

        let sentences = doc.sentences.map { scalars($0.range) }

        // Mentions of listed actors.
        var mentionItems: [(span: Range<Int>, actor: Int, sentence: Int, kind: Mention.Kind)] = []
        for (m, mention) in table.mentions.enumerated() {
            guard let actor = result(ofTableActor: attributions[m].actor) else { continue }
            mentionItems.append((scalars(mention.range), actor, mention.sentence, mention.kind))
        }

        // Cues attributed to listed actors, one per (sentence, cue), with what they signal.
        struct CueKey: Hashable { var sentence: Int; var cue: Int }
        var attributed: [CueKey: (cues: [Attribution.AttributedCue], actors: Set<Int>)] = [:]
        for (m, attribution) in attributions.enumerated() {
            guard let actor = result(ofTableActor: attribution.actor) else { continue }
            let s = table.mentions[m].sentence
            for c in attribution.cues {
                let key = CueKey(sentence: s, cue: c.cue)
                attributed[key, default: ([], [])].cues.append(c)
                attributed[key, default: ([], [])].actors.insert(actor)
            }
        }
        // Conditions and limiters in the clauses of attributed cues (as the evidence lists them).
        var softeners: [CueKey: Set<Int>] = [:]
        for (key, value) in attributed {
            let sentenceCues = processed.context.cues[key.sentence].cues
            let clause = sentenceCues[key.cue].clause
            for (i, c) in sentenceCues.enumerated() where c.clause == clause && i != key.cue
                && (c.categories.contains(.condition) || c.categories.contains(.limiter)) {
                let k = CueKey(sentence: key.sentence, cue: i)
                if attributed[k] == nil { softeners[k, default: []].formUnion(value.actors) }
            }
        }
        var cueItems: [(span: Range<Int>, stance: StanceLabel, actors: [Int], sentence: Int, softener: Bool)] = []
        for (key, value) in attributed {
            let cue = processed.context.cues[key.sentence].cues[key.cue]
            cueItems.append((cueSpan(cue, doc: doc, scalars: scalars), StanceRules.decide(value.cues), value.actors.sorted(),
                             key.sentence, false))
        }
        for (key, actors) in softeners {
            let cue = processed.context.cues[key.sentence].cues[key.cue]
            cueItems.append((cueSpan(cue, doc: doc, scalars: scalars), .hedged, actors.sorted(), key.sentence, true))
        }
        cueItems.sort { ($0.span.lowerBound, $0.span.upperBound) < ($1.span.lowerBound, $1.span.upperBound) }
        mentionItems.sort { ($0.span.lowerBound, -$0.span.upperBound) < ($1.span.lowerBound, -$1.span.upperBound) }

        let nested = DocumentMarks.nest(mentions: mentionItems.map(\.span), cues: cueItems.map(\.span))
        var mentions: [DocumentMarks.MentionMark] = []
        for (item, span) in zip(mentionItems, nested.mentions) {
            guard let span else { continue }
            mentions.append(.init(span: span, actor: item.actor, sentence: item.sentence + 1, kind: item.kind))
        }
        var cues: [DocumentMarks.CueMark] = []
        for (item, span) in zip(cueItems, nested.cues) {
            guard let span else { continue }
            cues.append(.init(span: span, stance: item.stance, actors: item.actors, sentence: item.sentence + 1,
                              softener: item.softener))
        }
        return DocumentMarks(analysis: analysis, sentences: sentences, mentions: mentions, cues: cues)
    }

    private static func cueSpan(_ cue: Cue, doc: Document, scalars: (Range<Int>) -> Range<Int>) -> Range<Int> {
        scalars(Int(doc.tokens[cue.tokens.lowerBound].start)..<Int(doc.tokens[cue.tokens.upperBound - 1].end))
    }
}
