import Foundation

/// Reads a model file's JSON bytes straight into a `ModelFile`, several times faster than
/// `JSONDecoder` (which built a tree of the whole 2.4 MB file twice and boxed every weight:
/// most of `stance classify`'s start-up).
///
/// It reads only what `JSONDecoder` reads the same way: strict JSON, no duplicate keys,
/// numbers that fit their field exactly (floats with `strtof`/`strtod` like Foundation,
/// integers as plain digits). For anything else it returns nil and the caller decodes
/// with `JSONDecoder`, which then gives its usual result or error; so accepting a file
/// here never changes what a file means.
///
///     let file = ModelFileReader.read(bytes) ?? (try JSONDecoder().decode(ModelFile.self, from: data))
struct ModelFileReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var at = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The model file in `data`, or nil when it is not read here (see the type's comment).
    static func read(_ data: Data) -> ModelFile? {
        data.withUnsafeBytes { raw in
            var reader = ModelFileReader(raw.bindMemory(to: UInt8.self))
            guard let file = reader.modelFile() else { return nil }
            reader.skipSpace()
            return reader.at == reader.bytes.count ? file : nil
        }
    }

    // MARK: The model file's objects

    private mutating func modelFile() -> ModelFile? {
        var format: Int?, featureSet: ModelFile.FeatureSet?, provenance: ModelFile.Provenance?
        var stance: ModelFile.HeadWeights?, sentiment: ModelFile.HeadWeights?
        let ok = object { r, key in
            switch key {
            case "format": return Self.set(&format, r.integer())
            case "feature_set": return Self.set(&featureSet, r.featureSet())
            case "provenance": return Self.set(&provenance, r.provenance())
            case "stance": return Self.set(&stance, r.head())
            case "sentiment": return Self.set(&sentiment, r.head())
            default: return r.skipValue(depth: 1)
            }
        }
        guard ok, let format, let featureSet, let provenance, let stance, let sentiment else { return nil }
        return ModelFile(format: format, featureSet: featureSet, stance: stance, sentiment: sentiment,
                         provenance: provenance)
    }

    private mutating func featureSet() -> ModelFile.FeatureSet? {
        var name: String?, version: Int?
        let ok = object { r, key in
            switch key {
            case "name": return Self.set(&name, r.string())
            case "version": return Self.set(&version, r.integer())
            default: return r.skipValue(depth: 2)
            }
        }
        guard ok, let name, let version else { return nil }
        return ModelFile.FeatureSet(name: name, version: version)
    }

    private mutating func head() -> ModelFile.HeadWeights? {
        var labels: [String]?, bias: [Float]?, weights: [String: [Float]]?
        let ok = object { r, key in
            switch key {
            case "labels": return Self.set(&labels, r.array { $0.string() })
            case "bias": return Self.set(&bias, r.array { $0.float() })
            case "weights": return Self.set(&weights, r.dictionary { $0.array { $0.float() } })
            default: return r.skipValue(depth: 2)
            }
        }
        guard ok, let labels, let bias, let weights else { return nil }
        return ModelFile.HeadWeights(labels: labels, bias: bias, weights: weights)
    }

    private mutating func provenance() -> ModelFile.Provenance? {
        var method: String?, data: [ModelFile.Provenance.DataFile]?, examples: [String: Int]?
        var seed: UInt64?, seedSeen = false, date: String?, settings: [String: Double]?
        var scores: [String: Double]?, notes: [String]?
        let ok = object { r, key in
            switch key {
            case "method": return Self.set(&method, r.string())
            case "data": return Self.set(&data, r.array { $0.dataFile() })
            case "examples": return Self.set(&examples, r.dictionary { $0.integer() })
            case "seed":
                // Optional: null or absent is nil.
                guard !seedSeen else { return false }
                seedSeen = true
                if r.literal("null") { return true }
                guard let s = r.unsigned() else { return false }
                seed = s
                return true
            case "date": return Self.set(&date, r.string())
            case "settings": return Self.set(&settings, r.dictionary { $0.double() })
            case "scores": return Self.set(&scores, r.dictionary { $0.double() })
            case "notes": return Self.set(&notes, r.array { $0.string() })
            default: return r.skipValue(depth: 2)
            }
        }
        guard ok, let method, let data, let examples, let date, let settings, let scores, let notes else { return nil }
        return ModelFile.Provenance(method: method, data: data, examples: examples, seed: seed, date: date,
                                    settings: settings, scores: scores, notes: notes)
    }

    private mutating func dataFile() -> ModelFile.Provenance.DataFile? {
        var path: String?, sha256: String?, examples: Int?
        let ok = object { r, key in
            switch key {
            case "path": return Self.set(&path, r.string())
            case "sha256": return Self.set(&sha256, r.string())
            case "examples": return Self.set(&examples, r.integer())
            default: return r.skipValue(depth: 4)
            }
        }
        guard ok, let path, let sha256, let examples else { return nil }
        return ModelFile.Provenance.DataFile(path: path, sha256: sha256, examples: examples)
    }

    /// Stores a field's value once: false for a missing value or a second occurrence of the key.
    private static func set<T>(_ field: inout T?, _ value: T?) -> Bool {
        guard field == nil, let value else { return false }
        field = value
        return true
    }

    // MARK: JSON

    private mutating func skipSpace() {
        while at < bytes.count {
            switch bytes[at] {
            case 0x20, 0x09, 0x0A, 0x0D: at += 1
            default: return
            }
        }
    }

    /// Consumes `byte` after optional space.
    private mutating func consume(_ byte: UInt8) -> Bool {
        skipSpace()
        guard at < bytes.count, bytes[at] == byte else { return false }
        at += 1
        return true
    }

    /// Consumes a literal (`null`, `true`, `false`) after optional space.
    private mutating func literal(_ word: StaticString) -> Bool {
        skipSpace()
        let n = word.utf8CodeUnitCount
        guard at + n <= bytes.count else { return false }
        for i in 0..<n where bytes[at + i] != word.utf8Start[i] { return false }
        at += n
        return true
    }

    /// An object: calls `member` with the reader at each value; false when a member fails,
    /// a key repeats or the syntax is wrong.
    /// `checkKeys: false` leaves finding repeated keys to `member` (a dictionary does it itself).
    private mutating func object(checkKeys: Bool = true, _ member: (inout ModelFileReader, String) -> Bool) -> Bool {
        guard consume(UInt8(ascii: "{")) else { return false }
        if consume(UInt8(ascii: "}")) { return true }
        var keys = Set<String>()
        repeat {
            guard let key = string(), !checkKeys || keys.insert(key).inserted, consume(UInt8(ascii: ":")),
                  member(&self, key) else { return false }
        } while consume(UInt8(ascii: ","))
        return consume(UInt8(ascii: "}"))
    }

    private mutating func array<T>(_ element: (inout ModelFileReader) -> T?) -> [T]? {
        guard consume(UInt8(ascii: "[")) else { return nil }
        var result: [T] = []
        if consume(UInt8(ascii: "]")) { return result }
        repeat {
            guard let value = element(&self) else { return nil }
            result.append(value)
        } while consume(UInt8(ascii: ","))
        return consume(UInt8(ascii: "]")) ? result : nil
    }

    private mutating func dictionary<T>(_ value: (inout ModelFileReader) -> T?) -> [String: T]? {
        var result: [String: T] = [:]
        let ok = object(checkKeys: false) { r, key in
            guard let v = value(&r) else { return false }
            return result.updateValue(v, forKey: key) == nil
        }
        return ok ? result : nil
    }

    /// A string with the escapes JSON allows; nil for control characters, bad escapes,
    /// lone surrogates or invalid UTF-8.
    private mutating func string() -> String? {
        guard consume(UInt8(ascii: "\"")) else { return nil }
        let start = at
        // The common case: no escapes. The bytes' union tells whether all are ASCII.
        var union: UInt8 = 0
        while at < bytes.count, bytes[at] != UInt8(ascii: "\""), bytes[at] != UInt8(ascii: "\\") {
            if bytes[at] < 0x20 { return nil }
            union |= bytes[at]
            at += 1
        }
        guard at < bytes.count else { return nil }
        if bytes[at] == UInt8(ascii: "\"") {
            at += 1
            let text = UnsafeBufferPointer(rebasing: bytes[start..<(at - 1)])
            // ASCII (every feature name and label) is valid UTF-8 as it is: decoding it gives the
            // same string as validating it, without the generic validator's cost (about 1,000
            // instructions a string, 50,000 strings a model file).
            if union < 0x80 { return String(decoding: text, as: UTF8.self) }
            return String(validating: text, as: UTF8.self)
        }
        var out = Array(bytes[start..<at])
        while at < bytes.count {
            let b = bytes[at]
            at += 1
            switch b {
            case UInt8(ascii: "\""):
                return String(validating: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard at < bytes.count else { return nil }
                let e = bytes[at]
                at += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    guard let unit = hex4() else { return nil }
                    var scalar: Unicode.Scalar?
                    if unit >= 0xD800 && unit < 0xDC00 {
                        guard at + 1 < bytes.count, bytes[at] == UInt8(ascii: "\\"), bytes[at + 1] == UInt8(ascii: "u") else { return nil }
                        at += 2
                        guard let low = hex4(), low >= 0xDC00 && low < 0xE000 else { return nil }
                        scalar = Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
                    } else {
                        scalar = Unicode.Scalar(unit)
                    }
                    guard let scalar else { return nil }
                    out.append(contentsOf: String(Character(scalar)).utf8)
                default: return nil
                }
            default:
                if b < 0x20 { return nil }
                out.append(b)
            }
        }
        return nil
    }

    private mutating func hex4() -> UInt32? {
        guard at + 4 <= bytes.count else { return nil }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[at]
            at += 1
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): v = v << 4 | UInt32(b - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): v = v << 4 | UInt32(b - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): v = v << 4 | UInt32(b - UInt8(ascii: "A") + 10)
            default: return nil
            }
        }
        return v
    }

    /// The bytes of a JSON number (strict grammar), and whether it is a plain integer.
    private mutating func number() -> (text: UnsafeBufferPointer<UInt8>, integer: Bool)? {
        skipSpace()
        let start = at
        func digit(_ i: Int) -> Bool { i < bytes.count && bytes[i] >= UInt8(ascii: "0") && bytes[i] <= UInt8(ascii: "9") }
        if at < bytes.count, bytes[at] == UInt8(ascii: "-") { at += 1 }
        guard digit(at) else { return nil }
        if bytes[at] == UInt8(ascii: "0") { at += 1 } else { while digit(at) { at += 1 } }
        var integer = true
        if at < bytes.count, bytes[at] == UInt8(ascii: ".") {
            integer = false
            at += 1
            guard digit(at) else { return nil }
            while digit(at) { at += 1 }
        }
        if at < bytes.count, bytes[at] == UInt8(ascii: "e") || bytes[at] == UInt8(ascii: "E") {
            integer = false
            at += 1
            if at < bytes.count, bytes[at] == UInt8(ascii: "+") || bytes[at] == UInt8(ascii: "-") { at += 1 }
            guard digit(at) else { return nil }
            while digit(at) { at += 1 }
        }
        return (UnsafeBufferPointer(rebasing: bytes[start..<at]), integer)
    }

    /// Whether the mantissa of a number has a digit other than 0 (a value read as 0 must not).
    private static func hasNonzeroDigit(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        for b in text {
            if b == UInt8(ascii: "e") || b == UInt8(ascii: "E") { return false }
            if b >= UInt8(ascii: "1") && b <= UInt8(ascii: "9") { return true }
        }
        return false
    }

    /// Powers of ten that a Float holds exactly.
    private static let floatPowers: [Float] = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10]

    /// A number written with at most 7 significant digits and a power of ten within 10 (the
    /// model's weights): an exact integer times or divided by an exact power of ten, which one
    /// correctly rounded operation turns into the Float `strtof` gives (Clinger's fast path).
    /// Nil for other numbers.
    private static func fastFloat(_ text: UnsafeBufferPointer<UInt8>) -> Float? {
        var i = 0
        let negative = text[0] == UInt8(ascii: "-")
        if negative { i = 1 }
        var mantissa: UInt32 = 0
        var digits = 0
        var exponent = 0
        var seenPoint = false
        while i < text.count {
            let b = text[i]
            if b == UInt8(ascii: ".") {
                seenPoint = true
            } else if b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") {
                if mantissa != 0 || b != UInt8(ascii: "0") { digits += 1 }
                if digits > 7 { return nil }
                mantissa = mantissa * 10 + UInt32(b - UInt8(ascii: "0"))
                if seenPoint { exponent -= 1 }
            } else {
                return nil   // an exponent: the slow path
            }
            i += 1
        }
        guard exponent >= -10 else { return nil }
        let value = Float(mantissa) / floatPowers[-exponent]
        return negative ? -value : value
    }

    private mutating func float() -> Float? {
        guard let (text, _) = number() else { return nil }
        if let value = Self.fastFloat(text) { return value }
        guard let value = Float(String(decoding: text, as: UTF8.self)),
              value.isFinite, value != 0 || !Self.hasNonzeroDigit(text) else { return nil }
        return value
    }

    private mutating func double() -> Double? {
        guard let (text, _) = number(), let value = Double(String(decoding: text, as: UTF8.self)),
              value.isFinite, value != 0 || !Self.hasNonzeroDigit(text) else { return nil }
        return value
    }

    private mutating func integer() -> Int? {
        guard let (text, integer) = number(), integer else { return nil }
        return Int(String(decoding: text, as: UTF8.self))
    }

    private mutating func unsigned() -> UInt64? {
        guard let (text, integer) = number(), integer, text.first != UInt8(ascii: "-") else { return nil }
        return UInt64(String(decoding: text, as: UTF8.self))
    }

    /// Skips any JSON value, checking its syntax; false past a nesting of 512.
    private mutating func skipValue(depth: Int) -> Bool {
        guard depth < 512 else { return false }
        skipSpace()
        guard at < bytes.count else { return false }
        switch bytes[at] {
        case UInt8(ascii: "{"):
            return object { r, _ in r.skipValue(depth: depth + 1) }
        case UInt8(ascii: "["):
            return array { r -> Bool? in r.skipValue(depth: depth + 1) ? true : nil } != nil
        case UInt8(ascii: "\""):
            return string() != nil
        case UInt8(ascii: "t"): return literal("true")
        case UInt8(ascii: "f"): return literal("false")
        case UInt8(ascii: "n"): return literal("null")
        default: return number() != nil
        }
    }
}
