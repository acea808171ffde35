import Foundation

/// What to fetch from CircleCI: a project's pipelines on a branch since a time, with their workflows and jobs.
public struct CircleCIQuery: Sendable {
    /// `gh/ORG/REPO`.
    public var projectSlug: String
    public var branch: String?
    /// Only this workflow's jobs are fetched (`deploy`); nil fetches every workflow's.
    public var workflow: String?
    /// Pipelines created before this are not read (paging stops there).
    public var since: Int64?

    public init(projectSlug: String, branch: String? = "main", workflow: String? = nil, since: Int64? = nil) {
        self.projectSlug = projectSlug
        self.branch = branch
        self.workflow = workflow
        self.since = since
    }
}

/// Collects CircleCI API v2 pages (pipelines, their workflows, the deploy workflows' jobs) with the
/// `Circle-Token` header, following `next_page_token`, and hands them to the deploy importer.
public final class CircleCIFetcher {
    public let reader: APIPageReader
    let baseURL: String

    /// - Parameter baseURL: `https://circleci.com` unless overridden (`--base-url`, tests).
    public init(client: HTTPClient, token: String, baseURL: String = "https://circleci.com") {
        self.baseURL = baseURL
        self.reader = APIPageReader(client: client, serviceName: "CircleCI", tokenVariable: "CIRCLE_TOKEN",
                                    headers: [("Circle-Token", token), ("Accept", "application/json")], secrets: [token])
    }

    /// Every page the deploy importer needs, in request order.
    /// - Throws: `MemBlameError` for HTTP failures (401 → "token rejected") and malformed pages.
    public func fetchPages(_ query: CircleCIQuery) throws -> [InputFile] {
        var pages: [InputFile] = []
        var pipelineIDs: [String] = []
        var token: String?
        repeat {
            let url = URLText.make(baseURL, "/api/v2/project/\(query.projectSlug)/pipeline", [("branch", query.branch), ("page-token", token)])
            let (_, page, root) = try reader.json(url)
            pages.append(page)
            var reachedSince = false
            for item in try root["items"].array() {
                if let since = query.since, let created = try item.optional("created_at")?.timestamp(), created < since {
                    reachedSince = true
                    continue
                }
                pipelineIDs.append(try item["id"].string())
            }
            token = try root.optional("next_page_token")?.string()
            // Pipelines come newest first: once one is older than --since, later pages are older still.
            if reachedSince { token = nil }
        } while token != nil

        for pipeline in pipelineIDs {
            let workflowPages = try allPages(URLText.make(baseURL, "/api/v2/pipeline/\(URLText.escape(pipeline))/workflow"))
            pages += workflowPages.map(\.page)
            for workflow in try workflowPages.flatMap({ try $0.root["items"].array() }) {
                if let wanted = query.workflow, try workflow["name"].string() != wanted { continue }
                let id = try workflow["id"].string()
                pages += try allPages(URLText.make(baseURL, "/api/v2/workflow/\(URLText.escape(id))/job")).map(\.page)
            }
        }
        return pages
    }

    /// Fetches and imports through the deploy importers in one transaction (provenance source `fetch`).
    public func fetch(_ query: CircleCIQuery, into db: Database, service: String?) throws -> ImportReport {
        let pages = try fetchPages(query)
        let options = DeployImportOptions(service: service, branch: query.branch, workflow: query.workflow)
        return try DeployStore(db).importFiles(pages, format: nil, options: options, source: "fetch")
    }

    /// A list endpoint followed through `next_page_token`.
    private func allPages(_ url: String) throws -> [(page: InputFile, root: JSONCursor)] {
        var out: [(InputFile, JSONCursor)] = []
        var token: String?
        repeat {
            let pageURL = token.map { url + (url.contains("?") ? "&" : "?") + "page-token=" + URLText.escape($0) } ?? url
            let (_, page, root) = try reader.json(pageURL)
            out.append((page, root))
            token = try root.optional("next_page_token")?.string()
        } while token != nil
        return out
    }
}
