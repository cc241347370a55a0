import Foundation
import StanceKit
import StanceTraining

/// The `stance` command: dispatch to subcommands, `--help` and `--version`,
/// errors to standard error with exit codes 0 / 1 / 64.
enum CLI {
    static let version = "0.1.0"

    static let usage = "usage: stance <command> [options]   (commands: classify, train, evaluate, track, bench; stance --help)"

    static let help = """
    stance \(version): commitment stance and sentiment of the actors in news text.

    For every actor in a news document (governments, people, organisations,
    groups) stance tells whether it commits firmly, hedges or refuses to act, how
    the text portrays it (positive, neutral, negative), and the sentences and cue
    words that decided each answer.

    usage: stance <command> [options]

    Commands:
      classify   classify documents (or labeled pairs with --pairs)
      train      train a model from labeled sentences
      evaluate   print an evaluation report: precision, recall, F1, confusion, errors
      track      stances over time: per actor, period and object, with the shifts
      bench      measure speed and memory of the pipeline

    Run "stance <command> --help" for a command's options.

    Options:
      -h, --help     show this help
      --version      show the version

    Exit status: 0 success, 1 runtime failure, 64 usage error.
    """

    static func main(_ argv: [String]) -> Int32 {
        var args = Array(argv.dropFirst())
        do {
            guard let command = args.first else {
                StandardStreams.error(usage)
                return 64
            }
            args.removeFirst()
            switch command {
            case "-h", "--help", "help":
                // "stance help classify" is "stance classify --help"; a second flag
                // ("stance --help --help", "stance help -h") is the general help, not a recursion.
                if let sub = args.first, !sub.hasPrefix("-"), sub != command {
                    return main(["stance", sub, "--help"])
                }
                print(help)
            case "--version":
                print("stance \(version)")
            case "classify":
                try ClassifyCommand.run(args)
            case "train":
                try TrainCommand.run(args)
            case "evaluate":
                try EvaluateCommand.run(args)
            case "bench":
                try BenchCommand.run(args)
            case "track":
                try TrackCommand.run(args)
            default:
                if command.hasPrefix("-") {
                    throw CLIError.usage("unknown option \(command)", usage: usage)
                }
                throw CLIError.usage("unknown command \"\(command)\"", usage: usage)
            }
            return 0
        } catch let e as CLIError {
            StandardStreams.error("stance: \(e.message)")
            if let u = e.usage { StandardStreams.error(u) }
            return e.exitCode
        } catch let e as DataError {
            StandardStreams.error("stance: \(e.description)")
            return 1
        } catch let e as LexiconError {
            StandardStreams.error("stance: lexicon error: \(e.description)")
            return 1
        } catch let e as ModelError {
            StandardStreams.error("stance: model error: \(e.description)")
            return 1
        } catch let e as ResourceLocator.NotFound {
            StandardStreams.error("stance: \(e.description)")
            return 1
        } catch {
            StandardStreams.error("stance: \(error)")
            return 1
        }
    }

    /// A path relative to the working directory when it lies below it (for reports).
    static func relativePath(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath + "/"
        return url.path.hasPrefix(cwd) ? String(url.path.dropFirst(cwd.count)) : url.path
    }

    /// Loads lexicons and model as the flags and the search order say.
    static func loadAnalyzer(model: String?, lexicons: String?) throws -> StanceAnalyzer {
        try checkResourceFlags(model: model, lexicons: lexicons)
        let resources = try ResourceLocator(lexicons: lexicons, model: model).locate()
        return try StanceAnalyzer(resources: resources)
    }

    /// Clear messages for `--model` and `--lexicons` paths of the wrong kind, before the
    /// search: a folder given as the model, a file given as the lexicon folder, an empty value.
    static func checkResourceFlags(model: String?, lexicons: String?) throws {
        var isDir: ObjCBool = false
        if let model {
            if model.isEmpty { throw CLIError.usage("option --model needs a path") }
            if FileManager.default.fileExists(atPath: model, isDirectory: &isDir), isDir.boolValue {
                throw CLIError.runtime("\(model): is a directory, not a model file (--model)")
            }
        }
        if let lexicons {
            if lexicons.isEmpty { throw CLIError.usage("option --lexicons needs a path") }
            if FileManager.default.fileExists(atPath: lexicons, isDirectory: &isDir), !isDir.boolValue {
                throw CLIError.runtime("\(lexicons): is a file, not a lexicon folder (--lexicons)")
            }
        }
    }
}
