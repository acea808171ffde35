import Foundation

/// What to fetch from Prometheus: one workload's per-pod memory over a time range.
public struct PrometheusQuery: Sendable {
    public var workload: KubernetesWorkload
    /// Only this container of each pod; nil sums every container of the pod (never the pause container).
    public var container: String?
    /// The service the series and rollouts are stored under (`namespace/deployment` by default).
    public var service: String
    public var start: Int64
    public var end: Int64
    /// Seconds between points; nil picks it from the range (`PrometheusQueryPlan.autoStep`).
    public var step: Int?

    public init(workload: KubernetesWorkload, container: String? = nil, service: String, start: Int64, end: Int64, step: Int? = nil) {
        self.workload = workload
        self.container = container
        self.service = service
        self.start = start
        self.end = end
        self.step = step
    }
}

/// How a fetch authenticates to Prometheus: a bearer token or basic auth, from the environment.
public enum PrometheusAuth: Sendable, Equatable {
    case none
    case bearer(String)
    case basic(user: String, password: String)

    /// `PROMETHEUS_TOKEN` (bearer), else `PROMETHEUS_USER` with `PROMETHEUS_PASSWORD` (basic), else none.
    /// - Throws: usage error when only one of user and password is set.
    public static func from(environment env: [String: String]) throws -> PrometheusAuth {
        if let token = env["PROMETHEUS_TOKEN"], !token.isEmpty { return .bearer(token) }
        let user = env["PROMETHEUS_USER"].flatMap { $0.isEmpty ? nil : $0 }
        let password = env["PROMETHEUS_PASSWORD"].flatMap { $0.isEmpty ? nil : $0 }
        switch (user, password) {
        case let (user?, password?): return .basic(user: user, password: password)
        case (nil, nil): return .none
        default: throw MemBlameError(.usage, "set both PROMETHEUS_USER and PROMETHEUS_PASSWORD for basic auth (or PROMETHEUS_TOKEN for a bearer token)")
        }
    }

    /// The `Authorization` header, if any.
    var headers: [(String, String)] {
        switch self {
        case .none: return []
        case .bearer(let token): return [("Authorization", "Bearer " + token)]
        case .basic(let user, let password): return [("Authorization", "Basic " + Data("\(user):\(password)".utf8).base64EncodedString())]
        }
    }

    /// What must never be printed.
    public var secrets: [String] {
        switch self {
        case .none: return []
        case .bearer(let token): return [token]
        case .basic(let user, let password): return [password, Data("\(user):\(password)".utf8).base64EncodedString()]
        }
    }
}

/// What a Prometheus fetch stored and what it found worth saying.
public struct PrometheusFetchResult: Sendable {
    public var report: ImportReport
    /// Rollouts inferred from ReplicaSets, added to the deploys.
    public var rollouts: [Deploy]
    /// Container restarts and, of those, out-of-memory kills, over all pods.
    public var restarts: Int
    public var oomKills: Int
    /// The memory signal analysed: `container_memory_working_set_bytes` or `container_memory_rss`.
    public var signal: String
    /// One line each: the signal choice, the depth of the rollout history, skipped Job pods, missing series.
    public var notes: [String]
}

/// Fetches one workload's memory from a Prometheus-compatible `/api/v1/query_range` (Prometheus, Thanos,
/// Mimir, VictoriaMetrics) and stores it per pod, so `OnsetDetector.detect(lives:)` analyses every pod's life
/// as one interval: working set and RSS (`container_memory_*`, cAdvisor), the memory limit, restarts and OOM
/// kills (kube-state-metrics) and, for a Deployment, its ReplicaSets as rollouts (`KubernetesRollouts`).
///
/// Ranges longer than 11,000 points per series are split into windows; a server with a lower limit
/// ("exceeded maximum resolution") gets the window halved. Answers are read by `PrometheusQueryFormat`
/// and stored in one transaction with provenance source `fetch`.
public final class PrometheusFetcher {
    public let reader: APIPageReader
    let baseURL: String
    /// Points per series one request may ask for; smaller in tests to force splitting.
    public var maxPointsPerQuery: Int
    /// One-line progress reports (the CLI shows them on a terminal).
    public var onProgress: ((String) -> Void)?

