import Foundation
import StanceKit

// Harness "lexicon-set": a whole lexicon folder (LexiconSet.load) in which one file is the
// fuzzed input. The folder is a copy of Lexicons/ with every file cut to its first data lines
// (loads fast); the input's first byte picks the file, the rest is its new contents. When the
// folder loads, a few sentences run through the whole pipeline with it.
// Properties: loading returns a LexiconSet or throws a LexiconError naming a file of the folder
// (never another error, never a trap), and the pipeline then never traps.
private let dataLinesKept = 40  // per file: enough entries of every kind, small enough for ~100 loads/s

private let folder: URL = {
    let fm = FileManager.default
    let dst = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("stance-fuzz-lexicons-\(getpid())")
    try? fm.removeItem(at: dst)
    let src = FuzzSupport.root.appendingPathComponent("Lexicons")
    for rel in files {
        let text = (try? String(contentsOf: src.appendingPathComponent(rel), encoding: .utf8)) ?? ""
        var kept: [Substring] = []
        var data = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let isData = !line.isEmpty && !line.hasPrefix("#")
            if isData { data += 1; if data > dataLinesKept { continue } }
            kept.append(line)
        }
        let url = dst.appendingPathComponent(rel)
        try? fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Data(kept.joined(separator: "\n").utf8).write(to: url)
    }
    atexit { try? FileManager.default.removeItem(at: URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("stance-fuzz-lexicons-\(getpid())")) }
    return dst
}()

/// The lexicon files, relative to the folder.
private let files: [String] = {
    let src = FuzzSupport.root.appendingPathComponent("Lexicons")
    let found = FileManager.default.enumerator(atPath: src.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".txt") } ?? []
    return found.sorted()
}()

private let originals: [String: Data] = {
    var d: [String: Data] = [:]
    for rel in files { d[rel] = (try? Data(contentsOf: folder.appendingPathComponent(rel))) ?? Data() }
    return d
}()

private let sentences = [
    "Washington will not commit troops, but it could provide air support if Europe asks.",
    "“We refuse to negotiate,” the Kremlin said on Monday. The U.S. may reconsider.",
    "Prime Minister Keir Starmer pledged £2bn; the EU said it would probably help.",
]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLexiconSet(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    // The pristine copies first: `originals` is lazy, and must be read before any file is replaced.
    guard size >= 1, !files.isEmpty, !originals.isEmpty else { return 0 }
    let rel = files[Int(data[0]) % files.count]
    let url = folder.appendingPathComponent(rel)
    let contents = Data(UnsafeBufferPointer(start: data + 1, count: size - 1))
    do { try contents.write(to: url) } catch { fatalError("fuzz setup: cannot write \(url.path): \(error)") }
    defer { try? originals[rel]!.write(to: url) }
    let lexicons: LexiconSet
    do {
        lexicons = try LexiconSet.load(from: folder)
    } catch let e as LexiconError {
        // Usually the fuzzed file; another file of the folder when a check spans files.
        FuzzSupport.check(e.file.hasPrefix(folder.lastPathComponent + "/") && !e.message.isEmpty,
                          "the error names no file of the folder: \(e)")
        return 0
    } catch {
        fatalError("invariant broken: an error that is not a LexiconError: \(error)")
    }
    let analyzer = StanceAnalyzer(lexicons: lexicons, model: FuzzSupport.analyzer.model)
    for s in sentences {
        FuzzSupport.checkAnalysis(analyzer.analyze(s), text: s)
        _ = analyzer.predictPair(id: "f", text: s, actor: "Washington", span: nil)
    }
    return 0
}
