import Foundation
import Testing
@testable import MemBlameKit
import MemBlameTestSupport

/// The HTTP layer against hostile servers: every number a server sends is range-checked before it becomes
/// a duration, bodies are capped, stalls end, and every failure is one line without secrets.
/// The loopback server is Tests/Support/hostile_server.py.
@Suite(.serialized) struct HTTPHostileTests {
    static let token = "ghp_HOSTILE-SECRET-77aa"

    func response(_ status: Int, _ headers: [String: String]) -> Result<HTTPResponse, HTTPClient.TransferError> {
        .success(HTTPResponse(status: status, headers: headers))
    }

    // MARK: - Retry-After and rate-limit resets, decided without a server

    @Test(arguments: ["inf", "Infinity", "+inf", "1e300", "1e400", String(repeating: "9", count: 400), "9223372036854775808",
                      "Fri, 31 Dec 9999 23:59:59 GMT", "31536001"])
    func retryAfterTooLongGivesUpInOneLine(_ value: String) {
        var policy = RetryPolicy(seed: 1)
        guard case .giveUp(let message) = policy.decide(attempt: 1, outcome: response(429, ["retry-after": value]), now: 1_795_579_200) else {
            Issue.record("Retry-After: \(value) must end the fetch")
            return
        }
        #expect(message.contains("longer than memblame waits (15m); try again later"), "\(message)")
        #expect(!message.contains("\n") && message.count < 200, "\(message)")
    }

    @Test(arguments: ["nan", "-1", "-inf", "-86400", "soon", "", "0x10", "\u{1}\u{7F}", "Fri, 32 Dec 2026 99:99:99 GMT"])
    func retryAfterNonsenseFallsBackToTheBackoff(_ value: String) {
        var policy = RetryPolicy(maxAttempts: 3, baseDelay: 1, maxDelay: 8, seed: 1)
        guard case .retry(let delay, let reason) = policy.decide(attempt: 1, outcome: response(503, ["retry-after": value]), now: 0) else {
            Issue.record("Retry-After: \(value) must fall back to the backoff")
            return
        }
        #expect(reason == "HTTP 503")
        #expect(delay >= 0.5 && delay <= 1, "\(delay)")
    }

