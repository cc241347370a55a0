import Foundation

/// Where the lexicon folder and the model file are.
///
///     Resources(lexicons: URL(fileURLWithPath: "Lexicons"), model: URL(fileURLWithPath: "Models/stance.json"))
public struct Resources: Sendable, Equatable {
    public var lexicons: URL
    public var model: URL

    public init(lexicons: URL, model: URL) {
        self.lexicons = lexicons
        self.model = model
    }
}

/// Finds the lexicons and the model at run time, in this order: the flags
/// (`--lexicons DIR`, `--model PATH`), the `STANCE_HOME` environment variable
/// (a folder holding `Lexicons/` and `Models/`), then the working directory and
/// each folder above it, then the executable's folder and each folder above it.
/// When nothing is found, the error lists every place searched.
///
///     let resources = try ResourceLocator(lexicons: nil, model: nil).locate()
public struct ResourceLocator: Sendable {
    /// The shipped model's file name inside `Models/`.
    public static let defaultModelName = "stance.json"

    public var lexiconsFlag: String?
    public var modelFlag: String?
    public var environment: [String: String]
    public var workingDirectory: URL
    public var executable: URL?

    public init(lexicons: String? = nil, model: String? = nil,
                environment: [String: String] = ProcessInfo.processInfo.environment,
                workingDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
                executable: URL? = ResourceLocator.currentExecutable()) {
        self.lexiconsFlag = lexicons
        self.modelFlag = model
        self.environment = environment
        self.workingDirectory = workingDirectory
        self.executable = executable
    }

    /// The running executable's path, symlinks resolved.
    public static func currentExecutable() -> URL? {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path)
        }
        return Bundle.main.executableURL
    }

    /// Failure to find resources, with every place searched.
    public struct NotFound: Error, CustomStringConvertible, Sendable {
        public var what: String
        public var searched: [String]
        public var description: String {
            "cannot find \(what); searched:\n" + searched.map { "  \($0)" }.joined(separator: "\n")
                + "\nUse --lexicons DIR and --model PATH, or set STANCE_HOME to the folder that holds Lexicons/ and Models/."
        }
    }

    /// Resolves both resources.
    public func locate() throws -> Resources {
        let lexicons = try locateLexicons()
        let model = try locateModel()
        return Resources(lexicons: lexicons, model: model)
    }

    /// The candidate project folders, in search order, with a note on where each came from.
    func candidateRoots() -> [(URL, String)] {
        var roots: [(URL, String)] = []
        if let home = environment["STANCE_HOME"], !home.isEmpty {
            roots.append((resolve(home), "STANCE_HOME"))
        }
        for (start, note) in [(workingDirectory, "working directory"), (executable?.deletingLastPathComponent(), "executable")] {
            guard var dir = start?.standardizedFileURL else { continue }
            while true {
                roots.append((dir, note))
                let parent = dir.deletingLastPathComponent()
                if parent.path == dir.path { break }
                dir = parent
            }
        }
        return roots
    }

    public func locateLexicons() throws -> URL {
        if let flag = lexiconsFlag {
            let url = resolve(flag)
            guard isDirectory(url) else { throw NotFound(what: "the lexicon folder", searched: ["\(url.path) (--lexicons)"]) }
            return url
        }
        var searched: [String] = []
        for (root, note) in candidateRoots() {
            let url = root.appendingPathComponent("Lexicons")
            if isDirectory(url) && FileManager.default.fileExists(atPath: url.appendingPathComponent("cues").path) {
                return url
            }
            searched.append("\(url.path) (\(note))")
        }
        throw NotFound(what: "the lexicon folder Lexicons/", searched: searched)
    }

    public func locateModel() throws -> URL {
        if let flag = modelFlag {
            let url = resolve(flag)
            guard FileManager.default.fileExists(atPath: url.path) else {
                throw NotFound(what: "the model file", searched: ["\(url.path) (--model)"])
            }
            return url
        }
        var searched: [String] = []
        for (root, note) in candidateRoots() {
            let url = root.appendingPathComponent("Models").appendingPathComponent(ResourceLocator.defaultModelName)
            if FileManager.default.fileExists(atPath: url.path) { return url }
            searched.append("\(url.path) (\(note))")
        }
        throw NotFound(what: "the model Models/\(ResourceLocator.defaultModelName)", searched: searched)
    }

    /// A path from a flag or STANCE_HOME, resolved against the working directory. The
    /// working directory is a folder even when its URL lacks the trailing slash
    /// (`URL(fileURLWithPath:relativeTo:)` would resolve against its parent then).
    private func resolve(_ path: String) -> URL {
        let base = URL(fileURLWithPath: workingDirectory.path, isDirectory: true)
        return URL(fileURLWithPath: path, relativeTo: base).standardizedFileURL
    }

    private func isDirectory(_ url: URL) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) && isDir.boolValue
    }
}
