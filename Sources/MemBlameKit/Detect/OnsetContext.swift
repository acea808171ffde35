import Foundation

/// Everything the two onset methods share once the intervals are analysed; builds the `OnsetResult`.
struct OnsetContext {
    var bins: Bins
    var values: [Double]
    var deploys: [Deploy]
    var unit: MetricUnit
    var limit: Double?
    var resets: [Reset]
    var intervals: [IntervalTrend]
    var minimumSlope: Double
    var options: DetectOptions

    // MARK: - Onset at a deploy boundary

    /// The deploy boundary that best separates flat intervals before from growing intervals after.
    func bisect() -> OnsetResult {
        let n = intervals.count
        let deployStarts = intervals.indices.filter { intervals[$0].deployIndex != nil }
        let likelihood = OnsetLikelihood(probabilities: intervals.map(\.probabilityGrowing), starts: [0] + deployStarts,
                                         ends: deployStarts, fixPrior: options.fixPrior)
        let k = likelihood.bestStart
        var f = likelihood.bestEnd
        let before = intervals[0..<k].filter(\.informative)
        var after = intervals[k..<f].filter(\.informative)
        let tail = intervals[f..<n].filter(\.informative)
        // A fix needs flat evidence after it: at least two flat intervals or half a day of flat data.
        if f < n {
            let tailGrowing = tail.filter(\.growing).count
            let tailHours = tail.reduce(0.0) { $0 + Double($1.end - $1.trendStart) / 3600 }
            if tail.isEmpty || Double(tailGrowing) > 0.34 * Double(tail.count) || (tail.count < 2 && tailHours < 12) {
                f = n
                after = intervals[k..<n].filter(\.informative)
            }
        }
        let growingAfter = after.filter(\.growing).count
        let growingBefore = before.filter(\.growing).count
        var reasons: [String] = []
        // One long, clearly growing interval is enough only when it runs to the end of the data (the
        // culprit is the latest deploy); growth that stops after one interval is a one-off, not a leak.
        let single = f == n && after.count == 1 && growingAfter == 1 && Double(after[0].end - after[0].trendStart) >= 12 * 3600
            && after[0].zScore >= 2 * options.zThreshold
        // Growth that stops again must have lasted longer to count: a transient looks like that too.
        let needed = options.minimumGrowingIntervals + (f < n ? 1 : 0)
        if growingAfter < needed && !single {
            reasons.append("\(growingAfter) of \(after.count) intervals after the best boundary grow (need \(needed))")
        }
        if !after.isEmpty && Double(growingAfter) < 0.6 * Double(after.count) {
            reasons.append("growth does not persist across restarts (\(growingAfter) of \(after.count) later intervals grow)")
        }
        if k > 0 && Double(growingBefore) > 0.34 * Double(max(1, before.count)) {
            reasons.append("\(growingBefore) of \(before.count) earlier intervals grow too")
        }
        if k == 0 && (growingAfter < 3 || Double(growingAfter) < 0.75 * Double(after.count)) {
            reasons.append("no flat period before the growth")
        }
        let slopeAfter = median(after.map(\.slopePerHour))
        if slopeAfter < minimumSlope / options.sensitivity {
            reasons.append(String(format: "the slope after (%.3g %@/h) is below the relevant minimum", slopeAfter, unit.symbol))
        }
        guard reasons.isEmpty else { return noLeak(reasons) }

        // Candidates: every deploy start, with its posterior and the slopes either side.
        let mass = deployStarts.reduce(0.0) { $0 + (likelihood.posterior[$1] ?? 0) } + (likelihood.posterior[0] ?? 0)
        var candidates = deployStarts.map { i -> DeployCandidate in
            let d = intervals[i].deployIndex!
            return DeployCandidate(deployIndex: d, ts: deploys[d].ts, probability: (likelihood.posterior[i] ?? 0) / max(mass, 1e-300),
                                   slopeBeforePerHour: median(intervals[0..<i].filter(\.informative).map(\.slopePerHour)),
                                   slopeAfterPerHour: median(intervals[i..<(i < f ? f : n)].filter(\.informative).map(\.slopePerHour)))
        }
        candidates.sort { ($0.probability, -$0.ts) > ($1.probability, -$1.ts) }
        let pLeak = 1 / (1 + exp(min(700, likelihood.noLeakLogLikelihood - likelihood.leakLogEvidence)))
        var result = base(method: k == 0 ? .pelt : .deployBisection)
        if k == 0 {
            // Growing since the first data: locate the start inside the first interval(s).
            let fallback = pelt()
            if fallback.leak { return fallback }
            result.onset = intervals[0].start
        } else if let inside = onsetInsideInterval(k: k, leakRate: slopeAfter) {
            // The rise began inside an interval: before deploy k (in the interval it ends) or well after it.
            result.method = .insideInterval
            result.onset = inside
        } else {
            result.culpritDeployIndex = intervals[k].deployIndex
            result.onset = intervals[k].start
        }
        if result.method == .insideInterval, let onset = result.onset {
            let uncertainty = max(Int64(1800), 3 * bins.width)
            result.onsetWindowEarliest = onset - uncertainty
            result.onsetWindowLatest = onset + uncertainty
        } else {
        // The window: the deploys holding 90 % of the probability, widened by the clock-skew tolerance.
        var cumulative = 0.0
        var window: [Int64] = []
        for c in candidates where cumulative < 0.9 { window.append(c.ts); cumulative += c.probability }
        if window.isEmpty { window = [result.onset!] }
        result.onsetWindowEarliest = window.min()! - options.skewBeforeSeconds
        result.onsetWindowLatest = window.max()! + options.skewAfterSeconds
        }
        result.candidates = candidates
        result.leak = true
        result.slopeBeforePerHour = before.isEmpty ? nil : median(before.map(\.slopePerHour))
        result.slopeAfterPerHour = slopeAfter
        result.intervalsBefore = before.count
        result.intervalsGrowingBefore = growingBefore
        result.intervalsAfter = after.count
        result.intervalsGrowingAfter = growingAfter
        result.fixedByDeployIndex = f < n ? intervals[f].deployIndex : nil
        result.confidence = min(1, max(0, (likelihood.posterior[k] ?? 0) / max(mass, 1e-300) * pLeak * Double(growingAfter) / Double(max(1, after.count))))
        result.timeToLimitSeconds = result.fixedByDeployIndex == nil ? timeToLimit(rate: currentRate(after)) : nil
        result.summary = OnsetSummary.sentence(result, deploys: deploys)
        return result
    }

