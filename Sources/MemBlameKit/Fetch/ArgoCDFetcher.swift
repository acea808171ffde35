import Foundation

/// Deploy history from Argo CD: an Application's sync history (`GET /api/v1/applications/{name}`,
/// `status.history[]`) with a bearer token (`ARGOCD_AUTH_TOKEN`). Each entry is a deploy at `deployedAt`
/// (when the sync finished), its `revision` the commit when it is a SHA, `initiatedBy.username` the author.
///
/// The entries are read here with `JSONCursor` (a few fields); an Argo CD file importer, when there is one,
/// should take this over so a saved `argocd app get -o json` and a fetch read the same way.
public final class ArgoCDFetcher {
    public let reader: APIPageReader
    let server: String
    /// Argo CD keeps this many syncs per Application by default (`spec.revisionHistoryLimit`).
    public static let defaultHistoryLimit = 10

    /// - Parameter server: `https://argocd.example.com` (a bare host gets `https://`).
    public init(client: HTTPClient, token: String, server: String) {
        self.server = server.contains("://") ? server : "https://" + server
        self.reader = APIPageReader(client: client, serviceName: "Argo CD", tokenVariable: "ARGOCD_AUTH_TOKEN",
                                    headers: [("Authorization", "Bearer \(token)"), ("Accept", "application/json")], secrets: [token])
    }

    /// The Application's JSON.
    public func fetchPage(app: String, appNamespace: String? = nil) throws -> InputFile {
        try reader.get(URLText.make(server, "/api/v1/applications/\(URLText.escape(app))", [("appNamespace", appNamespace)])).page
    }

    /// One deploy per `status.history` entry, oldest first; entries without `deployedAt` are skipped.
    /// - Throws: bad input, located at the JSON path, when the page is not an Application.
    public static func deploys(_ page: InputFile, app: String, service: String) throws -> DeployBatch {
        let root = try JSONCursor.parse(page)
        var batch = DeployBatch()
        guard let status = try root.optional("status"), let history = try status.optional("history") else {
            batch.warnings.append("\(page.displayName): the Application has no status.history (never synced)")
            return batch
        }
        for entry in try history.array() {
            guard let deployedAt = try entry.optional("deployedAt") else { batch.skip("history entries without deployedAt"); continue }
            let id = try entry["id"].int()
            var revision = try entry.optional("revision")?.string()
            if revision == nil, let revisions = try entry.optional("revisions") { revision = try revisions.array().first?.string() }
            let sha = revision.flatMap { r in (7...40).contains(r.count) && r.allSatisfy(\.isHexDigit) ? r.lowercased() : nil }
            // Who synced: a user, or nobody for an automated sync (a Git push then shipped it).
            let author = try entry.optional("initiatedBy")?.optional("username")?.string()
            let title = sha != nil ? nil : "Argo CD sync of \(app) to \(revision ?? "an unknown revision")"
            batch.deploys.append(Deploy(service: service, ts: try deployedAt.timestamp(), source: "argocd", externalID: "\(app)#\(id)",
                                        sha: sha, title: title, author: author))
        }
        batch.deploys.sort { ($0.ts, $0.externalID) < ($1.ts, $1.externalID) }
        return batch
    }

    /// Fetches and stores in one transaction (provenance source `fetch`, format `argocd-application`); the notes
    /// say when the history is at Argo CD's default length, so older syncs are missing.
    public func fetch(app: String, appNamespace: String? = nil, into db: Database, service: String) throws -> (report: ImportReport, notes: [String]) {
        let page = try fetchPage(app: app, appNamespace: appNamespace)
        let batch = try Self.deploys(page, app: app, service: service)
        var report = try db.transaction { try DeployStore(db).storeFetched(batch, path: page.displayName, format: "argocd-application") }
        report.warnings += batch.warnings
        var notes: [String] = []
        if batch.deploys.count >= Self.defaultHistoryLimit {
            notes.append("Argo CD keeps the last \(Self.defaultHistoryLimit) syncs of an Application by default (spec.revisionHistoryLimit): the history starts at \(Timestamp.iso(batch.deploys[0].ts)) and older deploys are missing")
        }
        return (report, notes)
    }
}

extension DeployStore {
    /// Stores deploys a fetcher read itself, inside the caller's transaction, with one `imports` row named `path`.
    func storeFetched(_ batch: DeployBatch, path: String, format: String) throws -> ImportReport {
        let importID = try insertImportRow(path: path, sha256: nil, format: format, source: "fetch", started: Int64(Date().timeIntervalSince1970))
        var file = try store(batch, importID: importID)
        file.path = path
        file.format = format
        try finishImportRow(importID, added: file.added, duplicates: file.duplicates)
        try enrichFromCommits()
        var report = ImportReport()
        report.files.append(file)
        return report
    }
}
