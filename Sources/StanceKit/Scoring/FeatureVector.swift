/// The features of one (actor, sentence) pair: hashed keys with values, and,
/// when asked for, their readable names.
///
/// A feature is a template and arguments: `rule:firm`, `w-1:will`,
/// `cue:rule_out refused`. Its key folds the hashes of the template and each
/// argument with `TokenHash.combine`, so the pipeline builds keys from token
/// hashes without making strings, and a model file keyed by names gets the same
/// keys back with `FeatureVector.key(ofName:)`.
///
///     var f = FeatureVector(collectNames: true)
///     f.add(FeatureTemplate.rule, TokenHash.of("firm"), name: { "firm" })
///     f.names![0]   // "rule:firm"
///     FeatureVector.key(ofName: "rule:firm") == f.keys[0]   // true
public struct FeatureVector: Sendable {
    public var keys: [UInt64] = []
    public var values: [Float] = []
    /// Names parallel to `keys`, when collecting (training, debugging).
    public var names: [String]?

    public init(collectNames: Bool = false) {
        names = collectNames ? [] : nil
        keys.reserveCapacity(64)
        values.reserveCapacity(64)
    }

    /// Removes every feature, keeping the storage (and collecting names if it did).
    public mutating func removeAll() {
        keys.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
        if names != nil { names!.removeAll(keepingCapacity: true) }
    }

    /// Adds a feature without arguments.
    @inline(__always)
    public mutating func add(_ template: FeatureTemplate, value: Float = 1) {
        keys.append(template.hash)
        values.append(value)
        if names != nil { names!.append(template.name) }
    }

    /// Adds a feature with one argument (its hash, and its text when names are collected).
    @inline(__always)
    public mutating func add(_ template: FeatureTemplate, _ arg: UInt64, value: Float = 1, name: () -> String) {
        keys.append(TokenHash.combine(template.hash, arg))
        values.append(value)
        if names != nil { names!.append(template.name + ":" + name()) }
    }

    /// Adds a feature with two arguments.
    @inline(__always)
    public mutating func add(_ template: FeatureTemplate, _ a: UInt64, _ b: UInt64, value: Float = 1,
                             name: () -> String) {
        keys.append(TokenHash.combine(TokenHash.combine(template.hash, a), b))
        values.append(value)
        if names != nil { names!.append(template.name + ":" + name()) }
    }

    /// The key of a feature name: "template" or "template:arg1 arg2".
    public static func key(ofName name: String) -> UInt64 {
        // ASCII names (nearly all) are hashed byte by byte without making substrings; a name with
        // other bytes takes the Character-based path below, whose splitting differs from bytes'
        // when a combining mark follows ':' or ' '.
        var name = name
        if let key = name.withUTF8({ asciiKey(ofName: $0) }) { return key }
        guard let colon = name.firstIndex(of: ":") else { return TokenHash.of(name) }
        var h = TokenHash.of(String(name[..<colon]))
        for arg in name[name.index(after: colon)...].split(separator: " ", omittingEmptySubsequences: false) {
            h = TokenHash.combine(h, TokenHash.of(String(arg)))
        }
        return h
    }

    /// `key(ofName:)` for a name of ASCII bytes, or nil when a byte is not ASCII.
    static func asciiKey(ofName bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        var h = TokenHash()
        var key: UInt64 = 0
        var inArgs = false
        for byte in bytes {
            if byte >= 0x80 { return nil }
            if !inArgs {
                if byte == UInt8(ascii: ":") {
                    key = h.value
                    h = TokenHash()
                    inArgs = true
                } else {
                    h.add(byte)
                }
            } else if byte == UInt8(ascii: " ") {
                key = TokenHash.combine(key, h.value)
                h = TokenHash()
            } else {
                h.add(byte)
            }
        }
        return inArgs ? TokenHash.combine(key, h.value) : h.value
    }

    public var count: Int { keys.count }
}

/// A named feature template with its precomputed hash.
///
///     FeatureTemplate("rule").hash == TokenHash.of("rule")
public struct FeatureTemplate: Sendable {
    public let name: String
    public let hash: UInt64

    public init(_ name: String) {
        precondition(!name.contains(":") && !name.contains(" "), "a template name has no ':' or ' '")
        self.name = name
        self.hash = TokenHash.of(name)
    }

    // The templates of the feature set (see FeatureExtractor for what each means).
    public static let bias = FeatureTemplate("bias")
    public static let rule = FeatureTemplate("rule")
    public static let attributed = FeatureTemplate("att")
    public static let attributedVia = FeatureTemplate("att-via")
    public static let attributedFlag = FeatureTemplate("att-flag")
    public static let cuePhrase = FeatureTemplate("cue")
    public static let role = FeatureTemplate("role")
    public static let kind = FeatureTemplate("kind")
    public static let type = FeatureTemplate("type")
    public static let flag = FeatureTemplate("flag")
    public static let nearCue = FeatureTemplate("near")
    public static let ruleRole = FeatureTemplate("rule-role")
    public static let predicate = FeatureTemplate("pred")
    public static let predicatePhrase = FeatureTemplate("pred-cue")
    public static let sentenceCue = FeatureTemplate("sent")
    public static let left1 = FeatureTemplate("w-1")
    public static let left2 = FeatureTemplate("w-2")
    public static let right1 = FeatureTemplate("w+1")
    public static let right2 = FeatureTemplate("w+2")
    public static let rightBigram = FeatureTemplate("w+12")
    public static let leftBigram = FeatureTemplate("w-21")
    public static let window = FeatureTemplate("win")
    public static let clauseWord = FeatureTemplate("cl")
    public static let between = FeatureTemplate("btw")
    // Sentiment.
    public static let valence = FeatureTemplate("val")
    public static let valenceWord = FeatureTemplate("valw")
    public static let sentenceLeft = FeatureTemplate("sL")
    public static let sentenceRight = FeatureTemplate("sR")
    public static let sentenceStem = FeatureTemplate("sS")
    public static let sentenceNear = FeatureTemplate("sN")
    public static let mentionWord = FeatureTemplate("tgt")
}
