import Foundation
import Testing
import StanceKit
@testable import StanceTraining

/// `ReportRenderer`'s markdown, text and JSON: every figure the interface asks
/// for (per-label precision, recall, F1 and support; accuracy, macro-F1, kappa;
/// the baselines; the confusion matrix with gold rows and predicted columns; the
/// most confident errors with their cues), checked against values worked out by
/// hand from a small confusion matrix, plus markdown escaping and the optional
/// parts (folds, sentiment, errors). The HTML page is `HTMLReportRendererTests`'.
@Suite("ReportRenderer")
struct ReportRendererTests {
    static let stanceLabels = ["firm", "hedged", "refused", "none"]

    /// Metrics from (gold, predicted, count) triples.
    static func scores(_ labels: [String], _ cells: [(Int, Int, Int)]) -> EvaluationReport.TaskScores {
        var m = ClassificationMetrics(labels: labels)
        for (g, p, n) in cells { for _ in 0..<n { m.add(gold: g, predicted: p) } }
        return EvaluationReport.TaskScores(m)
    }

    /// 25 pairs. firm: P 8/10, R 8/10; hedged: P 4/6, R 4/5; refused: P 5/5, R 5/6; none: P 3/4, R 3/4.
    /// Accuracy 20/25 = 0.800, macro-F1 0.797, kappa 0.722.
    static let model = scores(stanceLabels, [(0, 0, 8), (0, 1, 2), (1, 0, 1), (1, 1, 4), (2, 2, 5), (2, 3, 1), (3, 3, 3), (3, 0, 1)])
    /// Always none: accuracy 0.160, macro-F1 0.069 (none's F1 0.276 over four labels), kappa 0.
    static let majority = scores(stanceLabels, [(0, 3, 10), (1, 3, 5), (2, 3, 6), (3, 3, 4)])
    /// Hedges become none: accuracy 0.800, macro-F1 0.654, kappa 0.724.
    static let rules = scores(stanceLabels, [(0, 0, 10), (1, 3, 5), (2, 2, 6), (3, 3, 4)])
    static let sentiment = scores(["negative", "neutral", "positive"], [(0, 0, 3), (0, 1, 1), (1, 1, 4), (2, 2, 2)])

    static let errors = [
        EvaluationReport.ErrorItem(id: "e1", source: "team-test.jsonl:12", task: "stance",
                                   text: "Germany will not send troops, but jets could be an option.", actor: "Germany",
                                   gold: "hedged", predicted: "refused", probability: 0.97, cues: ["will not", "could"]),
        EvaluationReport.ErrorItem(id: "e2", source: "team-test.jsonl:40", task: "sentiment",
                                   text: "The A|B *alliance* welcomed the plan.", actor: "A|B*",
                                   gold: "positive", predicted: "neutral", probability: 0.6, cues: []),
    ]

    static func report(folds: Int? = nil, sentiment: EvaluationReport.TaskScores? = sentiment,
                       errors: [EvaluationReport.ErrorItem] = errors) -> EvaluationReport {
        EvaluationReport(examples: 25, stance: model, sentiment: sentiment,
                         baselines: ["stance": .init(majority: majority, rules: rules)],
                         errors: errors, folds: folds, model: "Models/stance.json", data: ["a.jsonl", "b.jsonl"])
    }

    static func lines(_ s: String) -> [String] { s.components(separatedBy: "\n") }

    @Test func markdownHoldsEveryStanceFigure() {
        let md = ReportRenderer.markdown(Self.report())
        let lines = Set(Self.lines(md))
        for expected in [
            "# stance evaluation",
            "- examples: 25",
            "- model: Models/stance.json",
            "- data: `a.jsonl`, `b.jsonl`",
            "## Stance (25 pairs)",
            "| | macro-F1 | accuracy | kappa |",
            "| **model** | **0.797** | 0.800 | 0.722 |",
            "| baseline: majority label | 0.069 | 0.160 | 0.000 |",
            "| baseline: lexicon rules | 0.654 | 0.800 | 0.724 |",
            "| label | precision | recall | F1 | support |",
            "| firm | 0.800 | 0.800 | 0.800 | 10 |",
            "| hedged | 0.667 | 0.800 | 0.727 | 5 |",
            "| refused | 1.000 | 0.833 | 0.909 | 6 |",
            "| none | 0.750 | 0.750 | 0.750 | 4 |",
            "Confusion (rows: gold, columns: predicted)",
            "| gold \\ predicted | firm | hedged | refused | none |",
            "| firm | 8 | 2 | 0 | 0 |",
            "| hedged | 1 | 4 | 0 | 0 |",
            "| refused | 0 | 0 | 5 | 1 |",
            "| none | 1 | 0 | 0 | 3 |",
        ] {
            #expect(lines.contains(expected), "missing line: \(expected)\n\(md)")
        }
        #expect(!md.contains("- folds:"), "no folds line without cross-validation")
    }

