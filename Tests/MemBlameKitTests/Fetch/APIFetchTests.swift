import Foundation
import Testing
@testable import MemBlameKit
import MemBlameTestSupport

/// CircleCI and GitHub page collection against the loopback replay server (recorded pages in
/// Fixtures/fetch): pagination, retries on 429 and 500, timeouts, malformed JSON, rejected tokens.
@Suite(.serialized) struct APIFetchTests {
    static let circleToken = "circle-TOKEN-7f3a9c"
    static let githubToken = "ghp_REPLAYTOKEN0000111122223333"

    /// A replay server and a client that records its waits instead of sleeping.
    final class Harness {
        let server: LocalServer
        let client: HTTPClient
        var sleeps: [Double] = []

        init(_ behaviours: [String] = [], timeout: Double = 10, attempts: Int = 3) throws {
            server = try LocalServer.replay(fixtures: Fixture.path("fetch"), behaviours: behaviours,
                                            environment: ["REPLAY_CIRCLE_TOKEN": APIFetchTests.circleToken, "REPLAY_GITHUB_TOKEN": APIFetchTests.githubToken])
            client = HTTPClient(userAgent: "memblame/9.9.9", timeout: timeout, retry: RetryPolicy(maxAttempts: attempts, baseDelay: 0.01, maxDelay: 0.05, seed: 7))
            client.sleep = { [unowned self] in self.sleeps.append($0) }
        }

        func circle(token: String = APIFetchTests.circleToken) -> CircleCIFetcher {
            CircleCIFetcher(client: client, token: token, baseURL: server.baseURL)
        }

        func github(token: String = APIFetchTests.githubToken) -> GitHubFetcher {
            GitHubFetcher(client: client, token: token, apiURL: server.baseURL)
        }
    }

    static let deployPipelines = ["2ce2d040", "d593e643", "03753741", "3111b72e", "4c89f936", "5c4d5da9", "75c53289", "e3b982dc", "d5b6a51b", "bf79ef3d", "10278ec0"]

    @Test func circleCIFollowsPageTokensAndFetchesDeployJobs() throws {
        let h = try Harness()
        defer { h.server.stop() }
        let pages = try h.circle().fetchPages(CircleCIQuery(projectSlug: "gh/acme-corp/api", branch: "main", workflow: "build-test-deploy"))
        let requests = try h.server.requests()
        #expect(requests.allSatisfy { $0.auth && $0.userAgent == "memblame/9.9.9" })
        let paths = requests.map(\.path)
        #expect(paths[0] == "/api/v2/project/gh/acme-corp/api/pipeline?branch=main")
        #expect(paths[1] == "/api/v2/project/gh/acme-corp/api/pipeline?branch=main&page-token=AARLwwV5RKtgFDnfq3Wy9G2mfUhPQ5Lm3bYGSJkQ1p0r7tUU3Fq8hdiXJnzBsH0lvvE")
        // Every one of the 11 pipelines' workflows is read; jobs only for the 9 workflows named build-test-deploy.
        #expect(paths.filter { $0.hasSuffix("/workflow") }.count == 11)
        for id in Self.deployPipelines { #expect(paths.contains { $0.hasPrefix("/api/v2/pipeline/\(id)") }) }
        let jobPaths = paths.filter { $0.hasSuffix("/job") }
        #expect(jobPaths.count == 9)
        #expect(!jobPaths.contains("/api/v2/workflow/f4034c1f-1d96-533f-a25e-e3d68a20faec/job"))  // the tag's release workflow
        #expect(jobPaths.contains("/api/v2/workflow/2d262bfb-707d-5140-9288-e2953f51a432/job"))   // pipeline 1413's deploy
        #expect(pages.count == paths.count)
        #expect(pages.map(\.displayName) == paths.map { h.server.baseURL + $0 })
        #expect(h.sleeps.isEmpty)
    }

    @Test func circleCIStopsPagingAtSince() throws {
        let h = try Harness()
        defer { h.server.stop() }
        let since = Timestamp.parse("2026-11-24T10:00:00Z")!
        _ = try h.circle().fetchPages(CircleCIQuery(projectSlug: "gh/acme-corp/api", branch: "main", workflow: "build-test-deploy", since: since))
        let paths = try h.server.requests().map(\.path)
        #expect(!paths.contains { $0.contains("page-token") })
        // Pipelines 1419, 1418, 1417, 1416 and 1415 are newer than 10:00.
        #expect(paths.filter { $0.hasSuffix("/workflow") }.count == 5)
    }

    @Test func retryAfterOn429IsHonoured() throws {
        let h = try Harness(["429@/pipeline?"])
        defer { h.server.stop() }
        let pages = try h.circle().fetchPages(CircleCIQuery(projectSlug: "gh/acme-corp/api", workflow: "build-test-deploy"))
        #expect(h.sleeps == [1.0])
        let paths = try h.server.requests().map(\.path)
        #expect(paths[0] == paths[1])  // the same page asked twice
        #expect(pages.count == paths.count - 1)
    }

    @Test func a500IsRetriedWithBackoff() throws {
        let h = try Harness(["500@/statuses"])
        defer { h.server.stop() }
        let pages = try h.github().fetchPages(GitHubQuery(repo: "acme-corp/api", environment: "production"))
        #expect(h.sleeps.count == 1)
        #expect(h.sleeps[0] >= 0.005 && h.sleeps[0] <= 0.01)
        #expect(pages.filter { $0.displayName.hasSuffix("/statuses?per_page=100") }.count == 4)
    }

    @Test func aSlowAnswerTimesOutAndIsRetried() throws {
        // The slow answer comes after 3 s; 2 s is long enough for every other answer on a loaded machine.
        let h = try Harness(["slow@/pipeline?"], timeout: 2)
        defer { h.server.stop() }
        _ = try h.circle().fetchPages(CircleCIQuery(projectSlug: "gh/acme-corp/api", workflow: "build-test-deploy"))
        #expect(h.sleeps.count == 1)
        #expect(h.client.attempts == (try h.server.requests().count))
    }

    @Test func anAlwaysSlowServerEndsWithATimeoutError() throws {
        let h = try Harness(["slow-always@/pipeline?"], timeout: 2, attempts: 2)
        defer { h.server.stop() }
        let url = h.server.baseURL + "/api/v2/project/gh/acme-corp/api/pipeline?branch=main"
        #expect(throws: MemBlameError(.io, "GET \(url): no complete answer within 2 s (timed out), still failing after 2 attempts")) {
            try h.circle().fetchPages(CircleCIQuery(projectSlug: "gh/acme-corp/api", workflow: "build-test-deploy"))
        }
    }

