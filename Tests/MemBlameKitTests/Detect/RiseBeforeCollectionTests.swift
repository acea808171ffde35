import Foundation
import Testing
import MemBlameTestSupport
@testable import MemBlameKit

/// `RiseBeforeCollection`: each restart's climb up to its first major collection, on restarts with a known sawtooth.
@Suite struct RiseBeforeCollectionTests {
    /// A restart sampled every minute for `minutes` from a level of 20 %, climbing `rate` %/h, that loses `fall` of its
    /// level at minute `collectAt` (none when nil), with noise of 0.01.
    func restart(_ rng: inout SplitMix64, rate: Double, minutes: Int = 40, collectAt: Int? = nil,
                 fall: Double = 0.06) -> SharedWarmUp.Segment {
        var values: [Double] = []
        var level = 20.0
        for minute in 0...minutes {
            if minute > 0 { level += rate / 60 }
            if minute == collectAt { level *= 1 - fall }
            values.append(level + 0.01 * rng.normal())
        }
        return SharedWarmUp.Segment(ages: (0...minutes).map { Double($0) / 60 }, values: values)
    }

    @Test func theToothIsReadUpToTheFirstMajorCollection() throws {
        // Climbing 6 %/h, then a collection at minute 30 frees 6 % of the level: the slope is the climb before it,
        // where a line through the whole restart would be pulled far down by the fall.
        var rng = SplitMix64(seed: 4)
        let slope = try #require(RiseBeforeCollection.slope(restart(&rng, rate: 6, collectAt: 30)))
        #expect(abs(slope - 6) < 0.5, "slope \(slope)")
    }

    @Test func aSmallDipIsNotACollection() throws {
        // A fall of 0.5 % of the level (a minor collection) is under `collectionShareOfLevel`: the whole restart counts.
        var rng = SplitMix64(seed: 6)
        let segment = restart(&rng, rate: 6, collectAt: 30, fall: 0.005)
        let slope = try #require(RiseBeforeCollection.slope(segment))
        let whole = try #require(WarmUpLevelling.line(Array(segment.ages[10...]), Array(segment.values[10...]))?.slope)
        #expect(abs(slope - whole) < 1e-9, "slope \(slope), whole \(whole)")
    }

    @Test func aRestartTooShortAfterItsBootClimbHasNoTooth() {
        // Read from minute 10 on: a 16-minute restart leaves 7 values, one short of `minimumValues`.
        var rng = SplitMix64(seed: 2)
        #expect(RiseBeforeCollection.slope(restart(&rng, rate: 6, minutes: 16)) == nil)
        #expect(RiseBeforeCollection.slope(restart(&rng, rate: 6, minutes: 17)) != nil)
    }

    @Test func theHealthyShareComparesTheMedianTeethEitherSide() throws {
        // Healthy releases climb 2 %/h before their collection, the releases from the start (3) on 8 %/h: a quarter.
        var rng = SplitMix64(seed: 9)
        let segments = (0..<3).map { _ in restart(&rng, rate: 2, collectAt: 28) } + (3..<7).map { _ in restart(&rng, rate: 8, collectAt: 25) }
        let share = try #require(RiseBeforeCollection.healthyShare(segments: segments, k: 3, f: 7))
        #expect(abs(share - 0.25) < 0.05, "share \(share)")
        #expect(share < OnsetContext.healthyToothShare)
        // No start before the first restart, and releases that do not climb, give nothing.
        #expect(RiseBeforeCollection.healthyShare(segments: segments, k: 0, f: 7) == nil)
        let flat = (0..<3).map { _ in restart(&rng, rate: 2) } + (3..<6).map { _ in restart(&rng, rate: -1) }
        #expect(RiseBeforeCollection.healthyShare(segments: flat, k: 3, f: 6) == nil)
    }

    @Test func theComparisonReadsWhatTheLeakAddsToEveryClimb() throws {
        // Healthy restarts 1-3 climb 5 %/h before their collection, restarts 4-7 (a leak of 3 %/h from the fourth) 8:
        // the leaking teeth sit 3 %/h above the healthy ones, with a standard error well under that.
        var rng = SplitMix64(seed: 12)
        let segments = (0..<4).map { _ in restart(&rng, rate: 5, collectAt: 32) } + (4..<8).map { _ in restart(&rng, rate: 8, collectAt: 32) }
        let teeth = try #require(RiseBeforeCollection.compare(segments: segments, k: 4, f: 8,
                                                              minimumTeeth: RiseBeforeCollection.minimumTeethCompared))
        #expect(abs(teeth.healthy - 5) < 0.5 && abs(teeth.leaking - 8) < 0.5, "\(teeth)")
        #expect(teeth.standardError > 0 && teeth.standardError < 0.5, "\(teeth)")
        // A start at the second restart leaves one healthy tooth, a start at the last one leaking tooth: where the
        // comparison alone decides an answer, one release's collection timing would.
        #expect(RiseBeforeCollection.compare(segments: segments, k: 2, f: 8) != nil)
        #expect(RiseBeforeCollection.compare(segments: segments, k: 2, f: 8,
                                             minimumTeeth: RiseBeforeCollection.minimumTeethCompared) == nil)
        #expect(RiseBeforeCollection.compare(segments: segments, k: 7, f: 8,
                                             minimumTeeth: RiseBeforeCollection.minimumTeethCompared) == nil)
    }
}