    public static let workingSet = "container_memory_working_set_bytes"
    public static let rss = "container_memory_rss"
    public static let limitMetric = "kube_pod_container_resource_limits"

    /// - Parameter baseURL: the server, with any path prefix (`https://prom.example.com`, `http://host/prometheus`).
    public init(client: HTTPClient, baseURL: String, auth: PrometheusAuth, maxPointsPerQuery: Int = PrometheusQueryPlan.pointLimit) {
        self.baseURL = baseURL
        self.maxPointsPerQuery = maxPointsPerQuery
        self.reader = APIPageReader(client: client, serviceName: "Prometheus", tokenVariable: "PROMETHEUS_TOKEN (or PROMETHEUS_USER and PROMETHEUS_PASSWORD)",
                                    headers: auth.headers + [("Accept", "application/json")], secrets: auth.secrets)
    }

    /// One query's answers over the range: each window's page, named by endpoint, query, window and step.
    /// - Throws: usage error when Prometheus rejects the query; io error for network failures.
    public func rangePages(_ promql: String, start: Int64, end: Int64, step: Int) throws -> [InputFile] {
        let windows = PrometheusQueryPlan.windows(start: start, end: end, step: step, maxPoints: maxPointsPerQuery)
        var pages: [InputFile] = []
        for (index, window) in windows.enumerated() {
            pages += try windowPages(promql, window: window, step: step, label: "window \(index + 1) of \(windows.count)")
        }
        return pages
    }

    private func windowPages(_ promql: String, window: (start: Int64, end: Int64), step: Int, label: String) throws -> [InputFile] {
        let url = URLText.make(baseURL, "/api/v1/query_range", [("query", promql), ("start", String(window.start)), ("end", String(window.end)), ("step", String(step))])
        onProgress?("Prometheus query_range: \(label) (\(Timestamp.iso(window.start)) to \(Timestamp.iso(window.end)), step \(step) s)")
        let name = "\(Redaction.url(URLText.make(baseURL, "/api/v1/query_range"))) \(promql) \(Timestamp.iso(window.start))..\(Timestamp.iso(window.end)) step \(step)"
        let (response, _) = try reader.get(url, allowed: [400, 422])
        if response.status == 200 { return [InputFile(name: name, contents: response.body)] }
        let (kind, message) = Self.prometheusError(response.body)
        let points = (window.end - window.start) / Int64(step) + 1
        if message.contains("exceeded maximum resolution"), points > Self.smallestWindow {
            // A server with a lower limit than Prometheus' 11,000: halve the window (step-aligned) and try again,
            // down to `smallestWindow` points (a server that refuses even those is not a limit to work around).
            let mid = window.start + (points / 2) * Int64(step)
            return try windowPages(promql, window: (window.start, mid - Int64(step)), step: step, label: label + " (first half)")
                + windowPages(promql, window: (mid, window.end), step: step, label: label + " (second half)")
        }
        throw MemBlameError(.usage, "Prometheus rejected the query (HTTP \(response.status) \(kind)): \(APIPageReader.oneLine(Redaction.scrub(message, secrets: reader.secrets)))",
                            at: SourceLocation(file: name))
    }

    /// The fewest points a window is halved down to when the server refuses a window as too many points.
    static let smallestWindow: Int64 = 60

