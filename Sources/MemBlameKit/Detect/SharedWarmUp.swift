import Foundation

/// One warm-up curve for the whole service, fitted jointly over every interval between restarts, and each interval's
/// slope net of it: the evidence that lets many short intervals be compared with each other and with long ones.
///
/// Model (per interval i, age a in hours since its restart): `y = c_i + A·(1 - e^(-a/τ)) + b_i·a + noise`. The level
/// `c_i` and the slope `b_i` belong to the interval; the warm-up amplitude `A` and time constant `τ` are the
/// service's. For a fixed τ the model is linear: `c_i` and `b_i` are projected out interval by interval and A is one
/// least-squares coefficient, so the fit costs O(points) per τ; τ is chosen on a log grid by the residual sum of
/// squares (τ = ∞ means no warm-up). A release whose memory rises more than the others at the same ages has the
/// larger `b_i`, whether its interval lasts 20 minutes or two days; a bounded cache that refills after every start
/// is in A, not in any `b_i`.
public struct SharedWarmUp: Sendable {
    /// One interval's data: ages (hours since its restart) and values, daily cycle removed.
    public struct Segment: Sendable {
        public var ages: [Double]
        public var values: [Double]
        public init(ages: [Double], values: [Double]) { self.ages = ages; self.values = values }
    }

    /// One interval's slope net of the service's warm-up, per hour, with its standard error.
    public struct Slope: Sendable, Equatable {
        public var slope: Double
        public var standardError: Double
        /// Hours of data the slope rests on.
        public var hours: Double
        /// Robust residual noise of the interval (the series' unit).
        public var noise: Double
        /// How far memory wanders around the line inside the interval (10th to 90th percentile of the residuals):
        /// a GC sawtooth or a cache filling up shows here.
        public var excursion: Double
    }

    /// The fitted time constant (hours; `.infinity` when no warm-up improves the fit; negative: a ramp reaching its
    /// plateau after `-tauHours` hours) and amplitude.
    public var tauHours: Double
    public var amplitude: Double
    /// Per segment; nil for a segment with fewer than `minimumValues` values.
    public var slopes: [Slope?]

    /// Values a segment needs for a slope: three bins of three minutes still give a slope with an honest error, which
    /// matters for a culprit followed by another deploy within 20 minutes.
    public static let minimumValues = 3

    /// Time constants tried, hours: 3 minutes to 12 hours, and no warm-up.
    static let tauGrid: [Double] = [0.05, 0.1, 0.2, 0.35, 0.6, 1, 1.7, 3, 5, 8, 12]
    /// Hours a ramp takes to its plateau (a bounded cache filling at a steady rate, then full), tried as well.
    static let rampGrid: [Double] = [0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4, 6, 8]

