import Foundation
import MemBlameKit

/// Seeded memory traces of every shape the onset detector must get right, each with its true answer.
///
/// Leaking shapes: `linear`, `sqrt`, `fixed-later`, `quick-follow`, `daily-leak` (a leak under a daily
/// cycle), `no-deploys` (growth starts mid-series with no deploys: the PELT path), `frequent` (6 to 20 deploys a
/// day), `declining-before` (an interval before the culprit declines by 0.35-0.6 %/h), `fixed-soon` (fixed one or
/// two deploys later), `traffic-leak` (the leak's rate follows traffic and nearly stops at night). Not leaking:
/// `warmup`, `long-warmup`, `daily`, `step`, `organic`, `spikes-gaps`, `frequent-healthy`, `load-following`
/// (memory follows a strong daily load curve). Added later (listed last, so every earlier seed keeps its trace):
/// `flag-flip` (a feature flag starts the leak 30-70 % into an interval of at least 3 h; no deploy is to blame). All traces have rolling deploys,
/// noise with slow wander, spikes, gaps, a new baseline after every restart and OOM kills at 100 %.
public enum TraceGenerator {
    public static let leakingShapes = ["linear", "sqrt", "fixed-later", "quick-follow", "daily-leak", "no-deploys",
                                       "frequent", "declining-before", "fixed-soon", "traffic-leak"]
    public static let cleanShapes = ["warmup", "long-warmup", "daily", "step", "organic", "spikes-gaps", "frequent-healthy", "load-following"]
    /// Shapes added after the first split, kept last so the seeds of the others do not move.
    public static let addedShapes = ["flag-flip"]
    public static var shapes: [String] { leakingShapes + cleanShapes + addedShapes }

    /// `perShape` traces of every shape, seeds from `firstSeed`.
    public static func suite(perShape: Int, firstSeed: UInt64) -> [LabelledTrace] {
        var out: [LabelledTrace] = []
        for (s, shape) in shapes.enumerated() {
            for k in 0..<perShape { out.append(trace(shape: shape, seed: firstSeed &+ UInt64(s * 1000 + k))) }
        }
        return out
    }