    @Test func malformedJSONIsALocatedError() throws {
        let h = try Harness(["malformed@/pipeline/75c53289"])
        defer { h.server.stop() }
        do {
            _ = try h.circle().fetchPages(CircleCIQuery(projectSlug: "gh/acme-corp/api", workflow: "build-test-deploy"))
            Issue.record("malformed JSON must fail")
        } catch let error as MemBlameError {
            #expect(error.kind == .badInput)
            #expect(error.location == SourceLocation(file: h.server.baseURL + "/api/v2/pipeline/75c53289-739c-537b-82f6-65e4d851bf2c/workflow", jsonPath: "$"))
            #expect(error.message.hasPrefix("expected valid JSON"))
        }
    }

    @Test func rejectedTokensSaySo() throws {
        let h = try Harness()
        defer { h.server.stop() }
        let circleURL = h.server.baseURL + "/api/v2/project/gh/acme-corp/api/pipeline?branch=main"
        #expect(throws: MemBlameError(.usage, "CircleCI token rejected (HTTP 401: Invalid token provided.); check CIRCLE_TOKEN", at: SourceLocation(file: circleURL))) {
            try h.circle(token: "wrong-token").fetchPages(CircleCIQuery(projectSlug: "gh/acme-corp/api", workflow: "build-test-deploy"))
        }
        let ghURL = h.server.baseURL + "/repos/acme-corp/api/deployments?environment=production&per_page=100"
        #expect(throws: MemBlameError(.usage, "GitHub token rejected (HTTP 401: Bad credentials); check GITHUB_TOKEN or GH_TOKEN", at: SourceLocation(file: ghURL))) {
            try h.github(token: "wrong-token").fetchPages(GitHubQuery(repo: "acme-corp/api", environment: "production"))
        }
    }

    @Test func gitHubDeploymentsFollowLinkPaginationAndLookUpPRs() throws {
        let h = try Harness()
        defer { h.server.stop() }
        let pages = try h.github().fetchPages(GitHubQuery(repo: "acme-corp/api", environment: "production"))
        let paths = try h.server.requests().map(\.path)
        #expect(paths.allSatisfy { !$0.contains("__") })
        #expect(paths.prefix(2) == ["/repos/acme-corp/api/deployments?environment=production&per_page=100",
                                    "/repos/acme-corp/api/deployments?environment=production&per_page=100&page=2"])
        #expect(paths.filter { $0.contains("/statuses") }.count == 4)
        #expect(paths.filter { $0.hasSuffix("/pulls") }.count == 4)
        #expect(pages.count == paths.count)
    }

    @Test func gitHubWorkflowRunsAndTheRateLimitWait() throws {
        let h = try Harness(["ratelimit@/runs"])
        defer { h.server.stop() }
        let pages = try h.github().fetchPages(GitHubQuery(repo: "acme-corp/api", workflow: "deploy.yml", branch: "main"))
        let paths = try h.server.requests().map(\.path)
        #expect(paths[0] == "/repos/acme-corp/api/actions/workflows/deploy.yml/runs?branch=main&status=success&per_page=100")
        // 4 successful Deploy runs on main, one page; none names its PR, so 4 commits/{sha}/pulls lookups.
        #expect(paths.filter { $0.hasSuffix("/pulls") }.count == 4)
        #expect(pages.count == 5)
        // The first answer said X-RateLimit-Remaining: 0 with a reset 1 s ahead: the next request waited for it.
        #expect(h.sleeps.count == 1 && h.sleeps[0] > 0 && h.sleeps[0] <= 2.01)
    }

    @Test func workflowAndEnvironmentAreExclusive() throws {
        let h = try Harness()
        defer { h.server.stop() }
        #expect(throws: MemBlameError(.usage, "name exactly one of --workflow FILE (Actions runs) and --environment NAME (deployments)")) {
            try h.github().fetchPages(GitHubQuery(repo: "acme-corp/api", workflow: "deploy.yml", environment: "production"))
        }
    }
}
