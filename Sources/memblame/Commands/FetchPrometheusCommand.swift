import ArgumentParser
import Foundation
import MemBlameKit

/// `memblame fetch prometheus`: one Kubernetes workload's per-pod memory, restarts and rollouts from a
/// Prometheus-compatible query_range API.
struct FetchPrometheus: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prometheus",
        abstract: "Fetch a Kubernetes workload's per-pod memory, restarts, OOM kills and rollouts from Prometheus (query_range).",
        discussion: """
            Name the workload with --namespace and --deployment or --statefulset, or give raw label matchers with --selector \
            (pods owned by Jobs are skipped). Needs cAdvisor's container_memory_working_set_bytes (and container_memory_rss); \
            kube-state-metrics adds the memory limit (percent and time to the limit), restarts, OOM kills and, for a Deployment, \
            its ReplicaSets as rollouts. Auth: PROMETHEUS_TOKEN (bearer), or PROMETHEUS_USER and PROMETHEUS_PASSWORD (basic).
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var network: NetworkOptions
    @Option(help: "The Prometheus server, with any path prefix (default PROMETHEUS_URL).") var url: String?
    @Option(help: "The Kubernetes namespace (with --deployment or --statefulset).") var namespace: String?
    @Option(help: "The Deployment: its pods' memory, and its ReplicaSets as rollouts.") var deployment: String?
    @Option(help: "The StatefulSet.") var statefulset: String?
    @Option(help: ArgumentHelp("Raw PromQL label matchers for the pods, e.g. '{namespace=\"shop\",pod=~\"api-.*\"}'.", valueName: "matchers")) var selector: String?
    @Option(help: "Only this container of each pod (default: every container but the pause container, summed per pod).") var container: String?
    @Option(help: "The service to store under (default NAMESPACE/NAME; required with --selector).") var service: String?
    @Option(help: "Start: a duration back from now (7d) or an ISO 8601 time.") var since: String = "7d"
    @Option(help: "End (default now).") var until: String?
    @Option(help: "Seconds between points, or auto (60 up to 14 days, then coarser so a series stays under 20,160 points).") var step: String = "auto"
    @Option(help: "Points per series in one request; longer ranges are split (Prometheus refuses more than 11000).") var maxPoints: Int = PrometheusQueryPlan.pointLimit
    @Option(help: ArgumentHelp("A PEM file of CA certificates for a server with a private CA (default PROMETHEUS_CA_FILE).", valueName: "file")) var caCert: String?
    @Option(help: "When a stored point has another value: error, keep or replace.") var onConflict: ConflictPolicy = .replace

    func validate() throws {
        let named = [deployment != nil, statefulset != nil, selector != nil].filter { $0 }.count
        guard named == 1 else { throw ValidationError("name exactly one of --deployment NAME, --statefulset NAME and --selector MATCHERS") }
        if selector == nil, namespace == nil { throw ValidationError("--namespace is required with --deployment and --statefulset") }
        if selector != nil, service == nil { throw ValidationError("--service is required with --selector (e.g. --service shop/api)") }
    }

    func run() throws {
        let env = ProcessInfo.processInfo.environment
        let base = url ?? env["PROMETHEUS_URL"]
        try reportingErrors { try redactingErrors(secrets: fetchSecrets() + urlSecrets(base)) {
            guard let base, !base.isEmpty else {
                throw MemBlameError(.usage, "name the Prometheus server with --url or PROMETHEUS_URL (e.g. http://prometheus.monitoring:9090)")
            }
            let client = try network.client()
            client.caFile = caCert ?? env["PROMETHEUS_CA_FILE"]
            if let ca = client.caFile, !FileManager.default.isReadableFile(atPath: ca) {
                throw MemBlameError(.usage, "cannot read the CA file \(ca)")
            }
            var chosenStep: Int?
            if step != "auto" {
                guard let s = Int(step), (1...86_400).contains(s) else { throw MemBlameError(.usage, "--step expects auto or seconds from 1 to 86400; found '\(step)'") }
                chosenStep = s
            }
            guard (2...PrometheusQueryPlan.pointLimit).contains(maxPoints) else {
                throw MemBlameError(.usage, "--max-points must be between 2 and \(PrometheusQueryPlan.pointLimit)")
            }
            let workload: KubernetesWorkload
            if let deployment { workload = .deployment(namespace: namespace!, name: deployment) }
            else if let statefulset { workload = .statefulset(namespace: namespace!, name: statefulset) }
            else { workload = .selector(selector!) }
            let now = Int64(Date().timeIntervalSince1970)
            let start = try Terminal.bound(since, name: "--since", now: now)!
            let end = try Terminal.bound(until, name: "--until", now: now) ?? now
            let fetcher = PrometheusFetcher(client: client, baseURL: base, auth: try PrometheusAuth.from(environment: env), maxPointsPerQuery: maxPoints)
            fetcher.onProgress = { FetchProgress.shared.update($0) }
            fetcher.reader.onProgress = nil
            let db = try global.open()
            let name = service ?? "\(namespace!)/\(deployment ?? statefulset!)"
            let result = try fetcher.fetch(PrometheusQuery(workload: workload, container: container, service: name, start: start, end: end, step: chosenStep),
                                           into: db, onConflict: onConflict)
            FetchProgress.shared.clear()
            for note in result.notes { Terminal.note("memblame: " + note) }
            printFetchSummary(result.report, noun: "points and rollouts")
            Terminal.print("\(name): \(result.rollouts.count) rollout\(result.rollouts.count == 1 ? "" : "s") from ReplicaSets, \(result.restarts) container restart\(result.restarts == 1 ? "" : "s") (\(result.oomKills) OOM-killed); signal \(result.signal)\n")
        } }
    }
}
