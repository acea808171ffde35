import Foundation
import Testing
@testable import MemBlameKit
import MemBlameTestSupport

/// `git log --first-parent` of the scenario repository in every layout the README lists.
@Suite struct GitLogImportTests {
    let format = GitLogFormat()

    /// The first-parent history, oldest first: committer time (UTC), PR from the subject, author name.
    static let commits: [(sha: String, time: String, pr: Int?, title: String, author: String)] = [
        (Scenario.release, "2026-11-21T00:02:11Z", nil, "Release 1.40.0", "Dana Whitfield"),
        (Scenario.pr118, "2026-11-24T07:49:12Z", 118, Scenario.title118, "Priya Raman"),
        (Scenario.pr121, "2026-11-24T09:19:48Z", 121, Scenario.title121, "Dana Whitfield"),
        (Scenario.skipCI, "2026-11-24T10:05:30Z", nil, "Update runbook link in README [skip ci]", "Tomasz Nowak"),
        (Scenario.pr123, "2026-11-24T10:48:30Z", 123, Scenario.title123, "Tomasz Nowak"),
        (Scenario.pr124, "2026-11-24T12:19:05Z", 124, Scenario.title124, "dependabot[bot]"),
        (Scenario.revert125, "2026-11-24T13:41:10Z", 125, Scenario.title125, "Priya Raman"),
    ]

    static func expected() -> [Commit] {
        commits.enumerated().map { i, c in Commit(sha: c.sha, ts: Timestamp.parse(c.time)!, pr: c.pr, title: c.title, author: c.author, position: i) }
    }

    @Test(arguments: ["git/first-parent.tsv.txt", "git/first-parent.us-rs-with-body.txt", "git/first-parent.default.txt", "git/first-parent.fuller-iso-strict.txt"])
    func everyLayoutGivesTheSameHistory(_ path: String) throws {
        let input = Fixture.input(path)
        #expect(try DeployFormats.detect(input).name == "git-log")
        let batch = try format.read(input, options: DeployImportOptions())
        #expect(batch.commits == Self.expected())
        #expect(batch.deploys.isEmpty)
    }

    /// `git log --reverse` lists the same history oldest first.
    @Test func reversedOrderIsAccepted() throws {
        let lines = try String(contentsOfFile: Fixture.path("git/first-parent.tsv.txt"), encoding: .utf8).split(separator: "\n").reversed()
        let input = InputFile(name: "reversed.tsv", contents: Data((lines.joined(separator: "\n") + "\n").utf8))
        #expect(try format.read(input, options: DeployImportOptions()).commits == Self.expected())
    }

    @Test func realMergeCommitsFromForks() throws {
        let batch = try format.read(Fixture.input("git/real-public/github-gitignore.first-parent.merge-commits.tsv.txt"), options: DeployImportOptions())
        #expect(batch.commits.map(\.pr) == [4731, 4846, 4719, 4860, 4827, 4728, 4801, 4700])
        #expect(batch.commits.last?.title == "Merge pull request #4700 from G0rocks/main")
        #expect(batch.commits.allSatisfy { $0.author == nil })   // that layout has only the committer (GitHub)
    }

    @Test func realSquashMerges() throws {
        let batch = try format.read(Fixture.input("git/real-public/actions-checkout.first-parent.squash-merges.tsv.txt"), options: DeployImportOptions())
        #expect(batch.commits.map(\.pr) == [2476, 2474, 2499, 2518, 2521, 2530, 2531, 2537])
        #expect(Timestamp.iso(batch.commits.last!.ts) == "2026-07-20T16:20:47Z")   // -04:00 converted
    }

    /// `--as-deploys`: every first-parent commit except `[skip ci]` pushes is a deploy at its commit time, approximate.
    @Test func commitsAsDeploys() throws {
        let batch = try format.read(Fixture.input("git/first-parent.tsv.txt"), options: DeployImportOptions(service: "prod/api", branch: "main", asDeploys: true))
        let expected = Self.commits.filter { $0.sha != Scenario.skipCI }.map {
            DeployRow($0.time, sha: $0.sha, pr: $0.pr, title: $0.title, author: $0.author, source: "git", externalID: $0.sha, approximate: true)
        }
        #expect(DeployRow.of(batch.deploys) == expected)
        #expect(batch.skipped == ["[skip ci] commit": 1])
    }

    @Test func asDeploysNeedsService() throws {
        #expect(throws: MemBlameError(.usage, "--as-deploys records each commit as a deploy of a service; pass --service (e.g. --service prod/api)")) {
            _ = try format.read(Fixture.input("git/first-parent.tsv.txt"), options: DeployImportOptions(asDeploys: true))
        }
    }

    @Test func storesCommitsAndReimportAddsNothing() throws {
        let db = try Database.inMemory()
        let input = Fixture.input("git/first-parent.tsv.txt")
        #expect(try DeployStore(db).importFiles([input]).added == 7)
        let again = try DeployStore(db).importFiles([input])
        #expect(again.added == 0)
        #expect(again.duplicates == 7)
        #expect(try DeployStore(db).commits() == Self.expected())
    }

    /// Later exports of part of the history keep the stored first-parent order, overlapping or not.
    @Test(arguments: [(0..<3, 0..<7), (4..<7, 0..<4), (0..<4, 4..<7)])
    func partialLogsKeepTheOrder(_ first: Range<Int>, _ second: Range<Int>) throws {
        let lines = try String(contentsOfFile: Fixture.path("git/first-parent.tsv.txt"), encoding: .utf8).split(separator: "\n")
        func part(_ r: Range<Int>) -> InputFile { InputFile(name: "part-\(r).tsv", contents: Data(lines[r].joined(separator: "\n").utf8)) }
        let db = try Database.inMemory()
        _ = try DeployStore(db).importFiles([part(first)])
        _ = try DeployStore(db).importFiles([part(second)])
        #expect(try DeployStore(db).commits().map(\.sha) == Self.commits.map(\.sha))
    }

    /// A deploy that carries only a (short) SHA gets its PR, title and author from the imported history.
    @Test func enrichesShaOnlyDeploys() throws {
        let db = try Database.inMemory()
        let csv = InputFile(name: "deploys.csv", contents: Data("""
            time,service,sha
            2026-11-24T09:30:10Z,prod/api,9bde413
            2026-11-24T10:58:46Z,prod/api,5283837ED74E
            2026-11-24T11:00:00Z,prod/api,0000000
            """.utf8))
        _ = try DeployStore(db).importFiles([csv, Fixture.input("git/first-parent.tsv.txt")])
        let rows = try DeployStore(db).deploys().map { [$0.pr.map(String.init) ?? "-", $0.title ?? "-", $0.author ?? "-"] }
        #expect(rows == [["121", Scenario.title121, "Dana Whitfield"], ["123", Scenario.title123, "Tomasz Nowak"], ["-", "-", "-"]])
    }
}
