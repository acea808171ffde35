import Foundation
import Testing
@testable import MemBlameKit
import MemBlameTestSupport

/// The generic deploy CSV: one deploy per line, any column order, times with offsets normalised to UTC.
@Suite struct GenericDeployCSVTests {
    let format = GenericDeployCSVFormat()
    var input: InputFile { Fixture.input("deploys-csv/scenario.csv") }

    @Test func scenarioRows() throws {
        #expect(try DeployFormats.detect(input).name == "deploys-csv")
        let batch = try format.read(input, options: DeployImportOptions(branch: "main"))
        #expect(DeployRow.of(batch.deploys) == [
            DeployRow("2026-11-24T07:59:33Z", sha: Scenario.pr118, pr: 118, title: "Add LRU request cache", author: "Priya Raman", source: "csv", externalID: "1795507173-\(Scenario.pr118)"),
            DeployRow("2026-11-24T09:30:10Z", sha: Scenario.pr121, pr: 121, title: "Add per-tenant rate limiter", author: "Dana Whitfield", source: "csv", externalID: "1795512610-\(Scenario.pr121)"),
            DeployRow("2026-11-24T10:58:46Z", sha: "5283837", pr: nil, title: nil, author: nil, source: "csv", externalID: "1795517926-5283837"),
            DeployRow("2026-11-24T12:29:27Z", sha: Scenario.pr124, pr: 124, title: "Bump aws-sdk from 2.31.3 to 2.31.4", author: "dependabot[bot]", source: "csv", externalID: "1795523367-\(Scenario.pr124)"),
            DeployRow("2026-11-24T12:30:00Z", sha: Scenario.pr124, pr: 124, title: "Bump aws-sdk from 2.31.3 to 2.31.4", author: "dependabot[bot]", source: "csv", externalID: "1795523400-\(Scenario.pr124)"),
        ])
        #expect(batch.deploys.map(\.service).sorted() == ["prod/api", "prod/api", "prod/api", "prod/api", "prod/worker"])
        #expect(batch.skipped == ["other branch": 1])
        #expect(batch.deploys.first { $0.pr == 118 }?.url == "https://github.com/acme-corp/api/pull/118")
    }

    /// The short SHA row is completed by the git log; re-import adds nothing.
    @Test func enrichedAndIdempotent() throws {
        let db = try Database.inMemory()
        let options = DeployImportOptions(branch: "main")
        let first = try DeployStore(db).importFiles([input, Fixture.input("git/first-parent.tsv.txt")], options: options)
        #expect(first.files.map(\.added) == [5, 7])
        let row = try DeployStore(db).deploys().first { $0.sha == "5283837" }
        #expect(row?.pr == 123)
        #expect(row?.title == Scenario.title123)
        #expect(row?.author == "Tomasz Nowak")
        #expect(try DeployStore(db).importFiles([input], options: options).added == 0)
        #expect(try DeployStore(db).deploys(service: "prod/api").count == 4)
    }
}
