import Foundation
import Testing
import MemBlameTestSupport
@testable import MemBlameKit

/// The statistical pieces of the pooled detector, each on data with a known answer.
@Suite struct SharedWarmUpTests {
    /// Intervals of random lengths, each with the same warm-up (A = 4, τ = 0.5 h), some leaking at 1.5 %/h.
    func segments(leaking: Set<Int>, count: Int = 12, seed: UInt64 = 3) -> [SharedWarmUp.Segment] {
        var rng = SplitMix64(seed: seed)
        return (0..<count).map { i in
            let hours = rng.uniform(0.5, 6)
            let ages = stride(from: 0.1, to: hours, by: 0.05).map { $0 }
            let level = rng.uniform(20, 30)
            let values = ages.map { a in level + 4 * (1 - exp(-a / 0.5)) + (leaking.contains(i) ? 1.5 * a : 0) + 0.2 * rng.normal() }
            return SharedWarmUp.Segment(ages: ages, values: values)
        }
    }

    @Test func recoversTheWarmUpAndEachIntervalsNetSlope() {
        let fit = SharedWarmUp.fit(segments(leaking: [7, 8, 9, 10, 11]))
        #expect(abs(fit.amplitude - 4) < 0.8, "A = \(fit.amplitude)")
        #expect(fit.tauHours >= 0.35 && fit.tauHours <= 0.6, "τ = \(fit.tauHours)")
        for (i, slope) in fit.slopes.enumerated() {
            let s = try! #require(slope)
            let truth = i >= 7 ? 1.5 : 0
            #expect(abs(s.slope - truth) < 4 * s.standardError + 0.1, "interval \(i): \(s.slope) ± \(s.standardError)")
        }
    }

    @Test func agesOnOneGridAndOffItGiveTheSameFit() {
        // Ages a whole number of bins apart take the one-exponential-per-segment path; nudging one age of every
        // segment off the grid takes the plain path. The two fits must agree but for rounding.
        let onGrid = segments(leaking: [7, 8, 9, 10, 11])
        let grid = SharedWarmUp.AgeGrid(onGrid, shaping: onGrid.map { _ in true })
        #expect(grid.steps.allSatisfy { $0 != nil })
        let offGrid = onGrid.map { s -> SharedWarmUp.Segment in
            var ages = s.ages
            ages[ages.count / 2] += 1e-4
            return SharedWarmUp.Segment(ages: ages, values: s.values)
        }
        #expect(SharedWarmUp.AgeGrid(offGrid, shaping: offGrid.map { _ in true }).steps.allSatisfy { $0 == nil })
        let a = SharedWarmUp.fit(onGrid), b = SharedWarmUp.fit(offGrid)
        #expect(a.tauHours == b.tauHours)
        #expect(abs(a.amplitude - b.amplitude) < 1e-3, "A = \(a.amplitude) and \(b.amplitude)")
        for (x, y) in zip(a.slopes, b.slopes) {
            let sx = try! #require(x), sy = try! #require(y)
            #expect(abs(sx.slope - sy.slope) < 1e-3)
        }
    }

