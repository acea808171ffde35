import Foundation

/// The JSON shape of `memblame report --format json` (and `suspects --format json`): stable, documented in
/// the README, pinned by a test. Keys are snake_case; times are ISO 8601 UTC strings.
public struct ReportDocument: Codable, Sendable {
    /// A deploy as the report shows it.
    public struct DeployRef: Codable, Sendable {
        public var time: String
        public var pr: Int?
        public var sha: String?
        public var title: String?
        public var author: String?
        public var url: String?
        public var source: String
        public var approximate: Bool

        enum CodingKeys: String, CodingKey { case time, pr, sha, title, author, url, source, approximate }
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(time, forKey: .time); try c.encode(pr, forKey: .pr); try c.encode(sha, forKey: .sha)
            try c.encode(title, forKey: .title); try c.encode(author, forKey: .author); try c.encode(url, forKey: .url)
            try c.encode(source, forKey: .source); try c.encode(approximate, forKey: .approximate)
        }

        init(_ d: Deploy) {
            time = Timestamp.iso(d.ts); pr = d.pr; sha = d.sha; title = d.title; author = d.author; url = d.url
            source = d.source; approximate = d.approximate
        }
    }

    /// The analysed series.
    public struct SeriesRef: Codable, Sendable {
        public var service: String
        public var metric: String
        public var stat: String
        public var unit: String
        public var points: Int
        public var first: String?
        public var last: String?
        public var chosenBecause: String?
    }

    /// When growth began and how sure the detector is.
    public struct Onset: Codable, Sendable {
        public var time: String
        public var windowEarliest: String?
        public var windowLatest: String?
        public var method: String
        public var confidence: Double
        public var slopeBeforePerHour: Double?
        public var slopeAfterPerHour: Double?
        public var intervalsGrowingBefore: Int
        public var intervalsBefore: Int
        public var intervalsGrowingAfter: Int
        public var intervalsAfter: Int
        public var limit: Double?
        public var timeToLimitHours: Double?
        public var fixedBy: DeployRef?
        /// Hours of data after the fix's deploy (null without a fix).
        public var fixHoursOfDataAfter: Double?
        /// True when the fix rests on under an hour of data after it, so the leak may only have paused with its traffic
        /// (`OnsetResult.fixIsTentative`); null without a fix.
        public var fixTentative: Bool?

        enum CodingKeys: String, CodingKey {
            case time, windowEarliest, windowLatest, method, confidence, slopeBeforePerHour, slopeAfterPerHour, intervalsGrowingBefore
            case intervalsBefore, intervalsGrowingAfter, intervalsAfter, limit, timeToLimitHours, fixedBy, fixHoursOfDataAfter, fixTentative
        }
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(time, forKey: .time); try c.encode(windowEarliest, forKey: .windowEarliest); try c.encode(windowLatest, forKey: .windowLatest)
            try c.encode(method, forKey: .method); try c.encode(confidence, forKey: .confidence)
            try c.encode(slopeBeforePerHour, forKey: .slopeBeforePerHour); try c.encode(slopeAfterPerHour, forKey: .slopeAfterPerHour)
            try c.encode(intervalsGrowingBefore, forKey: .intervalsGrowingBefore); try c.encode(intervalsBefore, forKey: .intervalsBefore)
            try c.encode(intervalsGrowingAfter, forKey: .intervalsGrowingAfter); try c.encode(intervalsAfter, forKey: .intervalsAfter)
            try c.encode(limit, forKey: .limit); try c.encode(timeToLimitHours, forKey: .timeToLimitHours); try c.encode(fixedBy, forKey: .fixedBy)
            try c.encode(fixHoursOfDataAfter, forKey: .fixHoursOfDataAfter); try c.encode(fixTentative, forKey: .fixTentative)
        }
    }

    /// One deploy's probability of being the first leaking one.
    public struct Candidate: Codable, Sendable {
        public var deploy: DeployRef
        public var probability: Double
    }

    /// A ranked suspect with its score parts and reasons.
    public struct SuspectRow: Codable, Sendable {
        public var rank: Int
        public var score: Double
        public var components: ScoreComponents
        public var deploy: DeployRef
        public var secondsFromOnset: Int64
        public var slopeBeforePerHour: Double?
        public var slopeAfterPerHour: Double?
        public var flatIntervalsBefore: Int
        public var intervalsBefore: Int
        public var growingIntervalsAfter: Int
        public var intervalsAfter: Int
        public var rollback: Bool
        public var shipped: [ShippedCommit]
        public var reasons: [String]

        enum CodingKeys: String, CodingKey {
            case rank, score, components, deploy, secondsFromOnset, slopeBeforePerHour, slopeAfterPerHour, flatIntervalsBefore
            case intervalsBefore, growingIntervalsAfter, intervalsAfter, rollback, shipped, reasons
        }
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(rank, forKey: .rank); try c.encode(score, forKey: .score); try c.encode(components, forKey: .components)
            try c.encode(deploy, forKey: .deploy); try c.encode(secondsFromOnset, forKey: .secondsFromOnset)
            try c.encode(slopeBeforePerHour, forKey: .slopeBeforePerHour); try c.encode(slopeAfterPerHour, forKey: .slopeAfterPerHour)
            try c.encode(flatIntervalsBefore, forKey: .flatIntervalsBefore); try c.encode(intervalsBefore, forKey: .intervalsBefore)
            try c.encode(growingIntervalsAfter, forKey: .growingIntervalsAfter); try c.encode(intervalsAfter, forKey: .intervalsAfter)
            try c.encode(rollback, forKey: .rollback); try c.encode(shipped, forKey: .shipped); try c.encode(reasons, forKey: .reasons)
        }
    }

    /// What a "no leak" answer rules out (`RuledOutLeak`): a leak from this deploy faster than the rate would have shown.
    public struct RuledOut: Codable, Sendable {
        public var deploy: DeployRef
        public var hoursOfDataAfter: Double
        public var ratePerHour: Double
    }

    /// A commit the first leaking deploy shipped.
    public struct ShippedCommit: Codable, Sendable {
        public var sha: String
        public var pr: Int?
        public var title: String
        public var author: String?
    }

    public var service: String
    public var series: SeriesRef
    public var leak: Bool
    /// `leak`, `no-leak` or `inconclusive` (the exit status 0, 1 or 3).
    public var outcome: String
    /// The posterior probability of a leak (null where the method gives none).
    public var leakProbability: Double?
    public var summary: String
    public var onset: Onset?
    public var oomRestarts: [String]
    public var candidates: [Candidate]
    public var suspects: [SuspectRow]
    public var suspectMessage: String
    public var lastHealthy: DeployRef?
    public var firstLeaking: DeployRef?
    public var nextStep: String?
    /// For a "no leak" answer: the fastest leak still possible since the first deploy and the loosest bound over every
    /// deploy (`OnsetResult.ruledOutLeaks`); empty for every other answer.
    public var ruledOutLeaks: [RuledOut]
    /// With `--heap` and `--repo`: the suspect range's changes ranked by the heap evidence (absent otherwise).
    public var heapBlame: HeapBlameReport.Document?

    enum CodingKeys: String, CodingKey {
        case service, series, leak, outcome, leakProbability, summary, onset, oomRestarts, candidates, suspects, suspectMessage, lastHealthy, firstLeaking, nextStep
        case ruledOutLeaks, heapBlame
    }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(service, forKey: .service); try c.encode(series, forKey: .series); try c.encode(leak, forKey: .leak)
        try c.encode(outcome, forKey: .outcome); try c.encode(leakProbability, forKey: .leakProbability)
        try c.encode(summary, forKey: .summary); try c.encode(onset, forKey: .onset); try c.encode(oomRestarts, forKey: .oomRestarts)
        try c.encode(candidates, forKey: .candidates); try c.encode(suspects, forKey: .suspects)
        try c.encode(suspectMessage, forKey: .suspectMessage); try c.encode(lastHealthy, forKey: .lastHealthy)
        try c.encode(firstLeaking, forKey: .firstLeaking); try c.encode(nextStep, forKey: .nextStep)
        try c.encode(ruledOutLeaks, forKey: .ruledOutLeaks)
        try c.encodeIfPresent(heapBlame, forKey: .heapBlame)
    }

    /// Builds the document from an investigation.
    public init(_ inv: Investigation) {
        let r = inv.analysis.result
        let s = inv.analysis.series
        service = inv.service
        series = SeriesRef(service: s.key.service, metric: s.key.metric, stat: s.key.stat, unit: s.unit.rawValue, points: s.points.count,
                           first: s.points.first.map { Timestamp.iso($0.ts) }, last: s.points.last.map { Timestamp.iso($0.ts) },
                           chosenBecause: r.seriesDescription)
        leak = r.leak
        outcome = r.outcome.rawValue
        leakProbability = r.leakProbability
        summary = r.summary
        onset = r.onset.map { ts in
            Onset(time: Timestamp.iso(ts), windowEarliest: r.onsetWindowEarliest.map(Timestamp.iso), windowLatest: r.onsetWindowLatest.map(Timestamp.iso),
                  method: r.method.rawValue, confidence: r.confidence, slopeBeforePerHour: r.slopeBeforePerHour, slopeAfterPerHour: r.slopeAfterPerHour,
                  intervalsGrowingBefore: r.intervalsGrowingBefore, intervalsBefore: r.intervalsBefore,
                  intervalsGrowingAfter: r.intervalsGrowingAfter, intervalsAfter: r.intervalsAfter, limit: r.limit,
                  timeToLimitHours: r.timeToLimitSeconds.map { Double($0) / 3600 },
                  fixedBy: r.fixedByDeployIndex.map { DeployRef(inv.analysis.deploys[$0]) },
                  fixHoursOfDataAfter: r.fixedByDeployIndex == nil ? nil : r.fixHoursOfDataAfter,
                  fixTentative: r.fixedByDeployIndex == nil ? nil : r.fixIsTentative)
        }
        oomRestarts = r.oomRestarts.map(Timestamp.iso)
        candidates = r.candidates.filter { $0.probability >= 0.01 }.map { Candidate(deploy: DeployRef(inv.analysis.deploys[$0.deployIndex]), probability: $0.probability) }
        suspects = inv.suspects.suspects.map { x in
            SuspectRow(rank: x.rank, score: x.score, components: x.components, deploy: DeployRef(x.deploy), secondsFromOnset: x.secondsFromOnset,
                       slopeBeforePerHour: x.slopeBeforePerHour, slopeAfterPerHour: x.slopeAfterPerHour,
                       flatIntervalsBefore: x.flatIntervalsBefore, intervalsBefore: x.intervalsBefore,
                       growingIntervalsAfter: x.growingIntervalsAfter, intervalsAfter: x.intervalsAfter, rollback: x.isRollback,
                       shipped: x.shippedCommits.map { ShippedCommit(sha: $0.sha, pr: $0.pr, title: $0.title, author: $0.author) },
                       reasons: x.reasons)
        }
        suspectMessage = inv.suspects.message
        lastHealthy = inv.suspects.lastHealthy.map(DeployRef.init)
        firstLeaking = inv.suspects.firstLeaking.map(DeployRef.init)
        nextStep = inv.nextStep
        ruledOutLeaks = r.ruledOutLeaks.map {
            RuledOut(deploy: DeployRef(inv.analysis.deploys[$0.deployIndex]), hoursOfDataAfter: $0.hoursOfDataAfter, ratePerHour: $0.ratePerHour)
        }
        heapBlame = inv.heapBlame.map(HeapBlameReport.Document.init)
    }

    /// Pretty JSON with sorted snake_case keys (`MachineJSON`, shared with `onset --format json`).
    public func json() -> String { MachineJSON.encode(self) }
}
