import Foundation

/// How fast memory rises in the earlier and in the later half of each restart's data, pooled over a set of
/// intervals: tells a warm-up that levels off inside the intervals (a bounded cache filled a few minutes after each
/// restart: the later half rises a small share of the earlier) from a rise that keeps its pace (a bounded cache
/// filling for longer than the intervals last, or a leak).
struct WarmUpLevelling {
    /// The pooled slope of the earlier halves, per hour.
    var early: Double
    /// The pooled slope of the later halves, per hour.
    var late: Double
    /// The later halves' pooled standard error, per hour.
    var lateStandardError: Double

    /// Values a half needs for its slope.
    static let minimumValuesPerHalf = 4

    /// Pools `segments` (each split at its middle age): every half's least-squares slope weighted by its precision.
    /// Nil when no segment has enough values in both halves.
    init?(_ segments: [SharedWarmUp.Segment]) {
        var early = (sum: 0.0, weight: 0.0), late = (sum: 0.0, weight: 0.0)
        for s in segments where s.ages.count >= 2 * Self.minimumValuesPerHalf {
            let middle = (s.ages.first! + s.ages.last!) / 2
            let cut = s.ages.firstIndex { $0 >= middle } ?? s.ages.count
            guard cut >= Self.minimumValuesPerHalf, s.ages.count - cut >= Self.minimumValuesPerHalf,
                  let first = Self.line(Array(s.ages[..<cut]), Array(s.values[..<cut])),
                  let second = Self.line(Array(s.ages[cut...]), Array(s.values[cut...])) else { continue }
            early.sum += first.slope * first.weight; early.weight += first.weight
            late.sum += second.slope * second.weight; late.weight += second.weight
        }
        guard early.weight > 0, late.weight > 0 else { return nil }
        self.early = early.sum / early.weight
        self.late = late.sum / late.weight
        self.lateStandardError = 1 / late.weight.squareRoot()
    }

    /// A least-squares line's slope and its precision (1 / variance), the noise floored at a millionth of the values'
    /// size so that a perfectly straight half does not outweigh every other. Plain errors, not `SharedWarmUp.slope`'s
    /// (robust noise, widened for autocorrelation): with those weights the bounded LRU V09 passed through the exports
    /// (development set, seventeenth session), where the rule's margin to the LRUs is narrowest.
    static func line(_ x: [Double], _ y: [Double]) -> (slope: Double, weight: Double)? {
        let n = Double(x.count)
        guard x.count >= 3 else { return nil }
        let mx = x.reduce(0, +) / n, my = y.reduce(0, +) / n
        var sxx = 0.0, sxy = 0.0
        for i in x.indices { sxx += (x[i] - mx) * (x[i] - mx); sxy += (x[i] - mx) * (y[i] - my) }
        guard sxx > 0 else { return nil }
        let slope = sxy / sxx
        var rss = 0.0
        for i in x.indices { let r = y[i] - my - slope * (x[i] - mx); rss += r * r }
        let floor = 1e-6 * max(abs(my), 1e-12)
        let variance = max(rss / (n - 2), floor * floor) / sxx
        return (slope, 1 / variance)
    }
}
