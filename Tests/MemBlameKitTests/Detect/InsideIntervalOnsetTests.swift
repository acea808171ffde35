import Testing
@testable import MemBlameKit
import MemBlameTestSupport

/// Growth switched on between deploys (a feature flag, a traffic change): the onset is placed inside the
/// interval and no deploy takes the blame.
@Suite struct InsideIntervalOnsetTests {
    /// Deploys every 20 h; memory flat with noise, resets at each deploy; from `onsetHours` on, every interval
    /// grows at `rate` %/h (the trigger persists across restarts).
    func trace(onsetHours: Double, rate: Double = 1.2, seed: UInt64 = 3) -> (points: [Point], deploys: [Deploy], onset: Int64) {
        var rng = SplitMix64(seed: seed)
        let start: Int64 = 1_767_225_600
        var deploys: [Deploy] = []
        for i in 0..<12 {
            let sha = String(repeating: String(i % 10), count: 40)
            deploys.append(Deploy(service: "s", ts: start + Int64(i + 1) * 72_000, source: "csv", externalID: String(i), sha: sha, pr: 100 + i))
        }
        let onset = start + Int64(onsetHours * 3600)
        var points: [Point] = []
        var lastReset = start
        var base = 30.0
        var next = 0
        for m in 0..<(13 * 20 * 60) {
            let ts = start + Int64(m) * 60
            if next < deploys.count, ts >= deploys[next].ts + 120 { lastReset = ts; next += 1; base = 29 + rng.uniform(0, 4) }
            let growthStart = max(onset, lastReset)
            let growth = ts > growthStart ? rate * Double(ts - growthStart) / 3600 : 0
            points.append(Point(ts: ts, value: min(99, base + growth + 0.3 * rng.normal())))
        }
        return (points, deploys, onset)
    }

    /// (hours from the start, seed): 9.5 h into the interval after deploy 4, 6 h into the one after deploy 6.
    static let cases: [(Double, UInt64)] = [(109.5, 3), (146.0, 11)]

    @Test(arguments: cases)
    func onsetInsideAnIntervalMatchesNoDeploy(_ onsetHours: Double, _ seed: UInt64) {
        let t = trace(onsetHours: onsetHours, seed: seed)
        let result = OnsetDetector().detect(points: t.points, deploys: t.deploys, unit: .percent)
        #expect(result.leak)
        #expect(result.method == .insideInterval)
        #expect(result.culpritDeployIndex == nil)
        let onset = result.onset ?? 0
        #expect(abs(onset - t.onset) <= 3600, "onset \(Timestamp.iso(onset)) vs true \(Timestamp.iso(t.onset))")
        #expect(result.summary.contains("not at a deploy"))
        let suspects = Investigation.suspects(for: result, deploys: t.deploys)
        #expect(!suspects.onsetMatchesDeploy)
        #expect(suspects.message.hasPrefix("the onset matches no deploy"))
    }

    @Test func growthFromTheDeployStaysAtTheDeploy() {
        // The same trace with growth starting right at deploy 5: the bisection answer is kept.
        let t = trace(onsetHours: 120.05)
        let result = OnsetDetector().detect(points: t.points, deploys: t.deploys, unit: .percent)
        #expect(result.method == .deployBisection)
        #expect(result.culpritDeployIndex == 5)
    }
}