    /// Growth that starts inside the interval that deploy k ends (the rise precedes the deploy) or, more than
    /// the flat minimum after it, inside deploy k's own interval; nil when the rise starts at the deploy.
    func onsetInsideInterval(k: Int, leakRate: Double) -> Int64? {
        let finder = InsideIntervalOnset()
        let minimum = minimumSlope / options.sensitivity
        func flatThenRising(_ i: Int) -> Int64? {
            finder.onset(in: intervals[i], bins: bins, values: values, minimumSlope: minimum, leakRate: leakRate, sensitivity: options.sensitivity)
        }
        for i in [k - 1, k] where i >= 0 && i < intervals.count && intervals[i].informative {
            guard let t = flatThenRising(i) else { continue }
            // A trigger between deploys shows once: the later growing intervals rise from their restart. When they
            // too start flat, that is the service's shape after a restart (a slow warm-up, sqrt-like growth).
            let later = intervals[(i + 1)...].filter { $0.informative && $0.growing }.prefix(3)
            if later.indices.contains(where: { flatThenRising($0) != nil }) { continue }
            return t
        }
        return nil
    }

    // MARK: - Onset inside the data (no deploys)

    /// A piecewise-linear changepoint search inside each interval between resets; the onset is the start of
    /// the first growing segment after which (duration-weighted) growth dominates and before which it does not.
    func pelt() -> OnsetResult {
        let segments = PeltSegments.find(bins: bins, values: values, intervals: intervals, minimumSlope: minimumSlope / options.sensitivity,
                                         options: options)
        guard let choice = PeltSegments.onset(segments) else {
            return noLeak(["no stretch of growth that persists to the end of the data"])
        }
        let grown = segments[choice...]
        let growingHours = grown.filter(\.growing).reduce(0.0) { $0 + $1.hours }
        guard growingHours >= 12 else {
            return noLeak([String(format: "growth lasts only %.1f h", growingHours)])
        }
        var result = base(method: .pelt)
        let onset = segments[choice].start
        result.leak = true
        result.onset = onset
        let uncertainty = max(Int64(3600), 2 * bins.width * Int64(PeltSegments.blockSize(bins.count)))
        result.onsetWindowEarliest = onset - uncertainty
        result.onsetWindowLatest = onset + uncertainty
        let beforeSegments = segments[..<choice]
        result.slopeBeforePerHour = beforeSegments.isEmpty ? nil : weightedSlope(Array(beforeSegments))
        result.slopeAfterPerHour = weightedSlope(Array(grown))
        let before = intervals.filter { $0.informative && $0.end <= onset }
        let after = intervals.filter { $0.informative && $0.end > onset }
        result.intervalsBefore = before.count
        result.intervalsGrowingBefore = before.filter(\.growing).count
        result.intervalsAfter = after.count
        result.intervalsGrowingAfter = after.filter(\.growing).count
        // The deploy (if any) just before the onset, within the window, is the suspect.
        if let d = deploys.lastIndex(where: { $0.ts <= onset + uncertainty && $0.ts >= onset - uncertainty }) {
            result.culpritDeployIndex = d
            result.candidates = [DeployCandidate(deployIndex: d, ts: deploys[d].ts, probability: 1,
                                                 slopeBeforePerHour: result.slopeBeforePerHour ?? 0, slopeAfterPerHour: result.slopeAfterPerHour ?? 0)]
        }
        let share = growingHours / max(1e-9, grown.reduce(0.0) { $0 + $1.hours })
        result.confidence = min(1, max(0, share * min(1, growingHours / 48)))
        result.timeToLimitSeconds = timeToLimit(rate: grown.last(where: \.growing)?.slope ?? 0)
        result.summary = OnsetSummary.sentence(result, deploys: deploys)
        return result
    }