    @Test func aWarmUpThatSaturatesIsNotASlope() {
        // Only warm-up, no leak anywhere: every net slope near zero although every interval rises by 4 %.
        let fit = SharedWarmUp.fit(segments(leaking: []))
        for slope in fit.slopes.compactMap({ $0 }) { #expect(abs(slope.slope) < 0.25) }
    }

    @Test func aBendingLeakDoesNotTurnHealthyIntervalsIntoDeclines() {
        // Development trace R13's shape: five healthy intervals of 0.6-1.6 h with a small quick warm-up (3 %, τ 9 min)
        // and three leaking ones rising 16 %/h with a GC bend. Unbounded, the bend became a warm-up of 20+ % with
        // τ = 1 h, and the healthy intervals came out declining at 10 %/h (a decline counts against a leak).
        var rng = SplitMix64(seed: 11)
        let leaking: Set<Int> = [2, 3, 4]
        let segments = (0..<8).map { i -> SharedWarmUp.Segment in
            let hours = rng.uniform(0.6, 1.6)
            let ages = stride(from: 0.17, to: hours, by: 0.05).map { $0 }
            let values = ages.map { a in 22 + 3 * (1 - exp(-a / 0.15)) + (leaking.contains(i) ? 16 * a - 3 * a * a : 0) + 0.3 * rng.normal() }
            return SharedWarmUp.Segment(ages: ages, values: values)
        }
        let fit = SharedWarmUp.fit(segments, maximumTauHours: 0.4)
        for (i, slope) in fit.slopes.enumerated() {
            let s = try! #require(slope)
            if leaking.contains(i) { #expect(s.slope > 7, "leaking interval \(i): \(s.slope)") } else {
                #expect(s.slope > -1.5, "healthy interval \(i): \(s.slope) (A = \(fit.amplitude), τ = \(fit.tauHours))")
            }
        }
    }

    @Test func theAmplitudeBoundFollowsWhatTheIntervalsShow() {
        // An interval whose values span 2 % cannot hold a warm-up that rises 10 % over its ages.
        let ages = stride(from: 0.2, to: 2, by: 0.1).map { $0 }
        let flat = SharedWarmUp.Segment(ages: ages, values: ages.map { 20 + 2 * $0 / 2 })
        let bound = SharedWarmUp.largestAmplitude([flat, flat, flat], shaping: [true, true, true], tau: 0.3)
        let rise = SharedWarmUp.warm(ages.last!, tau: 0.3) - SharedWarmUp.warm(ages.first!, tau: 0.3)
        #expect(abs(bound - (ages.last! - ages.first!) / max(rise, SharedWarmUp.floorRise)) < 1e-9, "bound \(bound)")
        #expect(SharedWarmUp.largestAmplitude([flat], shaping: [true], tau: .infinity) == 0)
    }

    @Test func theTimeConstantIsCappedWhereSaturationCannotBeSeen() {
        let fit = SharedWarmUp.fit(segments(leaking: []), maximumTauHours: 0.2)
        #expect(fit.tauHours <= 0.2 || fit.tauHours == .infinity)
    }
}

/// V8 grows its heap in one step some 10-60 minutes after a start: an interval's slope is measured around that step.
@Suite struct StepAllowingSlopeTests {
    /// 70 one-minute values: a flat level, `step` added from `at` hours on, and `rate` per hour throughout.
    func interval(step: Double, at: Double, rate: Double, seed: UInt64) -> (ages: [Double], values: [Double]) {
        var rng = SplitMix64(seed: seed)
        let ages = (10..<80).map { Double($0) / 60 }
        return (ages, ages.map { a in 18 + (a >= at ? step : 0) + rate * a + 0.08 * rng.normal() })
    }

    @Test(arguments: [0.35, 0.6, 0.9])
    func aHealthyIntervalWithAHeapStepIsFlat(at: Double) {
        for seed: UInt64 in 1...5 {
            let x = interval(step: 1.3, at: at, rate: 0, seed: seed)
            let plain = SharedWarmUp.slope(ages: x.ages, values: x.values)
            let stepped = SharedWarmUp.slopeAllowingStep(ages: x.ages, values: x.values)
            #expect(plain.slope > 0.8, "without the step the slope is the step spread over the interval: \(plain.slope)")
            #expect(abs(stepped.slope) < 3 * stepped.standardError + 0.05, "step at \(at) h, seed \(seed): \(stepped.slope) ± \(stepped.standardError)")
        }
    }

    @Test func aHeapStepAtTheSecondValueIsMeasuredAround() {
        // A short interval read from a few minutes after its restart can open one value before V8's boot step (batch
        // 44's AS01: 14.5, then 15.7 and a flat line): the slope is the flat line's, not the step spread over 20 minutes.
        for seed: UInt64 in 1...5 {
            var rng = SplitMix64(seed: seed)
            let ages = (5..<19).map { Double($0) / 60 }
            let values = ages.indices.map { 14.5 + ($0 >= 1 ? 1.3 : 0) + 0.03 * rng.normal() }
            let plain = SharedWarmUp.slope(ages: ages, values: values)
            let s = SharedWarmUp.slopeAllowingStep(ages: ages, values: values)
            #expect(plain.slope > 1, "without the step: \(plain.slope)")
            #expect(abs(s.slope) < 3 * s.standardError + 0.1, "seed \(seed): \(s.slope) ± \(s.standardError)")
        }
    }

    @Test func aLeakKeepsItsRateAroundTheStep() {
        for seed: UInt64 in 1...5 {
            let x = interval(step: 1.3, at: 0.5, rate: 0.6, seed: seed)
            let s = SharedWarmUp.slopeAllowingStep(ages: x.ages, values: x.values)
            #expect(abs(s.slope - 0.6) < 3 * s.standardError + 0.05, "seed \(seed): \(s.slope) ± \(s.standardError)")
        }
    }

    @Test func aSteadyRiseIsNotTakenForAStep() {
        for seed: UInt64 in 1...5 {
            let x = interval(step: 0, at: 0, rate: 2, seed: seed)
            let plain = SharedWarmUp.slope(ages: x.ages, values: x.values)
            let s = SharedWarmUp.slopeAllowingStep(ages: x.ages, values: x.values)
            #expect(abs(s.slope - plain.slope) < 0.1 && abs(s.slope - 2) < 0.15, "seed \(seed): \(s.slope) against \(plain.slope)")
        }
    }

