import Foundation

/// The trend of memory over one interval between resets (deploys, restarts, OOM kills), after the
/// rolling-deploy settle time and the warm-up are skipped.
///
/// For the suspect ranker: `growing` is the verdict, `probabilityGrowing` the soft version used by
/// the onset likelihood, `slopePerHour` with `slopeLowPerHour...slopeHighPerHour` the effect size.
public struct IntervalTrend: Sendable, Codable, Equatable {
    /// Interval bounds, unix seconds: from its reset (or the first point) to the next reset (or the last point).
    public var start: Int64
    public var end: Int64
    /// The interval's length by the clock, hours (a restart's settle time included).
    public var clockHours: Double { Double(end - start) / 3600 }
    /// What began the interval; nil for the interval before the first reset.
    public var resetKind: Reset.Kind?
    /// The deploy that began the interval (index into the deploys passed in), if any.
    public var deployIndex: Int?
    /// Start of the data after the rolling-deploy settle time, before warm-up is skipped.
    public var settledStart: Int64
    /// Start of the data the trend was fitted on (after settle and warm-up).
    public var trendStart: Int64
    /// Seconds of warm-up skipped (beyond the settle time).
    public var warmUpSkippedSeconds: Int64
    /// The warm-up time constant found in this interval, hours (0 when none was seen), and its amplitude.
    public var warmUpTauHours: Double
    public var warmUpAmplitude: Double
    /// True when the interval was too short for its own warm-up and trend, and the service's warm-up
    /// (learnt from the long intervals) was subtracted instead: weaker evidence, still used.
    public var judgedWithServiceWarmUp: Bool
    /// Number of bins the trend was fitted on.
    public var n: Int
    /// Theil-Sen slope in the series' unit per hour, with a 95 % interval widened for autocorrelation.
    public var slopePerHour: Double
    public var slopeLowPerHour: Double
    public var slopeHighPerHour: Double
    /// Mann-Kendall normal score and two-sided p-value (variance widened for autocorrelation).
    public var mannKendallZ: Double
    public var mannKendallP: Double
    /// Slope over its standard error (autocorrelation-aware): the strength of evidence for a trend.
    public var zScore: Double
    /// Standard error of the slope per hour, widened for autocorrelation.
    public var slopeStandardErrorPerHour: Double
    /// Robust residual noise around the trend, in the series' unit.
    public var noise: Double
    /// Whether the interval is long enough to judge (at least the minimum interval length after warm-up).
    public var informative: Bool
    /// Verdict: the slope is significant (z above threshold) and at least the minimum relevant slope.
    public var growing: Bool
    /// Soft verdict: with deploys, the interval's own odds of leaking at the estimated rate against being healthy,
    /// from the pooled evidence (`BoundaryPosterior.intervalLogRatio`, unclamped); without deploys, the posterior of
    /// "grows like the leak" against "flat" in [0.03, 0.97] (`IntervalAnalyzer.assignProbabilities`).
    public var probabilityGrowing: Double
}

/// Computes `IntervalTrend`s for index ranges of de-seasonalised bins.
public struct IntervalAnalyzer: Sendable {
    public var options: DetectOptions
    /// Smallest slope per hour that matters (below it, growth is not a leak worth reporting).
    public var minimumSlopePerHour: Double

    public init(options: DetectOptions, minimumSlopePerHour: Double) {
        self.options = options
        self.minimumSlopePerHour = minimumSlopePerHour
    }

