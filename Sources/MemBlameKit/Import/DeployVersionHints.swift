import Foundation

/// Finds the git commit a deployed version names, for deploy histories that give an image or a revision
/// rather than a SHA: a SHA joins the deploy with an imported git log (PR, title, author, shipped commits).
public enum DeployVersionHints {
    /// A git SHA (7 to 40 lowercase hex digits, at least one letter-or-digit mix is not required) when `text` is one.
    public static func sha(_ text: String) -> String? {
        let t = text.lowercased()
        guard (7...40).contains(t.count), t.allSatisfy(\.isHexDigit) else { return nil }
        // All digits is a build number or a date (20240131), not a SHA.
        guard t.contains(where: { !$0.isNumber }) else { return nil }
        return t
    }

    /// The commit an image reference's tag names: `repo/api:3f2c1e9`, `api:sha-3f2c1e9`, `api:v1.4.2-3f2c1e9abc`,
    /// `api:main-3f2c1e9`; nil for `api:1.4.2`, `api:latest` or a digest only (`api@sha256:…` names the image, not a commit).
    public static func sha(fromImage image: String) -> String? {
        var ref = image
        if let at = ref.firstIndex(of: "@") { ref = String(ref[..<at]) }
        // The tag follows the last ':' after the last '/' (a registry port is before a '/').
        let lastSlash = ref.lastIndex(of: "/") ?? ref.startIndex
        guard let colon = ref[lastSlash...].lastIndex(of: ":") else { return nil }
        let tag = String(ref[ref.index(after: colon)...])
        if let whole = sha(tag) { return whole }
        for separator in ["-", "_", "."] {
            if let last = tag.components(separatedBy: separator).last, last != tag, let part = sha(last), part.count >= 7 { return part }
        }
        if tag.hasPrefix("sha-") { return sha(String(tag.dropFirst(4))) }
        return nil
    }

    /// The name of a Kubernetes owner without the pod-template hash a ReplicaSet adds (`api-7d4b9c6f5` → `api`).
    public static func deploymentName(ofReplicaSet name: String, hash: String?) -> String {
        if let hash, name.hasSuffix("-\(hash)") { return String(name.dropLast(hash.count + 1)) }
        if let dash = name.lastIndex(of: "-"), dash != name.startIndex { return String(name[..<dash]) }
        return name
    }
}

/// A note for deploy histories that keep only their newest revisions (Kubernetes ReplicaSets, Argo CD): set on
/// the batch per service, compared after the import with the memory series stored for the service.
public struct HistoryDepth: Sendable, Equatable {
    /// Why the history is short (`Kubernetes keeps 10 old ReplicaSets per Deployment by default (spec.revisionHistoryLimit)`).
    public var why: String
    /// The oldest deploy the file holds for the service.
    public var oldest: Int64
    /// How many deploys the file holds for the service.
    public var count: Int

    public init(why: String, oldest: Int64, count: Int) {
        self.why = why
        self.oldest = oldest
        self.count = count
    }
}

extension DeployBatch {
    /// Records, per service of the batch's deploys, that the history is depth-limited for `why`.
    mutating func noteDepthLimit(_ why: String) {
        for (service, list) in Dictionary(grouping: deploys, by: \.service) {
            guard let oldest = list.map(\.ts).min() else { continue }
            depthLimits[service] = HistoryDepth(why: why, oldest: oldest, count: list.count)
        }
    }
}
