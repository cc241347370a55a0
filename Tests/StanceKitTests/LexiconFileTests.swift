import Foundation
import Testing
@testable import StanceKit

/// The plain-text lexicon format: comments, blank lines, TAB-separated fields,
/// and errors that name the file and line.
@Suite("Lexicon file")
struct LexiconFileTests {
    @Test func commentsAndBlankLinesAreSkipped() throws {
        let text = "# a header\n\ncould\n   \n  # an indented comment\nmight\t\n\nmay\n"
        let file = try LexiconFile(contents: text, name: "hedged.txt")
        #expect(file.name == "hedged.txt")
        #expect(file.lines.map(\.fields) == [["could"], ["might", ""], ["may"]])
        #expect(file.lines.map(\.number) == [3, 6, 8], "line numbers count every line, 1-based")
    }

    @Test func fieldsAreSeparatedByTabs() throws {
        let file = try LexiconFile(contents: "White House\tUnited States\tcountry\tseat\nrule out\n", name: "x.txt")
        #expect(file.lines[0].fields == ["White House", "United States", "country", "seat"])
        #expect(file.lines[1].fields == ["rule out"])
    }

    @Test func windowsLineEndsAndAMissingFinalNewline() throws {
        let file = try LexiconFile(contents: "a\tb\r\n# c\r\nd\te", name: "x.txt")
        #expect(file.lines.map(\.fields) == [["a", "b"], ["d", "e"]])
        #expect(file.lines.map(\.number) == [1, 3])
    }

