import Foundation

// `stance`: see CLI.swift.
exit(CLI.main(CommandLine.arguments))
