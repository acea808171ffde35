import Foundation
import Testing
import MemBlameTestSupport
@testable import MemBlameKit

/// The detector on real memory: RSS of a Node service under real load, recorded with ../shared/tracelab into
/// Tests/Traces/real (see its README), read through the same importers as `memblame import`.
@Suite struct RealTraceTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Traces/real").path

    func load(_ name: String, _ source: TracelabCase.Source) throws -> LabelledTrace {
        try #require(try TracelabCase.load(folder: Self.folder + "/" + name, source: source))
    }

    func detect(_ trace: LabelledTrace) -> OnsetResult {
        trace.detect()
    }

    /// Expects every listed case, through each of `sources` (every source by default), held inconclusive by the rule
    /// whose message holds `reason`.
    func expectHeld(_ names: [String], sources: [TracelabCase.Source] = everySource, saying reason: String) throws {
        for name in names {
            for source in sources {
                let result = detect(try load(name, source))
                #expect(!result.leak && result.inconclusive && result.summary.contains(reason),
                        "\(name)/\(source): \(result.summary)")
            }
        }
    }

    /// Expects each named case's culprit ranked first through each of its sources.
    func expectCulpritNamed(_ cases: [(name: String, sources: [TracelabCase.Source])]) throws {
        for (name, sources) in cases {
            for source in sources {
                let trace = try load(name, source)
                let result = detect(trace)
                #expect(result.leak && result.culpritDeployIndex == trace.culpritIndex, "\(name)/\(source): \(result.summary)")
            }
        }
    }

    /// Expects each named case, through every source, named at its culprit with its fix.
    func expectCulpritAndFixNamed(_ names: [String]) throws {
        for name in names {
            for source in Self.everySource {
                let trace = try load(name, source)
                let result = detect(trace)
                #expect(result.leak && result.culpritDeployIndex == trace.culpritIndex && result.fixedByDeployIndex == trace.fixedByIndex,
                        "\(name)/\(source): \(result.summary)")
            }
        }
    }

    /// Expects no leak named for any listed case through any source (no leak found or inconclusive).
    func expectNoLeakNamed(_ names: [String]) throws {
        for name in names {
            for source in Self.everySource {
                let result = detect(try load(name, source))
                #expect(!result.leak, "\(name)/\(source): \(result.summary)")
            }
        }
    }

    /// Expects a leak placed inside an interval through each source: no deploy blamed, the onset within 30 minutes of
    /// the truth (a flag switched on between deploys).
    func expectPlacedInside(_ name: String, _ sources: [TracelabCase.Source]) throws {
        for source in sources {
            let trace = try load(name, source)
            let result = detect(trace)
            #expect(result.leak && result.culpritDeployIndex == nil, "\(name)/\(source): \(result.summary)")
            let truth = try #require(trace.onset), onset = try #require(result.onset)
            #expect(abs(onset - truth) <= 30 * 60, "\(name)/\(source): onset off by \(abs(onset - truth) / 60) min")
        }
    }

    /// CSV, bytes and the real export files.
    static let everySource: [TracelabCase.Source] = [.csv, .bytes, .exports]

    @Test func theSameLeakThroughEverySource() throws {
        // Half-day intervals, culprit #1: CSVs, RSS in bytes, and the AWS CLI + CircleCI exports (deploy times a few
        // minutes earlier) must name the same PR.
        for source in [TracelabCase.Source.csv, .bytes, .exports] {
            let trace = try load("R10-c-half-day-intervals", source)
            let result = detect(trace)
            #expect(result.leak, "\(source): \(result.summary)")
            #expect(result.culpritDeployIndex.map { trace.deploys[$0].pr } == trace.culpritIndex.map { trace.deploys[$0].pr },
                    "\(source): \(result.summary)")
        }
    }

    @Test func uncertainAnswersGiveTheBayesFactorNotAnUncalibratedProbability() throws {
        // P(leak) is the model's posterior before the rules that follow it, not a calibrated probability (development
        // set: 21 % of the runs it put between the thresholds leaked, at a mean of 0.60), so an inconclusive answer and a
        // "no leak" give the Bayes factor for a leak against the factors the thresholds stand for at the prior 0.5 (3/7
        // and 7/3: the band between them is symmetric in the evidence).
        let inconclusive = detect(try load("AL07-b-culprit-first-after-40-early-320", .csv))
        #expect(inconclusive.inconclusive && !inconclusive.leak)
        #expect(inconclusive.summary.contains("inconclusive: the Bayes factor for a leak is 1.8, between the 0.43 below which no leak is found and the 2.3 from which a leak is reported"),
                "\(inconclusive.summary)")
        let healthy = detect(try load("A10-none-frequent-quote-300", .csv))
        #expect(!healthy.leak && !healthy.inconclusive)
        #expect(healthy.summary.contains("the Bayes factor for a leak is 0.19, below 0.43"), "\(healthy.summary)")
        #expect(![inconclusive.summary, healthy.summary].contains { $0.contains("P(leak)") })
    }

    @Test func percentAndBytesOfOneRecordingGiveOneAnswer() throws {
        // The development cases whose CSV (percent) and bytes answers differed while the smallest rate worth reporting
        // was 0.2 % of the limit in percent and 1 % of the level in bytes (healthy services at 14-17 % of their limit:
        // "no leak" in percent, inconclusive in bytes, and S19 the other way): the rate is now 1 % of the level in
        // both, so the evidence, the Bayes factor (where the answer gives one) and the answer are the same.
        for name in ["AF11-none-frequent-orders-320", "CN11-e-lru-dawn-825-320", "DR13-e-lru-morning-ramp-frequent-1365-320",
                     "EV14-none-long-interval-206-quote-320", "S19-f-load-early-morning"] {
            let percent = detect(try load(name, .csv)), bytes = detect(try load(name, .bytes))
            #expect(percent.outcome == bytes.outcome, "\(name): \(percent.summary) / \(bytes.summary)")
            let factor = { (r: OnsetResult) in r.summary.range(of: "Bayes factor for a leak is [0-9.e+-]+", options: .regularExpression).map { String(r.summary[$0]) } }
            #expect(factor(percent) == factor(bytes), "\(name): \(percent.summary) / \(bytes.summary)")
            #expect(!percent.leak, "\(name): \(percent.summary)")
        }
    }

    @Test func aQuickFollowUpDoesNotTakeTheBlame() throws {
        // The culprit ran 18 minutes before an unrelated deploy.
        let trace = try load("R33-a-quick-followup", .csv)
        let result = detect(trace)
        #expect(result.culpritDeployIndex == trace.culpritIndex, "\(result.summary)")
    }

    @Test func aLeakFixedByTheNextDeployIsFoundWithItsFix() throws {
        let trace = try load("R11-a-fixed-one-later", .csv)
        let result = detect(trace)
        #expect(result.culpritDeployIndex == trace.culpritIndex, "\(result.summary)")
        #expect(result.fixedByDeployIndex == trace.fixedByIndex, "\(result.summary)")
    }

    @Test func frequentDeploysWithAWarmUpThatNeverLevelsOff() throws {
        // Deploys every 20-60 minutes; every healthy release still rises 5-13 %/h when the next deploy comes, the
        // cache leak adds about 20 %/h from deploy #8. The shared warm-up must not swallow the leak's bend (it did:
        // "no leak found", healthy intervals declining at 5 %/h after a 17 % warm-up), through CSVs and bytes alike.
        // Since the healthy scatter is integrated (the healthy intervals here disagree by 10 %/h, which costs the
        // answer "from deploy #8" an Occam factor), CSVs and bytes are inconclusive: "grows from the first data on".
        // A leak named must be the culprit; "no leak" is never the answer.
        for source in [TracelabCase.Source.csv, .bytes] {
            let trace = try load("R01-b-frequent-deploys-mid", source)
            let result = detect(trace)
            #expect(result.leak ? result.culpritDeployIndex == trace.culpritIndex : result.inconclusive, "\(source): \(result.summary)")
        }
    }

    @Test func aFirstIntervalOpeningWhereTheRestartsOpenIsAFreshProcessUnderFrequentDeploys() throws {
        // Cache leaks under deploys every 15-45 minutes, the data starting hours after the last deploy before it but
        // at the level the restarts open at (tracelab starts the process with the data). No restart runs an hour, so
        // the fresh-process test had no warm level to compare with, the first interval's ages counted from that
        // deploy, and the healthy releases were held to a net slope of 0 (the warm-up "seen levelling off"); the
        // shared warm-up made them decline at 5-6 %/h and the leaking ones sat near 0: "0 of 10 intervals grow".
        // Read as fresh (the level the restarts reach by their end stands for warm), the culprit is named.
        try expectCulpritNamed(["AA01-b-frequent-deploys-culprit-4-300", "AB01-b-frequent-deploys-culprit-4-300",
                                "J02-b-frequent-deploys-culprit-5"].map { ($0, Self.everySource) })
    }

    @Test func aCulpritWhoseIntervalDropsOnceIsStillTheCulprit() throws {
        // Batches 13 and 14 (blind first, then development): the culprit's own interval climbs, releases garbage once
        // (a sharp drop that stays above where the interval began) and climbs again. A line through the drop lowered
        // its rate and the next deploy was named (L06 at p = 0.56-0.70, N02 at 0.60-0.65); W14's leak, fixed by the
        // next deploy, was "no leak". Measured around the drop, the culprit (and W14's fix) is named through every source.
        for name in ["L06-a-hourly-culprit-3-300", "N02-a-frequent-deploys-culprit-5", "W14-a-fixed-one-later"] {
            for source in [TracelabCase.Source.csv, .bytes, .exports] {
                let trace = try load(name, source)
                let result = detect(trace)
                #expect(result.leak && result.culpritDeployIndex == trace.culpritIndex, "\(name)/\(source): \(result.summary)")
                #expect(result.fixedByDeployIndex == trace.fixedByIndex, "\(name)/\(source): \(result.summary)")
            }
        }
    }

    @Test func aGCDropToTheOpeningLevelStillCountsAsADrop() throws {
        // I07, W08 and Y04, culprits first after 35-45 minutes of the release before: the culprit's interval climbs,
        // a GC falls to within a twentieth of the drop of the level the data opened at, and it climbs again. Through
        // CSV and bytes the data opens 6 minutes later than through the exports, higher, and the drop was refused
        // ("memory stays above where the interval began"): the interval read 2 %/h and the next deploy was named at
        // p = 0.63-0.80. The opening holds garbage the GC frees too: every source now names the culprit.
        try expectCulpritNamed(["I07-d-culprit-first-after-45-300", "W08-a-culprit-first-short-baseline", "Y04-a-culprit-first"]
            .map { ($0, Self.everySource) })
    }

    @Test func aCulpritWhoseClimbAfterAGCDropIsNotAStepIsNamed() throws {
        // P11 (hourly, development): the culprit's interval climbs, drops once (GC) and climbs again. An upward step
        // fitted to the climb after the drop left it flat (0.2 %/h) and the next deploy was named; the drop fits
        // better, so the interval keeps its 3.4 %/h. Through CSV and bytes.
        for source in [TracelabCase.Source.csv, .bytes] {
            let trace = try load("P11-a-hourly-culprit-3-384", source)
            let result = detect(trace)
            #expect(result.leak && result.culpritDeployIndex == trace.culpritIndex, "\(source): \(result.summary)")
        }
    }

    @Test func anIntervalEndsAtTheSampleItsReleaseStoppedAt() throws {
        // O05 and P15 (development): the next deploy's drop fell inside a five-minute bin, and the bin's start (up to a
        // bin after the fall) ended the interval, so its last values were the new release's fresh heap and the
        // culprit's own interval looked flat (O05: 0.1 %/h); the next deploy was named through every source. Ended at
        // the first sample of the fall, the culprit is named.
        try expectCulpritNamed([("O05-c-hourly-culprit-2-300", Self.everySource), ("P15-d-culprit-last-300", [.csv, .bytes])])
    }

    @Test func restartsUnderFrequentDeploysAreTimedFromTheSamples() throws {
        // Deploys every 15-45 minutes: a restart falls by 1-4 % of a level near 20 %, which five-minute bin medians never
        // show, so every interval ran from the deploy's CI time (in the CircleCI exports minutes before the new tasks
        // served) and the culprit's was cut to a few minutes or merged with its neighbour's: A02 and I01 were "no
        // leak" through CSV and bytes and blamed an earlier deploy through the exports, P03 and R01 were inconclusive.
        // A deploy's fall looked for in its own samples places each restart to the minute.
        try expectCulpritNamed(["A02-c-frequent-deploys-culprit-4", "I01-a-frequent-deploys-culprit-5-300", "P03-b-frequent-deploys-culprit-7-320",
                                "R01-b-frequent-deploys-mid"].map { ($0, Self.everySource) })
    }

    @Test func aCulpritFirstIsNamedWithoutAWarmUpLearntFromItsLeak() throws {
        // The culprit is the first deploy in view: every restart leaks, and a warm-up learnt from them took in part of
        // the leak, most of the culprit's own interval (C07, H08: inconclusive, "healthy releases already rise"; K07:
        // P(leak) 0.64-0.68). Learnt from the healthy intervals only (none begins with a restart: no warm-up), the
        // culprit is named through every source.
        try expectCulpritNamed(["C07-b-culprit-first-after-50-300", "H08-b-culprit-first-after-55", "K07-d-slow-leak-culprit-first-after-40"]
            .map { ($0, Self.everySource) })
    }

    @Test func aMatchedAgeContrastThatContradictsThePosteriorDoesNotNameTheStart() throws {
        // A cache leak over 30-minute intervals with one of 115 minutes after its culprit (#6 of 9, blind batch 157):
        // through the exports the contrast allowed only the last two starts, which the posterior held under a thousandth,
        // and renormalised they named #8 at p = 0.96; CSV and bytes named the culprit (MatchedAgeContrast.weigh).
        try expectCulpritNamed([("FB05-b-few-hours-115-culprit-6-of-9-300", Self.everySource)])
    }

    @Test func aQuickFollowUpWhoseCulpritIntervalHoldsNoDataNamesTheCulpritThroughTheContrast() throws {
        // A d leak followed 8 minutes later by an unrelated deploy, under deploys every 30 minutes (blind batch 137):
        // through the exports the culprit's interval, CI time to CI time, holds no data, so the posterior ties it with
        // the follow-up; after the matched-age contrast the follow-up was named at p = 0.50 by a rounding hair. The
        // tie goes to the earlier deploy, as the posterior's own tie rule says (OnsetContext, BoundaryPosterior.tieShare).
        try expectCulpritNamed([("EH05-d-quick-followup-culprit-4-320", Self.everySource)])
    }

    @Test func aFlagHalfAnHourIntoItsReleaseIsPlacedWhileLeaksFromTheDeployStayNamed() throws {
        // Development batch 171: a d leak behind a flag 29 minutes into v2's 100-150-minute interval was blamed on v2's
        // deploy at p = 1.00 through every source (the settle time and warm-up skipped left under half an hour of flat
        // data); the later release rises from its restart over the ages v2 ran flat, so the growth is placed inside
        // the interval. The same batch's leaks from a deploy over the same intervals stay named.
        try expectPlacedInside("FP04-d-flag-flip-29-min-in-v2-300", Self.everySource)
        try expectCulpritNamed(["FP11-a-few-hours-culprit-2-of-2-320", "FP12-b-few-hours-culprit-2-of-2-300",
                                "FP13-c-few-hours-culprit-2-of-2-300", "FP14-d-few-hours-culprit-2-of-2-320"].map { ($0, Self.everySource) })
    }

    @Test func aStartTheContrastMovesToTheLastMinutesOfDataIsInconclusive() throws {
        // A bounded LRU up the morning's traffic under deploys every 35-60 minutes (development batch 136): the
        // posterior's start left over an hour of data after it, the matched-age contrast named the last deploy, an hour before
        // the end of the data, and the healthy service was reported leaking through every source. The answer rests on
        // the data after the deploy it names, too little to tell a leak from a release warming up longer. Since the
        // thirty-ninth session the comparison of its climbs before their first major collection holds it first (the
        // releases from the likeliest deploy climb no more steeply than the ones before: `teethCarryTooLittle`).
        for source in Self.everySource {
            let result = detect(try load("EG01-e-lru-morning-ramp-0335-1530-320", source))
            #expect(!result.leak && result.inconclusive
                    && (result.summary.contains("rests on") || result.summary.contains("a cache that fills faster with traffic")),
                    "\(source): \(result.summary)")
        }
    }

    @Test func aCulpritFirstWhoseNextDeployLeavesTooFewRestartsIsWeighedOnAWarmUpLearntBeforeIt() throws {
        // The culprit is the first deploy in view, after 45 minutes of the release before it; the warm-up learnt from
        // every interval (all but the first leak) read the culprit's own interval declining, and the next deploy was
        // likeliest with one restart before it, too few to refit on (G10 at p = 0.55, L09's exports at 0.49). Refitted
        // on the intervals before the culprit, which held 0.3-0.4 of the posterior, the culprit is named.
        try expectCulpritNamed([("G10-d-culprit-first-after-45-384", Self.everySource), ("L09-c-culprit-first-after-45-320", [.exports])])
    }

    @Test func aWarmUpThatLeavesEveryIntervalDecliningIsFittedOnTheEarlierHalf() throws {
        // Deploys every 15-45 minutes, most restarts leaking: the warm-up fitted on every interval took in the leak and
        // left the healthy intervals declining at -6 %/h and the leaking ones at -0.5, "no leak". Fitted on the
        // earlier half, the culprit was named (O02 through every source, P02 through CSV and bytes). Since the first
        // interval of a trace deployed every 15-45 minutes is read as a fresh process (2026-12-03, tenth session), O02
        // and P02 take the other path (the healthy releases' common slope is free) and are lost (O02 inconclusive,
        // P02 names the deploy before its culprit at p = 0.78); the refit still names these culprits, which are lost
        // without it (development set, batches 1-30).
        try expectCulpritNamed([("I07-d-culprit-first-after-45-300", [.exports]), ("W03-c-slow-leak-culprit-third", [.csv, .bytes])])
    }

    @Test func growthRestingOnLessThanOneWarmUpAtTheEndIsInconclusive() throws {
        // Healthy services deployed every 15-45 minutes whose last two intervals rose a little faster (D13, N04: 0.5-0.6 h
        // of data after the likeliest deploy) were called leaks at p = 0.48-0.82 through every source. Less than one
        // warm-up time constant of data after a start cannot tell a leak from releases that warm up a little longer.
        // Since the first interval of a trace deployed every 15-45 minutes is read as a fresh process (2026-12-03),
        // they are held by other rules (one short interval, healthy releases already rising). Batch 45's AT14, flat
        // but for its last two intervals (0.7 h by the clock after the likeliest deploy), is held by this rule alone.
        for name in ["D13-none-frequent-orders-320", "N04-none-frequent-orders-384", "AT14-none-frequent-orders-300"] {
            for source in Self.everySource {
                let result = detect(try load(name, source))
                #expect(!result.leak && result.inconclusive, "\(name)/\(source): \(result.summary)")
                if name.hasPrefix("AT14") {
                    #expect(result.summary.contains("less than one warm-up time constant"), "AT14/\(source): \(result.summary)")
                }
            }
        }
    }

    @Test func growthAfterRestartsIsTimedByTheClock() throws {
        // Batch 45's AT05 (blind first, then development): two 40-minute intervals after the culprit hold 0.96 h of data,
        // each restart's ten settle minutes left out, and the one-hour rule held it through CSV and bytes; by the clock
        // the releases after it ran 1.3 h. Z10 (0.9 h of data, 1.2 h by the clock) is named as well.
        try expectCulpritNamed([("AT05-d-frequent-deploys-culprit-7-300", Self.everySource),
                                ("Z10-a-frequent-deploys-culprit-11", Self.everySource)])
    }

    @Test func aCulpritLastWithOneIntervalOfThreeWarmUpsIsNamed() throws {
        // Batches 15 and 16 (blind first, then development): the culprit is the last deploy and its one interval runs
        // 3.1-3.9 h to the end of the data. A 6 h minimum made both inconclusive; three warm-up time constants suffice.
        for name in ["H11-d-culprit-last-384", "G12-b-culprit-last-320"] {
            for source in [TracelabCase.Source.csv, .bytes, .exports] {
                let trace = try load(name, source)
                let result = detect(trace)
                #expect(result.leak && result.culpritDeployIndex == trace.culpritIndex, "\(name)/\(source): \(result.summary)")
            }
        }
        // A healthy service whose likeliest start leaves 1.5 h of data after it is still inconclusive (since 2026-12-07
        // because its one release after that start sits lower than the others at the same age, which is read first).
        let flat = detect(try load("R42-none-flat-quote", .csv))
        #expect(!flat.leak && flat.inconclusive, "\(flat.summary)")
        // A slow leak from the last deploy with 1 h 49 m after it is inconclusive, saying what would decide it.
        let short = detect(try load("DL09-b-slow-culprit-last-7-after-110-320", .csv))
        #expect(!short.leak && short.inconclusive && short.summary.contains("(or 1h 54m in all) would decide it"), "\(short.summary)")
        // The hours are printed rounded down to the minute: 119.5 minutes under the 2 h the rule asked for read "2.0 h"
        // beside "or 2 h" before (batch 89's CL06).
        #expect(OnsetContext.describeHours(119.5 / 60) == "1h 59m")
        #expect(OnsetContext.describeHours(PooledEvidence.singleIntervalHoursToTrust) == "1h 54m")
        // Development batch 115, recorded for the rule: culprits last with 115-120 minutes after them are named (at 2 h
        // they were inconclusive), while DL11, an LRU whose last interval runs 100 minutes into the midday rise (1 h 45 m
        // by the clock through the exports), is still held: below 1.8 h it alarms (and R42 above, at 1.8 h).
        try expectCulpritNamed([("DL05-b-culprit-last-5-after-115-320", [.csv, .bytes, .exports]),
                                ("DL06-a-culprit-last-4-after-120-300", [.csv, .bytes])])
        let lru = detect(try load("DL11-e-lru-last-before-midday-rise-1435-320", .exports))
        #expect(!lru.leak && lru.inconclusive, "\(lru.summary)")
    }

    @Test func aCulpritLastWithOneIntervalOfTwoAndAHalfHoursIsNamed() throws {
        // Batches 27, 25 and 33 (blind first, then development): the culprit is the last deploy and its one interval
        // runs 2.5-2.8 h to the end of the data. Three warm-up time constants (3 h) made them inconclusive; two suffice.
        try expectCulpritNamed([("AB08-a-culprit-last-320", [.csv, .bytes]), ("I08-b-culprit-last-320", Self.everySource),
                                ("AH10-c-few-hours-culprit-2-384", Self.everySource)])
    }

    @Test func aCulpritLastIsTrustedAfterTwoHoursByTheClock() throws {
        // Batch 68's BQ02 (measured blind first): the culprit is the last deploy, 130 minutes before the data ends, 2.0 h
        // of data once its restart's settle time is skipped. Counted in data hours it fell short of the two warm-up time
        // constants and was inconclusive through every source; a time constant is an age by the clock.
        try expectCulpritNamed([("BQ02-d-culprit-last-4-320", Self.everySource)])
    }

    @Test func growthFromTheFirstDataIsWeighedAgainstTheFirstDeployWithTwoIntervalsBefore() throws {
        // Batch 72's BU03 (measured blind first): a limit raised after an OOM kill. Through bytes and the exports the
        // warm-up fitted on every interval, mostly leaking ones, left the two healthy intervals declining, "memory grows
        // from the first data on" was likeliest and deploy #1 the likeliest deploy; with one interval before it nothing
        // was refitted and the answer was inconclusive. Refitted before deploy #2, the culprit is named.
        try expectCulpritNamed([("BU03-a-limit-raise-600", Self.everySource)])
    }

    @Test func aCacheWarmingUpAfterOneIntervalFromTheFirstDataIsNotBlamedOnTheFirstDeploy() throws {
        // Batch 81's CD13 (measured blind first): a bounded LRU under hourly deploys at midday, one 45-minute interval
        // from the first data, then four rising faster with the traffic. Refitted on that one interval, the healthy
        // releases read flat and deploy #1 was named at p = 0.88; the healthy rise the fit on every interval found
        // (1.35 %/h against 3.9 after) holds it inconclusive through every source.
        for source in Self.everySource {
            let result = detect(try load("CD13-e-lru-midday-700-320", source))
            #expect(!result.leak && result.inconclusive, "\(source): \(result.summary)")
            #expect(result.summary.contains("healthy releases here already rise"), "\(source): \(result.summary)")
        }
        // A leak from the first deploy after 40 minutes of its predecessor is still named (batch 80's CC10).
        try expectCulpritNamed([("CC10-c-culprit-first-after-40-320", Self.everySource)])
    }

    @Test func aLeakThatFallsOnceAfterItsDeployIsNotPlacedAfterTheFall() throws {
        // Batch 75's BX06 (measured blind first): the culprit is the last deploy and memory falls once 33 minutes after
        // it (a GC drop). The flat-then-rising split, allowed the drop in its rising part, was weighed against one line
        // without it and placed the growth 45 minutes after the deploy; weighed against one line with the same
        // allowance, the deploy is named.
        try expectCulpritNamed([("BX06-d-culprit-last-5-300", Self.everySource)])
    }

    @Test func aFlagWhoseLeakDropsOnceBeforeTheNextDeployBlamesNoDeploy() throws {
        // Batch 20 C09 (measured blind, then development): the flag went on 85 minutes into a 165-minute interval and
        // the heap released garbage two bins before the next deploy. A line through that drop failed the flat-then-
        // rising test and deploy #2 was named at p = 0.83 through CSV and bytes; measured around the drop, every source
        // places the onset inside the interval.
        try expectPlacedInside("C09-a-flag-flip-320", [.csv, .bytes, .exports])
    }

    @Test func aFlagInTheSeriesSecondOrThirdIntervalIsPlaced() throws {
        // B09 (development): a flag 70 minutes into the series' third interval (2.3 h), the healthy releases rising
        // 1.8 %/h with none levelling off. The healthy-rise rule held it inconclusive through every source; a rise
        // that begins inside the interval before the deploy, flat for half an hour first, is no cache filling with
        // traffic, and the rule stands aside. Batch 79's BW06 and batch 84's CG06 (measured blind first): flags 55
        // and 60 minutes into the series' second interval, held or blamed on a deploy because the check that later
        // intervals do not start flat too searched the series' first intervals, this one among them.
        try expectPlacedInside("B09-b-flag-flip-320", Self.everySource)
        try expectPlacedInside("BW06-c-flag-flip-320", Self.everySource)
        try expectPlacedInside("CG06-c-flag-flip-320", [.csv, .bytes])
        // Slow leaks from the first deploy whose first interval, the one the data begins with, holds V8's heap step
        // 35-40 minutes in: still named, not placed inside that interval.
        try expectCulpritNamed([("S10-d-slow-leak-1pct", Self.everySource), ("V11-a-slow-leak-culprit-first", Self.everySource)])
    }

    @Test func aCacheLeakIsNotReadAsABootLoadByTheBinsPhaseAgainstItsRestart() throws {
        // BA01, BG01 and BO06 (development): cache leaks under deploys every 15-45 minutes. V8 grows the heap 2-4
        // minutes after each start; read from five-minute bins, the restarts whose first whole bin began after that
        // step (the culprit's among them, by chance of the minute) opened 1.3-1.8 % higher than the others and the
        // boot-load rule held the leak inconclusive. Read in the samples from each restart's fall they open level.
        try expectCulpritNamed([("BA01-b-frequent-deploys-culprit-5-300", Self.everySource),
                                ("BG01-b-frequent-deploys-culprit-4-320", Self.everySource),
                                ("BO06-b-frequent-deploys-culprit-4-300", Self.everySource)])
        // Releases that load a table at boot still restart higher (memory rises at their deploys, no fall is seen,
        // and the bins serve every opening).
        for name in ["BD16-step-hourly-orders-300", "H16-step-second-deploy-quote-384"] {
            for source in Self.everySource {
                let result = detect(try load(name, source))
                #expect(!result.leak && result.inconclusive && result.summary.contains("restarts"), "\(name)/\(source): \(result.summary)")
            }
        }
    }

    @Test func aFlagSwitchedOnFiftyMinutesAfterADeployBlamesNoDeploy() throws {
        // Batch 15 H14 (measured blind, then development): the flag went on 50 minutes into deploy #2's 140-minute
        // interval and stayed on after #3. With a one-hour flat minimum #2 was named at p = 0.91-0.94.
        try expectPlacedInside("H14-d-flag-flip-320", [.csv, .bytes, .exports])
    }

    @Test func aFlagSwitchedOnAfterTheHeapStepBlamesNoDeploy() throws {
        // F12: the flag went on 85 minutes into deploy #2's 2.6 h interval, after V8's heap step (17.2 -> 18.1 % an hour
        // after the restart). On five-minute bins a line through the step rose 0.7 %/h, too fast for "flat" beside a
        // 3.6 %/h leak, and #2 was named at p = 0.99; on the minute samples the split passes with a plain flat line.
        try expectPlacedInside("F12-c-flag-flip-300", Self.everySource)
    }

    @Test func aShortIntervalOpeningOneValueBeforeItsHeapStepIsFlat() throws {
        // Batch 44's AS01 (blind first, then development): deploy #4's 19-minute interval, read from 4.5 minutes after
        // its restart, opened one value before V8's boot step; the step could not be placed that early, the interval
        // read 2.6 %/h and #4 was named at p = 0.87 instead of the culprit #5.
        try expectCulpritNamed([("AS01-a-frequent-deploys-culprit-5-320", Self.everySource)])
    }

    @Test func aFlagRisingAnHourBeforeTheLastShortIntervalIsPlacedThere() throws {
        // Batch 44's AS11 (blind first, then development): a flag went on an hour into the interval before the last
        // deploy, whose interval runs 0.8 h to the end of the data. Counted together (1.8 h) the rise fell short of the
        // two hours one interval needs and the answer was inconclusive; a rise that began before the release ran is no
        // release warming up, and the flag is placed inside its interval.
        try expectPlacedInside("AS11-c-flag-flip-300", Self.everySource)
    }

    @Test func aFlagRisingUnderAnHourBeforeTheNextDeployIsPlaced() throws {
        // Batch 46's AU11 (blind first, then development): a flag 65 minutes into a 115-minute interval rose 54 minutes
        // before the next deploy, short of the hour a rising part needed, and 0.8 h after it: inconclusive through every
        // source. The rise goes on after the deploy, so less than the hour suffices before it (45 minutes then).
        try expectPlacedInside("AU11-c-flag-flip-300", Self.everySource)
        // Development batch 106, recorded for this: flags 33, 29 and 41 minutes before the next deploy, one interval or
        // two after it. With 45 minutes asked, DC02 and DC08 were inconclusive and DC10 was blamed on the next deploy;
        // 30 minutes places them. Below that the end of an ordinary release's interval passes too: E03, an hourly leak
        // whose culprit's previous interval ends in a 25-minute rise, is still named at its culprit.
        try expectPlacedInside("DC02-b-flag-flip-3rd-33-min-320", Self.everySource)
        try expectPlacedInside("DC08-a-flag-flip-4th-29-min-320", [.csv, .bytes])
        try expectPlacedInside("DC10-d-flag-flip-3rd-41-min-320", Self.everySource)
        try expectCulpritNamed([("E03-a-hourly-culprit-2-320", [.csv, .bytes])])
    }

    @Test func aFlagIsPlacedAlikeInPercentAndInBytes() throws {
        // R22: a flag 45 minutes after deploy #5. The flat part is judged against the leak's rate; the posterior's
        // grid put that rate at 12.4 %/h through CSV and 9.3 %/h through bytes, so the same flat part (0.22 and 0.29 of
        // it) was flat in percent and not in bytes, where #5 was named at p = 1.00. Measured against the leaking
        // intervals' own mean rate, every source places it.
        try expectPlacedInside("R22-d-flag-flip", Self.everySource)
    }

    @Test func aFlagSwitchedOnSoonAfterADeployIsFoundOnTheMinuteSamples() throws {
        // Batch 41's AP08 and AP09 (blind first, then development): flags 75 and 35 minutes after their deploys were
        // blamed on those deploys at p = 0.92-1.00 through every source; on five-minute bins the flat part held five
        // to fifteen values and the split fell short of its test (AP08 by 0.7 of 39.6). On the minute samples they,
        // and B08 and Z20 through CSV and bytes, are placed inside their intervals.
        try expectPlacedInside("AP08-d-flag-flip-300", Self.everySource)
        try expectPlacedInside("AP09-c-flag-flip-320", Self.everySource)
        try expectPlacedInside("B08-c-flag-flip-300", [.csv, .bytes])
        try expectPlacedInside("Z20-c-flag-flip", [.csv, .bytes])
    }

    @Test func aFlagSwitchedOnInsideAnIntervalBlamesNoDeploy() throws {
        // A feature flag turned the cache on 1.5 h after deploy #3 and an hour before deploy #4: the onset lies inside
        // the interval and neither deploy is the culprit.
        try expectPlacedInside("R21-b-flag-flip", [.csv, .exports])
    }

    @Test func aFlagWhoseRiseRunsIntoTheLastShortIntervalCountsItsRiseBeforeTheDeploy() throws {
        // Batch 38's AM11 (blind first, then development): a flag turns a cache leak on 80 minutes into a 2.7 h interval;
        // the next deploy's interval runs 0.8 h to the end of the data. Weighed alone, 0.8 h after the likeliest
        // deploy was too little ("inconclusive"); the rise inside the interval before it counts as evidence too, and
        // the onset lies there, no deploy blamed.
        try expectPlacedInside("AM11-b-flag-flip-320", Self.everySource)
    }

    @Test func aStepAtBootIsNotALeak() throws {
        for name in ["R43-step-mid", "R44-step-last"] {
            let result = detect(try load(name, .csv))
            #expect(!result.leak, "\(name): \(result.summary)")
        }
    }

    @Test func aReleaseThatLoadsMoreAtBootIsNotCalledALeak() throws {
        // Development cases of batches 3 and 4: a release loads a table at boot (restarts open about 20 % higher
        // from it on) and its bigger heap then grows for about an hour, longer than the intervals after it mostly
        // last. The data cannot tell that from a leak: inconclusive, naming the move, through every source.
        for name in ["T01-step-mid-hourly", "U23-step-early"] {
            for source in [TracelabCase.Source.csv, .bytes, .exports] {
                let result = detect(try load(name, source))
                #expect(!result.leak && result.inconclusive, "\(name)/\(source): \(result.summary)")
                #expect(result.summary.contains("restarts") && result.summary.contains("higher"), "\(name)/\(source): \(result.summary)")
            }
        }
        // A leak moves no baseline, even at deploys 15-45 minutes apart where a restart's first values already hold
        // some of it: still a leak at its culprit.
        for source in [TracelabCase.Source.csv, .exports] {
            let trace = try load("U01-a-frequent-deploys-15-45", source)
            let result = detect(trace)
            #expect(result.leak && !result.inconclusive, "\(source): \(result.summary)")
        }
    }

    @Test func aCacheFillingFasterAsTrafficRisesIsNotANewLeak() throws {
        // Development cases of batches 3 and 4: a bounded LRU refills after every deploy (15-45 minutes apart) at a
        // rate that follows the morning's traffic. Through the exports the posterior placed a start where the rate
        // rose, but healthy releases, whose warm-up never levels off within such short intervals, already rise at
        // about half the rate after it: inconclusive, not a leak.
        for name in ["T05-e-lru-frequent-1500", "U04-e-lru-frequent-15-45"] {
            for source in [TracelabCase.Source.csv, .bytes, .exports] {
                let result = detect(try load(name, source))
                #expect(!result.leak, "\(name)/\(source): \(result.summary)")
            }
            let exports = detect(try load(name, .exports))
            #expect(exports.inconclusive && exports.summary.contains("healthy releases here already rise"), "\(name): \(exports.summary)")
        }
    }

    @Test func aSlowLeakAtTheFirstDeployIsFoundWhenTheDataBeginsWithAFreshProcess() throws {
        // Development cases of batches 2 and 5: the data begins with a process started with it (its first values sit
        // where the restarts open), and the first deploy in view starts a slow leak. Read from the deploy before the
        // data, the first interval's warm-up looked like growth ("grows from the first data on").
        for name in ["V11-a-slow-leak-culprit-first", "S13-c-night-pause"] {
            for source in [TracelabCase.Source.csv, .bytes, .exports] {
                let trace = try load(name, source)
                let result = detect(trace)
                #expect(result.leak && result.culpritDeployIndex == trace.culpritIndex, "\(name)/\(source): \(result.summary)")
            }
        }
    }

    @Test func aLeakWhoseClimbIsBrokenByAGCDipIsNotReadAsAHeapStep() throws {
        // Batches 30 and 31 (validation halves spent, now development): a per-SKU cache leak under deploys every 20-45 minutes (AF05, #6 of
        // 9) and an hourly one (AE04, #2 of 4). A leaking interval's climb broken by a GC dip passed for a heap step
        // just past its penalty and lost most of its slope; averaged with the line by their weights, it keeps it.
        try expectCulpritNamed([("AF05-b-frequent-deploys-culprit-6-320", Self.everySource),
                                ("AE04-b-hourly-culprit-2-320", Self.everySource)])
    }

    @Test func aRestartTooBriefForTheBinsKeepsItsOwnDropNotTheNextDeploys() throws {
        // Development Z10: the culprit's restart at 15:37 is down and warmed up again within one five-minute bin, so
        // no bin median falls; the next deploy's drop (16:11) lies inside its 30-minute window. Matched to that drop,
        // the culprit's interval kept 4 values. The restart is found in the samples instead, and every deploy keeps
        // a drop of its own.
        let trace = try load("Z10-a-frequent-deploys-culprit-11", .csv)
        let result = detect(trace)
        let culpritTs = trace.deploys[try #require(trace.culpritIndex)].ts
        let reset = try #require(result.resets.first { $0.kind == .deploy && $0.ts == culpritTs })
        let fall = try #require(reset.fallTs)
        #expect(fall > culpritTs && fall - culpritTs <= 120, "the culprit's restart falls at \(Timestamp.display(fall))")
        let falls = result.resets.compactMap(\.fallTs)
        #expect(Set(falls).count == falls.count, "two resets share one drop: \(falls.map { Timestamp.display($0) })")
        // E01 (deploys 25-40 minutes apart): the same mismatch had named a deploy two after the culprit.
        try expectCulpritNamed([("E01-c-frequent-deploys-culprit-5", [.csv, .bytes])])
        // AN02 and AD01 through CSV and bytes (samples stamped at the start of their minute, deploys at :30): a brief
        // restart the bins miss was looked for in the samples up to the next deploy's time, and the next deploy's fall,
        // stamped 30 seconds before it, was taken; its interval lost its data and an earlier deploy was named. The
        // search now stops halfway to the next deploy.
        try expectCulpritNamed([("AN02-d-frequent-deploys-culprit-7-300", [.csv, .bytes]),
                                ("AD01-d-frequent-deploys-culprit-5-320", [.csv, .bytes])])
    }

    @Test func aDeployHoldingNearlyAllThePosteriorIsNamedThoughHealthyReleasesRise() throws {
        // Development R32, U27 (cache leaks from the first deploy) and Y07 (from the tenth of deploys 15-45 minutes
        // apart): healthy releases rise within their short intervals, so the healthy-rise rule held them inconclusive,
        // though one deploy holds 0.96-0.99 of the posterior. A bounded cache under frequent deploys (U06), which the
        // rule is for, names its likeliest deploy at 0.39 and stays unreported.
        try expectCulpritNamed([("R32-b-culprit-first", Self.everySource), ("U27-b-culprit-first", Self.everySource),
                                ("Y07-b-frequent-deploys-culprit-10", Self.everySource)])
        for source in Self.everySource {
            let result = detect(try load("U06-e-lru-frequent-15-45", source))
            #expect(!result.leak, "U06/\(source): \(result.summary)")
        }
    }

    @Test func aCacheWhoseFillFollowsTrafficUnderShortIntervalsIsNotALeak() throws {
        // Development cases of batches 2 and 4: a bounded LRU under deploys 1-2 h apart fills 2-5 %/h in the morning
        // and 10-12 %/h from midday. No interval lasts long enough to show it level off, so healthy releases are
        // modelled rising, and that rise is a third to a half of the rate after the "start": inconclusive. Since GC
        // drops inside an interval are measured around (a cache's releases leave its slope as it was), mostly "no
        // leak found"; never a leak.
        try expectNoLeakNamed(["S17-e-lru-1800", "U19-e-lru-2000"])
    }

    @Test func anOOMWithinTheHourIsNotTakenForGrowthFromTheFirstData() throws {
        // Batch 7 (development since batch 8): the culprit #2 reaches the limit within the hour and is killed, over
        // and over. Its 60 %/h rise had been fitted as a 21 % warm-up ramp, every healthy interval then declined, and
        // the answer was "grows from the first data on". The warm-up fitted again on the intervals before the
        // likeliest deploy names the culprit, through every source.
        for source in [TracelabCase.Source.csv, .bytes, .exports] {
            let trace = try load("Y24-a-oom-fast", source)
            let result = detect(trace)
            #expect(result.leak && result.culpritDeployIndex == trace.culpritIndex, "\(source): \(result.summary)")
        }
    }

    @Test func aLeakClimbingRightAfterItsRestartsIsNotABaselineShift() throws {
        // A leak already adds to memory in the minutes a restart takes to settle, fastest at first: U34 (batch 4, an OOM
        // leak at 40 %/h, development since batch 5) opened 20 % "higher" by then, W02 (batch 6 development, a slow
        // leak from the first deploy in view) 0.9 %, and both read as a release loading more at boot. Measured from
        // the drop, their restarts open where the healthy ones did and the culprit is named.
        for (name, source) in [("U34-d-oom-fast", TracelabCase.Source.csv), ("W02-b-slow-leak-culprit-first", .exports)] {
            let trace = try load(name, source)
            let result = detect(trace)
            #expect(result.leak && result.culpritDeployIndex == trace.culpritIndex, "\(name)/\(source): \(result.summary)")
        }
    }

    @Test func anOOMLeakThatRestartsHigherIsNamedWhileABootStepStaysInconclusive() throws {
        // An OOM leak's restarts open higher once it climbs within minutes (B11, G14: batches 16 and 21, development
        // since), as a release that loads more at boot does; but it crashes from two to three times that step above,
        // which a boot step never does (Y17 restarts without a deploy from 0.6 times its step). Through CSV and bytes.
        for name in ["B11-c-oom-fast-culprit-2-300", "G14-c-oom-fast-culprit-second-300"] {
            for source in [TracelabCase.Source.csv, .bytes] {
                let trace = try load(name, source)
                let result = detect(trace)
                #expect(result.leak && result.culpritDeployIndex == trace.culpritIndex, "\(name)/\(source): \(result.summary)")
            }
        }
        // Y17's Bayes factor for a leak is 0.44: inconclusive since the "no leak" threshold moved to 3/7 (until
        // 2026-12-07 a "no leak" whose summary's "between restarts" passed this test's old check for "restarts").
        let step = detect(try load("Y17-step-fourth-deploy-quote", .csv))
        #expect(!step.leak && step.inconclusive, "\(step.summary)")
    }

    @Test func aShortLivedRiseBetweenTwoDeploysIsNotReportedAsAFixedLeak() throws {
        // Batch 12 development P05: a healthy service deployed every 14-45 minutes, read through the CircleCI export,
        // whose times come 4-6 minutes before the restarts. Three intervals of 14-20 minutes began inside the new
        // process's first minutes and rose 2-5 %/h; the posterior called it a leak fixed two deploys later (p = 1.00),
        // until the "too little growth" rule made it inconclusive (`OnsetDetectorTests`). Since each restart is timed
        // from the samples, the intervals begin after their restarts and nothing rises: no leak.
        let result = detect(try load("P05-none-frequent-quote-300", .exports))
        #expect(!result.leak, "\(result.summary)")
    }

    @Test func aLaterStartIsWeighedWithAWarmUpLearntBeforeItWhenTheLikeliestLeavesTooFewRestarts() throws {
        // Batch 32's AG04 (development): a cache leak from deploy #3 under deploys every 15-45 minutes. The likeliest
        // start, fitted with a warm-up learnt from every interval, left too few restarts before it to learn from again,
        // and the answer was inconclusive; learnt from the intervals before the later start that holds a third of the
        // posterior, the culprit is named through every source.
        try expectCulpritNamed([("AG04-b-frequent-deploys-culprit-3-320", Self.everySource)])
    }

    @Test func aCacheLeakIsNotHeldByTheHealthyRiseRuleWhenHealthyReleasesLevelOff() throws {
        // Batches 29 and 31 (development): cache leaks under deploys every 15-45 minutes beside a per-SKU cache that
        // good releases fill in their first ten minutes. Their healthy intervals rise 1-2 %/h in their later halves
        // against 5-7 %/h in the earlier (levelled off), the leaking ones 5-7 %/h to the end; the healthy-rise rule,
        // written for bounded caches that never level off within an interval, held them inconclusive. Now named.
        try expectCulpritNamed([("AY05-b-frequent-deploys-culprit-4-320", Self.everySource),
                                ("AR02-b-frequent-deploys-culprit-7-300", Self.everySource)])
        // Bounded LRUs whose later halves keep the pace of their earlier ones are still held by it.
        try expectNoLeakNamed(["V09-e-lru-hours-2400", "W24-e-lru-frequent-2800"])
    }

    @Test func aCacheLeakWhoseReleasesClimbSeveralTimesAsSteeplyAsTheHealthyOnesIsNamed() throws {
        // Cache leaks under deploys every 15-45 minutes beside a per-SKU cache the good releases fill (the development
        // halves of batches 36, 69 and 76): the shared warm-up took most of the healthy climb into itself, the healthy releases' net
        // slope was half the rate after the culprit, and the healthy-rise rule held them inconclusive through every
        // source. Read before their first major collection, from ten minutes of age, the healthy releases climb a
        // quarter to a third as steeply as the leaking ones: named.
        try expectCulpritNamed(["AK01-b-frequent-deploys-culprit-5-320", "BR01-b-frequent-deploys-culprit-4-320",
                                "BY01-b-frequent-deploys-culprit-7-300"].map { ($0, Self.everySource) })
        // Bounded LRUs under deploys every 35-60 minutes up the morning's traffic (development batch 175), whose later
        // restarts climb about twice as steeply as the earlier ones, are still held by it.
        try expectHeld(["FT01-e-lru-morning-0600-1530-320", "FT02-e-lru-morning-0640-990-300", "FT08-e-lru-midday-1045-1620-300"], saying: "healthy releases here already rise")
    }

    @Test func aFlatServiceWhoseNightRestartsWarmUpSlowerIsNotALeak() throws {
        // Development batch 183: flat services under deploys every 15-24 minutes through the night's light traffic.
        // Their releases warm up more slowly as traffic falls, so the later intervals still rise when they end and
        // their net slopes read as growth (GB01 named at p = 0.54 from its tenth deploy, GB07 at 0.94 from its second);
        // at the same age since their restart those releases sit lower than the earlier ones: held inconclusive.
        try expectHeld(["GB01-none-frequent-quote-2010-300", "GB07-none-frequent-quote-0320-300"], saying: "a warm-up that takes longer")
        // The leaks of the same batch under the same rhythm sit higher at the same ages: named.
        try expectCulpritNamed(["GB11-a-frequent-deploys-culprit-7-of-18-300", "GB13-c-frequent-deploys-culprit-5-of-16-300",
                                "GB14-d-frequent-deploys-culprit-4-of-14-320", "GB16-d-slow-leak-culprit-8-of-15-300"]
            .map { ($0, Self.everySource) })
        // Blind batch 186's GE03: a limit raised from 300 to 870 MiB after an OOM scales every later release down in
        // percent; the restarts no longer open from the same level, so the comparison stands aside and the culprit,
        // held through CSV by `2121583`, is named through every source.
        try expectCulpritNamed([("GE03-d-limit-raise-870", Self.everySource)])
    }

    @Test func aCacheWhoseClimbsDoNotCarryTheRateIsNotALeak() throws {
        // Development LRUs under deploys every 30-45 minutes up the morning's traffic (FT05, 1,080 entries; DF08, 815):
        // the net slopes rose from one deploy on (named at p = 1.00), but read before their first major collection the
        // releases from it climbed hardly more steeply than the ones before (0.21 and -0.08 of the rate): held.
        try expectHeld(["FT05-e-lru-morning-0840-1080-300"], saying: "a cache that fills faster with traffic")
        // DF08 through CSV and bytes; through the exports, since the smallest rate worth reporting is 1 % of the level
        // in percent too (2026-12-08), the posterior's rate on its grid is 1.91 %/h instead of 2.07 and the climbs'
        // shortfall (2.06 %/h) falls just under the two standard errors asked (2.13): named at p = 0.36 (docs/detect.md,
        // "minimum rate").
        try expectHeld(["DF08-e-lru-trough-to-morning-815-320"], sources: [.csv, .bytes], saying: "a cache that fills faster with traffic")
        // Leaks under the same rhythm add their rate to every climb (0.54-0.9 of it): named, the lowest three of the
        // development set included.
        try expectCulpritNamed(["BT01-b-frequent-deploys-culprit-5-300", "AN01-b-frequent-deploys-culprit-5-320",
                                "K12-b-frequent-deploys-culprit-5", "BJ01-a-frequent-deploys-culprit-4-300"]
            .map { ($0, Self.everySource) })
    }

    @Test func aLeakThatAddsLessToEachReleaseThanReleasesDifferIsNotNamed() throws {
        // Development flat services under deploys every 15-28 minutes into the evening (GB08 from 15:48, GM08 from
        // 17:13): the net slopes rose from one deploy on by 0.4-0.6 %/h as the falling traffic stretched each restart's
        // warm-up (named at p = 0.67-1.00), which over a 23-29-minute interval adds 0.16-0.28 % to a release, under the
        // 0.43-0.47 % by which releases sit apart at the same age since their restart: held.
        try expectHeld(["GM08-none-frequent-orders-1713-320", "GB08-none-frequent-orders-1548-320"],
                       saying: "by which releases already differ at the same age")
        // The leaks of the development set under that rhythm adding the least to a release beside that scatter (a cache
        // leak 1.4 times it, slow leaks 1.7 and 3.0 times) are named.
        try expectCulpritNamed(["BS01-b-frequent-deploys-culprit-6-300", "GB16-d-slow-leak-culprit-8-of-15-300",
                                "GM12-d-slow-leak-culprit-6-of-17-300"].map { ($0, Self.everySource) })
    }

    @Test func aLeakFixedOneDeployLaterIsNamedWithItsFixAndOneRisingIntervalIsNotALeak() throws {
        // Development batch 204: leaks fixed by the very next deploy leave one leaking interval among deploys 28-60
        // minutes apart. With 65 and 80 minutes of it (GW07, a c; GW08, a d) the culprit and its fix are named through
        // every source.
        try expectCulpritAndFixNamed(["GW07-c-fixed-one-later-65-3-of-8-300", "GW08-d-fixed-one-later-80-5-of-9-320"])
        // The healthy services that show one rising interval among the same rhythm (a step removed by the next deploy,
        // a flat service with one 79-minute interval) are not named a leak.
        try expectNoLeakNamed(["GW10-step-quote-removed-one-later-50-320", "GW11-step-orders-removed-one-later-70-300",
                               "GW15-none-quote-one-79-min-320", "GW16-none-orders-one-79-min-300"])
    }

    @Test func oneSlowBootingReleaseOfAStepIsNotALeakFixedByTheNextDeploy() throws {
        // Batch 129's DZ14: a step service under frequent deploys whose one release climbed to the table's level over
        // many minutes: that interval rises steeply and ends below where the others stand at the same age, and it was
        // named a leak fixed by the next deploy at p = 0.82-0.85. The one release is now read against the others
        // (`OnsetContext.matchedAgeLevel`).
        try expectNoLeakNamed(["DZ14-step-frequent-quote-300"])
        // Development batch 212, recorded for it: leaks fixed by the next deploy, one leaking interval of 32 and 36
        // minutes among deploys 28-40 minutes apart, end above the others and are named with their fix.
        try expectCulpritAndFixNamed(["HE11-a-fixed-one-later-32-5-of-9-300", "HE12-b-fixed-one-later-36-7-of-11-320"])
    }

    @Test func aFlagLateInALongIntervalIsPlacedThereAndALeakAfterALongIntervalIsNamed() throws {
        // Development batch 205: flags switched on 45-65 minutes into 100-150-minute intervals are placed inside them,
        // no deploy blamed, through every source.
        for name in ["GX03-c-flag-flip-45-min-in-v3-320", "GX04-d-flag-flip-55-min-in-v5-300",
                     "GX05-a-flag-flip-60-min-in-v4-300", "GX06-b-flag-flip-65-min-in-v3-320"] {
            try expectPlacedInside(name, Self.everySource)
        }
        // Leaks from the deploy that ends such an interval are not moved inside it: named at their culprit.
        try expectCulpritNamed(["GX09-a-culprit-3-of-8-after-140-min-300", "GX10-b-culprit-5-of-8-after-105-min-320",
                                "GX11-c-culprit-4-of-7-after-120-min-320", "GX12-d-culprit-6-of-7-after-150-min-320",
                                "GX14-a-culprit-5-of-8-after-130-min-320"].map { ($0, Self.everySource) })
    }

    @Test func aHealthyRestartsGarbageCollectionIsNotAWarmUpLevellingOff() throws {
        // Development batch 136's EG04: a bounded LRU of 1,395 entries under deploys every 35-60 minutes up the
        // late-morning traffic. The one restart before the likeliest deploy fell in its later half (-3.8 ± 1.5 %/h, a
        // major GC), which read as a warm-up levelling off, so the healthy-rise rule stood aside and the LRU was named
        // a leak at p = 0.93. A falling later half is no levelling: held by the healthy-rise rule.
        for source in Self.everySource {
            let result = detect(try load("EG04-e-lru-midday-rise-0905-1395-300", source))
            #expect(!result.leak && result.inconclusive && result.summary.contains("healthy releases here already rise"),
                    "\(source): \(result.summary)")
        }
        // The cache leaks the exception is for keep their names.
        try expectCulpritNamed([("AY05-b-frequent-deploys-culprit-4-320", Self.everySource),
                                ("BD06-b-hourly-culprit-2-300", Self.everySource)])
    }

    @Test func restartsComparedAtMatchedAgesPlaceACacheLeakUnderFrequentDeploys() throws {
        // Cache leaks under deploys every 15-45 minutes whose culprit's own interval read flat beside a heap step the
        // shared exponential warm-up could not follow: the posterior named a neighbouring deploy (AN01, development:
        // the one after; AE03 and BB03, validation halves of batches 30 and 53 measured blind before: two before, two
        // after). Compared with the other restarts at the same ages (`MatchedAgeContrast`), each culprit is named
        // through every source.
        try expectCulpritNamed([("AN01-b-frequent-deploys-culprit-5-320", Self.everySource),
                                ("AE03-b-frequent-deploys-culprit-6-300", Self.everySource),
                                ("BB03-b-frequent-deploys-culprit-7-300", Self.everySource)])
        // A limit raised after OOM kills halves the percent later releases rise by: the contrast stands aside where a
        // restart is not a deploy, and the culprit stays named.
        try expectCulpritNamed([("BK05-a-limit-raise-600", [.csv])])
    }

    @Test func aFixWithLittleDataAfterItIsNotCalledTheEndOfALeakThatFollowsTraffic() throws {
        // Batch 38's AM09 (development): a leak from an evening deploy pauses at night with its traffic; the last deploy,
        // 35 minutes before the data ends, reads as its fix. Batch 59's BH08, measured blind, the same. The summary
        // names that deploy but says the leak may only have paused; a fix with hours of data after it is stated plainly.
        for source in Self.everySource {
            let trace = try load("AM09-c-night-pause-evening-culprit-300", source)
            let result = detect(trace)
            #expect(result.leak && result.culpritDeployIndex == trace.culpritIndex, "\(source): \(result.summary)")
            #expect(result.summary.contains("or paused with its traffic") && !result.summary.contains("(the leak has ended)"),
                    "\(source): \(result.summary)")
            // Machine output carries the same hedge as the sentence.
            #expect(result.fixIsTentative && (result.fixHoursOfDataAfter ?? 9) < 1, "\(source): \(result.summary)")
            let json = OnsetDocument(result)
            #expect(json.fixTentative == true && json.fixHoursOfDataAfter == result.fixHoursOfDataAfter)
        }
        let fixed = try load("A07-b-fixed-next-deploy", .csv)
        let result = detect(fixed)
        #expect(result.fixedByDeployIndex == fixed.fixedByIndex && result.summary.contains("(the leak has ended)"), "\(result.summary)")
        #expect(!result.fixIsTentative && (result.fixHoursOfDataAfter ?? 0) >= 1 && OnsetDocument(result).fixTentative == false)
        let unfixed = detect(try load("AN01-b-frequent-deploys-culprit-5-320", .csv))
        #expect(unfixed.fixedByDeployIndex == nil && OnsetDocument(unfixed).fixTentative == nil && OnsetDocument(unfixed).fixHoursOfDataAfter == nil)
    }

    @Test func aStepCollectedInsideAReleaseIsNotALeakAndALongerLeakIsNamedWithItsFix() throws {
        // Batch 98's CU14 (measured blind first): a release that loads a table at boot; a collection of 8.6 points 29
        // minutes into deploy #6's release was taken for a restart with no deploy, and the 12 minutes after it (garbage
        // refilling at 7.4 %/h) read as a leak from deploy #6 "stopped" by deploy #7, 41 minutes after it, at p = 1.00
        // through CSV and bytes; from the twenty-fourth session it was held inconclusive, as growth under one warm-up
        // time constant before a fix. Since the twenty-eighth session the collection, landing below where the release
        // started, is no restart at all (`ResetFinder.isCollection`), every source names the boot step instead, and
        // growth stopped by a fix is no longer held for lasting under an hour (`aLeakFixedWithinAnHourIsNamedWithItsFix`).
        for source: TracelabCase.Source in [.csv, .bytes, .exports] {
            let result = detect(try load("CU14-step-quote-culprit-4-300", source))
            #expect(!result.leak && result.inconclusive, "\(source): \(result.summary)")
            #expect(result.summary.contains("restarts") && result.summary.contains("higher"), "\(source): \(result.summary)")
        }
        // A leak fixed by the next deploy, with hours of growth before its fix, is still named with its fix.
        let fixed = try load("A07-b-fixed-next-deploy", .csv)
        let named = detect(fixed)
        #expect(named.leak && named.culpritDeployIndex == fixed.culpritIndex && named.fixedByDeployIndex == fixed.fixedByIndex, "\(named.summary)")
    }

    @Test func aCollectionBeforeTheCITimeDoesNotMakeABoundedCacheALeakThroughTheExports() throws {
        // Batch 14's K16 (development): a bounded LRU of 2,200 entries whose GC dips 6-10 minutes before a restart.
        // Through the exports the CI time leads the restart by 5-7 minutes and the bins make one drop of the dip and
        // the restart, so ages counted from the CI time, minutes before the process started, and deploy #2 was named
        // at p = 0.96; through CSV it was inconclusive. Ages now count from the restart's fall: no leak through either.
        for source in Self.everySource {
            let result = detect(try load("K16-e-lru-hours-2200-320", source))
            #expect(!result.leak, "\(source): \(result.summary)")
        }
    }

    @Test func aStepWhoseHeapLevelsOffTwoDeploysLaterIsNotALeakAndItsFix() throws {
        // Batch 15 H16 (measured blind, then development): a release loads a table at boot (restarts open 10 points
        // higher from deploy #2 on); its heap climbs 6.8 %/h through the two intervals after it and levels off in the
        // third. It read as a leak at #2 fixed at #4 (p = 1.00). A fix brings the restarts back down; this did not.
        for source in [TracelabCase.Source.csv, .bytes, .exports] {
            let result = detect(try load("H16-step-second-deploy-quote-384", source))
            #expect(!result.leak && result.inconclusive, "\(source): \(result.summary)")
            #expect(result.summary.contains("restarts") && result.summary.contains("higher"), "\(source): \(result.summary)")
        }
        // A leak fixed at a later deploy opens every restart at the old level: still found, with its fix.
        let trace = try load("L11-a-fixed-two-later", .csv)
        let result = detect(trace)
        #expect(result.leak && result.culpritDeployIndex == trace.culpritIndex && result.fixedByDeployIndex != nil, "\(result.summary)")
    }

    @Test func aStepAtTheFirstDeployInViewIsNotALeak() throws {
        // Batch 8 development: a release that loads 20 % more at boot, deployed first after 97 minutes of v1 and
        // rising 2 %/h for its first 40 minutes after every restart. With no restart before it in view, the level v1
        // reaches stands for its opening; the restarts from the step on open 20 % above even that.
        for source in [TracelabCase.Source.csv, .bytes, .exports] {
            let result = detect(try load("Z22-step-first-deploy-300", source))
            #expect(!result.leak && result.summary.contains("restarts"), "\(source): \(result.summary)")
        }
    }

    @Test func aStepsCollectionIsNotARestartWhoseRefillIsALeak() throws {
        // Development K14 (a step at the first deploy, collected 66 minutes in, 24 % below where the release started)
        // and DL13 (a step deployed last, collected 31 minutes in, 19 % below): each collection was taken for a restart
        // with no deploy and the garbage refilling after it, or the step's own rise before it, for a leak at p = 0.99
        // and 1.00 through every source.
        for name in ["K14-step-first-deploy-after-40-quote-300", "DL13-step-last-orders-after-105-320"] {
            for source in Self.everySource {
                let result = detect(try load(name, source))
                #expect(!result.leak, "\(name)/\(source): \(result.summary)")
                #expect(!result.resets.contains { $0.kind == .restart }, "\(name)/\(source): \(result.resets)")
            }
        }
    }

    @Test func aLeakFixedWithinAnHourIsNamedWithItsFix() throws {
        // Development batch 121: leaks fixed two or three deploys after their culprit, 35, 45 and 50 minutes later, over
        // intervals of 15-28 minutes. Until the twenty-eighth session they were held inconclusive ("less than one
        // warm-up time constant") through every source.
        try expectCulpritAndFixNamed(["DR01-a-fixed-two-later-35-320", "DR03-c-fixed-three-later-45-320", "DR04-d-fixed-two-later-50-300"])
    }

    @Test func perTaskSeriesOfARollingDeployFindTheCulprit() throws {
        // V27 (batch 5 development, three tasks): its first tasks were started with the data; read from an unknown
        // age they looked like growth from the first data on. Since the step allowance and one-minute bins, V27's
        // tasks name deploy #4 (p = 0.63), the one after the culprit #3 (rolling over three tasks): the culprit must
        // then be the runner-up.
        for name in ["R17-c-two-tasks", "V27-b-three-tasks"] {
            let trace = try load(name, .tasks)
            #expect(trace.tasks.count >= 4)
            let result = detect(trace)
            #expect(result.leak, "\(name): \(result.summary)")
            if name == "R17-c-two-tasks" {
                #expect(result.culpritDeployIndex == trace.culpritIndex, "\(name): \(result.summary)")
            } else {
                #expect(result.candidates.prefix(2).contains { $0.deployIndex == trace.culpritIndex }, "\(name): \(result.summary)")
            }
        }
    }

    /// The cases the no-false-alarm sweep walks: batch 1 (R01-R44, split.json) and batch 2's development half
    /// (split2.json). Later batches' development cases are pinned only by name, one behaviour each; every validation
    /// half after batch 1 is read only by `memblame-bench onset-eval`, so that no test failure on it ever pushes a
    /// change made while looking at it.
    @Test func theDeployNamedIsTheFirstCandidateWhenTwoAreTied() throws {
        // Batch 90's CM05 through the exports (measured blind first): the culprit and the quick follow-up deploy 11
        // minutes later hold 0.472 and 0.473; the posterior gives the tie to the earlier start (a bisection names the
        // first bad commit) and the answer named the culprit, but listed the follow-up first and printed its
        // probability as the answer's.
        let trace = try load("CM05-a-quick-followup-culprit-2-300", .exports)
        let result = detect(trace)
        #expect(result.leak && result.culpritDeployIndex == trace.culpritIndex, "\(result.summary)")
        let first = try #require(result.candidates.first)
        #expect(first.deployIndex == result.culpritDeployIndex, "\(result.candidates.map(\.deployIndex))")
        #expect(result.candidates.count >= 2 && abs(result.candidates[1].probability - first.probability) < 0.02, "\(result.candidates.map(\.probability))")
        #expect(abs(result.confidence - first.probability * (result.leakProbability ?? 0)) < 1e-9)
    }

    @Test func aReleaseThatLivedMinutesTiesWithTheDeployThatReplacedIt() throws {
        // Batch 110's DG05 (measured blind first): the culprit was followed 4 minutes later by an unrelated deploy. Its
        // release holds no slope, so the posterior ties the two; the matched-age contrast read one from its 4 minutes of
        // start-up, counted it healthy and named the follow-up alone at p = 1.00 through CSV and bytes. Left out of the
        // contrast as the posterior leaves it out, the tie stands and goes to the earlier deploy, the culprit.
        for source in [TracelabCase.Source.csv, .bytes] {
            let trace = try load("DG05-d-quick-followup-culprit-6-320", source)
            let result = detect(trace)
            #expect(result.leak && result.culpritDeployIndex == trace.culpritIndex, "\(source): \(result.summary)")
            let first = try #require(result.candidates.first)
            #expect(result.candidates.count >= 2 && abs(result.candidates[1].probability - first.probability) < 0.02,
                    "\(source): \(result.candidates.map(\.probability))")
        }
    }

    static func testable(_ name: String) throws -> Bool {
        let base = name.split(separator: "/").first.map(String.init) ?? name
        let splits = try Self.splits.get()
        if splits.batch1[base] != nil { return true }
        return splits.batch2[base]?["split"] == "dev"
    }

    /// split.json and split2.json, read once for every case the test walks.
    static let splits = Result { () throws -> (batch1: [String: [String: String]], batch2: [String: [String: String]]) in
        func split(_ file: String) throws -> [String: [String: String]] {
            let data = try Data(contentsOf: URL(fileURLWithPath: folder).deletingLastPathComponent().appendingPathComponent(file))
            return try JSONSerialization.jsonObject(with: data) as? [String: [String: String]] ?? [:]
        }
        return (try split("split.json"), try split("split2.json"))
    }

    /// Over every testable recorded case and source: no healthy trace is ever called a leak, and the printed
    /// probabilities mean what they say: of the culprits printed with p ≥ 0.9, at least 80 % are right (calibration
    /// allows the rest), and a leak's true culprit is among the candidates in at least 80 % of the leaks reported at a
    /// deploy.
    @Test func noFalseAlarmAndCalibratedConfidence() throws {
        var checked = 0
        var confident = 0, confidentRight = 0, reported = 0, listed = 0
        for source in TracelabCase.Source.allCases {
            for trace in try TracelabCase.loadAll(folder: Self.folder, source: source) where try Self.testable(trace.name) {
                let result = detect(trace)
                checked += 1
                if !trace.leaking { #expect(!result.leak, "\(trace.name)/\(source): \(result.summary)") }
                if result.leak, result.method == .deployBisection {
                    #expect(result.candidates.first?.deployIndex == result.culpritDeployIndex, "\(trace.name)/\(source): \(result.summary)")
                }
                guard trace.leaking, result.leak, let culprit = trace.culpritIndex, result.method == .deployBisection,
                      let top = result.candidates.first else { continue }
                if top.probability >= 0.9 {
                    confident += 1
                    if top.deployIndex == culprit { confidentRight += 1 }
                }
                reported += 1
                if result.candidates.contains(where: { $0.deployIndex == culprit }) { listed += 1 }
            }
        }
        #expect(checked >= 160, "\(checked) runs")
        #expect(confident >= 10 && Double(confidentRight) >= 0.8 * Double(confident), "\(confidentRight) of \(confident)")
        #expect(reported >= 20 && Double(listed) >= 0.8 * Double(reported), "\(listed) of \(reported)")
    }
}
