import Foundation

/// The one entry point `onset`, `suspects` and `report` share: loads a service's series and deploys from the
/// store, runs the onset detector, ranks the suspects, and hands the chart and the renderers plain values.
public struct Investigation {
    /// The detector's answer with the series and deploys it saw.
    public var analysis: OnsetAnalysis
    /// The ranked deploys (empty when no leak was found).
    public var suspects: SuspectReport
    /// The imported first-parent history (empty without a git log).
    public var commits: [Commit]
    /// The service investigated.
    public var service: String { analysis.series.key.service }
    /// The database as it was opened, for the commands the report suggests.
    public let databasePath: String
    /// Candidate window before the onset, seconds.
    public var windowSeconds: Int64
    /// With heap snapshots and a repository: the ranked changes of the suspect range (`addHeapEvidence`).
    public var heapBlame: HeapBlame?
    /// Why the suspect range could not be blamed (a commit the repository lacks), when so.
    public var heapBlameNote: String?

    /// Investigates `service` (or the only stored service).
    /// - Parameters:
    ///   - windowSeconds: how far before the onset deploys are suspects (`--window`, default 48 h).
    /// - Throws: usage errors for a missing or ambiguous service; bad input when there are no points.
    public init(db: Database, service: String?, since: Int64? = nil, until: Int64? = nil, options: DetectOptions = DetectOptions(),
                windowSeconds: Int64 = 48 * 3600, limit: Double? = nil, sweep: Bool = false) throws {
        analysis = try OnsetAnalysis(db: db, service: service, since: since, until: until, options: options, limit: limit, sweep: sweep)
        databasePath = db.path
        commits = try DeployStore(db).commits()
        self.windowSeconds = windowSeconds
        suspects = Self.suspects(for: analysis.result, deploys: analysis.deploys, commits: commits, windowSeconds: windowSeconds)
    }

    /// The suspect ranking for a detector result over `deploys` (the list the detector saw).
    public static func suspects(for result: OnsetResult, deploys: [Deploy], commits: [Commit] = [],
                                windowSeconds: Int64 = 48 * 3600) -> SuspectReport {
        guard result.leak, let onset = result.onset else {
            let message = result.inconclusive ? "the answer is inconclusive, so no deploy is suspected yet (see the summary for what would decide it)"
                : "no leak found, so no deploy is suspected"
            return SuspectReport(suspects: [], onsetMatchesDeploy: false, message: message, lastHealthy: nil, firstLeaking: nil)
        }
        let evidence = result.intervals.filter(\.informative).map {
            IntervalEvidence(start: $0.start, end: $0.end, slopePerHour: $0.slopePerHour, growing: $0.growing)
        }
        var probabilities: [Int: Double] = [:]
        for candidate in result.candidates { probabilities[candidate.deployIndex] = candidate.probability }
        let window = result.onsetWindow.map { ($0.earliest, $0.latest) }
        return SuspectRanker(windowSeconds: windowSeconds).rank(onset: onset, onsetWindow: window, deploys: deploys, intervals: evidence,
                                                                probabilities: probabilities, fixIndex: result.fixedByDeployIndex, commits: commits)
    }

    /// The chart of the analysed series with deploy ticks, ranked suspects, the onset, OOM restarts and the fix.
    public func chartInput(range: ClosedRange<Int64>? = nil) -> ChartInput {
        let result = analysis.result
        let window = result.onsetWindow.map { $0.earliest...$0.latest }
        return ChartInput(series: analysis.series, deploys: analysis.deploys, suspects: suspects.suspects.map(\.deploy),
                          onset: result.onset, onsetWindow: window, oomRestarts: result.oomRestarts,
                          fix: result.fixedByDeployIndex.map { analysis.deploys[$0].ts }, range: range)
    }

    /// The suggested next step: when to take heap snapshots of the first leaking build (`heap plan`), and the diff
    /// that joins them to the suspect PRs (`heap diff --repo`).
    public var nextStep: String? {
        guard let leaking = suspects.firstLeaking?.sha else { return nil }
        return "Next: " + HeapReport.suggestedCommand(lastHealthy: suspects.lastHealthy?.sha ?? "unknown", firstLeaking: leaking, service: service,
                                                      database: databasePath == "memblame.db" ? nil : databasePath)
    }
}
