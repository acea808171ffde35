import Foundation
@testable import MemBlameKit
import MemBlameTestSupport

/// The replay server over Fixtures/fetch with one API's token set, and a client that retries twice without sleeping:
/// what the single-API fetch tests (Argo CD, GitLab) start from.
func replayHarness(tokenVariable: String, token: String) throws -> (LocalServer, HTTPClient) {
    let server = try LocalServer.replay(fixtures: Fixture.path("fetch"), environment: [tokenVariable: token])
    let client = HTTPClient(userAgent: "memblame/9.9.9", timeout: 10, retry: RetryPolicy(maxAttempts: 2, baseDelay: 0.01, maxDelay: 0.05, seed: 7))
    client.sleep = { _ in }
    return (server, client)
}
