import Foundation
import StanceKit

// Harness "labeled": the labeled-data reader (LabeledDataReader, all four formats, detected
// from the first line) on bytes in memory, then LabeledPairMerger. Properties: it returns pairs
// or throws a DataError (never another error, never a trap); every pair has a non-empty actor,
// and its span, when given, lies inside its text in Unicode scalars.
private let directory = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("stance-fuzz-labeled")

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLabeled(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = FuzzSupport.bytes(data, size)
    let pairs: [LabeledPair]
    do {
        pairs = try LabeledDataReader().read(bytes: bytes, shownAs: "fuzz.jsonl", directory: directory)
    } catch let e as DataError {
        FuzzSupport.check(!e.description.isEmpty && e.line >= 0, "an empty DataError")
        return 0
    } catch {
        fatalError("invariant broken: an error that is not a DataError: \(error)")
    }
    for p in pairs {
        FuzzSupport.check(!p.actor.isEmpty, "a pair without an actor at \(p.source)")
        if let s = p.span {
            FuzzSupport.check(s.lowerBound >= 0 && s.upperBound <= p.text.unicodeScalars.count && !s.isEmpty,
                              "span \(s) outside its text at \(p.source)")
        }
    }
    let merged = LabeledPairMerger.merge(pairs)
    FuzzSupport.check(merged.count <= pairs.count, "merging made more pairs")
    return 0
}
