import Foundation
import Testing
@testable import MemBlameKit
import MemBlameTestSupport

/// One broken deploy-history file: its name, bytes, and the exact one-line error (after `path`).
struct BadDeployInput: CustomTestStringConvertible, Sendable {
    var name: String
    var text: String
    var location: String
    var message: String
    var testDescription: String { name }

    static func fixture(_ path: String) -> String {
        (try? String(contentsOfFile: Fixture.path(path), encoding: .utf8)) ?? ""
    }

    static func edited(_ path: String, _ target: String, _ replacement: String) -> String {
        fixture(path).replacingOccurrences(of: target, with: replacement)
    }

    static func gitLine(_ index: Int, _ edit: (String) -> String) -> String {
        var lines = fixture("git/first-parent.tsv.txt").components(separatedBy: "\n")
        lines[index] = edit(lines[index])
        return lines.joined(separator: "\n")
    }

    static let all: [BadDeployInput] = kubernetesVariants + [
        BadDeployInput(name: "circleci-truncated.json", text: String(fixture("circleci/project-pipeline.page1.json").prefix(700)), location: ":$",
                       message: "expected valid JSON: Unexpected end of file during JSON parse. (truncated or not a JSON export?)"),
        BadDeployInput(name: "circleci-no-created-at.json", text: edited("circleci/project-pipeline.page1.json", "\"created_at\": \"2026-11-24T12:19:08.377Z\",", ""),
                       location: ":$.items[1]", message: "expected a member \"created_at\""),
        BadDeployInput(name: "circleci-bad-time.json", text: edited("circleci/project-pipeline.page1.json", "\"created_at\": \"2026-11-24T11:02:10.254Z\"", "\"created_at\": \"yesterday\""),
                       location: ":$.items[2].created_at", message: "expected an ISO 8601 timestamp or epoch number, found \"yesterday\""),
        BadDeployInput(name: "circleci-items-object.json", text: "{\"next_page_token\": null, \"items\": {}}", location: ":$.items",
                       message: "expected an array, found an object"),
        BadDeployInput(name: "circleci-workflow-status.json", text: edited("circleci/pipeline-workflow/75c53289-739c-537b-82f6-65e4d851bf2c.json", "\"status\": \"success\"", "\"status\": 3"),
                       location: ":$.items[0].status", message: "expected a string, found 3"),
        BadDeployInput(name: "github-runs-bad-time.json", text: edited("github/actions-runs.json", "\"updated_at\": \"2026-11-24T10:15:44Z\"", "\"updated_at\": \"2026-13-01T00:00:00Z\""),
                       location: ":$.workflow_runs[3].updated_at", message: "expected an ISO 8601 timestamp or epoch number, found \"2026-13-01T00:00:00Z\""),
        BadDeployInput(name: "github-deployment-id.json", text: edited("github/deployments.environment-production.json", "\"id\": 2461953137,", "\"id\": \"abc\","),
                       location: ":$[2].id", message: "expected an integer, found \"abc\""),
        BadDeployInput(name: "github-status-url.json", text: edited("github/deployment-statuses/2461953130.json", "/deployments/2461953130\"", "/deployments\""),
                       location: ":$[0].deployment_url", message: "expected a deployment URL ending in /deployments/{id}, found \"https://api.github.com/repos/acme-corp/a\""),
        BadDeployInput(name: "git-bad-date.tsv", text: gitLine(2) { $0.replacingOccurrences(of: "+01:00\t2026-11-24T11:48:30+01:00", with: "+01:00\t24/11/2026 11:48") },
                       location: ":3", message: "expected an ISO 8601 committer date (%cI) in field 4, found \"24/11/2026 11:48\""),
        BadDeployInput(name: "git-short-sha.tsv", text: gitLine(1) { "579959ce" + $0.dropFirst(40) },
                       location: ":2", message: "expected a 40-character commit SHA (%H) in field 1, found \"579959ce\""),
        BadDeployInput(name: "git-fields.tsv", text: gitLine(3) { $0.components(separatedBy: "\t").prefix(5).joined(separator: "\t") },
                       location: ":4", message: "expected 8 tab-separated fields (git log --first-parent --format='%H%x09%P%x09%aI%x09%cI%x09%an%x09%ae%x09%cn%x09%s'), found 5"),
        BadDeployInput(name: "git-not-first-parent.tsv", text: fixture("git/all-commits-no-first-parent.tsv.txt"), location: ":4",
                       message: "commit 6949d350 is not the first parent of 5283837e; export with git log --first-parent (without it, feature-branch commits are listed as if they were on the main line)"),
        BadDeployInput(name: "git-merges-only.tsv", text: fixture("git/first-parent-merges-only.tsv.txt"), location: ":1",
                       message: "expected 8 tab-separated fields (git log --first-parent --format='%H%x09%P%x09%aI%x09%cI%x09%an%x09%ae%x09%cn%x09%s'), found 3"),
        BadDeployInput(name: "git-default-date.txt", text: edited("git/first-parent.default.txt", "Date:   Tue Nov 24 04:19:05 2026 -0800", "Date:   sometime"),
                       location: ":11", message: "expected a git date (\"Tue Nov 24 19:11:10 2026 +0530\" or ISO 8601) after Date:, found \"sometime\""),
        BadDeployInput(name: "deploys-bad-time.csv", text: "time,service,sha,pr\n2026-11-24T07:59:33Z,prod/api,cd025666,118\n24.11.2026 09:30,prod/api,9bde413f,121\n",
                       location: ":3", message: "expected an ISO 8601 time in column \"time\", found \"24.11.2026 09:30\""),
        BadDeployInput(name: "deploys-bad-pr.csv", text: "time,service,sha,pr\n2026-11-24T07:59:33Z,prod/api,cd025666,PR-118\n",
                       location: ":2", message: "expected a PR number in column \"pr\", found \"PR-118\""),
        BadDeployInput(name: "empty.json", text: "", location: "", message: "the file is empty; expected a deploy-history export"),
        BadDeployInput(name: "unknown.json", text: "{\"deploys\": []}\n", location: "",
                       message: "not a deploy-history format memblame knows (\(DeployFormats.all.map(\.name).joined(separator: ", "))): found a JSON object with members \"deploys\"; name one with --format"),
    ]
}

