import Foundation
import Testing
@testable import MemBlameKit
import MemBlameTestSupport

/// CircleCI API v2 exports of the scenario (formats README table): pipelines 1413, 1414, 1416 and 1418
/// deploy in the window, 1409 on 2026-11-21; the rest are distractors.
@Suite struct CircleCIImportTests {
    let format = CircleCIDeployFormat()
    let main = DeployImportOptions(service: "prod/api", branch: "main")

    /// The live times are the `deploy-production` jobs' `stopped_at` (fractions truncated).
    static let liveRows = [
        DeployRow("2026-11-21T00:12:33Z", sha: Scenario.release, pr: nil, title: "Release 1.40.0", source: "circleci", externalID: "10278ec0-289c-542d-851d-a094f9867fb8"),
        DeployRow("2026-11-24T07:59:33Z", sha: Scenario.pr118, pr: 118, title: Scenario.title118, source: "circleci", externalID: "75c53289-739c-537b-82f6-65e4d851bf2c"),
        DeployRow("2026-11-24T09:30:10Z", sha: Scenario.pr121, pr: 121, title: Scenario.title121, source: "circleci", externalID: "5c4d5da9-25ad-508d-ab8c-5317f05fce5d"),
        DeployRow("2026-11-24T10:58:46Z", sha: Scenario.pr123, pr: 123, title: Scenario.title123, source: "circleci", externalID: "3111b72e-ad3f-58c5-a8e0-3c5e6cf7142f"),
        DeployRow("2026-11-24T12:29:27Z", sha: Scenario.pr124, pr: 124, title: Scenario.title124, source: "circleci", externalID: "d593e643-e424-52e2-89a5-206b5a3b0fc2"),
    ]
    static let mainSkips = ["errored pipeline": 1, "tag pipeline": 1, "other branch": 3, "failed workflow": 1]

    @Test func pipelinesWorkflowsAndJobs() throws {
        let batch = try format.read(CircleCIFixtures.all, options: main)
        #expect(DeployRow.of(batch.deploys) == Self.liveRows)
        #expect(batch.skipped == Self.mainSkips)
        #expect(batch.warnings.isEmpty)
        #expect(batch.deploys.allSatisfy { $0.service == "prod/api" })
        #expect(batch.deploys.first { $0.pr == 123 }?.url == "https://app.circleci.com/pipelines/github/acme-corp/api/1416/workflows/6efe34aa-b092-5ef2-bf04-d1d32f7b3bd8")
    }

    /// Without job lists the deploy workflow's `stopped_at` is the time (equal to the deploy job's finish here).
    @Test func pipelinesAndWorkflows() throws {
        let batch = try format.read(CircleCIFixtures.pages + CircleCIFixtures.workflows, options: main)
        #expect(DeployRow.of(batch.deploys) == Self.liveRows)
        #expect(batch.skipped == Self.mainSkips)
    }

    /// The job list decides the time when the deploy job finished before the workflow (a later notify job).
    @Test func deployJobFinishBeatsWorkflowFinish() throws {
        let jobs = """
            {"next_page_token": null, "items": [
              {"name": "deploy-production", "type": "build", "status": "success", "stopped_at": "2026-11-24T07:59:33.975Z"},
              {"name": "notify", "type": "build", "status": "success", "stopped_at": "2026-11-24T08:03:00.000Z"}]}
            """
        let workflow = """
            {"next_page_token": null, "items": [{"pipeline_id": "75c53289-739c-537b-82f6-65e4d851bf2c", "id": "2d262bfb-707d-5140-9288-e2953f51a432",
              "name": "build-test-deploy", "status": "success", "stopped_at": "2026-11-24T08:03:00.000Z"}]}
            """
        let inputs = [Fixture.input("circleci/project-pipeline.page1.json"),
                      InputFile(name: "https://circleci.com/api/v2/pipeline/75c53289-739c-537b-82f6-65e4d851bf2c/workflow", contents: Data(workflow.utf8))]
        let withoutJobs = try format.read(inputs, options: main)
        #expect(withoutJobs.deploys.first { $0.pr == 118 }.map { Timestamp.iso($0.ts) } == "2026-11-24T08:03:00Z")
        let withJobs = try format.read(inputs + [InputFile(name: "https://circleci.com/api/v2/workflow/2d262bfb-707d-5140-9288-e2953f51a432/job", contents: Data(jobs.utf8))], options: main)
        #expect(withJobs.deploys.first { $0.pr == 118 }.map { Timestamp.iso($0.ts) } == "2026-11-24T07:59:33Z")
        #expect(withJobs.deploys.first { $0.pr == 118 }?.approximate == false)
    }