    @Test func aLeakKeepsItsRateThroughAGCDrop() {
        // A leak at 4 %/h whose heap releases 1 % of garbage at 0.6 h: memory stays above where the interval began, and
        // the slope is the leak's, not the lower one a line through the drop gives.
        for seed: UInt64 in 1...5 {
            let x = interval(step: -1.0, at: 0.6, rate: 4, seed: seed)
            let plain = SharedWarmUp.slope(ages: x.ages, values: x.values)
            let s = SharedWarmUp.slopeAllowingStep(ages: x.ages, values: x.values)
            #expect(plain.slope < 3.3, "seed \(seed): a line through the drop: \(plain.slope)")
            #expect(abs(s.slope - 4) < 3 * s.standardError + 0.1, "seed \(seed): \(s.slope) ± \(s.standardError)")
        }
    }

    @Test func theShiftAndTheLineAreAveragedByTheirPosteriorWeights() {
        // Far past its penalty the shift decides; just at it, each fit counts half and the variance holds their
        // disagreement (law of total variance).
        let clear = SharedWarmUp.modelAverage((1, 0.04), (3, 0.01), margin: 60)
        #expect(abs(clear.slope - 1) < 1e-9 && abs(clear.variance - 0.04) < 1e-9, "\(clear)")
        let even = SharedWarmUp.modelAverage((1, 0.04), (3, 0.01), margin: 0)
        #expect(abs(even.slope - 2) < 1e-12, "\(even)")
        #expect(abs(even.variance - (0.5 * 0.04 + 0.5 * 0.01 + 0.25 * 4)) < 1e-12, "\(even)")
        // The weight is 1 / (1 + e^(-margin/2)): a margin of 2 ln 3 gives the shift three quarters.
        let three = SharedWarmUp.modelAverage((1, 0), (3, 0), margin: 2 * log(3.0))
        #expect(abs(three.slope - 1.5) < 1e-12, "\(three)")
    }

    @Test func aStepBarelyPastItsPenaltyLeavesTheSlopeBetweenTheTwoFits() {
        // A leak at 3 %/h with a small heap step at 0.5 h: of the seeds whose step is kept, the slope lies between the
        // shifted fit's and the line's, never at the shifted one alone unless the step is clear.
        var between = 0
        for seed: UInt64 in 1...20 {
            let x = interval(step: 0.25, at: 0.5, rate: 3, seed: seed)
            let plain = SharedWarmUp.slope(ages: x.ages, values: x.values)
            let s = SharedWarmUp.slopeAllowingStep(ages: x.ages, values: x.values)
            #expect(s.slope <= plain.slope + 1e-9, "seed \(seed): a step only takes rise from the slope: \(s.slope) against \(plain.slope)")
            #expect(abs(s.slope - 3) < 3 * s.standardError + 0.1, "seed \(seed): \(s.slope) ± \(s.standardError)")
            if s.slope < plain.slope - 1e-9 { between += 1 }
        }
        #expect(between > 0, "no seed kept the step: the test does not reach the average")
    }

    @Test func aGCSawtoothBackToItsFloorAndASmallDipAreNotDrops() {
        // Garbage piling up at 2 %/h and collected at 0.7 h, warm-up garbage too, down to just under the opening level:
        // a healthy heap, read as a line (a drop that ends at the floor is no evidence of anything retained).
        let ages = (10..<80).map { Double($0) / 60 }
        var rng = SplitMix64(seed: 3)
        let sawtooth = ages.map { a in 18 + 2 * (a < 0.7 ? a - ages[0] : a - 0.75) + 0.03 * rng.normal() }
        #expect(SharedWarmUp.slopeAllowingStep(ages: ages, values: sawtooth) == SharedWarmUp.slope(ages: ages, values: sawtooth))
        // A dip under five times the sample noise is not a drop either.
        for seed: UInt64 in 1...3 {
            let small = interval(step: -0.25, at: 0.6, rate: 4, seed: seed)
            #expect(SharedWarmUp.slopeAllowingStep(ages: small.ages, values: small.values) == SharedWarmUp.slope(ages: small.ages, values: small.values))
        }
    }

    @Test func aDropBelowTheOpeningIsNotAStepAndLateStepsAreNotLookedFor() {
        // A level that falls below where the interval began (a GC returning memory) never reads as growth.
        let drop = interval(step: -1.3, at: 0.5, rate: 0, seed: 9)
        let d = SharedWarmUp.slopeAllowingStep(ages: drop.ages, values: drop.values)
        #expect(d.slope <= SharedWarmUp.slope(ages: drop.ages, values: drop.values).slope + 1e-9 && d.slope < 0, "\(d.slope)")
        // A step after the horizon is not looked for.
        let ages = (10..<300).map { Double($0) / 60 }
        let late = ages.map { 18 + ($0 >= 3 ? 1.3 : 0) }
        #expect(SharedWarmUp.slopeAllowingStep(ages: ages, values: late) == SharedWarmUp.slope(ages: ages, values: late))
    }
}

/// Where the interval before the first reset begins: a fresh process or one that was already running.
@Suite struct FirstIntervalStartTests {
    /// A restart's segment: opens at `open`, warms up by 4 over half an hour, then stays.
    func restart(open: Double, hours: Double = 2) -> SharedWarmUp.Segment {
        let ages = stride(from: 0.15, to: hours, by: 0.05).map { $0 }
        return SharedWarmUp.Segment(ages: ages, values: ages.map { open + 4 * (1 - exp(-$0 / 0.5)) })
    }

