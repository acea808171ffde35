import Foundation

/// One deploy considered as the first leaking one.
public struct DeployCandidate: Sendable, Codable, Equatable {
    /// Index into the deploys passed to the detector.
    public var deployIndex: Int
    /// The deploy's CI time, unix seconds.
    public var ts: Int64
    /// Posterior probability that growth starts at this deploy (the candidates sum to 1 when a leak is found).
    public var probability: Double
    /// Median slope per hour of the informative intervals before and after this boundary.
    public var slopeBeforePerHour: Double
    public var slopeAfterPerHour: Double
}

/// How the onset was placed.
public enum OnsetMethod: String, Sendable, Codable {
    /// The reset boundary that best separates flat intervals from growing ones (a likelihood over deploys).
    case deployBisection = "deploy-bisection"
    /// A piecewise-linear changepoint search (PELT, linear-trend cost, BIC penalty) inside the data.
    case pelt
    /// Growth that starts inside an interval between deploys (a flat stretch, then a rise), so at no deploy.
    case insideInterval = "inside-interval"
    /// No onset: no leak found.
    case none
}

/// The three answers the detector can give.
public enum OnsetOutcome: String, Sendable, Codable {
    /// Growth that persists across restarts: a leak, with its onset and candidate deploys.
    case leak
    /// The data says memory does not leak.
    case noLeak = "no-leak"
    /// Too little evidence either way (for example one short interval after the only candidate deploy);
    /// `OnsetResult.summary` says what data would decide it.
    case inconclusive

    /// The process exit status `onset`, `suspects` and `report` end with: 0 a leak, 1 no leak, 3 inconclusive
    /// (2 is left to mean trouble, as with grep; errors use 64-74).
    public var exitStatus: Int32 {
        switch self {
        case .leak: return 0
        case .noLeak: return 1
        case .inconclusive: return 3
        }
    }
}

/// The detector's answer: when growth began, which deploy most likely caused it, how sure, and how
/// long until memory runs out; or "no leak found".
public struct OnsetResult: Sendable, Codable, Equatable {
    public var leak: Bool
    /// True when there is too little evidence to call it either way (`leak` is then false).
    public var inconclusive: Bool = false
    /// Leak, no leak, or inconclusive.
    public var outcome: OnsetOutcome { leak ? .leak : inconclusive ? .inconclusive : .noLeak }
    /// Onset time, unix seconds (the culprit deploy's CI time when growth starts at a deploy).
    public var onset: Int64?
    /// Uncertainty window of the onset: the span of the candidates holding 90 % of the probability.
    public var onsetWindowEarliest: Int64?
    public var onsetWindowLatest: Int64?
    /// The most probable first leaking deploy (index into the deploys passed in).
    public var culpritDeployIndex: Int?
    /// Every deploy that begins an interval, with its probability of being the first leaking one,
    /// most probable first. Empty when no leak is found.
    public var candidates: [DeployCandidate]
    public var slopeBeforePerHour: Double?
    public var slopeAfterPerHour: Double?
    /// Growing and informative interval counts before the onset and from it until the fix (or the end).
    public var intervalsGrowingBefore: Int
    public var intervalsBefore: Int
    public var intervalsGrowingAfter: Int
    public var intervalsAfter: Int
    /// Confidence in [0, 1] that this is a leak starting at this onset.
    public var confidence: Double
    /// Posterior probability that the service leaks at all (nil where the method gives none).
    public var leakProbability: Double? = nil
    /// Seconds until the limit at the current rate (nil without a limit, a leak, or when fixed).
    public var timeToLimitSeconds: Int64?
    /// The limit used (100 for percent; the reserved size for bytes when known).
    public var limit: Double?
    /// Times of out-of-memory restarts found in the data.
    public var oomRestarts: [Int64]
    public var resets: [Reset]
    public var intervals: [IntervalTrend]
    /// A later deploy after which growth stops (the fix), index into the deploys passed in.
    public var fixedByDeployIndex: Int?
    /// Hours of data after the fix's deploy (nil without a fix). Under `PooledEvidence.longestWarmUpHours` the fix is
    /// tentative (`fixIsTentative`).
    public var fixHoursOfDataAfter: Double? = nil
    /// For a "no leak" answer from the pooled evidence: the fastest leak that could have started at a deploy and
    /// still hide in the data (`RuledOutLeak`): the one running since the first deploy and the loosest bound over
    /// every deploy, once each. Empty for every other answer.
    public var ruledOutLeaks: [RuledOutLeak] = []
    public var method: OnsetMethod
    /// The unit of the slopes' numerator (the series' unit); slopes are per hour.
    public var unit: MetricUnit
    /// Which series was analysed, in words (filled in by the caller when it chose among several).
    public var seriesDescription: String?
    /// One sentence for humans.
    public var summary: String

    /// Whether the fix named rests on under an hour of data after its deploy: a leak whose rate follows load stops at
    /// night exactly as a fixed one does, so such a fix may only be a pause (the development set's night-pause traces,
    /// 0.5-0.7 h after their last deploy, all read as fixed; every true fix there had 0.75 h or more after it).
    public var fixIsTentative: Bool {
        guard fixedByDeployIndex != nil, let hours = fixHoursOfDataAfter else { return false }
        return hours < PooledEvidence.longestWarmUpHours
    }

    /// The onset window as a pair.
    public var onsetWindow: (earliest: Int64, latest: Int64)? {
        guard let a = onsetWindowEarliest, let b = onsetWindowLatest else { return nil }
        return (a, b)
    }

    /// An empty "no leak found" answer.
    public static func noLeak(unit: MetricUnit, limit: Double?, resets: [Reset], intervals: [IntervalTrend], summary: String) -> OnsetResult {
        OnsetResult(leak: false, onset: nil, onsetWindowEarliest: nil, onsetWindowLatest: nil, culpritDeployIndex: nil,
                    candidates: [], slopeBeforePerHour: nil, slopeAfterPerHour: nil, intervalsGrowingBefore: 0,
                    intervalsBefore: 0, intervalsGrowingAfter: 0, intervalsAfter: 0, confidence: 0, timeToLimitSeconds: nil,
                    limit: limit, oomRestarts: resets.filter { $0.kind == .oom }.map(\.ts), resets: resets,
                    intervals: intervals, fixedByDeployIndex: nil, method: .none, unit: unit, seriesDescription: nil, summary: summary)
    }
}
