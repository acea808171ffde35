import Foundation

/// Piecewise-linear segments of the de-seasonalised series, found by PELT inside each interval between
/// resets (a restart is already a known break), and the choice of the growth onset among them.
enum PeltSegments {
    struct Segment: Equatable {
        var start: Int64
        var end: Int64
        var slope: Double
        var growing: Bool
        var hours: Double { Double(end - start) / 3600 }
    }

    /// Bins per PELT block, so one search sees at most ~2000 candidate positions.
    static func blockSize(_ binCount: Int) -> Int { max(1, binCount / 2000) }

    static func find(bins: Bins, values: [Double], intervals: [IntervalTrend], minimumSlope: Double, options: DetectOptions) -> [Segment] {
        let block = blockSize(bins.count)
        let sigma = RobustStats.differenceSigma(values)
        // Wander makes neighbouring bins alike, so the difference-based σ understates the noise around a line.
        let penalty = Penalty.bic(noiseVariance: 4 * sigma * sigma, n: max(2, bins.count), scale: 1 / options.sensitivity)
        let minBins = Int((Double(options.minimumIntervalSeconds) * 2 / Double(bins.width)).rounded(.up))
        var out: [Segment] = []
        for interval in intervals {
            let lo = bins.firstIndex(atOrAfter: interval.trendStart)
            let hi = bins.firstIndex(atOrAfter: interval.end)
            guard hi - lo >= 6 else { continue }
            let x = bins.hours(from: interval.trendStart, in: lo..<hi)
            let y = Array(values[lo..<hi])
            let cost = LinearTrendCost(x: x, y: y, blockSize: block)
            let ends = Pelt(cost: cost, minSize: max(2, minBins / block), jump: 1).segment(penalty: penalty)
            var s = 0
            for e in ends {
                let a = lo + s * block, b = min(hi, lo + e * block)
                let line = cost.line(s, e)
                let start = bins.ts[a], end = bins.ts[b - 1] + bins.width
                let hours = Double(end - start) / 3600
                // Growing: steep enough, and the rise clearly above the noise.
                let growing = line.slope >= minimumSlope && line.slope * hours >= 4 * max(sigma, 1e-12) && hours >= 1
                out.append(Segment(start: start, end: end, slope: line.slope, growing: growing))
                s = e
            }
        }
        // Growth is judged against the dominant growth rate: a leak's segments share a rate, while the
        // gentle tilts of a daily cycle or wander are a fraction of it.
        let rising = out.filter(\.growing)
        if !rising.isEmpty {
            let sorted = rising.sorted { $0.slope < $1.slope }
            let half = sorted.reduce(0.0) { $0 + $1.hours } / 2
            var acc = 0.0
            var mu = sorted.last!.slope
            for seg in sorted { acc += seg.hours; if acc >= half { mu = seg.slope; break } }
            for i in out.indices where out[i].growing && out[i].slope < 0.4 * mu { out[i].growing = false }
        }
        return out
    }

    /// Index of the onset segment: a growing segment j maximising growing hours from j on and flat hours
    /// before j, minus the opposite; nil when growth does not dominate after it.
    static func onset(_ segments: [Segment]) -> Int? {
        guard !segments.isEmpty else { return nil }
        var best: (j: Int, score: Double)? = nil
        let total = segments.reduce(0.0) { $0 + ($1.growing ? $1.hours : -$1.hours) }
        var prefix = 0.0 // Σ over i < j of (growing ? h : -h)
        for (j, s) in segments.enumerated() {
            let after = total - prefix
            let score = after - prefix
            if s.growing, score > (best?.score ?? -.infinity) { best = (j, score) }
            prefix += s.growing ? s.hours : -s.hours
        }
        guard let best else { return nil }
        let after = segments[best.j...]
        let growing = after.filter(\.growing).reduce(0.0) { $0 + $1.hours }
        let all = after.reduce(0.0) { $0 + $1.hours }
        let before = segments[..<best.j]
        let growingBefore = before.filter(\.growing).reduce(0.0) { $0 + $1.hours }
        let allBefore = before.reduce(0.0) { $0 + $1.hours }
        guard growing >= 0.8 * all, growingBefore <= 0.3 * max(allBefore, 1e-9) || allBefore == 0 else { return nil }
        return best.j
    }
}