    @Test func aFirstIntervalOpeningWhereRestartsOpenIsAFreshProcess() throws {
        let restarts = [restart(open: 20), restart(open: 20.3), restart(open: 19.8)]
        #expect(PooledEvidence.startsFresh(restart(open: 20.1), restarted: restarts) == true)
    }

    @Test func aFirstIntervalOpeningWhereRestartsAreWarmWasAlreadyRunning() throws {
        let restarts = [restart(open: 20), restart(open: 20.3), restart(open: 19.8)]
        // Opens at the warm level (about 24) and stays there.
        let ages = stride(from: 0.0, to: 2, by: 0.05).map { $0 }
        let running = SharedWarmUp.Segment(ages: ages, values: ages.map { _ in 23.9 })
        #expect(PooledEvidence.startsFresh(running, restarted: restarts) == false)
    }

    @Test func withoutRestartsThatShowBothLevelsNothingIsDecided() throws {
        #expect(PooledEvidence.startsFresh(restart(open: 20), restarted: []) == nil)
        // Restarts of under six values show where they open but not where they end up.
        let tiny = [restart(open: 20, hours: 0.4), restart(open: 20.2, hours: 0.4)]
        #expect(tiny.allSatisfy { $0.values.count < 6 })
        #expect(PooledEvidence.startsFresh(restart(open: 20), restarted: tiny) == nil)
    }

    @Test func underFrequentDeploysTheLevelRestartsReachByTheirEndStandsForWarm() throws {
        // No restart runs an hour (deploys every 15-45 minutes): a first interval opening where they open is a fresh
        // process, one opening where they end was already running. Until 2026-12-03 neither was decided, and the
        // first interval's ages counted from the last deploy before the data (AA01, J02: hours earlier), which told
        // the posterior the warm-up was seen levelling off.
        let short = [restart(open: 20, hours: 0.6), restart(open: 20.2, hours: 0.7), restart(open: 19.9, hours: 0.45)]
        #expect(PooledEvidence.startsFresh(restart(open: 20.1, hours: 0.5), restarted: short) == true)
        let ages = stride(from: 0.0, to: 0.5, by: 0.05).map { $0 }
        let running = SharedWarmUp.Segment(ages: ages, values: ages.map { _ in 23.3 })
        #expect(PooledEvidence.startsFresh(running, restarted: short) == false)
    }
}

/// The healthy scatter the posterior starts from.
@Suite struct HealthyScatterTests {
    /// Five half-hour intervals, flat but for their own slopes (%/h), with a little noise.
    func segments(_ slopes: [Double]) -> [SharedWarmUp.Segment] {
        var rng = SplitMix64(seed: 5)
        return slopes.map { b in
            let ages = stride(from: 0.2, to: 0.7, by: 1.0 / 60).map { $0 }
            return SharedWarmUp.Segment(ages: ages, values: ages.map { 20 + b * $0 + 0.01 * rng.normal() })
        }
    }

    @Test func theIntervalsAnAnswerCallsHealthyAreMeasuredUncapped() throws {
        // Healthy releases disagreeing by about 1 %/h: from every interval, with fewer than eight of them, the scatter
        // is held at the minimum rate; from the intervals an answer calls healthy it is what they show (capped, one flat
        // interval among healthy ones declining at 0.9-2.3 %/h was a leak at p = 0.98, P02).
        let segs = segments([0, 1.2, -1, 0.9, -0.7])
        let deploys = [false, true, true, true, true]
        let all = PooledEvidence(segments: segs, startsAtDeploy: deploys, minimumRate: 0.2, options: DetectOptions())
        #expect(all.parameters.healthyScatter <= 0.2 + 1e-12, "\(all.parameters.healthyScatter)")
        let healthy = PooledEvidence(segments: segs, startsAtDeploy: deploys, minimumRate: 0.2, options: DetectOptions(),
                                     fitOn: [true, true, true, true, true])
        #expect(healthy.parameters.healthyScatter > 0.5, "\(healthy.parameters.healthyScatter)")
    }
}

@Suite struct BoundaryPosteriorTests {
    let parameters = BoundaryPosterior.Parameters(healthyScatter: 0.05, minimumRate: 0.2, maximumRate: 5)

