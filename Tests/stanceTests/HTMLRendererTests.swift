import Foundation
import Testing
import StanceKit
@testable import stance

/// The classify page (`HTMLRenderer`): one mark per mention and attributed cue, a
/// legend, one table row per actor, evidence links to sentence anchors, one section
/// per document, escaping, and well-formed nesting; and the same page from the CLI.
@Suite("HTMLRenderer")
struct HTMLRendererTests {
    static let analyzer: StanceAnalyzer = {
        do {
            return StanceAnalyzer(lexicons: try LexiconSet.load(from: CLIRunner.root.appendingPathComponent("Lexicons")),
                                  model: try LinearModel.load(from: CLIRunner.root.appendingPathComponent("Models/stance.json")))
        } catch { fatalError("shipped lexicons or model do not load: \(error)") }
    }()

    static let article = """
    Washington will not commit troops, according to Elbridge Colby. Germany could send air defence systems if \
    the Bundestag agrees. France pledged to deploy two frigates. Britain ruled out sending ground forces, \
    but London might offer training.
    """

    static let hostile = """
    Washington will not commit troops <script>alert(1)</script> & "nothing" else, the <b>Pentagon</b> said. \
    Germany could send tanks if Berlin & Paris agree.
    """

    // MARK: - Helpers

    /// How often `needle` occurs in `s`.
    static func count(_ needle: String, in s: String) -> Int { s.components(separatedBy: needle).count - 1 }

    /// The part of `s` from the first `start` to the next `end` after it.
    static func slice(_ s: String, from start: String, to end: String) -> String? {
        guard let a = s.range(of: start), let b = s.range(of: end, range: a.upperBound..<s.endIndex) else { return nil }
        return String(s[a.lowerBound..<b.upperBound])
    }

