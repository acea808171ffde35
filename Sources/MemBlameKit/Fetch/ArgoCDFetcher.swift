import Foundation

/// Deploy history from Argo CD: an Application's sync history (`GET /api/v1/applications/{name}`,
/// `status.history[]`) with a bearer token (`ARGOCD_AUTH_TOKEN`). Each entry is a deploy at `deployedAt`
/// (when the sync finished), its `revision` the commit when it is a SHA, `initiatedBy.username` the author.
/// The page is read by the file importer, `ArgoCDHistoryFormat`.
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

    /// One deploy per `status.history` entry, oldest first, read by the file importer (`ArgoCDHistoryFormat`), so a
    /// fetch and a saved `argocd app get -o json` give the same deploys.
    /// - Throws: bad input, located at the JSON path, when the page is not an Application.
    public static func deploys(_ page: InputFile, service: String) throws -> DeployBatch {
        var batch = try ArgoCDHistoryFormat().read(page, options: DeployImportOptions(service: service))
        batch.deploys.sort { ($0.ts, $0.externalID) < ($1.ts, $1.externalID) }
        return batch
    }

    /// Fetches and stores in one transaction (provenance source `fetch`, format `argocd-application`); the notes
    /// say when the history is at Argo CD's default length, so older syncs are missing.
    public func fetch(app: String, appNamespace: String? = nil, into db: Database, service: String) throws -> (report: ImportReport, notes: [String]) {
        let page = try fetchPage(app: app, appNamespace: appNamespace)
        let batch = try Self.deploys(page, service: service)
        var report = try db.transaction { try DeployStore(db).storeFetched(batch, path: page.displayName, format: "argocd") }
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
