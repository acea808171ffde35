import Foundation

/// Which pods a Prometheus fetch reads: a Deployment's or a StatefulSet's, or those a raw label selector names.
public enum KubernetesWorkload: Sendable, Equatable {
    /// Pods `NAME-<pod-template-hash>-<suffix>` of a Deployment (its ReplicaSets' pods).
    case deployment(namespace: String, name: String)
    /// Pods `NAME-<ordinal>` of a StatefulSet.
    case statefulset(namespace: String, name: String)
    /// Raw PromQL label matchers (`namespace="shop",pod=~"api-.*"`, braces optional) applied to every query.
    case selector(String)

    /// The label matchers every query carries (without braces).
    /// - Throws: usage error for a name that is not a Kubernetes name or a selector with unbalanced quotes or braces.
    public func matchers() throws -> String {
        switch self {
        case .deployment(let namespace, let name):
            try Self.checkName(namespace, what: "namespace")
            try Self.checkName(name, what: "deployment")
            return "namespace=\(PromQL.string(namespace)),pod=~\(PromQL.string(PromQL.regexEscape(name) + "-[a-z0-9]+-[a-z0-9]+"))"
        case .statefulset(let namespace, let name):
            try Self.checkName(namespace, what: "namespace")
            try Self.checkName(name, what: "statefulset")
            return "namespace=\(PromQL.string(namespace)),pod=~\(PromQL.string(PromQL.regexEscape(name) + "-[0-9]+"))"
        case .selector(let text):
            var body = text.trimmingCharacters(in: .whitespaces)
            if body.hasPrefix("{") && body.hasSuffix("}") { body = String(body.dropFirst().dropLast()) }
            body = body.trimmingCharacters(in: .whitespaces)
            guard !body.isEmpty, !body.contains("{"), !body.contains("}"), body.filter({ $0 == "\"" }).count % 2 == 0 else {
                throw MemBlameError(.usage, "--selector expects PromQL label matchers such as '{namespace=\"shop\",pod=~\"api-.*\"}'; found '\(text)'")
            }
            return body
        }
    }

    /// DNS-1123: lower-case letters, digits, `-` and `.`, at most 253 characters.
    static func checkName(_ name: String, what: String) throws {
        guard !name.isEmpty, name.count <= 253, name.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "." }) else {
            throw MemBlameError(.usage, "the \(what) '\(name)' is not a Kubernetes name (lower-case letters, digits, '-' and '.')")
        }
    }
}

/// PromQL text helpers.
public enum PromQL {
    /// A double-quoted PromQL string literal.
    public static func string(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// `text` with RE2 metacharacters escaped.
    public static func regexEscape(_ text: String) -> String {
        var out = ""
        for ch in text {
            if "\\.+*?()|[]{}^$".contains(ch) { out.append("\\") }
            out.append(ch)
        }
        return out
    }
}

/// The query plan of a Prometheus fetch: the step, the windows under the points-per-series limit, and the
/// PromQL of every query.
public enum PrometheusQueryPlan {
    /// Prometheus refuses a range query whose series would have more than 11,000 points.
    public static let pointLimit = 11_000
    /// The steps `autoStep` picks from, in seconds.
    static let niceSteps: [Int64] = [60, 120, 300, 600, 900, 1800, 3600, 7200, 21_600, 86_400]
    /// The most points per series a range is fetched at: two weeks of minutes.
    public static let targetPoints: Int64 = 20_160

    /// The finest step (at least a minute, the resolution the detector is tuned on) that keeps the range
    /// at or under `targetPoints` points per series: 60 s up to 14 days, 120 s up to 28, 300 s up to 70...
    public static func autoStep(start: Int64, end: Int64) -> Int {
        let range = max(end - start, 1)
        return Int(niceSteps.first { range / $0 <= targetPoints } ?? niceSteps.last!)
    }

