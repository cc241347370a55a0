import Foundation
import StanceKit

/// Shared fixtures for the tests: the repository's folders, the shipped
/// lexicons and model (loaded once), and `../shared` when it is there.
enum TestSupport {
    /// The repository root, found from this file's path.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let lexiconsURL = root.appendingPathComponent("Lexicons")
    static let modelURL = root.appendingPathComponent("Models/stance.json")

    /// `../shared` beside the repository, if present.
    static let shared: URL = root.deletingLastPathComponent().appendingPathComponent("shared")
    static var hasShared: Bool { FileManager.default.fileExists(atPath: shared.appendingPathComponent("seed/article.txt").path) }

    /// The shipped lexicons, loaded once.
    static let lexicons: LexiconSet = {
        do { return try LexiconSet.load(from: lexiconsURL) } catch { fatalError("shipped lexicons do not load: \(error)") }
    }()

    /// The shipped analyzer (lexicons and model), loaded once.
    static let analyzer: StanceAnalyzer = {
        do { return StanceAnalyzer(lexicons: lexicons, model: try LinearModel.load(from: modelURL)) }
        catch { fatalError("shipped model does not load: \(error)") }
    }()

    /// Tokens of a text with the shipped tokenizer, as strings.
    static func tokens(_ text: String) -> [String] {
        let doc = Document(text)
        return lexicons.tokenizer.tokenize(doc.bytes).map { doc.text(of: $0) }
    }

    /// Sentences of a text with the shipped tokenizer and segmenter, as strings.
    static func sentences(_ text: String) -> [String] {
        var doc = Document(text)
        doc.tokens = lexicons.tokenizer.tokenize(doc.bytes)
        doc.sentences = lexicons.segmenter.segment(doc.tokens, bytes: doc.bytes)
        return doc.sentences.map { doc.text(of: $0) }
    }

    /// The stance the analyzer gives an actor mention in a sentence (the pair path).
    static func stance(_ text: String, actor: String) -> StanceLabel {
        analyzer.predictPair(id: "t", text: text, actor: actor, span: nil).stance
    }

    /// The stance of the lexicon rules alone for an actor mention in a sentence.
    static func ruleStance(_ text: String, actor: String) -> StanceLabel {
        analyzer.predictPair(id: "t", text: text, actor: actor, span: nil).ruleStance
    }
}
