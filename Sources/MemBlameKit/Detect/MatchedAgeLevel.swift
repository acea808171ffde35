import Foundation

/// How much higher the releases from a leak's likely start sit than the healthy ones at the same age since their
/// restart, read at the oldest age most restarts reach: a test of the level, not of the slope.
///
/// Model: a leak from deploy k adds `rate × age` to whatever each later release does, and every restart opens from the
/// same level, so at a matched age the releases from k on sit higher than those before (and, for a fixed leak, than
/// those after the fix). A release that only warms up more slowly (a night's lighter traffic spreads V8's heap growth
/// over more of a short interval) rises faster late in its interval but reaches no higher: its net slope after the
/// shared warm-up looks like a leak's, its level does not. The window is the last `windowHours` before the age a
/// quarter of the restarts no longer reach, so most restarts are compared at the same ages.
struct MatchedAgeLevel {
    /// The width of the age window each restart's level is read in, hours: five one-minute samples.
    static let windowHours = 5.0 / 60

    /// Restarts needed on each side: with one, a single release's scatter (a collection just before the window)
    /// decides. The caller may accept one on the leaking side (`minimumLeaking`) where the answer itself rests on one
    /// release (`OnsetContext.matchedAgeLevel`: a leak the next deploy ends, or one from the last deploy).
    static let minimumRestarts = 2

    /// What `difference` reads: the leaking side's median level minus the healthy side's, one release's scatter about
    /// its side's median, and the difference's standard error.
    typealias Reading = (difference: Double, scatter: Double, standardError: Double)

    /// The median level of the releases in `leaking` minus that of the releases in `healthy`, each read at the same
    /// ages (the window), with the levels' robust scatter about their side's median (how far one release sits from the
    /// others of its side) and the difference's standard error (that scatter with the median's 1.25 efficiency factor),
    /// or nil when the healthy side has fewer than `minimumRestarts` restarts with data there, or the leaking side
    /// fewer than `minimumLeaking`.
    /// Segment 0 (the release running when the data begins, whose age is not known from a restart) is never used.
    static func difference(segments: [SharedWarmUp.Segment], leaking: Range<Int>, healthy: [Int],
                           minimumLeaking: Int = minimumRestarts) -> Reading? {
        let used = (Array(leaking) + healthy).filter { $0 > 0 && $0 < segments.count && !segments[$0].ages.isEmpty }
        let lastAges = used.map { segments[$0].ages.last! }.sorted()
        guard !lastAges.isEmpty else { return nil }
        let top = lastAges[lastAges.count / 4]
        let window = (top - windowHours)...top
        func level(_ i: Int) -> Double? {
            guard i > 0, i < segments.count else { return nil }
            let inWindow = zip(segments[i].ages, segments[i].values).filter { window.contains($0.0) }.map(\.1)
            return inWindow.isEmpty ? nil : inWindow.reduce(0, +) / Double(inWindow.count)
        }
        let after = leaking.compactMap(level), before = healthy.compactMap(level)
        guard after.count >= max(1, minimumLeaking), before.count >= minimumRestarts else { return nil }
        // The premise: every restart opens from the same level. Where the openings moved (a limit raised, which scales a
        // percent series; a release that loads more at boot), the levels at matched ages say nothing of the warm-up.
        let openAfter = leaking.compactMap { opening(segments, $0) }, openBefore = healthy.compactMap { opening(segments, $0) }
        if !openAfter.isEmpty, !openBefore.isEmpty {
            let openings = twoGroups(openAfter, openBefore)
            if abs(openings.first - openings.second) > openingShiftScatters * openings.scatter { return nil }
        }
        let levels = twoGroups(after, before)
        return (levels.first - levels.second, levels.scatter, levels.standardError)
    }

    /// Each group's median, the robust scatter (1.4826 × the median absolute deviation) of both groups about their own
    /// medians, and the standard error of the medians' difference (that scatter with the median's 1.25 efficiency
    /// factor). Shared with `RiseBeforeCollection.compare`.
    static func twoGroups(_ first: [Double], _ second: [Double])
        -> (first: Double, second: Double, scatter: Double, standardError: Double) {
        let m1 = RobustStats.median(first), m2 = RobustStats.median(second)
        let deviations = first.map { abs($0 - m1) } + second.map { abs($0 - m2) }
        let scatter = 1.4826 * RobustStats.median(deviations)
        return (m1, m2, scatter, 1.2533 * scatter * (1 / Double(first.count) + 1 / Double(second.count)).squareRoot())
    }

    /// The level restart i opens at: its lowest value in the first `openingHours` of age (the fresh process, before
    /// V8 grows its heap), nil for segment 0 or a restart without data there.
    static func opening(_ segments: [SharedWarmUp.Segment], _ i: Int) -> Double? {
        guard i > 0, i < segments.count else { return nil }
        return zip(segments[i].ages, segments[i].values).filter { $0.0 <= openingHours }.map(\.1).min()
    }

    /// Ages a restart's opening level is read in, hours: five minutes.
    static let openingHours = 5.0 / 60

    /// How far the two sides' opening levels may differ, in their robust scatters, before the comparison stands aside:
    /// three, as `OnsetContext.baselineShift` asks of a release that loads more at boot. Blind batch 186's GE03
    /// (`2121583`'s first firing): a limit raised from 300 to 870 MiB after an OOM put every later release 0.74 % lower
    /// in percent at matched ages, and its culprit, named through bytes and the exports, was held through CSV.
    static let openingShiftScatters = 3.0

    /// Standard errors by which the releases from the start must sit below the others for their faster rise to be read
    /// as a slower warm-up. Development set (a prototype of this reading, batches to 183): the flat services it is for
    /// sat 1.0 and 1.4 standard errors lower (batch 183's GB01 and GB07, named at p = 0.54 and 0.94), the leaks named
    /// first 0.2 standard errors higher or more (BV01, a cache leak): half a standard error lies between.
    static let lowerBy = 0.5
}
