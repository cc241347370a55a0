/// Accumulates classified, dated documents into per-actor, per-period aggregates and
/// finds the shifts, for `stance track`. It keeps counts, score sums and a few
/// evidence sentences per (actor, object, period, stance), never the documents, so a
/// year of news fits in memory.
///
///     var tracker = StanceTracker(by: .month)
///     try tracker.add(analyzer.analyze(text, name: "a-1"), date: "2026-03-09", source: "Wire")
///     let report = tracker.report()
///     report.actors.first?.shifts   // [Shift(object: "troops", from: .refused, to: .hedged, ...)]
public struct StanceTracker: Sendable {
    public let by: TrackPeriod
    /// Evidence sentences kept per (actor, object, period, stance), the first ones in input order.
    public static let samplesPerStance = 2
    /// Periods need at least this many evidence items on an object to take part in shift detection.
    public var minimumEvidence: Int

    struct ObjectPeriod {
        var counts = ActorResult.Counts()
        var samples: [StanceLabel: [TrackReport.Item]] = [:]
    }

    struct ActorPeriod {
        var documents = 0
        var counts = ActorResult.Counts()
        var scoreSums = [0.0, 0.0, 0.0]
        var scoredDocuments = 0
        var objects: [String: ObjectPeriod] = [:]
    }

    struct ActorState {
        var name: String
        var type: ActorType
        var order: Int
        var documents = 0
        var periods: [String: ActorPeriod] = [:]
    }

    private var actors: [String: ActorState] = [:]
    private var periodDocuments: [String: Int] = [:]
    public private(set) var documents = 0

    public init(by: TrackPeriod, minimumEvidence: Int = 1) {
        self.by = by
        self.minimumEvidence = max(1, minimumEvidence)
    }

    /// Adds one classified document dated `date` (`YYYY-MM-DD`).
    /// - Throws: `TrackPeriod.DateError` for a date that is not a calendar date.
    public mutating func add(_ analysis: DocumentAnalysis, date: String, source: String? = nil) throws {
        let period = try by.key(for: date)
        documents += 1
        periodDocuments[period, default: 0] += 1
        let document = analysis.document ?? "document \(documents)"
        for a in analysis.actors {
            // A group with no affiliation ("officials") is a different group in every document.
            if a.type == .group && a.affiliation == nil { continue }
            let key = a.type.rawValue + "\u{1F}" + a.actor
            var state = actors[key] ?? ActorState(name: a.actor, type: a.type, order: actors.count)
            state.documents += 1
            var p = state.periods[period] ?? ActorPeriod()
            p.documents += 1
            p.counts.firm += a.counts.firm
            p.counts.hedged += a.counts.hedged
            p.counts.refused += a.counts.refused
            if a.stance != .none {
                p.scoreSums[0] += a.scores.firm
                p.scoreSums[1] += a.scores.hedged
                p.scoreSums[2] += a.scores.refused
                p.scoredDocuments += 1
            }
            for o in a.objects {
                var op = p.objects[o.object] ?? ObjectPeriod()
                op.counts.firm += o.counts.firm
                op.counts.hedged += o.counts.hedged
                op.counts.refused += o.counts.refused
                for e in a.evidence where o.sentences.contains(e.sentence) && e.object.map(o.phrases.contains) == true {
                    if op.samples[e.stance, default: []].count < StanceTracker.samplesPerStance {
                        op.samples[e.stance, default: []].append(TrackReport.Item(
                            document: document, date: date, source: source, sentence: e.sentence, text: e.text,
                            stance: e.stance, cues: e.cues, object: e.object))
                    }
                }
                p.objects[o.object] = op
            }
            state.periods[period] = p
            actors[key] = state
        }
    }

    /// The report so far: actors with evidence, most evidence first.
    public func report() -> TrackReport {
        let periods = periodDocuments.keys.sorted()
        var tracks: [(Int, Int, TrackReport.ActorTrack)] = []
        for state in actors.values {
            var rows: [TrackReport.Period] = []
            var total = ActorResult.Counts()
            var objectTotals: [String: ActorResult.Counts] = [:]
            for key in state.periods.keys.sorted() {
                let p = state.periods[key]!
                total.add(.firm, p.counts.firm)
                total.add(.hedged, p.counts.hedged)
                total.add(.refused, p.counts.refused)
                let n = Double(max(1, p.scoredDocuments))
                let scores = ActorResult.Scores(firm: round4(p.scoreSums[0] / n), hedged: round4(p.scoreSums[1] / n),
                                                refused: round4(p.scoreSums[2] / n))
                var objects: [TrackReport.ObjectCount] = []
                for (name, op) in p.objects {
                    objects.append(.init(object: name, counts: op.counts, stance: ObjectSummary.dominant(op.counts)))
                    var t = objectTotals[name] ?? ActorResult.Counts()
                    t.add(.firm, op.counts.firm)
                    t.add(.hedged, op.counts.hedged)
                    t.add(.refused, op.counts.refused)
                    objectTotals[name] = t
                }
                objects.sort { (StanceTracker.total($0.counts), $1.object) > (StanceTracker.total($1.counts), $0.object) }
                rows.append(.init(period: key, documents: p.documents, counts: p.counts, scores: scores,
                                  stance: ObjectSummary.dominant(p.counts), objects: objects))
            }
            let evidence = StanceTracker.total(total)
            if evidence == 0 { continue }
            var objects = objectTotals.map { TrackReport.ObjectCount(object: $0.key, counts: $0.value, stance: ObjectSummary.dominant($0.value)) }
            objects.sort { (StanceTracker.total($0.counts), $1.object) > (StanceTracker.total($1.counts), $0.object) }
            let track = TrackReport.ActorTrack(actor: state.name, type: state.type, documents: state.documents,
                                               periods: rows, objects: objects, shifts: shifts(of: state, objects: objects))
            tracks.append((evidence, state.order, track))
        }
        tracks.sort { ($0.0, -$0.1) > ($1.0, -$1.1) }
        return TrackReport(by: by, documents: documents, periods: periods, actors: tracks.map(\.2))
    }

    /// The shifts of one actor: per object, where the dominant stance of a period differs from
    /// that of the last earlier period with evidence on the object.
    private func shifts(of state: ActorState, objects: [TrackReport.ObjectCount]) -> [TrackReport.Shift] {
        var result: [TrackReport.Shift] = []
        for object in objects.map(\.object) {
            var previous: (period: String, stance: StanceLabel, samples: [TrackReport.Item])? = nil
            for key in state.periods.keys.sorted() {
                guard let op = state.periods[key]!.objects[object],
                      StanceTracker.total(op.counts) >= minimumEvidence else { continue }
                let stance = ObjectSummary.dominant(op.counts)
                let samples = op.samples[stance] ?? []
                if let prev = previous, prev.stance != stance {
                    result.append(.init(object: object, from: prev.stance, to: stance, fromPeriod: prev.period,
                                        toPeriod: key, before: prev.samples, after: samples))
                }
                previous = (key, stance, samples)
            }
        }
        result.sort { ($0.toPeriod, $0.object) < ($1.toPeriod, $1.object) }
        return result
    }

    static func total(_ c: ActorResult.Counts) -> Int { c.firm + c.hedged + c.refused }

    private func round4(_ x: Double) -> Double { (x * 10000).rounded() / 10000 }
}
