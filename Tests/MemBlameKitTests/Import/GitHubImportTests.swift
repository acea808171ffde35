import Foundation
import Testing
@testable import MemBlameKit
import MemBlameTestSupport

/// GitHub Actions runs and deployments of the scenario (formats README table): the same four deploys
/// as CircleCI, a few seconds later (when the run or the deployment status was recorded).
@Suite struct GitHubImportTests {
    let format = GitHubDeployFormat()

    static var runs: InputFile { Fixture.input("github/actions-runs.json") }
    static var deployments: InputFile { Fixture.input("github/deployments.environment-production.json") }
    static var statuses: [InputFile] { files("deployment-statuses") }
    static var pulls: [InputFile] { files("commits-pulls") }

    static func files(_ folder: String) -> [InputFile] {
        let dir = Fixture.path("github/" + folder)
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted().map { InputFile(path: dir + "/" + $0) }
    }

    /// Actions: `updated_at` of the completed successful Deploy runs; PRs from the head commit's subject.
    static let runRows = [
        DeployRow("2026-11-24T07:59:36Z", sha: Scenario.pr118, pr: 118, title: Scenario.title118, author: "Priya Raman", source: "github-actions", externalID: "11987655413"),
        DeployRow("2026-11-24T09:30:13Z", sha: Scenario.pr121, pr: 121, title: Scenario.title121, author: "Dana Whitfield", source: "github-actions", externalID: "11987655414"),
        DeployRow("2026-11-24T10:58:49Z", sha: Scenario.pr123, pr: 123, title: Scenario.title123, author: "Tomasz Nowak", source: "github-actions", externalID: "11987655416"),
        DeployRow("2026-11-24T12:29:30Z", sha: Scenario.pr124, pr: 124, title: Scenario.title124, author: "dependabot[bot]", source: "github-actions", externalID: "11987655418"),
    ]

    /// Deployments: the `success` status times; no PR data in a deployment itself.
    static let deploymentRows = [
        DeployRow("2026-11-24T07:59:34Z", sha: Scenario.pr118, pr: nil, title: nil, source: "github-deployments", externalID: "2461953130"),
        DeployRow("2026-11-24T09:30:11Z", sha: Scenario.pr121, pr: nil, title: nil, source: "github-deployments", externalID: "2461953137"),
        DeployRow("2026-11-24T10:58:47Z", sha: Scenario.pr123, pr: nil, title: nil, source: "github-deployments", externalID: "2461953144"),
        DeployRow("2026-11-24T12:29:28Z", sha: Scenario.pr124, pr: nil, title: nil, source: "github-deployments", externalID: "2461953151"),
    ]

    @Test(arguments: [nil, "Deploy", "deploy", "deploy.yml", ".github/workflows/deploy.yml"])
    func actionsRuns(_ workflow: String?) throws {
        let batch = try format.read([Self.runs], options: DeployImportOptions(service: "prod/api", branch: "main", workflow: workflow))
        #expect(DeployRow.of(batch.deploys) == Self.runRows)
        #expect(batch.skipped == ["other workflow": 2, "unfinished run": 1])
        #expect(batch.deploys.first { $0.pr == 118 }?.url == "https://github.com/acme-corp/api/actions/runs/11987655413")
    }

    @Test func otherWorkflowOnOtherBranches() throws {
        let batch = try format.read([Self.runs], options: DeployImportOptions(service: "prod/api", branch: "main", workflow: "CI"))
        #expect(batch.deploys.isEmpty)
        #expect(batch.skipped == ["other workflow": 5, "other branch": 2])
    }

    @Test func deploymentsWithStatuses() throws {
        let batch = try format.read([Self.deployments] + Self.statuses, options: DeployImportOptions(service: "prod/api", environment: "production"))
        #expect(DeployRow.of(batch.deploys) == Self.deploymentRows)
        #expect(batch.skipped.isEmpty)
        #expect(batch.warnings.isEmpty)
        #expect(batch.deploys.first { $0.externalID == "2461953130" }?.url == "https://github.com/acme-corp/api/actions/runs/11987655413/job/35962966240")
    }

    /// `commits/{sha}/pulls` names the PR (number, PR title, PR author's login); `[]` means a direct push.
    @Test func pullsCompleteDeployments() throws {
        let batch = try format.read([Self.deployments] + Self.statuses + Self.pulls, options: DeployImportOptions(service: "prod/api", environment: "production"))
        var expected = Self.deploymentRows
        expected[0].pr = 118; expected[0].title = "Add LRU request cache"; expected[0].author = "tnowak"
        expected[1].pr = 121; expected[1].title = "Add per-tenant rate limiter"; expected[1].author = "dwhitfield"
        #expect(DeployRow.of(batch.deploys) == expected)
    }

    @Test func deploymentsWithoutStatusesAreApproximate() throws {
        let batch = try format.read([Self.deployments], options: DeployImportOptions(service: "prod/api"))
        #expect(DeployRow.of(batch.deploys).map(\.time) == ["2026-11-24T07:54:47Z", "2026-11-24T09:25:23Z", "2026-11-24T10:54:37Z", "2026-11-24T12:24:40Z"])
        #expect(batch.deploys.allSatisfy { $0.approximate })
        #expect(batch.warnings == ["4 GitHub deployment(s) without status responses: their times are the deployments' creation (approximate); import deployments/{id}/statuses for live times"])
    }