    /// Fits the shared warm-up over `segments` (`fitOn` marks those whose data may shape the curve; all by default)
    /// and returns every segment's net slope.
    /// The amplitude stays between 0 and `largestAmplitude` at each τ.
    /// - Parameter maximumRampHours: the longest ramp to a plateau tried (0: none).
    /// - Parameter maximumTauHours: the longest time constant allowed: a warm-up can only be told from a leak where
    ///   the data shows it saturating, so the caller passes a third of the median interval.
    public static func fit(_ segments: [Segment], fitOn: [Bool]? = nil, maximumTauHours: Double = .infinity,
                           maximumRampHours: Double = 0) -> SharedWarmUp {
        let usable = segments.map { $0.ages.count >= minimumValues }
        let shaping = segments.indices.map { usable[$0] && (fitOn?[$0] ?? true) }
        var best = (rss: Double.infinity, tau: Double.infinity, a: 0.0)
        // What does not depend on τ, once: the values' residuals after each segment's own line, and their ranges.
        let valueResiduals = segments.indices.map { shaping[$0] ? residualsAfterLine(segments[$0].ages, segments[$0].values) : [] }
        let syy = valueResiduals.reduce(0) { total, r in r.reduce(total) { $0 + $1 * $1 } }
        let ranges = segments.map(range)
        let ramps = rampGrid.filter { $0 <= maximumRampHours }.map { -$0 }
        let taus = tauGrid.filter({ $0 <= maximumTauHours }) + ramps + [.infinity]
        let parallel = segments.reduce(0) { $0 + $1.ages.count } >= Parallel.worthItFrom
        let grid = AgeGrid(segments, shaping: shaping)
        // What does not depend on τ, per segment: the ages' mean and centred sum of squares, and the value residuals'
        // sum and their sum against the centred ages (both zero but for rounding).
        let lines = segments.indices.map { k in shaping[k] ? AgeLine(segments[k].ages, residuals: valueResiduals[k]) : nil }
        // For each τ, the two sums that fix the amplitude and the fit: Σ g·y and Σ g·g over the residuals after each
        // segment's own line (g the warm-up curve). Each τ is independent: on both cores for long histories.
        func moments(_ tau: Double) -> (sgy: Double, sgg: Double) {
            guard tau.isFinite else { return (0, 0) }
            var sgy = 0.0, sgg = 0.0
            let decay = grid.decay(tau: tau)
            for (k, s) in segments.enumerated() {
                guard let line = lines[k] else { continue }
                // One pass over the segment: the curve c (g itself for a ramp; e^(-a/τ) = 1 - g otherwise, whose
                // centred values are g's negated), shifted by its first value so the centred sums lose no digits.
                let ages = s.ages, ry = valueResiduals[k]
                let exponential = tau > 0
                // On the grid, e^(-a/τ) = e^(-a₀/τ)·e^(-k·d/τ): one exp per segment instead of one per value.
                let steps = decay == nil ? nil : grid.steps[k]
                let opening = steps == nil ? 0 : exp(-ages[0] / tau)
                func curve(_ j: Int) -> Double {
                    if let steps, let decay { return opening * decay[steps[j]] }
                    return exponential ? exp(-ages[j] / tau) : min(max(ages[j], 0) / -tau, 1)
                }
                let shift = curve(0)
                var c1 = 0.0, c2 = 0.0, ca = 0.0, cy = 0.0
                for j in ages.indices {
                    let c = curve(j) - shift
                    c1 += c; c2 += c * c; ca += (ages[j] - line.meanAge) * c; cy += c * ry[j]
                }
                let n = Double(ages.count)
                let mc = c1 / n
                let b = line.sumSquares > 0 ? ca / line.sumSquares : 0
                // Σ rc² with rc = c - mc - b·(a - ma), and Σ rc·ry.
                let scc = c2 - n * mc * mc - b * ca
                let scy = cy - mc * line.residualSum - b * line.residualAgeSum
                sgg += scc
                sgy += exponential ? -scy : scy
            }
            return (sgy, sgg)
        }
        let sums = Parallel.map(taus.count, parallel: parallel) { moments(taus[$0]) }
        for (tau, (sgy, sgg)) in zip(taus, sums) {
            let cap = largestAmplitude(segments, ranges: ranges, shaping: shaping, tau: tau)
            // A warm-up rises (memory after a start filling caches, JIT code, pools), never by more than the bound.
            let a = sgg > 1e-12 ? min(cap, max(0, sgy / sgg)) : 0
            let rss = syy - 2 * a * sgy + a * a * sgg
            // A warm-up must improve the fit by more than rounding to be preferred over none.
            if rss < best.rss * (1 - 1e-9) { best = (rss, tau, a) }
        }
        let fitted = best
        let slopes: [Slope?] = Parallel.map(segments.count, parallel: parallel) { k in
            guard usable[k] else { return nil }
            let s = segments[k]
            let y = s.ages.indices.map { s.values[$0] - fitted.a * warm(s.ages[$0], tau: fitted.tau) }
            return slopeAllowingStep(ages: s.ages, values: y)
        }
        return SharedWarmUp(tauHours: best.tau, amplitude: best.a, slopes: slopes)
    }

