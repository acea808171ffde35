import Foundation
import Testing
import MemBlameTestSupport

/// `memblame import deploys` and `memblame deploys` on the scenario's CircleCI export and git log.
@Suite struct DeployCLITests {
    let binary = Repository.memblameBinary
    let fixtures = Repository.root.appendingPathComponent("Tests/MemBlameKitTests/Fixtures")

    func circleCIFiles() throws -> [String] {
        let dir = fixtures.appendingPathComponent("circleci")
        var files = [dir.appendingPathComponent("project-pipeline.page1.json").path, dir.appendingPathComponent("project-pipeline.page2.json").path]
        for folder in ["pipeline-workflow", "workflow-job"] {
            let sub = dir.appendingPathComponent(folder)
            files += try FileManager.default.contentsOfDirectory(atPath: sub.path).sorted().map { sub.appendingPathComponent($0).path }
        }
        return files
    }

    @Test func importListAndReimport() throws {
        let db = Scratch.folder().appendingPathComponent("d.db").path
        let files = try circleCIFiles()
        let first = try runProcess(binary, ["import", "deploys", "--db", db, "--service", "prod/api", "--branch", "main"] + files)
        #expect(first.status == 0)
        // Many files of one format are summarised in one line.
        #expect(first.stdout == "\(files.count) circleci files: added 5 rows; skipped 1 errored pipeline, skipped 1 failed workflow, skipped 3 other branch, skipped 1 tag pipeline\n")
        let git = fixtures.appendingPathComponent("git/first-parent.tsv.txt").path
        #expect(try runProcess(binary, ["import", "deploys", "--db", db, git]).stdout == "\(git): git-log: added 7 rows\n")
        let again = try runProcess(binary, ["import", "deploys", "--db", db, "--service", "prod/api", "--branch", "main"] + files)
        #expect(again.stdout.hasPrefix("\(files.count) circleci files: added 0 rows, 5 already present (already imported; nothing new); skipped"))

        let listed = try runProcess(binary, ["deploys", "--db", db, "--format", "csv", "--since", "2026-11-24T00:00:00Z", "--tz", "Asia/Kolkata"])
        #expect(listed.status == 0)
        let lines = listed.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 5)
        #expect(lines[0] == "time,service,pr,sha,title,author,source,branch,approximate,url")
        #expect(lines[1] == "2026-11-24T13:29:33+05:30,prod/api,118,cd025666af77,Merge pull request #118 from acme-corp/feat/request-cache,Priya Raman,circleci,main,no,https://app.circleci.com/pipelines/github/acme-corp/api/1413/workflows/2d262bfb-707d-5140-9288-e2953f51a432")
        #expect(lines[4].hasPrefix("2026-11-24T17:59:27+05:30,prod/api,124,579959ce3dd0,Bump aws-sdk from 2.31.3 to 2.31.4 (#124),dependabot[bot],circleci,main,no,"))
        let utc = try runProcess(binary, ["deploys", "--db", db, "--format", "csv", "--service", "prod/api"])
        #expect(utc.stdout.split(separator: "\n").dropFirst().map { String($0.prefix(20)) }
                == ["2026-11-21T00:12:33Z", "2026-11-24T07:59:33Z", "2026-11-24T09:30:10Z", "2026-11-24T10:58:46Z", "2026-11-24T12:29:27Z"])
    }

    @Test func missingServiceIsAUsageError() throws {
        let db = Scratch.folder().appendingPathComponent("d.db").path
        let result = try runProcess(binary, ["import", "deploys", "--db", db] + (try circleCIFiles()))
        #expect(result.status == 64)
        #expect(result.stderr == "memblame: error: CircleCI names the project (gh/acme-corp/api), not the service of the memory series; pass --service (e.g. --service prod/api)\n")
    }

    @Test func warningsGoToStandardError() throws {
        let db = Scratch.folder().appendingPathComponent("d.db").path
        let pages = Array(try circleCIFiles().prefix(2))
        let result = try runProcess(binary, ["import", "deploys", "--db", db, "--service", "prod/api", "--branch", "main"] + pages)
        #expect(result.status == 0)
        #expect(result.stderr.contains("6 CircleCI pipeline(s) without workflow responses"))
        let listed = try runProcess(binary, ["deploys", "--db", db, "--format", "json"])
        #expect(listed.stdout.components(separatedBy: "\"approximate\": true").count == 7)
    }
}
