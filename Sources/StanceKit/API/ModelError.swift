/// A problem with a model file: unreadable, malformed, or made for another
/// format or feature set (the message says both versions).
///
///     ModelError.version("model format 2 does not match this build's format 1").description
public enum ModelError: Error, CustomStringConvertible, Sendable, Equatable {
    case unreadable(String)
    case invalid(String)
    case version(String)

    public var description: String {
        switch self {
        case .unreadable(let m), .invalid(let m), .version(let m): return m
        }
    }

    func prefixed(_ path: String) -> ModelError {
        switch self {
        case .unreadable(let m): return .unreadable("\(path): \(m)")
        case .invalid(let m): return .invalid("\(path): \(m)")
        case .version(let m): return .version("\(path): \(m)")
        }
    }

    /// A short description of a decoding error with its coding path.
    static func describe(_ error: DecodingError) -> String {
        func path(_ p: [CodingKey]) -> String { p.map(\.stringValue).joined(separator: ".") }
        switch error {
        case .dataCorrupted(let c): return c.codingPath.isEmpty ? "not valid JSON (\(c.debugDescription))" : "\(path(c.codingPath)): \(c.debugDescription)"
        case .keyNotFound(let k, let c): return "missing field \"\(path(c.codingPath + [k]))\""
        case .typeMismatch(_, let c): return "\(path(c.codingPath)): wrong type (\(c.debugDescription))"
        case .valueNotFound(_, let c): return "\(path(c.codingPath)): missing value"
        @unknown default: return "\(error)"
        }
    }
}