    /// A segment's ages regressed out once: what the warm-up fit needs of them for every τ.
    struct AgeLine {
        var meanAge: Double
        /// Σ (a - mean)².
        var sumSquares: Double
        /// Σ r and Σ (a - mean)·r of the values' residuals r after the segment's own line.
        var residualSum: Double
        var residualAgeSum: Double

        init(_ ages: [Double], residuals: [Double]) {
            let n = Double(ages.count)
            meanAge = ages.reduce(0, +) / n
            var saa = 0.0, sr = 0.0, sar = 0.0
            for j in ages.indices {
                let d = ages[j] - meanAge
                saa += d * d; sr += residuals[j]; sar += d * residuals[j]
            }
            sumSquares = saa; residualSum = sr; residualAgeSum = sar
        }
    }

    /// The segments' ages as whole steps of one grid (bins are a fixed width apart), so that the warm-up curve's
    /// exponentials can come from one table per τ: `fit` tries 22 curves on every value, and the exponential was a
    /// quarter of the detector's time on a million points.
    struct AgeGrid {
        /// The grid step, hours (the smallest gap between consecutive ages).
        var step: Double
        /// Per segment, each age's whole number of steps after the segment's first age; nil off the grid.
        var steps: [[Int]?]
        /// The largest step number in any segment.
        var largest: Int

        init(_ segments: [Segment], shaping: [Bool]) {
            var smallest = Double.infinity
            for (k, s) in segments.enumerated() where shaping[k] && s.ages.count > 1 {
                for j in 1..<s.ages.count where s.ages[j] - s.ages[j - 1] > 0 { smallest = min(smallest, s.ages[j] - s.ages[j - 1]) }
            }
            step = smallest
            largest = 0
            steps = segments.map { _ in nil }
            guard smallest.isFinite else { return }
            for (k, s) in segments.enumerated() where shaping[k] && !s.ages.isEmpty {
                let a0 = s.ages[0]
                var out: [Int] = []
                out.reserveCapacity(s.ages.count)
                var onGrid = true
                for a in s.ages {
                    let n = ((a - a0) / smallest).rounded()
                    // Off the grid by more than rounding: compute this segment's exponentials one by one.
                    guard n < 1e7, abs(a0 + n * smallest - a) <= 1e-9 * max(1, abs(a)) else { onGrid = false; break }
                    out.append(Int(n))
                }
                if onGrid { steps[k] = out; largest = max(largest, out.last ?? 0) }
            }
        }

        /// `e^(-k·step/τ)` for k = 0...largest, or nil where the curve has no exponential (a ramp, no warm-up).
        func decay(tau: Double) -> [Double]? {
            guard tau > 0, tau.isFinite, step.isFinite else { return nil }
            return (0...largest).map { exp(-Double($0) * step / tau) }
        }
    }

    /// The largest warm-up amplitude at time constant `tau` that a typical interval allows: over its ages the curve
    /// rises by `A·Δw`, which cannot exceed the interval's whole range of values, so `A ≤ range / Δw`; the median of
    /// that bound over the intervals the curve is fitted on. With a free slope per interval the amplitude otherwise
    /// rests on curvature alone, and a slow τ passes a slight bend for a huge warm-up whose linear part takes every
    /// interval's slope with it (healthy intervals declining at 10 %/h on development traces R13 and R25).
    static func largestAmplitude(_ segments: [Segment], shaping: [Bool], tau: Double) -> Double {
        largestAmplitude(segments, ranges: segments.map(range), shaping: shaping, tau: tau)
    }

