import Foundation
import Testing
import MemBlameTestSupport
@testable import MemBlameKit

/// `WarmUpLevelling`: the earlier and later halves of restarts' data, on curves with a known shape.
@Suite struct WarmUpLevellingTests {
    /// Restarts of 20-45 minutes sampled every minute from minute 5: `curve(age in hours)` plus noise of 0.05.
    func segments(count: Int = 6, seed: UInt64 = 11, _ curve: (Double) -> Double) -> [SharedWarmUp.Segment] {
        var rng = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            let minutes = rng.uniform(20, 45)
            let ages = stride(from: 5.0, through: minutes, by: 1).map { $0 / 60 }
            let level = rng.uniform(12, 16)
            return SharedWarmUp.Segment(ages: ages, values: ages.map { level + curve($0) + 0.05 * rng.normal() })
        }
    }

    @Test func aWarmUpThatSaturatesRisesFarSlowerInTheLaterHalves() throws {
        // A cache filled with a time constant of 4 minutes: by the later halves (from minute 12-25) it is nearly full.
        let levelling = try #require(WarmUpLevelling(segments { 3 * (1 - exp(-$0 / (4.0 / 60))) }))
        #expect(levelling.early > 1, "early \(levelling.early)")
        #expect(levelling.late <= OnsetContext.levelOffShare * levelling.early, "late \(levelling.late), early \(levelling.early)")
    }

    @Test func aSteadyRiseKeepsItsPaceInTheLaterHalves() throws {
        // A bounded cache filling for longer than the intervals last, or a leak: 6 %/h throughout.
        let levelling = try #require(WarmUpLevelling(segments { 6 * $0 }))
        #expect(abs(levelling.early - 6) < 1.5 && abs(levelling.late - 6) < 1, "early \(levelling.early), late \(levelling.late)")
        #expect(levelling.late > OnsetContext.levelOffShare * levelling.early)
        #expect(levelling.lateStandardError > 0 && levelling.lateStandardError < 0.5, "se \(levelling.lateStandardError)")
    }

    @Test func intervalsTooShortForTwoHalvesGiveNothing() {
        let short = [SharedWarmUp.Segment(ages: [0.1, 0.12, 0.14, 0.16, 0.18, 0.2], values: [1, 2, 3, 4, 5, 6])]
        #expect(WarmUpLevelling(short) == nil)
        #expect(WarmUpLevelling([]) == nil)
    }

    @Test func eachHalfsSlopeIsWeighedByItsPrecision() throws {
        // A quiet interval rising 1 %/h and a noisy one rising 9 %/h: the pooled slope sits near the quiet one's.
        var rng = SplitMix64(seed: 5)
        let ages = stride(from: 5.0, through: 45, by: 1).map { $0 / 60 }
        let quiet = SharedWarmUp.Segment(ages: ages, values: ages.map { 10 + 1 * $0 + 0.01 * rng.normal() })
        let noisy = SharedWarmUp.Segment(ages: ages, values: ages.map { 10 + 9 * $0 + 0.5 * rng.normal() })
        let levelling = try #require(WarmUpLevelling([quiet, noisy]))
        #expect(abs(levelling.late - 1) < 0.3 && abs(levelling.early - 1) < 0.3, "early \(levelling.early), late \(levelling.late)")
    }
}