    // MARK: - Pieces

    func base(method: OnsetMethod) -> OnsetResult {
        var r = OnsetResult.noLeak(unit: unit, limit: limit, resets: resets, intervals: intervals, summary: "")
        r.method = method
        return r
    }

    func noLeak(_ reasons: [String]) -> OnsetResult {
        let growing = intervals.filter(\.growing).count
        let informative = intervals.filter(\.informative).count
        var text = "no leak found: \(growing) of \(informative) intervals between restarts grow"
        if growing == 0 {
            text += " once warm-up and any daily cycle are set aside"
        } else if let first = reasons.first {
            text += "; " + first
        }
        return .noLeak(unit: unit, limit: limit, resets: resets, intervals: intervals, summary: text)
    }

    /// The slope now: the last informative interval's slope when it grows, else the median after the onset.
    func currentRate(_ after: [IntervalTrend]) -> Double {
        if let last = after.last, last.growing { return last.slopePerHour }
        return median(after.filter(\.growing).map(\.slopePerHour))
    }

    /// Seconds from the last data until `limit` at `rate` per hour, from the recent level.
    func timeToLimit(rate: Double) -> Int64? {
        guard let limit, rate > 0, bins.count > 0 else { return nil }
        let recent = Array(bins.value.suffix(6))
        let level = RobustStats.median(recent)
        // Capped at 200 years; nil when the data make it meaningless (values far beyond any memory).
        let seconds = (limit - level) / rate * 3600
        guard seconds.isFinite else { return nil }
        return Int64(saturating: min(max(0, seconds), Double(OptionValues.maxDurationSeconds)))
    }

    func weightedSlope(_ segments: [PeltSegments.Segment]) -> Double {
        let hours = segments.reduce(0.0) { $0 + $1.hours }
        guard hours > 0 else { return 0 }
        return segments.reduce(0.0) { $0 + $1.slope * $1.hours } / hours
    }

    func median(_ v: [Double]) -> Double { v.isEmpty ? 0 : RobustStats.median(v) }
}