    /// The same with each segment's range of values already known (`fit` tries many τ on the same segments).
    static func largestAmplitude(_ segments: [Segment], ranges: [Double], shaping: [Bool], tau: Double) -> Double {
        guard tau.isFinite else { return 0 }
        let bounds = segments.indices.compactMap { k -> Double? in
            let s = segments[k]
            guard shaping[k], let first = s.ages.first, let last = s.ages.last else { return nil }
            let rise = warm(last, tau: tau) - warm(first, tau: tau)
            return ranges[k] / max(rise, floorRise)
        }
        return bounds.isEmpty ? 0 : RobustStats.median(bounds)
    }

    /// A segment's largest value less its smallest.
    static func range(_ s: Segment) -> Double { (s.values.max() ?? 0) - (s.values.min() ?? 0) }

    /// The smallest curve rise `Δw` a bound divides by: a warm-up that mostly happened before an interval's first
    /// value (cut off by the settle time) may be at most twice what the interval shows. Development set: 0.5 gave 38 of
    /// 49 culprits first with no false alarm on real or generated traces; 1 (the plain range) 41 of 49 but one false
    /// alarm on the generated frequent healthy deploys; 0.01 33 of 49.
    static let floorRise = 0.5

    /// The warm-up shape, 0 at the restart and 1 when warm: 1 - e^(-a/τ); for τ < 0 a ramp min(a/|τ|, 1) (a bounded
    /// cache filling at a steady rate until full); 0 throughout for τ = ∞.
    @inline(__always) static func warm(_ age: Double, tau: Double) -> Double {
        guard tau.isFinite else { return 0 }
        return tau > 0 ? 1 - exp(-age / tau) : min(max(age, 0) / -tau, 1)
    }

    /// Residuals of `values` after they are regressed on [1, age] within a segment.
    static func residualsAfterLine(_ ages: [Double], _ values: [Double]) -> [Double] {
        let n = Double(ages.count)
        let ma = ages.reduce(0, +) / n, mv = values.reduce(0, +) / n
        var saa = 0.0, sav = 0.0
        for j in ages.indices { saa += (ages[j] - ma) * (ages[j] - ma); sav += (ages[j] - ma) * (values[j] - mv) }
        let b = saa > 0 ? sav / saa : 0
        return values.indices.map { values[$0] - mv - b * (ages[$0] - ma) }
    }

    /// Hours after a restart within which one upward level shift is allowed for: V8 grows its heap in a step some
    /// 10-60 minutes after a start (seen in every tracelab recording); 1.5 h covers the latest step seen with margin.
    static let stepHorizonHours = 1.5
    /// The fit improvement (in units of log n, as in BIC, which charges log n per parameter: the step's size and its
    /// place, plus one for the choice among the places) a step must buy to be kept. Development set, batches 1-35
    /// (2,020 runs, with the model average of `modelAverage`): 3, 3.5, 4, 4.5 and 5 × log n named 1,307, 1,307, 1,314,
    /// 1,311 and 1,311 culprits first of 1,441 with 8, 8, 8, 8 and 10 false alarms of 579; 4 is kept (until 2026-12-04
    /// 3, from batches 1-7, where 5 had made 3 false alarms instead of 1).
    static let stepPenalty = 4.0
    /// The same for a drop (a GC release inside the interval): a drop must buy 8 × log n. Development set (batches
    /// 1-18, 1,293 runs), drops kept at 3, 5, 8, 12 and 16 × log n: 741, 740, 739, 736 and 732 culprits first of 888
    /// (701 without drops) with 14, 12, 11, 11 and 11 false alarms of 405 (10 without); 8 is kept.
    static let dropPenalty = 8.0
    /// A drop must be this many times the interval's sample-to-sample noise: at 3 a noisy warm-up curve (generated
    /// trace gen-long-warmup-11005) passed for a drop; at 5 no real answer changed and no generated one alarmed.
    static let dropSigmas = 5.0
    /// Values before it a level shift needs (three), except an upward heap step, which may follow the interval's first
    /// value: a 19-minute interval read from 4.5 minutes after its restart opened one value before V8's boot step,
    /// its slope 2.6 %/h instead of flat, and the deploy before the culprit was named (batch 44's AS01). Development
    /// set, batches 1-45 (2,509 runs): 1,687 -> 1,690 culprits first (AS01 through every source, L07 through the
    /// exports; P12 through the exports lost), false alarms 8 -> 8 of 681, three healthy runs from inconclusive to
    /// healthy (H03); generated traces unchanged. Two values before it: 1,686.
    static let openingStepValues = 3

