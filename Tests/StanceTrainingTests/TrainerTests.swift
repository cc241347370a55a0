import Foundation
import Testing
import StanceKit
@testable import StanceTraining

/// The trainer on small labeled pairs featurized with the shipped lexicons:
/// byte-identical models from the same data and seed, held-out splits that
/// keep groups whole, and model files that load back.
@Suite("Trainer")
struct TrainerTests {
    static func train(_ examples: [FeaturizedExample] = TrainingTestSupport.examples, seed: UInt64 = 1)
        -> (ModelFile, stance: Trainer.HeadReport, sentiment: Trainer.HeadReport) {
        Trainer(settings: TrainingTestSupport.settings(seed: seed)).train(examples, data: [], date: "2026-01-01")
    }

    @Test func theExamplesAreFeaturized() {
        let examples = TrainingTestSupport.examples
        #expect(examples.count == TrainingTestSupport.pairs.count)
        #expect(zip(examples, TrainingTestSupport.pairs).allSatisfy { $0.pair == $1 }, "featurizing keeps the input order")
        for e in examples {
            #expect(e.keys.count == e.names.count && e.keys.count == e.values.count)
            #expect(e.names.count > 3, "\(e.pair.text): \(e.names)")
        }
    }

    @Test func trainingTwiceGivesByteIdenticalModels() throws {
        let a = try Self.train().0.encoded()
        let b = try Self.train().0.encoded()
        #expect(a == b)
        // Featurizing again (on threads) changes nothing either.
        let again = TrainingTestSupport.featurize(TrainingTestSupport.pairs)
        #expect(try Self.train(again).0.encoded() == a)
    }

    @Test func theSeedIsRecordedAndChangesTheHeldOutGroups() throws {
        let (file, _, _) = Self.train(seed: 7)
        #expect(file.provenance.seed == 7)
        let groups = (0..<200).map { "group-\($0)" }
        let one = Trainer(settings: TrainingTestSupport.settings(seed: 1))
        let two = Trainer(settings: TrainingTestSupport.settings(seed: 2))
        #expect(groups.filter(one.isHeldOut) != groups.filter(two.isHeldOut), "a different seed holds out other groups")
        #expect(try Self.train(seed: 7).0.encoded() == (try file.encoded()), "the same seed again gives the same bytes")
    }

