import Foundation
import Testing
import StanceKit

/// An object's dominant stance (ties are hedged, as the label guide says for mixed
/// signals) and its JSON form.
@Suite struct ObjectSummaryTests {
    @Test(arguments: [
        ((0, 0, 0), StanceLabel.none), ((1, 0, 0), .firm), ((0, 0, 2), .refused), ((2, 1, 0), .firm),
        ((1, 0, 1), .hedged), ((2, 2, 2), .hedged), ((0, 3, 1), .hedged), ((1, 1, 3), .refused),
    ])
    func dominant(_ c: (Int, Int, Int), _ expected: StanceLabel) {
        #expect(ObjectSummary.dominant(ActorResult.Counts(firm: c.0, hedged: c.1, refused: c.2)) == expected)
    }

    @Test func jsonFieldsInOrder() throws {
        let o = ObjectSummary(object: "troops", stance: .refused, counts: .init(refused: 2), sentences: [2, 10],
                              phrases: ["ground troops", "soldiers"])
        var w = JSONWriter()
        o.write(to: &w)
        let text = String(decoding: w.bytes, as: UTF8.self)
        #expect(text == #"{"object":"troops","stance":"refused","counts":{"firm":0,"hedged":0,"refused":2},"sentences":[2,10],"phrases":["ground troops","soldiers"]}"#)
        let back = try JSONDecoder().decode(ObjectSummary.self, from: Data(w.bytes))
        #expect(back == o)
    }
}