    /// With pipeline pages only, the time is the pipeline's creation, flagged approximate; the failed 1419 cannot be told apart.
    @Test func pipelinesOnlyAreApproximate() throws {
        let batch = try format.read(CircleCIFixtures.pages, options: main)
        #expect(DeployRow.of(batch.deploys) == [
            DeployRow("2026-11-21T00:02:14Z", sha: Scenario.release, pr: nil, title: "Release 1.40.0", source: "circleci", externalID: "10278ec0-289c-542d-851d-a094f9867fb8", approximate: true),
            DeployRow("2026-11-24T07:49:15Z", sha: Scenario.pr118, pr: 118, title: Scenario.title118, source: "circleci", externalID: "75c53289-739c-537b-82f6-65e4d851bf2c", approximate: true),
            DeployRow("2026-11-24T09:19:51Z", sha: Scenario.pr121, pr: 121, title: Scenario.title121, source: "circleci", externalID: "5c4d5da9-25ad-508d-ab8c-5317f05fce5d", approximate: true),
            DeployRow("2026-11-24T10:48:33Z", sha: Scenario.pr123, pr: 123, title: Scenario.title123, source: "circleci", externalID: "3111b72e-ad3f-58c5-a8e0-3c5e6cf7142f", approximate: true),
            DeployRow("2026-11-24T12:19:08Z", sha: Scenario.pr124, pr: 124, title: Scenario.title124, source: "circleci", externalID: "d593e643-e424-52e2-89a5-206b5a3b0fc2", approximate: true),
            DeployRow("2026-11-24T13:41:13Z", sha: Scenario.revert125, pr: 125, title: Scenario.title125, source: "circleci", externalID: "2ce2d040-44ea-5311-aa82-f933d08c16f1", approximate: true),
        ])
        #expect(batch.skipped == ["errored pipeline": 1, "tag pipeline": 1, "other branch": 3])
        #expect(batch.warnings.count == 1)
        #expect(batch.warnings.first?.hasPrefix("6 CircleCI pipeline(s) without workflow responses") == true)
    }

    /// Without `--branch` the branch pipelines' workflows have no deploy job, so they still do not count.
    @Test func branchBuildsWithoutDeployJobAreSkipped() throws {
        let batch = try format.read(CircleCIFixtures.all, options: DeployImportOptions(service: "prod/api"))
        #expect(DeployRow.of(batch.deploys) == Self.liveRows)
        #expect(batch.skipped == ["errored pipeline": 1, "tag pipeline": 1, "workflow without deploy job": 3, "failed workflow": 1])
    }

    /// Pipelines alone cannot tell branch builds from deploys: without `--branch` they are kept, with a warning.
    @Test func severalBranchesWithoutBranchFilterWarn() throws {
        let batch = try format.read(CircleCIFixtures.pages, options: DeployImportOptions(service: "prod/api"))
        #expect(batch.deploys.count == 9)
        #expect(batch.warnings.last == "the deploys come from several branches (feat/request-cache, fix/cache-eviction, main); pass --branch (e.g. --branch main) to keep only the deploy branch")
    }

    @Test func otherWorkflowNamesAreSkippedAndNamed() throws {
        let batch = try format.read(CircleCIFixtures.all, options: DeployImportOptions(service: "prod/api", branch: "main", workflow: "deploy"))
        #expect(batch.deploys.isEmpty)
        #expect(batch.skipped == ["errored pipeline": 1, "tag pipeline": 1, "other branch": 3, "other workflow": 6])
        #expect(batch.warnings == ["no CircleCI workflow named 'deploy'; the workflows are: build-test-deploy"])
    }

    @Test func namedJobMustExist() throws {
        let batch = try format.read(CircleCIFixtures.all, options: DeployImportOptions(service: "prod/api", branch: "main", job: "deploy-staging"))
        #expect(batch.deploys.isEmpty)
        #expect(batch.skipped["workflow without deploy job"] == 5)
    }

    @Test func serviceIsRequired() throws {
        #expect(throws: MemBlameError(.usage, "CircleCI names the project (gh/acme-corp/api), not the service of the memory series; pass --service (e.g. --service prod/api)")) {
            _ = try format.read(CircleCIFixtures.pages, options: DeployImportOptions(branch: "main"))
        }
    }

    /// Fetched pages arrive as URLs with contents: detection and joining work the same.
    @Test func fetchedPagesImportLikeFiles() throws {
        func fetched(_ file: InputFile, url: String) throws -> InputFile { InputFile(name: url, contents: try file.readAll()) }
        var inputs: [InputFile] = []
        inputs.append(try fetched(CircleCIFixtures.pages[0], url: "https://circleci.com/api/v2/project/gh/acme-corp/api/pipeline?branch=main"))
        inputs.append(try fetched(CircleCIFixtures.pages[1], url: "https://circleci.com/api/v2/project/gh/acme-corp/api/pipeline?branch=main&page-token=AARL"))
        for w in CircleCIFixtures.workflows {
            let id = URL(fileURLWithPath: w.displayName).deletingPathExtension().lastPathComponent
            inputs.append(try fetched(w, url: "https://circleci.com/api/v2/pipeline/\(id)/workflow"))
        }
        for j in CircleCIFixtures.jobs {
            let id = URL(fileURLWithPath: j.displayName).deletingPathExtension().lastPathComponent
            inputs.append(try fetched(j, url: "https://circleci.com/api/v2/workflow/\(id)/job?page-token=00000000-0000-4000-8000-000000000000"))
        }
        for input in inputs { #expect(try DeployFormats.detect(input).name == "circleci") }
        let db = try Database.inMemory()
        let report = try DeployStore(db).importFiles(inputs, options: main, source: "fetch")
        #expect(report.added == 5)
        #expect(DeployRow.of(try DeployStore(db).deploys()) == Self.liveRows)
        #expect(try db.scalar("SELECT COUNT(*) FROM imports WHERE source = 'fetch'")?.int64 == Int64(inputs.count))
    }

    @Test func reimportAddsNothingAndLiveTimesReplaceApproximateOnes() throws {
        let db = try Database.inMemory()
        let store = DeployStore(db)
        let first = try store.importFiles(CircleCIFixtures.pages, options: main)
        #expect(first.added == 6)
        let second = try store.importFiles(CircleCIFixtures.all, options: main)
        #expect(second.added == 0)
        #expect(second.files[0].notes.first == "4 approximate time(s) replaced by live times")
        let third = try store.importFiles(CircleCIFixtures.all, options: main)
        #expect(third.added == 0)
        #expect(third.duplicates == 5)
        let rows = DeployRow.of(try store.deploys())
        // The failed 1419 stays as imported from the pipeline pages alone: re-imports add or refine, never delete.
        #expect(rows == Self.liveRows + [DeployRow("2026-11-24T13:41:13Z", sha: Scenario.revert125, pr: 125, title: Scenario.title125, source: "circleci",
                                                   externalID: "2ce2d040-44ea-5311-aa82-f933d08c16f1", approximate: true)])
        #expect(try db.scalar("SELECT COUNT(*) FROM imports")?.int64 == Int64(2 + 2 * CircleCIFixtures.all.count))
    }

    @Test func oneImportsRowPerFileCreditingThePipelinePage() throws {
        let db = try Database.inMemory()
        _ = try DeployStore(db).importFiles(CircleCIFixtures.all, options: main)
        #expect(try db.scalar("SELECT COUNT(*) FROM imports WHERE kind = 'deploys' AND format = 'circleci'")?.int64 == Int64(CircleCIFixtures.all.count))
        #expect(try db.scalar("SELECT added FROM imports WHERE path LIKE '%page1.json'")?.int64 == 4)
        #expect(try db.scalar("SELECT added FROM imports WHERE path LIKE '%page2.json'")?.int64 == 1)
        #expect(try db.scalar("SELECT COUNT(DISTINCT import_id) FROM deploys")?.int64 == 2)
    }

    @Test(arguments: [
        ("https://circleci.com/api/v2/workflow/2d262bfb-707d-5140-9288-e2953f51a432/job?page-token=00000000-0000-4000-8000-000000000000", "2d262bfb-707d-5140-9288-e2953f51a432"),
        ("circleci/workflow-job/2D262BFB-707D-5140-9288-E2953F51A432.json", "2d262bfb-707d-5140-9288-e2953f51a432"),
        ("exports/75c53289-739c-537b-82f6-65e4d851bf2c/workflow-job/2d262bfb-707d-5140-9288-e2953f51a432.json", "2d262bfb-707d-5140-9288-e2953f51a432"),
        ("jobs.json", nil),
    ])
    func workflowIDFromName(_ name: String, _ id: String?) {
        #expect(CircleCIPage.lastUUID(in: name) == id)
    }

    /// Pages merged with jq into one `{"items": [...]}` document are recognised and read alike.
    @Test func mergedPages() throws {
        var items: [Any] = []
        for page in CircleCIFixtures.pages {
            items += (try JSONSerialization.jsonObject(with: try page.readAll()) as! [String: Any])["items"] as! [Any]
        }
        let merged = InputFile(name: "pipelines.json", contents: try JSONSerialization.data(withJSONObject: ["items": items]))
        #expect(try DeployFormats.detect(merged).name == "circleci")
        let batch = try format.read([merged] + CircleCIFixtures.workflows + CircleCIFixtures.jobs, options: main)
        #expect(DeployRow.of(batch.deploys) == Self.liveRows)
    }

    @Test func jobsNeedTheirWorkflowInTheName() throws {
        let input = InputFile(name: "jobs.json", contents: try CircleCIFixtures.jobs[0].readAll())
        #expect(throws: MemBlameError.badInput("cannot tell which workflow these jobs belong to (jobs carry no workflow id); name the file after the workflow id, as in workflow-job/<workflow-id>.json",
                                               at: SourceLocation(file: "jobs.json", jsonPath: "$.items"))) {
            _ = try format.read(CircleCIFixtures.pages + [input], options: main)
        }
    }
}
