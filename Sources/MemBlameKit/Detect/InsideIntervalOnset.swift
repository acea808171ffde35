import Foundation

/// Growth that begins inside an interval between resets, not at its deploy: a feature flag switched on, a
/// traffic change, a cron job. The best single split of the interval's bins into a flat line followed by a
/// rising one, accepted only when it explains the data much better than one line (a BIC-type test with the
/// same wander allowance as PELT's penalty) and both parts are long enough to judge.
struct InsideIntervalOnset {
    /// The least a flat part must last before the growth, in seconds (shorter is warm-up or rollout); at least a
    /// quarter of the interval too. Half an hour: batch 15's flag flip H14 came 50 minutes after its deploy (40 minutes
    /// of settled data) and was blamed on it with one hour; on batches 1-15 development and the generated traces 30
    /// minutes changed no other answer (earlier, on batch 1, 1 h, 1.5 h and 3 h had changed nothing either).
    var minimumFlatSeconds: Int64 = 1800
    /// "Flat" before the growth: slower than this share of the leak's rate (or than the minimum rate). A quarter: a
    /// healthy release still warming up rises a little; the minimum rate alone (then 0.2 %/h) let no real flag flip through.
    var flatShare = 0.25
    /// Whether the flat part must also hold a quarter of the interval (off for the short-flat search, which
    /// `OnsetContext.onsetInsideInterval` confirms at matched ages instead).
    var flatAtLeastAQuarter = true
    /// The least the rising part must last, in seconds.
    var minimumRiseSeconds: Int64 = 3600
    /// How many times the BIC penalty (3·ln n: two more line parameters and the split) the split must gain: minute
    /// samples wander (GC sawtooth, heap growth) far more than independent noise. Until 2026-12-03 fourfold on the
    /// coarse bins (5 minutes for one-minute data), with V8's heap step allowed in the flat part (F12); since then on
    /// the samples' own step (`OnsetContext.onsetInsideInterval`) and with a plain flat line, which alone made warm-up
    /// and a step pass for flat and placed slow-starting leaks inside their culprit's interval. Batches 1-41
    /// development (2,301 runs), 4, 6, 7, 8 and 10 times: 1,530, 1,536, 1,536, 1,535 and 1,528 culprits first of 1,656
    /// (1,527 before; flags inside an interval 44 → 48-56 of 63), false alarms 8 of 645 throughout; at 7 the flags
    /// of AP08, AP09, B08 (CSV, bytes), R22 (CSV, exports) and Z20 (CSV, bytes) are placed, and G15, a leak from an
    /// evening deploy paused overnight, is placed at the morning's restart of traffic; generated traces unchanged.
    var wanderFactor = 7.0

