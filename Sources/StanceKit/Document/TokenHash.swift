/// A 64-bit FNV-1a hash of a token's normalized bytes: how tokens, lexicon
/// phrases and features are compared without building strings.
///
/// The tokenizer and the lexicon loader hash the same normalized form, so a
/// lexicon entry `won't` and a text token `won’t` get equal hashes.
///
///     var h = TokenHash()
///     for byte in "will".utf8 { h.add(byte) }
///     h.value == TokenHash.of("will")   // true
public struct TokenHash: Sendable {
    /// FNV-1a 64-bit offset basis.
    public static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    /// FNV-1a 64-bit prime.
    public static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// The running hash.
    public private(set) var value: UInt64 = TokenHash.offsetBasis

    public init() {}

    /// Adds one byte.
    @inline(__always)
    public mutating func add(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* TokenHash.prime
    }

    /// Adds every byte of a string's UTF-8 form.
    public mutating func add(_ string: String) {
        for byte in string.utf8 { add(byte) }
    }

    /// Hash of a string's UTF-8 bytes, taken as they are (no normalization).
    public static func of(_ string: String) -> UInt64 {
        var h = TokenHash()
        h.add(string)
        return h.value
    }

    /// Combines two hashes into one, order-sensitive: used for n-grams and
    /// for feature names built from parts.
    @inline(__always)
    public static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var x = a ^ (b &+ 0x9e37_79b9_7f4a_7c15 &+ (a << 6) &+ (a >> 2))
        x = (x ^ (x >> 33)) &* 0xff51_afd7_ed55_8ccd
        return x ^ (x >> 29)
    }
}
