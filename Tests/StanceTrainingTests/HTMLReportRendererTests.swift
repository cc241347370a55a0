import Foundation
import Testing
import StanceKit
@testable import StanceTraining

/// The evaluation page (`HTMLReportRenderer`): heatmaps with one cell per
/// (gold, predicted), P/R/F1 bars per label, the baselines beside the model,
/// errors with their cues marked, and escaping.
@Suite("HTMLReportRenderer")
struct HTMLReportRendererTests {
    /// Metrics from (gold, predicted) index pairs.
    static func metrics(_ labels: [String], _ pairs: [(Int, Int, Int)]) -> EvaluationReport.TaskScores {
        var m = ClassificationMetrics(labels: labels)
        for (g, p, n) in pairs { for _ in 0..<n { m.add(gold: g, predicted: p) } }
        return EvaluationReport.TaskScores(m)
    }

    static let stanceLabels = ["firm", "hedged", "refused", "none"]
    static let sentimentLabels = ["negative", "neutral", "positive"]

    static let report: EvaluationReport = {
        let stance = metrics(stanceLabels, [(0, 0, 47), (0, 1, 5), (0, 2, 1), (0, 3, 14), (1, 1, 30), (1, 0, 7), (2, 2, 20),
                                            (2, 1, 3), (3, 3, 40), (3, 0, 6)])
        let rules = metrics(stanceLabels, [(0, 0, 40), (0, 3, 27), (1, 1, 25), (1, 3, 12), (2, 2, 18), (2, 3, 5), (3, 3, 46)])
        let majority = metrics(stanceLabels, [(0, 3, 67), (1, 3, 37), (2, 3, 23), (3, 3, 46)])
        let sentiment = metrics(sentimentLabels, [(0, 0, 12), (0, 1, 8), (1, 1, 60), (1, 2, 4), (2, 2, 9), (2, 1, 6)])
        let sRules = metrics(sentimentLabels, [(0, 0, 6), (0, 1, 14), (1, 1, 64), (2, 2, 5), (2, 1, 10)])
        let sMajority = metrics(sentimentLabels, [(0, 1, 20), (1, 1, 64), (2, 1, 15)])
        let errors = [
            EvaluationReport.ErrorItem(id: "e1", source: "data.jsonl:3", task: "stance",
                                       text: "The goodwill is gone: Germany will not send troops <script>alert(1)</script> & \"more\".",
                                       actor: "Germany", gold: "hedged", predicted: "refused", probability: 0.97,
                                       cues: ["will not", "will"]),
            EvaluationReport.ErrorItem(id: "e2", source: "<b>src</b>.jsonl:9", task: "sentiment",
                                       text: "A & B <i>said</i> they might help.", actor: "A & B",
                                       gold: "positive", predicted: "neutral", probability: 0.9, cues: ["might"]),
        ]
        return EvaluationReport(examples: 173, stance: stance, sentiment: sentiment,
                                baselines: ["stance": .init(majority: majority, rules: rules),
                                            "sentiment": .init(majority: sMajority, rules: sRules)],
                                errors: errors, folds: nil, model: "Models/<x>.json", data: ["data.jsonl"])
    }()

    static let page = HTMLReportRenderer.page(report)

    static func count(_ needle: String, in s: String) -> Int { s.components(separatedBy: needle).count - 1 }

    /// Every `<svg class="CLASS" ...>...</svg>` in the page.
    static func svgs(_ cls: String, in s: String) -> [String] {
        s.components(separatedBy: "<svg class=\"\(cls)\"").dropFirst().map { part in
            String(part[..<(part.range(of: "</svg>")?.lowerBound ?? part.endIndex)])
        }
    }

    static func section(_ id: String) -> String {
        let parts = page.components(separatedBy: "<section")
        return parts.first { $0.contains("id=\"\(id)\"") } ?? ""
    }

