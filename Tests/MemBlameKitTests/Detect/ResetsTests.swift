import Foundation
import Testing
import MemBlameTestSupport
@testable import MemBlameKit

@Suite struct ResetsTests {
    /// Three days at one point a minute: a deploy whose drop comes 4 minutes after CI time, one whose drop
    /// comes 6 minutes before (clock skew), an OOM kill at 98 % and an unexplained restart.
    func series() -> (points: [Point], deploys: [Deploy]) {
        let t0: Int64 = 1_700_000_000
        var rng = SplitMix64(seed: 4)
        var points: [Point] = []
        for i in 0..<(3 * 1440) {
            let m = Int64(i)
            var v = 40 + 0.2 * rng.normal()
            if m >= 1000 && m < 1004 { v = 40 }
            if m >= 1004 && m < 2000 { v = 30 + 0.2 * rng.normal() }
            if m >= 2000 && m < 2500 { v = 30 + 68 * Double(m - 2000) / 500 } // climbs to 98 %
            if m >= 2500 && m < 3500 { v = 35 + 0.2 * rng.normal() }
            if m >= 3500 { v = 25 + 0.2 * rng.normal() }
            points.append(Point(ts: t0 + m * 60, value: v))
        }
        let deploys = [Deploy(service: "s", ts: t0 + 1000 * 60, source: "t", externalID: "a"),
                       Deploy(service: "s", ts: t0 + 3506 * 60, source: "t", externalID: "b")]
        return (points, deploys)
    }

    @Test func findsDeploysRestartsAndOOMKills() {
        let (points, deploys) = series()
        let bins = Bins(points: points, width: 300)
        let resets = ResetFinder().resets(bins: bins, deploys: deploys, limit: 100)
        #expect(resets.map(\.kind) == [.deploy, .oom, .deploy])
        #expect(resets[0].deployIndex == 0 && resets[2].deployIndex == 1)
        // The first drop is seen within the rollout window, the last one before CI time (clock skew).
        #expect(resets[0].dropTs != nil && resets[2].dropTs != nil)
        #expect(abs(resets[1].ts - (points[0].ts + 2500 * 60)) <= 600)
    }

    @Test func aReleaseServesUntilItsRestartNotUntilTheNextCITime() {
        // The second deploy's CI time (minute 3506 here moved to 3490) comes 10 minutes before its drop at 3500, as a
        // pipeline records its time before the new tasks serve: the interval before it keeps the old release's data
        // up to the drop, not up to the CI time.
        let (points, deploys) = series()
        var early = deploys
        early[1].ts = points[0].ts + 3490 * 60
        let bins = Bins(points: points, width: 60)
        let resets = ResetFinder().resets(bins: bins, deploys: early, limit: 100)
        let layout = IntervalLayout(bins: bins, resets: resets, firstTs: points[0].ts, lastTs: points.last!.ts, options: DetectOptions())
        let before = layout.intervals[layout.intervals.count - 2]
        let drop = resets.last!.dropTs!
        #expect(drop > early[1].ts)
        #expect(bins.ts[before.range.upperBound - 1] >= early[1].ts, "the old release's last bins before its drop are kept")
        #expect(bins.ts[before.range.upperBound - 1] < drop)
    }

    @Test func aDropIsTimedAtTheFirstSampleOfItsFallNotAtItsBin() {
        // Five-minute bins: a bin's median falls only once most of it lies past the drop, and findDrops may flag the bin
        // before the fall, so the bin's start is up to a bin off; the samples give the minute the release stopped.
        let (points, deploys) = series()
        let bins = Bins(points: points, width: 300)
        let resets = ResetFinder().resets(bins: bins, deploys: deploys, limit: 100, points: points)
        let t0 = points[0].ts
        #expect(resets.map(\.fallTs) == [t0 + 1004 * 60, t0 + 2500 * 60, t0 + 3500 * 60])
        #expect(resets.allSatisfy { abs($0.dropTs! - $0.fallTs!) <= 2 * 300 })
        // The interval before the last deploy ends with the old release's last bin, whatever bin the drop was seen in.
        let layout = IntervalLayout(bins: bins, resets: resets, firstTs: t0, lastTs: points.last!.ts, options: DetectOptions())
        let before = layout.intervals[layout.intervals.count - 2]
        let last = bins.ts[before.range.upperBound - 1], fall = t0 + 3500 * 60
        #expect(last + bins.width <= fall && last + 2 * bins.width > fall)
        // Without the samples, the bin's start stands for the fall.
        #expect(ResetFinder().resets(bins: bins, deploys: deploys, limit: 100).allSatisfy { $0.fallTs == nil })
    }

