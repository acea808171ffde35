import Foundation

/// GitHub REST responses (API version 2022-11-28): Actions workflow runs, deployments with their
/// statuses, and `commits/{sha}/pulls`, read together.
///
/// * Actions: a deploy is a completed, successful run of the deploy workflow (`--workflow`, by name or
///   file) on `--branch`; its time is the run's `updated_at`, the last change of a completed run, i.e. its
///   finish (GitHub gives no `completed_at` for runs; a re-run moves it to the re-run's finish).
/// * Deployments: a deploy is a deployment of `--environment` that reached `success`; its time is the
///   newest `success` status. Without status lists, `created_at`, flagged approximate.
/// * `commits/{sha}/pulls` responses fill the PR number, title and author of deploys of that commit.
public struct GitHubDeployFormat: DeployFormat {
    /// The GitHub reader (stateless).
    public init() {}
    public var name: String { "github" }
    public var summary: String { "GitHub REST JSON: actions/runs pages, deployments + deployments/{id}/statuses, commits/{sha}/pulls (--service required)" }

    /// A runs page (`workflow_runs`), or an array of deployments, statuses or pull requests; an empty `[]` by its name.
    public func matches(head: String, fileName: String) -> Bool {
        let h = head.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" })
        if h.hasPrefix("{") { return h.contains("\"workflow_runs\"") }
        guard h.hasPrefix("[") else { return false }
        if h.contains("/deployments/") || h.contains("\"merge_commit_sha\"") || h.contains("api.github.com/repos/") { return true }
        let empty = h.filter { !$0.isWhitespace } == "[]"
        return empty && (fileName.contains("statuses") || fileName.contains("pulls"))
    }

    /// Reads one response on its own.
    public func read(_ input: InputFile, options: DeployImportOptions) throws -> DeployBatch {
        try read([input], options: options)
    }

    /// Reads runs, deployments, statuses and pulls responses together.
    /// - Throws: usage error without `--service`, or when the workflow or environment is ambiguous;
    ///   bad input located at the JSON path of the first malformed member.
    public func read(_ inputs: [InputFile], options: DeployImportOptions) throws -> DeployBatch {
        var runs: [(file: String, run: GitHubRun)] = []
        var deployments: [(file: String, deployment: GitHubDeployment)] = []
        var statuses: [String: [GitHubDeploymentStatus]] = [:]
        var pulls: [String: GitHubCommitPulls] = [:]
        for input in inputs {
            switch try GitHubPage.parse(input) {
            case .runs(let file, let list): runs += list.map { (file, $0) }
            case .deployments(let file, let list): deployments += list.map { (file, $0) }
            case .statuses(let id, let list): statuses[id, default: []] += list
            case .pulls(let list): for p in list { pulls[p.sha] = p }
            case .empty: break
            }
        }
        var batch = DeployBatch()
        if runs.isEmpty && deployments.isEmpty {
            if !pulls.isEmpty || !statuses.isEmpty {
                batch.warnings.append("GitHub statuses and commits/{sha}/pulls responses only complete the runs or deployments imported with them; none were given")
            }
            return batch
        }
        guard let service = options.service else {
            throw MemBlameError(.usage, "GitHub names the repository, not the service of the memory series; pass --service (e.g. --service prod/api)")
        }
        if !runs.isEmpty && !deployments.isEmpty {
            batch.warnings.append("both Actions runs and deployments were given: if they describe the same deploys, each is counted twice; import one of them per service")
        }
        try readRuns(runs, service: service, options: options, into: &batch)
        try readDeployments(deployments, statuses: statuses, service: service, options: options, into: &batch)
        for i in batch.deploys.indices {
            guard let sha = batch.deploys[i].sha, let found = pulls[sha] else { continue }
            guard let pr = found.pr else { continue }   // a direct push: no PR
            batch.deploys[i].pr = batch.deploys[i].pr ?? pr.number
            batch.deploys[i].title = batch.deploys[i].title ?? pr.title
            batch.deploys[i].author = batch.deploys[i].author ?? pr.author
        }
        batch.warnIfSeveralBranches(options)
        return batch
    }

