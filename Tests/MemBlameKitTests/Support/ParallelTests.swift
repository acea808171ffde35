import Foundation
import Testing
import MemBlameTestSupport
@testable import MemBlameKit

/// `Parallel.map` and the detector pieces that use it: results in index order, the same as one thread's.
@Suite struct ParallelTests {
    @Test func resultsComeInIndexOrderAndMatchTheSequentialMap() {
        func work(_ i: Int) -> Double {
            var rng = SplitMix64(seed: UInt64(i + 1))
            return (0..<1000).reduce(0.0) { total, _ in total + rng.normal() }
        }
        for count in [0, 1, 2, 7, 100] {
            let sequential = (0..<count).map(work)
            #expect(Parallel.map(count, parallel: true, work) == sequential, "count \(count)")
            #expect(Parallel.map(count, parallel: false, work) == sequential, "count \(count)")
        }
    }

    @Test func aWarmUpFittedOnEveryCoreRecoversTheKnownCurveAndSlopes() {
        // 400 intervals of one hour at one-minute ages (24,000 values: above `Parallel.worthItFrom`), warm-up
        // A = 3, τ = 0.35 h; every fifth interval leaks at 2 %/h.
        var rng = SplitMix64(seed: 11)
        let segments = (0..<400).map { i -> SharedWarmUp.Segment in
            let ages = stride(from: 1.0 / 60, through: 1.0, by: 1.0 / 60).map { $0 }
            let level = rng.uniform(20, 30)
            return SharedWarmUp.Segment(ages: ages, values: ages.map { a in
                level + 3 * (1 - exp(-a / 0.35)) + (i % 5 == 0 ? 2 * a : 0) + 0.05 * rng.normal()
            })
        }
        #expect(segments.reduce(0) { $0 + $1.ages.count } >= Parallel.worthItFrom)
        let fit = SharedWarmUp.fit(segments)
        #expect(fit.tauHours == 0.35, "τ = \(fit.tauHours)")
        #expect(abs(fit.amplitude - 3) < 0.2, "A = \(fit.amplitude)")
        for (i, slope) in fit.slopes.enumerated() {
            let s = try! #require(slope)
            #expect(abs(s.slope - (i % 5 == 0 ? 2 : 0)) < 0.3, "interval \(i): \(s.slope)")
        }
        // The same fit again gives the same answer, bit for bit, whatever the threads did.
        let again = SharedWarmUp.fit(segments)
        #expect(again.slopes.map { $0?.slope } == fit.slopes.map { $0?.slope })
    }
}
