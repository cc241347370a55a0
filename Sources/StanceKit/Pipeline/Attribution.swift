/// What the attribution stage found for one mention: its role, the actor it
/// stands for once pronouns are resolved, and the commitment cues that belong to it.
///
///     // "According to Colby, Washington will not commit troops."
///     // Colby:      role .according, cues [will not -> refused via .speaker]
///     // Washington: role .subject,   cues [will not -> refused via .subject]
public struct Attribution: Sendable, Equatable {
    /// How a cue reached the mention.
    public enum Via: UInt8, Sendable, CaseIterable {
        /// The mention is the subject of the cue's clause.
        case subject
        /// The subject is after the cue ("said Trump", "will Europe ...").
        case inverted
        /// A relative clause's antecedent ("leaders, who pledged ...").
        case relative
        /// Shared with a speaker who speaks for the subject (or is the subject).
        case speaker
        /// The mention modifies the noun the cue is about ("limited U.S. support").
        case modifier
        /// The partner of a deal its subject made ("signed a deal with Norway").
        case partner
        /// Shared with an office holder who speaks for an unnamed body ("Finance Minister Zhou said
        /// the government would ...", no government named before).
        case office

        public var name: String {
            switch self {
            case .subject: return "subject"
            case .inverted: return "inverted"
            case .relative: return "relative"
            case .speaker: return "speaker"
            case .modifier: return "modifier"
            case .partner: return "partner"
            case .office: return "office"
            }
        }
    }

    /// One commitment cue that belongs to the mention.
    public struct AttributedCue: Sendable, Equatable {
        /// Index into the sentence's cues.
        public var cue: Int
        /// The stance it signals for this mention, before the decision rules of the guide.
        public var label: StanceLabel
        public var via: Via
        /// A condition marker in the clause ("if", "unless").
        public var conditioned = false
        /// A limiter in the clause ("only", "limited").
        public var limited = false
        /// Reported with a softening verb ("suggested", "hinted") or predicted by others.
        public var softened = false
        /// The sentence is a question.
        public var question = false
        /// A refusal set against a commitment of the same mention by "but" ("supported the goals
        /// but would not commit to a deadline"): a partial refusal, which the guide makes hedged.
        public var contrasted = false

        public init(cue: Int, label: StanceLabel, via: Via, conditioned: Bool = false, limited: Bool = false,
                    softened: Bool = false, question: Bool = false) {
            self.cue = cue
            self.label = label
            self.via = via
            self.conditioned = conditioned
            self.limited = limited
            self.softened = softened
            self.question = question
        }

        /// The same cue given to another mention, by another route ("via speaker", "via partner").
        public func passed(via route: Via) -> AttributedCue {
            var c = self
            c.via = route
            return c
        }
    }

    /// Index of the mention in `ActorTable.mentions`.
    public var mention: Int
    /// The actor, with speaker pronouns resolved (-1 when unresolved).
    public var actor: Int
    public var role: MentionRole
    public var cues: [AttributedCue] = []
    /// Other predicates the mention is the subject of: speech, events, directives,
    /// predictions (indices into the sentence's cues). "did not respond" tells the model
    /// that the actor's verb commits to nothing.
    public var predicates: [Int] = []
    /// The mention urged, asked or pressed someone (its own clause has a directive).
    public var urges = false
    /// The mention predicted what someone else will do.
    public var predicts = false
    /// The mention is the speaker of a quotation or reported clause.
    public var speaks = false
    /// The mention is inside a quotation.
    public var inQuote = false

    public init(mention: Int, actor: Int, role: MentionRole) {
        self.mention = mention
        self.actor = actor
        self.role = role
    }
}
