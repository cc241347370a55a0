/// The label guide's decision order, applied to the cues attributed to one
/// actor in one sentence: the lexicon rules on their own.
///
/// 1. No cue of its own: `none`. 2. A refusal that nothing softens: `refused`
/// (a firm cue beside it does not soften it: "insisted the city would not pay").
/// 3. A softened commitment (modality, condition, limit, softening report,
/// question), a refusal beside a hedge, or a partial refusal (a refusal set against a
/// commitment by "but"): `hedged`. 4. Otherwise `firm`.
///
///     StanceRules.decide([])   // .none
///     // [will not -> refused]                      -> .refused
///     // [will -> firm, conditioned]                -> .hedged
///     // [will not -> refused, could -> hedged]      -> .hedged
///     // [insisted -> firm, would not -> refused]    -> .refused
public enum StanceRules {
    /// The label one attributed cue signals once its context is applied.
    public static func label(of cue: Attribution.AttributedCue) -> StanceLabel {
        switch cue.label {
        case .firm:
            return cue.conditioned || cue.limited || cue.softened || cue.question ? .hedged : .firm
        case .refused:
            // A conditional refusal keeps the door open ("will not ... unless"); a question about
            // a refusal is the writer's hypothesis (label guide: questions are hedged).
            // A refusal set against a commitment by "but" is a partial refusal: hedged.
            return cue.conditioned || cue.softened || cue.question || cue.contrasted ? .hedged : .refused
        case .hedged:
            return .hedged
        case .none:
            return .none
        }
    }

    /// The label a cue signals on its own, after scope (negation, double negation).
    public static func effectiveLabel(_ cue: Cue) -> StanceLabel {
        cue.effective ?? .none
    }

    /// The decision for a set of attributed cues.
    public static func decide(_ cues: [Attribution.AttributedCue]) -> StanceLabel {
        var firm = false, hedged = false, refused = false
        for c in cues {
            switch label(of: c) {
            case .firm: firm = true
            case .hedged: hedged = true
            case .refused: refused = true
            case .none: break
            }
        }
        if refused && hedged { return .hedged }
        if refused { return .refused }
        if hedged { return .hedged }
        if firm { return .firm }
        return .none
    }
}
