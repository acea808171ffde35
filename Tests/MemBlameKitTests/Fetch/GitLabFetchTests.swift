import Foundation
import Testing
@testable import MemBlameKit
import MemBlameTestSupport

/// `GitLabFetcher` against the replay server (Fixtures/fetch/gitlab): paging, the token header, the deploys.
@Suite(.serialized) struct GitLabFetchTests {
    static let token = "glpat-REPLAY-t0ken-1a2b3c"

    func harness() throws -> (LocalServer, HTTPClient) {
        try replayHarness(tokenVariable: "REPLAY_GITLAB_TOKEN", token: Self.token)
    }

    @Test func deploymentsArePagedAndBecomeDeploys() throws {
        let (server, client) = try harness()
        defer { server.stop() }
        let db = try Database.inMemory()
        let fetcher = GitLabFetcher(client: client, token: Self.token, apiURL: server.baseURL)
        let report = try fetcher.fetch(GitLabQuery(project: "acme-corp/api", environment: "production", since: Timestamp.parse("2026-03-01T00:00:00Z")), into: db, service: "shop/api")
        #expect(report.added == 5)
        #expect(report.files.count == 3)
        let paths = try server.requests().map(\.path)
        #expect(paths.first == "/api/v4/projects/acme-corp%2Fapi/deployments?environment=production&status=success&order_by=updated_at&sort=desc&per_page=100&updated_after=2026-03-01T00%3A00%3A00Z")
        #expect(paths.count == 3 && paths.dropFirst().allSatisfy { $0.contains("page=") })
        #expect(try server.requests().allSatisfy(\.auth))
        let deploys = try DeployStore(db).deploys(service: "shop/api")
        #expect(deploys.map(\.externalID) == ["700", "701", "702", "703", "704"])
        #expect(deploys.map { Timestamp.iso($0.ts) } == ["2026-03-01T22:00:41Z", "2026-03-02T12:00:37Z", "2026-03-03T00:00:45Z", "2026-03-03T12:00:39Z", "2026-03-04T00:00:42Z"])
        // The job's finish is the time; without one the deployment's last update stands in, marked approximate.
        #expect(deploys.map(\.approximate) == [false, false, true, false, false])
        #expect(deploys.map(\.pr) == [101, 102, nil, 104, 105])
        #expect(deploys[0].title == "Merge branch 'feature/checkout-v2' into 'main'")
        #expect(deploys[3].author == "Dev 3" && deploys[3].branch == "main" && deploys[3].sha == "4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f70")
        #expect(deploys[4].url == "https://gitlab.example.com/acme-corp/api/-/pipelines/5004")
        #expect(try fetcher.fetch(GitLabQuery(project: "acme-corp/api", environment: "production"), into: db, service: "shop/api").duplicates == 5)
    }

    @Test func aWrongTokenAndAMissingProject() throws {
        let (server, client) = try harness()
        defer { server.stop() }
        let db = try Database.inMemory()
        do {
            _ = try GitLabFetcher(client: client, token: "glpat-wr0ng", apiURL: server.baseURL).fetch(GitLabQuery(project: "acme-corp/api", environment: "production"), into: db, service: "s")
            Issue.record("a wrong token must fail")
        } catch let error as MemBlameError {
            #expect(error.message == "GitLab token rejected (HTTP 401: 401 Unauthorized); check GITLAB_TOKEN")
        }
        do {
            _ = try GitLabFetcher(client: client, token: Self.token, apiURL: server.baseURL).fetch(GitLabQuery(project: "acme-corp/web", environment: "production"), into: db, service: "s")
            Issue.record("a missing project must fail")
        } catch let error as MemBlameError {
            #expect(error.message.hasPrefix("GitLab has no such resource (HTTP 404: 404 Project Not Found)"), "\(error.message)")
        }
    }

    @Test(arguments: [("Merge branch 'x' into 'main'\n\nSee merge request acme-corp/api!123", 123), ("See merge request !7", 7),
                      ("Fix typo", nil), ("See merge request acme/api!", nil)] as [(String, Int?)])
    func mergeRequestNumbers(_ message: String, _ number: Int?) {
        #expect(GitLabFetcher.mergeRequest(in: message) == number)
    }
}
