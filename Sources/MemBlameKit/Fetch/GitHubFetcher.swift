import Foundation

/// What to fetch from GitHub: a workflow's successful Actions runs, or an environment's deployments.
public struct GitHubQuery: Sendable {
    /// `ORG/REPO`.
    public var repo: String
    /// The workflow file (`deploy.yml`); exclusive with `environment`.
    public var workflow: String?
    /// The deployment environment (`production`).
    public var environment: String?
    public var branch: String?
    /// Runs or deployments created before this are not read (paging stops there).
    public var since: Int64?

    public init(repo: String, workflow: String? = nil, environment: String? = nil, branch: String? = nil, since: Int64? = nil) {
        self.repo = repo
        self.workflow = workflow
        self.environment = environment
        self.branch = branch
        self.since = since
    }
}

/// Collects GitHub REST pages (Actions runs of a workflow, or deployments with their statuses) with a
/// bearer token, following `Link: rel="next"`, waiting out `X-RateLimit-Remaining: 0`, and looking up
/// `commits/{sha}/pulls` for deploys whose run does not name its PR.
public final class GitHubFetcher {
    public let reader: APIPageReader
    let client: HTTPClient
    let apiURL: String

    /// - Parameter apiURL: `https://api.github.com` unless overridden (`--api-url`, `GITHUB_API_URL`, tests).
    public init(client: HTTPClient, token: String, apiURL: String = "https://api.github.com") {
        self.client = client
        self.apiURL = apiURL
        self.reader = APIPageReader(client: client, serviceName: "GitHub", tokenVariable: "GITHUB_TOKEN or GH_TOKEN",
                                    headers: [("Authorization", "Bearer \(token)"), ("Accept", "application/vnd.github+json"),
                                              ("X-GitHub-Api-Version", "2022-11-28")], secrets: [token])
    }

    /// Every page the deploy importer needs, in request order.
    /// - Throws: usage error unless exactly one of workflow and environment is given; `MemBlameError` for HTTP failures.
    public func fetchPages(_ query: GitHubQuery) throws -> [InputFile] {
        guard (query.workflow == nil) != (query.environment == nil) else {
            throw MemBlameError(.usage, "name exactly one of --workflow FILE (Actions runs) and --environment NAME (deployments)")
        }
        let repoPath = "/repos/\(query.repo)"
        var pages: [InputFile] = []
        var shasWithoutPR: [String] = []
        if let workflow = query.workflow {
            let first = URLText.make(apiURL, "\(repoPath)/actions/workflows/\(URLText.escape(workflow))/runs",
                                     [("branch", query.branch), ("status", "success"), ("per_page", "100")])
            try paginate(first, listKey: "workflow_runs", since: query.since) { run in
                if try run.optional("pull_requests")?.array().isEmpty ?? true, let sha = try run.optional("head_sha")?.string() {
                    shasWithoutPR.append(sha)
                }
            } pages: { pages.append($0) }
        } else if let environment = query.environment {
            let first = URLText.make(apiURL, "\(repoPath)/deployments", [("environment", environment), ("per_page", "100")])
            var ids: [Int] = []
            try paginate(first, listKey: nil, since: query.since) { deployment in
                ids.append(try deployment["id"].int())
                if let sha = try deployment.optional("sha")?.string() { shasWithoutPR.append(sha) }
            } pages: { pages.append($0) }
            for id in ids {
                pages.append(try get(URLText.make(apiURL, "\(repoPath)/deployments/\(id)/statuses", [("per_page", "100")])).page)
            }
        }
        var seen = Set<String>()
        for sha in shasWithoutPR where seen.insert(sha).inserted {
            // 404/422: GitHub does not know the commit (force-pushed away); the importer falls back to the commit message.
            let (response, page) = try get(URLText.make(apiURL, "\(repoPath)/commits/\(URLText.escape(sha))/pulls"), allowed: [404, 422])
            if response.status == 200 { pages.append(page) }
        }
        return pages
    }

    /// Fetches and imports through the deploy importers in one transaction (provenance source `fetch`).
    public func fetch(_ query: GitHubQuery, into db: Database, service: String?) throws -> ImportReport {
        let pages = try fetchPages(query)
        let options = DeployImportOptions(service: service, branch: query.branch, workflow: query.workflow, environment: query.environment)
        return try DeployStore(db).importFiles(pages, format: nil, options: options, source: "fetch")
    }

    /// Follows `Link: rel="next"` from `first`, calling `each` per item,
    /// stopping at the first item created before `since` (lists are newest first).
    private func paginate(_ first: String, listKey: String?, since: Int64?, each: (JSONCursor) throws -> Void,
                          pages: (InputFile) -> Void) throws {
        var next: String? = first
        let origin = URLText.origin(apiURL)
        while let url = next {
            let (response, page) = try get(url)
            pages(page)
            let root = try JSONCursor.parse(page)
            let items = try (listKey.map { try root[$0] } ?? root).array()
            var reachedSince = false
            for item in items {
                if let since, let created = try item.optional("created_at")?.timestamp(), created < since {
                    reachedSince = true
                    continue
                }
                try each(item)
            }
            next = reachedSince ? nil : APIPageReader.nextLink(response.header("link"))
            // The token goes only to the API's own server, never to a host a Link header names.
            if let link = next, URLText.origin(link) != origin {
                throw MemBlameError(.io, "GitHub's next-page link points to another server (\(Redaction.url(link))); not following it", at: page.at(path: "$"))
            }
        }
    }

    /// One GET that first waits out an exhausted rate limit (`X-RateLimit-Remaining: 0` on the previous answer).
    private var resetWait: RetryPolicy.ServerDelay = .none
    private var resetSeen: Double = 0
    private func get(_ url: String, allowed: Set<Int> = []) throws -> (response: HTTPResponse, page: InputFile) {
        switch resetWait {
        case .none: break
        case .tooLong(let what):
            throw MemBlameError(.io, "GitHub rate limit exhausted \(what), longer than memblame waits (\(RetryPolicy.describe(client.retry.maxServerDelay))); try again later")
        case .seconds(let seconds):
            let wait = seconds - (Date().timeIntervalSince1970 - resetSeen)
            if wait > client.retry.maxServerDelay {
                throw MemBlameError(.io, "GitHub rate limit exhausted for \(RetryPolicy.describe(wait)), longer than memblame waits (\(RetryPolicy.describe(client.retry.maxServerDelay))); try again later")
            }
            if wait > 0 {
                client.onRetry?("GitHub rate limit exhausted; waiting \(RetryPolicy.describe(wait)) for it to reset")
                client.sleep(wait)
            }
        }
        resetWait = .none
        let result = try reader.get(url, allowed: allowed)
        if RetryPolicy.isZero(result.response.header("x-ratelimit-remaining")), let reset = result.response.header("x-ratelimit-reset") {
            resetSeen = Date().timeIntervalSince1970
            resetWait = RetryPolicy.rateLimitReset(reset, now: resetSeen)
        }
        return result
    }
}
