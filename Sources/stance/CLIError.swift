/// An error that ends the command: a usage error (exit 64) or a runtime
/// failure (exit 1). The message is one line (or a few), printed to standard error.
///
///     CLIError.usage("unknown option --fromat", usage: ClassifyCommand.usage)
struct CLIError: Error, CustomStringConvertible {
    enum Kind { case usage, runtime }
    var kind: Kind
    var message: String
    /// A short usage line shown after a usage error.
    var usage: String?

    static func usage(_ message: String, usage: String? = nil) -> CLIError {
        CLIError(kind: .usage, message: message, usage: usage)
    }

    static func runtime(_ message: String) -> CLIError {
        CLIError(kind: .runtime, message: message, usage: nil)
    }

    var exitCode: Int32 { kind == .usage ? 64 : 1 }

    var description: String { message }
}
