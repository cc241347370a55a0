import Foundation
import StanceKit

// Harness "sentences": tokenizer then sentence segmenter on any text. Properties: sentences
// are in order, do not overlap, lie inside the text on scalar boundaries, and their token
// ranges are valid, in order, and inside their byte ranges.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSentences(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = FuzzSupport.text(data, size)
    var doc = Document(text)
    let lexicons = FuzzSupport.lexicons
    doc.tokens = lexicons.tokenizer.tokenize(doc.bytes)
    doc.sentences = lexicons.segmenter.segment(doc.tokens, bytes: doc.bytes)
    var lastByte = 0
    var lastToken = 0
    for (k, s) in doc.sentences.enumerated() {
        FuzzSupport.check(s.range.lowerBound >= lastByte && s.range.upperBound <= doc.bytes.count,
                          "sentence \(k) bytes \(s.range) out of order or past the end")
        FuzzSupport.check(FuzzSupport.isBoundary(doc.bytes, s.range.lowerBound) && FuzzSupport.isBoundary(doc.bytes, s.range.upperBound),
                          "sentence \(k) \(s.range) splits a UTF-8 sequence")
        FuzzSupport.check(s.tokens.lowerBound >= lastToken && s.tokens.upperBound <= doc.tokens.count,
                          "sentence \(k) tokens \(s.tokens) out of order or past the end (\(doc.tokens.count))")
        for t in s.tokens {
            let r = doc.tokens[t].range
            FuzzSupport.check(r.lowerBound >= s.range.lowerBound && r.upperBound <= s.range.upperBound,
                              "token \(t) \(r) outside its sentence \(s.range)")
        }
        _ = doc.text(of: s)
        lastByte = s.range.upperBound
        lastToken = s.tokens.upperBound
    }
    return 0
}
