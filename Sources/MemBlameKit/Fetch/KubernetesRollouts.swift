import Foundation

/// Deploy history without CI: a Deployment's rollouts inferred from kube-state-metrics. Each ReplicaSet the
/// Deployment owns is one rollout at the ReplicaSet's creation time (`kube_replicaset_created`); the image its
/// pods run (`kube_pod_container_info`) names the release, and an image tag that looks like a commit SHA
/// (`api:3f9c2ab`, `api:sha-3f9c2ab1`, `api:v1.4-3f9c2ab`) becomes the deploy's SHA, so an imported git log
/// links it to its PR.
public enum KubernetesRollouts {
    /// The deploy source stored for inferred rollouts.
    public static let source = "kubernetes"
    /// Kubernetes keeps this many old ReplicaSets per Deployment by default (`revisionHistoryLimit`).
    public static let defaultHistoryLimit = 10

    /// One ReplicaSet: its name, creation time and the image its pods ran (when known).
    public struct ReplicaSet: Sendable, Equatable {
        public var name: String
        public var created: Int64
        public var image: String?

        public init(name: String, created: Int64, image: String?) {
            self.name = name
            self.created = created
            self.image = image
        }
    }

    /// The deploys of `service`, oldest first, one per ReplicaSet.
    public static func deploys(_ replicaSets: [ReplicaSet], service: String) -> [Deploy] {
        replicaSets.sorted { ($0.created, $0.name) < ($1.created, $1.name) }.map { rs in
            let sha = rs.image.flatMap(sha(inImage:))
            // With a SHA the title stays empty so an imported git log fills it with the commit's subject.
            let title = sha != nil ? nil : "ReplicaSet \(rs.name)" + (rs.image.map { " image \($0)" } ?? "")
            return Deploy(service: service, ts: rs.created, source: source, externalID: rs.name, sha: sha, title: title)
        }
    }

    /// The commit SHA an image reference's tag holds, if it looks like one: the tag, or its last `-`, `_` or
    /// `.`-separated part, is 7 to 40 hex digits with at least one letter a-f and one digit (so `latest`,
    /// `1234567` and `deadbeef-cafe` do not count). A digest (`@sha256:...`) is the image's, not a commit's.
    public static func sha(inImage image: String) -> String? {
        let withoutDigest = image.split(separator: "@", maxSplits: 1).first.map(String.init) ?? image
        // The tag follows the last `:` after the last `/` (a registry port is before a `/`).
        let lastPart = withoutDigest.split(separator: "/").last.map(String.init) ?? withoutDigest
        guard let colon = lastPart.lastIndex(of: ":") else { return nil }
        let tag = lastPart[lastPart.index(after: colon)...].lowercased()
        let candidate = tag.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "." }).last.map(String.init) ?? tag
        guard (7...40).contains(candidate.count), candidate.allSatisfy({ $0.isHexDigit }),
              candidate.contains(where: { $0.isLetter }), candidate.contains(where: { $0.isNumber }) else { return nil }
        return candidate
    }

    /// The ReplicaSet a Deployment's pod belongs to: its name without the last `-suffix`.
    public static func replicaSet(ofPod pod: String) -> String? {
        guard let dash = pod.lastIndex(of: "-") else { return nil }
        return String(pod[..<dash])
    }

    /// The image a ReplicaSet ran: among its pods' containers, the one named as the workload, else the first by name.
    public static func image(of replicaSet: String, workload: String, containers: [(pod: String, container: String, image: String)]) -> String? {
        let own = containers.filter { Self.replicaSet(ofPod: $0.pod) == replicaSet }
        return (own.first { $0.container == workload } ?? own.min { ($0.container, $0.image) < ($1.container, $1.image) })?.image
    }
}
