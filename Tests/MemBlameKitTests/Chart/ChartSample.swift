import Foundation
@testable import MemBlameKit

/// Fixed chart data with a known story: five days at 5-minute resolution, flat until a deploy at
/// day 1 12:00 starts a 1.5 %/h leak, an out-of-memory restart when it reaches 100 %, a one-point
/// spike, a 3-hour gap, six deploys (two ranked suspects) and an onset window.
enum ChartSample {
    static let start: Int64 = 1_795_651_200   // 2026-11-26T00:00:00Z
    static let hour: Int64 = 3600
    static let onset = start + 36 * hour
    static let spike = start + 20 * hour
    static let gap = (start + 100 * hour)...(start + 103 * hour)

    /// The series and the time of the OOM restart (where the leak reached 100 %).
    static let series: (points: [Point], oom: Int64) = {
        var points: [Point] = []
        var oom: Int64 = 0
        var level = 32.0
        var t = start
        var i = 0
        while t <= start + 120 * hour {
            // Deterministic wobble instead of random noise, so snapshots never change.
            let wobble = 1.5 * sin(Double(i) * 0.7) + 0.8 * sin(Double(i) * 0.13)
            if t > onset { level += 1.5 / 12 }
            if level >= 100, oom == 0 { oom = t; level = 30 }
            if !gap.contains(t) {
                points.append(Point(ts: t, value: t == spike ? level + 40 : min(100, level + wobble)))
            }
            t += 300
            i += 1
        }
        return (points, oom)
    }()

    static let markers: [ChartMarker] = [
        ChartMarker(ts: start + 9 * hour + 1234, label: "PR #101", title: "Bump aws-sdk"),
        ChartMarker(ts: start + 26 * hour, label: "PR #104", title: "Log slow queries", suspectRank: 2),
        ChartMarker(ts: onset, label: "PR #107", title: "Cache tenant settings <per request> & \"forever\"", suspectRank: 1),
        ChartMarker(ts: start + 60 * hour, label: "PR #110", title: "Add audit trail"),
        ChartMarker(ts: start + 88 * hour + 600, label: "PR #112", title: "Stream large exports"),
        ChartMarker(ts: start + 110 * hour, label: "9f3c2ab", title: nil),
    ]

    static var input: ChartInput {
        ChartInput(points: series.points, unit: .percent, title: "prod/api MemoryUtilization Maximum", markers: markers,
                   onset: onset, onsetWindow: (onset - 2 * hour)...(onset + 3 * hour), oomRestarts: [series.oom])
    }
}
