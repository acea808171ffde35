import Foundation

/// `kubectl get replicasets -o json` (a `List`/`ReplicaSetList` of ReplicaSets, or one ReplicaSet): a Deployment's
/// rollout history, one ReplicaSet per pod template.
///
/// A deploy is a ReplicaSet owned by a Deployment: its time is `metadata.creationTimestamp` (the rollout of that
/// template began), its id the revision annotation `deployment.kubernetes.io/revision`, the service
/// `namespace/deployment` (or `--service`). The SHA comes from the first container image whose tag names a commit
/// (`api:3f2c1e9`, `api:v1.4-3f2c1e9`), else from an annotation or label holding a commit; `kubernetes.io/change-cause`
/// is the title. A ReplicaSet reused by `kubectl rollout undo` keeps its creation time and lists its earlier
/// revisions in `deployment.kubernetes.io/revision-history`: the rollback's own time is not in the export, which is
/// said. Kubernetes keeps `spec.revisionHistoryLimit` (10 by default) old ReplicaSets, so the history is short.
public struct KubectlReplicaSetFormat: DeployFormat {
    public init() {}
    public var name: String { "kubectl-replicasets" }
    public var summary: String { "kubectl get replicasets -o json (a Deployment's ReplicaSets: revision, creationTimestamp, images)" }

    public func matches(head: String, fileName: String) -> Bool {
        // A pod list names ReplicaSet owners too, but carries no revision annotation.
        head.contains("\"apiVersion\"") && (head.contains("\"ReplicaSetList\"")
            || (head.contains("\"ReplicaSet\"") && head.contains("\"deployment.kubernetes.io/revision\"")))
    }

    static let depthNote = "Kubernetes keeps spec.revisionHistoryLimit old ReplicaSets per Deployment, 10 by default"

    public func read(_ input: InputFile, options: DeployImportOptions) throws -> DeployBatch {
        let root = try JSONCursor.parse(input)
        let kind = try root.optional("kind")?.string()
        let items: [JSONCursor]
        if kind == "ReplicaSet" {
            items = [root]
        } else if let list = try root.optional("items") {
            items = try list.array()
        } else {
            throw MemBlameError.badInput("expected a ReplicaSet or a list with \"items\" (kubectl get replicasets -o json), found kind \(kind.map { "\"\($0)\"" } ?? "none")",
                                         at: input.at(path: "$"))
        }
        var batch = DeployBatch()
        var rollbacks: [String] = []
        for item in items {
            let itemKind = try item.optional("kind")?.string()
            if let itemKind, itemKind != "ReplicaSet" { batch.skip("\(itemKind) (not a ReplicaSet)"); continue }
            let meta = try item["metadata"]
            let name = try meta["name"].string()
            let namespace = try meta.optional("namespace")?.string() ?? "default"
            let created = try meta["creationTimestamp"].timestamp()
            let annotations = try stringMap(meta.optional("annotations"))
            let labels = try stringMap(meta.optional("labels"))
            var owner: (kind: String, name: String)?
            if let refs = try meta.optional("ownerReferences") {
                for ref in try refs.array() {
                    owner = (try ref["kind"].string(), try ref["name"].string())
                    break
                }
            }
            guard let owner, owner.kind == "Deployment" else {
                batch.skip(owner.map { "ReplicaSet owned by a \($0.kind)" } ?? "ReplicaSet without a Deployment owner")
                continue
            }
            guard let revisionText = annotations["deployment.kubernetes.io/revision"] else {
                throw MemBlameError.badInput("expected the annotation deployment.kubernetes.io/revision on a Deployment's ReplicaSet",
                                             at: input.at(path: "\(meta.path).annotations"))
            }
            guard let revision = Int(revisionText) else {
                throw MemBlameError.badInput("expected a revision number, found \"\(revisionText.prefix(40))\"",
                                             at: input.at(path: "\(meta.path).annotations.deployment.kubernetes.io/revision"))
            }
            let images = try containerImages(item)
            let service = options.service ?? "\(namespace)/\(owner.name)"
            var sha = images.lazy.compactMap(DeployVersionHints.sha(fromImage:)).first
            if sha == nil {
                for (key, value) in annotations.merging(labels, uniquingKeysWith: { a, _ in a }).sorted(by: { $0.key < $1.key })
                where key != "deployment.kubernetes.io/revision" && (key.contains("commit") || key.hasSuffix("sha") || key.contains("git")) {
                    if let found = DeployVersionHints.sha(value) { sha = found; break }
                }
            }
            if let history = annotations["deployment.kubernetes.io/revision-history"] {
                rollbacks.append("\(namespace)/\(name) (revision \(revision), earlier \(history))")
            }
            let title = annotations["kubernetes.io/change-cause"] ?? images.first ?? ""
            batch.add(Deploy(service: service, ts: created, source: "kubernetes", externalID: "\(namespace)/\(owner.name)#\(revision)",
                             sha: sha, title: title.isEmpty ? nil : title), origin: input.displayName)
        }
        if !rollbacks.isEmpty {
            batch.warnings.append("\(rollbacks.count) ReplicaSet(s) were rolled back to (kubectl rollout undo): \(rollbacks.prefix(3).joined(separator: "; "))\(rollbacks.count > 3 ? "; …" : ""); each is imported at its creation, the rollback's own time is not in the export")
        }
        batch.noteDepthLimit(Self.depthNote)
        return batch
    }

    /// The images of `spec.template.spec.containers`.
    private func containerImages(_ item: JSONCursor) throws -> [String] {
        guard let spec = try item.optional("spec"), let template = try spec.optional("template"), let podSpec = try template.optional("spec"),
              let containers = try podSpec.optional("containers") else { return [] }
        return try containers.array().compactMap { try $0.optional("image")?.string() }
    }

    /// A string-to-string object (annotations, labels).
    private func stringMap(_ cursor: JSONCursor?) throws -> [String: String] {
        guard let cursor else { return [:] }
        var out: [String: String] = [:]
        for (key, _) in try cursor.object() { out[key] = try cursor[key].string() }
        return out
    }
}