    @Test func markdownTablesAreWellFormed() {
        let md = ReportRenderer.markdown(Self.report())
        // Each table: a header, a separator with as many columns, and rows with as many cells.
        var widths: [Int] = []
        for line in Self.lines(md) where line.hasPrefix("|") {
            let cells = line.replacingOccurrences(of: "\\|", with: "").split(separator: "|", omittingEmptySubsequences: false).count
            if line.hasPrefix("|---") { #expect(cells == widths.last, "separator of the table above: \(line)") }
            widths.append(cells)
        }
        #expect(widths.contains(6) && widths.contains(7), "4 and 5 columns (split gives two empty ends): \(widths)")
    }

    @Test func markdownSentimentSection() {
        let md = ReportRenderer.markdown(Self.report())
        #expect(md.contains("\n## Sentiment (10 pairs)\n"))
        #expect(md.contains("| negative | 1.000 | 0.750 | 0.857 | 4 |"), "\(md)")
        #expect(md.contains("| gold \\ predicted | negative | neutral | positive |"))
        #expect(md.contains("| negative | 3 | 1 | 0 |"))
        // No sentiment labels: no section.
        #expect(!ReportRenderer.markdown(Self.report(sentiment: nil)).contains("## Sentiment"))
        #expect(md.range(of: "## Stance")!.lowerBound < md.range(of: "## Sentiment")!.lowerBound)
    }

    @Test func markdownErrorsWithCuesAndEscaping() {
        let md = ReportRenderer.markdown(Self.report())
        #expect(md.contains("\n## Most confident errors\n"))
        #expect(md.contains("- [stance] **Germany**: gold `hedged`, predicted `refused` (0.970); cues: `will not`, `could`  \n"
                            + "  Germany will not send troops, but jets could be an option. (`team-test.jsonl:12`)\n"), "\(md)")
        // Pipes and asterisks from the data cannot break the table or the emphasis.
        #expect(md.contains("- [sentiment] **A\\|B\\***: gold `positive`, predicted `neutral` (0.600)  \n"
                            + "  The A\\|B \\*alliance\\* welcomed the plan. (`team-test.jsonl:40`)\n"), "\(md)")
        #expect(!ReportRenderer.markdown(Self.report(errors: [])).contains("Most confident errors"))
    }

    @Test func markdownNamesTheFolds() {
        #expect(Self.lines(ReportRenderer.markdown(Self.report(folds: 5))).contains("- folds: 5 (groups never split)"))
    }

    @Test func textHoldsTheSameFigures() {
        let text = ReportRenderer.text(Self.report())
        #expect(text.hasPrefix("stance evaluate: 25 examples; model: Models/stance.json\ndata: a.jsonl, b.jsonl\n"))
        #expect(text.contains("STANCE (25 pairs)") && text.contains("SENTIMENT (10 pairs)"))
        func row(_ prefix: String) -> [String]? {
            Self.lines(text).first { $0.trimmingCharacters(in: .whitespaces).hasPrefix(prefix) }?
                .split(separator: " ").map(String.init)
        }
        #expect(row("model")?.suffix(3) == ["0.797", "0.800", "0.722"])
        #expect(row("baseline: lexicon rules")?.suffix(3) == ["0.654", "0.800", "0.724"])
        #expect(row("refused")?.suffix(4) == ["1.000", "0.833", "0.909", "6"])
        #expect(row("hedged")?.suffix(4) == ["0.667", "0.800", "0.727", "5"])
        #expect(text.contains("confusion (rows: gold, columns: predicted)"))
        #expect(text.contains("MOST CONFIDENT ERRORS\n- [stance] Germany: gold hedged, predicted refused (0.970) cues: will not; could\n"))
    }

    @Test func jsonHasTheInterfaceFields() throws {
        let json = ReportRenderer.json(Self.report(sentiment: nil))
        #expect(json.hasSuffix("}\n"))
        let o = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(o["examples"] as? Int == 25)
        #expect(o["sentiment"] == nil, "a task without gold labels is absent")
        let stance = try #require(o["stance"] as? [String: Any])
        #expect(stance["accuracy"] as? Double == 0.8)
        #expect(stance["macro_f1"] as? Double == 0.7966)
        let labels = try #require(stance["labels"] as? [String: [String: Any]])
        #expect(Set(labels.keys) == Set(Self.stanceLabels))
        #expect(labels["hedged"]?["precision"] as? Double == 0.6667)
        #expect(labels["hedged"]?["recall"] as? Double == 0.8)
        #expect(labels["hedged"]?["f1"] as? Double == 0.7273)
        #expect(labels["hedged"]?["support"] as? Int == 5)
        let confusion = try #require(stance["confusion"] as? [String: [String: Int]])
        #expect(confusion["firm"] == ["firm": 8, "hedged": 2, "refused": 0, "none": 0])
        #expect(confusion["none"]?["firm"] == 1, "rows are gold, columns predicted")
        #expect(json == ReportRenderer.json(Self.report(sentiment: nil)), "the same report, the same text")
    }
}
