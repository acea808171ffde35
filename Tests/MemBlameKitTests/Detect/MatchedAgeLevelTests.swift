import Foundation
import Testing
import MemBlameTestSupport
@testable import MemBlameKit

/// `MatchedAgeLevel`: the level of restarts at matched ages, on restarts with a known warm-up and leak.
@Suite struct MatchedAgeLevelTests {
    /// Restarts of 16-24 minutes sampled every minute from their restart, opening at 14 %: a warm-up of `rise` reached
    /// with time constant `tau` hours, plus `leak` × age, plus noise of 0.05.
    func restart(_ rng: inout SplitMix64, rise: Double = 2, tau: Double = 3.0 / 60, leak: Double = 0) -> SharedWarmUp.Segment {
        let minutes = rng.uniform(16, 24)
        let ages = stride(from: 0.0, through: minutes, by: 1).map { $0 / 60 }
        return SharedWarmUp.Segment(ages: ages, values: ages.map { 14 + rise * (1 - exp(-$0 / tau)) + leak * $0 + 0.05 * rng.normal() })
    }

    @Test func aLeakSitsHigherAtTheSameAgeByItsRateTimesTheAge() throws {
        var rng = SplitMix64(seed: 3)
        // Segment 0 (the release the data begins with) is far off and must not count.
        var segments = [SharedWarmUp.Segment(ages: [0.1, 0.2, 0.3], values: [90, 90, 90])]
        segments += (1..<8).map { _ in restart(&rng) }
        segments += (8..<14).map { _ in restart(&rng, leak: 6) }
        let level = try #require(MatchedAgeLevel.difference(segments: segments, leaking: 8..<14, healthy: Array(0..<8)))
        // The window ends at the age a quarter of the restarts no longer reach (about 17-18 minutes): 6 %/h × ~0.28 h.
        #expect(level.difference > 1.2 && level.difference < 2.2, "difference \(level.difference)")
        #expect(level.standardError > 0 && level.standardError < 0.2, "se \(level.standardError)")
        #expect(level.difference > MatchedAgeLevel.lowerBy * level.standardError)
        // The scatter is one release's: each level averages five samples of noise 0.05 (about 0.022), and the
        // standard error is the median difference's over 6 and 7 releases (segment 0 left out).
        #expect(level.scatter > 0.005 && level.scatter < 0.08, "scatter \(level.scatter)")
        #expect(abs(level.standardError - 1.2533 * level.scatter * (1.0 / 6 + 1.0 / 7).squareRoot()) < 1e-12)
    }

    @Test func aSlowerWarmUpRisesFasterLateButSitsLower() throws {
        // The releases from 8 on warm up to the same 2 % with a time constant of 12 minutes instead of 3: late in their
        // interval they still rise (what a net slope reads as growth), but at every age they sit lower.
        var rng = SplitMix64(seed: 8)
        let segments = (0..<8).map { _ in restart(&rng) } + (8..<16).map { _ in restart(&rng, tau: 12.0 / 60) }
        let level = try #require(MatchedAgeLevel.difference(segments: segments, leaking: 8..<16, healthy: Array(1..<8)))
        #expect(level.difference < -MatchedAgeLevel.lowerBy * level.standardError, "difference \(level.difference), se \(level.standardError)")
        #expect(level.difference < -0.1)
    }

    @Test func aFixedLeakComparesWithTheReleasesBeforeItsStartAndAfterItsFix() throws {
        var rng = SplitMix64(seed: 21)
        let segments = (0..<5).map { _ in restart(&rng) } + (5..<9).map { _ in restart(&rng, leak: 8) } + (9..<13).map { _ in restart(&rng) }
        let level = try #require(MatchedAgeLevel.difference(segments: segments, leaking: 5..<9, healthy: Array(1..<5) + Array(9..<13)))
        #expect(level.difference > 1.5, "difference \(level.difference)")
    }

    @Test func restartsThatOpenElsewhereAreNotCompared() {
        // A limit raised from 300 to 870 MiB: in percent every later release, leaking or not, is scaled by 0.34, so it
        // opens and sits lower at every age. The premise (one opening level) fails: no comparison.
        var rng = SplitMix64(seed: 13)
        var segments = (0..<8).map { _ in restart(&rng) }
        segments += (8..<14).map { _ in
            let s = restart(&rng, leak: 6)
            return SharedWarmUp.Segment(ages: s.ages, values: s.values.map { $0 * 300 / 870 })
        }
        #expect(MatchedAgeLevel.difference(segments: segments, leaking: 8..<14, healthy: Array(1..<8)) == nil)
    }

    @Test func oneRestartOnEitherSideIsTooFew() {
        var rng = SplitMix64(seed: 1)
        let segments = (0..<6).map { _ in restart(&rng) }
        #expect(MatchedAgeLevel.difference(segments: segments, leaking: 5..<6, healthy: [1, 2, 3, 4]) == nil)
        #expect(MatchedAgeLevel.difference(segments: segments, leaking: 2..<6, healthy: [0, 1]) == nil)
        #expect(MatchedAgeLevel.difference(segments: [], leaking: 0..<0, healthy: []) == nil)
    }

    @Test func oneLeakingReleaseIsReadWhenTheCallerAllowsIt() throws {
        // A leak fixed by the next deploy leaves one leaking release: read against the others only when the caller
        // asks for one (`minimumLeaking: 1`). A release whose boot climb takes 15 minutes instead of 3 rises steeply
        // late in its interval and sits lower at the same age; one that leaks 6 %/h sits higher by about its rate
        // times the age.
        var rng = SplitMix64(seed: 21)
        let healthy = Array(1..<8) + Array(9..<13)
        var slow = (0..<8).map { _ in restart(&rng) } + [restart(&rng, tau: 15.0 / 60)]
        slow += (9..<13).map { _ in restart(&rng) }
        #expect(MatchedAgeLevel.difference(segments: slow, leaking: 8..<9, healthy: healthy) == nil)
        let low = try #require(MatchedAgeLevel.difference(segments: slow, leaking: 8..<9, healthy: healthy, minimumLeaking: 1))
        #expect(low.difference < -MatchedAgeLevel.lowerBy * low.standardError, "difference \(low.difference), se \(low.standardError)")
        var leaking = (0..<8).map { _ in restart(&rng) } + [restart(&rng, leak: 6)]
        leaking += (9..<13).map { _ in restart(&rng) }
        let high = try #require(MatchedAgeLevel.difference(segments: leaking, leaking: 8..<9, healthy: healthy, minimumLeaking: 1))
        // The window ends where a quarter of the restarts stop (16-24 minutes long: about 17-19 minutes): 6 %/h × ~0.3 h.
        #expect(high.difference > 1.0 && high.difference < 2.4, "difference \(high.difference)")
    }
}