    /// The slope when the interval may hold one level shift: an upward one in its first hours (V8 grows its heap in one
    /// step at an age that varies between restarts, which no shared curve follows), or a drop anywhere (V8 releases
    /// garbage pages at once). The slope is then the common slope of the two sides. A step is kept only when it
    /// improves the fit by more than `stepPenalty` × log n (`dropPenalty` for a drop, BIC-like); between a drop and a step
    /// that both qualify, the better fit. A drop counts only
    /// when memory falls sharply (at least half of it between two values, and `dropSigmas` times the sample noise) and
    /// stays above where the interval began: a GC release frees garbage, never what a leak retains, so a leaking
    /// interval that drops once keeps its rate, while a healthy GC sawtooth returns to its floor and is not taken for
    /// one (development traces F04, L06, N02, W14: the culprit's interval dropped once and the next deploy was named).
    static func slopeAllowingStep(ages: [Double], values: [Double]) -> Slope {
        let plain = slope(ages: ages, values: values)
        let n = ages.count
        guard n >= 8 else { return plain }
        // Prefix sums of 1, a, y, a², ay, y².
        var pa = [0.0], py = [0.0], paa = [0.0], pay = [0.0], pyy = [0.0]
        for i in 0..<n {
            pa.append(pa[i] + ages[i]); py.append(py[i] + values[i]); paa.append(paa[i] + ages[i] * ages[i])
            pay.append(pay[i] + ages[i] * values[i]); pyy.append(pyy[i] + values[i] * values[i])
        }
        func centred(_ lo: Int, _ hi: Int) -> (saa: Double, say: Double, syy: Double, ma: Double, my: Double) {
            let m = Double(hi - lo)
            let sa = pa[hi] - pa[lo], sy = py[hi] - py[lo]
            return (paa[hi] - paa[lo] - sa * sa / m, pay[hi] - pay[lo] - sa * sy / m, pyy[hi] - pyy[lo] - sy * sy / m, sa / m, sy / m)
        }
        let all = centred(0, n)
        let rssLine = all.syy - (all.saa > 0 ? all.say * all.say / all.saa : 0)
        // Past the step horizon only drops are looked for, and the loop skips every place without the fall a drop
        // needs at once (an interval of a day holds hundreds of places, and `onset` on 1 M points visits them all).
        var differences = (1..<n).map { values[$0] - values[$0 - 1] }
        let drops = GCDropRule(differences: &differences)
        // The best drop and the best upward step, each by its residual sum and place.
        typealias Shift = (rss: Double, j: Int)
        var bestDrop: Shift? = nil, bestStep: Shift? = nil
        for j in 1...(n - 3) {
            let early = ages[j] <= stepHorizonHours + ages[0]
            guard early || values[j] - values[j - 1] <= drops.steepestFall else { continue }
            // A heap step at the interval's second or third value (`openingStepValues`) leaves too little before it for
            // a drop's test, so only a rise there is tried.
            if j < openingStepValues && values[j] - values[j - 1] <= 0 { continue }
            let l = centred(0, j), r = centred(j, n)
            let saa = l.saa + r.saa, say = l.say + r.say
            guard saa > 0 else { continue }
            let b = say / saa
            let step = (r.my - b * r.ma) - (l.my - b * l.ma)
            if step > 0 {
                guard early else { continue }
            } else {
                guard drops.accepts(step: step, fall: values[j] - values[j - 1], afterDrop: r.my + b * (ages[j] - r.ma),
                                    opening: l.my + b * (ages[0] - l.ma)) else { continue }
            }
            let rss = l.syy + r.syy - say * say / saa
            if step < 0 {
                if rss < (bestDrop?.rss ?? .infinity) { bestDrop = (rss, j) }
            } else if rss < (bestStep?.rss ?? .infinity) {
                bestStep = (rss, j)
            }
        }
        // Each kind of shift must beat the line by its own penalty; between a drop and a step that both do (two models
        // with as many parameters), the better fit. Until 2026-12-03 the drop's penalty also weighed against the step,
        // so a leak's GC drop lost to an "upward step" fitted to its climb after the drop, which left the interval flat
        // (development P11, the culprit's interval 3.4 → 0.2 %/h: the next deploy was named).
        func margin(_ shift: Shift?, penalty: Double) -> (shift: Shift, margin: Double)? {
            guard let shift, shift.rss > 0 else { return nil }
            let margin = Double(n) * log(rssLine / shift.rss) - penalty * log(Double(n))
            return margin > 0 ? (shift, margin) : nil
        }
        let drop = margin(bestDrop, penalty: dropPenalty), rise = margin(bestStep, penalty: stepPenalty)
        guard let best = [drop, rise].compactMap({ $0 }).min(by: { $0.shift.rss < $1.shift.rss }) else { return plain }
        let j = best.shift.j
        let l = centred(0, j), r = centred(j, n)
        let saa = l.saa + r.saa
        let b = (l.say + r.say) / saa
        let residuals = (0..<n).map { i -> Double in
            let side = i < j ? l : r
            return values[i] - side.my - b * (ages[i] - side.ma)
        }
        let (sigma, se) = noise(residuals, parameters: 3, mean: py[n] / Double(n), saa: saa)
        let shifted = (slope: b, variance: pow(max(se, plain.standardError), 2))
        let averaged = modelAverage(shifted, (plain.slope, plain.standardError * plain.standardError), margin: best.margin)
        return Slope(slope: averaged.slope, standardError: averaged.variance.squareRoot(), hours: plain.hours, noise: sigma,
                     excursion: plain.excursion)
    }

