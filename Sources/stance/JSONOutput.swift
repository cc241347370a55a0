import Foundation

/// JSON encoding for output: one line (jsonl, pairs) or indented (json),
/// keys in the interface's order, slashes not escaped.
enum JSONOutput {
    static func line<T: Encodable>(_ value: T) -> [UInt8] {
        let e = JSONEncoder()
        e.outputFormatting = [.withoutEscapingSlashes]
        var bytes = [UInt8]((try? e.encode(value)) ?? Data("{}".utf8))
        bytes.append(0x0A)
        return bytes
    }

    static func pretty<T: Encodable>(_ value: T) -> [UInt8] {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
        return [UInt8]((try? e.encode(value)) ?? Data("{}".utf8))
    }
}