    @Test func retryAfterInThePastRetriesAtOnce() {
        var policy = RetryPolicy(seed: 1)
        #expect(policy.decide(attempt: 1, outcome: response(503, ["retry-after": "Thu, 01 Jan 1970 00:00:00 GMT"]), now: 1_795_579_200)
                == .retry(delay: 0, reason: "HTTP 503"))
        #expect(policy.decide(attempt: 1, outcome: response(503, ["retry-after": "Sunday, 06-Nov-94 08:49:37 GMT"]), now: 1_795_579_200)
                == .retry(delay: 0, reason: "HTTP 503"))
    }

    @Test(arguments: [("253402300799", "until the rate limit resets at 9999-12-31T23:59:59Z"), ("inf", "a rate-limit reset at inf"),
                      ("1e308", "until the rate limit resets at 1e308"), ("-inf", "a rate-limit reset at -inf")])
    func rateLimitResetTooFarGivesUp(_ reset: String, _ said: String) {
        var policy = RetryPolicy(seed: 1)
        let outcome = response(403, ["x-ratelimit-remaining": "0", "x-ratelimit-reset": reset])
        let decision = policy.decide(attempt: 1, outcome: outcome, now: 1_795_579_200)
        if reset == "-inf" {
            // A reset in the infinite past: nothing to wait for (ignored, like garbage).
            guard case .retry = decision else { Issue.record("\(decision)"); return }
            return
        }
        #expect(decision == .giveUp("HTTP 403 (rate limited); the server asks to wait \(said), longer than memblame waits (15m); try again later"))
    }

    @Test(arguments: ["tomorrow", "nan", "", "-1e18", "0"])
    func rateLimitResetNonsenseOrPastWaitsBriefly(_ reset: String) {
        var policy = RetryPolicy(maxAttempts: 3, baseDelay: 1, maxDelay: 8, seed: 1)
        guard case .retry(let delay, _) = policy.decide(attempt: 1, outcome: response(429, ["x-ratelimit-remaining": "0", "x-ratelimit-reset": reset]), now: 1000) else {
            Issue.record("reset \(reset) must retry")
            return
        }
        #expect(delay >= 0 && delay <= 8)
    }

    @Test func policySettingsAreClamped() {
        let policy = RetryPolicy(maxAttempts: -3, baseDelay: .nan, maxDelay: .infinity, maxServerDelay: -1)
        #expect(policy.maxAttempts == 1 && policy.baseDelay == 0 && policy.maxDelay == 0 && policy.maxServerDelay == 0)
        var big = RetryPolicy(maxAttempts: 5000, baseDelay: 1, maxDelay: 30, seed: 3)
        #expect(big.backoff(attempt: 4000).isFinite)
        #expect(RetryPolicy.describe(.infinity) == "forever" && RetryPolicy.describe(1e300) != "")
    }

    @Test(arguments: [Double.infinity, -Double.infinity, Double.nan, -1, 0, 1e12])
    func nonFiniteOrNegativeTimeoutsAreRefused(_ timeout: Double) {
        let client = HTTPClient(timeout: timeout)
        #expect(throws: MemBlameError.self) { try client.send(HTTPRequest(url: "http://127.0.0.1:1/")) }
        do {
            _ = try client.send(HTTPRequest(url: "http://127.0.0.1:1/"))
        } catch let error as MemBlameError {
            #expect(error.kind == .usage && error.message.hasPrefix("the HTTP timeout must be a number of seconds above 0"))
        } catch {
            Issue.record("\(error)")
        }
        let other = HTTPClient(timeout: 5, connectTimeout: timeout)
        #expect(throws: MemBlameError.self) { try other.send(HTTPRequest(url: "http://127.0.0.1:1/")) }
    }

    /// Integers in fetched pages (GitHub deployment ids, PR numbers) are range-checked before `Int`.
    @Test(arguments: ["1e300", "-1e300", "1.5", "1e19", "99999999999999999999999"])
    func pageIntegersOutOfRangeAreLocatedErrors(_ number: String) throws {
        let input = InputFile(name: "page.json", contents: Data(#"{"id": \#(number)}"#.utf8))
        let root = try JSONCursor.parse(input)
        #expect(throws: MemBlameError.self) { _ = try root["id"].int() }
        #expect(try JSONCursor.parse(InputFile(name: "p.json", contents: Data(#"{"id": 42}"#.utf8)))["id"].int() == 42)
    }

    // MARK: - Redaction

    @Test(arguments: [
        ("http://alice:S3cretPassw0rd@127.0.0.1:1", "http://127.0.0.1:1"),
        ("http://alice:S3cretPassw0rd@127.0.0.1:1/api?branch=main", "http://127.0.0.1:1/api?branch=main"),
        ("http://alice:S3cret Passw0rd@127.0.0.1:1/x", "http://127.0.0.1:1/x"),
        ("http://alice:pa/ssw0rd@host.example/x", "http://host.example/x"),
        ("alice:S3cretPassw0rd@127.0.0.1:1", "127.0.0.1:1"),
        ("http://[::1:bad/x?token=abc123&page=2", "http://[::1:bad/x?token=***&page=2"),
        ("https://h/x?circle-token=abc&access_token=def&X-Amz-Signature=0a1b&X-Amz-Credential=AKIA%2F1&sig=s1&key=k1&password=p1&secret=s2&api_key=k2&refresh_token=r1&branch=main",
         "https://h/x?circle-token=***&access_token=***&X-Amz-Signature=***&X-Amz-Credential=***&sig=***&key=***&password=***&secret=***&api_key=***&refresh_token=***&branch=main"),
        ("https://h/x?page-token=AARL&next_page_token=n1", "https://h/x?page-token=AARL&next_page_token=n1"),
        ("https://h/x#access_token=abc", "https://h/x#access_token=***"),
        ("http://127.0.0.1:8080/ GetMetricData prod/api MemoryUtilization Average period 60", "http://127.0.0.1:8080/ GetMetricData prod/api MemoryUtilization Average period 60"),
    ])
    func redactionHandlesUserInfoTokensAndUnparsableURLs(_ raw: String, _ expected: String) {
        #expect(Redaction.url(raw) == expected)
    }

    @Test func redactionOfFreeTextAndErrors() {
        let line = "GET http://u:p4ssword@h/x?sig=abcd1234: failed (see <https://h/y?token=zzzz9999>), also alice:S3cretPassw0rd@127.0.0.1:1"
        let text = Redaction.text(line)
        for secret in ["p4ssword", "abcd1234", "zzzz9999", "S3cretPassw0rd"] { #expect(!text.contains(secret), "\(text)") }
        #expect(text.hasPrefix("GET http://h/x?sig=***: failed"))
        let error = MemBlameError(.io, "GET http://u:p4ssword@h/x: the token TOKENVALUE1 was refused", at: SourceLocation(file: "http://u:p4ssword@h/x?token=t0k3n"))
        let redacted = Redaction.error(error, secrets: ["TOKENVALUE1"])
        #expect(redacted.description == "http://h/x?token=***: error: GET http://h/x: the token *** was refused")
        // Percent-encoded secrets are masked too.
        #expect(Redaction.scrub("x=a%2Fb%2Bc", secrets: ["a/b+c"]) == "x=***")
    }

    // MARK: - A hostile server

    /// A client that records its waits instead of sleeping, with short timeouts and an 8 MiB body cap.
    final class Harness {
        let server: LocalServer
        let client: HTTPClient
        var sleeps: [Double] = []
        var retries: [String] = []

        init(cap: Int = 8 << 20) throws {
            server = try LocalServer.hostile()
            client = HTTPClient(userAgent: "memblame/test", timeout: 6, connectTimeout: 2, retry: RetryPolicy(maxAttempts: 2, baseDelay: 0.01, maxDelay: 0.05, seed: 11))
            client.lowSpeedTime = 2
            client.maxBodyBytes = cap
            client.sleep = { [unowned self] in self.sleeps.append($0) }
            client.onRetry = { [unowned self] in self.retries.append($0) }
        }

        /// One GET through the API page reader (as the GitHub fetcher does): the outcome as one line.
        func get(_ path: String) -> (ok: Bool, line: String, kind: MemBlameError.Kind?, seconds: Double) {
            let reader = APIPageReader(client: client, serviceName: "GitHub", tokenVariable: "GITHUB_TOKEN",
                                       headers: [("Authorization", "Bearer \(HTTPHostileTests.token)")], secrets: [HTTPHostileTests.token])
            let t0 = Date()
            do {
                _ = try reader.json("http://alice:S3cretPassw0rd@127.0.0.1:\(server.port)\(path)?access_token=QUERYSECRET9")
                return (true, "ok", nil, Date().timeIntervalSince(t0))
            } catch let error as MemBlameError {
                return (false, error.description, error.kind, Date().timeIntervalSince(t0))
            } catch {
                return (false, "untyped error: \(error)", nil, Date().timeIntervalSince(t0))
            }
        }
    }

    /// Every outcome: one line, bounded, typed, no secret, within the time limits.
    func checkOutcome(_ o: (ok: Bool, line: String, kind: MemBlameError.Kind?, seconds: Double), _ what: String) {
        #expect(!o.line.contains("\n") && !o.line.contains("\r"), "\(what): \(o.line)")
        #expect(o.line.count < 600, "\(what): \(o.line.count) characters")
        #expect(o.ok || o.kind != nil, "\(what): \(o.line)")
        for secret in [Self.token, "S3cretPassw0rd", "QUERYSECRET9"] { #expect(!o.line.contains(secret), "\(what): \(o.line)") }
        #expect(o.seconds < 60, "\(what) took \(o.seconds) s")  // curl's own timeouts end every case well before
    }

    @Test func everyHostileCaseEndsInOneLine() throws {
        let h = try Harness()
        defer { h.server.stop() }
        let cases = try h.server.hostileCases()
        #expect(cases.count >= 40)
        var log: [String] = []
        for name in cases {
            let o = h.get("/case/\(name)/repos/a/b/deployments")
            checkOutcome(o, name)
            log.append("\(name)\t\(o.ok ? "ok" : "\(o.kind.map { "\($0)" } ?? "?")")\t\(String(format: "%.2f", o.seconds))\t\(o.line)")
            switch name {
            case "retry-after-inf", "retry-after-infinity", "retry-after-huge", "retry-after-overflow", "retry-after-int64", "retry-after-date-9999",
                 "retry-after-long-text", "ratelimit-9999", "ratelimit-inf", "ratelimit-huge":
                #expect(o.kind == .io && o.line.contains("longer than memblame waits"), "\(name): \(o.line)")
            case "body-2g", "body-2g-chunked", "body-endless", "body-gzip-bomb":
                #expect(o.kind == .io && o.line.contains("larger than the 8 MiB cap on HTTP bodies"), "\(name): \(o.line)")
                #expect(o.line.contains("http://127.0.0.1:\(h.server.port)/case/\(name)/repos/a/b/deployments?access_token=***"), "\(name): \(o.line)")
            case "body-trickle", "body-stall":
                #expect(o.kind == .io && o.line.contains("(timed out)"), "\(name): \(o.line)")
            case "body-invalid-utf8", "body-binary":
                #expect(o.kind == .io && o.line.contains("is not UTF-8 text"), "\(name): \(o.line)")
            case "status-999", "status-garbage", "status-binary", "status-http09", "close-at-once", "huge-header", "length-garbage",
                 "body-truncated-chunked", "length-short", "retry-after-nan", "retry-after-negative", "retry-after-garbage":
                #expect(o.kind == .io, "\(name): \(o.line)")
            default: break
            }
        }
        #expect(h.sleeps.allSatisfy { $0.isFinite && $0 >= 0 && $0 <= 1 }, "\(h.sleeps)")
        #expect(h.retries.allSatisfy { !$0.contains("\n") })
        Self.writeLog("cases", log)
    }

    /// Seeded random combinations of status lines, header values (Retry-After, rate-limit resets,
    /// Content-Length, Transfer-Encoding...) and bodies. HTTP_FUZZ_SEEDS raises the count.
    @Test func seededRandomCombinationsNeverCrash() throws {
        let h = try Harness()
        defer { h.server.stop() }
        let count = Int(ProcessInfo.processInfo.environment["HTTP_FUZZ_SEEDS"] ?? "") ?? 150
        var outcomes: [String: Int] = [:]
        var log: [String] = []
        for seed in 0..<count {
            let o = h.get("/random/\(seed)/x")
            checkOutcome(o, "seed \(seed)")
            let key = o.ok ? "ok" : "\(o.kind.map { "\($0)" } ?? "untyped")"
            outcomes[key, default: 0] += 1
            log.append("\(seed)\t\(key)\t\(String(format: "%.2f", o.seconds))\t\(o.line)")
        }
        #expect(outcomes["untyped"] == nil)
        #expect(outcomes.values.reduce(0, +) == count)
        Self.writeLog("random", log)
    }

    /// HTTP_FUZZ_LOG=FOLDER keeps each run's outcomes (one TSV line a request) for RELIABILITY.md.
    static func writeLog(_ name: String, _ lines: [String]) {
        guard let folder = ProcessInfo.processInfo.environment["HTTP_FUZZ_LOG"] else { return }
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try? (lines.joined(separator: "\n") + "\n").write(toFile: "\(folder)/\(name).tsv", atomically: true, encoding: .utf8)
    }
}
