/// A small command-line parser: options with values (`--format json`,
/// `--format=json`), flags (`--pairs`), repeatable options (`--data A --data B`),
/// positional arguments, `-` for standard input and `--` to end options.
///
///     var a = try Arguments(["a.txt", "--format", "json"], options: ["--format"], flags: [], usage: "...")
///     a.value("--format")   // "json"
///     a.positionals         // ["a.txt"]
struct Arguments {
    private(set) var values: [String: [String]] = [:]
    private(set) var flags: Set<String> = []
    private(set) var positionals: [String] = []

    /// Parses `args` (without the command name).
    /// - Parameters:
    ///   - options: names that take a value.
    ///   - flags: names that take none (`--help` and `-h` are always flags).
    init(_ args: [String], options: Set<String>, flags knownFlags: Set<String>, usage: String) throws {
        var i = 0
        var onlyPositionals = false
        while i < args.count {
            let arg = args[i]
            i += 1
            if onlyPositionals || arg == "-" || !arg.hasPrefix("-") {
                positionals.append(arg)
                continue
            }
            if arg == "--" { onlyPositionals = true; continue }
            var name = arg
            var inlineValue: String? = nil
            if let eq = arg.firstIndex(of: "="), arg.hasPrefix("--") {
                name = String(arg[..<eq])
                inlineValue = String(arg[arg.index(after: eq)...])
            }
            if name == "-h" { name = "--help" }
            if name == "--help" || knownFlags.contains(name) {
                if inlineValue != nil { throw CLIError.usage("option \(name) takes no value", usage: usage) }
                flags.insert(name)
            } else if options.contains(name) {
                let value: String
                if let v = inlineValue {
                    value = v
                } else {
                    guard i < args.count else { throw CLIError.usage("option \(name) needs a value", usage: usage) }
                    value = args[i]
                    i += 1
                }
                values[name, default: []].append(value)
            } else {
                throw CLIError.usage("unknown option \(name)", usage: usage)
            }
        }
    }

    /// The last value of an option.
    func value(_ name: String) -> String? { values[name]?.last }

    /// All values of a repeatable option.
    func all(_ name: String) -> [String] { values[name] ?? [] }

    func has(_ flag: String) -> Bool { flags.contains(flag) }

    /// An integer option, checked.
    func integer(_ name: String, usage: String, range: ClosedRange<Int>) throws -> Int? {
        guard let v = value(name) else { return nil }
        guard let n = Int(v), range.contains(n) else {
            throw CLIError.usage("option \(name) needs an integer in \(range.lowerBound)...\(range.upperBound), not \"\(v)\"", usage: usage)
        }
        return n
    }

    /// A choice option, checked.
    func choice(_ name: String, among choices: [String], default def: String, usage: String) throws -> String {
        guard let v = value(name) else { return def }
        guard choices.contains(v) else {
            throw CLIError.usage("unknown \(name.dropFirst(2)) \"\(v)\" (expected \(choices.joined(separator: ", ")))", usage: usage)
        }
        return v
    }
}