    /// The lines as the reader found them before its ASCII byte path: scalars, Characters and
    /// Foundation's whitespace for every line; nil where it threw.
    static func characterLines(_ contents: String) -> [LexiconFile.Line]? {
        var result: [LexiconFile.Line] = []
        var number = 0
        var scalars = contents.unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        for rawLine in scalars.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            var line = Substring(rawLine)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if line.utf8.contains(0) { return nil }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            for field in fields where field != field.trimmingCharacters(in: .whitespaces) { return nil }
            result.append(LexiconFile.Line(number: number, fields: fields))
        }
        return result
    }

    @Test func theBytePathReadsWhatTheCharacterPathRead() throws {
        var texts = ["", "\n", "\r\n", "\u{FEFF}a\tb", "\u{FEFF}\u{FEFF}a", "a\r\r\nb", " \t \n#x\n \t#y\n",
                     "a\t\tb\t\n", "a \tb", "a\t b", "a\u{A0}\tb", "\u{A0}#x", "#\u{301}x\tb", "\u{2003}\n",
                     "caf\u{E9}\tx\ny\u{301}\tz", "a\u{0}b", "x\r", "\t#", "\r#a\r"]
        let folder = TestSupport.lexiconsURL
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "txt" }
        #expect(files.count > 10)
        for url in files { texts.append(try String(contentsOf: url, encoding: .utf8)) }
        for text in texts {
            let expected = Self.characterLines(text)
            let read = try? LexiconFile(contents: text, name: "x.txt")
            #expect(read?.lines == expected, "\(text.prefix(40).debugDescription)")
        }
    }

    @Test func anEmptyFileHasNoLines() throws {
        #expect(try LexiconFile(contents: "", name: "x.txt").lines.isEmpty)
        #expect(try LexiconFile(contents: "# only a comment", name: "x.txt").lines.isEmpty)
    }

    @Test("spaces around a field are an error naming the file and line", arguments: [
        "ok\nbad \tfield\n",
        "ok\nbad\t field\n",
        "ok\n bad\tfield\n",
        "ok\nbad\tfield \n",
    ])
    func spacesAroundFields(_ text: String) {
        #expect {
            try LexiconFile(contents: text, name: "Lexicons/cues/firm.txt")
        } throws: { error in
            guard let e = error as? LexiconError else { return false }
            return e.file == "Lexicons/cues/firm.txt" && e.line == 2 && e.message.contains("leading or trailing spaces")
                && e.description.hasPrefix("Lexicons/cues/firm.txt:2: ")
        }
    }

    @Test func spacesInsideAFieldAreFine() throws {
        let file = try LexiconFile(contents: "an option and a possibility\n", name: "x.txt")
        #expect(file.lines[0].fields == ["an option and a possibility"])
    }

    @Test func aNULByteIsAnError() {
        #expect(throws: LexiconError(file: "x.txt", line: 3, message: "contains a NUL byte")) {
            try LexiconFile(contents: "a\nb\nc\u{0}d\n", name: "x.txt")
        }
        // Even in a comment.
        #expect(throws: LexiconError.self) {
            try LexiconFile(contents: "# \u{0}\n", name: "x.txt")
        }
    }

    // MARK: - Field counts

    @Test func requireChecksTheFieldCount() throws {
        let file = try LexiconFile(contents: "a\tb\na\nа\tb\tc\n", name: "Lexicons/text/abbreviations.txt")
        try file.require(file.lines[0], fields: 2)
        #expect(throws: LexiconError(file: "Lexicons/text/abbreviations.txt", line: 2,
                                     message: "expected 2 TAB-separated field(s), found 1")) {
            try file.require(file.lines[1], fields: 2)
        }
        #expect(throws: LexiconError(file: "Lexicons/text/abbreviations.txt", line: 3,
                                     message: "expected 2 TAB-separated field(s), found 3")) {
            try file.require(file.lines[2], fields: 2)
        }
    }

    @Test func requireAcceptsARange() throws {
        let file = try LexiconFile(contents: "a\tb\tc\td\na\tb\tc\td\te\na\tb\tc\n", name: "people.txt")
        try file.require(file.lines[0], fields: 4, 5)
        try file.require(file.lines[1], fields: 4, 5)
        do {
            try file.require(file.lines[2], fields: 4, 5)
            Issue.record("three fields accepted")
        } catch let e as LexiconError {
            #expect(e.description == "people.txt:3: expected 4 to 5 TAB-separated field(s), found 3")
        }
    }

    @Test func requireRejectsEmptyFields() throws {
        let file = try LexiconFile(contents: "a\t\n", name: "x.txt")
        #expect(throws: LexiconError(file: "x.txt", line: 1, message: "field 2 is empty")) {
            try file.require(file.lines[0], fields: 2)
        }
    }

    // MARK: - Files on disk

    static func temporaryFile(_ bytes: [UInt8]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lexicon-file-\(UUID().uuidString).txt")
        try Data(bytes).write(to: url)
        return url
    }

    @Test func readsAFile() throws {
        let url = try Self.temporaryFile(Array("# c\nKyiv’s\tx\n".utf8))
        defer { try? FileManager.default.removeItem(at: url) }
        let file = try LexiconFile(url: url, name: "shown.txt")
        #expect(file.name == "shown.txt")
        #expect(file.lines.map(\.number) == [2])
        #expect(file.lines.map(\.fields) == [["Kyiv’s", "x"]])
        #expect(try LexiconFile(url: url).name == url.path, "without a name, the path is shown")
    }

    @Test func aMissingFileIsAnErrorForTheWholeFile() {
        let url = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)/firm.txt")
        do {
            _ = try LexiconFile(url: url, name: "Lexicons/cues/firm.txt")
            Issue.record("a missing file loaded")
        } catch let e as LexiconError {
            #expect(e.line == 0)
            #expect(e.description == "Lexicons/cues/firm.txt: cannot read the file (missing or unreadable)")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func invalidUTF8IsAnError() throws {
        let url = try Self.temporaryFile([0x61, 0x0A, 0xFF, 0xFE, 0x0A])
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: LexiconError(file: "bad.txt", line: 2, message: "invalid UTF-8 at byte offset 2")) {
            try LexiconFile(url: url, name: "bad.txt")
        }
    }

    @Test func errorDescriptions() {
        #expect(LexiconError(file: "Lexicons/cues/firm.txt", line: 12, message: "empty phrase").description
                == "Lexicons/cues/firm.txt:12: empty phrase")
        #expect(LexiconError(file: "Lexicons", line: 0, message: "is not a lexicon folder").description
                == "Lexicons: is not a lexicon folder")
    }
}
