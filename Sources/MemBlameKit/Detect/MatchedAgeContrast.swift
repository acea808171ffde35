import Foundation

/// Where a leak under frequent deploys starts, judged by comparing the restarts with each other at the same ages
/// since their start, with no assumed shape of the warm-up.
///
/// Model (per interval i, age a since its restart, up to `maximumAgeHours`): `y = c_i + w(a) + δ_i·a + noise`, where
/// `w` is one curve for the whole service with a free value in each age bin (a V8 heap step three to five minutes
/// after a start, a cache filling, anything every release does alike), and `δ_i` is how much faster interval i rises
/// than the others at the same ages. `SharedWarmUp` gives the curve an exponential or ramp shape; a heap step that
/// shape cannot follow leaves part of itself in each interval's slope, and a culprit whose own interval lasts 20
/// minutes reads as flat beside it (BI03: +0.2 ± 3.7 %/h while its later half climbs 7.7). With a free curve, only
/// what differs between releases at matched ages remains. That is all it can see: a rise every release shares is in
/// `w`, so this says nothing about whether there is a leak, only where the releases' rates change.
///
/// The start's likelihood is that of two groups of `δ` (before it and from it on) with their own means and one shared
/// spread, estimated from the intervals themselves, `ℓ(k) = -(n/2)·log(SS_k)`, the later group's mean above the
/// earlier's. The intervals' scatter between releases is the noise, so the many samples of one interval are not
/// counted as independent evidence.
///
/// Cost: O(points + intervals × bins²) for the curve, O(intervals) for every start (prefix sums).
struct MatchedAgeContrast {
    /// Whether a service whose intervals between restarts last `medianIntervalHours` (by the clock) at the median is
    /// compared at matched ages: deploys more often than hourly, where every interval is shorter than a warm-up.
    static func applies(medianIntervalHours: Double) -> Bool {
        medianIntervalHours < PooledEvidence.longestWarmUpHours
    }

    /// Ages compared, hours: an hour covers every interval of the frequent-deploy regime this is used in (median
    /// under an hour) and the V8 warm-up's first time constant.
    static let maximumAgeHours = 1.0

    /// Restarts with data needed before the contrast is used: with fewer, a two-group spread rests on too few values.
    /// Development set (a Python prototype, batches 1-62, CSV, leaks not fixed later): with at least 4 intervals
    /// and a median interval under an hour, 9 culprits gained and 1 lost (M03, a slow leak with 5 intervals);
    /// with at least 6, the same 9 gained and none lost.
    static let minimumIntervals = 6

    /// The age bins' width, hours: the data's sampling step (the median gap between consecutive ages), at least a
    /// minute.
    static func binHours(_ segments: [SharedWarmUp.Segment]) -> Double {
        var gaps: [Double] = []
        for s in segments where s.ages.count >= 2 {
            for j in 1..<s.ages.count where s.ages[j] > s.ages[j - 1] { gaps.append(s.ages[j] - s.ages[j - 1]) }
            if gaps.count >= 200 { break }
        }
        return max(1.0 / 60, gaps.isEmpty ? 1.0 / 60 : RobustStats.median(gaps))
    }

    /// The start likelihoods for a service's intervals, or nil when fewer than `minimumIntervals` have data under
    /// the age limit.
    /// - Parameter usable: the intervals the pooled evidence holds a slope for (all when nil). The others are left
    ///   out of the curve and of both groups, so a start at the deploy that begins one of them ties with the next
    ///   start, as in the posterior: a release that lived a few minutes (a deploy followed within minutes by another)
    ///   holds no slope for the posterior, while this contrast, which skips no settle time, read one from those
    ///   minutes of start-up and put that release among the healthy ones, so the follow-up was named alone at
    ///   p = 1.00 (batch 110's DG05, a leak followed 4 minutes later by an unrelated deploy, measured blind first).
    static func startLogLikelihoods(segments: [SharedWarmUp.Segment], usable: [Bool]? = nil) -> [Int: Double]? {
        var segments = segments
        for i in segments.indices where i < usable?.count ?? 0 && usable?[i] == false {
            segments[i] = SharedWarmUp.Segment(ages: [], values: [])
        }
        let slopes = excessSlopes(segments, binHours: binHours(segments))
        guard slopes.compactMap({ $0 }).count >= minimumIntervals else { return nil }
        return startLogLikelihoods(slopes)
    }

