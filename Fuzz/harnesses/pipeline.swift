import Foundation
import StanceKit

// Harness "pipeline": the whole analyzer on any text (StanceAnalyzer.analyze), then a labeled
// pair on the same text (StanceAnalyzer.predictPair) with a span taken from the input's first
// bytes. Properties: see FuzzSupport.checkAnalysis; pair probabilities are finite and sum to 1.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPipeline(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = FuzzSupport.bytes(data, size)
    // The first two bytes pick a span for the pair; the rest is the text.
    let a = bytes.count > 0 ? Int(bytes[0]) : 0
    let b = bytes.count > 1 ? Int(bytes[1]) : 0
    let text = String(decoding: bytes.dropFirst(min(2, bytes.count)), as: UTF8.self)
    let analyzer = FuzzSupport.analyzer
    let result = analyzer.analyze(text, name: "fuzz")
    FuzzSupport.checkAnalysis(result, text: text)
    let scalars = Array(text.unicodeScalars)
    let span = min(a, b)..<max(a, b)
    let actor = FuzzSupport.scalarSlice(scalars, [span.lowerBound, min(span.upperBound, scalars.count)]) ?? "x"
    let p = analyzer.predictPair(id: "fuzz", text: text, actor: actor.isEmpty ? "x" : actor, span: span)
    let sum = p.scores.array.reduce(0, +)
    FuzzSupport.check(p.scores.array.allSatisfy { $0.isFinite && $0 >= 0 } && abs(sum - 1) < 1e-6, "pair scores \(p.scores.array)")
    FuzzSupport.check(p.sentimentScore.isFinite, "pair sentiment score \(p.sentimentScore)")
    return 0
}
