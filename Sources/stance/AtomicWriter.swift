import Foundation

/// Writes a file atomically: to a temporary file beside it, flushed to disk, then
/// renamed over it, so a failure (a missing folder, a full disk, a directory in the
/// way) leaves the previous file untouched, never half-written, and leaves no
/// temporary file behind.
///
///     try AtomicWriter.write(data, to: URL(fileURLWithPath: "Models/mine.json"))
enum AtomicWriter {
    /// Fails early, before any work, when `url` cannot be written: its folder is missing
    /// or it names a directory.
    static func checkWritable(_ url: URL, shownAs shown: String? = nil) throws {
        let name = shown ?? url.path
        if name.isEmpty { throw CLIError.runtime("the output path is empty") }
        let dir = url.deletingLastPathComponent()
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir.path, isDirectory: &isDir), isDir.boolValue else {
            throw CLIError.runtime("\(name): the folder \(dir.path) does not exist")
        }
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), isDir.boolValue {
            throw CLIError.runtime("\(name): is a directory, not a file")
        }
    }

    /// Writes `text` to `path` atomically, or to standard output when `path` is nil
    /// (the `--out PATH` option of the report commands).
    static func writeOrPrint(_ text: String, to path: String?) throws {
        if let path {
            try write(Data(text.utf8), to: URL(fileURLWithPath: path), shownAs: path)
        } else {
            let o = OutputBuffer()
            o.write(text)
            o.flush()
        }
    }

    static func write(_ data: Data, to url: URL, shownAs shown: String? = nil) throws {
        let name = shown ?? url.path
        try checkWritable(url, shownAs: name)
        let dir = url.deletingLastPathComponent()
        let temp = dir.appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())")
        // Keep the permissions of the file it replaces; a new file gets 0644 less the umask.
        var mode: mode_t = 0o644
        var info = stat()
        if stat(url.path, &info) == 0 { mode = info.st_mode & 0o7777 }
        let fd = open(temp.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        if fd < 0 {
            throw CLIError.runtime("\(name): cannot write a file in \(dir.path) (\(String(cString: strerror(errno))))")
        }
        func fail(_ what: String) -> CLIError {
            let reason = String(cString: strerror(errno))
            close(fd)
            unlink(temp.path)
            return CLIError.runtime("\(name): \(what) (\(reason)); the previous file is untouched")
        }
        var written = 0
        let ok = data.withUnsafeBytes { raw -> Bool in
            while written < raw.count {
                let n = Foundation.write(fd, raw.baseAddress! + written, raw.count - written)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return false }
                written += n
            }
            return true
        }
        if !ok { throw fail("cannot write") }
        if fsync(fd) != 0 && errno != EINVAL && errno != EROFS { throw fail("cannot write") }
        if close(fd) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temp.path)
            throw CLIError.runtime("\(name): cannot write (\(reason)); the previous file is untouched")
        }
        if rename(temp.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temp.path)
            throw CLIError.runtime("\(name): cannot replace the file (\(reason)); the previous file is untouched")
        }
    }
}
