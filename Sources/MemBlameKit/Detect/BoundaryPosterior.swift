import Foundation

/// The posterior over "the leak starts at deploy k (and stops at a later deploy f)" from every interval's net slope,
/// pooling the evidence of all intervals instead of judging each one alone.
///
/// Model: a healthy interval's net slope is `b ~ t₃₀(β₀, v)`, a leaking one's `b ~ t₃₀(β₀ + μ, v + (ρμ)²)`, where
/// `v = se² + τ² + (R/H)²` (the slope's own standard error, the scatter of healthy releases between restarts, and a
/// one-off rise of the service's typical excursion R spread over the interval's H hours) and ρ the
/// spread of a leak's rate between restarts (traffic moves it). Intervals before k and from f on are healthy, those in
/// `k..<f` leak. The leak rate μ is unknown: it is integrated over a log-uniform grid from the smallest rate that
/// matters to the largest the data allows; β₀ is 0 (healthy means flat) unless the data never shows the warm-up
/// levelling off, when it is integrated over a normal prior; the healthy scatter τ is integrated over halvings of its
/// estimate (`scatterFactors`), since the estimate comes from leaking intervals too. Student-t tails keep one odd interval (a GC sawtooth
/// caught at its top) from deciding alone. A net slope at or below the healthy one always counts against a leak.
///
/// Cost: O(intervals × grid) with prefix sums (no pair of intervals is ever enumerated), so a year of 20 deploys
/// a day is as cheap as a week.
public struct BoundaryPosterior: Sendable {
    /// One interval's evidence.
    public struct Evidence: Sendable {
        /// Net slope per hour and its standard error; nil when the interval has too little data.
        public var slope: Double?
        public var standardError: Double
        /// The interval is begun by a deploy (a possible start or end of the leak).
        public var startsAtDeploy: Bool
        /// Hours of data behind the slope.
        public var hours: Double
        public init(slope: Double?, standardError: Double, startsAtDeploy: Bool, hours: Double = 0) {
            self.slope = slope
            self.standardError = standardError
            self.startsAtDeploy = startsAtDeploy
            self.hours = hours
        }
    }

    /// Parameters of the model; `DetectOptions` holds the values in use and docs/detect.md says where each comes from.
    public struct Parameters: Sendable, Equatable, Codable {
        /// Scatter of healthy releases' net slopes between restarts (unit per hour).
        public var healthyScatter: Double
        /// Spread of a leak's rate between restarts, relative to the rate.
        public var leakSpread: Double = 0.5
        /// The size of a one-off rise a healthy release may show inside an interval (a GC sawtooth, a cache filling):
        /// over an interval of H hours it can pass for a slope of about `excursion / H`, so short intervals weigh less.
        public var excursion: Double = 0
        /// Student-t degrees of freedom: 30 (nearly normal tails) did best on the development traces among 4, 6, 10,
        /// 30, 100 and 1000; the one-off term already keeps short odd intervals from deciding alone.
        public var degreesOfFreedom: Double = 30
        /// Prior spread of the healthy releases' common net slope β₀ (0: healthy means exactly flat). Where the data
        /// cannot show the warm-up saturating (every interval shorter than it), healthy intervals may all share a
        /// rise the warm-up model could not absorb, and only a difference between intervals is evidence.
        public var baselineScale: Double = 0
        /// Factors of `healthyScatter` the posterior integrates over (uniform weights): the estimate comes from every
        /// interval, leaking ones included, and each answer weighs the scatter its own healthy intervals allow.
        public var scatterFactors: [Double] = [1]
        /// Multiplies every interval's log-ratio: below 1 when intervals are less independent than the model assumes.
        public var temperature: Double = 1
        /// Prior probability that the leak stops at a later deploy.
        public var fixPrior: Double = 0.2
        /// Given a fix, the probability that it is the next deploy; each later one is (1 - this) times as likely.
        public var fixSoonness: Double = 0.3
        /// Smallest and largest leak rate of the grid (unit per hour).
        public var minimumRate: Double
        public var maximumRate: Double

        public init(healthyScatter: Double, minimumRate: Double, maximumRate: Double) {
            self.healthyScatter = healthyScatter
            self.minimumRate = minimumRate
            self.maximumRate = max(maximumRate, minimumRate * 2)
        }
    }

