import Foundation

/// What a "no leak" answer rules out: the fastest leak that could have started at a deploy and still hide in the
/// intervals after it. "No leak found" on five short intervals and on five long ones are different statements; this
/// says which, in the series' unit per hour, so the on-call can tell "nothing grows" from "nothing grows fast enough
/// to show in this much data".
///
/// Model: the pooled evidence's (`BoundaryPosterior`). Each interval's net slope `b_i` has the healthy variance
/// `v_i = se_i² + τ² + (R/H_i)²`. A leak of rate μ from deploy k on moves the mean of every `b_i` with `i ≥ k` by μ,
/// so its estimate is the precision-weighted mean of those slopes, `m = Σ b_i/v_i / Σ 1/v_i`, with standard error
/// `1/√(Σ 1/v_i)`; when healthy releases may share a rise β (`baselineScale > 0`), β's posterior mean from its normal
/// prior and the intervals before k is subtracted and its variance added. The bound is the one-sided 95 % upper limit `max(m, 0) + 1.645·se`
/// (a decline bounds like a flat series, never tighter). The leak's own spread between restarts (`leakSpread`) is
/// left out: it widens the slopes' scatter, not the mean rate bounded here.
public struct RuledOutLeak: Sendable, Codable, Equatable {
    /// Index into the deploys passed to the detector: the leak considered starts there.
    public var deployIndex: Int
    /// That deploy's CI time, unix seconds.
    public var ts: Int64
    /// Hours of data behind the slopes from that deploy on.
    public var hoursOfDataAfter: Double
    /// A leak from that deploy faster than this (unit per hour) would have shown.
    public var ratePerHour: Double

    public init(deployIndex: Int, ts: Int64, hoursOfDataAfter: Double, ratePerHour: Double) {
        self.deployIndex = deployIndex
        self.ts = ts
        self.hoursOfDataAfter = hoursOfDataAfter
        self.ratePerHour = ratePerHour
    }

    /// The one-sided 95 % normal quantile.
    static let upperQuantile = 1.645

    /// For every interval index that starts at a deploy and has evidence from it on, the bound on a leak starting
    /// there (index, hours of data from it on, rate per hour). O(intervals) with prefix sums.
    static func bounds(evidence: [BoundaryPosterior.Evidence], parameters p: BoundaryPosterior.Parameters) -> [(index: Int, hours: Double, rate: Double)] {
        let n = evidence.count
        // Prefix sums of precision, precision-weighted slope and hours over the intervals with a slope.
        var w = [0.0], wb = [0.0], hours = [0.0]
        for e in evidence {
            let precision = e.slope == nil ? 0 : 1 / max(1e-300, BoundaryPosterior.variance(e, p))
            w.append(w.last! + precision)
            wb.append(wb.last! + precision * (e.slope ?? 0))
            hours.append(hours.last! + (e.slope == nil ? 0 : e.hours))
        }
        var out: [(index: Int, hours: Double, rate: Double)] = []
        for k in 1..<max(1, n) where evidence[k].startsAtDeploy {
            let wAfter = w[n] - w[k]
            guard wAfter > 0 else { continue }
            var mean = (wb[n] - wb[k]) / wAfter
            var variance = 1 / wAfter
            if p.baselineScale > 0 {
                // The healthy releases' common slope β: its normal prior (mean 0, `baselineScale`) and the intervals
                // before the deploy, as the posterior weighs it.
                let precision = w[k] + 1 / (p.baselineScale * p.baselineScale)
                mean -= wb[k] / precision
                variance += 1 / precision
            }
            out.append((k, hours[n] - hours[k], max(mean, 0) + upperQuantile * variance.squareRoot()))
        }
        return out
    }

    /// The bounds a "no leak" answer states: the leak running since the first deploy (the most data) and the start
    /// whose bound is the loosest (usually the last deploy, the least data), once each. Empty without deploys.
    static func stated(evidence: [BoundaryPosterior.Evidence], parameters: BoundaryPosterior.Parameters,
                       deploy: (Int) -> (index: Int, ts: Int64)?) -> [RuledOutLeak] {
        let all = bounds(evidence: evidence, parameters: parameters)
        guard let first = all.first, let loosest = all.max(by: { $0.rate < $1.rate }) else { return [] }
        return (first.index == loosest.index ? [first] : [first, loosest]).compactMap { b in
            deploy(b.index).map { RuledOutLeak(deployIndex: $0.index, ts: $0.ts, hoursOfDataAfter: b.hours, ratePerHour: b.rate) }
        }
    }
}