    private func readRuns(_ runs: [(file: String, run: GitHubRun)], service: String, options: DeployImportOptions, into batch: inout DeployBatch) throws {
        guard !runs.isEmpty else { return }
        let workflow = try deployWorkflow(options.workflow, runs: runs.map(\.run))
        var seen = Set<String>()
        for (file, run) in runs where seen.insert(run.id).inserted {   // overlapping pages repeat runs
            if !matches(run, workflow: workflow) { batch.skip("other workflow"); continue }
            if let branch = options.branch, run.branch != branch { batch.skip("other branch"); continue }
            if run.status != "completed" { batch.skip("unfinished run"); continue }
            guard run.conclusion == "success" else { batch.skip(Self.describe(conclusion: run.conclusion)); continue }
            let subject = run.message.map { String($0.prefix { $0 != "\n" && $0 != "\r" }) }
            let pr = run.pullRequests.first ?? subject.flatMap(PullRequestNumber.from(subject:))
            batch.add(Deploy(service: service, ts: run.updatedAt, source: "github-actions", externalID: run.id, sha: run.sha, pr: pr,
                             title: subject, author: run.author.flatMap { $0.isEmpty ? nil : $0 }, url: run.url, branch: run.branch),
                      origin: file)
        }
    }

    private func readDeployments(_ deployments: [(file: String, deployment: GitHubDeployment)], statuses: [String: [GitHubDeploymentStatus]],
                                 service: String, options: DeployImportOptions, into batch: inout DeployBatch) throws {
        guard !deployments.isEmpty else { return }
        let environments = Set(deployments.map(\.deployment.environment)).sorted()
        if options.environment == nil && environments.count > 1 {
            throw MemBlameError(.usage, "the deployments are for several environments (\(environments.joined(separator: ", "))); pass --environment (e.g. --environment \(environments.contains("production") ? "production" : environments[0]))")
        }
        var seen = Set<String>()
        var approximate = 0
        for (file, d) in deployments where seen.insert(d.id).inserted {
            if let environment = options.environment, d.environment != environment { batch.skip("other environment"); continue }
            if let branch = options.branch, d.ref != branch { batch.skip("other branch"); continue }
            var ts = d.createdAt
            var url = d.url
            if let list = statuses[d.id] {
                // Newest first by time, then id: the deployment's state is its newest status.
                let ordered = list.sorted { ($0.createdAt, $0.id) > ($1.createdAt, $1.id) }
                guard let newest = ordered.first else { batch.skip("deployment without status"); continue }
                // An `inactive` status after `success` means a later deploy replaced this one: it did go live.
                guard newest.state == "success" || newest.state == "inactive",
                      let live = ordered.first(where: { $0.state == "success" }) else {
                    batch.skip("\(newest.state.replacingOccurrences(of: "_", with: " ")) deployment"); continue
                }
                ts = live.createdAt
                url = live.url ?? url
            } else {
                approximate += 1
            }
            batch.add(Deploy(service: service, ts: ts, source: "github-deployments", externalID: d.id, sha: d.sha,
                             url: url, branch: d.ref, approximate: statuses[d.id] == nil), origin: file)
        }
        if approximate > 0 {
            batch.warnings.append("\(approximate) GitHub deployment(s) without status responses: their times are the deployments' creation (approximate); import deployments/{id}/statuses for live times")
        }
    }

    /// `--workflow`, else the only workflow among the runs (preferring one named like "deploy").
    private func deployWorkflow(_ given: String?, runs: [GitHubRun]) throws -> String {
        if let given { return given }
        let names = Set(runs.map(\.name)).sorted()
        if names.count == 1 { return names[0] }
        let deployish = names.filter { $0.lowercased().contains("deploy") }
        if deployish.count == 1 { return deployish[0] }
        throw MemBlameError(.usage, "the runs belong to several workflows (\(names.joined(separator: ", "))); pass --workflow with the deploy workflow's name or file (e.g. deploy.yml)")
    }

    /// A run matches by workflow name (any case) or by its file: `.github/workflows/deploy.yml`, `deploy.yml` or `deploy`.
    private func matches(_ run: GitHubRun, workflow: String) -> Bool {
        if run.name.caseInsensitiveCompare(workflow) == .orderedSame { return true }
        guard let path = run.path else { return false }
        let file = path.split(separator: "/").last.map(String.init) ?? path
        let stem = file.split(separator: ".").first.map(String.init) ?? file
        return path == workflow || file == workflow || stem == workflow
    }

    static func describe(conclusion: String?) -> String {
        switch conclusion {
        case "failure": return "failed run"
        case "cancelled": return "cancelled run"
        case "timed_out": return "timed out run"
        case nil: return "run without conclusion"
        case let other?: return "\(other.replacingOccurrences(of: "_", with: " ")) run"
        }
    }
}
