import Foundation

/// When to take the three heap snapshots of a leaking service, from what its memory chart measured: s1 once a
/// restarted task has warmed up, s2 when the leak has added enough to stand out of the noise, s3 as much later again;
/// with the level memory will be at, and a warning when it would pass 50 % of the limit (a snapshot needs about as much
/// memory again as the heap, and blocks the process while V8 writes it).
public struct HeapPlan: Sendable {
    /// The leak rate measured after the onset, series unit per hour.
    public var ratePerHour: Double
    /// The residual noise around the trend in the leaking intervals (median over them), series unit.
    public var noise: Double
    /// How far past a restart the trend starts in the leaking intervals (settle time and warm-up), seconds.
    public var warmUpSeconds: Int64
    /// When to take s1 after a task starts, and the gaps s1→s2 and s2→s3, seconds.
    public var s1AfterStartSeconds: Int64
    public var gapSeconds: Int64
    /// The leak added between two snapshots, series unit (`ratePerHour × gap`), and how many noise widths that is.
    public var leakBetweenSnapshots: Double
    /// Memory at s1 and at s3 (series unit), and as a share of the limit when it is known (percent).
    public var levelAtS1: Double
    public var levelAtS3: Double
    public var percentAtS3: Double?
    /// Seconds after s1 until memory passes half the limit (nil without a limit).
    public var secondsToHalf: Int64?
    /// The latest point's value (the current level), and its share of the limit.
    public var currentLevel: Double?
    public var currentPercent: Double?
    /// The unit of the levels.
    public var unit: MetricUnit
    /// Warnings in words (memory above 50 %, snapshots too far apart for the headroom).
    public var warnings: [String]

    /// The leak must add this many noise widths between two snapshots to stand out.
    public static let noiseWidths = 5.0
    /// The shortest gap between snapshots, seconds (enough requests for a per-request leak to count in hundreds).
    public static let minimumGapSeconds: Int64 = 10 * 60
    /// A margin after the measured warm-up before s1, seconds.
    public static let warmUpMarginSeconds: Int64 = 5 * 60

    /// The plan for a detector result over `points`; nil when the result finds no leak (there would be nothing to see).
    public init?(result: OnsetResult, points: [Point]) {
        guard result.leak, let onset = result.onset else { return nil }
        let leaking = result.intervals.filter { $0.informative && $0.growing && $0.start >= onset - 1800 }
        let rate = result.slopeAfterPerHour ?? HeapPlan.median(leaking.map(\.slopePerHour)) ?? 0
        guard rate > 0 else { return nil }
        ratePerHour = rate
        unit = result.unit
        noise = HeapPlan.median(leaking.map(\.noise)) ?? 0
        warmUpSeconds = Int64(HeapPlan.median(leaking.map { Double($0.trendStart - $0.start) }) ?? 0)
        s1AfterStartSeconds = warmUpSeconds + HeapPlan.warmUpMarginSeconds
        // Enough leaked between snapshots to stand out of the noise, rounded up to whole minutes.
        let needed = max(HeapPlan.noiseWidths * noise, 1e-9)
        let seconds = Int64((needed / rate * 3600).rounded(.up))
        let gap = max(HeapPlan.minimumGapSeconds, (seconds + 59) / 60 * 60)
        let leak = rate * Double(gap) / 3600
        gapSeconds = gap
        leakBetweenSnapshots = leak
        // Memory at s1: what the leaking intervals held just after their warm-up.
        let after = warmUpSeconds + HeapPlan.warmUpMarginSeconds
        let starts: [Double] = leaking.compactMap { interval in
            let from = interval.start + after
            return HeapPlan.median(points.filter { $0.ts >= from && $0.ts < from + 1800 && $0.ts < interval.end }.map(\.value))
        }
        let s1Level = HeapPlan.median(starts) ?? (points.first?.value ?? 0)
        let s3Level = s1Level + 2 * leak
        levelAtS1 = s1Level
        levelAtS3 = s3Level
        let limit = result.limit ?? (result.unit == .percent ? 100 : nil)
        let s3Percent = limit.map { s3Level / $0 * 100 }
        let nowPercent = points.last.flatMap { p in limit.map { p.value / $0 * 100 } }
        percentAtS3 = s3Percent
        secondsToHalf = limit.map { l in Int64(max(0, (l / 2 - s1Level) / rate * 3600)) }
        currentLevel = points.last?.value
        currentPercent = nowPercent
        var warnings: [String] = []
        if let now = nowPercent, now > 50 {
            warnings.append(String(format: "memory is at %.0f %% of the limit now: a snapshot needs about twice the heap and blocks the process, so take it on a task under 50 %% (restart one and follow the times below) with at least two tasks running", now))
        }
        if let p = s3Percent, p > 50 {
            warnings.append(String(format: "memory would reach %.0f %% of the limit by s3: above 50 %% a snapshot may run the task out of memory; take them on a task that starts lower, or shorten the gaps (the leak then stands out less)", p))
        }
        self.warnings = warnings
    }

    static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let s = values.sorted()
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    // MARK: - Text

    /// The plan as the terminal prints it, with the commands to take the snapshots and diff them.
    public func text(service: String) -> String {
        func level(_ v: Double) -> String { unit == .percent ? String(format: "%.1f %%", v) : String(format: "%.3g %@", v, unit.symbol) }
        func d(_ s: Int64) -> String { Timestamp.describeDuration(s) }
        var out = "Snapshot plan for \(service): the leak adds \(level(ratePerHour))/h; the noise around the trend is \(level(noise)).\n"
        out += "  s1: \(d(s1AfterStartSeconds)) after a task starts (its warm-up takes about \(d(warmUpSeconds))), at about \(level(levelAtS1))\n"
        out += "  s2: \(d(gapSeconds)) after s1: the leak adds about \(level(leakBetweenSnapshots)) (\(String(format: "%.0f", noise > 0 ? leakBetweenSnapshots / noise : HeapPlan.noiseWidths)) times the noise), enough to stand out\n"
        out += "  s3: \(d(gapSeconds)) after s2, at about \(level(levelAtS3))" + (percentAtS3.map { unit == .percent ? "" : String(format: " (%.0f %% of the limit)", $0) } ?? "") + "\n"
        if let half = secondsToHalf {
            out += "  Memory passes 50 % of the limit \(d(half)) after s1" + (half >= 2 * gapSeconds ? ": the three snapshots fit before it.\n" : ".\n")
        } else {
            out += "  The limit is unknown (give --limit): keep the heap under half the memory available when you snapshot.\n"
        }
        for w in warnings { out += "Warning: \(w).\n" }
        out += """

        Commands (Node.js; all three from one process, in order):
          node --heapsnapshot-signal=SIGUSR2 server.js      # start the service so that SIGUSR2 writes a snapshot
          kill -USR2 <pid>                                  # at s1, s2 and s3: writes Heap.<date>.<pid>.<n>.heapsnapshot in its folder
          # or from the code: require('v8').writeHeapSnapshot('/tmp/s1.heapsnapshot')
        then:
          memblame heap diff s1.heapsnapshot s2.heapsnapshot s3.heapsnapshot --repo <clone> --service \(service)

        """
        return out
    }
}