    func evidence(_ slopes: [Double], se: Double = 0.1, hours: Double = 2) -> [BoundaryPosterior.Evidence] {
        slopes.enumerated().map { BoundaryPosterior.Evidence(slope: $0.element, standardError: se, startsAtDeploy: $0.offset > 0, hours: hours) }
    }

    @Test func aDecliningIntervalIsNeverEvidenceForALeak() {
        for b in [-0.05, -0.35, -0.6, -3.0, -30.0] {
            for mu in [0.2, 1.0, 4.0] {
                let r = BoundaryPosterior.logRatios(evidence([b], se: 0.3, hours: 0.5), mu: mu, parameters)
                #expect(r[0] <= 0, "b = \(b), μ = \(mu): \(r[0])")
            }
        }
        // And it lowers the posterior of a start just before it.
        let plain = BoundaryPosterior(evidence: evidence([0, 0, 0, 0, 0, 1, 1, 1, 1]), parameters: parameters)
        let declining = BoundaryPosterior(evidence: evidence([0, 0, 0, -0.5, 0, 1, 1, 1, 1]), parameters: parameters)
        #expect(plain.bestStart == 5 && declining.bestStart == 5)
        #expect((declining.startPosterior[3] ?? 1) <= (plain.startPosterior[3] ?? 0))
    }

    @Test func manyWeakIntervalsAddUp() {
        // 40 short intervals whose slopes are each within two standard errors of zero; from interval 20 on they sit
        // one standard error higher: no interval decides alone, together they place the start.
        var rng = SplitMix64(seed: 11)
        let slopes = (0..<40).map { i in (i >= 20 ? 0.6 : 0) + 0.3 * rng.normal() }
        let posterior = BoundaryPosterior(evidence: evidence(slopes, se: 0.6, hours: 0.4), parameters: parameters)
        #expect(posterior.logBayesFactor > 3, "log BF \(posterior.logBayesFactor)")
        #expect(abs(posterior.bestStart - 20) <= 1, "start \(posterior.bestStart)")
        let single = BoundaryPosterior(evidence: evidence(Array(slopes.suffix(21)), se: 0.6, hours: 0.4), parameters: parameters)
        #expect(single.logBayesFactor < posterior.logBayesFactor)
    }

    @Test func aFixTwoDeploysLaterIsFound() {
        let posterior = BoundaryPosterior(evidence: evidence([0, 0, 0, 0, 1.2, 1.1, 0, 0, 0, 0], hours: 8), parameters: parameters)
        #expect(posterior.bestStart == 4)
        #expect(posterior.bestEnd == 6)
        #expect(posterior.logBayesFactor > 5)
    }

    @Test func flatDataHasNoLeak() {
        var rng = SplitMix64(seed: 5)
        let posterior = BoundaryPosterior(evidence: evidence((0..<30).map { _ in 0.05 * rng.normal() }), parameters: parameters)
        #expect(posterior.logBayesFactor < 0)
    }

    @Test func posteriorSumsToOneAndLinearInDeploys() {
        let slopes = (0..<2000).map { $0 >= 1500 ? 1.0 : 0.0 }
        let posterior = BoundaryPosterior(evidence: evidence(slopes), parameters: parameters)
        #expect(abs(posterior.startPosterior.values.reduce(0, +) - 1) < 1e-9)
        #expect(posterior.bestStart == 1500)
    }

    @Test func theHealthyScatterIsIntegratedDownToItsFloor() {
        let halvings: [Double] = [0.0625, 0.125, 0.25, 0.5, 1]
        #expect(PooledEvidence.scatterFactors(estimate: 0.2, minimumRate: 0.2) == halvings)
        #expect(PooledEvidence.scatterFactors(estimate: 0.2 / 16, minimumRate: 0.2) == [1])
        #expect(PooledEvidence.scatterFactors(estimate: 1000, minimumRate: 0.2).count == 8)
        // A day-long healthy interval flat to within 0.02 %/h, then two leaking at 0.53 and 0.28 %/h (W33's shape): the
        // scatter estimated from all four is large, and at that scatter the leak is a coin toss; integrated, it is plain.
        var p = BoundaryPosterior.Parameters(healthyScatter: 0.2, minimumRate: 0.2, maximumRate: 2)
        let e = [BoundaryPosterior.Evidence(slope: 0.06, standardError: 0.09, startsAtDeploy: false, hours: 2.9),
                 BoundaryPosterior.Evidence(slope: -0.03, standardError: 0.02, startsAtDeploy: true, hours: 25.6),
                 BoundaryPosterior.Evidence(slope: 0.53, standardError: 0.01, startsAtDeploy: true, hours: 37.7),
                 BoundaryPosterior.Evidence(slope: 0.28, standardError: 0.03, startsAtDeploy: true, hours: 6.8)]
        let fixed = BoundaryPosterior(evidence: e, parameters: p)
        p.scatterFactors = PooledEvidence.scatterFactors(estimate: 0.2, minimumRate: 0.2)
        let integrated = BoundaryPosterior(evidence: e, parameters: p)
        #expect(fixed.logBayesFactor < 3, "fixed scatter: log BF \(fixed.logBayesFactor)")
        #expect(integrated.logBayesFactor > fixed.logBayesFactor + 3, "integrated: log BF \(integrated.logBayesFactor)")
        #expect(integrated.bestStart == 2)
        // Healthy intervals that do scatter keep the large scatter: no leak is made of them.
        var rng = SplitMix64(seed: 21)
        let noisy = (0..<12).map { i in BoundaryPosterior.Evidence(slope: 0.2 * rng.normal(), standardError: 0.02, startsAtDeploy: i > 0, hours: 6) }
        #expect(BoundaryPosterior(evidence: noisy, parameters: p).logBayesFactor < 0)
    }

