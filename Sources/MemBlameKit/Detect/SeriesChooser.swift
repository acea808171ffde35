import Foundation

/// Picks the one series of a service to analyse when several are stored.
///
/// DESIGN 5: during a rolling deploy the service `Average` blends old and new tasks, so a `Maximum` series is
/// preferred. One task's series covers one task's life only (one interval), so the service series comes before any
/// per-task one; the per-task series are analysed together by `OnsetDetector.detect(tasks:)` (see `taskSeries`).
/// Memory-utilisation metrics come before others, and an RSS series before a working-set one: the working set
/// (`container_memory_working_set_bytes`, Container Insights `pod_memory_working_set`) counts active page cache,
/// so a file-cache build-up looks like a leak there; RSS is the process's own memory.
public enum SeriesChooser {
    /// 0 for RSS, 1 for other memory metrics (working set included), 2 for the rest.
    static func metricRank(_ metric: String) -> Int {
        let name = metric.lowercased()
        guard name.contains("memory") else { return 2 }
        return name.contains("rss") ? 0 : 1
    }

    /// Whether the metric is a working set (it counts active page cache).
    static func isWorkingSet(_ metric: String) -> Bool {
        let name = metric.lowercased()
        return name.contains("working_set") || name.contains("workingset")
    }

    /// A note for when an RSS series was chosen although a working-set series of the service is stored too.
    static func rssNote(chosen metric: String, among series: [Series]) -> String? {
        guard metricRank(metric) == 0, let other = series.first(where: { isWorkingSet($0.key.metric) && !$0.points.isEmpty }) else { return nil }
        return "\(metric) is used, not \(other.key.metric): the working set counts active page cache, so a file-cache build-up would look like a leak"
    }

    /// The chosen series and why, in words; nil when `series` holds no points at all.
    public static func choose(_ series: [Series]) -> (series: Series, reason: String)? {
        let candidates = series.filter { !$0.points.isEmpty }
        guard !candidates.isEmpty else { return nil }
        func rank(_ s: Series) -> (Int, Int, Int) {
            let metric = metricRank(s.key.metric)
            let stat = s.key.stat.lowercased()
            let perTask = !s.key.dimensions.isEmpty
            let kind: Int
            if perTask { kind = 2 } else if stat == "maximum" || stat == "max" { kind = 0 } else if stat == "average" || stat.isEmpty { kind = 1 } else { kind = 3 }
            return (metric, kind, -s.points.count)
        }
        let best = candidates.min { rank($0) < rank($1) }!
        let reason: String
        if candidates.count == 1 {
            reason = "the only series"
        } else if let note = rssNote(chosen: best.key.metric, among: candidates) {
            reason = "chosen from \(candidates.count) series: \(note)"
        } else {
            let r = rank(best).1
            let why = r == 0 ? "Maximum is preferred over Average (a rolling deploy blends old and new tasks in the Average)"
                : r == 1 ? "the service series is preferred over per-task ones (a task lives one interval)" : "the series with the most points"
            reason = "chosen from \(candidates.count) series: \(why)"
        }
        return (best, reason)
    }

    /// The per-task (or per-pod) series of one memory metric, when there are at least two: the lives of the service's
    /// tasks, to be analysed together. RSS is preferred (see the type's note), then Percent (MemoryUtilization), then the
    /// metric with the most tasks.
    public static func taskSeries(_ series: [Series]) -> [Series] {
        let perTask = series.filter { s in
            !s.points.isEmpty && s.key.metric.lowercased().contains("memory")
                && (s.key.dimensions["TaskId"] != nil || s.key.dimensions["pod"] != nil)
        }
        let byMetric = Dictionary(grouping: perTask) { $0.key.metric }
        let best = byMetric.max { a, b in
            (-metricRank(a.key), a.value.first?.unit == .percent ? 1 : 0, a.value.count, b.key) < (-metricRank(b.key), b.value.first?.unit == .percent ? 1 : 0, b.value.count, a.key)
        }
        guard let tasks = best?.value, tasks.count >= 2 else { return [] }
        return tasks.sorted { $0.points[0].ts < $1.points[0].ts }
    }

    /// The service's memory as the mean over its tasks at each timestamp, for the chart when only per-task series
    /// exist (what CloudWatch's service-level `Average` would show): dimensions dropped, stat `Average`.
    public static func meanOfTasks(_ tasks: [Series]) -> Series? {
        guard let first = tasks.first else { return nil }
        var sums: [Int64: (Double, Int)] = [:]
        for task in tasks {
            for p in task.points where p.value.isFinite {
                let s = sums[p.ts] ?? (0, 0)
                sums[p.ts] = (s.0 + p.value, s.1 + 1)
            }
        }
        let key = SeriesKey(service: first.key.service, metric: first.key.metric, stat: "Average")
        let points = sums.keys.sorted().map { Point(ts: $0, value: sums[$0]!.0 / Double(sums[$0]!.1)) }
        return Series(id: first.id, descriptor: SeriesDescriptor(key: key, unit: first.unit, periodSeconds: first.descriptor.periodSeconds),
                      points: points)
    }
}
