/// Merges pairs that are the same (sentence, actor mention) from different files:
/// NewsMTSC's sentiment labels and the project's stance labels for the same
/// target become one pair with both labels, so no pair counts twice.
///
///     LabeledPairMerger.merge([withSentimentOnly, withStanceOnly])   // one pair, both labels
public enum LabeledPairMerger {
    public static func merge(_ pairs: [LabeledPair]) -> [LabeledPair] {
        var out: [LabeledPair] = []
        var index: [String: Int] = [:]
        for p in pairs {
            let key = "\(p.id)\u{1}\(p.text)\u{1}\(p.span.map { "\($0.lowerBound),\($0.upperBound)" } ?? p.actor)"
            if let i = index[key] {
                if out[i].stance == nil { out[i].stance = p.stance }
                if out[i].sentiment == nil { out[i].sentiment = p.sentiment }
            } else {
                index[key] = out.count
                out.append(p)
            }
        }
        return out
    }
}