    /// The trend of `values[range]` (bins of `bins`), an interval from `start` to `end` begun by `reset`.
    /// - Parameter serviceTau: the service's warm-up time constant (hours), learnt from long intervals;
    ///   used when this interval is too short to show its own warm-up saturating.
    public func analyze(bins: Bins, values: [Double], range: Range<Int>, start: Int64, end: Int64, reset: Reset?,
                        serviceTau: Double? = nil, serviceAmplitude: Double = 0) -> IntervalTrend {
        var trend = IntervalTrend(start: start, end: end, resetKind: reset?.kind, deployIndex: reset?.deployIndex,
                                  settledStart: start, trendStart: start, warmUpSkippedSeconds: 0, warmUpTauHours: 0, warmUpAmplitude: 0, judgedWithServiceWarmUp: false, n: 0, slopePerHour: 0, slopeLowPerHour: 0,
                                  slopeHighPerHour: 0, mannKendallZ: 0, mannKendallP: 1, zScore: 0, slopeStandardErrorPerHour: .infinity, noise: 0,
                                  informative: false, growing: false, probabilityGrowing: 0.5)
        guard !range.isEmpty else { return trend }
        trend.settledStart = bins.ts[range.lowerBound]
        var t = bins.hours(from: start, in: range)
        var y = Array(values[range])
        // Warm-up only follows a restart; the first interval may start anywhere in the service's life.
        if reset != nil {
            let found = WarmUp.fit(t: t, y: y)
            trend.warmUpTauHours = found.tau
            trend.warmUpAmplitude = found.amplitude
            var skip = found.skipHours
            if let tau = serviceTau, let t0 = t.first, let t1 = t.last, tau > (t1 - t0) / 4 {
                if (t1 - t0) * 3600 < Double(options.minimumIntervalSeconds) + 3 * tau * 3600 && serviceAmplitude < 0 {
                    // Too short to see past its warm-up: subtract the service's warm-up curve and keep all of it.
                    y = t.indices.map { y[$0] - serviceAmplitude * exp(-(t[$0] - t0) / tau) }
                    skip = 0
                    trend.judgedWithServiceWarmUp = true
                } else {
                    y = WarmUp.remove(t: t, y: y, tau: tau)
                    skip = min(tau, (t1 - t0) / 2)
                }
            }
            if skip > 0 {
                let cut = t[0] + skip
                let k = t.firstIndex { $0 >= cut } ?? t.count
                t.removeFirst(k)
                y.removeFirst(k)
                trend.warmUpSkippedSeconds = Int64(saturating: skip * 3600)
            }
        }
        guard t.count >= 6, let first = t.first, let last = t.last else { return trend }
        trend.trendStart = start &+ Int64(saturating: first * 3600 - Double(bins.width) / 2)
        trend.n = t.count
        let fit0 = TheilSen(x: t, y: y, maxPoints: 100)
        let residuals = t.indices.map { y[$0] - fit0.intercept - fit0.slope * t[$0] }
        let noise = RobustStats.madSigma(residuals)
        let inflation = Self.autocorrelationInflation(residuals)
        // Thinning to 200 points lowers the autocorrelation the pairwise test sees.
        let thinnedInflation = Self.autocorrelationInflation(Self.thin(residuals, to: 200))
        let fit = TheilSen(x: t, y: y, varianceInflation: thinnedInflation)
        let tm = t.reduce(0, +) / Double(t.count)
        let stt = t.reduce(0) { $0 + ($1 - tm) * ($1 - tm) }
        let se = max(noise, 1e-9 * max(1, abs(y[0]))) / max(stt, 1e-12).squareRoot() * inflation.squareRoot()
        trend.slopePerHour = fit.slope
        trend.slopeLowPerHour = fit.slopeLow
        trend.slopeHighPerHour = fit.slopeHigh
        trend.mannKendallZ = fit.mannKendallZ
        trend.mannKendallP = fit.mannKendallP
        trend.zScore = fit.slope / se
        trend.slopeStandardErrorPerHour = se
        trend.noise = noise
        trend.informative = (last - first) * 3600 >= Double(options.minimumIntervalSeconds) && !trend.judgedWithServiceWarmUp
        if (last - first) * 3600 < 20 * 60 { trend.judgedWithServiceWarmUp = false }
        guard trend.informative else { return trend }
        let s = options.sensitivity
        let minSlope = minimumSlopePerHour / s
        // Growing: significant, steep enough to matter, and a rise well above the noise.
        trend.growing = trend.zScore >= options.zThreshold && fit.slope >= minSlope && fit.slope * (last - first) >= 3 * noise
        return trend
    }

    /// Sets each informative interval's `probabilityGrowing`: the posterior of "grows at the leak's
    /// rate μ" (normal, sd `se ⊕ μ/2`, since leaks vary between restarts) against "flat" (normal around 0,
    /// sd `se ⊕ minimum/2`, allowing slow wander). μ is the median slope of the growing intervals.
    /// Comparing with μ, not only with zero, keeps a slightly tilted interval from looking like the leak.
    public func assignProbabilities(_ intervals: inout [IntervalTrend]) {
        let minSlope = minimumSlopePerHour / options.sensitivity
        let growing = intervals.filter(\.growing).map(\.slopePerHour)
        let mu = max(minSlope, growing.isEmpty ? minSlope : RobustStats.median(growing))
        for i in intervals.indices where intervals[i].informative || intervals[i].judgedWithServiceWarmUp {
            let b = intervals[i].slopePerHour
            let se = intervals[i].slopeStandardErrorPerHour
            let sf = (se * se + minSlope * minSlope / 4).squareRoot()
            let sl = (se * se + mu * mu / 4).squareRoot()
            // Log densities; the flat model is one-sided in spirit: a decline is no evidence of a leak.
            let lf = -0.5 * (b / sf) * (b / sf) - log(sf)
            let ll = -0.5 * ((b - mu) / sl) * ((b - mu) / sl) - log(sl)
            let p = 1 / (1 + exp(min(700, max(-700, lf - ll))))
            // A short interval judged through the service's warm-up is weaker evidence.
            let bound = intervals[i].informative ? 0.03 : 0.15
            intervals[i].probabilityGrowing = min(1 - bound, max(bound, p))
        }
    }

    /// `(1 + ρ) / (1 - ρ)` for the lag-1 autocorrelation ρ of `r`: how much autocorrelation shrinks the
    /// effective sample size. Clamped to [1, 100].
    static func autocorrelationInflation(_ r: [Double]) -> Double {
        guard r.count > 3 else { return 1 }
        let m = r.reduce(0, +) / Double(r.count)
        var num = 0.0, den = 0.0
        for i in r.indices {
            den += (r[i] - m) * (r[i] - m)
            if i > 0 { num += (r[i] - m) * (r[i - 1] - m) }
        }
        guard den > 0 else { return 1 }
        let rho = min(0.98, max(0, num / den))
        return min(100, (1 + rho) / (1 - rho))
    }

    static func thin(_ v: [Double], to count: Int) -> [Double] {
        guard v.count > count else { return v }
        let step = Double(v.count - 1) / Double(count - 1)
        return (0..<count).map { v[Int((Double($0) * step).rounded())] }
    }
}