    /// One trace of `shape` (see the type's list) from `seed`.
    /// - Parameter days: length of the trace; random (10 to 24 days) when nil.
    public static func trace(shape: String, seed: UInt64, stepSeconds: Int64 = 60, days fixedDays: Int? = nil) -> LabelledTrace {
        var rng = SplitMix64(seed: seed &* 0x2545_F491_4F6C_DD1D &+ 17)
        let randomDays = Int(rng.uniform(10, 24))
        let frequent = shape == "frequent" || shape == "frequent-healthy"
        // Frequent deploys: a few days are hundreds of points per interval already.
        let days = fixedDays ?? (frequent ? 3 + randomDays % 4 : randomDays)
        let start: Int64 = 1_704_067_200 + Int64(seed % 500) * 86400
        let end = start + Int64(days) * 86400
        let leaking = leakingShapes.contains(shape) || shape == "flag-flip"

        // Deploys: irregular, 4 to 40 hours apart.
        var deploys: [Deploy] = []
        if shape != "no-deploys" {
            var t = start + Int64(rng.uniform(1, 6) * 3600)
            while t < end - 4 * 3600 {
                deploys.append(deploy(t, index: deploys.count, seed: seed))
                t += Int64((frequent ? rng.uniform(1.2, 4) : rng.uniform(4, 40)) * 3600)
            }
        }
        var culprit: Int? = nil
        var fix: Int? = nil
        var onset: Int64? = nil
        if leaking && shape != "no-deploys" && deploys.count >= 6 {
            let c = Int(rng.uniform(0.3, 0.65) * Double(deploys.count))
            culprit = c
            if shape == "quick-follow" {
                // Another deploy 30 to 120 minutes after the culprit.
                let t = deploys[c].ts + Int64(rng.uniform(30, 120) * 60)
                deploys.insert(deploy(t, index: c + 1, seed: seed), at: c + 1)
                for i in deploys.indices { deploys[i] = deploy(deploys[i].ts, index: i, seed: seed) }
            }
            if shape == "fixed-later" { fix = min(deploys.count - 2, c + 3 + Int(rng.uniform(0, 4))) }
            if shape == "fixed-soon" { fix = min(deploys.count - 2, c + 1 + Int(rng.uniform(0, 2))) }
            onset = deploys[c].ts
            if shape == "flag-flip" {
                // The flag goes on inside the longest interval around the middle; the leak then runs in every release.
                let k = (max(1, c - 2)...min(deploys.count - 2, c + 2)).max { deploys[$0 + 1].ts - deploys[$0].ts < deploys[$1 + 1].ts - deploys[$1].ts }!
                let gap = Double(deploys[k + 1].ts - deploys[k].ts)
                culprit = nil
                onset = gap >= 3 * 3600 ? deploys[k].ts + Int64(rng.uniform(0.3, 0.7) * gap) : deploys[k].ts + Int64(0.5 * gap)
            }
        }
        if shape == "no-deploys" { onset = start + Int64(rng.uniform(0.3, 0.6) * Double(end - start)) }

        let slope = rng.uniform(0.4, 3.5) // % per hour
        let sqrtScale = rng.uniform(2.5, 6) // % per sqrt(hour)
        var dailyAmplitude = shape == "daily" ? rng.uniform(2, 5) : (shape == "daily-leak" ? rng.uniform(1.5, 4) : rng.uniform(0, 0.8))
        if shape == "load-following" { dailyAmplitude = rng.uniform(5, 10) }
        let decline = shape == "declining-before" ? rng.uniform(0.35, 0.6) : 0
        let dailyPhase = rng.uniform(0, 2 * .pi)
        let warmAmplitude = rng.uniform(2, 7)
        let warmTau = shape == "long-warmup" ? rng.uniform(2, 5) * 3600 : rng.uniform(8, 30) * 60
        let stepAt = start + Int64(rng.uniform(0.3, 0.7) * Double(end - start))
        let stepSize = rng.uniform(4, 9)
        var baseline = rng.uniform(25, 40)
        var gaps: [(Int64, Int64)] = []
        for _ in 0..<Int(rng.uniform(1, 4)) {
            let g = start + Int64(rng.uniform(0.05, 0.95) * Double(end - start))
            gaps.append((g, g + Int64(rng.uniform(0.5, 6) * 3600)))
        }

        var points: [Point] = []
        var ooms: [Int64] = []
        var lastRestart = start - 6 * 3600
        var previousValue = baseline
        var rollingFrom: Int64 = .min, rollingTo: Int64 = .min
        var wander = 0.0
        var trafficLeak = 0.0
        var nextDeploy = 0
        var restartBaseline = baseline
        var t = start
        while t < end {
            // A deploy: the rollout starts 0-4 minutes after CI time and takes 1-6 minutes.
            if nextDeploy < deploys.count, t >= deploys[nextDeploy].ts {
                let delay = Int64(rng.uniform(0, 4) * 60)
                rollingFrom = deploys[nextDeploy].ts + delay
                rollingTo = rollingFrom + Int64(rng.uniform(1, 6) * 60)
                lastRestart = rollingFrom
                if shape == "organic" { baseline += rng.uniform(0.5, 2) }
                restartBaseline = baseline + rng.normal() * 1.2
                nextDeploy += 1
            }
            let leakOn: Bool = {
                guard let onset else { return false }
                if let fix, t >= deploys[fix].ts + 600 { return false }
                return t >= onset + (shape == "no-deploys" || shape == "flag-flip" ? 0 : 600)
            }()
            let age = Double(t - lastRestart)
            var v = restartBaseline + wander
            if decline > 0, let c = culprit, c >= 1, t >= deploys[c - 1].ts, t < deploys[c].ts {
                // The release before the culprit frees memory slowly (a cache shrinking).
                v -= decline * max(0, age) / 3600
            }
            v -= warmAmplitude * exp(-age / warmTau)
            v += dailyAmplitude * sin(2 * .pi * Double(t % 86400) / 86400 + dailyPhase)
            if shape == "step" && t >= stepAt { v += stepSize }
            if t == lastRestart || t - stepSeconds < lastRestart { trafficLeak = 0 }
            if leakOn {
                let since = max(0, Double(t - max(lastRestart, shape == "no-deploys" || shape == "flag-flip" ? onset! : lastRestart)) / 3600)
                if shape == "traffic-leak" {
                    // The leak keeps what requests leave behind: it follows traffic, lowest at 04:00 UTC.
                    let hour = Double(t % 86400) / 3600
                    trafficLeak += 1.6 * slope * (0.08 + 0.92 * (0.5 - 0.5 * cos(2 * .pi * (hour - 4) / 24))) * Double(stepSeconds) / 3600
                    v += trafficLeak
                } else {
                    v += shape == "sqrt" ? sqrtScale * since.squareRoot() : slope * since
                }
            }
            v += rng.normal() * 0.4
            if t >= rollingFrom && t < rollingTo {
                // Old and new tasks blend in the service average.
                let f = Double(t - rollingFrom) / Double(rollingTo - rollingFrom)
                v = previousValue * (1 - f) + v * f
            } else if t < rollingFrom {
                previousValue = v
            }
            wander = 0.995 * wander + 0.05 * rng.normal()
            if v >= 100 {
                // Out of memory: the task is killed and restarts from its baseline.
                ooms.append(t)
                v = 100
                lastRestart = t + stepSeconds
                restartBaseline = baseline + rng.normal() * 1.2
            }
            // A heap snapshot doubles memory for one sample now and then.
            if rng.uniform(0, 1) < 0.0008 { v = min(100, v * 2) }
            if !gaps.contains(where: { t >= $0.0 && t < $0.1 }) { points.append(Point(ts: t, value: (v * 1000).rounded() / 1000)) }
            t += stepSeconds
        }
        return LabelledTrace(name: "gen-\(shape)-\(seed)", kind: shape, points: points, deploys: deploys, leaking: leaking,
                             culpritIndex: culprit, onset: onset, fixedByIndex: fix, oomRestarts: ooms)
    }

    static func deploy(_ ts: Int64, index: Int, seed: UInt64) -> Deploy {
        Deploy(service: "prod/api", ts: ts, source: "generated", externalID: "g\(seed)-\(index)", sha: String(format: "%08x%032x", index, seed),
               pr: 1000 + index, title: "Change \(index)", author: "gen")
    }
}
