import Foundation
import MemBlameKit

/// A generated Kubernetes Deployment with a known answer, written as OpenMetrics for `promtool tsdb
/// create-blocks-from openmetrics`: cAdvisor's per-container memory and kube-state-metrics' limits, restarts,
/// termination reasons, ReplicaSets, pod owners and images, one sample a minute.
///
/// Deployment `shop/api`, 3 pods per ReplicaSet, rollouts every 12 hours after an initial ReplicaSet; a leak
/// ships with rollout `leakFrom` and stays in every later one. One pod of the last rollout leaks faster and is
/// OOM-killed once; one pod of the first rollout restarts once for another reason (exit code, `Error`). A Job
/// `api-migrate` runs a pod whose name matches the Deployment's pod pattern, to be skipped.
public struct KubernetesScenario {
    public static let namespace = "shop"
    public static let deployment = "api"
    public static let limit = 512.0 * 1_048_576
    public var start: Int64 = 1_772_409_600  // 2026-03-02T00:00:00Z
    public var rollouts = 4
    /// The rollout (1-based) that ships the leak.
    public var leakFrom = 3
    public var hours: Int64 = 12
    public var podsPerReplicaSet = 3
    /// Page cache the working set counts on top of RSS, growing this many bytes an hour in every container run
    /// (a service that reads files): the working set grows while RSS stays flat.
    public var pageCachePerHour = 0.0
    /// With false no pod is OOM-killed or restarted.
    public var restarts = true
    /// With true kube-state-metrics never reports the initial ReplicaSet (gone before Prometheus scraped it).
    public var forgetsFirstReplicaSet = false

    public init() {}

    /// The end of the data: the last rollout's pods run `hours` too.
    public var end: Int64 { start + Int64(rollouts + 1) * hours * 3600 }
    /// ReplicaSet `k` (0 = the one running when the data starts).
    public func replicaSet(_ k: Int) -> String { "api-\(["5d8f7c9b4", "6c9d8e7f5", "7b6c5d4e3", "84f9c7b62", "9e8d7c6b5", "a7b8c9d0e"][k])" }
    /// Its creation time (the initial one two hours before the data).
    public func created(_ k: Int) -> Int64 { k == 0 ? start - 7200 : start + Int64(k) * hours * 3600 }
    /// The commit each ReplicaSet's image is tagged with.
    public func commit(_ k: Int) -> String { ["1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d", "2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e",
                                              "3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f", "4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f70",
                                              "5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7081", "6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192"][k] }
    public func image(_ k: Int) -> String { "registry.example.com/shop/api:sha-\(commit(k).prefix(8))" }
    /// The pod that is OOM-killed and the one that restarts with `Error`, and when.
    public var oomPod: String { pod(rollouts, 1) }
    public var errorPod: String { pod(1, 2) }
    public var errorRestart: Int64 { created(1) + 6 * 3600 }

    public func pod(_ k: Int, _ i: Int) -> String {
        let suffixes = ["x7k2p", "m4n8q", "z2c6v", "b9d3f", "h5j7l"]
        return "\(replicaSet(k))-\(suffixes[(k + i) % suffixes.count])"
    }

    /// A `git log --first-parent` TSV whose commits are the images' tags, newest first, PRs #101.. in order.
    public func gitLog() -> String {
        (0...rollouts).reversed().map { k in
            let parent = k > 0 ? commit(k - 1) : "0000000000000000000000000000000000000000"
            let date = Timestamp.iso(created(k) - 1800)
            return [commit(k), parent, date, date, "Dev \(k)", "dev\(k)@example.com", "GitHub", "Change \(k) (#\(101 + k))"].joined(separator: "\t")
        }.joined(separator: "\n") + "\n"
    }

    struct Life { var pod: String; var rs: Int; var from: Int64; var to: Int64; var restarts: Int; var leakPerHour: Double; var endsOOM: Bool }

    /// Every container run: pod, ReplicaSet, first and last minute, its restart count, leak and how it ends.
    func lives() -> [Life] {
        var out: [Life] = []
        for k in 0...rollouts {
            for i in 0..<podsPerReplicaSet {
                let from = max(start, created(k) + Int64(i) * 60)
                let to = k == rollouts ? end : created(k + 1) + 120 + Int64(i) * 60
                let leak = k >= leakFrom ? 12.0 * 1_048_576 : 0
                let name = pod(k, i)
                if restarts && name == oomPod {
                    // Leaks 40 MiB/h: killed when it reaches the limit, then runs again from its baseline.
                    let killed = from + Int64((Self.limit - 190 * 1_048_576) / (40 * 1_048_576) * 3600) / 60 * 60
                    out.append(Life(pod: name, rs: k, from: from, to: killed, restarts: 0, leakPerHour: 40 * 1_048_576, endsOOM: true))
                    out.append(Life(pod: name, rs: k, from: killed + 60, to: to, restarts: 1, leakPerHour: 40 * 1_048_576, endsOOM: false))
                } else if restarts && name == errorPod {
                    out.append(Life(pod: name, rs: k, from: from, to: errorRestart, restarts: 0, leakPerHour: leak, endsOOM: false))
                    out.append(Life(pod: name, rs: k, from: errorRestart + 60, to: to, restarts: 1, leakPerHour: leak, endsOOM: false))
                } else {
                    out.append(Life(pod: name, rs: k, from: from, to: to, restarts: 0, leakPerHour: leak, endsOOM: false))
                }
            }
        }
        return out
    }

