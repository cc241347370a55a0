import Foundation
import StanceKit

// Harness "tokens": the tokenizer on any text. Properties: tokens are non-empty, in order,
// do not overlap, lie inside the text, and start and end on Unicode scalar boundaries.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTokens(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = FuzzSupport.text(data, size)
    let bytes = Array(text.utf8)
    let tokens = FuzzSupport.lexicons.tokenizer.tokenize(bytes)
    var last = 0
    for (k, t) in tokens.enumerated() {
        let r = t.range
        FuzzSupport.check(r.lowerBound >= last, "token \(k) \(r) overlaps the one before (ends at \(last))")
        FuzzSupport.check(r.lowerBound < r.upperBound, "token \(k) \(r) is empty")
        FuzzSupport.check(r.upperBound <= bytes.count, "token \(k) \(r) past the end (\(bytes.count) bytes)")
        FuzzSupport.check(FuzzSupport.isBoundary(bytes, r.lowerBound) && FuzzSupport.isBoundary(bytes, r.upperBound),
                          "token \(k) \(r) splits a UTF-8 sequence")
        last = r.upperBound
    }
    return 0
}
