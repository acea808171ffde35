import Foundation

/// Argo CD Application JSON (`kubectl get application NAME -n argocd -o json`, `argocd app get NAME -o json`, or a
/// `List` of them): `status.history[]`, one entry per successful sync.
///
/// A deploy is a history entry: its time is `deployedAt` (the sync finished), its id the entry's `id`, its SHA the
/// `revision` when it is a git commit (a Helm chart version is kept as the title instead); multi-source apps give
/// `revisions[]`, the first commit is used. The service is `spec.destination.namespace/metadata.name` (or `--service`).
/// Only successful syncs enter the history; a failed current sync (`status.operationState.phase` Failed or Error)
/// is counted as skipped. Argo CD keeps `spec.revisionHistoryLimit` entries, 10 by default, so the history is short.
public struct ArgoCDHistoryFormat: DeployFormat {
    public init() {}
    public var name: String { "argocd" }
    public var summary: String { "Argo CD Application JSON (status.history: revision, deployedAt, source)" }

    public func matches(head: String, fileName: String) -> Bool {
        head.contains("\"argoproj.io/") || (head.contains("\"kind\"") && head.contains("\"Application\"") && head.contains("\"history\""))
    }

    static let depthNote = "Argo CD keeps spec.revisionHistoryLimit sync entries per Application, 10 by default"

    public func read(_ input: InputFile, options: DeployImportOptions) throws -> DeployBatch {
        let root = try JSONCursor.parse(input)
        let apps: [JSONCursor]
        if let items = try root.optional("items") { apps = try items.array() } else { apps = [root] }
        var batch = DeployBatch()
        for app in apps {
            let kind = try app.optional("kind")?.string()
            guard kind == nil || kind == "Application" else { batch.skip("\(kind!) (not an Application)"); continue }
            let name = try app["metadata"]["name"].string()
            var namespace: String?
            if let spec = try app.optional("spec"), let destination = try spec.optional("destination") {
                namespace = try destination.optional("namespace")?.string()
            }
            let service = options.service ?? "\(namespace ?? "default")/\(name)"
            guard let status = try app.optional("status") else {
                throw MemBlameError.badInput("expected a member \"status\" with the sync history (export the Application with -o json, not the manifest)",
                                             at: input.at(path: app.path))
            }
            if let operation = try status.optional("operationState"), let phase = try operation.optional("phase")?.string(),
               phase == "Failed" || phase == "Error" {
                batch.skip("failed sync")
            }
            guard let history = try status.optional("history") else {
                batch.warnings.append("\(name): the Application has no status.history (never synced?)")
                continue
            }
            for entry in try history.array() {
                let id = try entry["id"].int()
                guard let deployedAt = try entry.optional("deployedAt") else { batch.skip("history entries without deployedAt"); continue }
                let ts = try deployedAt.timestamp()
                var revisions: [String] = []
                if let revision = try entry.optional("revision") { revisions.append(try revision.string()) }
                if let many = try entry.optional("revisions") { revisions += try many.array().map { try $0.string() } }
                let sha = revisions.lazy.compactMap { DeployVersionHints.sha($0) }.first
                var title: String?
                if sha == nil, let first = revisions.first { title = "revision \(first)" }
                var url: String?
                if let source = try entry.optional("source") {
                    url = try source.optional("repoURL")?.string()
                    if let chart = try source.optional("chart")?.string() { title = "\(chart) \(revisions.first ?? "")" }
                }
                var author: String?
                if let initiated = try entry.optional("initiatedBy") {
                    if let user = try initiated.optional("username")?.string() { author = user }
                }
                batch.add(Deploy(service: service, ts: ts, source: "argocd", externalID: "\(name)#\(id)", sha: sha, title: title,
                                 author: author, url: url), origin: input.displayName)
            }
        }
        batch.noteDepthLimit(Self.depthNote)
        return batch
    }
}