    /// Posterior probability of each start (interval index), given that there is a leak.
    public var startPosterior: [Int: Double]
    /// log Bayes factor of "a leak starts at some deploy" against "every interval is healthy".
    public var logBayesFactor: Double
    /// The most probable start, its most probable end (`count` when the leak never stops) and the leak rate at them.
    public var bestStart: Int
    public var bestEnd: Int
    public var rate: Double
    /// The healthy releases' common net slope at the best answer (0 unless `baselineScale` lets it move).
    public var baseline: Double
    /// Each interval's log-ratio leak/healthy at `rate` (0 without evidence).
    public var intervalLogRatio: [Double]

    /// Starts whose log posterior lies within this of the best one's (within 2 %) tie, and the earliest is named: the
    /// first deploy that could explain the growth, as a bisection names the first bad commit (an interval without data
    /// leaves its deploy and the next one tied).
    static let tieShare = 0.02

    /// The grid of leak rates, log-uniform.
    static func rateGrid(_ p: Parameters, count: Int = 18) -> [Double] {
        let lo = log(p.minimumRate), hi = log(p.maximumRate)
        return (0..<count).map { exp(lo + (hi - lo) * Double($0) / Double(count - 1)) }
    }

    @inline(__always) static func logT(_ x: Double, scale: Double, nu: Double) -> Double {
        logT(x, scale: scale, logScale: log(scale), nu: nu)
    }

    /// The same with `log(scale)` already known.
    @inline(__always) static func logT(_ x: Double, scale: Double, logScale: Double, nu: Double) -> Double {
        let z = x / scale
        return -(nu + 1) / 2 * log(1 + z * z / nu) - logScale
    }

    /// Each interval's log-ratio leak/healthy at leak rate `mu` over the healthy slope `beta`.
    /// - Parameter healthy: each interval's healthy log-density at `beta`, when already computed.
    static func logRatios(_ evidence: [Evidence], mu: Double, beta: Double = 0, _ p: Parameters, healthy known: [Double]? = nil) -> [Double] {
        evidence.indices.map { i in
            let e = evidence[i]
            guard let slope = e.slope else { return 0 }
            let b = slope - beta
            let v = variance(e, p)
            let healthyScale = v.squareRoot(), leakScale = (v + p.leakSpread * p.leakSpread * mu * mu).squareRoot()
            let healthy = known?[i] ?? logT(b, scale: healthyScale, nu: p.degreesOfFreedom)
            return logRatio(b, mu: mu, healthy: healthy, healthyScale: (healthyScale, log(healthyScale)),
                            leakScale: (leakScale, log(leakScale)), p)
        }
    }

    /// One interval's log-ratio leak/healthy at its net slope over the healthy one, `b`, given its healthy log-density
    /// and both models' scales with their logarithms (the posterior computes those once per scatter).
    @inline(__always) static func logRatio(_ b: Double, mu: Double, healthy: Double, healthyScale: (Double, Double),
                                           leakScale: (Double, Double), _ p: Parameters) -> Double {
        // Below the healthy slope both models use the healthy spread: a decline is further from any leak than from
        // health, so it always counts against a leak (with the leak's wider spread a steep decline would favour it).
        let (scale, logScale) = b <= 0 ? healthyScale : leakScale
        return p.temperature * (logT(b - mu, scale: scale, logScale: logScale, nu: p.degreesOfFreedom) - healthy)
    }

    /// The healthy model's variance for one interval: its slope's error, the healthy scatter, the one-off term.
    @inline(__always) static func variance(_ e: Evidence, _ p: Parameters) -> Double {
        let oneOff = p.excursion / max(e.hours, 0.25)
        return e.standardError * e.standardError + p.healthyScatter * p.healthyScatter + oneOff * oneOff
    }

    /// Each interval's healthy log-density around `beta` (0 without evidence).
    static func healthyLogDensities(_ evidence: [Evidence], beta: Double, _ p: Parameters) -> [Double] {
        evidence.map { e in
            guard let slope = e.slope else { return 0 }
            return logT(slope - beta, scale: variance(e, p).squareRoot(), nu: p.degreesOfFreedom)
        }
    }

    /// The healthy slopes tried and their log prior weights: {0} when healthy means flat, else a grid of ±3 prior
    /// scales with normal weights.
    static func baselineGrid(_ p: Parameters) -> [(beta: Double, logWeight: Double)] {
        guard p.baselineScale > 0 else { return [(0, 0)] }
        let points = (-12...12).map { Double($0) / 4 * p.baselineScale }
        let w = points.map { -0.5 * ($0 / p.baselineScale) * ($0 / p.baselineScale) }
        let norm = logSumExp(w)
        return zip(points, w).map { ($0, $1 - norm) }
    }

