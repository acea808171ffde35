import Foundation

/// The one human sentence of an `OnsetResult`.
public enum OnsetSummary {
    /// E.g. "growth began 2020-05-08 14:10 UTC (±20 min), at deploy PR #4312 "Add cache"; +1.9 %/h after vs
    /// +0.02 %/h before; 9 of 9 later intervals grow, 0 of 14 earlier ones; at this rate memory reaches 100 % in 11h".
    public static func sentence(_ r: OnsetResult, deploys: [Deploy]) -> String {
        guard r.leak, let onset = r.onset else { return r.summary }
        let unit = r.unit.symbol
        var text = "growth began \(Timestamp.display(onset)) UTC"
        if let a = r.onsetWindowEarliest, let b = r.onsetWindowLatest {
            text += " (window \(Timestamp.display(a)) to \(Timestamp.display(b)))"
        }
        if let d = r.culpritDeployIndex, d < deploys.count {
            text += ", at deploy " + name(deploys[d])
            if let p = r.candidates.first(where: { $0.deployIndex == d })?.probability { text += String(format: " (p = %.2f)", p) }
        } else {
            text += ", not at a deploy"
        }
        if let after = r.slopeAfterPerHour {
            text += "; " + signed(after) + " \(unit)/h after"
            if let before = r.slopeBeforePerHour { text += " vs " + signed(before) + " \(unit)/h before" }
        }
        text += "; \(r.intervalsGrowingAfter) of \(r.intervalsAfter) later intervals grow, \(r.intervalsGrowingBefore) of \(r.intervalsBefore) earlier ones"
        if let f = r.fixedByDeployIndex, f < deploys.count {
            text += "; growth stopped after deploy " + name(deploys[f])
            if r.fixIsTentative {
                text += " " + tentativeFix(r)
            } else {
                text += " (the leak has ended)"
            }
        } else if let t = r.timeToLimitSeconds, let limit = r.limit {
            text += "; at this rate memory reaches \(limitTarget(limit, unit: r.unit)) in \(Timestamp.describeDuration(t))"
        }
        if !r.oomRestarts.isEmpty { text += "; \(r.oomRestarts.count) out-of-memory restart\(r.oomRestarts.count == 1 ? "" : "s")" }
        return text
    }

    /// What a fix with under an hour of data after it means (`OnsetResult.fixIsTentative`): "35 min before the data
    /// ends: the leak has ended, or paused with its traffic ...". Shared by the summary and the report.
    public static func tentativeFix(_ r: OnsetResult) -> String {
        String(format: "%.0f min before the data ends: the leak has ended, or paused with its traffic (a leak that follows load stops at night); an hour of busy traffic after it would tell",
               (r.fixHoursOfDataAfter ?? 0) * 60)
    }

    /// The level memory runs out at, as the sentences name it: "100 %" for percent, else the limit in its unit.
    static func limitTarget(_ limit: Double, unit: MetricUnit) -> String {
        unit == .percent ? "100 %" : String(format: "%.4g %@", limit, unit.symbol)
    }

    /// `PR #4312 "title"` or the short SHA.
    public static func name(_ d: Deploy) -> String {
        var s = d.pr.map { "PR #\($0)" } ?? String((d.sha ?? d.externalID).prefix(8))
        if let title = d.title { s += " \"\(title)\"" }
        return s
    }

    static func signed(_ v: Double) -> String { String(format: "%+.3g", v) }
}
