import Foundation
import Testing
import MemBlameTestSupport
@testable import MemBlameKit

/// `MatchedAgeContrast`: restarts compared at the same ages, on intervals with a known warm-up shape and a known start.
@Suite struct MatchedAgeContrastTests {
    /// A V8-like warm-up no exponential follows: flat for 3 minutes, a heap step of 1.5 at minute 4, then a fill
    /// levelling off over 10 minutes.
    static func warmUp(_ hours: Double) -> Double {
        let minutes = hours * 60
        return (minutes >= 4 ? 1.5 : 0) + 1.2 * (1 - exp(-minutes / 10))
    }

    /// `count` restarts of 18-40 minutes sampled every minute from minute 1; from `leakFrom` on each also rises
    /// `rate` per hour; noise 0.05.
    func segments(count: Int, leakFrom: Int, rate: Double, seed: UInt64 = 3) -> [SharedWarmUp.Segment] {
        var rng = SplitMix64(seed: seed)
        return (0..<count).map { i in
            let minutes = rng.uniform(18, 40)
            let ages = stride(from: 1.0, through: minutes, by: 1).map { $0 / 60 }
            let level = rng.uniform(20, 24)
            let extra = i >= leakFrom ? rate : 0
            return SharedWarmUp.Segment(ages: ages, values: ages.map { level + Self.warmUp($0) + extra * $0 + 0.05 * rng.normal() })
        }
    }

