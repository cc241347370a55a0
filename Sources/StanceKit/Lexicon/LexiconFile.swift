import Foundation

/// One plain-text lexicon file, split into its data lines.
///
/// The format (documented in `Lexicons/README.md`): UTF-8 text; `#` starts a
/// comment line; blank lines are ignored; fields are separated by TAB. Each
/// lexicon kind says how many fields it takes.
///
///     let file = try LexiconFile(contents: "# modals\ncould\nmight\n", name: "hedged.txt")
///     file.lines.map(\.fields)   // [["could"], ["might"]]
public struct LexiconFile: Sendable {
    /// One data line: its 1-based line number and its fields.
    public struct Line: Sendable, Equatable {
        public var number: Int
        public var fields: [String]
    }

    /// The file's name as shown in errors.
    public let name: String
    public let lines: [Line]

    /// Parses a file's contents.
    /// - Throws: `LexiconError` for a NUL byte, a field with leading or trailing spaces.
    public init(contents: String, name: String) throws {
        self.name = name
        var result: [Line] = []
        var number = 0
        // A byte-order mark at the start is not part of the first line.
        var scalars = contents.unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        // Split on scalars: as Characters, "\r\n" is one grapheme and would not split on "\n".
        for rawLine in scalars.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            var line = Substring(rawLine)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if line.utf8.contains(0) {
                throw LexiconError(file: name, line: number, message: "contains a NUL byte")
            }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            for field in fields where field != field.trimmingCharacters(in: .whitespaces) {
                throw LexiconError(file: name, line: number,
                                   message: "field \"\(field)\" has leading or trailing spaces (fields are separated by one TAB)")
            }
            result.append(Line(number: number, fields: fields))
        }
        self.lines = result
    }

    /// Reads and parses a file.
    /// - Throws: `LexiconError` when the file is missing, unreadable or not UTF-8.
    public init(url: URL, name: String? = nil) throws {
        let shown = name ?? url.path
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw LexiconError(file: shown, line: 0, message: "cannot read the file (missing or unreadable)")
        }
        guard let text = String(validatingUTF8Data: data) else {
            let (offset, line) = TextDecoding.firstInvalidByte([UInt8](data))
            throw LexiconError(file: shown, line: line, message: "invalid UTF-8 at byte offset \(offset)")
        }
        try self.init(contents: text, name: shown)
    }

    /// Checks that a line has between `min` and `max` fields, none empty.
    public func require(_ line: Line, fields min: Int, _ max: Int? = nil) throws {
        let upper = max ?? min
        if line.fields.count < min || line.fields.count > upper {
            let expected = min == upper ? "\(min)" : "\(min) to \(upper)"
            throw LexiconError(file: name, line: line.number,
                               message: "expected \(expected) TAB-separated field(s), found \(line.fields.count)")
        }
        if let empty = line.fields.firstIndex(where: \.isEmpty) {
            throw LexiconError(file: name, line: line.number, message: "field \(empty + 1) is empty")
        }
    }
}

extension String {
    /// Decodes UTF-8 data, or returns nil when it is not valid UTF-8.
    init?(validatingUTF8Data data: Data) {
        var valid = true
        let s = data.withUnsafeBytes { raw -> String in
            let bytes = raw.bindMemory(to: UInt8.self)
            if let decoded = String(validating: bytes, as: UTF8.self) { return decoded }
            valid = false
            return ""
        }
        if !valid { return nil }
        self = s
    }
}
