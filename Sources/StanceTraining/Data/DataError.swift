/// A problem in a labeled-data file, naming the file and line.
///
///     DataError(file: "mine.jsonl", line: 3, message: "unknown stance \"maybe\"").description
///     // "mine.jsonl:3: unknown stance \"maybe\" (expected firm, hedged, refused or none)"
public struct DataError: Error, CustomStringConvertible, Sendable, Equatable {
    public var file: String
    /// 1-based line number, or 0 when the problem is the whole file.
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)" }
}
