/// The JSON of a document result in the interface guide's field order
/// (`../shared/guide/interface.md`), written with `JSONWriter`.
///
///     let bytes = result.json(pretty: false)   // {"document":"a.txt","sentences":14,"actors":[...]}
extension DocumentAnalysis {
    public func json(pretty: Bool = false) -> [UInt8] {
        var w = JSONWriter(pretty: pretty)
        write(to: &w)
        return w.bytes
    }

    public func write(to w: inout JSONWriter) {
        w.object { w in
            w.field("document") { if let d = document { $0.string(d) } else { $0.null() } }
            if let date { w.field("date") { $0.string(date) } }
            w.field("sentences") { $0.integer(sentences) }
            w.field("actors") { w in
                w.array { w in for a in actors { w.element { a.write(to: &$0) } } }
            }
        }
    }
}

extension ActorResult {
    public func write(to w: inout JSONWriter) {
        w.object { w in
            w.field("actor") { $0.string(actor) }
            w.field("type") { $0.string(type.rawValue) }
            if let affiliation { w.field("affiliation") { $0.string(affiliation) } }
            w.field("mentions") { $0.strings(mentions) }
            w.field("stance") { $0.string(stance.rawValue) }
            w.field("scores") { w in
                w.object { w in
                    w.field("firm") { $0.number(scores.firm) }
                    w.field("hedged") { $0.number(scores.hedged) }
                    w.field("refused") { $0.number(scores.refused) }
                }
            }
            w.field("counts") { counts.write(to: &$0) }
            w.field("sentiment") { w in
                w.object { w in
                    w.field("label") { $0.string(sentiment.label.rawValue) }
                    w.field("score") { $0.number(sentiment.score) }
                }
            }
            w.field("evidence") { w in
                w.array { w in for e in evidence { w.element { e.write(to: &$0) } } }
            }
            w.field("objects") { w in
                w.array { w in for o in objects { w.element { o.write(to: &$0) } } }
            }
        }
    }
}

extension ObjectSummary {
    public func write(to w: inout JSONWriter) {
        w.object { w in
            w.field("object") { $0.string(object) }
            w.field("stance") { $0.string(stance.rawValue) }
            w.field("counts") { counts.write(to: &$0) }
            w.field("sentences") { w in w.array { w in for n in sentences { w.element { $0.integer(n) } } } }
            w.field("phrases") { $0.strings(phrases) }
        }
    }
}

extension Evidence {
    public func write(to w: inout JSONWriter) {
        w.object { w in
            w.field("sentence") { $0.integer(sentence) }
            w.field("text") { $0.string(text) }
            w.field("span") { $0.integers(span) }
            w.field("stance") { $0.string(stance.rawValue) }
            w.field("probability") { $0.number(probability) }
            w.field("cues") { $0.strings(cues) }
            if let object { w.field("object") { $0.string(object) } }
            if let objectSpan { w.field("object_span") { $0.integers(objectSpan) } }
        }
    }
}

extension PairPrediction {
    /// Six decimals: enough for any evaluation, short lines.
    static func round6(_ x: Double) -> Double { (x * 1_000_000).rounded() / 1_000_000 }

    /// The JSON line of `classify --pairs`, in the interface's field order.
    public func json() -> [UInt8] {
        var w = JSONWriter()
        w.object { w in
            w.field("id") { $0.string(id) }
            w.field("actor") { $0.string(actor) }
            w.field("stance") { $0.string(stance.rawValue) }
            w.field("scores") { w in
                w.object { w in
                    w.field("firm") { $0.number(PairPrediction.round6(scores.firm)) }
                    w.field("hedged") { $0.number(PairPrediction.round6(scores.hedged)) }
                    w.field("refused") { $0.number(PairPrediction.round6(scores.refused)) }
                    w.field("none") { $0.number(PairPrediction.round6(scores.none)) }
                }
            }
            w.field("sentiment") { $0.string(sentiment.rawValue) }
            w.field("sentiment_score") { $0.number(PairPrediction.round6(sentimentScore)) }
            w.field("cues") { $0.strings(cues) }
            w.field("rule_stance") { $0.string(ruleStance.rawValue) }
            if let object { w.field("object") { $0.string(object) } }
        }
        return w.bytes
    }
}

extension ActorResult.Counts {
    /// `{"firm": 0, "hedged": 1, "refused": 2}`.
    public func write(to w: inout JSONWriter) {
        w.object { w in
            w.field("firm") { $0.integer(firm) }
            w.field("hedged") { $0.integer(hedged) }
            w.field("refused") { $0.integer(refused) }
        }
    }
}
