import Foundation
import MemBlameKit

/// The reference the detector is measured against: a one-line rule in the style of Coroot's per-deployment memory
/// check. The first deploy whose memory grows at least 10 % per hour (relative to its level) over the 20 minutes
/// starting 10 minutes after the rollout is the culprit; when no deploy does, there is no leak.
public enum CorootStyleRule {
    /// Index of the first flagged deploy, or nil.
    public static func culprit(points: [Point], deploys: [Deploy]) -> Int? {
        for (i, deploy) in deploys.enumerated() {
            let lo = deploy.ts + 600, hi = deploy.ts + 1800
            let window = points.filter { $0.ts >= lo && $0.ts < hi && $0.value.isFinite }
            guard window.count >= 4 else { continue }
            let t = window.map { Double($0.ts - lo) / 3600 }, y = window.map(\.value)
            let tm = t.reduce(0, +) / Double(t.count), ym = y.reduce(0, +) / Double(y.count)
            var stt = 0.0, sty = 0.0
            for k in t.indices { stt += (t[k] - tm) * (t[k] - tm); sty += (t[k] - tm) * (y[k] - ym) }
            guard stt > 0, ym > 0 else { continue }
            if sty / stt / ym >= 0.10 { return i }
        }
        return nil
    }
}