    /// `errorType` and `error` of a Prometheus error body.
    static func prometheusError(_ body: Data) -> (kind: String, message: String) {
        guard body.count <= 1 << 20, let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any] else {
            return ("error", APIPageReader.oneLine(String(decoding: body.prefix(200), as: UTF8.self)))
        }
        return (object["errorType"] as? String ?? "error", object["error"] as? String ?? object["message"] as? String ?? "no message")
    }

    /// One query's pages, each read into its own sink, with the options they are read and stored with.
    struct Fetched {
        var pages: [InputFile]
        var sinks: [CollectingMetricSink]
        var options: MetricImportOptions

        /// Every series read and its points, over all pages.
        var series: [(key: SeriesKey, points: [Point])] {
            sinks.flatMap { sink in sink.series.indices.map { (sink.series[$0].key, sink.points[$0]) } }
        }

        /// Points by pod, sorted by time.
        func byPod() -> [String: [Point]] {
            var out: [String: [Point]] = [:]
            for s in series { out[s.key.dimensions["pod"] ?? "", default: []] += s.points }
            return out.mapValues { $0.sorted { $0.ts < $1.ts } }
        }

        var isEmpty: Bool { series.allSatisfy(\.points.isEmpty) }

        /// The pages to store: those with a series (an empty window of an optional metric is no news).
        var storedPages: [(input: InputFile, options: MetricImportOptions)] {
            zip(pages, sinks).filter { !$0.1.series.isEmpty }.map { ($0.0, options) }
        }
    }

    static let format = PrometheusQueryFormat(keepsPodSeries: true)

    private func run(_ promql: String, metric: String, unit: MetricUnit, service: String, start: Int64, end: Int64, step: Int) throws -> Fetched {
        let pages = try rangePages(promql, start: start, end: end, step: step)
        let options = MetricImportOptions(service: service, metric: metric, unit: unit)
        let sinks = try pages.map { page in
            let sink = CollectingMetricSink()
            try Self.format.read(page, options: options, into: sink)
            return sink
        }
        return Fetched(pages: pages, sinks: sinks, options: options)
    }

    /// Fetches everything and stores it in one transaction: per-pod series (the analysed signal as a percentage
    /// of the limit when kube-state-metrics has limits), restarts, OOM markers and inferred rollouts.
    /// - Throws: usage error for a rejected query or credentials, io error for the network, bad input for answers
    ///   that are not Prometheus JSON; nothing is stored then.
    public func fetch(_ query: PrometheusQuery, into db: Database, onConflict: ConflictPolicy = .replace) throws -> PrometheusFetchResult {
        guard query.start < query.end else {
            throw MemBlameError(.usage, "--since (\(Timestamp.iso(query.start))) must be before --until (\(Timestamp.iso(query.end)))")
        }
        let matchers = try query.workload.matchers()
        // Pods a Job owns are left out in every mode: a Job named like the workload ("api-migrate" for deployment
        // "api") has pods that match the Deployment's pod pattern.
        let jobs = true
        let step = query.step ?? PrometheusQueryPlan.autoStep(start: query.start, end: query.end)
        let service = query.service
        func get(_ promql: String, _ metric: String, _ unit: MetricUnit) throws -> Fetched {
            try run(promql, metric: metric, unit: unit, service: service, start: query.start, end: query.end, step: step)
        }
        var notes: [String] = []
        let workingSet = try get(PrometheusQueryPlan.memory(Self.workingSet, matchers: matchers, container: query.container, excludeJobs: jobs), Self.workingSet, .bytes)
        guard !workingSet.isEmpty else {
            throw MemBlameError(.usage, "Prometheus has no \(Self.workingSet) for \(Self.describe(query.workload))\(query.container.map { " container \($0)" } ?? "") between \(Timestamp.iso(query.start)) and \(Timestamp.iso(query.end)); check the names, the range, and that cAdvisor (the kubelet) is scraped")
        }
        if jobs {
            let jobPods = try get(PrometheusQueryPlan.jobPods(matchers: matchers), "kube_pod_owner", .count)
            let count = jobPods.byPod().count
            if count > 0 { notes.append("skipped \(count) pod\(count == 1 ? "" : "s") owned by Jobs (a Job or CronJob runs to completion; it is not a service)") }
        }
        let rss = try get(PrometheusQueryPlan.memory(Self.rss, matchers: matchers, container: query.container, excludeJobs: jobs), Self.rss, .bytes)
        let limit = try get(PrometheusQueryPlan.limit(matchers: matchers, container: query.container, excludeJobs: jobs), Self.limitMetric, .bytes)
        let restarts = try get(PrometheusQueryPlan.restarts(matchers: matchers, container: query.container, excludeJobs: jobs), PodLives.restartsMetric, .count)
        let oom = try get(PrometheusQueryPlan.oomKilled(matchers: matchers, container: query.container, excludeJobs: jobs), PodLives.oomMetric, .count)

        let choice = SignalChoice.choose(workingSet: workingSet.byPod(), rss: rss.byPod())
        notes.append(choice.note)
        var stored: [Fetched] = []
        if limit.isEmpty {
            // Without a limit no percentage: only the chosen signal in bytes, so the analysis cannot pick the other.
            stored.append(choice.signal == Self.rss ? rss : workingSet)
            notes.append("no memory limit (kube_pod_container_resource_limits{resource=\"memory\"}) for these pods: the analysis uses bytes and cannot tell the time to the limit (pass --limit to onset and report)")
        } else {
            stored += [workingSet, rss, limit].filter { !$0.isEmpty }
            let percent = try get(PrometheusQueryPlan.percent(choice.signal, matchers: matchers, container: query.container, excludeJobs: jobs),
                                  choice.signal + "_percent_of_limit", .percent)
            if !percent.isEmpty { stored.append(percent) }
        }
        var restartCount = 0, oomCount = 0
        let markers = oom.byPod()
        for (pod, counter) in restarts.byPod() {
            let found = PodLives.restarts(counter: counter, oomMarker: markers[pod] ?? [])
            restartCount += found.count
            oomCount += found.filter(\.oom).count
        }
        if restarts.isEmpty {
            notes.append("no kube_pod_container_status_restarts_total for these pods (is kube-state-metrics scraped?): restarts are judged from the memory alone")
        } else {
            stored.append(restarts)
            if !oom.isEmpty { stored.append(oom) }
        }

        var rollouts: [Deploy] = []
        if case .deployment(let namespace, let name) = query.workload {
            let sets = try get(PrometheusQueryPlan.replicaSets(namespace: namespace, deployment: name), "kube_replicaset_created", .none)
            let images = try get(PrometheusQueryPlan.images(matchers: matchers, container: query.container), "kube_pod_container_info", .none)
            let containers = images.series.compactMap { s -> (pod: String, container: String, image: String)? in
                guard let pod = s.key.dimensions["pod"], let image = s.key.dimensions["image"] else { return nil }
                return (pod, s.key.dimensions["container"] ?? "", image)
            }
            var created: [String: Int64] = [:]
            for s in sets.series {
                guard let rs = s.key.dimensions["replicaset"], let value = s.points.last?.value, value.isFinite, value > 0 else { continue }
                created[rs] = Int64(value)
            }
            let replicaSets = created.map { rs, ts in
                KubernetesRollouts.ReplicaSet(name: rs, created: ts, image: KubernetesRollouts.image(of: rs, workload: name, containers: containers))
            }
            rollouts = KubernetesRollouts.deploys(replicaSets, service: service)
            let firstPoint = workingSet.series.compactMap { $0.points.first?.ts }.min() ?? query.start
            if rollouts.isEmpty {
                notes.append("no ReplicaSets of deployment \(namespace)/\(name) in kube-state-metrics (kube_replicaset_owner, kube_replicaset_created): no rollouts inferred; import the deploy history instead")
            } else if rollouts[0].ts > firstPoint {
                notes.append("the rollout history starts at \(Timestamp.iso(rollouts[0].ts)), after the memory series (\(Timestamp.iso(firstPoint))): Kubernetes keeps \(KubernetesRollouts.defaultHistoryLimit) old ReplicaSets per Deployment by default (revisionHistoryLimit) and Prometheus only knows those it scraped, so earlier rollouts are missing")
            }
            let withSHA = rollouts.filter { $0.sha != nil }.count
            if !rollouts.isEmpty && withSHA < rollouts.count {
                notes.append("\(rollouts.count - withSHA) of \(rollouts.count) rollouts have no image tag that looks like a commit SHA")
            }
        }

        let report: ImportReport = try db.transaction {
            var report = try MetricImport(db: db, onConflict: onConflict)
                .importInsideTransaction(stored.flatMap(\.storedPages), format: Self.format, source: "fetch")
            if !rollouts.isEmpty {
                let name = "\(Redaction.url(URLText.make(baseURL, "/api/v1/query_range"))) kube-state-metrics ReplicaSets of \(Self.describe(query.workload))"
                var batch = DeployBatch()
                batch.deploys = rollouts
                report.files += try DeployStore(db).storeFetched(batch, path: name, format: "kubernetes-replicasets").files
            }
            return report
        }
        return PrometheusFetchResult(report: report, rollouts: rollouts, restarts: restartCount, oomKills: oomCount, signal: choice.signal, notes: notes)
    }

    static func describe(_ workload: KubernetesWorkload) -> String {
        switch workload {
        case .deployment(let ns, let name): return "deployment \(ns)/\(name)"
        case .statefulset(let ns, let name): return "statefulset \(ns)/\(name)"
        case .selector(let text): return "selector \(text)"
        }
    }
}

