import StanceKit

/// The classify pipeline with a stopwatch between its stages: the same public
/// calls, in the same order, as `StanceAnalyzer.process` and `analyze`, each
/// stage's time added to its own counter.
///
/// Stages: tokenizer (with the UTF-8 copy of `Document.init`), sentence
/// segmenter, actor detector, cue tagging + scope, sentiment valences,
/// attribution, features + model scoring (pairs, features, both heads, rule
/// decision), aggregation (with the scalar offsets it needs for output). The
/// bench checks that this copy gives the same result as `analyze` before it
/// times anything (`matches`), so a pipeline change that it misses shows.
///
///     var stages = BenchStagePipeline(analyzer: analyzer)
///     let result = stages.run(text, name: "a.txt")   // == analyzer.analyze(text, name: "a.txt")
///     stages.nanoseconds                               // one total per stage
struct BenchStagePipeline {
    static let names = ["tokenizer", "segmenter", "actor detector", "cue tagging + scope", "sentiment valences",
                        "attribution", "features + model scoring", "aggregation"]

    let analyzer: StanceAnalyzer
    /// Nanoseconds per stage, in `names` order, summed over every `run`.
    var nanoseconds = [UInt64](repeating: 0, count: BenchStagePipeline.names.count)
    /// Sentences seen, summed over every `run`.
    var sentences = 0
    /// A processed value to fill in: its initializer is internal to StanceKit.
    private let template: StanceAnalyzer.Processed

    init(analyzer: StanceAnalyzer) {
        self.analyzer = analyzer
        self.template = analyzer.process("").0
    }

    /// Zeroes the counters.
    mutating func reset() {
        nanoseconds = [UInt64](repeating: 0, count: nanoseconds.count)
        sentences = 0
    }

    /// Runs the whole pipeline on one document, timing each stage.
    mutating func run(_ text: String, name: String?, date: String? = nil) -> DocumentAnalysis {
        let lexicons = analyzer.lexicons
        var t0 = BenchClock.now()
        func lap(_ stage: Int) {
            let t1 = BenchClock.now()
            nanoseconds[stage] &+= t1 &- t0
            t0 = t1
        }
        var document = Document(text)
        document.tokens = lexicons.tokenizer.tokenize(document.bytes)
        lap(0)
        document.sentences = lexicons.segmenter.segment(document.tokens, bytes: document.bytes)
        lap(1)
        let (table, _) = ActorDetector(lexicons: lexicons).detect(in: document, given: nil)
        lap(2)
        let tagger = CueTagger(lexicons: lexicons)
        let scope = ScopeResolver(pronouns: lexicons.subjectPronouns, wrongdoings: lexicons.wrongdoings,
                                  functionWords: lexicons.functionWords)
        var cues: [Attributor.SentenceCues] = []
        cues.reserveCapacity(document.sentences.count)
        document.tokens.withUnsafeBufferPointer { tokens in
            for sentence in document.sentences {
                var c = tagger.tag(sentence, tokens: tokens)
                let clauses = scope.resolve(&c, sentence: sentence, tokens: tokens, bytes: document.bytes)
                cues.append(Attributor.SentenceCues(cues: c, clauseOf: clauses))
            }
        }
        lap(3)
        let sentiment = SentimentScorer(lexicons: lexicons)
        var valences: [[Float]] = []
        var contentWords: [[Int32]] = []
        valences.reserveCapacity(document.sentences.count)
        document.tokens.withUnsafeBufferPointer { tokens in
            for sentence in document.sentences {
                valences.append(sentiment.valences(of: sentence, tokens: tokens))
                contentWords.append(FeatureExtractor.contentWords(of: sentence, tokens: tokens, lexicons: lexicons))
            }
        }
        lap(4)
        let attributions = Attributor(lexicons: lexicons).attribute(document, table: table, sentences: cues)
        lap(5)
        var processed = template
        processed.context = FeatureExtractor.Context(document: document, table: table, cues: cues,
                                                     attributions: attributions, valences: valences,
                                                     contentWords: contentWords)
        let scored = analyzer.pairs(of: processed).map { analyzer.score($0, in: processed) }
        lap(6)
        processed.offsets = ScalarOffsets(document.bytes)
        let result = DocumentAggregator(lexicons: lexicons).aggregate(processed, scored: scored, name: name, date: date)
        lap(7)
        sentences += document.sentences.count
        return result
    }
}
