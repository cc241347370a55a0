import Foundation
import StanceKit

/// `stance bench`: speed and memory of the pipeline (filled in by the performance work).
enum BenchCommand {
    static let usage = "usage: stance bench [--input FILE] [--json]"
    static func run(_ argv: [String]) throws {
        throw CLIError.runtime("bench is not built yet")
    }
}
