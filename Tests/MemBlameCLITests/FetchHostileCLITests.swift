import Foundation
import Testing
import MemBlameKit
import MemBlameTestSupport

/// The built `memblame fetch` against hostile servers on 127.0.0.1 (Tests/Support/hostile_server.py),
/// closed ports and the replay server: never a crash, one error line, exit 74 for a server fault,
/// bounded memory on a 2 GB body, and no secret in anything printed.
@Suite(.serialized) struct FetchHostileCLITests {
    let binary = Repository.memblameBinary
    static let fixtures = Repository.root.appendingPathComponent("Tests/MemBlameKitTests/Fixtures/fetch").path

    func environment(_ extra: [String: String]) -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        for key in ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE", "CIRCLE_TOKEN", "GITHUB_TOKEN", "GH_TOKEN",
                    "CIRCLECI_BASE_URL", "GITHUB_API_URL", "PROMETHEUS_URL", "PROMETHEUS_USER", "PROMETHEUS_PASSWORD", "ARGOCD_SERVER", "GITLAB_URL", "http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "all_proxy"] {
            env[key] = nil
        }
        env["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent/credentials"
        env["AWS_CONFIG_FILE"] = "/nonexistent/config"
        return env.merging(extra) { $1 }
    }

    /// The fetchers pointed at `base`.
    func fetch(_ kind: String, base: String, db: String, extra: [String] = []) -> [String] {
        switch kind {
        case "github": return ["fetch", "github", "--db", db, "--repo", "acme-corp/api", "--environment", "production", "--service", "prod/api", "--api-url", base] + extra
        case "circleci": return ["fetch", "circleci", "--db", db, "--project", "gh/acme-corp/api", "--service", "prod/api", "--base-url", base] + extra
        case "prometheus": return ["fetch", "prometheus", "--db", db, "--namespace", "shop", "--deployment", "api", "--since", "1h", "--url", base] + extra
        case "argocd": return ["fetch", "argocd", "--db", db, "--app", "api", "--service", "shop/api", "--server", base] + extra
        case "gitlab": return ["fetch", "gitlab", "--db", db, "--project", "acme-corp/api", "--environment", "production", "--service", "shop/api", "--url", base] + extra
        default: return ["fetch", "cloudwatch", "--db", db, "--cluster", "prod", "--service", "api", "--since", "1h", "--region", "us-east-1", "--endpoint-url", base] + extra
        }
    }

    static let credentials = ["CIRCLE_TOKEN": "CIRCLE-HOSTILE-SECRET-31a7", "GITHUB_TOKEN": "ghp_HOSTILESECRET0c1d2e",
                              "AWS_ACCESS_KEY_ID": "AKIAHOSTILEKEY5A6B7C", "AWS_SECRET_ACCESS_KEY": "AWS-HOSTILE-SECRET-8d9e0f",
                              "AWS_SESSION_TOKEN": "AWS-HOSTILE-SESSION-1f2e3d", "PROMETHEUS_TOKEN": "PROM-HOSTILE-TOKEN-4c5d6e",
                              "ARGOCD_AUTH_TOKEN": "ARGO-HOSTILE-TOKEN-7a8b9c", "GITLAB_TOKEN": "glpat-HOSTILE-TOKEN-0d1e2f"]

    /// Errors end a fetch with one `memblame: ... error: ...` line (retry notes before it are lines of their own).
    func checkOneErrorLine(_ r: ProcessResult, _ what: String) {
        let lines = r.stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(r.stderr.hasSuffix("\n"), "\(what): \(r.stderr)")
        #expect(lines.filter { $0.contains("error: ") }.count == 1, "\(what): \(r.stderr)")
        #expect(lines.last.map { $0.hasPrefix("memblame: ") && $0.contains("error: ") && $0.count < 600 } == true, "\(what): \(r.stderr)")
        #expect(lines.allSatisfy { $0.hasPrefix("memblame: ") && !$0.contains("\r") }, "\(what): \(r.stderr)")
        #expect(r.stdout.isEmpty, "\(what): \(r.stdout)")
    }

    static let serverFaults: Set<String> = [
        "retry-after-inf", "retry-after-infinity", "retry-after-nan", "retry-after-negative", "retry-after-huge", "retry-after-overflow",
        "retry-after-int64", "retry-after-garbage", "retry-after-date-9999", "retry-after-long-text", "ratelimit-9999", "ratelimit-inf",
        "ratelimit-huge", "ratelimit-garbage", "body-2g", "body-2g-chunked", "body-endless", "body-stall", "body-invalid-utf8", "body-binary",
        "body-truncated-chunked", "body-bad-chunk-size", "body-huge-chunk-size", "body-gzip-bomb", "length-short", "length-garbage",
        "length-negative", "length-huge", "status-999", "status-000", "status-garbage", "status-binary", "status-http09", "status-long",
        "status-huge-code", "status-negative", "close-at-once", "huge-header", "many-headers", "header-no-colon", "error-message-multiline",
        "body-invalid-utf8-error",
    ]

    @Test func everyHostileAnswerIsOneLineAndExit74() throws {
        let server = try LocalServer.hostile()
        defer { server.stop() }
        let db = Scratch.folder().appendingPathComponent("h.db").path
        let env = environment(Self.credentials)
        var runs = 0
        // Every case through the GitHub fetcher; the slow ones (a stall, a trickle) with a short timeout.
        for name in try server.hostileCases() where name != "body-trickle" && name != "stall-before-status" {
            let r = try runProcess(binary, fetch("github", base: "\(server.baseURL)/case/\(name)", db: db, extra: ["--attempts", "1", "--timeout", "3"]), environment: env)
            runs += 1
            #expect(r.status == 74 || r.status == 65, "\(name): exit \(r.status) \(r.stderr)")
            if Self.serverFaults.contains(name) { #expect(r.status == 74, "\(name): exit \(r.status) \(r.stderr)") }
            checkOneErrorLine(r, name)
        }
        // The crash list of the issue and a few more through CircleCI and CloudWatch, with a retry in between.
        for kind in ["circleci", "cloudwatch"] {
            for name in ["retry-after-inf", "ratelimit-9999", "retry-after-date-9999", "retry-after-nan", "body-endless", "body-invalid-utf8",
                         "status-999", "status-garbage", "body-truncated-chunked", "error-message-multiline"] {
                let r = try runProcess(binary, fetch(kind, base: "\(server.baseURL)/case/\(name)/", db: db, extra: ["--attempts", "2", "--timeout", "5"]), environment: env)
                runs += 1
                #expect(r.status == 74, "\(kind) \(name): exit \(r.status) \(r.stderr)")
                checkOneErrorLine(r, "\(kind) \(name)")
            }
        }
        let r = try runProcess(binary, fetch("github", base: "\(server.baseURL)/case/retry-after-inf", db: db), environment: env)
        #expect(r.stderr == "memblame: error: GET \(server.baseURL)/case/retry-after-inf/repos/acme-corp/api/deployments?environment=production&per_page=100: HTTP 429 (rate limited); the server asks to wait Retry-After: inf, longer than memblame waits (15m); try again later\n")
        #expect(runs > 60)
    }

    /// A 2 GiB body (announced, then chunked without a length): the fetch stops at the 256 MiB cap, says
    /// so with the (redacted) URL, and its peak RSS stays bounded. Measured by a Python parent's `RUSAGE_CHILDREN`.
    @Test func twoGigabyteBodyStopsAtTheCapInBoundedMemory() throws {
        let server = try LocalServer.hostile()
        defer { server.stop() }
        let db = Scratch.folder().appendingPathComponent("big.db").path
        let measure = "import resource, subprocess, sys\np = subprocess.run(sys.argv[1:], capture_output=True)\nsys.stderr.buffer.write(p.stderr)\nprint(p.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
        for name in ["body-2g", "body-2g-chunked", "body-endless", "body-gzip-bomb"] {
            let arguments = ["python3", "-c", measure, binary.path] + fetch("github", base: "http://u:S3cretPassw0rd@127.0.0.1:\(server.port)/case/\(name)?token=QSECRET", db: db, extra: ["--attempts", "1", "--timeout", "120"])
            let r = try runProcess(URL(fileURLWithPath: "/usr/bin/env"), arguments, environment: environment(Self.credentials))
            let fields = r.stdout.split(separator: " ").map { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1 }
            try #require(fields.count == 2, "\(r.stdout) \(r.stderr)")
            let rssMB = Double(fields[1]) / 1024
            print("HTTP body \(name): exit \(fields[0]), peak RSS \(String(format: "%.1f", rssMB)) MB")
            #expect(fields[0] == 74, "\(name): \(r.stderr)")
            #expect(r.stderr.hasPrefix("memblame: error: GET http://127.0.0.1:\(server.port)/case/\(name)?token=***?environment=production&per_page=100: the response body is larger than the 256 MiB cap on HTTP bodies"), "\(r.stderr)")
            #expect(!r.stderr.contains("S3cretPassw0rd") && !r.stderr.contains("QSECRET"))
            #expect(rssMB < 450, "\(name): peak RSS \(rssMB) MB")
        }
    }

    /// Failing fetches with user info in the base URL, token query parameters and token variables,
    /// against closed ports, the replay server and the hostile server, on a pipe and on a terminal
    /// (progress lines): no secret appears in anything printed.
    @Test func noSecretInAnyOutputOfAFailingFetch() throws {
        let replay = try LocalServer.replay(fixtures: Self.fixtures, behaviours: ["429@/pipeline", "500@/deployments", "malformed@/workflow"],
                                            environment: ["REPLAY_CIRCLE_TOKEN": "not-the-one-used", "REPLAY_GITHUB_TOKEN": Self.credentials["GITHUB_TOKEN"]!])
        defer { replay.stop() }
        let hostile = try LocalServer.hostile()
        defer { hostile.stop() }
        let userPassword = ["S3cretPassw0rd", "GhPassw0rd", "AwsPassw0rd", "Sp4ce Passw0rd"]
        let queryTokens = ["QTOKEN-circle-1a", "QTOKEN-token-2b", "QTOKEN-access-3c", "QSIG-4d", "QCRED-5e", "QKEY-6f", "QPASS-7a", "QSECRET-8b", "QSIG2-9c"]
        let secrets = Array(Self.credentials.values) + userPassword + queryTokens
        let query = "circle-token=\(queryTokens[0])&token=\(queryTokens[1])&access_token=\(queryTokens[2])&X-Amz-Signature=\(queryTokens[3])&X-Amz-Credential=\(queryTokens[4])&key=\(queryTokens[5])&password=\(queryTokens[6])&secret=\(queryTokens[7])&sig=\(queryTokens[8])"
        var bases = [
            "http://alice:S3cretPassw0rd@127.0.0.1:1",
            "http://alice:S3cretPassw0rd@127.0.0.1:1/?\(query)",
            "http://bob:GhPassw0rd@127.0.0.1:1?\(query)",
            "http://carol:AwsPassw0rd@[::1:1/?\(query)",                 // unparsable: bad IPv6 literal
            "http://dave:Sp4ce Passw0rd@127.0.0.1:1/x?\(query)",         // unparsable: a space in the password
            "alice:S3cretPassw0rd@127.0.0.1:1",                          // no scheme
            "http://alice:S3cretPassw0rd@\(replay.baseURL.dropFirst(7))",
            "http://alice:S3cretPassw0rd@\(replay.baseURL.dropFirst(7))/?\(query)",
        ]
        for name in ["retry-after-inf", "ratelimit-9999", "body-2g", "status-garbage", "body-invalid-utf8-error", "error-message-multiline", "retry-after-garbage"] {
            bases.append("http://alice:S3cretPassw0rd@127.0.0.1:\(hostile.port)/case/\(name)/?\(query)")
        }
        let db = Scratch.folder().appendingPathComponent("s.db").path
        var outputs: [String] = []
        var runs = 0
        for base in bases {
            for kind in ["circleci", "github", "cloudwatch", "prometheus", "argocd", "gitlab"] {
                let r = try runProcess(binary, fetch(kind, base: base, db: db, extra: ["--attempts", "2", "--timeout", "5"]), environment: environment(Self.credentials))
                runs += 1
                #expect([0, 64, 65, 74].contains(r.status), "\(kind) \(base): exit \(r.status) \(r.stderr)")
                outputs += [r.stdout, r.stderr]
            }
        }
        // On a terminal the fetch prints progress lines with each page's URL: run a few under script(1).
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/script") {
            for (kind, base) in [("github", "http://alice:S3cretPassw0rd@\(replay.baseURL.dropFirst(7))?\(query)"),
                                 ("circleci", "http://alice:S3cretPassw0rd@127.0.0.1:\(hostile.port)/case/retry-after-garbage/?\(query)"),
                                 ("cloudwatch", "http://alice:S3cretPassw0rd@127.0.0.1:\(hostile.port)/case/status-999/?\(query)"),
                                 ("prometheus", "http://alice:S3cretPassw0rd@\(replay.baseURL.dropFirst(7))?\(query)")] {
                let command = ([binary.path] + fetch(kind, base: base, db: db, extra: ["--attempts", "2"])).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
                let r = try runProcess(URL(fileURLWithPath: "/usr/bin/script"), ["-q", "-e", "-c", command, "/dev/null"], environment: environment(Self.credentials))
                runs += 1
                #expect(r.stdout.contains("error: "), "\(kind) on a terminal: \(r.stdout)")
                outputs += [r.stdout, r.stderr]
            }
        }
        #expect(runs >= 45)
        let all = outputs.joined(separator: "\n")
        #expect(all.contains("error: "))
        for secret in secrets {
            #expect(!all.contains(secret), "\(secret) printed")
            if let encoded = secret.addingPercentEncoding(withAllowedCharacters: .alphanumerics), encoded != secret { #expect(!all.contains(encoded), "\(encoded) printed") }
        }
    }
}
