import Foundation
import Testing
import MemBlameTestSupport
@testable import MemBlameKit

/// What a "no leak" answer rules out (`RuledOutLeak`): the bound's arithmetic, and the bound on generated services
/// whose true leak rate is known.
@Suite struct RuledOutLeakTests {
    typealias Evidence = BoundaryPosterior.Evidence

    func parameters(scatter: Double = 0, baselineScale: Double = 0) -> BoundaryPosterior.Parameters {
        var p = BoundaryPosterior.Parameters(healthyScatter: scatter, minimumRate: 0.2, maximumRate: 20)
        p.baselineScale = baselineScale
        return p
    }

    @Test func theBoundIsTheOneSidedUpperLimitOfThePrecisionWeightedMean() {
        // Four flat intervals, each slope ±0.2 per hour; the first begins at the first data, not a deploy.
        let flat = (0..<4).map { Evidence(slope: 0, standardError: 0.2, startsAtDeploy: $0 > 0, hours: 2) }
        let bounds = RuledOutLeak.bounds(evidence: flat, parameters: parameters())
        #expect(bounds.map(\.index) == [1, 2, 3])
        #expect(bounds.map(\.hours) == [6, 4, 2])
        // Three intervals from deploy 1 on: standard error 0.2/√3; one from deploy 3: 0.2.
        #expect(abs(bounds[0].rate - 1.645 * 0.2 / 3.0.squareRoot()) < 1e-12)
        #expect(abs(bounds[2].rate - 1.645 * 0.2) < 1e-12)
        // The healthy scatter adds to every interval's variance.
        let wider = RuledOutLeak.bounds(evidence: flat, parameters: parameters(scatter: 0.3))
        #expect(abs(wider[2].rate - 1.645 * (0.04 + 0.09).squareRoot()) < 1e-12)
    }

    @Test func aDeclineBoundsLikeAFlatSeriesAndARiseMovesTheBoundUp() {
        let declining = (0..<3).map { Evidence(slope: -1, standardError: 0.2, startsAtDeploy: $0 > 0, hours: 1) }
        let rising = (0..<3).map { Evidence(slope: $0 == 0 ? 0 : 0.5, standardError: 0.2, startsAtDeploy: $0 > 0, hours: 1) }
        let down = RuledOutLeak.bounds(evidence: declining, parameters: parameters())
        let up = RuledOutLeak.bounds(evidence: rising, parameters: parameters())
        #expect(abs(down[0].rate - 1.645 * 0.2 / 2.0.squareRoot()) < 1e-12)
        #expect(abs(up[0].rate - (0.5 + 1.645 * 0.2 / 2.0.squareRoot())) < 1e-12)
    }

    @Test func whereHealthyReleasesMayRiseTheRateIsMeasuredAgainstTheIntervalsBefore() {
        // Healthy releases rise 1 per hour (no interval levels off), the later ones 1.5. The healthy slope β has a
        // normal prior (mean 0, scale 1) and the two intervals before (precision 25 each): its posterior mean is 50/51,
        // its variance 1/51.
        let slopes = [1.0, 1.0, 1.5, 1.5]
        let evidence = slopes.enumerated().map { Evidence(slope: $1, standardError: 0.2, startsAtDeploy: $0 > 0, hours: 1) }
        let bound = RuledOutLeak.bounds(evidence: evidence, parameters: parameters(baselineScale: 1))[1]
        #expect(bound.index == 2)
        #expect(abs(bound.rate - (1.5 - 50.0 / 51 + 1.645 * (1.0 / 50 + 1.0 / 51).squareRoot())) < 1e-12)
        // From the first deploy on, β rests on its prior and the one interval before it.
        let first = RuledOutLeak.bounds(evidence: evidence, parameters: parameters(baselineScale: 1))[0]
        let after = (1.0 * 25 + 1.5 * 50) / 75
        #expect(abs(first.rate - (after - 25.0 / 26 + 1.645 * (1.0 / 75 + 1.0 / 26).squareRoot())) < 1e-12)
        // Without that allowance the same slopes bound the rate from zero.
        let fromZero = RuledOutLeak.bounds(evidence: evidence, parameters: parameters())[1]
        #expect(abs(fromZero.rate - (1.5 + 1.645 * (0.04 / 2).squareRoot())) < 1e-12)
    }

