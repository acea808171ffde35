import Foundation

/// Picks the one series of a service to analyse when several are stored.
///
/// DESIGN 5: during a rolling deploy the service `Average` blends old and new tasks, so a `Maximum`
/// series or per-task series are preferred. Among per-task series the one with the most points wins
/// (the longest-lived task sees the most restarts). Memory-utilisation metrics come before others.
public enum SeriesChooser {
    /// The chosen series and why, in words; nil when `series` holds no points at all.
    public static func choose(_ series: [Series]) -> (series: Series, reason: String)? {
        let candidates = series.filter { !$0.points.isEmpty }
        guard !candidates.isEmpty else { return nil }
        func rank(_ s: Series) -> (Int, Int, Int) {
            let metric = s.key.metric.lowercased().contains("memory") ? 0 : 1
            let stat = s.key.stat.lowercased()
            let perTask = !s.key.dimensions.isEmpty
            let kind: Int
            if stat == "maximum" || stat == "max" { kind = 0 } else if perTask { kind = 1 } else if stat == "average" || stat.isEmpty { kind = 2 } else { kind = 3 }
            return (metric, kind, -s.points.count)
        }
        let best = candidates.min { rank($0) < rank($1) }!
        let reason: String
        if candidates.count == 1 {
            reason = "the only series"
        } else {
            let r = rank(best).1
            let why = r == 0 ? "Maximum is preferred over Average (a rolling deploy blends old and new tasks in the Average)"
                : r == 1 ? "a per-task series is preferred over the service Average" : "the series with the most points"
            reason = "chosen from \(candidates.count) series: \(why)"
        }
        return (best, reason)
    }
}