    /// The slope averaged over the shifted fit and the plain line, each weighted by its posterior probability. `margin`
    /// is the shift's penalised log-likelihood gain over the line, `n·ln(RSS_line/RSS_shift) − penalty·ln n`, twice a
    /// log Bayes factor in the BIC approximation, so the shift's weight is `1 / (1 + e^(−margin/2))`: one just past its
    /// penalty counts half, a clear one fully. The variance adds the two fits' disagreement (the law of total variance).
    /// Until 2026-12-04 the shift, once past its penalty, replaced the line outright: a leaking interval's climb
    /// broken by a GC dip passed for a heap step by a hair, and its net slope fell from 3.2 to 1.4 %/h (development
    /// Y04's culprit interval); the hard choice swung such intervals between two answers.
    static func modelAverage(_ shifted: (slope: Double, variance: Double), _ line: (slope: Double, variance: Double),
                             margin: Double) -> (slope: Double, variance: Double) {
        let w = 1 / (1 + exp(-margin / 2))
        let slope = w * shifted.slope + (1 - w) * line.slope
        let d = shifted.slope - line.slope
        return (slope, w * shifted.variance + (1 - w) * line.variance + w * (1 - w) * d * d)
    }

    /// The noise of a fit's residuals and its slope's standard error, widened for lag-1 autocorrelation: robust noise (a
    /// GC sawtooth or a one-sample spike should not make a flat interval look noisy), and the residual spread itself
    /// when it is larger (the standard error must cover what the fit left). `parameters`: the fit's coefficients;
    /// `saa`: the ages' centred sum of squares.
    static func noise(_ residuals: [Double], parameters: Int, mean: Double, saa: Double) -> (sigma: Double, standardError: Double) {
        let robust = RobustStats.madSigma(residuals)
        let rms = (residuals.reduce(0) { $0 + $1 * $1 } / max(1, Double(residuals.count - parameters))).squareRoot()
        let sigma = max(robust, 0.5 * rms, 1e-9 * max(1, abs(mean)))
        let inflation = IntervalAnalyzer.autocorrelationInflation(residuals)
        return (sigma, sigma / max(saa, 1e-12).squareRoot() * inflation.squareRoot())
    }

