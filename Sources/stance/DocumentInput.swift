import Foundation
import StanceKit

/// One input document: a whole plain-text file, or one JSON Lines record
/// (`{"id": ..., "text": ..., "date": ...}`).
struct InputDocument {
    var name: String
    var text: String
    var date: String?
    /// The record's `source` (an outlet), when it has one.
    var source: String? = nil
    /// Where the document is, for messages: `news.jsonl:12`, or the file name.
    var location: String = ""
    /// Whether it came from a JSON Lines record (not a whole plain-text file).
    var isRecord = false
}

/// Reads the documents of the command line's inputs in order: each FILE (or
/// standard input for `-` or no FILE) is one plain-text document, or JSON Lines
/// of documents when its first non-space byte is `{`. Invalid UTF-8 is an error
/// naming the file and byte offset, unless `lossy` replaces bad bytes (with a
/// warning). A JSON Lines file is read line by line: memory stays flat.
///
///     var input = try DocumentInput(paths: ["a.txt", "news.jsonl"], lossy: false)
///     while let doc = try input.next() { ... }
struct DocumentInput {
    private var paths: [String]
    private let lossy: Bool
    private var current: (reader: LineReader, name: String, fd: Int32)? = nil

    init(paths: [String], lossy: Bool) {
        self.paths = paths.isEmpty ? ["-"] : paths
        self.lossy = lossy
    }

    /// The next document, or nil when all inputs are read.
    mutating func next() throws -> InputDocument? {
        while true {
            if var cur = current {
                if let line = try cur.reader.next() {
                    current = cur
                    if line.bytes.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
                    return try jsonDocument(line, file: cur.name)
                }
                if cur.fd > 2 { close(cur.fd) }
                current = nil
                continue
            }
            guard !paths.isEmpty else { return nil }
            let path = paths.removeFirst()
            let name = path == "-" ? "<stdin>" : path
            let fd: Int32
            if path == "-" {
                fd = 0
            } else {
                var isDir: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
                    throw CLIError.runtime("\(path): no such file")
                }
                if isDir.boolValue { throw CLIError.runtime("\(path): is a directory, not a document") }
                fd = open(path, O_RDONLY)
                if fd < 0 { throw CLIError.runtime("\(path): cannot open (\(String(cString: strerror(errno))))") }
            }
            var reader = LineReader(fd: fd, name: name)
            if try reader.peekFirstContentByte() == UInt8(ascii: "{") {
                current = (reader, name, fd)
                continue
            }
            let bytes = try reader.rest()
            if fd > 2 { close(fd) }
            return InputDocument(name: name, text: try decode(bytes, file: name, baseOffset: 0), date: nil, location: name)
        }
    }

    private func decode(_ bytes: [UInt8], file: String, baseOffset: Int) throws -> String {
        if let s = String(validating: bytes, as: UTF8.self) { return s }
        let (offset, line) = TextDecoding.firstInvalidByte(bytes)
        if lossy {
            let (text, replaced) = TextDecoding.lossy(bytes)
            StandardStreams.error("stance: warning: \(file): replaced \(replaced) invalid UTF-8 sequence(s), the first at byte offset \(baseOffset + offset)")
            return text
        }
        _ = line
        throw CLIError.runtime("\(file): invalid UTF-8 at byte offset \(baseOffset + offset) (use --lossy to replace bad bytes)")
    }

    private func jsonDocument(_ line: LineReader.Line, file: String) throws -> InputDocument {
        let text = try decode(line.bytes, file: "\(file):\(line.number)", baseOffset: line.offset)
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [])
        } catch {
            throw CLIError.runtime("\(file):\(line.number): not valid JSON (\(shortError(error)))")
        }
        guard let o = object as? [String: Any] else {
            throw CLIError.runtime("\(file):\(line.number): expected a JSON object {\"id\": ..., \"text\": ...}")
        }
        guard let body = o["text"] as? String else {
            throw CLIError.runtime("\(file):\(line.number): missing string field \"text\"")
        }
        var name = "\(file):\(line.number)"
        if let id = o["id"] as? String { name = id } else if let n = o["id"] as? NSNumber { name = n.stringValue }
        return InputDocument(name: name, text: body, date: o["date"] as? String, source: o["source"] as? String,
                             location: "\(file):\(line.number)", isRecord: true)
    }

    private func shortError(_ error: Error) -> String {
        let ns = error as NSError
        return (ns.userInfo[NSDebugDescriptionErrorKey] as? String) ?? ns.localizedDescription
    }
}