    @Test func theAnswerStatesTheFirstDeployAndTheLoosestBoundOnce() {
        let evidence = [Evidence(slope: 0, standardError: 0.1, startsAtDeploy: false, hours: 3),
                        Evidence(slope: 0, standardError: 0.1, startsAtDeploy: true, hours: 3),
                        Evidence(slope: nil, standardError: 0, startsAtDeploy: true, hours: 0),
                        Evidence(slope: 0, standardError: 0.4, startsAtDeploy: true, hours: 0.5)]
        let stated = RuledOutLeak.stated(evidence: evidence, parameters: parameters()) { (index: $0 - 1, ts: Int64($0) * 3600) }
        // A deploy whose interval holds no data bounds a leak from it by the later intervals alone, as the next deploy
        // does: of equal bounds the earlier deploy is named.
        #expect(stated.map(\.deployIndex) == [0, 1])
        #expect(stated.map(\.ts) == [3600, 2 * 3600])
        #expect(stated[0].ratePerHour < stated[1].ratePerHour)
        let one = RuledOutLeak.stated(evidence: Array(evidence.prefix(2)), parameters: parameters()) { (index: $0 - 1, ts: 0) }
        #expect(one.map(\.deployIndex) == [0])
        #expect(RuledOutLeak.stated(evidence: [evidence[0]], parameters: parameters()) { (index: $0, ts: 0) }.isEmpty)
    }

    /// A service at 30 % restarted every 3 h for two days, warming up 4 % over 20 minutes after each start, with noise;
    /// from the first deploy on it leaks `rate` % per hour.
    static func service(seed: UInt64, rate: Double) -> (points: [Point], deploys: [Deploy]) {
        var rng = SplitMix64(seed: seed)
        let start: Int64 = 1_767_225_600
        let deploys = (1...15).map { i in
            Deploy(service: "prod/api", ts: start + Int64(i) * 3 * 3600 + Int64(rng.uniform(-600, 600)), source: "test",
                   externalID: "d\(i)", sha: String(format: "%040x", i), pr: 500 + i, title: "Change \(i)", author: "dev")
        }
        var points: [Point] = []
        var t = start
        while t < start + 48 * 3600 {
            let last = deploys.last { $0.ts <= t }
            let since = Double(t - (last?.ts ?? start)) / 3600
            let leak = last == nil ? 0 : rate * since
            points.append(Point(ts: t, value: 30 + 4 * (1 - exp(-since / 0.33)) + leak + 0.3 * rng.normal()))
            t += 60
        }
        return (points, deploys)
    }

    @Test func aFlatServiceGetsABoundInItsAnswerTableAndJSON() throws {
        let s = Self.service(seed: 7, rate: 0)
        let result = OnsetDetector().detect(points: s.points, deploys: s.deploys, unit: .percent)
        #expect(result.outcome == .noLeak, "\(result.summary)")
        #expect(result.ruledOutLeaks.first?.deployIndex == 0)
        let first = try #require(result.ruledOutLeaks.first)
        // Two days of three-hour intervals bound a leak since the first deploy well under the smallest rate reported
        // (0.2 % of the limit per hour) and above zero; the loosest bound, one interval's, is wider.
        #expect(first.ratePerHour > 0 && first.ratePerHour < 0.2, "\(result.summary)")
        #expect(first.hoursOfDataAfter > 35)
        if result.ruledOutLeaks.count > 1 { #expect(result.ruledOutLeaks[1].ratePerHour > first.ratePerHour) }
        #expect(result.summary.contains("it rules out a leak faster than"), "\(result.summary)")
        #expect(result.summary.contains("since deploy #1 (PR #501)"), "\(result.summary)")
        #expect(result.summary.contains("memory would reach 100 % in"), "\(result.summary)")
        let json = OnsetRenderer.json(result)
        #expect(json.contains("\"ruled_out_leaks\""))
        #expect(json.contains("\"hours_of_data_after\""))
        let table = OnsetRenderer.answerTable(result, deploys: s.deploys).rows.map { $0.map(\.display) }
        #expect(table.contains { $0[0] == "leak ruled out" && $0[1].hasPrefix("> ") && $0[1].contains("from #1") })
    }

    @Test func aLeakTooSlowToShowStaysUnderTheBoundStatedForIt() {
        // Leaks under the smallest rate reported: a "no leak" answer must not rule out the rate that is there. Of the
        // no-leak answers over 40 seeds, at most one in ten may state a bound below the true rate (a 95 % bound).
        var noLeak = 0, below = 0
        for seed: UInt64 in 1...40 {
            let s = Self.service(seed: seed, rate: 0.15)
            let result = OnsetDetector().detect(points: s.points, deploys: s.deploys, unit: .percent)
            guard result.outcome == .noLeak, let first = result.ruledOutLeaks.first, first.deployIndex == 0 else { continue }
            noLeak += 1
            if first.ratePerHour < 0.15 { below += 1 }
        }
        #expect(noLeak >= 10, "no-leak answers: \(noLeak)")
        #expect(Double(below) <= 0.1 * Double(noLeak), "\(below) of \(noLeak) bounds under the true rate")
    }

    @Test func otherAnswersStateNoBound() {
        let leak = TraceGenerator.trace(shape: "linear", seed: 101)
        let result = OnsetDetector().detect(points: leak.points, deploys: leak.deploys, unit: .percent)
        #expect(result.leak && result.ruledOutLeaks.isEmpty)
        #expect(OnsetRenderer.json(result).contains("\"ruled_out_leaks\" : [\n\n  ]") || OnsetRenderer.json(result).contains("\"ruled_out_leaks\" : []"))
    }
}