    @Test func theHeldOutSplitNeverDividesAGroup() {
        let trainer = Trainer(settings: TrainingTestSupport.settings(seed: 3))
        var status: [String: Bool] = [:]
        for e in TrainingTestSupport.examples {
            let held = trainer.isHeldOut(e.pair.group)
            if let s = status[e.pair.group] { #expect(s == held, "group \(e.pair.group) divided") }
            status[e.pair.group] = held
        }
        // The held-out share is about one group in `devModulus`.
        let groups = (0..<2000).map { "story \($0)" }
        let share = Double(groups.filter(trainer.isHeldOut).count) / Double(groups.count)
        let expected = 1 / Double(trainer.settings.devModulus)
        #expect(abs(share - expected) < expected / 2, "held-out share \(share)")
    }

    @Test func theModelFileLoadsAndFitsItsTrainingData() throws {
        let (file, stance, sentiment) = Self.train()
        let model = try LinearModel(file: file)
        let decoded = try LinearModel(file: JSONDecoder().decode(ModelFile.self, from: file.encoded()))
        #expect(decoded.file == model.file)
        var correct = 0
        for e in TrainingTestSupport.examples {
            var f = FeatureVector()
            f.keys = e.keys
            f.values = e.values
            let p = model.stance.probabilities(f)
            #expect(p == decoded.stance.probabilities(f))
            if p.indices.max(by: { p[$0] < p[$1] }) == e.pair.stance!.index { correct += 1 }
        }
        #expect(Double(correct) / Double(TrainingTestSupport.examples.count) >= 0.8, "\(correct) correct")
        #expect(stance.examples == TrainingTestSupport.pairs.count)
        #expect(sentiment.examples == TrainingTestSupport.pairs.filter { $0.sentiment != nil }.count)
        #expect(file.provenance.examples == ["stance": stance.examples, "sentiment": sentiment.examples])
        #expect(file.provenance.date == "2026-01-01")
        #expect(file.featureSet.name == FeatureExtractor.featureSetName && file.featureSet.version == FeatureExtractor.featureSetVersion)
        #expect(file.stance.weights.count == stance.features)
    }

    @Test func weightsObeyTheSettings() {
        let settings = TrainingTestSupport.settings()
        let (file, _, _) = Self.train()
        // Every feature with a weight occurs in at least minFeatureCount examples.
        var counts: [String: Int] = [:]
        for e in TrainingTestSupport.examples { for n in Set(e.names) { counts[n, default: 0] += 1 } }
        for name in file.stance.weights.keys {
            #expect(counts[name, default: 0] >= settings.minFeatureCount, "\(name)")
        }
        #expect(file.stance.weights["bias"] == nil, "the bias is not a feature weight")
        for (name, row) in file.stance.weights {
            #expect(row.contains { abs($0) >= settings.pruneBelow }, "\(name) should have been pruned")
            #expect(row.count == 4)
        }
    }

    /// The stance head trains to convergence by default (no held-out score, and the settings'
    /// iteration bound is not what stopped it), the sentiment head stops early on held-out groups;
    /// either can do the other when asked, and the provenance says which.
    @Test func theStanceHeadConvergesAndTheSentimentHeadStopsEarly() throws {
        let (file, stance, sentiment) = Self.train()
        let bound = TrainingTestSupport.settings(seed: 1).maxIterations
        #expect(stance.devMacroF1 == nil && sentiment.devMacroF1 != nil)
        #expect(stance.iterations > 0 && stance.iterations < bound)
        #expect(file.provenance.method.contains("stance head to convergence; sentiment head early stopping"))
        var settings = TrainingTestSupport.settings(seed: 1)
        settings.stanceEarlyStopping = true
        settings.sentimentEarlyStopping = false
        let (swapped, early, converged) = Trainer(settings: settings).train(TrainingTestSupport.examples, data: [],
                                                                            date: "2026-01-01")
        #expect(early.devMacroF1 != nil && converged.devMacroF1 == nil)
        #expect(converged.iterations > 0 && converged.iterations < bound)
        #expect(swapped.provenance.method.contains("stance head early stopping on held-out groups, then refit on all data; sentiment head to convergence"))
    }

    @Test func aHeadWithoutLabelsIsEmpty() throws {
        let pairs = TrainingTestSupport.pairs.prefix(8).map { p -> LabeledPair in
            var q = p
            q.sentiment = nil
            return q
        }
        let (file, _, sentiment) = Self.train(TrainingTestSupport.featurize(Array(pairs)))
        #expect(sentiment.examples == 0 && sentiment.devMacroF1 == nil)
        #expect(file.sentiment.weights.isEmpty)
        #expect(file.sentiment.bias == [0, 0, 0])
        _ = try LinearModel(file: file)
    }

    /// NBSVM scales: a column seen only with one label outweighs one seen equally with every label,
    /// unmarked columns keep 1, and the scaled sentiment head still loads and classifies.
    @Test func naiveBayesScalesFavourColumnsThatSeparateTheLabels() throws {
        typealias Row = LogisticRegression.SparseRow
        var rows: [Row] = []
        for label in 0..<3 {
            for _ in 0..<10 {
                // Column 0 everywhere, column 1 only with label 0, column 2 unmarked.
                rows.append(Row(columns: label == 0 ? [0, 1, 2] : [0, 2], values: label == 0 ? [1, 1, 1] : [1, 1],
                                label: label, weight: 1))
            }
        }
        let trainer = Trainer(settings: TrainingTestSupport.settings())
        let scales = trainer.naiveBayesScales(rows, weights: rows.map { _ in 1 }, scaled: [true, true, false], labels: 3)
        #expect(scales[1] > scales[0] + 0.5, "\(scales)")
        #expect(scales[2] == 1)
        let scaled = Trainer.scale(rows, by: scales)
        #expect(scaled[0].values == [scales[0], scales[1], 1])

        var settings = TrainingTestSupport.settings()
        settings.sentimentNBTemplates = ["sS", "sL", "sR", "sN"]
        let (file, _, _) = Trainer(settings: settings).train(TrainingTestSupport.examples, data: [], date: "2026-01-01")
        #expect(file.sentiment.weights.keys.contains { $0.hasPrefix("sS:") })
        let (plain, _, _) = Self.train()
        #expect(file.stance == plain.stance, "the stance head is not scaled")
        _ = try LinearModel(file: file)

        // Rows of weight 0 count for nothing: column 1 then separates no label better than column 0.
        let unweighted = trainer.naiveBayesScales(rows, weights: rows.map { $0.label == 0 ? 0 : 1 },
                                                  scaled: [true, true, false], labels: 3)
        #expect(unweighted[1] <= unweighted[0] + 1e-6, "\(unweighted)")
    }

    /// The project's own pairs weigh `sentimentOwnWeight` in the sentiment head when a corpus's
    /// pairs are there too, and fully when they are alone; the stance head never changes.
    @Test func ownPairsWeighLessBesideACorpusInTheSentimentHead() {
        var mixed = TrainingTestSupport.examples
        for i in mixed.indices where i % 2 == 0 { mixed[i].pair.fromCorpus = true }
        func train(_ examples: [FeaturizedExample], own: Double) -> ModelFile {
            var settings = TrainingTestSupport.settings()
            settings.sentimentOwnWeight = own
            return Trainer(settings: settings).train(examples, data: [], date: "2026-01-01").0
        }
        let full = train(mixed, own: 1)
        let light = train(mixed, own: 0.3)
        #expect(full.sentiment != light.sentiment, "the own pairs' weight changes the sentiment head")
        #expect(full.stance == light.stance, "and only the sentiment head")
        #expect(light.provenance.settings["sentiment_own_weight"] == 0.3)
        // Without corpus pairs the weight does not apply.
        let alone = TrainingTestSupport.examples
        #expect(train(alone, own: 1).sentiment == train(alone, own: 0.3).sentiment)
    }

    @Test func roundingKeepsFiveSignificantDigits() {
        #expect(abs(Trainer.round(0.123456789) - 0.12346) < 1e-7)
        #expect(abs(Trainer.round(-98765.4321) - -98765) < 1e-2)
        #expect(abs(Trainer.round(2.718281828) - 2.7183) < 1e-6)
        #expect(Trainer.round(0) == 0)
        #expect(Trainer.round(.nan) == 0 && Trainer.round(.infinity) == 0)
    }

    /// Trainer.round multiplies by an inexact Float power of ten (1e-5), so the result is
    /// often a neighbour of the 5-digit decimal: 0.611099 rounds to 0.61109996, and the
    /// model file gets those digits ({"w":[0.61109996]}), about 3 weights in 10.
    @Test
    func roundedWeightsPrintWithFiveDigits() {
        #expect(Trainer.round(0.123456789) == Float(0.12346))
        #expect(Trainer.round(0.611099) == Float(0.6111))
        #expect(Trainer.round(0.611099).description == "0.6111")
    }
}
