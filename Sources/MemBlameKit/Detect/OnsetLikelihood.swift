import Foundation

/// The likelihood of "growth starts at interval k (and stops at interval f)" for every k, from each
/// interval's probability of growing: intervals before k and from f on are flat, those in `k..<f` grow.
///
/// Deterministic and exact (all (k, f) pairs, O(N²) for N intervals). The posterior over k is what
/// `DeployCandidate.probability` reports.
public struct OnsetLikelihood: Sendable {
    /// Posterior probability of each start k (over `starts`), normalised over the leak hypotheses.
    public var posterior: [Int: Double]
    /// The most probable start and its most probable end (`count` when growth never stops).
    public var bestStart: Int
    public var bestEnd: Int
    /// Log-likelihood of the best (k, f), and of "no interval grows".
    public var bestLogLikelihood: Double
    public var noLeakLogLikelihood: Double
    /// Log of the summed likelihood of all leak hypotheses (with the prior over f).
    public var leakLogEvidence: Double

    /// - Parameters:
    ///   - probabilities: each interval's probability of growing.
    ///   - starts: interval indices where growth may start (those begun by a deploy, and 0 for "from the start").
    ///   - ends: interval indices where growth may stop (begun by a deploy).
    ///   - fixPrior: prior probability that growth stops at some later deploy.
    public init(probabilities p: [Double], starts: [Int], ends: [Int], fixPrior: Double) {
        let n = p.count
        var flat = [0.0], grow = [0.0]
        for q in p { flat.append(flat.last! + log(1 - q)); grow.append(grow.last! + log(q)) }
        noLeakLogLikelihood = flat[n]
        var logPost: [Int: Double] = [:]
        var best = (k: starts.first ?? 0, f: n, ll: -Double.infinity)
        let endsSorted = ends.sorted()
        for k in starts.sorted() {
            let laterEnds = endsSorted.filter { $0 > k }
            // Prior over f: "never stops" gets 1 - fixPrior, the fix prior is spread over later deploys.
            var terms: [Double] = []
            let noFix = flat[k] + grow[n] - grow[k] + log(1 - fixPrior)
            terms.append(noFix)
            // Ties (within rounding) go to the earlier start: the first deploy that could explain the growth.
            if noFix > best.ll + 1e-9 { best = (k, n, noFix) }
            for f in laterEnds {
                let ll = flat[k] + (grow[f] - grow[k]) + (flat[n] - flat[f]) + log(fixPrior / Double(laterEnds.count))
                terms.append(ll)
                if ll > best.ll + 1e-9 { best = (k, f, ll) }
            }
            logPost[k] = OnsetLikelihood.logSumExp(terms)
        }
        // Summed in start order: dictionary order varies between runs and would change the last bits.
        let total = OnsetLikelihood.logSumExp(logPost.keys.sorted().map { logPost[$0]! })
        posterior = logPost.mapValues { exp($0 - total) }
        // Each start is equally likely a priori.
        leakLogEvidence = total - log(Double(max(1, starts.count)))
        bestStart = best.k
        bestEnd = best.f
        bestLogLikelihood = best.ll
    }

    /// log Σ exp(v), stable.
    public static func logSumExp(_ v: [Double]) -> Double {
        guard let m = v.max(), m > -.infinity else { return -.infinity }
        return m + log(v.reduce(0) { $0 + exp($1 - m) })
    }
}
