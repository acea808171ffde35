import Foundation

/// One GitHub Actions workflow run (`GET /repos/{o}/{r}/actions/runs` item), the fields a deploy needs.
struct GitHubRun {
    var id: String
    var name: String
    var path: String?
    var branch: String?
    var sha: String
    var status: String
    var conclusion: String?
    var updatedAt: Int64
    var url: String?
    var pullRequests: [Int]
    var message: String?
    var author: String?
}

/// One deployment (`GET /repos/{o}/{r}/deployments` item).
struct GitHubDeployment {
    var id: String
    var sha: String
    var ref: String?
    var environment: String
    var createdAt: Int64
    var url: String?
}

/// One deployment status (`GET /repos/{o}/{r}/deployments/{id}/statuses` item).
struct GitHubDeploymentStatus {
    var id: Int64
    var state: String
    var createdAt: Int64
    var url: String?
}

/// The PR a commit landed in (`GET /repos/{o}/{r}/commits/{sha}/pulls`), or none for a direct push.
struct GitHubCommitPulls {
    var sha: String
    var pr: (number: Int, title: String, author: String?, url: String?)?
}

/// What one GitHub REST response holds, told apart by content (by name or URL for an empty list).
enum GitHubPage {
    case runs(file: String, [GitHubRun])
    case deployments(file: String, [GitHubDeployment])
    case statuses(deploymentID: String, [GitHubDeploymentStatus])
    case pulls([GitHubCommitPulls])
    case empty

    /// Parses one response body.
    /// - Throws: bad input located at the JSON path of the first malformed member.
    static func parse(_ input: InputFile) throws -> GitHubPage {
        let root = try JSONCursor.parse(input)
        let name = input.displayName
        if let object = root.value as? [String: Any] {
            guard object["workflow_runs"] != nil else {
                throw root.fail("a GitHub list: an array (deployments, statuses, pulls) or an object with \"workflow_runs\"")
            }
            return .runs(file: name, try root["workflow_runs"].array().map(run))
        }
        let items = try root.array()
        guard let first = items.first else {
            if let id = match(#"deployments/([0-9]+)/statuses"#, in: name) ?? match(#"deployment-statuses/([0-9]+)"#, in: name) {
                return .statuses(deploymentID: id, [])
            }
            if let sha = shaInName(name) { return .pulls([GitHubCommitPulls(sha: sha, pr: nil)]) }
            return .empty
        }
        let members = try first.object()
        if members["deployment_url"] != nil {
            let id = try match(#"deployments/([0-9]+)$"#, in: first["deployment_url"].string())
            guard let id else { throw try first["deployment_url"].fail("a deployment URL ending in /deployments/{id}") }
            return .statuses(deploymentID: id, try items.map(status))
        }
        // Pull requests have a `statuses_url` too, so they are told apart first.
        if members["merge_commit_sha"] != nil || members["number"] != nil {
            return .pulls(try pulls(items, name: name))
        }
        if members["statuses_url"] != nil || (members["environment"] != nil && members["sha"] != nil) {
            return .deployments(file: name, try items.map(deployment))
        }
        throw first.fail("a GitHub deployment, deployment status or pull request")
    }

    static func run(_ item: JSONCursor) throws -> GitHubRun {
        let commit = try item.optional("head_commit")
        let numbers = try item.optional("pull_requests")?.array().map { try $0["number"].int() } ?? []
        return GitHubRun(
            id: String(try item["id"].int()), name: try item["name"].string(), path: try item.optional("path")?.string(),
            branch: try item.optional("head_branch")?.string(), sha: try item["head_sha"].string(), status: try item["status"].string(),
            conclusion: try item.optional("conclusion")?.string(), updatedAt: try item["updated_at"].timestamp(),
            url: try item.optional("html_url")?.string(), pullRequests: numbers, message: try commit?.optional("message")?.string(),
            author: try commit?.optional("author")?.optional("name")?.string())
    }

    static func deployment(_ item: JSONCursor) throws -> GitHubDeployment {
        GitHubDeployment(id: String(try item["id"].int()), sha: try item["sha"].string(), ref: try item.optional("ref")?.string(),
                         environment: try item["environment"].string(), createdAt: try item["created_at"].timestamp(),
                         url: try item.optional("url")?.string())
    }

    static func status(_ item: JSONCursor) throws -> GitHubDeploymentStatus {
        let links = [try item.optional("log_url")?.string(), try item.optional("target_url")?.string()]
        return GitHubDeploymentStatus(id: Int64(try item.optional("id")?.int() ?? 0), state: try item["state"].string(),
                                      createdAt: try item["created_at"].timestamp(), url: links.compactMap { $0 }.first { !$0.isEmpty })
    }

    /// The PR that landed the commit: the one whose `merge_commit_sha` is the commit (a squash PR's
    /// `head.sha` is not on the branch), else the first merged one. The commit is named by the file
    /// name or URL (`commits/{sha}/pulls`), else by `merge_commit_sha`.
    static func pulls(_ items: [JSONCursor], name: String) throws -> [GitHubCommitPulls] {
        var prs: [(sha: String?, merged: Bool, pr: (number: Int, title: String, author: String?, url: String?))] = []
        for item in items {
            let user = try item.optional("user")
            prs.append((try item.optional("merge_commit_sha")?.string(), try item.optional("merged_at") != nil,
                        (try item["number"].int(), try item["title"].string(), try user?.optional("login")?.string(), try item.optional("html_url")?.string())))
        }
        if let sha = shaInName(name) {
            let chosen = prs.first { $0.sha == sha } ?? prs.first { $0.merged }
            return [GitHubCommitPulls(sha: sha, pr: chosen?.pr)]
        }
        return prs.compactMap { p in p.sha.map { GitHubCommitPulls(sha: $0, pr: p.pr) } }
    }

    static func shaInName(_ name: String) -> String? {
        match(#"commits/([0-9a-f]{40})/pulls"#, in: name) ?? match(#"([0-9a-f]{40})(\.json)?$"#, in: name)
    }

    /// The first capture group of `pattern` in `text`.
    static func match(_ pattern: String, in text: String) -> String? {
        guard let regex = try? NSRegularExpression(pattern: pattern),
              let m = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let r = Range(m.range(at: 1), in: text) else { return nil }
        return String(text[r])
    }
}