    @Test func otherEnvironmentIsSkipped() throws {
        let batch = try format.read([Self.deployments] + Self.statuses, options: DeployImportOptions(service: "prod/api", environment: "staging"))
        #expect(batch.deploys.isEmpty)
        #expect(batch.skipped == ["other environment": 4])
    }

    /// The newest status decides: `failure` after `in_progress` is skipped; `inactive` after `success` went live.
    @Test func newestStatusDecides() throws {
        func statuses(_ id: String, _ states: [(String, String)]) -> InputFile {
            let items = states.enumerated().map { i, s in
                #"{"id": \#(100 - i), "state": "\#(s.0)", "created_at": "\#(s.1)", "deployment_url": "https://api.github.com/repos/acme-corp/api/deployments/\#(id)"}"#
            }
            return InputFile(name: "https://api.github.com/repos/acme-corp/api/deployments/\(id)/statuses", contents: Data("[\(items.joined(separator: ","))]".utf8))
        }
        let inputs = [Self.deployments,
                      statuses("2461953130", [("inactive", "2026-11-24T09:30:12Z"), ("success", "2026-11-24T07:59:34Z")]),
                      statuses("2461953137", [("failure", "2026-11-24T09:31:00Z"), ("in_progress", "2026-11-24T09:25:33Z")]),
                      statuses("2461953144", [("error", "2026-11-24T10:59:00Z"), ("success", "2026-11-24T10:58:47Z")]),
                      InputFile(name: "https://api.github.com/repos/acme-corp/api/deployments/2461953151/statuses", contents: Data("[]".utf8))]
        let batch = try format.read(inputs, options: DeployImportOptions(service: "prod/api", environment: "production"))
        #expect(DeployRow.of(batch.deploys) == [Self.deploymentRows[0]])
        #expect(batch.skipped == ["failure deployment": 1, "error deployment": 1, "deployment without status": 1])
    }

    @Test func severalEnvironmentsNeedEnvironment() throws {
        let text = try String(contentsOfFile: Self.deployments.displayName, encoding: .utf8)
            .replacingOccurrences(of: "\"environment\": \"production\",\n    \"description\": null,\n    \"created_at\": \"2026-11-24T12:24:40Z\"",
                                  with: "\"environment\": \"staging\",\n    \"description\": null,\n    \"created_at\": \"2026-11-24T12:24:40Z\"")
        let input = InputFile(name: "deployments.json", contents: Data(text.utf8))
        #expect(throws: MemBlameError(.usage, "the deployments are for several environments (production, staging); pass --environment (e.g. --environment production)")) {
            _ = try format.read([input], options: DeployImportOptions(service: "prod/api"))
        }
    }

    @Test func severalWorkflowsNeedWorkflow() throws {
        let text = try String(contentsOfFile: Self.runs.displayName, encoding: .utf8).replacingOccurrences(of: "\"name\": \"Deploy\"", with: "\"name\": \"Ship\"")
        #expect(throws: MemBlameError(.usage, "the runs belong to several workflows (CI, Ship); pass --workflow with the deploy workflow's name or file (e.g. deploy.yml)")) {
            _ = try format.read([InputFile(name: "runs.json", contents: Data(text.utf8))], options: DeployImportOptions(service: "prod/api"))
        }
    }

    @Test func serviceIsRequired() throws {
        #expect(throws: MemBlameError(.usage, "GitHub names the repository, not the service of the memory series; pass --service (e.g. --service prod/api)")) {
            _ = try format.read([Self.runs], options: DeployImportOptions(branch: "main"))
        }
    }

    /// Fetched responses are named by their URLs; every shape is detected by content (the empty `[]` by URL).
    @Test func fetchedResponsesImportLikeFiles() throws {
        func fetched(_ file: InputFile, _ url: String) throws -> InputFile { InputFile(name: url, contents: try file.readAll()) }
        let api = "https://api.github.com/repos/acme-corp/api"
        var inputs = [try fetched(Self.deployments, "\(api)/deployments?environment=production&per_page=100")]
        for s in Self.statuses {
            inputs.append(try fetched(s, "\(api)/deployments/\(URL(fileURLWithPath: s.displayName).deletingPathExtension().lastPathComponent)/statuses"))
        }
        for p in Self.pulls {
            inputs.append(try fetched(p, "\(api)/commits/\(URL(fileURLWithPath: p.displayName).deletingPathExtension().lastPathComponent)/pulls"))
        }
        for input in inputs + [Self.runs] { #expect(try DeployFormats.detect(input).name == "github") }
        let db = try Database.inMemory()
        let options = DeployImportOptions(service: "prod/api", environment: "production")
        let first = try DeployStore(db).importFiles(inputs, options: options, source: "fetch")
        #expect(first.added == 4)
        #expect(try DeployStore(db).deploys().compactMap(\.pr) == [118, 121])
        let again = try DeployStore(db).importFiles(inputs, options: options, source: "fetch")
        #expect(again.added == 0)
        #expect(again.duplicates == 4)
        #expect(try db.scalar("SELECT COUNT(*) FROM deploys")?.int64 == 4)
    }

    @Test func runsAndDeploymentsTogetherWarnOfDoubleCounting() throws {
        let batch = try format.read([Self.runs, Self.deployments] + Self.statuses, options: DeployImportOptions(service: "prod/api", branch: "main", environment: "production"))
        #expect(batch.deploys.count == 8)
        #expect(batch.warnings == ["both Actions runs and deployments were given: if they describe the same deploys, each is counted twice; import one of them per service"])
    }
}