/// Working set or RSS: which signal the analysis uses, and why.
///
/// cAdvisor's working set is usage minus inactive file pages, so it counts active page cache: a service that
/// reads or writes files sees its working set climb while its own memory (RSS) stays flat, and the kernel
/// reclaims that cache before it kills anything. When RSS is there and the working set grows more than
/// 3 times as fast (and the difference is more than 1 % of the level per day), RSS is analysed; otherwise
/// the working set, what the kubelet evicts on and what `kubectl top` shows.
public struct SignalChoice: Sendable, Equatable {
    public var signal: String
    public var note: String

    /// Growth per hour of each pod's life: the median of its last quarter minus the median of its second, over
    /// the time between them; the median over pods.
    static func growthPerHour(_ pods: [String: [Point]]) -> Double? {
        let rates = pods.values.compactMap { points -> Double? in
            guard points.count >= 8 else { return nil }
            let q = points.count / 4
            let second = Array(points[q..<(2 * q)]), last = Array(points[(points.count - q)...])
            let hours = Double(last[last.count / 2].ts - second[second.count / 2].ts) / 3600
            guard hours > 0 else { return nil }
            return (RobustStats.median(last.map(\.value)) - RobustStats.median(second.map(\.value))) / hours
        }
        return rates.isEmpty ? nil : RobustStats.median(rates)
    }

