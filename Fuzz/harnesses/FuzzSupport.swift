import Foundation
import StanceKit

/// What every harness shares: the repository's lexicons and model (loaded once),
/// the input as text, and invariant checks that crash (so libFuzzer keeps the
/// input) when a property of the output does not hold.
///
///     let text = FuzzSupport.text(data, size)
///     FuzzSupport.check(tokens.allSatisfy { $0.end <= bytes.count }, "token past the end")
enum FuzzSupport {
    /// The repository root: `STANCE_FUZZ_ROOT` (set by Fuzz/run.sh), else the working directory.
    static let root: URL = {
        if let r = ProcessInfo.processInfo.environment["STANCE_FUZZ_ROOT"], !r.isEmpty { return URL(fileURLWithPath: r) }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    /// The shipped lexicons, loaded once (a failure here is a setup error, not a finding).
    static let lexicons: LexiconSet = {
        do { return try LexiconSet.load(from: root.appendingPathComponent("Lexicons")) }
        catch { fputs("fuzz setup: the shipped lexicons do not load: \(error)\n", stderr); exit(2) }
    }()

    /// The shipped analyzer (lexicons and model), loaded once.
    static let analyzer: StanceAnalyzer = {
        do { return StanceAnalyzer(lexicons: lexicons, model: try LinearModel.load(from: root.appendingPathComponent("Models/stance.json"))) }
        catch { fputs("fuzz setup: the shipped model does not load: \(error)\n", stderr); exit(2) }
    }()

    /// The input bytes.
    static func bytes(_ data: UnsafePointer<UInt8>, _ size: Int) -> [UInt8] {
        Array(UnsafeBufferPointer(start: data, count: size))
    }

    /// The input as text: invalid UTF-8 replaced, as `--lossy` does.
    static func text(_ data: UnsafePointer<UInt8>, _ size: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    }

    /// Crashes with a message when an invariant does not hold.
    static func check(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fatalError("invariant broken: \(message())") }
    }

    /// Whether a byte offset is on a UTF-8 scalar boundary.
    static func isBoundary(_ bytes: [UInt8], _ offset: Int) -> Bool {
        offset == bytes.count || (offset >= 0 && offset < bytes.count && bytes[offset] & 0xC0 != 0x80)
    }

    /// The text at Unicode-scalar offsets [from, to), or nil when they are not inside the text.
    static func scalarSlice(_ scalars: [Unicode.Scalar], _ span: [Int]) -> String? {
        guard span.count == 2, span[0] >= 0, span[0] <= span[1], span[1] <= scalars.count else { return nil }
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[span[0]..<span[1]])
        return String(s)
    }

    /// The properties of a document's result: every evidence span and object span lies inside the
    /// text (in Unicode scalars), and evidence text and object equal the text at their spans.
    static func checkAnalysis(_ result: DocumentAnalysis, text: String) {
        let scalars = Array(text.unicodeScalars)
        for actor in result.actors {
            check(!actor.actor.isEmpty, "an actor without a name")
            for e in actor.evidence {
                check(e.sentence >= 1 && e.sentence <= result.sentences, "evidence sentence \(e.sentence) of \(result.sentences)")
                guard let slice = scalarSlice(scalars, e.span) else {
                    fatalError("invariant broken: evidence span \(e.span) outside the text (\(scalars.count) scalars)")
                }
                check(slice == e.text, "evidence text \(e.text.debugDescription) != text at \(e.span): \(slice.debugDescription)")
                if let os = e.objectSpan {
                    guard let o = scalarSlice(scalars, os) else {
                        fatalError("invariant broken: object span \(os) outside the text (\(scalars.count) scalars)")
                    }
                    check(o == e.object, "object \(String(describing: e.object)) != text at \(os): \(o.debugDescription)")
                    check(os[0] >= e.span[0] && os[1] <= e.span[1], "object span \(os) outside its sentence \(e.span)")
                } else {
                    check(e.object == nil, "an object without a span")
                }
                check(e.probability.isFinite && e.probability >= 0 && e.probability <= 1, "probability \(e.probability)")
            }
            for v in [actor.scores.firm, actor.scores.hedged, actor.scores.refused, actor.sentiment.score] {
                check(v.isFinite, "a score that is not finite: \(v)")
            }
        }
    }
}
