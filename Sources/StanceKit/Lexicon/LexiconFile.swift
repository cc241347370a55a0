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
        var contents = contents
        try contents.withUTF8 { bytes in
            var at = 0
            // A byte-order mark at the start is not part of the first line.
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { at = 3 }
            // Lines end at "\n" bytes (as scalars: as Characters, "\r\n" is one grapheme and would not split).
            while true {
                let end = bytes[at...].firstIndex(of: 0x0A) ?? bytes.count
                number += 1
                let raw = UnsafeBufferPointer(rebasing: bytes[at..<end])
                if let line = try Self.asciiLine(raw, number: number, name: name) {
                    if let line = line { result.append(line) }
                } else if let line = try Self.line(Substring(String(decoding: raw, as: UTF8.self)), number: number, name: name) {
                    result.append(line)
                }
                if end == bytes.count { break }
                at = end + 1
            }
        }
        self.lines = result
    }

    /// A line of ASCII bytes read byte by byte: nil when a byte is not ASCII (then `line` reads
    /// it); `.some(nil)` for a blank or comment line. Space and TAB are the only ASCII
    /// characters of `CharacterSet.whitespaces`, and every ASCII byte but "\r\n" is one
    /// Character, so this reads what `line` reads.
    private static func asciiLine(_ raw: UnsafeBufferPointer<UInt8>, number: Int, name: String) throws -> Line?? {
        var n = raw.count
        for byte in raw where byte >= 0x80 { return nil }
        if n > 0, raw[n - 1] == 0x0D { n -= 1 }
        let bytes = UnsafeBufferPointer(rebasing: raw[0..<n])
        if bytes.contains(0) {
            throw Self.nulByte(name, number)
        }
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }) else { return .some(nil) }
        if bytes[first] == UInt8(ascii: "#") { return .some(nil) }
        var fields: [String] = []
        var start = 0
        for i in 0...n where i == n || bytes[i] == 0x09 {
            let field = UnsafeBufferPointer(rebasing: bytes[start..<i])
            let text = String(decoding: field, as: UTF8.self)
            if let f = field.first, let l = field.last, isSpace(f) || isSpace(l) {
                throw Self.spacedField(text, name, number)
            }
            fields.append(text)
            start = i + 1
        }
        return .some(Line(number: number, fields: fields))
    }

    static func nulByte(_ name: String, _ number: Int) -> LexiconError {
        LexiconError(file: name, line: number, message: "contains a NUL byte")
    }

    static func spacedField(_ field: String, _ name: String, _ number: Int) -> LexiconError {
        LexiconError(file: name, line: number,
                     message: "field \"\(field)\" has leading or trailing spaces (fields are separated by one TAB)")
    }

    /// A line read with Characters and Foundation's whitespace (any text); nil for a blank or comment line.
    private static func line(_ rawLine: Substring, number: Int, name: String) throws -> Line? {
        var line = rawLine
        if line.hasSuffix("\r") { line = line.dropLast() }
        if line.utf8.contains(0) {
            throw Self.nulByte(name, number)
        }
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed.hasPrefix("#") { return nil }
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        for field in fields where field != field.trimmingCharacters(in: .whitespaces) {
            throw Self.spacedField(String(field), name, number)
        }
        return Line(number: number, fields: fields)
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
