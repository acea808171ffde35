import Foundation

/// GitLab deployments API JSON (`GET /projects/:id/deployments`, one page or several files): an array of
/// deployments with `id`, `iid`, `ref`, `sha`, `created_at`, `updated_at`, `finished_at` (GitLab 15+), `status`,
/// `user`, `environment.name` and the `deployable` job (its `finished_at` and `commit`).
///
/// A deploy is a deployment of `--environment` whose `status` is `success`; its time is `finished_at`, else the
/// deploy job's `finished_at`, else `updated_at` (flagged approximate). `failed`, `canceled`, `blocked`, `created` and
/// `running` deployments are counted as skipped. The SHA is `sha`; the title and author come from the job's commit, the
/// PR from a merge commit's `See merge request group/project!123`.
/// GitLab names the project, not the service: `--service` is required.
public struct GitLabDeployFormat: DeployFormat {
    public init() {}
    public var name: String { "gitlab" }
    public var summary: String { "GitLab deployments API JSON (/projects/:id/deployments; --service required)" }

    public func matches(head: String, fileName: String) -> Bool {
        let h = head.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" })
        return h.hasPrefix("[") && head.contains("\"iid\"") && head.contains("\"sha\"") && (head.contains("\"deployable\"") || head.contains("\"environment\""))
    }

    public func read(_ input: InputFile, options: DeployImportOptions) throws -> DeployBatch {
        let root = try JSONCursor.parse(input)
        var rows: [(deployment: JSONCursor, environment: String)] = []
        for d in try root.array() {
            rows.append((d, try d["environment"]["name"].string()))
        }
        var batch = DeployBatch()
        guard !rows.isEmpty else { return batch }
        guard let service = options.service else {
            throw MemBlameError(.usage, "GitLab names the project, not the service of the memory series; pass --service (e.g. --service prod/api)")
        }
        let environments = Set(rows.map(\.environment)).sorted()
        if options.environment == nil && environments.count > 1 {
            throw MemBlameError(.usage, "the deployments are for several environments (\(environments.joined(separator: ", "))); pass --environment (e.g. --environment \(environments.contains("production") ? "production" : environments[0]))")
        }
        var approximate = 0
        for (d, environment) in rows {
            if let wanted = options.environment, environment != wanted { batch.skip("other environment"); continue }
            let ref = try d.optional("ref")?.string()
            if let branch = options.branch, ref != branch { batch.skip("other branch"); continue }
            let status = try d["status"].string()
            guard status == "success" else { batch.skip("\(status) deployment"); continue }
            let id = try d["id"].int()
            var ts = try d.optional("finished_at")?.timestamp()
            var title: String?
            var author = try d.optional("user")?.optional("username")?.string()
            var url: String?
            var pr: Int?
            if let job = try d.optional("deployable") {
                ts = try ts ?? job.optional("finished_at")?.timestamp()
                url = try job.optional("pipeline")?.optional("web_url")?.string() ?? job.optional("web_url")?.string()
                if let commit = try job.optional("commit") {
                    title = try commit.optional("title")?.string().trimmingCharacters(in: .whitespacesAndNewlines)
                    author = try commit.optional("author_name")?.string() ?? author
                    pr = Self.mergeRequest(in: try commit.optional("message")?.string() ?? "")
                }
            }
            let exact = ts != nil
            if ts == nil { approximate += 1 }
            let sha = try d["sha"].string()
            batch.add(Deploy(service: service, ts: try ts ?? d["updated_at"].timestamp(), source: "gitlab", externalID: String(id),
                             sha: DeployVersionHints.sha(sha) ?? sha, pr: pr, title: title, author: author, url: url, branch: ref, approximate: !exact),
                      origin: input.displayName)
        }
        if approximate > 0 {
            batch.warnings.append("\(approximate) GitLab deployment(s) without finished_at: their times are the last update (approximate)")
        }
        batch.warnIfSeveralBranches(options)
        return batch
    }

    /// The merge request a merge commit's message names: `See merge request group/project!123` → 123.
    static func mergeRequest(in message: String) -> Int? {
        guard let range = message.range(of: "See merge request ", options: .backwards) else { return nil }
        let rest = message[range.upperBound...].prefix { !$0.isWhitespace }
        guard let bang = rest.lastIndex(of: "!") else { return nil }
        return Int(rest[rest.index(after: bang)...])
    }
}