    @Test func temperatureBelowOneSoftensTheAnswer() {
        var cool = parameters
        cool.temperature = 0.5
        let e = evidence([0, 0, 0, 0.4, 0.5, 0.4])
        let a = BoundaryPosterior(evidence: e, parameters: parameters), b = BoundaryPosterior(evidence: e, parameters: cool)
        #expect(b.logBayesFactor < a.logBayesFactor)
    }
}

/// The detector's behaviours on generated regimes with a known answer (seeds outside the bench's dev/validation sets).
@Suite struct PooledDetectorTests {
    let detector = OnsetDetector()

    @Test(arguments: ["frequent", "declining-before", "fixed-soon", "traffic-leak"])
    func leakingRegimes(_ shape: String) {
        var right = 0
        let seeds: [UInt64] = [901, 902, 903, 904]
        for seed in seeds {
            let trace = TraceGenerator.trace(shape: shape, seed: seed)
            let result = detector.detect(points: trace.points, deploys: trace.deploys, unit: .percent)
            if result.leak && result.culpritDeployIndex == trace.culpritIndex { right += 1 }
            // Never a wrong confident answer: a wrong culprit must come with doubt.
            if result.leak, result.culpritDeployIndex != trace.culpritIndex {
                #expect((result.candidates.first?.probability ?? 0) < 0.9, "\(trace.name): \(result.summary)")
            }
            if shape == "fixed-soon", result.leak, result.culpritDeployIndex == trace.culpritIndex {
                #expect(result.fixedByDeployIndex == trace.fixedByIndex, "\(trace.name): \(result.summary)")
            }
        }
        #expect(right >= 3, "\(shape): \(right) of \(seeds.count)")
    }

    @Test(arguments: ["frequent-healthy", "load-following", "long-warmup", "step"])
    func healthyRegimesRaiseNoAlarm(_ shape: String) {
        for seed: UInt64 in [901, 902, 903] {
            let trace = TraceGenerator.trace(shape: shape, seed: seed)
            let result = detector.detect(points: trace.points, deploys: trace.deploys, unit: .percent)
            #expect(!result.leak, "\(trace.name): \(result.summary)")
        }
    }

    @Test func percentAndBytesGiveTheSameAnswer() {
        let trace = TraceGenerator.trace(shape: "linear", seed: 905)
        let percent = detector.detect(points: trace.points, deploys: trace.deploys, unit: .percent)
        // The same memory in bytes of a 2 GiB task, with the limit given as --limit would.
        let scale = 2_147_483_648.0 / 100
        let bytes = trace.points.map { Point(ts: $0.ts, value: $0.value * scale) }
        let inBytes = detector.detect(points: bytes, deploys: trace.deploys, unit: .bytes, limit: 100 * scale)
        #expect(percent.leak && inBytes.leak)
        #expect(percent.culpritDeployIndex == inBytes.culpritDeployIndex)
        let tPercent = Double(percent.timeToLimitSeconds ?? 0), tBytes = Double(inBytes.timeToLimitSeconds ?? 0)
        #expect(abs(tPercent - tBytes) <= 0.01 * max(tPercent, 1))
    }

