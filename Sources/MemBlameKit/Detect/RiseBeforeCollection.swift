import Foundation

/// How fast each restart's memory climbs before its first major garbage collection, read from the values as they are
/// (no warm-up curve taken out), and how the healthy releases' climb compares with the climb after a leak's likeliest
/// start.
///
/// A service whose healthy releases fill a cache (a bounded LRU, a per-SKU catalogue) climbs from every restart until
/// a major collection frees the garbage the cache's churn leaves in the old generation, then climbs again: a sawtooth
/// whose teeth steepen with traffic. The healthy-rise rule asks whether the rise after a start could be that: its
/// measure, the healthy releases' common net slope, is what the shared warm-up leaves, and a warm-up curve fitted to
/// intervals shorter than the climb takes most of the healthy climb into itself. So the healthy net slope of a cache
/// leak under frequent deploys (the bad release keys its cache by customer) and that of a bounded LRU up the morning's
/// traffic looked alike. Their teeth do not: the leak's release climbs three to five times as steeply as the healthy
/// ones, the LRU's later teeth at most about twice (development batch 175).
///
/// A tooth is a restart's values up to its largest single fall, when that fall is a collection: at least
/// `SharedWarmUp.dropSigmas` times the noise between consecutive values (`GCDropRule`) and at least
/// `collectionShareOfLevel` of the level; the whole restart otherwise.
struct RiseBeforeCollection {
    /// The smallest fall, as a share of the level before it, read as a major collection: V8's major collections in the
    /// tracelab recordings free 4-8 % of the process's memory; noise and the minor collections move it well under 1 %.
    static let collectionShareOfLevel = 0.02

    /// The age from which a tooth is read, hours: every restart compared from the same age, after V8's boot climb.
    /// The pooled evidence skips at most a quarter of a short interval, and a 16-minute restart's teeth would hold
    /// the steep first minutes a 40-minute one's hardly shows.
    static let minimumAgeHours = 10.0 / 60

    /// Values a tooth needs for its slope (8 minutes of one-minute samples).
    static let minimumValues = 8

    /// Teeth each side needs where the comparison alone decides an answer (`OnsetContext.teethCarryTooLittle`): with
    /// one, a single release's collection timing decides.
    static let minimumTeethCompared = 2

    /// The least-squares slope per hour of the segment's values from `minimumAgeHours` up to its largest fall when that
    /// fall is a major collection (the type's rule), nil when that part holds fewer than `minimumValues` values.
    static func slope(_ segment: SharedWarmUp.Segment) -> Double? {
        guard let from = segment.ages.firstIndex(where: { $0 >= minimumAgeHours }) else { return nil }
        let values = Array(segment.values[from...]), ages = Array(segment.ages[from...])
        guard values.count >= minimumValues else { return nil }
        var differences = zip(values.dropFirst(), values).map { $0 - $1 }
        var end = values.count
        if let fallAt = differences.indices.min(by: { differences[$0] < differences[$1] }) {
            let fall = -differences[fallAt]
            let noise = GCDropRule(differences: &differences).sampleNoise
            if fall >= SharedWarmUp.dropSigmas * noise, fall >= collectionShareOfLevel * abs(values[fallAt]) { end = fallAt + 1 }
        }
        guard end >= minimumValues else { return nil }
        return WarmUpLevelling.line(Array(ages[..<end]), Array(values[..<end]))?.slope
    }

    /// The healthy releases' median tooth slope over that of the releases from the likeliest start `k` to the fix or
    /// the end `f` (`compare`), nil when either side holds no tooth or the releases from k on do not climb.
    static func healthyShare(segments: [SharedWarmUp.Segment], k: Int, f: Int) -> Double? {
        guard let teeth = compare(segments: segments, k: k, f: f), teeth.leaking > 0 else { return nil }
        return teeth.healthy / teeth.leaking
    }

    /// The median tooth slope of the healthy releases, the restarts before k after the first (the interval the data
    /// begins with has no settle time and may have run for hours; it stands in only when no other holds a tooth), and
    /// that of the releases from the likeliest start `k` to the fix or the end `f`, with the standard error of their
    /// difference (the teeth's robust scatter about their side's median, the median's 1.25 efficiency factor). Nil
    /// when either side holds fewer than `minimumTeeth` teeth.
    static func compare(segments: [SharedWarmUp.Segment], k: Int, f: Int,
                        minimumTeeth: Int = 1) -> (healthy: Double, leaking: Double, standardError: Double)? {
        guard k > 0, f > k, segments.count >= f else { return nil }
        let teeth = { (range: Range<Int>) in range.compactMap { slope(segments[$0]) } }
        var healthy = teeth(1..<k)
        if healthy.isEmpty { healthy = teeth(0..<1) }
        let leaking = teeth(k..<f)
        guard healthy.count >= max(1, minimumTeeth), leaking.count >= max(1, minimumTeeth) else { return nil }
        let groups = MatchedAgeLevel.twoGroups(healthy, leaking)
        return (groups.first, groups.second, groups.standardError)
    }
}