    /// The most likely end, leak rate, healthy slope and scatter for one start, with their log-likelihood.
    typealias BestFit = (ll: Double, f: Int, mu: Double, beta: Double, scatter: Double)

    /// What one healthy scatter contributes: per start, the log evidence summed over β and μ and the best (end, μ, β)
    /// with its log-likelihood; and the null's log evidence.
    struct ScatterPart {
        var perStart: [Double]
        var best: [BestFit]
        var null: Double
    }

    /// - Parameter evidence: the intervals in time order; interval 0 may start at a deploy or at the first data.
    public init(evidence: [Evidence], parameters p: Parameters) {
        let n = evidence.count
        // A leak may start at a deploy, or before the data (interval 0) when that interval has evidence.
        let starts = (n > 0 && evidence[0].slope != nil ? [0] : []) + (1..<max(1, n)).filter { evidence[$0].startsAtDeploy }
        let grid = Self.rateGrid(p)
        // Each healthy scatter is summed on its own (on both cores for long histories: a year of frequent deploys) and
        // the parts are merged in the scatters' order, so the answer does not depend on how many threads ran.
        let factors = p.scatterFactors
        let items = Parallel.map(factors.count, parallel: n * grid.count * factors.count >= Parallel.worthItFrom) { j in
            Self.scatterPart(evidence: evidence, parameters: p, factor: factors[j], starts: starts, grid: grid)
        }
        // The most likely end and rate for each start (over the grid), for the answer's fix and rate.
        var perStart = [Double](repeating: -.infinity, count: n)
        var bestForStart = [BestFit](repeating: (-.infinity, n, grid[0], 0, p.healthyScatter), count: n)
        var nullEvidence = -Double.infinity
        for part in items {
            nullEvidence = Self.logAdd(nullEvidence, part.null)
            for k in starts {
                perStart[k] = Self.logAdd(perStart[k], part.perStart[k])
                if part.best[k].ll > bestForStart[k].ll + 1e-9 { bestForStart[k] = part.best[k] }
            }
        }
        let logStarts = starts.map { perStart[$0] }
        let total = Self.logSumExp(logStarts)
        var posterior: [Int: Double] = [:]
        for k in starts { posterior[k] = exp(perStart[k] - total) }
        startPosterior = posterior
        logBayesFactor = starts.isEmpty ? -.infinity : total - log(Double(starts.count)) - nullEvidence
        // Ties (within 2 %) go to the earlier start: the first deploy that could explain the growth, as a bisection
        // names the first bad commit (an interval without data leaves its deploy and the next one tied).
        let top = starts.map { perStart[$0] }.max() ?? 0
        let k = starts.first { perStart[$0] >= top - Self.tieShare } ?? 0
        bestStart = k
        bestEnd = starts.isEmpty ? n : bestForStart[k].f
        rate = starts.isEmpty ? grid[0] : bestForStart[k].mu
        baseline = starts.isEmpty ? 0 : bestForStart[k].beta
        var atBest = p
        if !starts.isEmpty { atBest.healthyScatter = bestForStart[k].scatter }
        intervalLogRatio = Self.logRatios(evidence, mu: rate, beta: baseline, atBest)
    }