    @Test func heatmapsHaveOneCellPerGoldAndPredictedLabel() throws {
        let stanceMaps = Self.svgs("heatmap", in: Self.section("stance"))
        let sentimentMaps = Self.svgs("heatmap", in: Self.section("sentiment"))
        // The model and both baselines, for each task.
        #expect(stanceMaps.count == 3)
        #expect(sentimentMaps.count == 3)
        for map in stanceMaps { #expect(Self.count("<rect class=\"cell", in: map) == 16) }
        for map in sentimentMaps { #expect(Self.count("<rect class=\"cell", in: map) == 9) }
        // Cells carry their counts; the diagonal is marked.
        let model = try #require(stanceMaps.first)
        #expect(model.contains("data-gold=\"firm\" data-predicted=\"hedged\" data-count=\"5\""))
        #expect(model.contains("data-gold=\"none\" data-predicted=\"firm\" data-count=\"6\""))
        #expect(model.contains("<rect class=\"cell diag\" data-gold=\"refused\" data-predicted=\"refused\" data-count=\"20\""))
        #expect(Self.count("<rect class=\"cell diag\"", in: model) == 4)
        let majority = try #require(stanceMaps.last)
        #expect(majority.contains("data-gold=\"firm\" data-predicted=\"none\" data-count=\"67\""))
    }

    @Test func barsForEachLabelsPrecisionRecallAndF1() throws {
        let prf = try #require(Self.svgs("prf", in: Self.section("stance")).first)
        for label in Self.stanceLabels {
            for metric in ["precision", "recall", "f1"] {
                #expect(Self.count("<rect class=\"bar \(metric)\" data-label=\"\(label)\"", in: prf) == 1, "\(label) \(metric)")
            }
        }
        #expect(Self.count("<rect class=\"bar ", in: prf) == 12)
        // Bar length follows the value: firm's recall is 47/67.
        let recall = Self.report.stance!.labels["firm"]!.recall
        #expect(prf.contains("data-label=\"firm\" x=\"92\" y=\"") )
        #expect(prf.contains("width=\"\(HTMLReportRenderer.n(recall * 250))\""))
        let sentiment = try #require(Self.svgs("prf", in: Self.section("sentiment")).first)
        #expect(Self.count("<rect class=\"bar ", in: sentiment) == 9)
    }

    @Test func baselinesBesideTheModel() throws {
        let stance = Self.section("stance")
        let r = Self.report
        for (name, scores) in [("model", r.stance!), ("baseline: lexicon rules", r.baselines["stance"]!.rules),
                               ("baseline: majority label", r.baselines["stance"]!.majority)] {
            #expect(stance.contains("<th scope=\"row\">\(name)</th><td>\(HTMLReportRenderer.f(scores.macroF1))</td>"), "\(name) row")
            #expect(stance.contains("data-system=\"\(name)\" data-metric=\"macro-F1\""))
        }
        #expect(Self.count("<rect class=\"bar sys", in: Self.svgs("summary", in: stance).first ?? "") == 9)
        // Per-label F1 of the baselines in the label table.
        #expect(stance.contains("<th scope=\"col\">F1 rules</th>"))
    }

    @Test func errorsHaveTheirCuesMarked() throws {
        let errors = Self.section("errors")
        #expect(Self.count("<li class=\"error\">", in: errors) == 2)
        // "will not" is marked, and "will" only where it stands alone: not inside "goodwill", not inside the mark.
        #expect(errors.contains("<mark class=\"actor\">Germany</mark> <mark class=\"cue\">will not</mark> send"))
        #expect(errors.contains("The goodwill is gone"))
        #expect(Self.count("<mark class=\"cue\">will</mark>", in: errors) == 0)
        #expect(errors.contains("<mark class=\"cue\">might</mark>"))
        #expect(errors.contains("<mark class=\"actor\">A &amp; B</mark>"))
    }

    @Test func everythingIsEscaped() {
        let page = Self.page
        #expect(!page.contains("<script"))
        #expect(!page.contains("<i>") && !page.contains("<b>src"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;more&quot;."))
        #expect(page.contains("&lt;b&gt;src&lt;/b&gt;.jsonl:9"))
        #expect(page.contains("Models/&lt;x&gt;.json"))
        #expect(HTMLReportRenderer.escape("<a href='x'>&\"</a>") == "&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;")
        // Self-contained: no script, nothing fetched (the SVG namespace is a name, not a fetch).
        #expect(!page.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "").contains("http"))
        #expect(ReportRenderer.html(Self.report) == page)
    }

    @Test func aReportWithoutBaselinesOrErrors() {
        var r = Self.report
        r.baselines = [:]
        r.errors = []
        r.sentiment = nil
        let page = HTMLReportRenderer.page(r)
        #expect(Self.svgs("heatmap", in: page).count == 1)
        #expect(!page.contains("baseline: lexicon rules"))
        #expect(!page.contains("id=\"errors\""))
        #expect(!page.contains("id=\"sentiment\""))
    }
}