    /// `[start, end]` as step-aligned windows of at most `maxPoints` evaluation times each (both ends inclusive,
    /// as `query_range` counts them); consecutive windows share no timestamp.
    public static func windows(start: Int64, end: Int64, step: Int, maxPoints: Int = pointLimit) -> [(start: Int64, end: Int64)] {
        let s = Int64(max(step, 1))
        let first = start - ((start % s) + s) % s
        let last = end % s == 0 ? end : end - ((end % s) + s) % s + s
        let span = s * Int64(max(1, maxPoints) - 1)
        var out: [(Int64, Int64)] = []
        var from = first
        while from <= last {
            let to = min(from + span, last)
            out.append((from, to))
            from = to + s
        }
        return out
    }

    /// The per-pod sum of a cAdvisor memory metric over the workload's containers (never the pause container
    /// or the whole-pod cgroup).
    public static func memory(_ metric: String, matchers: String, container: String?, excludeJobs: Bool) -> String {
        var m = matchers + ",container!=\"\",container!=\"POD\""
        if let container { m += ",container=" + PromQL.string(container) }
        return "sum by (pod) (\(metric){\(m)})" + jobFilter(matchers, excludeJobs)
    }

    /// The per-pod memory limit in bytes (kube-state-metrics v2), summed over the chosen containers.
    public static func limit(matchers: String, container: String?, excludeJobs: Bool) -> String {
        "sum by (pod) (kube_pod_container_resource_limits{\(matchers),resource=\"memory\"\(containerMatcher(container))})" + jobFilter(matchers, excludeJobs)
    }

    /// The signal as a percentage of the pod's limit.
    public static func percent(_ metric: String, matchers: String, container: String?, excludeJobs: Bool) -> String {
        "100 * " + memory(metric, matchers: matchers, container: container, excludeJobs: false) + " / "
            + limit(matchers: matchers, container: container, excludeJobs: false) + jobFilter(matchers, excludeJobs)
    }

    /// Container restarts per pod (a counter).
    public static func restarts(matchers: String, container: String?, excludeJobs: Bool) -> String {
        "sum by (pod) (kube_pod_container_status_restarts_total{\(matchers)\(containerMatcher(container))})" + jobFilter(matchers, excludeJobs)
    }

    /// 1 while the pod's last container termination was an out-of-memory kill.
    public static func oomKilled(matchers: String, container: String?, excludeJobs: Bool) -> String {
        "max by (pod) (kube_pod_container_status_last_terminated_reason{\(matchers),reason=\"OOMKilled\"\(containerMatcher(container))})" + jobFilter(matchers, excludeJobs)
    }

    /// The pods the selector names that a Job owns (1 each).
    public static func jobPods(matchers: String) -> String {
        "max by (pod) (kube_pod_owner{\(matchers),owner_kind=\"Job\"})"
    }

    /// Each ReplicaSet of the Deployment, valued at its creation time (unix seconds).
    public static func replicaSets(namespace: String, deployment: String) -> String {
        let ns = "namespace=" + PromQL.string(namespace)
        return "max by (replicaset) (kube_replicaset_created{\(ns)} * on (namespace, replicaset) group_left() "
            + "max by (namespace, replicaset) (kube_replicaset_owner{\(ns),owner_kind=\"Deployment\",owner_name=\(PromQL.string(deployment))}))"
    }

    /// The image each pod's containers run.
    public static func images(matchers: String, container: String?) -> String {
        "max by (pod, container, image) (kube_pod_container_info{\(matchers)\(containerMatcher(container))})"
    }

    static func containerMatcher(_ container: String?) -> String { container.map { ",container=" + PromQL.string($0) } ?? "" }

    /// `unless` the pods a Job owns, for raw selectors (a Deployment's or StatefulSet's pod names never match a Job's).
    static func jobFilter(_ matchers: String, _ excludeJobs: Bool) -> String {
        excludeJobs ? " unless on (pod) " + jobPods(matchers: matchers) : ""
    }
}
