import Foundation
import Testing
import StanceKit

/// The JSON of results (`DocumentAnalysis+JSON.swift`): the field names, their
/// order and types as `interface.md` and the README give them (document, actor,
/// evidence, objects within an actor, and the `classify --pairs` line;
/// the object summary's own fields are `ObjectSummaryTests`'), optional fields left out
/// rather than null, compact and pretty forms meaning the same, Codable decoding
/// of what the writer wrote, and offsets that count Unicode scalars.
@Suite("DocumentAnalysis JSON")
struct DocumentAnalysisJSONTests {
    static let evidence = Evidence(sentence: 2, text: "Washington will not commit \"large\" numbers of troops.", span: [40, 94],
                                   stance: .refused, probability: 0.93, cues: ["will not commit"],
                                   object: "large numbers of troops", objectSpan: [67, 94])
    static let person = ActorResult(actor: "Donald Trump", type: .person, affiliation: "United States", mentions: ["Trump", "he"],
                                    stance: .hedged, scores: .init(firm: 0.1, hedged: 0.6, refused: 0.3),
                                    counts: .init(firm: 0, hedged: 1, refused: 0), sentiment: .init(label: .negative, score: -0.25),
                                    evidence: [Evidence(sentence: 3, text: "Trump said air support could be on the table.", span: [95, 141],
                                                        stance: .hedged, probability: 0.8, cues: ["could"], object: nil, objectSpan: nil)],
                                    objects: [])
    static let country = ActorResult(actor: "United States", type: .country, affiliation: nil,
                                     mentions: ["Washington", "U.S."], stance: .refused,
                                     scores: .init(firm: 0.05, hedged: 0.41, refused: 0.54),
                                     counts: .init(firm: 0, hedged: 0, refused: 1), sentiment: .init(label: .neutral, score: 0),
                                     evidence: [evidence],
                                     objects: [ObjectSummary(object: "troops", stance: .refused, counts: .init(refused: 1),
                                                             sentences: [2], phrases: ["large numbers of troops"])])
    static let analysis = DocumentAnalysis(document: "article.txt", sentences: 14, actors: [country, person])

    static func string(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    static func object(_ bytes: [UInt8]) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    }

    /// The keys of a compact JSON object's top level, in order (strings and nesting skipped).
    static func keyOrder(_ json: String) -> [String] {
        var keys: [String] = []
        var depth = 0
        var i = json.startIndex
        var expectKey = false
        while i < json.endIndex {
            let c = json[i]
            if c == "\"" {
                var j = json.index(after: i)
                var s = ""
                while json[j] != "\"" {
                    if json[j] == "\\" { j = json.index(after: j) }
                    s.append(json[j])
                    j = json.index(after: j)
                }
                if depth == 1 && expectKey { keys.append(s) }
                expectKey = false
                i = json.index(after: j)
                continue
            }
            if c == "{" || c == "[" { depth += 1; expectKey = c == "{" && depth == 1 }
            if c == "}" || c == "]" { depth -= 1 }
            if c == "," && depth == 1 { expectKey = true }
            i = json.index(after: i)
        }
        return keys
    }

    @Test func documentFields() throws {
        let json = Self.string(Self.analysis.json())
        #expect(Self.keyOrder(json) == ["document", "sentences", "actors"])
        let o = try Self.object(Self.analysis.json())
        #expect(o["document"] as? String == "article.txt")
        #expect(o["sentences"] as? Int == 14)
        #expect((o["actors"] as? [Any])?.count == 2)
        #expect(o["date"] == nil, "no date key without a date")
        // With a date: right after the document.
        var dated = Self.analysis
        dated.date = "2026-01-15"
        #expect(Self.keyOrder(Self.string(dated.json())) == ["document", "date", "sentences", "actors"])
        // Without a name: null, not absent.
        var unnamed = Self.analysis
        unnamed.document = nil
        let u = try Self.object(unnamed.json())
        #expect(u["document"] is NSNull)
    }