    @Test func growthSinceTheFirstDataWithLittleBeforeIsInconclusive() {
        // A leak from the very first interval, which lasts two hours: nothing before it says the service was healthy.
        var rng = SplitMix64(seed: 8)
        let start: Int64 = 1_780_000_000
        let deploys = [7200, 36_000].map { Deploy(service: "s", ts: start + Int64($0), source: "test", externalID: "d\($0)", pr: $0) }
        var points: [Point] = []
        var restart = start - 600
        for m in 0..<(16 * 60) {
            let ts = start + Int64(m) * 60
            if deploys.contains(where: { $0.ts == ts }) { restart = ts }
            points.append(Point(ts: ts, value: 20 + 1.2 * Double(ts - restart) / 3600 + 0.2 * rng.normal()))
        }
        let result = detector.detect(points: points, deploys: deploys, unit: .percent)
        #expect(result.outcome == .inconclusive, "\(result.summary)")
        #expect(result.outcome.exitStatus == 3)
    }
}

@Suite struct TaskSeriesTests {
    /// Three tasks behind a balancer, rolling deploys that replace them 3 minutes apart, a leak from deploy `culprit`
    /// on (each task leaking at its own rate), and the service average the way CloudWatch computes it.
    func service(culprit: Int, seed: UInt64) -> (tasks: [[Point]], average: [Point], deploys: [Deploy]) {
        var rng = SplitMix64(seed: seed)
        let start: Int64 = 1_780_000_000
        var deploys: [Deploy] = []
        var t = start + 3 * 3600
        while t < start + 40 * 3600 {
            deploys.append(Deploy(service: "s", ts: t, source: "test", externalID: "d\(deploys.count)", pr: 100 + deploys.count))
            t += Int64(rng.uniform(2, 5) * 60) * 60
        }
        var tasks: [[Point]] = []
        var current: [Int] = [0, 1, 2]
        var lives: [[Point]] = [[], [], []]
        var started: [Int64] = [start - 3600, start - 3600, start - 3600]
        var release: [Int] = [-1, -1, -1]
        var sum: [Int64: (Double, Int)] = [:]
        for m in 0..<(44 * 60) {
            let ts = start + Int64(m) * 60
            for j in 0..<3 {
                // Task j of deploy d is replaced 3j minutes after the deploy.
                if let d = deploys.lastIndex(where: { $0.ts + Int64(3 * j) * 60 == ts }) {
                    tasks.append(lives[current[j]])
                    lives.append([])
                    current[j] = lives.count - 1
                    started[j] = ts
                    release[j] = d
                }
                let age = Double(ts - started[j]) / 3600
                var v = 25 - 2 * exp(-age / 0.3) + 0.3 * rng.normal()
                if release[j] >= culprit { v += 0.8 * age }
                lives[current[j]].append(Point(ts: ts, value: v))
                sum[ts, default: (0, 0)].0 += v
                sum[ts, default: (0, 0)].1 += 1
            }
        }
        for j in 0..<3 { tasks.append(lives[current[j]]) }
        let average = sum.keys.sorted().map { Point(ts: $0, value: sum[$0]!.0 / Double(sum[$0]!.1)) }
        return (tasks.filter { !$0.isEmpty }, average, deploys)
    }

    @Test func perTaskSeriesFindTheCulprit() {
        for seed: UInt64 in [1, 2, 3] {
            let s = service(culprit: 4, seed: seed)
            let result = OnsetDetector().detect(tasks: s.tasks, deploys: s.deploys, unit: .percent)
            #expect(result.leak, "seed \(seed): \(result.summary)")
            #expect(result.culpritDeployIndex == 4, "seed \(seed): \(result.summary)")
            // The service average, blended during every rolling deploy, names the same deploy.
            let average = OnsetDetector().detect(points: s.average, deploys: s.deploys, unit: .percent)
            #expect(average.culpritDeployIndex == 4, "seed \(seed), average: \(average.summary)")
        }
    }

    @Test func healthyTasksRaiseNoAlarm() {
        let s = service(culprit: 1000, seed: 4)
        let result = OnsetDetector().detect(tasks: s.tasks, deploys: s.deploys, unit: .percent)
        #expect(!result.leak, "\(result.summary)")
    }

    @Test func theChooserPrefersTheServiceSeriesAndGroupsTheTasks() {
        let s = service(culprit: 4, seed: 5)
        func series(_ points: [Point], task: String?) -> Series {
            Series(id: 0, descriptor: SeriesDescriptor(key: SeriesKey(service: "s", metric: "MemoryUtilization",
                                                                      dimensions: task.map { ["TaskId": $0] } ?? [:]), unit: .percent),
                   points: points)
        }
        let all = [series(s.average, task: nil)] + s.tasks.enumerated().map { series($0.element, task: "t\($0.offset)") }
        #expect(SeriesChooser.choose(all)?.series.key.dimensions.isEmpty == true)
        #expect(SeriesChooser.taskSeries(all).count == s.tasks.count)
    }
}

@Suite struct DailyCycleAndCalibrationTests {
    /// Intervals of `hours` each, with their own level and slope and a shared 24 h wave of amplitude 3.
    func bins(hours: Double, days: Int = 6) -> (Bins, [Range<Int>]) {
        var rng = SplitMix64(seed: 21)
        let start: Int64 = 1_780_000_000 / 86400 * 86400
        var points: [Point] = []
        for m in stride(from: 0, to: days * 1440, by: 5) {
            let ts = start + Int64(m) * 60
            let interval = Int(Double(m) / 60 / hours)
            let phase = 2 * Double.pi * Double(ts % 86400) / 86400
            let v = 30 + Double(interval % 3) + 0.1 * Double(interval % 2) * Double(m % Int(hours * 60)) / 60 + 3 * sin(phase) + 0.2 * rng.normal()
            points.append(Point(ts: ts, value: v))
        }
        let b = Bins(points: points, width: 300)
        let perInterval = Int(hours * 12)
        let ranges = stride(from: 0, to: b.count, by: perInterval).map { $0..<min(b.count, $0 + perInterval) }
        return (b, ranges)
    }

