import Foundation
import StanceKit

// Harness "lexicon": one lexicon file's parser (LexiconFile(contents:name:)) on any text.
// Properties: it returns lines or throws a LexiconError (never another error, never a trap);
// line numbers increase, no field has spaces around it, and `require` only throws LexiconError.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLexicon(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = FuzzSupport.text(data, size)
    let file: LexiconFile
    do {
        file = try LexiconFile(contents: text, name: "fuzz.txt")
    } catch let e as LexiconError {
        FuzzSupport.check(e.line >= 1 && !e.message.isEmpty, "a LexiconError without a line: \(e)")
        return 0
    } catch {
        fatalError("invariant broken: an error that is not a LexiconError: \(error)")
    }
    var last = 0
    for line in file.lines {
        FuzzSupport.check(line.number > last, "line numbers out of order")
        last = line.number
        for f in line.fields {
            FuzzSupport.check(f == f.trimmingCharacters(in: .whitespaces), "field \(f.debugDescription) has spaces around it")
        }
        do { try file.require(line, fields: 1, 3) } catch is LexiconError {} catch {
            fatalError("invariant broken: require threw \(error)")
        }
    }
    return 0
}