extension BadDeployInput {
    /// Broken Kubernetes, Argo CD, GitLab, ECS and CodeDeploy histories.
    static let kubernetesVariants: [BadDeployInput] = [
        BadDeployInput(name: "rs-truncated.json", text: String(fixture("kubernetes/kubectl-get-replicasets.prod.json").prefix(1200)), location: ":$",
                       message: "expected valid JSON: Unexpected end of file during JSON parse. (truncated or not a JSON export?)"),
        BadDeployInput(name: "rs-revision-word.json", text: edited("kubernetes/kubectl-get-replicasets.prod.json", "\"deployment.kubernetes.io/revision\": \"4\"", "\"deployment.kubernetes.io/revision\": \"four\""),
                       location: ":$.items[1].metadata.annotations.deployment.kubernetes.io/revision", message: "expected a revision number, found \"four\""),
        BadDeployInput(name: "rs-created-bool.json", text: edited("kubernetes/kubectl-get-replicasets.prod.json", "\"creationTimestamp\": \"2026-11-22T08:30:00Z\"", "\"creationTimestamp\": true"),
                       location: ":$.items[2].metadata.creationTimestamp", message: "expected an ISO 8601 timestamp or epoch number, found true"),
        BadDeployInput(name: "argocd-history-object.json", text: edited("kubernetes/argocd-application.api.json", "\"history\": [", "\"history\": {\"x\": [").replacingOccurrences(of: "\n    ],\n    \"operationState\"", with: "\n    ]},\n    \"operationState\""),
                       location: ":$.status.history", message: "expected an array, found an object"),
        BadDeployInput(name: "argocd-bad-time.json", text: edited("kubernetes/argocd-application.api.json", "\"deployedAt\": \"2026-11-21T14:03:40Z\"", "\"deployedAt\": \"2026-11-21 2pm\""),
                       location: ":$.status.history[1].deployedAt", message: "expected an ISO 8601 timestamp or epoch number, found \"2026-11-21 2pm\""),
        BadDeployInput(name: "gitlab-status-number.json", text: edited("kubernetes/gitlab-deployments.page1.json", "\"status\": \"failed\",\n    \"user\"", "\"status\": 2,\n    \"user\""),
                       location: ":$[1].status", message: "expected a string, found 2"),
        BadDeployInput(name: "ecs-no-finished.json", text: edited("deploy-history/awscli-examples.ecs-list-service-deployments.json", "\"finishedAt\": \"2024-10-31T08:05:04.527000-04:00\",", ""),
                       location: ":$.serviceDeployments[0]", message: "expected a member \"finishedAt\""),
        BadDeployInput(name: "codedeploy-list.json", text: fixture("deploy-history/awscli-examples.codedeploy-list-deployments.json"), location: ":$.deployments",
                       message: "list-deployments holds only deployment ids (3), no times or commits; run aws deploy batch-get-deployments --deployment-ids d-EXAMPLE11 d-EXAMPLE22 d-EXAMPLE33 and import its output"),
        BadDeployInput(name: "rollout-history.txt", text: fixture("deploy-history/darklang-docs.kubectl-rollout-history-annotated.txt"), location: ":3",
                       message: "kubectl rollout history of bwd-deployment lists revisions 701–707 (4) without times, and deploys are matched with memory by time; export the ReplicaSets instead: kubectl get replicasets -o json (one per revision, with creationTimestamp), then memblame import deploys on that file (or import the CI or Argo CD history)"),
    ]
}

/// Broken inputs fail with a located one-line error and write nothing, even next to a good file.
@Suite struct DeployBadInputTests {
    let options = DeployImportOptions(service: "prod/api", branch: "main", environment: "production")

    static func counts(_ db: Database) throws -> [Int64] {
        try ["deploys", "commits", "imports"].map { try db.scalar("SELECT COUNT(*) FROM \($0)")?.int64 ?? -1 }
    }

    @Test(arguments: BadDeployInput.all)
    func failsLocatedAndWritesNothing(_ bad: BadDeployInput) throws {
        let db = try Database.inMemory()
        _ = try DeployStore(db).importFiles(CircleCIFixtures.all, options: options)
        let before = try Self.counts(db)
        #expect(before == [5, 0, Int64(CircleCIFixtures.all.count)])
        let path = Scratch.file(bad.name, bad.text)
        do {
            // The good git log first: it is read and stored before the broken file fails, then rolled back.
            _ = try DeployStore(db).importFiles([Fixture.input("git/first-parent.tsv.txt"), InputFile(path: path)], options: options)
            Issue.record("\(bad.name) imported without an error")
        } catch let error as MemBlameError {
            #expect(error.description == "\(path)\(bad.location): error: \(bad.message)")
            #expect(error.kind == .badInput)
            #expect(!error.description.contains("\n"))
        }
        #expect(try Self.counts(db) == before)
        #expect(try DeployStore(db).deploys().allSatisfy { $0.author == nil })   // no enrichment from the rolled-back git log
    }

    @Test func atLeastTenVariants() {
        #expect(BadDeployInput.all.count >= 10)
        #expect(Set(BadDeployInput.all.map(\.name)).count == BadDeployInput.all.count)
    }
}
