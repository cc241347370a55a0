import Foundation
import Testing
import StanceKit

/// Feature keys: the key `FeatureVector.add` builds from hashes equals the key
/// `FeatureVector.key(ofName:)` computes from the feature's name, which is how
/// model files (keyed by names) find their weights.
@Suite("Feature vector")
struct FeatureVectorTests {
    @Test func noArgument() {
        var f = FeatureVector(collectNames: true)
        f.add(.bias)
        f.add(FeatureTemplate("custom"), value: 0.5)
        #expect(f.names == ["bias", "custom"])
        #expect(f.keys[0] == FeatureVector.key(ofName: "bias"))
        #expect(f.keys[1] == FeatureVector.key(ofName: "custom"))
        #expect(f.keys[0] == FeatureTemplate.bias.hash && f.keys[0] == TokenHash.of("bias"))
        #expect(f.values == [1, 0.5])
    }

    @Test func oneArgument() {
        var f = FeatureVector(collectNames: true)
        f.add(.rule, TokenHash.of("firm")) { "firm" }
        f.add(.left1, TokenHash.of("won't"), value: 2) { "won't" }
        f.add(.valenceWord, TokenHash.of("<s>")) { "<s>" }
        #expect(f.names == ["rule:firm", "w-1:won't", "valw:<s>"])
        for i in 0..<f.count {
            #expect(f.keys[i] == FeatureVector.key(ofName: f.names![i]), "\(f.names![i])")
        }
        #expect(f.values == [1, 2, 1])
    }

    @Test func twoArguments() {
        var f = FeatureVector(collectNames: true)
        f.add(.cuePhrase, TokenHash.of("rule_out"), TokenHash.of("refused")) { "rule_out refused" }
        f.add(.rightBigram, TokenHash.of("will"), TokenHash.of("</s>")) { "will </s>" }
        #expect(f.names == ["cue:rule_out refused", "w+12:will </s>"])
        for i in 0..<f.count {
            #expect(f.keys[i] == FeatureVector.key(ofName: f.names![i]), "\(f.names![i])")
        }
    }

    @Test func keysDependOnTemplateArgumentsAndOrder() {
        let names = ["rule:firm", "rule:hedged", "att:firm", "cue:a b", "cue:b a", "cue:a", "cue", "cue:a b c"]
        #expect(Set(names.map(FeatureVector.key(ofName:))).count == names.count)
        // The colon splits only once: an argument may contain a colon.
        var f = FeatureVector(collectNames: true)
        f.add(.window, TokenHash.of("12:30")) { "12:30" }
        #expect(f.keys[0] == FeatureVector.key(ofName: "win:12:30"))
    }

    /// `key(ofName:)` as it was written first, on Characters: the byte path must agree with it.
    static func characterKey(ofName name: String) -> UInt64 {
        guard let colon = name.firstIndex(of: ":") else { return TokenHash.of(name) }
        var h = TokenHash.of(String(name[..<colon]))
        for arg in name[name.index(after: colon)...].split(separator: " ", omittingEmptySubsequences: false) {
            h = TokenHash.combine(h, TokenHash.of(String(arg)))
        }
        return h
    }

    @Test func keysOfNamesAgreeWithTheCharacterSplit() throws {
        var names = ["", ":", "a:", ":a", "a::b", "a: b", "a:b  c", "a:b ", " ", "x y", "w-1:won't",
                     "w-1:café", "cue:a\u{301} b", "cue:a :\u{301}b", "t:\u{301}", "t: \u{301}x", "é:x y", "sL:naïve"]
        let model = try LinearModel.load(from: TestSupport.modelURL).file
        names += model.stance.weights.keys
        names += model.sentiment.weights.keys
        for name in names {
            #expect(FeatureVector.key(ofName: name) == Self.characterKey(ofName: name), "\(name)")
        }
    }

    @Test func namesAreCollectedOnlyWhenAsked() {
        var f = FeatureVector()
        var asked = false
        f.add(.rule, TokenHash.of("firm")) { asked = true; return "firm" }
        #expect(f.names == nil)
        #expect(!asked, "the name is not built when names are not collected")
        #expect(f.count == 1 && f.keys[0] == FeatureVector.key(ofName: "rule:firm"))
    }

    @Test func templateHashIsTheHashOfItsName() {
        #expect(FeatureTemplate("rule").hash == TokenHash.of("rule"))
        #expect(FeatureTemplate.rule.name == "rule")
    }

    /// Sentences that exercise many feature templates.
    static let sentences: [(String, String)] = [
        ("Washington will not commit large numbers of troops, officials said.", "Washington"),
        ("Trump has suggested that air support could be on the table if a peace deal materializes.", "Trump"),
        ("Germany has ruled out sending troops to the border.", "Germany"),
        ("Poland urged Germany to send troops.", "Germany"),
        ("The White House described air support as “an option and a possibility.”", "White House"),
        ("France did not rule out a no-fly zone, according to Le Monde.", "France"),
        ("Japan will only play a limited role, Prime Minister Haruto Sakai said.", "Japan"),
        ("Iran threatened to quit the treaty, but Europe expects talks to resume.", "Europe"),
        ("Zoë Müller of the Bundestag said Germany’s plan was a disaster.", "Germany"),
        ("ÉCOLE leaders in Zürich warned that Switzerland would not join.", "Switzerland"),
    ]

    /// Features of the shipped pipeline whose key is not the key of their name.
    static func mismatches(_ filter: (String) -> Bool) -> [String] {
        let analyzer = StanceAnalyzer(lexicons: TestSupport.lexicons, model: .empty)
        var wrong: [String] = []
        for (text, actor) in sentences {
            let (processed, pair) = analyzer.pairFor(text: text, actor: actor, span: nil)
            guard let pair else { wrong.append("no pair for \(actor) in \(text)"); continue }
            let f = analyzer.features(of: pair, in: processed, collectNames: true)
            for (i, name) in (f.names ?? []).enumerated() where filter(name) && f.keys[i] != FeatureVector.key(ofName: name) {
                wrong.append(name)
            }
        }
        return wrong
    }

    @Test func theShippedFeaturesHaveTheKeysOfTheirNames() {
        let wrong = Self.mismatches { !$0.hasPrefix("cue:") && !$0.hasPrefix("pred-cue:") }
        #expect(wrong.isEmpty, "\(Set(wrong).sorted())")
    }

    /// Multi-word cue features ("cue:rule_out refused") get the keys of their names, so a
    /// model file's weights reach them (they once hashed the phrase with its spaces).
    @Test
    func multiWordCueFeaturesHaveTheKeysOfTheirNames() {
        let wrong = Self.mismatches { $0.hasPrefix("cue:") || $0.hasPrefix("pred-cue:") }
        #expect(wrong.isEmpty, "\(Set(wrong).sorted())")
    }
}