    /// The time growth starts inside `interval`, or nil when the interval is one line (flat or rising from its start).
    /// - Parameters:
    ///   - minimumSlope: slopes below this (units per hour) count as flat.
    ///   - leakRate: the leak's rate elsewhere; the rising part must reach three quarters of it.
    func onset(in interval: IntervalTrend, bins: Bins, values: [Double], minimumSlope: Double, leakRate: Double, sensitivity: Double) -> Int64? {
        let lo = bins.firstIndex(atOrAfter: interval.trendStart)
        let hi = bins.firstIndex(atOrAfter: interval.end - bins.width + 1)
        let n = hi - lo
        let width = max(1, Int(bins.width))
        let minLeft = max(Int(minimumFlatSeconds) / width, flatAtLeastAQuarter ? n / 4 : 0, 6)
        let minRight = max(Int(minimumRiseSeconds) / width, 6)
        guard n >= minLeft + minRight, leakRate > 0 else { return nil }
        // Judged on continuous data only: after a gap the level may already have risen, and the stretch after it
        // looks flat-then-rising without any trigger.
        let settled = bins.firstIndex(atOrAfter: interval.settledStart)
        guard !(settled + 1..<hi).contains(where: { bins.ts[$0] - bins.ts[$0 - 1] > 3 * bins.width }) else { return nil }
        // Prefix sums of 1, t, y, t², ty, y² (t in hours from the first bin) give any segment's line in O(1).
        var s = [[Double]](repeating: [Double](repeating: 0, count: n + 1), count: 6)
        for i in 0..<n {
            let t = Double(bins.ts[lo + i] - bins.ts[lo]) / 3600, y = values[lo + i]
            let terms = [1, t, y, t * t, t * y, y * y]
            for k in 0..<6 { s[k][i + 1] = s[k][i] + terms[k] }
        }
        func fit(_ a: Int, _ b: Int) -> (sse: Double, slope: Double) {
            let c = (0..<6).map { s[$0][b] - s[$0][a] }
            let (m, st, sy, stt, sty, syy) = (c[0], c[1], c[2], c[3], c[4], c[5])
            let denominator = m * stt - st * st
            guard denominator > 1e-12 else { return (max(0, syy - sy * sy / max(m, 1)), 0) }
            let slope = (m * sty - st * sy) / denominator
            let intercept = (sy - slope * st) / m
            let sse = syy - intercept * sy - slope * sty
            return (max(0, sse), slope)
        }
        // The rising part may hold one GC drop, by the rules of `GCDropRule`, paying `dropPenalty`·ln m. A leak switched on by a flag that drops once before the
        // next deploy otherwise fits a line so poorly that the split fails its test and the deploy before is blamed
        // (batch 20's C09 through CSV and bytes: a drop two bins before the next deploy, p = 0.83 for that deploy).
        // Two values after the drop suffice here: the common slope comes from both sides.
        var differences = (1..<n).map { values[lo + $0] - values[lo + $0 - 1] }
        let drops = GCDropRule(differences: &differences)
        func centred(_ a: Int, _ b: Int) -> (m: Double, stt: Double, sty: Double, syy: Double, mt: Double, my: Double) {
            let c = (0..<6).map { s[$0][b] - s[$0][a] }
            let m = c[0]
            return (m, c[3] - c[1] * c[1] / m, c[4] - c[1] * c[2] / m, c[5] - c[2] * c[2] / m, c[1] / m, c[2] / m)
        }
        /// One slope over bins a..<j and j..<b with a level shift at j: the slope, the shift, the fit's squared error
        /// and both sides' centred sums; nil when neither side spans time.
        func shiftedLine(_ a: Int, _ j: Int, _ b: Int) -> (slope: Double, step: Double, sse: Double,
                                                            left: (mt: Double, my: Double), right: (mt: Double, my: Double))? {
            let l = centred(a, j), r = centred(j, b)
            let stt = l.stt + r.stt
            guard stt > 0 else { return nil }
            let slope = (l.sty + r.sty) / stt
            let step = (r.my - slope * r.mt) - (l.my - slope * l.mt)
            let sse = max(0, l.syy + r.syy - (l.sty + r.sty) * (l.sty + r.sty) / stt)
            return (slope, step, sse, (l.mt, l.my), (r.mt, r.my))
        }
        func fitAllowingDrop(_ a: Int, _ b: Int) -> (sse: Double, slope: Double) {
            let plain = fit(a, b)
            let m = b - a
            guard m >= 8 else { return plain }
            let factor = exp(SharedWarmUp.dropPenalty * log(Double(m)) / Double(m))
            let t0 = s[1][a + 1] - s[1][a]
            var best = plain
            for j in (a + 3)...(b - 2) where values[lo + j] - values[lo + j - 1] <= drops.steepestFall {
                guard let f = shiftedLine(a, j, b) else { continue }
                let tj = s[1][j + 1] - s[1][j]
                guard drops.accepts(step: f.step, fall: values[lo + j] - values[lo + j - 1], afterDrop: f.right.my + f.slope * (tj - f.right.mt),
                                    opening: f.left.my + f.slope * (t0 - f.left.mt)) else { continue }
                if f.sse * factor < best.sse { best = (f.sse * factor, f.slope) }
            }
            return best
        }
        // The one line the split is weighed against may hold one GC drop too, as the rising part may: otherwise a drop
        // alone makes one rising line look like two. Batch 75's BX06 (measured blind first), a leak from the last deploy
        // that fell once 33 minutes in, was placed 45 minutes after its deploy through every source. Since 2026-12-05
        // (twentieth session): batches 73-75, every case: BX06 named through every source and BV05 through the
        // exports; batches 1-72 every case (3,825 runs): 2,606 -> 2,604 first (AQ05, a flag that goes on just after a
        // drop, now blamed on the deploy before it through CSV and bytes), false alarms 16 of 1,005 as before;
        // ../shared/eval and the generated traces unchanged.
        let whole = fitAllowingDrop(0, n)
        var best: (sse: Double, split: Int)?
        for split in minLeft...(n - minRight) {
            let left = fit(0, split), right = fitAllowingDrop(split, n)
            guard abs(left.slope) < max(minimumSlope, flatShare * leakRate), right.slope >= 0.75 * leakRate else { continue }
            if best == nil || left.sse + right.sse < best!.sse { best = (left.sse + right.sse, split) }
        }
        guard let best, best.sse > 0 else { return nil }
        // Two more line parameters and the split: a BIC-type penalty, widened `wanderFactor`-fold for slow wander.
        let gain = Double(n) * log(whole.sse / best.sse)
        guard gain > wanderFactor * 3 * log(Double(n)) / sensitivity else { return nil }
        return bins.ts[lo + best.split]
    }
}
