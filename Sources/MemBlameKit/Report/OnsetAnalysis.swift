import Foundation

/// Loads a service's series and deploys from the database and runs the onset detector: the glue the
/// `onset` command (and later `report`) calls. Detection itself never touches the database.
public struct OnsetAnalysis {
    /// Sources whose history keeps only the newest revisions (10 by default).
    static let depthLimitedSources: Set<String> = ["kubernetes", "argocd"]

    /// When every deploy comes from a depth-limited source and the series starts before the oldest of them: says so,
    /// as an onset before that deploy cannot be matched with the deploy that caused it.
    static func depthNote(deploys: [Deploy], seriesStart: Int64?) -> String? {
        guard let seriesStart, let oldest = deploys.map(\.ts).min(), oldest > seriesStart,
              deploys.allSatisfy({ depthLimitedSources.contains($0.source) }) else { return nil }
        let sources = Set(deploys.map(\.source)).sorted().joined(separator: ", ")
        return "the deploy history (\(sources)) starts at \(Timestamp.iso(oldest)), after the series (\(Timestamp.iso(seriesStart))): Kubernetes and Argo CD keep 10 revisions by default, so earlier deploys are missing"
    }

    /// When the service has no deploys (the caller checks) but others do: names them, as a series and its deploys stored under two names
    /// (Prometheus `namespace/container`, Kubernetes `namespace/deployment`; an ECS service and a CI project) are
    /// never matched, and the answer then blames no deploy.
    static func unmatchedDeploysNote(service: String, stored: [(service: String, count: Int)]) -> String? {
        let others = stored.filter { $0.service != service && $0.count > 0 }
        guard !others.isEmpty else { return nil }
        let list = others.prefix(5).map { "\($0.service) (\($0.count))" }.joined(separator: ", ") + (others.count > 5 ? ", ..." : "")
        return "no deploys are stored for \(service), but some are for \(list); if one of them is this service, import its deploys again with --service \(service)"
    }

    public var result: OnsetResult
    /// The deploys passed to the detector (indices in the result point into this list).
    public var deploys: [Deploy]
    public var series: Series
    /// The sweep table when asked for.
    public var sweep: SensitivitySweep?

    /// - Parameters:
    ///   - service: the service; when nil and the database holds exactly one, that one.
    ///   - limit: the value at which memory runs out, in the series' unit (default 100 for percent).
    /// - Throws: `.usage` when the service is missing or ambiguous; `.badInput` when it has no points.
    public init(db: Database, service: String?, since: Int64?, until: Int64?, options: DetectOptions,
                limit: Double? = nil, sweep: Bool = false) throws {
        let metrics = MetricStore(db)
        let services = try metrics.services()
        let name: String
        if let service {
            guard services.contains(service) else {
                throw MemBlameError(.usage, "no series for service \"\(service)\"; stored services: \(services.isEmpty ? "none (run memblame import metrics first)" : services.joined(separator: ", "))")
            }
            name = service
        } else {
            guard services.count == 1 else {
                throw MemBlameError(.usage, services.isEmpty ? "the database holds no series; run memblame import metrics first"
                                    : "several services are stored; pass --service (one of: \(services.joined(separator: ", ")))")
            }
            name = services[0]
        }
        let all = try metrics.series(service: name, since: since, until: until)
        guard let chosen = SeriesChooser.choose(all) else {
            throw MemBlameError.badInput("service \"\(name)\" has no points in the chosen time range")
        }
        let deploys = try DeployStore(db).deploys(service: name, since: nil, until: until)
        var result: OnsetResult
        var shown = chosen.series
        let tasks = SeriesChooser.taskSeries(all)
        if !tasks.isEmpty {
            // Per-task series: every task's life is an interval, rolling deploys are restarts, not a blend.
            // Kubernetes pods are cut at their container restarts (stored kube-state-metrics counters), if any.
            let lives = PodLives.lives(tasks: tasks, all: all)
            result = OnsetDetector(options: options).detect(lives: lives, deploys: deploys, unit: tasks[0].unit, limit: limit)
            // Without a service-level series, the chart shows the tasks' mean rather than one task's life.
            if !chosen.series.key.dimensions.isEmpty, let mean = SeriesChooser.meanOfTasks(tasks) { shown = mean }
            let cut = lives.count > tasks.count ? " (\(lives.count) lives: pods cut at their container restarts)" : ""
            result.seriesDescription = "\(tasks.count) per-task series of \(tasks[0].key.metric) analysed together (each task's life is one interval)\(cut); chart: \(shown.key)"
                + (SeriesChooser.rssNote(chosen: tasks[0].key.metric, among: all).map { "; \($0)" } ?? "")
        } else {
            result = OnsetDetector(options: options).detect(points: chosen.series.points, deploys: deploys, unit: chosen.series.unit, limit: limit)
            result.seriesDescription = "\(chosen.series.key) (\(chosen.reason))"
        }
        let note = deploys.isEmpty ? Self.unmatchedDeploysNote(service: name, stored: try DeployStore(db).services())
            : Self.depthNote(deploys: deploys, seriesStart: all.compactMap { $0.points.first?.ts }.min())
        if let note {
            result.seriesDescription = (result.seriesDescription ?? "\(shown.key)") + "; " + note
        }
        self.result = result
        self.deploys = deploys
        self.series = shown
        self.sweep = sweep ? SensitivitySweep(points: shown.points, deploys: deploys, unit: shown.unit,
                                               limit: limit, options: options) : nil
    }
}