    /// Each interval's rise beyond the service's matched-age curve, per hour (nil: too few values under the age
    /// limit). Only differences between intervals mean anything: a rise all of them share is in the curve.
    static func excessSlopes(_ segments: [SharedWarmUp.Segment], binHours: Double) -> [Double?] {
        let width = max(binHours, 1e-6)
        let bins = Int((maximumAgeHours / width).rounded(.up)) + 1
        // Per segment: the values under the age limit, their ages and bins.
        struct Part { var ages: [Double]; var values: [Double]; var bins: [Int] }
        let parts: [Part?] = segments.map { s in
            var p = Part(ages: [], values: [], bins: [])
            for j in s.ages.indices where s.ages[j] >= 0 && s.ages[j] <= maximumAgeHours {
                p.ages.append(s.ages[j]); p.values.append(s.values[j]); p.bins.append(min(bins - 1, Int(s.ages[j] / width)))
            }
            return p.ages.count >= SharedWarmUp.minimumValues ? p : nil
        }
        // The curve: with each segment's own line projected out, the normal equations for the bins' values,
        // M·w = r, where M = Σ_i Zᵢᵀ(I - Hᵢ)Zᵢ and r = Σ_i Zᵢᵀ(I - Hᵢ)yᵢ (Zᵢ the bin indicators, Hᵢ the hat matrix of
        // [1, age]); each segment adds a diagonal and a rank-2 term, so no point pair is ever formed.
        var m = [Double](repeating: 0, count: bins * bins)
        var r = [Double](repeating: 0, count: bins)
        for case let p? in parts {
            let n = Double(p.ages.count)
            let meanAge = p.ages.reduce(0, +) / n, meanValue = p.values.reduce(0, +) / n
            var saa = 0.0, say = 0.0
            for j in p.ages.indices { let d = p.ages[j] - meanAge; saa += d * d; say += d * (p.values[j] - meanValue) }
            let slope = saa > 0 ? say / saa : 0
            // Per bin: count, sum of centred ages, sum of the values' residuals after the segment's line.
            var count = [Double](repeating: 0, count: bins), ageSum = [Double](repeating: 0, count: bins)
            var used: [Int] = []
            for j in p.ages.indices {
                let b = p.bins[j]
                if count[b] == 0 { used.append(b) }
                let d = p.ages[j] - meanAge
                count[b] += 1; ageSum[b] += d
                r[b] += p.values[j] - meanValue - slope * d
            }
            // Zᵀ H Z = (Zᵀ1)(1ᵀZ)/n + (Zᵀa)(aᵀZ)/saa with centred ages a.
            for b in used {
                m[b * bins + b] += count[b]
                for c in used {
                    var h = count[b] * count[c] / n
                    if saa > 0 { h += ageSum[b] * ageSum[c] / saa }
                    m[b * bins + c] -= h
                }
            }
        }
        let curve = solveRidged(m, r, size: bins)
        return parts.map { part in
            guard let p = part else { return nil }
            let n = Double(p.ages.count)
            let meanAge = p.ages.reduce(0, +) / n
            var my = 0.0
            for j in p.ages.indices { my += p.values[j] - curve[p.bins[j]] }
            my /= n
            var saa = 0.0, say = 0.0
            for j in p.ages.indices {
                let d = p.ages[j] - meanAge
                saa += d * d; say += d * (p.values[j] - curve[p.bins[j]] - my)
            }
            return saa > 0 ? say / saa : nil
        }
    }

