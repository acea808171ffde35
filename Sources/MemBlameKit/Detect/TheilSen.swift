import Foundation

/// Theil-Sen slope with Sen's confidence interval, and the Mann-Kendall trend test, computed together
/// over all pairs of (at most `maxPoints`, evenly thinned) observations.
///
/// Thinning is deterministic (every k-th point), which keeps the cost at O(maxPoints²) however long
/// the interval is. Ties in the values are handled in the Mann-Kendall variance.
public struct TheilSen: Sendable, Equatable {
    /// Median of pairwise slopes, in y units per x unit.
    public var slope: Double
    /// Intercept: median of `y - slope·x`.
    public var intercept: Double
    /// Sen's confidence bounds on the slope (order statistics of the pairwise slopes).
    public var slopeLow: Double
    public var slopeHigh: Double
    /// Mann-Kendall S statistic and its normal score (continuity corrected, ties in the variance).
    public var mannKendallS: Double
    public var mannKendallZ: Double
    /// Number of observations used after thinning.
    public var n: Int

    /// Two-sided p-value of the Mann-Kendall test.
    public var mannKendallP: Double { RobustStats.twoSidedP(mannKendallZ) }

    /// Fits x (increasing) against y.
    /// - Parameters:
    ///   - z: the normal quantile of the interval (1.96 for 95 %).
    ///   - varianceInflation: factor on the Mann-Kendall variance for autocorrelated data (n / n_eff); 1 for independent data.
    public init(x: [Double], y: [Double], z: Double = 1.96, varianceInflation: Double = 1, maxPoints: Int = 200) {
        precondition(x.count == y.count)
        var xs = x, ys = y
        if x.count > maxPoints {
            let step = Double(x.count - 1) / Double(maxPoints - 1)
            xs = (0..<maxPoints).map { x[Int((Double($0) * step).rounded())] }
            ys = (0..<maxPoints).map { y[Int((Double($0) * step).rounded())] }
        }
        let n = xs.count
        self.n = n
        var slopes: [Double] = []
        slopes.reserveCapacity(n * (n - 1) / 2)
        var s = 0.0
        for i in 0..<n {
            for j in (i + 1)..<max(i + 1, n) {
                let dy = ys[j] - ys[i]
                s += dy > 0 ? 1 : (dy < 0 ? -1 : 0)
                let dx = xs[j] - xs[i]
                if dx > 0 { slopes.append(dy / dx) }
            }
        }
        guard !slopes.isEmpty else {
            slope = 0; intercept = ys.first ?? 0; slopeLow = -.infinity; slopeHigh = .infinity
            mannKendallS = 0; mannKendallZ = 0
            return
        }
        // Mann-Kendall variance with ties.
        let nn = Double(n)
        var variance = nn * (nn - 1) * (2 * nn + 5)
        let sortedY = ys.sorted()
        var k = 0
        while k < n {
            var e = k + 1
            while e < n && sortedY[e] == sortedY[k] { e += 1 }
            let t = Double(e - k)
            if t > 1 { variance -= t * (t - 1) * (2 * t + 5) }
            k = e
        }
        variance = max(variance / 18 * varianceInflation, 1e-12)
        mannKendallS = s
        mannKendallZ = s == 0 ? 0 : (s - (s > 0 ? 1 : -1)) / variance.squareRoot()

        // Order statistics by selection (O(N) each) rather than a full sort of the N pairwise slopes.
        let count = slopes.count
        slope = RobustStats.medianInPlace(&slopes)
        // Sen's interval: ranks (N ∓ C)/2 with C = z·sqrt(Var S).
        let c = z * variance.squareRoot()
        let lowRank = Int(((Double(count) - c) / 2).rounded(.down))
        let highRank = Int(((Double(count) + c) / 2).rounded(.up))
        slopeLow = lowRank >= 0 ? RobustStats.select(&slopes, min(count - 1, lowRank)) : -.infinity
        slopeHigh = highRank < count ? RobustStats.select(&slopes, max(0, highRank)) : .infinity
        let b = slope
        intercept = RobustStats.median(zip(xs, ys).map { $1 - b * $0 })
    }
}