    @Test func theExcessSlopesRecoverEachReleasesOwnRiseWhateverTheWarmUpsShape() throws {
        let segs = segments(count: 9, leakFrom: 5, rate: 4)
        let slopes = MatchedAgeContrast.excessSlopes(segs, binHours: 1.0 / 60).map { try! #require($0) }
        // Only differences mean anything: the leaking releases rise 4 per hour faster than the healthy ones.
        let healthy = slopes[..<5], leaking = slopes[5...]
        let gap = leaking.reduce(0, +) / 4 - healthy.reduce(0, +) / 5
        #expect(abs(gap - 4) < 0.5, "gap \(gap), slopes \(slopes)")
        let spread = healthy.max()! - healthy.min()!
        #expect(spread < 1, "healthy spread \(spread)")
    }

    @Test func theLikeliestStartIsTheDeployFromWhichReleasesRiseFaster() throws {
        for leakFrom in [2, 4, 6] {
            let likelihoods = try #require(MatchedAgeContrast.startLogLikelihoods(segments: segments(count: 9, leakFrom: leakFrom, rate: 3, seed: UInt64(leakFrom))))
            let best = try #require(likelihoods.max { $0.value < $1.value })
            #expect(best.key == leakFrom, "leak from \(leakFrom): \(likelihoods)")
        }
    }

    @Test func aReleaseThePosteriorCannotReadTiesWithTheNextStart() throws {
        // A leak from release 5, which lived 4 minutes before release 6 replaced it: its start-up minutes (before the
        // heap step) read flat, so the contrast alone puts it among the healthy releases and names 6.
        var segs = segments(count: 9, leakFrom: 5, rate: 4, seed: 11)
        let ages = [1.0, 2, 3].map { $0 / 60 }
        segs[5] = SharedWarmUp.Segment(ages: ages, values: ages.map { _ in 22 })
        let alone = try #require(MatchedAgeContrast.startLogLikelihoods(segments: segs))
        #expect(alone.max { $0.value < $1.value }?.key == 6, "\(alone)")
        // Left out as the posterior leaves it out (no slope), the two starts tie and the earlier one keeps its share.
        let usable = segs.indices.map { $0 != 5 }
        let likelihoods = try #require(MatchedAgeContrast.startLogLikelihoods(segments: segs, usable: usable))
        let five = try #require(likelihoods[5]), six = try #require(likelihoods[6])
        #expect(five == six)
        #expect(likelihoods.values.max() == six, "\(likelihoods)")
        let weighed = MatchedAgeContrast.weigh([4: 0.01, 5: 0.495, 6: 0.495], by: likelihoods)
        #expect(abs(weighed[5, default: 0] - weighed[6, default: 0]) < 1e-12, "\(weighed)")
    }

    @Test func aStartAfterWhichReleasesRiseSlowerIsRuledOut() throws {
        // Releases rising 3 per hour until deploy 5, then flat: no start of a leak at 5.
        var segs = segments(count: 9, leakFrom: 0, rate: 3)
        let flat = segments(count: 9, leakFrom: 99, rate: 0, seed: 8)
        for i in 5..<9 { segs[i] = flat[i] }
        let likelihoods = try #require(MatchedAgeContrast.startLogLikelihoods(segments: segs))
        #expect(likelihoods[5] == nil, "\(likelihoods)")
    }

    @Test func tooFewIntervalsGiveNoContrast() {
        #expect(MatchedAgeContrast.startLogLikelihoods(segments: segments(count: MatchedAgeContrast.minimumIntervals - 1, leakFrom: 2, rate: 3)) == nil)
        // Intervals whose data all lies past the age limit count as none.
        let old = (0..<8).map { _ in SharedWarmUp.Segment(ages: [2, 2.1, 2.2, 2.3], values: [1, 2, 3, 4]) }
        #expect(MatchedAgeContrast.startLogLikelihoods(segments: old) == nil)
    }

    @Test func weighingMovesTheStartAndKeepsAProbabilityDistribution() {
        let posterior = [3: 0.4, 4: 0.35, 5: 0.25]
        let weighed = MatchedAgeContrast.weigh(posterior, by: [3: -10, 4: -12, 5: -2])
        #expect(weighed.max { $0.value < $1.value }?.key == 5)
        #expect(abs(weighed.values.reduce(0, +) - 1) < 1e-12)
        // A start the contrast rules out (absent) gets nothing; when it rules out all, the posterior stands.
        #expect(MatchedAgeContrast.weigh(posterior, by: [5: 0])[3] == 0)
        #expect(MatchedAgeContrast.weigh(posterior, by: [7: 0]) == posterior)
    }

    @Test func aContrastThatAllowsOnlyStartsThePosteriorHoldsNegligibleLeavesThePosterior() {
        // Batch 157's FB05 through the exports: the posterior sure of start 6, the contrast allowing only 8 and 9,
        // which the posterior gives under a thousandth together; renormalised, they would have named 8 at p = 0.96.
        let posterior = [5: 1e-7, 6: 0.999998, 7: 1e-6, 8: 5e-7, 9: 4e-7]
        #expect(MatchedAgeContrast.weigh(posterior, by: [8: -24.2, 9: -24.7]) == posterior)
        // Allowed starts holding the minimum share or more are weighed as before: the others get nothing.
        let shared = [6: 1 - MatchedAgeContrast.minimumAllowedShare, 8: MatchedAgeContrast.minimumAllowedShare]
        let weighed = MatchedAgeContrast.weigh(shared, by: [8: 0])
        #expect(weighed[8] == 1 && weighed[6] == 0, "\(weighed)")
    }

    @Test func theRidgedSolverSolvesAWellPosedSystem() {
        // [[4, 1], [1, 3]] x = [1, 2] → x = [1/11, 7/11].
        let x = MatchedAgeContrast.solveRidged([4, 1, 1, 3], [1, 2], size: 2)
        #expect(abs(x[0] - 1.0 / 11) < 1e-6 && abs(x[1] - 7.0 / 11) < 1e-6, "\(x)")
    }

    @Test func theBinWidthIsTheSamplingStep() {
        let fiveMinutes = SharedWarmUp.Segment(ages: stride(from: 0.1, through: 1, by: 5.0 / 60).map { $0 }, values: Array(repeating: 0, count: 11))
        #expect(abs(MatchedAgeContrast.binHours([fiveMinutes]) - 5.0 / 60) < 1e-9)
        #expect(MatchedAgeContrast.binHours([]) == 1.0 / 60)
    }
}