    /// `M·x = r` for a symmetric positive semi-definite M: the curve's level and slope are not identified (each
    /// segment's own line takes them), so a tiny ridge picks one solution; the differences between intervals'
    /// slopes do not depend on which. Solved by `LinearSolve` (at most `bins` unknowns); zeros if it still fails.
    static func solveRidged(_ matrix: [Double], _ rhs: [Double], size: Int) -> [Double] {
        var a = matrix
        let scale = (0..<size).reduce(0.0) { max($0, a[$1 * size + $1]) }
        guard scale > 0 else { return [Double](repeating: 0, count: size) }
        for i in 0..<size { a[i * size + i] += 1e-9 * scale }
        return LinearSolve.solve(a, rhs, size: size) ?? [Double](repeating: 0, count: size)
    }

    /// The log-likelihood of each start k (an interval index, 1..<count) from the excess slopes: two groups, before
    /// k and from k on, with their own means and a shared spread. Starts where the later group does not rise faster
    /// than the earlier, or where either group is empty, are absent (no leak starts there).
    static func startLogLikelihoods(_ slopes: [Double?]) -> [Int: Double] {
        let known = slopes.indices.compactMap { i in slopes[i].map { (i, $0) } }
        let n = known.count
        guard n >= 3 else { return [:] }
        // Prefix sums over the known slopes, in interval order.
        var s1 = [0.0], s2 = [0.0]
        for (_, v) in known { s1.append(s1.last! + v); s2.append(s2.last! + v * v) }
        var out: [Int: Double] = [:]
        var split = 0  // number of known slopes before k
        for k in 1..<slopes.count {
            while split < n && known[split].0 < k { split += 1 }
            guard split > 0, split < n else { continue }
            let na = Double(split), nb = Double(n - split)
            let meanA = s1[split] / na, meanB = (s1[n] - s1[split]) / nb
            guard meanB > meanA else { continue }
            let ssA = max(0, s2[split] - na * meanA * meanA)
            let ssB = max(0, (s2[n] - s2[split]) - nb * meanB * meanB)
            out[k] = -Double(n) / 2 * log(ssA + ssB + 1e-12 * (1 + abs(meanA) + abs(meanB)))
        }
        return out
    }

    /// The share of the posterior the starts the contrast allows must hold together for the contrast to weigh them
    /// (`weigh`). Since 2026-12-07 (thirty-fifth session): blind batch 157's FB05, a cache leak over 30-minute intervals
    /// with one of 115 minutes after its culprit, was named two deploys late at p = 0.96 through the exports alone. The
    /// posterior held the culprit at 1.000; the contrast, read through the exports' restarts, ruled out every start
    /// but the last two, and weighing renormalised the posterior's remainder on them (its 0.000 became 0.96). Under
    /// 1 % in all the posterior's allowed starts are its noise, not a place. Development set (1,288 runs): no answer
    /// changed at 0.001, 0.01, 0.05 or 0.2. Every validation run of batches 8-162 (6,530 runs, each measured blind
    /// before; a check, not tuning): culprits first 3,872 → 3,880, the eight answers the exports alone named wrong
    /// over intervals of 100-240 minutes (batches 113's DJ01, 116's DM05, 119's DP05, 127's DX01, 146's EQ01, 149's
    /// ET01, 150's EU05, 157's FB05), nothing lost, false alarms 53 of 1,953 unchanged, ECE 0.027 → 0.025.
    static let minimumAllowedShare = 0.01

    /// The posterior over starts weighed by the matched-age contrast: each start's probability times its likelihood
    /// relative to the best start's, normalised; starts the contrast rules out (no faster rise after them) get none.
    /// The posterior unchanged when the contrast rules out every start it holds, or every start but some the posterior
    /// itself gives under `minimumAllowedShare` in all: the contrast places a start among those the evidence finds
    /// plausible, and renormalising a remainder of the posterior would name a start neither supports.
    static func weigh(_ posterior: [Int: Double], by likelihoods: [Int: Double]) -> [Int: Double] {
        guard let best = likelihoods.values.max() else { return posterior }
        let allowed = posterior.filter { likelihoods[$0.key] != nil }.values.reduce(0, +)
        if allowed < minimumAllowedShare { return posterior }
        var out: [Int: Double] = [:]
        for (k, p) in posterior { out[k] = likelihoods[k].map { p * exp($0 - best) } ?? 0 }
        let total = out.values.reduce(0, +)
        return total > 0 ? out.mapValues { $0 / total } : posterior
    }
}
