import Foundation

/// CircleCI API v2 responses: pipeline list pages, the workflows of each pipeline and the jobs of each
/// workflow, read together and joined by pipeline and workflow id.
///
/// A deploy is one pipeline whose deploy workflow (`--workflow`) succeeded. Its live time is, most
/// precise first: the deploy job's `stopped_at` (job lists given), the workflow's `stopped_at`
/// (workflow lists given), else the pipeline's `created_at`, flagged approximate.
public struct CircleCIDeployFormat: DeployFormat {
    /// The CircleCI reader (stateless).
    public init() {}
    public var name: String { "circleci" }
    public var summary: String { "CircleCI API v2 JSON: pipeline pages + pipeline/{id}/workflow + workflow/{id}/job responses (--service required)" }

    /// Every API v2 list response is `{"next_page_token": ..., "items": [...]}`; pages merged by hand
    /// (`jq '{items: ...}'`) keep `items` with CircleCI's `project_slug`.
    public func matches(head: String, fileName: String) -> Bool {
        let h = head.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" })
        return h.hasPrefix("{") && h.contains("\"items\"") && (h.contains("\"next_page_token\"") || h.contains("\"project_slug\""))
    }

    /// Reads one response on its own (a pipeline page alone gives approximate deploys).
    public func read(_ input: InputFile, options: DeployImportOptions) throws -> DeployBatch {
        try read([input], options: options)
    }

    /// Reads pipeline pages, workflow and job responses together and joins them by pipeline and workflow id.
    /// - Throws: usage error without `--service` or with several workflow names and no `--workflow`;
    ///   bad input located at the JSON path of the first malformed member.
    public func read(_ inputs: [InputFile], options: DeployImportOptions) throws -> DeployBatch {
        guard let service = options.service else {
            throw MemBlameError(.usage, "CircleCI names the project (\(inputs.first.map(projectHint) ?? "gh/org/repo")), not the service of the memory series; pass --service (e.g. --service prod/api)")
        }
        var pipelines: [String: CircleCIPipeline] = [:]
        var order: [String] = []
        var workflows: [String: [String: CircleCIWorkflow]] = [:]   // pipeline id → workflow id → workflow
        var jobs: [String: [CircleCIJob]] = [:]                      // workflow id → jobs
        for input in inputs {
            switch try CircleCIPage.parse(input) {
            case .pipelines(let list):
                for p in list where pipelines[p.id] == nil {   // overlapping pages repeat pipelines
                    pipelines[p.id] = p
                    order.append(p.id)
                }
            case .workflows(let pipelineID, let list):
                if let pipelineID, workflows[pipelineID] == nil { workflows[pipelineID] = [:] }   // known to have none
                for w in list { workflows[w.pipelineID, default: [:]][w.id] = w }
            case .jobs(let workflowID, let list):
                jobs[workflowID, default: []] += list
            case .empty:
                break
            }
        }
        var batch = DeployBatch()
        let candidates = order.compactMap { pipelines[$0] }.filter { skipReason($0, options: options) == nil }
        let deployWorkflow = try workflowName(options.workflow, among: candidates.flatMap { (workflows[$0.id] ?? [:]).values.map(\.name) })
        var approximate = 0
        for p in order.compactMap({ pipelines[$0] }) {
            if let reason = skipReason(p, options: options) { batch.skip(reason); continue }
            guard let known = workflows[p.id] else {
                approximate += 1
                batch.add(deploy(p, service: service, ts: p.createdAt, workflowID: nil, approximate: true), origin: p.file)
                continue
            }
            if known.isEmpty { batch.skip("pipeline without workflows"); continue }
            var successes: [CircleCIWorkflow] = []
            for w in known.values.sorted(by: { ($0.stoppedAt ?? .max, $0.id) < ($1.stoppedAt ?? .max, $1.id) }) {
                if w.name != deployWorkflow { batch.skip("other workflow"); continue }
                if w.status != "success" { batch.skip("\(w.status.replacingOccurrences(of: "_", with: " ")) workflow"); continue }
                successes.append(w)
            }
            guard let w = successes.first else { continue }
            // A re-run of a successful workflow ships the same commit again; the first success is when it went live.
            for _ in successes.dropFirst() { batch.skip("repeated deploy workflow") }
            var ts = w.stoppedAt
            if let list = jobs[w.id] {
                guard let job = deployJob(in: list, named: options.job) else { batch.skip("workflow without deploy job"); continue }
                if job.status != "success" { batch.skip("\(job.status) deploy job"); continue }
                ts = job.stoppedAt ?? ts
            }
            batch.add(deploy(p, service: service, ts: ts ?? p.createdAt, workflowID: w.id, approximate: ts == nil), origin: p.file)
        }
        if approximate > 0 {
            batch.warnings.append("\(approximate) CircleCI pipeline(s) without workflow responses: their deploy times are the pipelines' creation times (approximate, about 6 minutes early); import pipeline/{id}/workflow and workflow/{id}/job responses for live times")
        }
        let orphans = workflows.keys.filter { pipelines[$0] == nil }.count
        if orphans > 0 {
            batch.warnings.append("\(orphans) CircleCI workflow response(s) belong to pipelines not in the given pipeline pages; ignored (import the pipeline pages too)")
        }
        batch.warnIfSeveralBranches(options)
        if let deployWorkflow, batch.deploys.isEmpty, batch.skipped["other workflow"] != nil {
            let seen = Set(candidates.flatMap { (workflows[$0.id] ?? [:]).values.map(\.name) }).sorted()
            batch.warnings.append("no CircleCI workflow named '\(deployWorkflow)'; the workflows are: \(seen.joined(separator: ", "))")
        }
        return batch
    }

