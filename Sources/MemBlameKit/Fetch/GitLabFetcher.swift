import Foundation

/// What to fetch from GitLab: a project's successful deployments to one environment.
public struct GitLabQuery: Sendable {
    /// `group/project` (or the numeric id).
    public var project: String
    public var environment: String
    /// Deployments last updated before this are not read.
    public var since: Int64?

    public init(project: String, environment: String, since: Int64? = nil) {
        self.project = project
        self.environment = environment
        self.since = since
    }
}

/// Deploy history from GitLab: `GET /api/v4/projects/{project}/deployments?environment=&status=success` with the
/// `PRIVATE-TOKEN` header (`GITLAB_TOKEN`), following `Link: rel="next"` on the API's own host.
///
/// Each deployment is a deploy at its job's `finished_at` (else the deployment's), with its `sha`, `ref`, the
/// commit's title and author and the merge request named in a merge commit's message (`See merge request
/// group/project!123` → 123, stored as the PR). The pages are read by the file importer, `GitLabDeployFormat`.
public final class GitLabFetcher {
    public let reader: APIPageReader
    let apiURL: String

    /// - Parameter apiURL: `https://gitlab.com` or a self-managed instance (the `/api/v4` path is added).
    public init(client: HTTPClient, token: String, apiURL: String = "https://gitlab.com") {
        self.apiURL = apiURL
        self.reader = APIPageReader(client: client, serviceName: "GitLab", tokenVariable: "GITLAB_TOKEN",
                                    headers: [("PRIVATE-TOKEN", token), ("Accept", "application/json")], secrets: [token])
    }

    /// Every page of deployments, in request order.
    public func fetchPages(_ query: GitLabQuery) throws -> [InputFile] {
        var url: String? = URLText.make(apiURL, "/api/v4/projects/\(URLText.escape(query.project))/deployments", [
            ("environment", query.environment), ("status", "success"), ("order_by", "updated_at"), ("sort", "desc"), ("per_page", "100"),
            ("updated_after", query.since.map(Timestamp.iso)),
        ])
        var pages: [InputFile] = []
        let origin = URLText.origin(apiURL)
        while let next = url {
            let (response, page) = try reader.get(next)
            pages.append(page)
            url = APIPageReader.nextLink(response.header("link"))
            // The token goes only to the API's own server.
            if let link = url, URLText.origin(link) != origin { url = nil }
        }
        return pages
    }

    /// The deploys of the pages, oldest first, read by the file importer (`GitLabDeployFormat`), so a fetched page and
    /// the same page saved and imported give the same deploys (and a second source of them adds none).
    /// - Throws: bad input, located at the JSON path, when a page is not a list of deployments.
    public static func deploys(_ pages: [InputFile], service: String, environment: String? = nil) throws -> DeployBatch {
        var batch = DeployBatch()
        let options = DeployImportOptions(service: service, environment: environment)
        for page in pages {
            batch.merge(try GitLabDeployFormat().read(page, options: options))
        }
        batch.deploys.sort { ($0.ts, $0.externalID) < ($1.ts, $1.externalID) }
        return batch
    }

    /// The merge request a merge commit's message names (`GitLabDeployFormat.mergeRequest`).
    static func mergeRequest(in message: String) -> Int? { GitLabDeployFormat.mergeRequest(in: message) }

    /// Fetches and stores in one transaction (provenance source `fetch`, format `gitlab-deployments`).
    public func fetch(_ query: GitLabQuery, into db: Database, service: String) throws -> ImportReport {
        let pages = try fetchPages(query)
        let batch = try Self.deploys(pages, service: service, environment: query.environment)
        var report = try db.transaction { () -> ImportReport in
            var report = ImportReport()
            for page in pages {
                var part = DeployBatch()
                part.deploys = batch.deploys.filter { batch.origins[$0.externalID] == page.displayName }
                if page.displayName == pages.first?.displayName { part.skipped = batch.skipped }
                report.files += try DeployStore(db).storeFetched(part, path: page.displayName, format: "gitlab").files
            }
            return report
        }
        report.warnings += batch.warnings
        return report
    }
}