    /// Deploys every 20 minutes over a day at one sample a minute: each restart opens at 30 % and warms up by 2 % (a
    /// fall the five-minute bins never show: under 5 % of the level), with a one-sample dip of 2 % inside each
    /// interval; the CI time comes 4 minutes before the restart, as a pipeline's does.
    func frequentRestarts() -> (points: [Point], deploys: [Deploy]) {
        let t0: Int64 = 1_700_000_000
        var rng = SplitMix64(seed: 9)
        var points: [Point] = []
        for m in 0..<1440 {
            let age = Double(m % 20)
            let warm: Double = 2 * (1 - exp(-age / 4))
            var v: Double = 30 + warm + 0.01 * rng.normal()
            if m % 20 == 13 { v -= 2 }
            points.append(Point(ts: t0 + Int64(m) * 60, value: v))
        }
        let deploys = stride(from: 20, to: 1440, by: 20).map { m in
            Deploy(service: "s", ts: t0 + Int64(m - 4) * 60, source: "t", externalID: "d\(m)")
        }
        return (points, deploys)
    }

    @Test func aDeployWhoseRestartTheBinsMissIsTimedFromItsSamples() {
        let (points, deploys) = frequentRestarts()
        let bins = Bins(points: points, width: 300)
        #expect(ResetFinder().findDrops(bins).isEmpty, "the bins show no drop")
        let resets = ResetFinder().resets(bins: bins, deploys: deploys, limit: 100, points: points)
        // Every deploy's restart is found at its minute, not at the one-sample dips 7 minutes before it.
        #expect(resets.count == deploys.count)
        #expect(zip(resets, deploys).allSatisfy { $0.fallTs == $1.ts + 4 * 60 && $0.dropTs == $0.fallTs },
                "\(zip(resets, deploys).map { ($0.fallTs ?? 0) - $1.ts })")
        // Without the samples only the CI times are known.
        #expect(ResetFinder().resets(bins: bins, deploys: deploys, limit: 100).allSatisfy { $0.dropTs == nil })
    }

    @Test func twoDeploysDoNotShareOneFallWhenTheirCITimesLeadTheirRestarts() {
        // Two restarts 15 minutes apart, each CI time 7 minutes before its restart (a CircleCI-shaped export): the bins
        // show one drop (falls within 30 minutes are one), so the second deploy's restart is looked for in its samples,
        // from 10 minutes before its CI time, where the first restart's larger fall lies too. It belongs to the first
        // deploy: the second one's is the fall after it (development AD01 and U01 through the exports, batch 52's BA02:
        // the culprit's interval got the previous one's fall, the interval between them no data, and the culprit's
        // deploy tied with the one before at p = 0.50).
        let t0: Int64 = 1_700_000_000
        var rng = SplitMix64(seed: 5)
        let points: [Point] = (0..<600).map { m in
            let v: Double = m < 300 ? 30 + 10 * Double(m) / 300 : m < 315 ? 30 + 0.5 * Double(m - 300) : 30 + 0.02 * Double(m - 315)
            return Point(ts: t0 + Int64(m) * 60, value: v + 0.01 * rng.normal())
        }
        let deploys = [Deploy(service: "s", ts: t0 + 293 * 60, source: "t", externalID: "a"),
                       Deploy(service: "s", ts: t0 + 308 * 60, source: "t", externalID: "b")]
        let bins = Bins(points: points, width: 60)
        #expect(ResetFinder().findDrops(bins).count == 1, "the bins show one drop")
        let resets = ResetFinder().resets(bins: bins, deploys: deploys, limit: 100, points: points)
        #expect(resets.map(\.fallTs) == [t0 + 300 * 60, t0 + 315 * 60])
    }

    @Test func aCollectionJustBeforeTheCITimeDoesNotStartTheRestartedProcessesAges() {
        // A release climbing 0.1 a minute falls by 2.5 at minute 101 (a GC dip) and keeps climbing; its CI time is minute
        // 102 and its restart, at minute 106, falls to 30 (a CircleCI-shaped export: the pipeline's time leads the
        // restart). Five-minute bins make one drop of the two falls, in a bin before the CI time: the process started
        // at the fall, so its ages and its data count from minute 106, not from the CI time (development K16 through
        // the exports: a bounded LRU named at p = 0.96, inconclusive through CSV).
        let t0: Int64 = 1_699_999_980   // on a whole minute, so minute bins start at the samples
        var rng = SplitMix64(seed: 11)
        let points: [Point] = (0..<220).map { m in
            let v: Double = m < 101 ? 30 + 0.1 * Double(m) : m < 106 ? 27.5 + 0.1 * Double(m) : 30 + 0.05 * Double(m - 106)
            return Point(ts: t0 + Int64(m) * 60, value: v + 0.01 * rng.normal())
        }
        let deploys = [Deploy(service: "s", ts: t0 + 102 * 60 + 30, source: "t", externalID: "a")]
        let bins = Bins(points: points, width: 300)
        let resets = ResetFinder().resets(bins: bins, deploys: deploys, limit: 100, points: points)
        let reset = try! #require(resets.first)
        #expect(resets.count == 1 && reset.kind == .deploy)
        #expect(reset.dropTs! < deploys[0].ts, "the bins' drop comes before the CI time")
        #expect(reset.fallTs == t0 + 106 * 60 && reset.processStart == t0 + 106 * 60)
        let options = DetectOptions()
        let minute = Bins(points: points, width: 60)
        let layout = IntervalLayout(bins: minute, resets: resets, firstTs: t0, lastTs: points.last!.ts, options: options)
        #expect(minute.ts[layout.intervals[1].range.lowerBound] == t0 + 106 * 60 + options.settleSeconds)
        let segments = PooledEvidence.segments(bins: minute, values: minute.value, layout: layout, deploys: deploys, options: options)
        let opening = minute.firstIndex(atOrAfter: t0 + 106 * 60 + options.settleSeconds)
        #expect(segments[1].values.first == minute.value[opening], "the data opens 10 minutes after the restart's fall")
        #expect(abs(segments[1].ages[0] - Double(options.settleSeconds + 30) / 3600) < 1e-9, "ages count from the fall")
        // Where the bins' drop comes after the CI time, the later of the two stands, as before.
        var late = deploys
        late[0].ts = t0 + 90 * 60
        let plain = ResetFinder().resets(bins: bins, deploys: late, limit: 100, points: points)[0]
        #expect(plain.processStart == max(plain.dropTs!, late[0].ts))
    }

    @Test func aDeployWithoutAFallInItsSamplesKeepsItsCITime() {
        // A flat series: nothing falls by 3 % of the level, so no drop is made up.
        var rng = SplitMix64(seed: 3)
        let points = (0..<600).map { Point(ts: Int64($0) * 60, value: 40 + 0.05 * rng.normal()) }
        let deploys = [Deploy(service: "s", ts: 300 * 60, source: "t", externalID: "a")]
        let resets = ResetFinder().resets(bins: Bins(points: points, width: 300), deploys: deploys, limit: 100, points: points)
        #expect(resets.count == 1 && resets[0].dropTs == nil && resets[0].servedUntil == deploys[0].ts)
    }

    /// A release that loads a table at boot: deployed at minute 300 (the level jumps from 16 to 32), its heap climbs to
    /// 35 by minute 330, a collection then takes it to 26 (below the 32 it started from) and it runs flat; a second
    /// release from minute 500 restarts at 32 and at minute 700 falls back to 32, where its processes start.
    func stepWithACollection() -> (points: [Point], deploys: [Deploy]) {
        var rng = SplitMix64(seed: 21)
        let points = (0..<900).map { i -> Point in
            let m = Double(i)
            var v: Double
            switch i {
            case ..<300: v = 16
            case 300..<330: v = 32 + 3 * (m - 300) / 30
            case 330..<500: v = 26
            case 500..<650: v = 32 + 6 * (m - 500) / 150
            case 650..<700: v = 38
            default: v = 32
            }
            return Point(ts: Int64(i) * 60, value: v + 0.05 * rng.normal())
        }
        let deploys = [Deploy(service: "s", ts: 300 * 60, source: "t", externalID: "a"),
                       Deploy(service: "s", ts: 500 * 60, source: "t", externalID: "b")]
        return (points, deploys)
    }

    @Test func aDropLandingWellBelowWhereItsReleaseStartedIsACollectionNotARestart() {
        let (points, deploys) = stepWithACollection()
        let resets = ResetFinder().resets(bins: Bins(points: points, width: 300), deploys: deploys, limit: 100, points: points)
        // The fall at minute 330 lands 19 % below the release's start: no restart. The one at minute 700 lands where
        // the second release started: a restart.
        #expect(resets.map(\.kind) == [.deploy, .deploy, .restart])
        #expect(abs(resets[2].ts - 700 * 60) <= 600)
        // Without deploys no release's start is known, and every fall is a restart, as before.
        #expect(ResetFinder().resets(bins: Bins(points: points, width: 300), deploys: [], limit: 100).map(\.kind) == [.restart, .restart])
    }

    @Test func withoutALimitADropIsARestart() {
        let (points, _) = series()
        let resets = ResetFinder().resets(bins: Bins(points: points, width: 300), deploys: [], limit: nil)
        #expect(resets.map(\.kind) == [.restart, .restart, .restart])
    }

    @Test func spikesAreNotDrops() {
        var points = (0..<2000).map { Point(ts: Int64($0) * 60, value: 50) }
        points[700].value = 100 // one sample: the bin median ignores it
        #expect(ResetFinder().findDrops(Bins(points: points, width: 300)).isEmpty)
    }

    @Test func binWidthFollowsTheSamplingStep() {
        let minute = (0..<100).map { Point(ts: Int64($0) * 60, value: 1) }
        let fiveMinutes = (0..<100).map { Point(ts: Int64($0) * 300, value: 1) }
        #expect(Bins.width(for: minute) == 300)
        #expect(Bins.width(for: fiveMinutes) == 900)
    }
}
