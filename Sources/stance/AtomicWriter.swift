import Foundation

/// Writes a file atomically: to a temporary file beside it, then renamed over
/// it, so a failure leaves the previous file untouched and never half-written.
///
///     try AtomicWriter.write(data, to: URL(fileURLWithPath: "Models/mine.json"))
enum AtomicWriter {
    static func write(_ data: Data, to url: URL) throws {
        let dir = url.deletingLastPathComponent()
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir.path, isDirectory: &isDir), isDir.boolValue else {
            throw CLIError.runtime("\(url.path): the folder \(dir.path) does not exist")
        }
        let temp = dir.appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())")
        guard FileManager.default.createFile(atPath: temp.path, contents: data) else {
            throw CLIError.runtime("\(url.path): cannot write a file in \(dir.path) (permission denied or disk full?)")
        }
        if rename(temp.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temp)
            throw CLIError.runtime("\(url.path): cannot replace the file (\(reason))")
        }
    }
}