    /// One healthy scatter's part of the posterior: the scatter is `factor` times the estimate.
    static func scatterPart(evidence: [Evidence], parameters base: Parameters, factor: Double, starts: [Int], grid: [Double]) -> ScatterPart {
        let n = evidence.count
        let logWeight = -log(Double(grid.count))
        let logQ = log(base.fixSoonness), logStay = log(1 - base.fixSoonness)
        var perStart = [Double](repeating: -.infinity, count: n)
        var bestForStart = [BestFit](repeating: (-.infinity, n, grid[0], 0, base.healthyScatter), count: n)
        var nullEvidence = -Double.infinity
        let scatterWeight = -log(Double(max(1, base.scatterFactors.count)))
        let logNoFix = log(1 - base.fixPrior), logFix = log(base.fixPrior)
        // Buffers reused for every (β, μ): the log-ratios, their prefix sums, and the suffix over fixes.
        var r = [Double](repeating: 0, count: n)
        var prefix = [Double](repeating: 0, count: n + 1)
        var suffix = [Double](repeating: -.infinity, count: n + 1)
        var endAt = [Int](repeating: n, count: n + 1)
        var bestEndValue = [Double](repeating: -.infinity, count: n + 1)
        var p = base
        p.healthyScatter *= factor
        // What does not depend on β: each interval's healthy variance, and the scales (and their logs) of both models
        // at every leak rate, computed once per scatter instead of once per (β, μ).
        let v = evidence.map { Self.variance($0, p) }
        let healthyScale = v.map { $0.squareRoot() }
        let healthyLogScale = healthyScale.map { log($0) }
        let leakScale = grid.map { mu in v.map { ($0 + p.leakSpread * p.leakSpread * mu * mu).squareRoot() } }
        let leakLogScale = leakScale.map { $0.map { log($0) } }
        for (beta, betaWeight) in Self.baselineGrid(p) {
        let healthy = Self.healthyLogDensities(evidence, beta: beta, p)
        let null = p.temperature * healthy.reduce(0, +) + betaWeight + scatterWeight
        nullEvidence = Self.logAdd(nullEvidence, null)
        for (m, mu) in grid.enumerated() {
            // `logRatios(evidence, mu: mu, beta: beta, p, healthy: healthy)`, the same operations, without allocating.
            for i in 0..<n {
                guard let slope = evidence[i].slope else { r[i] = 0; continue }
                r[i] = Self.logRatio(slope - beta, mu: mu, healthy: healthy[i], healthyScale: (healthyScale[i], healthyLogScale[i]),
                                     leakScale: (leakScale[m][i], leakLogScale[m][i]), p)
            }
            prefix[0] = 0
            for i in 0..<n { prefix[i + 1] = prefix[i] + r[i] }
            // Over the deploy-begun f from i on, with the fix's prior weight q(1-q)^j for the j-th of them (a fix
            // comes soon after the leak more often than late): suffix[i] = log Σ weight·e^prefix[f], and the best f.
            suffix[n] = -.infinity
            endAt[n] = n
            bestEndValue[n] = -.infinity
            if n > 0 {
                for i in stride(from: n - 1, through: 0, by: -1) {
                    suffix[i] = suffix[i + 1]
                    endAt[i] = endAt[i + 1]
                    bestEndValue[i] = bestEndValue[i + 1]
                    if evidence[i].startsAtDeploy && i > 0 {
                        // Deploys after this one are one step further from any start before it.
                        suffix[i] = Self.logAdd(logStay + suffix[i + 1], logQ + prefix[i])
                        let later = logStay + bestEndValue[i + 1]
                        if logQ + prefix[i] >= later { endAt[i] = i; bestEndValue[i] = logQ + prefix[i] } else { bestEndValue[i] = later }
                    }
                }
            }
            for k in starts {
                let noFix = logNoFix + prefix[n] - prefix[k]
                var total = noFix
                var local = (ll: noFix, f: n)
                if k + 1 <= n, suffix[k + 1] > -.infinity {
                    total = Self.logAdd(total, logFix + suffix[k + 1] - prefix[k])
                    let withFix = logFix + bestEndValue[k + 1] - prefix[k]
                    if withFix > local.ll { local = (withFix, endAt[k + 1]) }
                }
                perStart[k] = Self.logAdd(perStart[k], total + logWeight + null)
                if local.ll + null > bestForStart[k].ll + 1e-9 { bestForStart[k] = (local.ll + null, local.f, mu, beta, p.healthyScatter) }
            }
        }
        }
        return ScatterPart(perStart: perStart, best: bestForStart, null: nullEvidence)
    }

    /// log(e^a + e^b), stable.
    @inline(__always) static func logAdd(_ a: Double, _ b: Double) -> Double {
        if a == -.infinity { return b }
        if b == -.infinity { return a }
        let m = max(a, b), d = abs(a - b)
        // Beyond 40 the smaller term is under 4e-18 of the larger: below a double's precision, and exp would only
        // underflow slowly (most terms of a year of deploys are that far below the best one).
        if d > 40 { return m }
        return m + log1p(exp(-d))
    }

    /// log Σ exp(v), stable.
    static func logSumExp(_ v: [Double]) -> Double {
        guard let m = v.max(), m > -.infinity else { return -.infinity }
        return m + log(v.reduce(0) { $0 + exp($1 - m) })
    }
}