    @Test func aDailyWaveIsFoundInLongIntervals() {
        let (b, ranges) = bins(hours: 12)
        let cycle = DailyCycle.fit(bins: b, ranges: ranges)
        #expect(abs(cycle.amplitude - 6) < 1.2, "amplitude \(cycle.amplitude)")
    }

    @Test func shortIntervalsGiveNoCycle() {
        // Within two-hour intervals a 24 h wave is a straight line: no cycle may be "found" there.
        let (b, ranges) = bins(hours: 2)
        #expect(DailyCycle.fit(bins: b, ranges: ranges) == .none)
    }

    @Test func reliabilityTableAndCalibrationError() {
        // Ten answers at 0.9 of which nine right, ten at 0.6 of which three right.
        let pairs = (0..<10).map { (0.9, $0 < 9) } + (0..<10).map { (0.6, $0 < 3) }
        let table = Calibration.reliability(pairs)
        #expect(table.bins.count == 2)
        #expect(table.bins[0].count == 10 && abs(table.bins[0].shareRight - 0.3) < 1e-12)
        #expect(abs(table.ece - 0.15) < 1e-12) // (|0.9 - 0.9| + |0.6 - 0.3|) / 2
    }

    @Test func startProbabilitiesAreSharpenedInOrderAndSumToOne() {
        // Temperature scaling with exponent 2: 0.6 / 0.3 / 0.1 become 36 / 46, 9 / 46, 1 / 46.
        let calibrated = OnsetContext.calibratedStarts([3: 0.6, 4: 0.3, 7: 0.1], sharpness: 2)
        #expect(abs(calibrated[3]! - 36.0 / 46) < 1e-12 && abs(calibrated[4]! - 9.0 / 46) < 1e-12 && abs(calibrated[7]! - 1.0 / 46) < 1e-12)
        #expect(abs(calibrated.values.reduce(0, +) - 1) < 1e-12)
        // One start keeps all of it; two equal ones stay equal; an empty posterior stays empty.
        #expect(OnsetContext.calibratedStarts([5: 1], sharpness: 3) == [5: 1])
        let even = OnsetContext.calibratedStarts([1: 0.5, 2: 0.5], sharpness: 1.25)
        #expect(abs(even[1]! - 0.5) < 1e-12 && abs(even[2]! - 0.5) < 1e-12)
        #expect(OnsetContext.calibratedStarts([:], sharpness: 2).isEmpty)
    }

    @Test func intervalsShorterThanAWarmUpAreSharpenedLessThanLongerOnes() {
        // Deploys every 15-45 minutes: the posterior over-counts the many short intervals, so its probabilities are
        // raised to a smaller power than where intervals last an hour or more (where it is under-confident).
        let short = OnsetContext.startSharpness(medianIntervalHours: 0.5)
        let long = OnsetContext.startSharpness(medianIntervalHours: 2)
        #expect(short == OnsetContext.startSharpnessShortIntervals && long == OnsetContext.startSharpnessLongIntervals)
        #expect(1 < short && short < long)
        #expect(OnsetContext.startSharpness(medianIntervalHours: PooledEvidence.longestWarmUpHours) == long)
        // The same posterior prints a lower top probability under frequent deploys than over hours: 0.7 / 0.3 gives
        // 0.74 at 1.25 and 0.93 at 3.
        let posterior = [4: 0.7, 5: 0.3]
        let p = { (s: Double) in OnsetContext.calibratedStarts(posterior, sharpness: s)[4]! }
        #expect(abs(p(short) - 0.7425) < 1e-3 && abs(p(long) - 0.9270) < 1e-3)
    }
}

@Suite struct TaskMeanTests {
    @Test func theChartShowsTheTasksMeanWhenNoServiceSeriesExists() throws {
        func task(_ id: String, _ values: [(Int64, Double)]) -> Series {
            Series(id: 1, descriptor: SeriesDescriptor(key: SeriesKey(service: "s", metric: "MemoryUtilization", dimensions: ["TaskId": id]),
                                                       unit: .percent), points: values.map { Point(ts: $0.0, value: $0.1) })
        }
        let mean = try #require(SeriesChooser.meanOfTasks([task("a", [(0, 10), (60, 20)]), task("b", [(60, 40), (120, 30)])]))
        #expect(mean.key.dimensions.isEmpty && mean.key.stat == "Average")
        #expect(mean.points == [Point(ts: 0, value: 10), Point(ts: 60, value: 30), Point(ts: 120, value: 30)])
    }
}
