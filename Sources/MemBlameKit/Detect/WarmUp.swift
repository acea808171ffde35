import Foundation

/// Warm-up after a restart: memory rises fast, then saturates. Modelled as
/// `level + slope·t + c·exp(-t/τ)` with `c < 0`, τ from a fixed grid, fitted by least squares; the
/// warm-up is taken to last `3τ` (95 % of the rise) when the exponential term clearly improves the fit.
///
/// A sqrt-shaped leak also bends, but keeps a positive slope after `3τ`, which is what the trend then measures.
public enum WarmUp {
    /// Candidate time constants, in hours.
    public static let tauGrid: [Double] = [0.1, 0.25, 0.5, 1, 2, 4, 6]

    /// Hours of warm-up to skip at the start of `(t, y)` (t in hours from the restart), or 0.
    /// τ is limited to a quarter of the span so a line is never mistaken for a long warm-up.
    public static func duration(t: [Double], y: [Double]) -> Double { fit(t: t, y: y).skipHours }

    /// The warm-up found in `(t, y)`: its time constant τ in hours (0 when none), the hours to skip and
    /// the amplitude c (negative: memory starts below its settled level).
    public static func fit(t: [Double], y: [Double]) -> (tau: Double, skipHours: Double, amplitude: Double) {
        let n = t.count
        guard n >= 12, let t0 = t.first, let t1 = t.last, t1 - t0 > 0.5 else { return (0, 0, 0) }
        let span = t1 - t0
        let lineRSS = rss(t: t, y: y, tau: nil).rss
        var fits: [(tau: Double, rss: Double, c: Double)] = []
        for tau in tauGrid where tau <= span / 4 {
            let fit = rss(t: t, y: y, tau: tau)
            fits.append((tau, fit.rss, fit.c))
        }
        // The shortest τ whose fit is within 5 % of the best: wander and cycles otherwise pass for a
        // long warm-up, and a too-long τ would swallow real growth.
        let bestRSS = fits.map(\.rss).min() ?? .infinity
        let best = fits.first { $0.rss <= bestRSS + 0.05 * (lineRSS - bestRSS) }
        guard let best, best.c < 0, lineRSS > 0 else { return (0, 0, 0) }
        // F statistic of the one extra term; autocorrelated noise inflates it, hence the high bar.
        let f = (lineRSS - best.rss) / max(best.rss / Double(n - 3), 1e-12)
        guard f > 20 else { return (0, 0, 0) }
        return (best.tau, min(3 * best.tau, span / 2), best.c)
    }

    /// Removes a warm-up of known time constant `tau` (hours), fitted jointly with a line, from `y`.
    /// Used for intervals too short to see their own warm-up saturate, with the service's τ learnt from
    /// the long ones. Returns `y` unchanged when the fitted warm-up is not a rise.
    public static func remove(t: [Double], y: [Double], tau: Double) -> [Double] {
        guard t.count >= 6 else { return y }
        let t0 = t[0]
        var xtx = [Double](repeating: 0, count: 9)
        var xty = [Double](repeating: 0, count: 3)
        for i in t.indices {
            let row = [1, t[i] - t0, exp(-(t[i] - t0) / tau)]
            for a in 0..<3 {
                xty[a] += row[a] * y[i]
                for b in 0..<3 { xtx[a * 3 + b] += row[a] * row[b] }
            }
        }
        guard let beta = LinearSolve.solve(xtx, xty, size: 3), beta[2] < 0 else { return y }
        return t.indices.map { y[$0] - beta[2] * exp(-(t[$0] - t0) / tau) }
    }

    /// Least squares of y on [1, t, exp(-t/τ)] (or [1, t] when τ is nil): residual sum of squares and c.
    static func rss(t: [Double], y: [Double], tau: Double?) -> (rss: Double, c: Double) {
        let k = tau == nil ? 2 : 3
        var xtx = [Double](repeating: 0, count: k * k)
        var xty = [Double](repeating: 0, count: k)
        let t0 = t[0]
        var row = [Double](repeating: 1, count: k)
        for i in t.indices {
            row[1] = t[i] - t0
            if let tau { row[2] = exp(-(t[i] - t0) / tau) }
            for a in 0..<k {
                xty[a] += row[a] * y[i]
                for b in 0..<k { xtx[a * k + b] += row[a] * row[b] }
            }
        }
        guard let beta = LinearSolve.solve(xtx, xty, size: k) else { return (.infinity, 0) }
        var rss = 0.0
        for i in t.indices {
            row[1] = t[i] - t0
            if let tau { row[2] = exp(-(t[i] - t0) / tau) }
            var fit = 0.0
            for a in 0..<k { fit += beta[a] * row[a] }
            rss += (y[i] - fit) * (y[i] - fit)
        }
        return (rss, k == 3 ? beta[2] : 0)
    }
}
