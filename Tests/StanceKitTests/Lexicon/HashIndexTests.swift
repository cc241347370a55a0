import Testing
@testable import StanceKit

/// `HashIndex`: lookups of present keys, misses (including misses that land on
/// an occupied slot), keys that collide on one slot and chains that wrap past
/// the end of the table, updates, growth, key 0, the set form and the keys list.
/// The table has 16 slots until it grows, and a key below 2^29 picks slot
/// `key & 15`, so 1, 17, 33 and 49 all want slot 1.
@Suite("HashIndex")
struct HashIndexTests {
    @Test func lookupsAndMisses() {
        var index = HashIndex<Int32>()
        let words = ["will", "will not", "could", "ruled out", "pledged"]
        for (i, w) in words.enumerated() { index[TokenHash.of(w)] = Int32(i) }
        #expect(index.count == words.count)
        for (i, w) in words.enumerated() {
            #expect(index[TokenHash.of(w)] == Int32(i), "\(w)")
            #expect(index.contains(TokenHash.of(w)))
        }
        for miss in ["would", "Will", "will ", ""] {
            #expect(index[TokenHash.of(miss)] == nil, "\(miss)")
            #expect(!index.contains(TokenHash.of(miss)))
        }
        #expect(HashIndex<Int32>()[TokenHash.of("will")] == nil, "an empty index misses everything")
        #expect(HashIndex<Int32>().isEmpty && !index.isEmpty)
    }

    @Test func collidingKeysAreAllFound() {
        var index = HashIndex<String>()
        for k: UInt64 in [1, 17, 33] { index[k] = "v\(k)" }
        #expect(index[1] == "v1" && index[17] == "v17" && index[33] == "v33")
        #expect(index[49] == nil, "a miss on the same slot walks the chain and stops at a free slot")
        #expect(index[2] == nil, "slot 2 holds 17, which is not key 2")
        #expect(index.count == 3)
    }

    @Test func probingWrapsAroundTheEnd() {
        var index = HashIndex<Int>()
        for k: UInt64 in [15, 31, 47] { index[k] = Int(k) }   // slots 15, 0, 1
        #expect(index[15] == 15 && index[31] == 31 && index[47] == 47)
        #expect(index[63] == nil)
        #expect(Set(index.keys) == [15, 31, 47])
    }

    @Test func keyZeroIsAKeyLikeAnyOther() {
        var index = HashIndex<Int>()
        #expect(index[0] == nil, "empty slots hold key bits 0 but no value")
        index[16] = 16   // slot 0
        #expect(index[0] == nil)
        index[0] = 7
        #expect(index[0] == 7 && index[16] == 16 && index.count == 2)
    }

    @Test func settingAgainReplacesTheValue() {
        var index = HashIndex<Int>()
        index[17] = 1
        index[1] = 2
        index[17] = 3
        #expect(index[17] == 3 && index[1] == 2)
        #expect(index.count == 2)
        index[99] = nil   // removing an absent key is allowed and changes nothing
        #expect(index.count == 2 && index[99] == nil)
    }

    @Test func growingKeepsEveryKey() {
        var index = HashIndex<Int>()
        var expected: [UInt64: Int] = [:]
        // Real hashes and small numbers that collide before growth, mixed.
        for i in 0..<2000 {
            let key = i % 2 == 0 ? TokenHash.of("word-\(i)") : UInt64(i * 16)
            index[key] = i
            expected[key] = i
        }
        #expect(index.count == expected.count)
        #expect(expected.allSatisfy { index[$0.key] == $0.value })
        #expect(Set(index.keys) == Set(expected.keys))
        #expect(index[TokenHash.of("word-1")] == nil && index[UInt64(16 * 2001)] == nil)
    }

    @Test func fromADictionaryAndASet() {
        let dictionary: [UInt64: String] = [TokenHash.of("a"): "A", TokenHash.of("b"): "B", 5: "five", 21: "twenty-one"]
        let index = HashIndex(dictionary)
        #expect(index.count == 4)
        #expect(dictionary.allSatisfy { index[$0.key] == $0.value })
        let big = HashIndex(Dictionary(uniqueKeysWithValues: (0..<100).map { (UInt64($0) << 4, $0) }))
        #expect(big.count == 100 && big[UInt64(99) << 4] == 99 && big[UInt64(100) << 4] == nil)

        let set = HashIndex(set: [TokenHash.of("if"), TokenHash.of("unless"), TokenHash.of("if")])
        #expect(set.count == 2, "a repeated key counts once")
        #expect(set.contains(TokenHash.of("unless")) && !set.contains(TokenHash.of("provided")))
    }

    @Test func aLargeCapacityStillFindsEverything() {
        var index = HashIndex<UInt8>(capacity: 1000)
        for k in 0..<1000 { index[UInt64(k) &* 0x9E37_79B9_7F4A_7C15] = UInt8(k % 256) }
        #expect(index.count == 1000)
        #expect((0..<1000).allSatisfy { index[UInt64($0) &* 0x9E37_79B9_7F4A_7C15] == UInt8($0 % 256) })
    }
}