    @Test func actorFields() throws {
        let actors = try #require(try Self.object(Self.analysis.json())["actors"] as? [[String: Any]])
        let us = actors[0], trump = actors[1]
        var w = JSONWriter()
        Self.country.write(to: &w)
        #expect(Self.keyOrder(Self.string(w.bytes))
                == ["actor", "type", "mentions", "stance", "scores", "counts", "sentiment", "evidence", "objects"])
        var p = JSONWriter()
        Self.person.write(to: &p)
        #expect(Self.keyOrder(Self.string(p.bytes))
                == ["actor", "type", "affiliation", "mentions", "stance", "scores", "counts", "sentiment", "evidence", "objects"])
        #expect(us["affiliation"] == nil, "no affiliation key for a country")
        #expect(trump["affiliation"] as? String == "United States")
        #expect(trump["type"] as? String == "person")
        #expect(us["mentions"] as? [String] == ["Washington", "U.S."])
        #expect(us["stance"] as? String == "refused")
        let scores = try #require(us["scores"] as? [String: Double])
        #expect(scores == ["firm": 0.05, "hedged": 0.41, "refused": 0.54])
        #expect(Self.string(w.bytes).contains(#""scores":{"firm":0.05,"hedged":0.41,"refused":0.54}"#), "scores in label order")
        #expect(us["counts"] as? [String: Int] == ["firm": 0, "hedged": 0, "refused": 1])
        let sentiment = try #require(trump["sentiment"] as? [String: Any])
        #expect(sentiment["label"] as? String == "negative")
        #expect(sentiment["score"] as? Double == -0.25)
    }

    @Test func evidenceFields() throws {
        var w = JSONWriter()
        Self.evidence.write(to: &w)
        let json = Self.string(w.bytes)
        #expect(Self.keyOrder(json) == ["sentence", "text", "span", "stance", "probability", "cues", "object", "object_span"])
        let e = try Self.object(w.bytes)
        #expect(e["sentence"] as? Int == 2)
        #expect(e["text"] as? String == "Washington will not commit \"large\" numbers of troops.")
        #expect(e["span"] as? [Int] == [40, 94])
        #expect(e["stance"] as? String == "refused")
        #expect(e["probability"] as? Double == 0.93)
        #expect(e["cues"] as? [String] == ["will not commit"])
        #expect(e["object"] as? String == "large numbers of troops")
        #expect(e["object_span"] as? [Int] == [67, 94])
        // Without an object: both keys absent.
        var n = JSONWriter()
        Self.person.evidence[0].write(to: &n)
        #expect(Self.keyOrder(Self.string(n.bytes)) == ["sentence", "text", "span", "stance", "probability", "cues"])
    }

    @Test func pairLineFields() throws {
        let p = PairPrediction(id: "ex-17", actor: "Washington", stance: .refused,
                               scores: .init([0.0200001234, 0.05, 0.91, 0.0199998766]), sentiment: .neutral,
                               sentimentScore: -0.0812345678, cues: ["will not commit"], ruleStance: .refused,
                               object: "troops")
        let json = Self.string(p.json())
        #expect(!json.contains("\n"), "one line")
        #expect(Self.keyOrder(json)
                == ["id", "actor", "stance", "scores", "sentiment", "sentiment_score", "cues", "rule_stance", "object"])
        #expect(json.contains(#""scores":{"firm":0.02,"hedged":0.05,"refused":0.91,"none":0.02}"#), "\(json)")
        let o = try Self.object(p.json())
        #expect(o["sentiment_score"] as? Double == -0.081235, "six decimals")
        #expect(o["rule_stance"] as? String == "refused")
        #expect(o["object"] as? String == "troops")
        var bare = p
        bare.object = nil
        #expect(!Self.keyOrder(Self.string(bare.json())).contains("object"), "no object key without an object")
    }

    @Test func prettyAndCompactMeanTheSame() throws {
        let compact = Self.analysis.json()
        let pretty = Self.analysis.json(pretty: true)
        #expect(compact != pretty)
        #expect(!Self.string(compact).contains("\n"))
        #expect(Self.string(pretty).contains("\n  \"sentences\": 14,\n"))
        let a = try JSONSerialization.jsonObject(with: Data(compact)) as? NSDictionary
        let b = try JSONSerialization.jsonObject(with: Data(pretty)) as? NSDictionary
        #expect(a != nil && a == b)
    }

    @Test func theWrittenJSONDecodesBackToTheSameResult() throws {
        var dated = Self.analysis
        dated.date = "2026-01-15"
        for value in [Self.analysis, dated] {
            #expect(try JSONDecoder().decode(DocumentAnalysis.self, from: Data(value.json())) == value)
            #expect(try JSONDecoder().decode(DocumentAnalysis.self, from: Data(value.json(pretty: true))) == value)
        }
    }

    @Test func aRealDocumentsOffsetsCountUnicodeScalars() throws {
        let text = "Zürich, Monday — “No,” said the minister.\nGermany has ruled out ground troops, officials said."
        let result = TestSupport.analyzer.analyze(text, name: "z.txt")
        let o = try Self.object(result.json())
        let actors = try #require(o["actors"] as? [[String: Any]])
        let germany = try #require(actors.first { $0["actor"] as? String == "Germany" })
        let evidence = try #require((germany["evidence"] as? [[String: Any]])?.first)
        let scalars = Array(text.unicodeScalars)
        func slice(_ r: [Int]) -> String { String(String.UnicodeScalarView(scalars[r[0]..<r[1]])) }
        let span = try #require(evidence["span"] as? [Int])
        #expect(slice(span) == evidence["text"] as? String)
        let objectSpan = try #require(evidence["object_span"] as? [Int])
        #expect(slice(objectSpan) == "ground troops")
        #expect(evidence["object"] as? String == "ground troops")
        let objects = try #require(germany["objects"] as? [[String: Any]])
        #expect(objects.first?["object"] as? String == "troops")
        #expect(objects.first?["phrases"] as? [String] == ["ground troops"])
    }
}
