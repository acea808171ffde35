import Foundation
import Testing
@testable import MemBlameKit
import MemBlameTestSupport

/// `heap plan`: snapshot times from generated memory with a known leak rate, noise and level.
@Suite struct HeapPlanTests {
    /// Deploys every 12 h; 5-minute points; flat before deploy `leakFrom`, then `rate` %/h from each restart, starting at
    /// `start` %, with uniform noise of ± `noise` (standard deviation `noise / √3`).
    static func trace(start: Double, rate: Double, noise: Double, leakFrom: Int = 6, deploys count: Int = 10) -> (points: [Point], deploys: [Deploy]) {
        var rng = SplitMix64(seed: 11)
        var points: [Point] = [], deploys: [Deploy] = []
        let t0: Int64 = 1_790_000_000
        for i in 0..<count {
            let ts = t0 + Int64(i) * 43_200
            deploys.append(Deploy(service: "s", ts: ts, source: "csv", externalID: "d\(i)", sha: String(repeating: "\(i % 10)", count: 40), pr: 100 + i))
            for k in stride(from: Int64(0), to: 43_200, by: 300) {
                let u = Double(rng.next() % 10_000) / 10_000 * 2 - 1
                points.append(Point(ts: ts + k, value: start + (i >= leakFrom ? rate * Double(k) / 3600 : 0) + u * noise))
            }
        }
        return (points, deploys)
    }

    static func plan(start: Double, rate: Double, noise: Double) throws -> HeapPlan {
        let t = trace(start: start, rate: rate, noise: noise)
        let result = OnsetDetector().detect(points: t.points, deploys: t.deploys, unit: .percent)
        #expect(result.leak)
        return try #require(HeapPlan(result: result, points: t.points))
    }

    @Test func timesFollowRateAndNoise() throws {
        let plan = try Self.plan(start: 30, rate: 1.0, noise: 0.3)
        #expect(abs(plan.ratePerHour - 1.0) < 0.05)
        // The gap lets the leak add five noise widths (never under 10 minutes), so it stands out.
        #expect(plan.leakBetweenSnapshots >= HeapPlan.noiseWidths * plan.noise - 1e-9)
        #expect(plan.gapSeconds >= HeapPlan.minimumGapSeconds && plan.gapSeconds % 60 == 0)
        #expect(Double(plan.gapSeconds) <= (HeapPlan.noiseWidths * plan.noise / plan.ratePerHour) * 3600 + 60 || plan.gapSeconds == HeapPlan.minimumGapSeconds)
        #expect(plan.noise > 0.05 && plan.noise < 0.4)
        // s1 at the level the leaking intervals had after their warm-up: 30 % plus what leaked by then.
        #expect(abs(plan.levelAtS1 - (30 + Double(plan.s1AfterStartSeconds) / 3600)) < 0.5)
        #expect(abs(plan.levelAtS3 - (plan.levelAtS1 + 2 * plan.leakBetweenSnapshots)) < 1e-9)
        // 50 % is 20 % above the start: about 20 h at 1 %/h.
        let half = try #require(plan.secondsToHalf)
        #expect(abs(Double(half) / 3600 - (50 - plan.levelAtS1)) < 0.5)
        #expect(plan.warnings.isEmpty)
    }

    @Test func noisierMemoryNeedsLongerGaps() throws {
        let quiet = try Self.plan(start: 30, rate: 1.0, noise: 0.3), loud = try Self.plan(start: 30, rate: 1.0, noise: 1.5)
        #expect(loud.gapSeconds > 2 * quiet.gapSeconds)
        let fast = try Self.plan(start: 30, rate: 4.0, noise: 1.5)
        #expect(fast.gapSeconds < loud.gapSeconds)
    }

    @Test func warnsAbove50Percent() throws {
        let high = try Self.plan(start: 49, rate: 1.0, noise: 0.3)
        #expect(high.warnings.contains { $0.hasPrefix("memory would reach ") && $0.contains("above 50 % a snapshot may run the task out of memory") })
        // The latest point is far above 50 % (the last task has leaked for 12 h).
        #expect(high.warnings.contains { $0.contains("take it on a task under 50 % (restart one and follow the times below) with at least two tasks running") })
        let text = high.text(service: "s")
        #expect(text.contains("\nWarning: memory would reach "))
        #expect(text.contains("node --heapsnapshot-signal=SIGUSR2 server.js") && text.contains("kill -USR2 <pid>") && text.contains("v8').writeHeapSnapshot("))
    }

    @Test func noLeakNoPlan() {
        let t = Self.trace(start: 30, rate: 0, noise: 0.3)
        let result = OnsetDetector().detect(points: t.points, deploys: t.deploys, unit: .percent)
        #expect(HeapPlan(result: result, points: t.points) == nil)
    }
}
