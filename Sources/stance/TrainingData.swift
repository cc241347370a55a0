import Foundation
import StanceKit
import StanceTraining

/// Loads the `--data` files of train and evaluate, with their provenance.
enum TrainingData {
    struct Loaded {
        var pairs: [LabeledPair]
        var files: [ModelFile.Provenance.DataFile]
    }

    static func load(_ paths: [String], usage: String) throws -> Loaded {
        guard !paths.isEmpty else { throw CLIError.usage("--data FILE is required", usage: usage) }
        var pairs: [LabeledPair] = []
        var files: [ModelFile.Provenance.DataFile] = []
        let reader = LabeledDataReader()
        for path in paths {
            let url = URL(fileURLWithPath: path)
            let loaded: [LabeledPair]
            let sha256: String
            do {
                // Read once: the digest and the pairs come from the same bytes (a second read
                // would block on a named pipe such as `--data <(cat a.jsonl)`).
                let bytes = try LabeledDataReader.contents(of: url, shownAs: path)
                sha256 = SHA256.hexDigest(of: bytes)
                loaded = try reader.read(bytes: bytes, shownAs: path, directory: url.deletingLastPathComponent())
            } catch let e as DataError {
                throw CLIError.runtime(e.description)
            }
            pairs += loaded
            files.append(.init(path: path, sha256: sha256, examples: loaded.count))
        }
        if pairs.isEmpty { throw CLIError.runtime("\(paths.joined(separator: ", ")): no labeled pairs") }
        return Loaded(pairs: LabeledPairMerger.merge(pairs), files: files)
    }

    /// The date recorded in a model: SOURCE_DATE_EPOCH (reproducible builds) or today, UTC.
    static func date() -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.locale = Locale(identifier: "en_US_POSIX")
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = Double(epoch) {
            return formatter.string(from: Date(timeIntervalSince1970: seconds))
        }
        return formatter.string(from: Date())
    }

    /// An analyzer with the lexicons only: features do not depend on a model.
    static func featurizer(lexicons: String?) throws -> Featurizer {
        try CLI.checkResourceFlags(model: nil, lexicons: lexicons)
        let dir = try ResourceLocator(lexicons: lexicons, model: nil).locateLexicons()
        return Featurizer(analyzer: StanceAnalyzer(lexicons: try LexiconSet.load(from: dir), model: .empty))
    }
}
