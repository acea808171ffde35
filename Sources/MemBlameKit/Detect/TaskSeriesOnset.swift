import Foundation

extension OnsetDetector {
    /// The onset from several series of one service, one per task or pod (Container Insights `TaskId`, Kubernetes pod):
    /// each task's life is one interval that begins with its start and ends when it is replaced, so a rolling deploy
    /// is N restarts a few minutes apart instead of a blend in the service average, and an OOM-killed task simply ends.
    ///
    /// A task that starts within the clock-skew window of a deploy runs that deploy's release; the first such task of
    /// each deploy is where a leak may start. The evidence is the same as for one series: every task's slope net of
    /// the shared warm-up, pooled by `BoundaryPosterior`.
    /// - Parameters:
    ///   - tasks: one point list per task (each sorted by ts); tasks with fewer than 4 points are left out.
    ///   - limit: the value at which memory runs out (100 for percent).
    public func detect(tasks: [[Point]], deploys: [Deploy], unit: MetricUnit, limit: Double? = nil) -> OnsetResult {
        detect(lives: tasks.map { TaskLife(points: $0) }, deploys: deploys, unit: unit, limit: limit)
    }

    /// `detect(tasks:)` for lives whose ends may be known (Kubernetes pods cut at their container restarts, see
    /// `PodLives`): a life known to end in an OOM kill is one wherever its memory stood, one known to end
    /// otherwise is not, and only a life of unknown end is judged from the data (a stop near the limit).
    public func detect(lives taskLives: [TaskLife], deploys: [Deploy], unit: MetricUnit, limit: Double? = nil) -> OnsetResult {
        let limit = limit ?? unit.impliedLimit
        let known = taskLives.filter { $0.points.count >= 4 }.sorted { ($0.points[0].ts, $0.points.last!.ts) < ($1.points[0].ts, $1.points.last!.ts) }
        let lives = known.map(\.points)
        let merged = lives.flatMap { $0 }.sorted { $0.ts < $1.ts }
        guard lives.count >= 2, merged.count >= 12 else {
            return .noLeak(unit: unit, limit: limit, resets: [], intervals: [], summary: "no leak found: too few task series to judge (\(lives.count))")
        }
        let firstTs = merged[0].ts
        // Which deploy started each task, and whether it is the first task of that deploy.
        var seenDeploys = Set<Int>()
        var resets: [Reset] = []
        var starts: [Bool] = []
        var segments: [SharedWarmUp.Segment] = []
        // Tasks running when the data began, read as started with it (ages from their first sample).
        var startedWithData: [Int: SharedWarmUp.Segment] = [:]
        var intervals: [IntervalTrend] = []
        for life in lives {
            let start = life[0].ts, end = life.last!.ts
            let deploy = deploys.lastIndex { $0.ts - options.skewBeforeSeconds <= start && start <= $0.ts + options.skewAfterSeconds }
            let isStart = start > firstTs && deploy.map { !seenDeploys.contains($0) } ?? false
            if let deploy, isStart { seenDeploys.insert(deploy) }
            let kind: Reset.Kind? = start <= firstTs ? nil : (deploy != nil ? .deploy : .restart)
            if let kind { resets.append(Reset(ts: start, kind: kind, deployIndex: isStart ? deploy : nil, dropTs: start)) }
            starts.append(isStart)
            let bins = PooledEvidence.sampleBins(life)
            let settled = start <= firstTs ? start : start + min(options.settleSeconds, (end - start) / 4)
            let lo = bins.firstIndex(atOrAfter: settled)
            // A task that was running when the data began has an unknown age: keep it clear of the warm-up.
            let shift = start <= firstTs ? 1000.0 : 0
            segments.append(PooledEvidence.segment(bins: bins, values: bins.value, range: lo..<bins.count, origin: start, shift: shift))
            if start <= firstTs {
                startedWithData[segments.count - 1] = PooledEvidence.segment(bins: bins, values: bins.value, range: 0..<bins.count, origin: start)
            }
            intervals.append(IntervalTrend(start: start, end: end, resetKind: kind, deployIndex: isStart ? deploy : nil, settledStart: settled,
                                           trendStart: settled, warmUpSkippedSeconds: 0, warmUpTauHours: 0, warmUpAmplitude: 0,
                                           judgedWithServiceWarmUp: false, n: bins.count - lo, slopePerHour: 0, slopeLowPerHour: 0,
                                           slopeHighPerHour: 0, mannKendallZ: 0, mannKendallP: 1, zScore: 0, slopeStandardErrorPerHour: .infinity,
                                           noise: 0, informative: false, growing: false, probabilityGrowing: 0.5))
        }
        // Out-of-memory ends: a task that stops near the limit while the data goes on.
        let lastTs = merged.last!.ts
        for (life, end) in zip(lives, known.map(\.end)) {
            switch end {
            case .oom:
                resets.append(Reset(ts: life.last!.ts, kind: .oom, dropTs: life.last!.ts))
            case .notOOM:
                break
            case .unknown:
                if life.last!.ts < lastTs - 600, let limit, (life.suffix(3).map(\.value).max() ?? 0) >= 0.9 * limit {
                    resets.append(Reset(ts: life.last!.ts, kind: .oom, dropTs: life.last!.ts))
                }
            }
        }
        resets.sort { $0.ts < $1.ts }
        // A task running when the data began is read as started with the data when its first values sit where the
        // later tasks open (as for one series' first interval, `PooledEvidence.startsFresh`).
        let restarted = segments.indices.filter { startedWithData[$0] == nil }.map { segments[$0] }
        for (i, fresh) in startedWithData where PooledEvidence.startsFresh(fresh, restarted: restarted) == true { segments[i] = fresh }
        let bins = Bins(points: merged, width: Bins.width(for: merged))
        let level = RobustStats.median(bins.value)
        let minimumSlope = Self.minimumRate(level: level)
        let evidence = PooledEvidence(segments: segments, startsAtDeploy: starts, minimumRate: minimumSlope / options.sensitivity, options: options)
        let posterior = BoundaryPosterior(evidence: evidence.evidence, parameters: evidence.parameters)
        var context = OnsetContext(bins: bins, values: bins.value, deploys: deploys, unit: unit, limit: limit, resets: resets,
                                   intervals: intervals, minimumSlope: minimumSlope, options: options)
        context.searchesInsideIntervals = false
        var result = context.bisect(pooled: evidence, posterior: posterior)
        result.seriesDescription = "\(lives.count) task series analysed together (each task's life is one interval)"
        return result
    }
}