    /// Least-squares slope of `values` on `ages`, its standard error widened for lag-1 autocorrelation, and the noise.
    static func slope(ages: [Double], values: [Double]) -> Slope {
        let n = Double(ages.count)
        let ma = ages.reduce(0, +) / n, mv = values.reduce(0, +) / n
        var saa = 0.0, sav = 0.0
        for j in ages.indices { saa += (ages[j] - ma) * (ages[j] - ma); sav += (ages[j] - ma) * (values[j] - mv) }
        let b = saa > 0 ? sav / saa : 0
        let residuals = ages.indices.map { values[$0] - mv - b * (ages[$0] - ma) }
        let (sigma, se) = noise(residuals, parameters: 2, mean: mv, saa: saa)
        // The 10th and 90th percentile residuals (order statistics: selecting them gives the sorted array's values).
        var scratch = residuals
        let high = RobustStats.select(&scratch, Int(0.9 * Double(scratch.count - 1)))
        let excursion = high - RobustStats.select(&scratch, Int(0.1 * Double(scratch.count - 1)))
        return Slope(slope: b, standardError: se, hours: (ages.last ?? 0) - (ages.first ?? 0), noise: sigma, excursion: excursion)
    }
}

/// The rules a GC drop inside an interval must meet, shared by the interval's net slope
/// (`SharedWarmUp.slopeAllowingStep`) and the inside-interval onset's rising part (`InsideIntervalOnset`): the fall is
/// sharp (at least half of it between two consecutive values) and at least `SharedWarmUp.dropSigmas` times the
/// sample-to-sample noise, and memory just after it stays above where the part began (a GC frees garbage, never what
/// a leak retains).
struct GCDropRule {
    /// The noise between consecutive values (a difference holds two samples' noise).
    let sampleNoise: Double
    /// How far below the part's opening level the level just after a drop may sit, as a share of the drop: the opening
    /// is the fitted level where the data begins, minutes after the restart, and holds whatever garbage had built up
    /// by then, which a GC frees too; where the data begins moves with the deploy time each source gives. Until
    /// 2026-12-03 (thirteenth session) none: the culprit-first leaks I07, W08 and Y04, whose GC fell to within a
    /// twentieth of the drop of the opening through CSV and bytes (their data beginning 6 minutes later than through
    /// the exports), were read with a heap step instead and the next deploy named. Batches 1-46 development (2,558
    /// runs), 0, 0.05, 0.1, 0.15 and 0.25: 1,734, 1,737, 1,737, 1,734 and 1,719 first (at 0.05 those six runs gained,
    /// AF02's three at p = 0.31 lost to inconclusive), false alarms 8 of 690 throughout; generated traces unchanged.
    static let openingTolerance = 0.05

    /// - Parameter differences: the part's consecutive differences; reordered (their noise is an order statistic).
    init(differences: inout [Double]) {
        sampleNoise = RobustStats.madSigmaInPlace(&differences) / 2.0.squareRoot()
    }

    /// A drop can only sit where the values fall by at least this much (negative): a test that needs no fit.
    var steepestFall: Double { -0.5 * SharedWarmUp.dropSigmas * sampleNoise }

    /// Whether a fitted level shift `step`, with `fall` between the two values at it, is a GC drop, given the fitted
    /// level just after it and the part's fitted opening level.
    func accepts(step: Double, fall: Double, afterDrop: Double, opening: Double) -> Bool {
        step < 0 && afterDrop > opening + Self.openingTolerance * step && fall <= 0.5 * step && -step >= SharedWarmUp.dropSigmas * sampleNoise
    }
}
