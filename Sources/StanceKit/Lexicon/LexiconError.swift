import Foundation

/// A problem in a lexicon file or folder, naming the file and line.
///
///     LexiconError(file: "Lexicons/cues/firm.txt", line: 12, message: "empty phrase")
///         .description   // "Lexicons/cues/firm.txt:12: empty phrase"
public struct LexiconError: Error, CustomStringConvertible, Sendable, Equatable {
    public var file: String
    /// 1-based line number, or 0 when the problem is the whole file.
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)"
    }
}
