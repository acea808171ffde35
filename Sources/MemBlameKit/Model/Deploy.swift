/// One deploy: the moment a new version of a service went live, with the change it shipped.
///
/// `ts` is when the deploy job finished (the version went live), not when the pipeline was triggered.
public struct Deploy: Hashable, Sendable, Codable {
    /// Database id, nil before the deploy is stored.
    public var id: Int64?
    public var service: String
    /// Unix seconds, UTC: when the new version went live.
    public var ts: Int64
    /// Where the deploy came from: `circleci`, `github-actions`, `github-deployments`, `git`, `csv`, ...
    public var source: String
    /// The source's own id (pipeline id, run id, deployment id, SHA); unique per source and service.
    public var externalID: String
    public var sha: String?
    public var pr: Int?
    public var title: String?
    public var author: String?
    public var url: String?
    public var branch: String?
    /// True when `ts` is only the pipeline's time, not the deploy job's finish.
    public var approximate: Bool

    public init(id: Int64? = nil, service: String, ts: Int64, source: String, externalID: String,
                sha: String? = nil, pr: Int? = nil, title: String? = nil, author: String? = nil,
                url: String? = nil, branch: String? = nil, approximate: Bool = false) {
        self.id = id
        self.service = service
        self.ts = ts
        self.source = source
        self.externalID = externalID
        self.sha = sha
        self.pr = pr
        self.title = title
        self.author = author
        self.url = url
        self.branch = branch
        self.approximate = approximate
    }
}

/// One commit of a repository's first-parent history, from an imported `git log`.
///
/// Used to enrich deploys that carry only a SHA, and to list the PRs a deploy shipped.
public struct Commit: Hashable, Sendable, Codable {
    public var sha: String
    /// Commit (committer) time, unix seconds UTC.
    public var ts: Int64
    public var pr: Int?
    public var title: String
    public var author: String?
    /// Order along the first-parent history, oldest first (0-based).
    public var position: Int

    public init(sha: String, ts: Int64, pr: Int?, title: String, author: String?, position: Int) {
        self.sha = sha
        self.ts = ts
        self.pr = pr
        self.title = title
        self.author = author
        self.position = position
    }
}
