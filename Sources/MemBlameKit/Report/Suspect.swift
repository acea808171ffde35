/// One deploy ranked as a possible cause of the onset, with the parts of its score and the reasons in words.
public struct Suspect: Sendable, Codable {
    /// 1 = most likely.
    public var rank: Int
    public var deploy: Deploy
    /// Signed seconds from the onset to the deploy (negative: the deploy came before the onset).
    public var secondsFromOnset: Int64
    /// The score in [0, 1] and its named parts.
    public var score: Double
    public var components: ScoreComponents
    /// Median slope of the reset intervals before and after this deploy, in units per hour.
    public var slopeBeforePerHour: Double?
    public var slopeAfterPerHour: Double?
    /// Interval counts behind the bisection consistency.
    public var flatIntervalsBefore: Int
    public var intervalsBefore: Int
    public var growingIntervalsAfter: Int
    public var intervalsAfter: Int
    /// True when this deploy returns to a version that was live earlier.
    public var isRollback: Bool
    /// The PRs this deploy shipped (from an imported git log), oldest first.
    public var shippedCommits: [Commit]
    /// Short sentences explaining the score.
    public var reasons: [String]
}

/// The named parts of a suspect's score, each in [0, 1].
public struct ScoreComponents: Sendable, Codable, Equatable {
    /// Intervals before the deploy flat and intervals after it growing.
    public var bisectionConsistency: Double
    /// How much faster memory grows after the deploy than before, relative to the largest jump seen.
    public var slopeJump: Double
    /// Closeness in time to the onset.
    public var timeProximity: Double
    /// The detector's probability that growth starts at this deploy.
    public var detectorProbability: Double
    /// With heap snapshots and a repository (`report --heap --repo`): how well the best change this deploy shipped
    /// explains the heap evidence, relative to the best among the suspects (nil without snapshots). Printed beside the
    /// score; it does not change the score or the order.
    public var heapEvidence: Double? = nil
}

/// What the ranker concluded: the suspects, whether the onset falls on a deploy, and the SHAs to snapshot.
public struct SuspectReport: Sendable, Codable {
    public var suspects: [Suspect]
    /// True when the onset coincides with a deploy (within the tolerance); otherwise `message` says so.
    public var onsetMatchesDeploy: Bool
    /// A sentence for the user (which deploy, or that no deploy matches the onset).
    public var message: String
    /// The last deploy before the leak and the first leaking one: take heap snapshots of both builds.
    public var lastHealthy: Deploy?
    public var firstLeaking: Deploy?
}

/// One reset interval as the ranker needs it: where it lies and whether memory grows in it.
public struct IntervalEvidence: Sendable, Codable, Equatable {
    public var start: Int64
    public var end: Int64
    public var slopePerHour: Double
    public var growing: Bool

    public init(start: Int64, end: Int64, slopePerHour: Double, growing: Bool) {
        self.start = start
        self.end = end
        self.slopePerHour = slopePerHour
        self.growing = growing
    }
}
