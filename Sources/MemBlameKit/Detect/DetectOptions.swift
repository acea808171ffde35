import Foundation

/// Tuning of the onset detector. `sensitivity` scales every threshold at once: 1 is the default,
/// above 1 finds weaker growth (and risks more false alarms), below 1 asks for stronger evidence.
public struct DetectOptions: Sendable, Equatable, Codable {
    /// Threshold multiplier: z threshold `3 / s`, minimum slope `/ s`, PELT penalty `/ s`.
    public var sensitivity: Double = 1
    /// Seconds a drop in the data may come before a deploy's CI time.
    public var skewBeforeSeconds: Int64 = 10 * 60
    /// Seconds a drop may come after a deploy's CI time (rolling deploys start late and take minutes).
    public var skewAfterSeconds: Int64 = 30 * 60
    /// Seconds skipped after a reset before warm-up detection (the rolling deploy itself).
    public var settleSeconds: Int64 = 10 * 60
    /// Shortest stretch of data (after warm-up) whose trend counts: shorter intervals are "not informative"
    /// and a lone spike can never be a change.
    public var minimumIntervalSeconds: Int64 = 45 * 60
    /// Prior probability that a leak ends at a later deploy (the fixed-later hypothesis).
    public var fixPrior: Double = 0.2
    /// Prior probability that the service leaks at all (before the data is seen).
    public var leakPrior: Double = 0.5
    /// Multiplies every interval's evidence (log-ratio): below 1 because neighbouring intervals share traffic and
    /// noise and are less independent than the model assumes; measured on the development traces (docs/detect.md).
    public var evidenceTemperature: Double = 1
    /// A leak is reported when its posterior probability is at least this; "no leak" below `noLeakBelow`;
    /// in between the answer is inconclusive. Development set (batches 1-7, 634 runs): of the runs with P(leak)
    /// between 0.7 and 0.95 none was healthy, and 0.7 named 19 more culprits first than 0.95 with no added false
    /// alarm; 0.6 added one.
    public var leakAbove: Double = 0.7
    /// "No leak" below P(leak) = 0.3, a Bayes factor of 3/7 at the prior 0.5: the inconclusive band is symmetric in
    /// the evidence, as much against a leak for "no leak" as `leakAbove`'s factor of 7/3 for one (0.5, a factor of 1,
    /// until 2026-12-07). On the development set (1,624 runs) the "no leak" answers at factors from 3/7 to 1 leaked in
    /// 20 % of runs (44 of 224), near the inconclusive answers' 25-30 %; those below in 4 %
    /// (docs/detect.md, "leak / no-leak thresholds").
    public var noLeakBelow: Double = 0.3

    public init(sensitivity: Double = 1) { self.sensitivity = sensitivity }

    /// The z score an interval's slope needs to count as growing.
    public var zThreshold: Double { 3 / sensitivity }

    /// Parses `low`, `normal`, `high` or a number from 0.01 to 100 (`OptionValues.sensitivity`, which says why not).
    public static func sensitivity(_ text: String) -> Double? {
        try? OptionValues.sensitivity(text)
    }
}
