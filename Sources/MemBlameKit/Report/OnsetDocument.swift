import Foundation

/// The JSON shape of `memblame onset --format json`: the detector's whole `OnsetResult` (every candidate,
/// reset and interval), with times as ISO 8601 UTC strings and snake_case keys, written by the same encoder
/// as `report --format json` (`MachineJSON`). Pinned by `ReportCLITests.onsetJSONShapeIsStable`.
public struct OnsetDocument: Encodable, Sendable {
    public struct Candidate: Encodable, Sendable {
        public var deployIndex: Int
        public var time: String
        public var probability: Double
        public var slopeBeforePerHour: Double
        public var slopeAfterPerHour: Double
    }

    /// What a "no leak" answer rules out (`RuledOutLeak`).
    public struct RuledOut: Encodable, Sendable {
        public var deployIndex: Int
        public var time: String
        public var hoursOfDataAfter: Double
        public var ratePerHour: Double

        enum CodingKeys: String, CodingKey { case deployIndex, time, hoursOfDataAfter, ratePerHour }
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(deployIndex, forKey: .deployIndex); try c.encode(time, forKey: .time)
            try c.encode(hoursOfDataAfter, forKey: .hoursOfDataAfter); try c.encode(ratePerHour, forKey: .ratePerHour)
        }
    }

    public struct Reset: Encodable, Sendable {
        public var time: String
        public var kind: String
        public var deployIndex: Int?
        public var dropTime: String?

        enum CodingKeys: String, CodingKey { case time, kind, deployIndex, dropTime }
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(time, forKey: .time); try c.encode(kind, forKey: .kind)
            try c.encode(deployIndex, forKey: .deployIndex); try c.encode(dropTime, forKey: .dropTime)
        }
    }

    public struct Interval: Encodable, Sendable {
        public var start: String
        public var end: String
        public var resetKind: String?
        public var deployIndex: Int?
        public var settledStart: String
        public var trendStart: String
        public var warmUpSkippedSeconds: Int64
        public var warmUpTauHours: Double
        public var warmUpAmplitude: Double
        public var judgedWithServiceWarmUp: Bool
        public var n: Int
        public var slopePerHour: Double
        public var slopeLowPerHour: Double
        public var slopeHighPerHour: Double
        public var mannKendallZ: Double
        public var mannKendallP: Double
        public var zScore: Double
        public var slopeStandardErrorPerHour: Double
        public var noise: Double
        public var informative: Bool
        public var growing: Bool
        public var probabilityGrowing: Double

        enum CodingKeys: String, CodingKey {
            case start, end, resetKind, deployIndex, settledStart, trendStart, warmUpSkippedSeconds, warmUpTauHours, warmUpAmplitude
            case judgedWithServiceWarmUp, n, slopePerHour, slopeLowPerHour, slopeHighPerHour, mannKendallZ, mannKendallP, zScore
            case slopeStandardErrorPerHour, noise, informative, growing, probabilityGrowing
        }
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(start, forKey: .start); try c.encode(end, forKey: .end); try c.encode(resetKind, forKey: .resetKind)
            try c.encode(deployIndex, forKey: .deployIndex); try c.encode(settledStart, forKey: .settledStart)
            try c.encode(trendStart, forKey: .trendStart); try c.encode(warmUpSkippedSeconds, forKey: .warmUpSkippedSeconds)
            try c.encode(warmUpTauHours, forKey: .warmUpTauHours); try c.encode(warmUpAmplitude, forKey: .warmUpAmplitude)
            try c.encode(judgedWithServiceWarmUp, forKey: .judgedWithServiceWarmUp); try c.encode(n, forKey: .n)
            try c.encode(slopePerHour, forKey: .slopePerHour); try c.encode(slopeLowPerHour, forKey: .slopeLowPerHour)
            try c.encode(slopeHighPerHour, forKey: .slopeHighPerHour); try c.encode(mannKendallZ, forKey: .mannKendallZ)
            try c.encode(mannKendallP, forKey: .mannKendallP); try c.encode(zScore, forKey: .zScore)
            try c.encode(slopeStandardErrorPerHour, forKey: .slopeStandardErrorPerHour); try c.encode(noise, forKey: .noise)
            try c.encode(informative, forKey: .informative); try c.encode(growing, forKey: .growing)
            try c.encode(probabilityGrowing, forKey: .probabilityGrowing)
        }
    }

    public var leak: Bool
    /// `leak`, `no-leak` or `inconclusive` (the exit status 0, 1 or 3).
    public var outcome: String
    /// The posterior probability of a leak (null where the method gives none).
    public var leakProbability: Double?
    public var onset: String?
    public var onsetWindowEarliest: String?
    public var onsetWindowLatest: String?
    public var culpritDeployIndex: Int?
    public var candidates: [Candidate]
    public var slopeBeforePerHour: Double?
    public var slopeAfterPerHour: Double?
    public var intervalsGrowingBefore: Int
    public var intervalsBefore: Int
    public var intervalsGrowingAfter: Int
    public var intervalsAfter: Int
    public var confidence: Double
    public var timeToLimitSeconds: Int64?
    public var limit: Double?
    public var oomRestarts: [String]
    public var resets: [Reset]
    public var intervals: [Interval]
    public var fixedByDeployIndex: Int?
    /// Hours of data after the fix's deploy (null without a fix).
    public var fixHoursOfDataAfter: Double?
    /// True when the fix rests on under an hour of data after it: the leak may only have paused with its traffic
    /// (`OnsetResult.fixIsTentative`); null without a fix.
    public var fixTentative: Bool?
    /// For a "no leak" answer: a leak from each deploy listed faster than its rate would have shown
    /// (`OnsetResult.ruledOutLeaks`); empty for every other answer.
    public var ruledOutLeaks: [RuledOut]
    public var method: String
    public var unit: String
    public var seriesDescription: String?
    public var summary: String
    /// The answer at each sensitivity (`onset --sweep`); the key is written only when a sweep was asked for.
    public var sensitivitySweep: [SweepRow]?

    /// One row of `onset --sweep`.
    public struct SweepRow: Encodable, Sendable {
        public var sensitivity: Double
        public var leak: Bool
        public var onset: String?
        public var culpritDeployIndex: Int?
        public var confidence: Double
        public var intervalsGrowingAfter: Int
        public var intervalsAfter: Int

        enum CodingKeys: String, CodingKey { case sensitivity, leak, onset, culpritDeployIndex, confidence, intervalsGrowingAfter, intervalsAfter }
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(sensitivity, forKey: .sensitivity); try c.encode(leak, forKey: .leak); try c.encode(onset, forKey: .onset)
            try c.encode(culpritDeployIndex, forKey: .culpritDeployIndex); try c.encode(confidence, forKey: .confidence)
            try c.encode(intervalsGrowingAfter, forKey: .intervalsGrowingAfter); try c.encode(intervalsAfter, forKey: .intervalsAfter)
        }
    }

    enum CodingKeys: String, CodingKey {
        case leak, outcome, leakProbability, onset, onsetWindowEarliest, onsetWindowLatest, culpritDeployIndex, candidates, slopeBeforePerHour, slopeAfterPerHour
        case intervalsGrowingBefore, intervalsBefore, intervalsGrowingAfter, intervalsAfter, confidence, timeToLimitSeconds, limit
        case oomRestarts, resets, intervals, fixedByDeployIndex, fixHoursOfDataAfter, fixTentative, method, unit, seriesDescription, summary
        case ruledOutLeaks, sensitivitySweep
    }

    /// Every key is written, `null` when absent, so the shape does not depend on the answer.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(leak, forKey: .leak); try c.encode(onset, forKey: .onset)
        try c.encode(outcome, forKey: .outcome); try c.encode(leakProbability, forKey: .leakProbability)
        try c.encode(onsetWindowEarliest, forKey: .onsetWindowEarliest); try c.encode(onsetWindowLatest, forKey: .onsetWindowLatest)
        try c.encode(culpritDeployIndex, forKey: .culpritDeployIndex); try c.encode(candidates, forKey: .candidates)
        try c.encode(slopeBeforePerHour, forKey: .slopeBeforePerHour); try c.encode(slopeAfterPerHour, forKey: .slopeAfterPerHour)
        try c.encode(intervalsGrowingBefore, forKey: .intervalsGrowingBefore); try c.encode(intervalsBefore, forKey: .intervalsBefore)
        try c.encode(intervalsGrowingAfter, forKey: .intervalsGrowingAfter); try c.encode(intervalsAfter, forKey: .intervalsAfter)
        try c.encode(confidence, forKey: .confidence); try c.encode(timeToLimitSeconds, forKey: .timeToLimitSeconds)
        try c.encode(limit, forKey: .limit); try c.encode(oomRestarts, forKey: .oomRestarts); try c.encode(resets, forKey: .resets)
        try c.encode(intervals, forKey: .intervals); try c.encode(fixedByDeployIndex, forKey: .fixedByDeployIndex)
        try c.encode(fixHoursOfDataAfter, forKey: .fixHoursOfDataAfter); try c.encode(fixTentative, forKey: .fixTentative)
        try c.encode(ruledOutLeaks, forKey: .ruledOutLeaks)
        try c.encode(method, forKey: .method); try c.encode(unit, forKey: .unit)
        try c.encode(seriesDescription, forKey: .seriesDescription); try c.encode(summary, forKey: .summary)
        try c.encodeIfPresent(sensitivitySweep, forKey: .sensitivitySweep)
    }

    public init(_ r: OnsetResult, sweep: SensitivitySweep? = nil) {
        sensitivitySweep = sweep?.rows.map {
            SweepRow(sensitivity: $0.sensitivity, leak: $0.leak, onset: $0.onset.map(Timestamp.iso), culpritDeployIndex: $0.culpritDeployIndex,
                     confidence: $0.confidence, intervalsGrowingAfter: $0.intervalsGrowingAfter, intervalsAfter: $0.intervalsAfter)
        }
        leak = r.leak
        outcome = r.outcome.rawValue
        leakProbability = r.leakProbability
        onset = r.onset.map(Timestamp.iso)
        onsetWindowEarliest = r.onsetWindowEarliest.map(Timestamp.iso)
        onsetWindowLatest = r.onsetWindowLatest.map(Timestamp.iso)
        culpritDeployIndex = r.culpritDeployIndex
        candidates = r.candidates.map {
            Candidate(deployIndex: $0.deployIndex, time: Timestamp.iso($0.ts), probability: $0.probability,
                      slopeBeforePerHour: $0.slopeBeforePerHour, slopeAfterPerHour: $0.slopeAfterPerHour)
        }
        slopeBeforePerHour = r.slopeBeforePerHour
        slopeAfterPerHour = r.slopeAfterPerHour
        intervalsGrowingBefore = r.intervalsGrowingBefore
        intervalsBefore = r.intervalsBefore
        intervalsGrowingAfter = r.intervalsGrowingAfter
        intervalsAfter = r.intervalsAfter
        confidence = r.confidence
        timeToLimitSeconds = r.timeToLimitSeconds
        limit = r.limit
        oomRestarts = r.oomRestarts.map(Timestamp.iso)
        resets = r.resets.map { Reset(time: Timestamp.iso($0.ts), kind: $0.kind.rawValue, deployIndex: $0.deployIndex, dropTime: $0.dropTs.map(Timestamp.iso)) }
        intervals = r.intervals.map { i in
            Interval(start: Timestamp.iso(i.start), end: Timestamp.iso(i.end), resetKind: i.resetKind?.rawValue, deployIndex: i.deployIndex,
                     settledStart: Timestamp.iso(i.settledStart), trendStart: Timestamp.iso(i.trendStart),
                     warmUpSkippedSeconds: i.warmUpSkippedSeconds, warmUpTauHours: i.warmUpTauHours, warmUpAmplitude: i.warmUpAmplitude,
                     judgedWithServiceWarmUp: i.judgedWithServiceWarmUp, n: i.n, slopePerHour: i.slopePerHour,
                     slopeLowPerHour: i.slopeLowPerHour, slopeHighPerHour: i.slopeHighPerHour, mannKendallZ: i.mannKendallZ,
                     mannKendallP: i.mannKendallP, zScore: i.zScore, slopeStandardErrorPerHour: i.slopeStandardErrorPerHour,
                     noise: i.noise, informative: i.informative, growing: i.growing, probabilityGrowing: i.probabilityGrowing)
        }
        fixedByDeployIndex = r.fixedByDeployIndex
        fixHoursOfDataAfter = r.fixedByDeployIndex == nil ? nil : r.fixHoursOfDataAfter
        fixTentative = r.fixedByDeployIndex == nil ? nil : r.fixIsTentative
        ruledOutLeaks = r.ruledOutLeaks.map {
            RuledOut(deployIndex: $0.deployIndex, time: Timestamp.iso($0.ts), hoursOfDataAfter: $0.hoursOfDataAfter, ratePerHour: $0.ratePerHour)
        }
        method = r.method.rawValue
        unit = r.unit.rawValue
        seriesDescription = r.seriesDescription
        summary = r.summary
    }

    /// Pretty JSON with sorted snake_case keys and ISO 8601 times (`MachineJSON`).
    public func json() -> String { MachineJSON.encode(self) }
}

/// The one JSON encoder of machine output (`report`, `suspects` and `onset --format json`): pretty, sorted
/// snake_case keys, unescaped slashes; non-finite numbers (unbounded slope intervals of intervals too short to
/// judge) as the strings "inf", "-inf" and "nan". Times are ISO 8601 UTC strings in every document.
public enum MachineJSON {
    public static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        guard let data = try? encoder.encode(value) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
