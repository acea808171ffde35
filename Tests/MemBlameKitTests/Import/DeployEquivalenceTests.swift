import Foundation
import Testing
@testable import MemBlameKit
import MemBlameTestSupport

/// The same history read from different sources gives the same deploy list once the git log has
/// enriched it: the PR, title and author of a deploy do not depend on where its SHA came from.
@Suite struct DeployEquivalenceTests {
    static let main = DeployImportOptions(service: "prod/api", branch: "main")
    static var gitLog: InputFile { Fixture.input("git/first-parent.tsv.txt") }

    /// The CircleCI deploys after enrichment: times from the deploy jobs, authors from the git history.
    static let enriched = [
        DeployRow("2026-11-21T00:12:33Z", sha: Scenario.release, pr: nil, title: "Release 1.40.0", author: "Dana Whitfield", source: "circleci", externalID: "10278ec0-289c-542d-851d-a094f9867fb8"),
        DeployRow("2026-11-24T07:59:33Z", sha: Scenario.pr118, pr: 118, title: Scenario.title118, author: "Priya Raman", source: "circleci", externalID: "75c53289-739c-537b-82f6-65e4d851bf2c"),
        DeployRow("2026-11-24T09:30:10Z", sha: Scenario.pr121, pr: 121, title: Scenario.title121, author: "Dana Whitfield", source: "circleci", externalID: "5c4d5da9-25ad-508d-ab8c-5317f05fce5d"),
        DeployRow("2026-11-24T10:58:46Z", sha: Scenario.pr123, pr: 123, title: Scenario.title123, author: "Tomasz Nowak", source: "circleci", externalID: "3111b72e-ad3f-58c5-a8e0-3c5e6cf7142f"),
        DeployRow("2026-11-24T12:29:27Z", sha: Scenario.pr124, pr: 124, title: Scenario.title124, author: "dependabot[bot]", source: "circleci", externalID: "d593e643-e424-52e2-89a5-206b5a3b0fc2"),
    ]

    /// The pipeline pages without `vcs.commit` (pipelines triggered through the API carry none): only SHAs.
    static func pagesWithoutCommitDetails() throws -> [InputFile] {
        try CircleCIFixtures.pages.map { page in
            var json = try JSONSerialization.jsonObject(with: try page.readAll()) as! [String: Any]
            json["items"] = (json["items"] as! [[String: Any]]).map { item in
                var item = item
                var vcs = item["vcs"] as! [String: Any]
                vcs.removeValue(forKey: "commit")
                item["vcs"] = vcs
                return item
            }
            return InputFile(name: page.displayName, contents: try JSONSerialization.data(withJSONObject: json))
        }
    }

    static func list(_ inputs: [InputFile], options: DeployImportOptions = main) throws -> [DeployRow] {
        let db = try Database.inMemory()
        _ = try DeployStore(db).importFiles(inputs, options: options)
        return DeployRow.of(try DeployStore(db).deploys())
    }

    @Test func circleCIAndGitLogGiveTheSameDeploys() throws {
        let shaOnly = try Self.pagesWithoutCommitDetails() + CircleCIFixtures.workflows + CircleCIFixtures.jobs
        let fromCircleCIAlone = try Self.list(shaOnly)
        #expect(fromCircleCIAlone.allSatisfy { $0.pr == nil && $0.title == nil && $0.author == nil })

        let withSubjects = try Self.list(CircleCIFixtures.all + [Self.gitLog])
        let withGitLog = try Self.list(shaOnly + [Self.gitLog])
        #expect(withSubjects == Self.enriched)
        #expect(withGitLog == Self.enriched)
        // Imported in separate invocations, git log first or last, the result is the same.
        let db = try Database.inMemory()
        _ = try DeployStore(db).importFiles([Self.gitLog])
        _ = try DeployStore(db).importFiles(shaOnly, options: Self.main)
        #expect(DeployRow.of(try DeployStore(db).deploys()) == Self.enriched)
    }

    /// Every deploy ships a first-parent commit after it was merged; the deployed PRs are the history's
    /// PRs except the revert, whose pipeline failed.
    @Test func deploysFollowTheFirstParentHistory() throws {
        let commits = try GitLogFormat().read(Self.gitLog, options: DeployImportOptions()).commits
        let deploys = try CircleCIDeployFormat().read(CircleCIFixtures.all, options: Self.main).deploys
        for d in deploys {
            let commit = commits.first { $0.sha == d.sha }
            #expect(commit != nil)
            #expect(commit.map { d.ts > $0.ts && d.ts - $0.ts < 15 * 60 } == true, "deploy \(d.externalID) should follow its merge within 15 minutes")
        }
        #expect(deploys.compactMap(\.pr).sorted() == commits.compactMap(\.pr).filter { $0 != 125 })
    }

    /// The GitHub Actions set-up of the same deploys lists the same commits and PRs, a few seconds later.
    @Test func githubActionsAndCircleCIAgreeAfterEnrichment() throws {
        let circle = try Self.list(CircleCIFixtures.all + [Self.gitLog])
        let actions = try Self.list([Fixture.input("github/actions-runs.json"), Self.gitLog])
        let project = { (rows: [DeployRow]) in rows.filter { $0.time >= "2026-11-24" }.map { [$0.sha, $0.pr.map(String.init), $0.title, $0.author] } }
        #expect(project(circle) == project(actions))
        for (c, a) in zip(circle.dropFirst(), actions) {
            let gap = Timestamp.parse(a.time)! - Timestamp.parse(c.time)!
            #expect((0...5).contains(gap))
        }
    }
}