    public static func choose(workingSet: [String: [Point]], rss: [String: [Point]]) -> SignalChoice {
        let ws = PrometheusFetcher.workingSet, rs = PrometheusFetcher.rss
        guard !rss.isEmpty, let wsRate = growthPerHour(workingSet), let rssRate = growthPerHour(rss) else {
            return SignalChoice(signal: ws, note: "analysed \(ws) (no \(rs) for these pods, so active page cache cannot be told apart)")
        }
        let level = RobustStats.median(workingSet.values.flatMap { $0.map(\.value) })
        func mib(_ perHour: Double) -> String {
            let rounded = (perHour / 1_048_576 * 10).rounded() / 10
            return String(format: "%+.1f MiB/h", rounded == 0 ? 0 : rounded)  // never "-0.0"
        }
        if wsRate > 3 * max(rssRate, 0), wsRate - rssRate > 0.01 * abs(level) / 24 {
            return SignalChoice(signal: rs, note: "analysed \(rs), not \(ws): the working set grows (\(mib(wsRate)) per pod) while RSS stays flat (\(mib(rssRate))); the difference is active page cache, which the working set counts and the kernel reclaims before an OOM kill")
        }
        return SignalChoice(signal: ws, note: "analysed \(ws) (RSS agrees: \(mib(wsRate)) vs \(mib(rssRate)) per pod)")
    }
}