    /// Working set of a container `age` seconds old: 150 MiB, a 40 MiB warm-up over about 20 minutes, the leak, ±3 MiB noise.
    func workingSet(age: Int64, leakPerHour: Double, noise: inout UInt64) -> Double {
        noise = noise &* 6364136223846793005 &+ 1442695040888963407
        let jitter = (Double(noise >> 11) / Double(1 << 53) - 0.5) * 6 * 1_048_576
        return 150 * 1_048_576 + 40 * 1_048_576 * (1 - exp(-Double(age) / 1200)) + leakPerHour * Double(age) / 3600 + jitter
    }

    /// The OpenMetrics text, families in order, series by series, samples in time order.
    public func openMetrics() -> String {
        var out = ""
        let ns = Self.namespace
        func family(_ name: String, _ type: String = "gauge") { out += "# TYPE \(name) \(type)\n" }
        func sample(_ name: String, _ labels: [(String, String)], _ value: Double, _ ts: Int64) {
            out += name + "{" + labels.map { "\($0.0)=\"\($0.1)\"" }.joined(separator: ",") + "} " + String(format: "%.0f", value) + " \(ts)\n"
        }
        let lives = lives()
        let podsByName = Dictionary(grouping: lives, by: \.pod)
        let pods = podsByName.keys.sorted()
        func span(_ pod: String) -> (Int64, Int64, Int) { let l = podsByName[pod]!; return (l.first!.from, l.last!.to, l[0].rs) }
        // cAdvisor: one series per container run (a restarted container is a new cgroup); RSS 25 MiB below.
        for (metric, offset) in [("container_memory_working_set_bytes", 0.0), ("container_memory_rss", 25 * 1_048_576.0)] {
            family(metric)
            var noise: UInt64 = 42
            let cache = metric == "container_memory_rss" ? 0 : pageCachePerHour
            for life in lives {
                let labels = [("namespace", ns), ("pod", life.pod), ("container", "api"), ("id", "/kubepods/\(life.pod)/\(life.restarts)")]
                var t = life.from
                while t <= life.to {
                    let value = workingSet(age: t - life.from, leakPerHour: life.leakPerHour, noise: &noise) - offset + cache * Double(t - life.from) / 3600
                    sample(metric, labels, value, t)
                    t += 60
                }
            }
            // The Job's pod: a short migration, named like a Deployment pod.
            var t = start + 3600
            while t <= start + 5400 { sample(metric, [("namespace", ns), ("pod", "api-migrate-q8w4e"), ("container", "migrate")], 80 * 1_048_576 - offset, t); t += 60 }
        }
        func perPod(_ name: String, _ extra: [(String, String)], _ value: (String, Int64) -> Double?) {
            family(name)
            for pod in pods {
                let (from, to, _) = span(pod)
                var t = from
                while t <= to {
                    if let v = value(pod, t) { sample(name, [("namespace", ns), ("pod", pod), ("container", "api")] + extra, v, t) }
                    t += 60
                }
            }
        }
        perPod("kube_pod_container_resource_limits", [("resource", "memory"), ("unit", "byte")]) { _, _ in Self.limit }
        perPod("kube_pod_container_status_restarts_total", []) { pod, t in
            Double(podsByName[pod]!.filter { $0.restarts > 0 && $0.from <= t }.count)
        }
        for reason in ["OOMKilled", "Error"] {
            perPod("kube_pod_container_status_last_terminated_reason", [("reason", reason)]) { pod, t in
                let ended = podsByName[pod]!.filter { $0.to < t && $0.to != span(pod).1 }
                guard let last = ended.last else { return nil }
                return (last.endsOOM ? "OOMKilled" : "Error") == reason ? 1 : nil
            }
        }
        family("kube_pod_container_info")
        for pod in pods {
            let (from, to, rs) = span(pod)
            var t = from
            while t <= to { sample("kube_pod_container_info", [("namespace", ns), ("pod", pod), ("container", "api"), ("image", image(rs))], 1, t); t += 60 }
        }
        family("kube_pod_owner")
        for pod in pods {
            let (from, to, rs) = span(pod)
            var t = from
            while t <= to { sample("kube_pod_owner", [("namespace", ns), ("pod", pod), ("owner_kind", "ReplicaSet"), ("owner_name", replicaSet(rs))], 1, t); t += 60 }
        }
        var t = start + 3600
        while t <= start + 5400 { sample("kube_pod_owner", [("namespace", ns), ("pod", "api-migrate-q8w4e"), ("owner_kind", "Job"), ("owner_name", "api-migrate")], 1, t); t += 60 }
        // ReplicaSets live on after their rollout (scaled to 0), as Kubernetes keeps them for rollbacks.
        for (name, value) in [("kube_replicaset_owner", { (_: Int) in 1.0 }), ("kube_replicaset_created", { (k: Int) in Double(self.created(k)) })] {
            family(name)
            for k in (forgetsFirstReplicaSet ? 1 : 0)...rollouts {
                var t = max(start, created(k))
                let labels = name == "kube_replicaset_owner"
                    ? [("namespace", ns), ("replicaset", replicaSet(k)), ("owner_kind", "Deployment"), ("owner_name", Self.deployment), ("owner_is_controller", "true")]
                    : [("namespace", ns), ("replicaset", replicaSet(k))]
                while t <= end { sample(name, labels, value(k), t); t += 60 }
            }
        }
        return out + "# EOF\n"
    }
}
