import Foundation
import StanceKit
let res = try ResourceLocator().locate()
let a = try StanceAnalyzer(resources: res)
let path = CommandLine.arguments[1]
let text = try String(contentsOfFile: path, encoding: .utf8)
let (p, _) = a.process(text)
for (i, s) in p.document.sentences.enumerated() {
    print("S\(i+1): \(p.document.text(of: s))")
    for m in p.table.mentions(inSentence: i) {
        let mi = p.table.mentions.firstIndex(of: m)!
        let att = p.context.attributions[mi]
        let name = att.actor >= 0 ? p.table.actors[att.actor].name : "?"
        let cues = att.cues.map { c -> String in
            let cue = p.context.cues[i].cues[c.cue]
            return "\(p.document.text(of: Int(p.document.tokens[cue.tokens.lowerBound].start)..<Int(p.document.tokens[cue.tokens.upperBound-1].end)))=\(StanceRules.label(of: c).rawValue)/\(c.via.name)"
        }
        print("   [\(p.document.text(of: m.range))] -> \(name) (\(m.kind), \(att.role.name)) \(cues)")
    }
}
let r = a.analyze(text)
for actor in r.actors { print(actor.actor, actor.type.rawValue, actor.affiliation ?? "-", actor.stance.rawValue, actor.counts) }
