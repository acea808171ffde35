import Foundation
import Testing
@testable import MemBlameKit

/// Retry decisions: which outcomes retry, how long they wait, when they give up.
@Suite struct RetryPolicyTests {
    func response(_ status: Int, _ headers: [String: String] = [:]) -> Result<HTTPResponse, HTTPClient.TransferError> {
        .success(HTTPResponse(status: status, headers: headers))
    }

    @Test(arguments: [200, 201, 304, 400, 401, 403, 404, 422])
    func finalStatusesAreNotRetried(_ status: Int) {
        var policy = RetryPolicy(seed: 1)
        #expect(policy.decide(attempt: 1, outcome: response(status), now: 0) == .done)
    }

    @Test func retryAfterSecondsIsHonoured() {
        var policy = RetryPolicy(seed: 1)
        #expect(policy.decide(attempt: 1, outcome: response(429, ["retry-after": "1"]), now: 0) == .retry(delay: 1, reason: "HTTP 429 (rate limited)"))
    }

    @Test func retryAfterHTTPDateIsHonoured() {
        var policy = RetryPolicy(seed: 1)
        // Wed, 25 Nov 2026 04:00:07 GMT is 7 s after 1795579200.
        let decision = policy.decide(attempt: 1, outcome: response(503, ["retry-after": "Wed, 25 Nov 2026 04:00:07 GMT"]), now: 1_795_579_200)
        #expect(decision == .retry(delay: 7, reason: "HTTP 503"))
    }

    @Test func serverErrorsBackOffExponentiallyWithSeededJitter() {
        var policy = RetryPolicy(maxAttempts: 10, baseDelay: 1, maxDelay: 8, seed: 42)
        var delays: [Double] = []
        for attempt in 1...6 {
            guard case .retry(let delay, let reason) = policy.decide(attempt: attempt, outcome: response(500), now: 0) else {
                Issue.record("attempt \(attempt) did not retry")
                return
            }
            #expect(reason == "HTTP 500")
            delays.append(delay)
        }
        // Equal jitter: each delay lies in [cap/2, cap] with cap = min(8, 2^(attempt-1)).
        for (i, delay) in delays.enumerated() {
            let cap = min(8, pow(2, Double(i)))
            #expect(delay >= cap / 2 && delay <= cap, "attempt \(i + 1): \(delay)")
        }
        // The same seed gives the same delays.
        var again = RetryPolicy(maxAttempts: 10, baseDelay: 1, maxDelay: 8, seed: 42)
        let repeated = (1...6).map { attempt -> Double in
            if case .retry(let d, _) = again.decide(attempt: attempt, outcome: response(500), now: 0) { return d }
            return -1
        }
        #expect(repeated == delays)
    }

    @Test func givesUpAfterMaxAttempts() {
        var policy = RetryPolicy(maxAttempts: 3, seed: 1)
        #expect(policy.decide(attempt: 3, outcome: response(502), now: 0) == .giveUp("HTTP 502, still failing after 3 attempts"))
    }

    @Test func tooLongRetryAfterGivesUpAtOnce() {
        var policy = RetryPolicy(maxServerDelay: 60, seed: 1)
        #expect(policy.decide(attempt: 1, outcome: response(429, ["retry-after": "3600"]), now: 0)
                == .giveUp("HTTP 429 (rate limited); the server asks to wait 1h, longer than memblame waits (1m); try again later"))
    }

    @Test func exhaustedGitHubRateLimitWaitsForTheReset() {
        var policy = RetryPolicy(seed: 1)
        let decision = policy.decide(attempt: 1, outcome: response(403, ["x-ratelimit-remaining": "0", "x-ratelimit-reset": "1010"]), now: 1000)
        #expect(decision == .retry(delay: 11, reason: "HTTP 403 (rate limited)"))
    }

    @Test func timeoutsRetryButTLSFailuresDoNot() {
        var policy = RetryPolicy(seed: 1)
        let timeout = HTTPClient.TransferError(code: 28, message: "timed out")
        guard case .retry = policy.decide(attempt: 1, outcome: .failure(timeout), now: 0) else {
            Issue.record("a timeout must be retried")
            return
        }
        let tls = HTTPClient.TransferError(code: 60, message: "SSL peer certificate or SSH remote key was not OK")
        #expect(policy.decide(attempt: 1, outcome: .failure(tls), now: 0) == .done)
    }

    @Test func linkHeaderNextIsFound() {
        let header = #"<https://api.github.com/repos/a/b/deployments?page=2>; rel="next", <https://api.github.com/repos/a/b/deployments?page=3>; rel="last""#
        #expect(APIPageReader.nextLink(header) == "https://api.github.com/repos/a/b/deployments?page=2")
        #expect(APIPageReader.nextLink(#"<https://x/?page=3>; rel="last""#) == nil)
        #expect(APIPageReader.nextLink(nil) == nil)
    }

    @Test func redactionDropsUserInfoAndTokenParameters() {
        #expect(Redaction.url("https://user:pw@example.com/x?circle-token=abc&branch=main") == "https://example.com/x?circle-token=***&branch=main")
        #expect(Redaction.scrub("key AKIA1234 and secret s3cr3t", secrets: ["AKIA1234", "s3cr3t"]) == "key *** and secret ***")
    }
}
