import Foundation
@testable import MemBlameKit
import MemBlameTestSupport

/// A deploy spelled out for comparison: the live time as ISO text, so a failing test shows readable times.
struct DeployRow: Equatable, CustomStringConvertible {
    var time: String
    var sha: String?
    var pr: Int?
    var title: String?
    var author: String?
    var source: String
    var externalID: String
    var branch: String?
    var approximate = false

    init(_ time: String, sha: String?, pr: Int?, title: String?, author: String? = nil, source: String, externalID: String,
         branch: String? = "main", approximate: Bool = false) {
        self.time = time
        self.sha = sha
        self.pr = pr
        self.title = title
        self.author = author
        self.source = source
        self.externalID = externalID
        self.branch = branch
        self.approximate = approximate
    }

    init(_ d: Deploy) {
        self.init(Timestamp.iso(d.ts), sha: d.sha, pr: d.pr, title: d.title, author: d.author, source: d.source,
                  externalID: d.externalID, branch: d.branch, approximate: d.approximate)
    }

    var description: String {
        "\(time) \(sha.map { String($0.prefix(8)) } ?? "-") #\(pr.map(String.init) ?? "-") \(title ?? "-") by \(author ?? "-") [\(source) \(externalID)\(approximate ? " approx" : "")]"
    }

    /// Rows of deploys sorted by time, as the listing shows them.
    static func of(_ deploys: [Deploy]) -> [DeployRow] {
        deploys.sorted { ($0.ts, $0.externalID) < ($1.ts, $1.externalID) }.map(DeployRow.init)
    }
}

/// The scenario's commits (formats README table), by short SHA.
enum Scenario {
    static let release = "5c84233b5d7b6e78a4f0eff6438f385e2aa4d89e"
    static let pr118 = "cd025666af77dec986a804c517b56da795eefed6"
    static let pr121 = "9bde413f0e5ba553e2a3aef48437faac9066d736"
    static let skipCI = "56663df865abbb27dff2d07362f6b4af8dfbca78"
    static let pr123 = "5283837ed74ea14a938b1f1936e76760756fd7f5"
    static let pr124 = "579959ce3dd0f5dad38937e0fc8d316284143e29"
    static let revert125 = "a80a9aee329fbc5f0cdfd351817e2603f066d994"

    static let title118 = "Merge pull request #118 from acme-corp/feat/request-cache"
    static let title121 = "Add per-tenant rate limiter (#121)"
    static let title123 = "Merge pull request #123 from acme-corp/fix/cache-eviction"
    static let title124 = "Bump aws-sdk from 2.31.3 to 2.31.4 (#124)"
    static let title125 = "Revert \"Add per-tenant rate limiter (#121)\" (#125)"
}

/// Fixture file lists of the CircleCI export.
enum CircleCIFixtures {
    static func files(_ folder: String) -> [InputFile] {
        let dir = Fixture.path("circleci/" + folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names.sorted().map { InputFile(path: dir + "/" + $0) }
    }

    static var pages: [InputFile] { [Fixture.input("circleci/project-pipeline.page1.json"), Fixture.input("circleci/project-pipeline.page2.json")] }
    static var workflows: [InputFile] { files("pipeline-workflow") }
    static var jobs: [InputFile] { files("workflow-job") }
    static var all: [InputFile] { pages + workflows + jobs }
}
