import Foundation

/// A file the bench writes in 1 MiB chunks (corpora, sentence lists), so a
/// large output never sits whole in memory.
///
///     let file = try BenchOutputFile(path: "/tmp/sentences.txt")
///     file.append(contentsOf: Array("One sentence.\n".utf8))
///     try file.flushIfFull()
///     try file.close()
final class BenchOutputFile {
    private let handle: FileHandle
    private let path: String
    private var buffer: [UInt8] = []
    /// Flush at 1 MiB: large enough that the write calls cost nothing measurable,
    /// small enough to keep memory flat.
    static let chunk = 1 << 20

    init(path: String) throws {
        self.path = path
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let h = FileHandle(forWritingAtPath: path) else {
            throw CLIError.runtime("\(path): cannot create the file")
        }
        handle = h
        buffer.reserveCapacity(BenchOutputFile.chunk + 4096)
    }

    func append(_ b: UInt8) { buffer.append(b) }
    func append(contentsOf bytes: [UInt8]) { buffer.append(contentsOf: bytes) }

    func flushIfFull() throws { if buffer.count >= BenchOutputFile.chunk { try flush() } }

    func flush() throws {
        guard !buffer.isEmpty else { return }
        do { try handle.write(contentsOf: buffer) } catch {
            throw CLIError.runtime("\(path): cannot write (\(error.localizedDescription))")
        }
        buffer.removeAll(keepingCapacity: true)
    }

    func close() throws {
        try flush()
        try handle.close()
    }
}