    /// Why a pipeline is not a deploy before its workflows are looked at, or nil.
    private func skipReason(_ p: CircleCIPipeline, options: DeployImportOptions) -> String? {
        if p.state == "errored" { return "errored pipeline" }
        if p.tag != nil { return "tag pipeline" }
        if let branch = options.branch, p.branch != branch { return "other branch" }
        return nil
    }

    /// The deploy workflow's name: `--workflow`, or the only name among the candidates (preferring
    /// names containing "deploy").
    private func workflowName(_ given: String?, among names: [String]) throws -> String? {
        if let given { return given }
        let distinct = Set(names).sorted()
        if distinct.count <= 1 { return distinct.first }
        let deployish = distinct.filter { $0.lowercased().contains("deploy") }
        if deployish.count == 1 { return deployish[0] }
        throw MemBlameError(.usage, "the CircleCI workflows have several names (\(distinct.joined(separator: ", "))); pass --workflow with the deploy workflow's name")
    }

    /// `--job`, else the last-finishing non-approval job whose name contains "deploy".
    private func deployJob(in jobs: [CircleCIJob], named: String?) -> CircleCIJob? {
        if let named { return jobs.last { $0.name == named } }
        return jobs.filter { $0.type != "approval" && $0.name.lowercased().contains("deploy") }
            .max { ($0.stoppedAt ?? .min) < ($1.stoppedAt ?? .min) }
    }

    private func deploy(_ p: CircleCIPipeline, service: String, ts: Int64, workflowID: String?, approximate: Bool) -> Deploy {
        Deploy(service: service, ts: ts, source: "circleci", externalID: p.id, sha: p.revision,
               pr: p.subject.flatMap(PullRequestNumber.from(subject:)), title: p.subject, author: nil,
               url: url(p, workflowID: workflowID), branch: p.branch, approximate: approximate)
    }

    /// `https://app.circleci.com/pipelines/github/acme-corp/api/1413/workflows/<id>` (the web app's address).
    private func url(_ p: CircleCIPipeline, workflowID: String?) -> String? {
        guard let slug = p.projectSlug, let number = p.number else { return nil }
        var parts = slug.split(separator: "/").map(String.init)
        if let vcs = parts.first { parts[0] = ["gh": "github", "bb": "bitbucket"][vcs] ?? vcs }
        let base = "https://app.circleci.com/pipelines/\(parts.joined(separator: "/"))/\(number)"
        return workflowID.map { base + "/workflows/" + $0 } ?? base
    }

    private func projectHint(_ input: InputFile) -> String {
        guard let head = try? input.head(8192), let text = String(bytes: head, encoding: .utf8),
              let r = text.range(of: #""project_slug"\s*:\s*"[^"]+""#, options: .regularExpression) else { return "gh/org/repo" }
        return String(text[r].split(separator: "\"").last ?? "gh/org/repo")
    }
}