    /// The values of an attribute, in order.
    static func values(of attribute: String, in s: String) -> [String] {
        s.components(separatedBy: "\(attribute)=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    /// Tags stripped, entities decoded: the text a reader sees.
    static func visibleText(_ html: String) -> String {
        var out = "", inTag = false
        for c in html {
            if c == "<" { inTag = true } else if c == ">" { inTag = false } else if !inTag { out.append(c) }
        }
        return out.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Whether the span and mark tags of a fragment open and close in proper nesting.
    static func wellNested(_ html: String) -> Bool {
        var stack: [String] = []
        var rest = Substring(html)
        while let lt = rest.firstIndex(of: "<") {
            guard let gt = rest[lt...].firstIndex(of: ">") else { return false }
            let tag = rest[rest.index(after: lt)..<gt]
            let name = String(tag.prefix { $0 != " " && $0 != ">" })
            if name.hasPrefix("/") {
                guard stack.popLast() == String(name.dropFirst()) else { return false }
            } else {
                stack.append(name)
            }
            rest = rest[rest.index(after: gt)...]
        }
        return stack.isEmpty
    }

    static func textDiv(_ section: String) -> String? { slice(section, from: "<div class=\"text\">", to: "</div>") }

    // MARK: - Tests

    @Test func oneMarkPerMentionAndCue() throws {
        let marks = Self.analyzer.marks(Self.article, name: "a.txt")
        #expect(marks.mentions.count >= 6 && marks.cues.count >= 5, "\(marks.mentions.count) mentions, \(marks.cues.count) cues")
        let page = HTMLRenderer.page([(marks, Self.article)])
        let section = try #require(Self.slice(page, from: "<section class=\"doc\"", to: "</section>"))
        let text = try #require(Self.textDiv(section))
        #expect(Self.count("<mark class=\"m ", in: text) == marks.mentions.count)
        #expect(Self.count("<mark class=\"cue ", in: text) == marks.cues.count)
        #expect(Self.count("<mark", in: text) == marks.mentions.count + marks.cues.count)
        #expect(Self.count("</mark>", in: text) == marks.mentions.count + marks.cues.count)
        // Each stance the cues signal has its class; mentions carry their actor's colour.
        for c in marks.cues where !c.softener { #expect(text.contains("<mark class=\"cue \(c.stance.rawValue)\"")) }
        #expect(text.contains("<mark class=\"cue refused\" title=\"refused for United States"))
        #expect(text.contains("<mark class=\"cue soft\""), "the condition 'if' softens Germany's 'could'")
        for m in marks.mentions {
            #expect(text.contains("<mark class=\"m a\(m.actor % HTMLRenderer.palette.count)\" data-actor=\"\(m.actor)\""))
        }
        // Nothing of the text is lost or repeated, and the marks nest.
        #expect(Self.visibleText(text) == Self.article)
        #expect(Self.wellNested(text))
    }

    @Test func legendTableAndEvidenceLinks() throws {
        let marks = Self.analyzer.marks(Self.article, name: "a.txt")
        let page = HTMLRenderer.page([(marks, Self.article)])
        // The legend explains the three stances' cue styles and the mention colours.
        let legend = try #require(Self.slice(page, from: "<div class=\"legend\"", to: "</div>"))
        for stance in ["firm", "hedged", "refused"] {
            #expect(legend.contains("<mark class=\"cue \(stance)\""), "legend lacks \(stance)")
            #expect(legend.contains(" \(stance)"))
        }
        #expect(legend.contains("<mark class=\"m "))
        // One table row per actor, in order, with its stance and three score bars.
        let table = try #require(Self.slice(page, from: "<table class=\"actors\"", to: "</table>"))
        #expect(Self.count("<tr class=\"actor\"", in: table) == marks.analysis.actors.count)
        #expect(marks.analysis.actors.count >= 4)
        for (i, a) in marks.analysis.actors.enumerated() {
            let row = try #require(Self.slice(table, from: "<tr class=\"actor\" id=\"d1-a\(i)\">", to: "</tr>"))
            #expect(row.contains("<strong>\(HTMLRenderer.escape(a.actor))</strong>"))
            #expect(row.contains("<span class=\"badge \(a.stance.rawValue)\">"))
            #expect(Self.count("<span class=\"fill ", in: row) == 3)
            #expect(row.contains("<span class=\"fill refused\" style=\"width:\(HTMLRenderer.percent(a.scores.refused))%\">"))
            #expect(row.contains(a.sentiment.label.rawValue))
            #expect(Self.count("<a class=\"ev\" href=\"#d1-s", in: row) == a.evidence.count)
            for e in a.evidence { #expect(row.contains("href=\"#d1-s\(e.sentence)\"")) }
        }
        // Every link points to an element of the page.
        let ids = Set(Self.values(of: "id", in: page))
        let links = Self.values(of: "href", in: page).filter { $0.hasPrefix("#") }
        #expect(links.contains("#d1-s1"))
        for link in links { #expect(ids.contains(String(link.dropFirst())), "\(link) points nowhere") }
        #expect(ids.contains("d1-s4"))
        // No script, no fetch.
        #expect(!page.contains("<script") && !page.contains("src=") && !page.contains("http://") && !page.contains("https://"))
    }

    @Test func severalDocumentsGiveOneSectionEach() throws {
        let second = "Tokyo said it would consider joining the mission."
        let docs = [(Self.analyzer.marks(Self.article, name: "one.txt"), Self.article),
                    (Self.analyzer.marks(second, name: "two.txt"), second),
                    (Self.analyzer.marks("", name: "empty.txt"), "")]
        let page = HTMLRenderer.page(docs)
        #expect(Self.count("<section class=\"doc\"", in: page) == 3)
        for k in 1...3 { #expect(page.contains("<section class=\"doc\" id=\"d\(k)\"")) }
        #expect(page.contains("<a href=\"#d2\">two.txt</a>"))
        #expect(page.contains("No actors found."))
        // Sentence anchors are per document.
        let ids = Self.values(of: "id", in: page)
        #expect(ids.count == Set(ids).count, "ids repeat")
        #expect(ids.contains("d1-s1") && ids.contains("d2-s1"))
        let two = try #require(Self.slice(page, from: "<section class=\"doc\" id=\"d2\"", to: "</section>"))
        #expect(Self.visibleText(try #require(Self.textDiv(two))) == second)
    }

    @Test func everythingIsEscaped() throws {
        let name = "<img src=x onerror=alert(1)> & \"q\".txt"
        let marks = Self.analyzer.marks(Self.hostile, name: name)
        let page = HTMLRenderer.page([(marks, Self.hostile)])
        #expect(!page.contains("<script"))
        #expect(!page.contains("<img"))
        #expect(!page.contains("<b>"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(page.contains("&amp; &quot;nothing&quot;"))
        #expect(page.contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;.txt"))
        let section = try #require(Self.slice(page, from: "<section class=\"doc\"", to: "</section>"))
        let text = try #require(Self.textDiv(section))
        #expect(Self.visibleText(text) == Self.hostile)
        #expect(Self.wellNested(text))
        #expect(Self.count("<mark", in: text) == marks.mentions.count + marks.cues.count)
        #expect(!marks.mentions.isEmpty && !marks.cues.isEmpty)
        // Evidence titles hold sentence texts: escaped inside attributes too.
        #expect(!section.contains("title=\"Washington will not commit troops <"))
    }

    @Test func overlappingMarksStillNest() {
        // Marks that do not nest (the API never gives them; the renderer clips anyway).
        let text = "Washington will not commit troops."
        var marks = Self.analyzer.marks(text)
        marks.cues.append(DocumentMarks.CueMark(span: 5..<15, stance: .firm, actors: [0], sentence: 1, softener: false))
        let html = HTMLRenderer.annotatedText(marks, text: text, id: "d1")
        #expect(Self.wellNested(html))
        #expect(Self.visibleText(html) == text)
    }

    @Test func theCommandWritesThePage() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("stance-html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = dir.appendingPathComponent("a.txt"), b = dir.appendingPathComponent("b.txt")
        try Self.article.write(to: a, atomically: true, encoding: .utf8)
        try Self.hostile.write(to: b, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["classify", "--format", "html", a.path, b.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(Self.count("<section class=\"doc\"", in: r.stdout) == 2)
        #expect(!r.stdout.contains("<script"))
        let expected = HTMLRenderer.page([(Self.analyzer.marks(Self.article, name: a.path), Self.article),
                                          (Self.analyzer.marks(Self.hostile, name: b.path), Self.hostile)])
        #expect(r.stdout == expected)
    }
}
