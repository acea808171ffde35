import Foundation
import Testing
import MemBlameKit
import MemBlameTestSupport

/// `memblame fetch` end to end: the built binary against moto_server and the replay server on 127.0.0.1.
@Suite(.serialized) struct FetchCLITests {
    let binary = Repository.memblameBinary
    static let fixtures = Repository.root.appendingPathComponent("Tests/MemBlameKitTests/Fixtures/fetch").path

    /// The environment of the test process without credentials the machine may have, plus `extra`.
    func environment(_ extra: [String: String]) -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        for key in ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE", "CIRCLE_TOKEN", "GITHUB_TOKEN", "GH_TOKEN",
                    "http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "all_proxy"] {
            env[key] = nil
        }
        env["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent/credentials"
        env["AWS_CONFIG_FILE"] = "/nonexistent/config"
        return env.merging(extra) { $1 }
    }

    @Test(.enabled(if: LocalServer.motoTestsEnabled, "moto_server is not installed and CI is not set: pip install 'moto[server]' boto3"))
    func fifteenDaysOfOneMinuteDataFromMotoMatchWhatWasPut() throws {
        let moto = try LocalServer.moto()
        defer { moto.stop() }
        let env = environment(["AWS_ACCESS_KEY_ID": "AKIACLITEST", "AWS_SECRET_ACCESS_KEY": "cliSecret", "AWS_DEFAULT_REGION": "us-east-1"])
        let now = Int64(Date().timeIntervalSince1970)
        let start = (now / 60) * 60 - 21_599 * 60
        let truthPath = Scratch.folder().appendingPathComponent("truth.csv").path
        let put = try runProcess(URL(fileURLWithPath: "/usr/bin/env"), ["python3", Repository.root.appendingPathComponent("Tests/Support/cloudwatch_put.py").path,
                                                                        moto.baseURL, "prod", "api", String(start), "21600", truthPath], environment: env)
        try #require(put.status == 0, "\(put.stderr)")
        let db = Scratch.folder().appendingPathComponent("f.db").path
        // The window is named in ISO 8601 (not --since 15d): putting the points takes about a minute, and a window
        // read from the clock after that would start a minute after the data. --period 60 for the same reason
        // (auto would see data older than 15 days); autoPeriod itself is tested without a clock.
        // moto answers GetMetricData in time quadratic in the points of one call (about 20 s for all 21,600 at
        // once), so the test asks for calls of 3 days (4,320 points): 21,600 periods, exactly 5 calls.
        let result = try runProcess(binary, ["fetch", "cloudwatch", "--db", db, "--cluster", "prod", "--service", "api",
                                             "--since", Timestamp.iso(start), "--until", Timestamp.iso(start + 21_600 * 60), "--period", "60",
                                             "--endpoint-url", moto.baseURL, "--timeout", "240", "--max-datapoints", "4320"], environment: env)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "fetched 5 pages (cloudwatch-get-metric-data): added 21600 points\n", "\(result.stdout)")
        #expect(result.stderr.isEmpty)
        let truth = try String(contentsOfFile: truthPath, encoding: .utf8).split(separator: "\n").map { line -> Point in
            let f = line.split(separator: ",")
            return Point(ts: Int64(f[0])!, value: Double(f[1])!)
        }
        let stored = try MetricStore(try Database(path: db)).series(service: "prod/api")
        let points = stored.first?.points ?? []
        #expect(stored.count == 1)
        #expect(points.count == 21_600)
        #expect(points == truth)
        let source = try Database(path: db).scalar("SELECT source || ' ' || path FROM imports")?.string ?? ""
        #expect(source.hasPrefix("fetch \(moto.baseURL)/ GetMetricData prod/api MemoryUtilization Average period 60 "))
    }

    @Test func circleCIDeploysEndToEnd() throws {
        let server = try LocalServer.replay(fixtures: Self.fixtures, environment: ["REPLAY_CIRCLE_TOKEN": "c1rcle-e2e"])
        defer { server.stop() }
        let db = Scratch.folder().appendingPathComponent("d.db").path
        let result = try runProcess(binary, ["fetch", "circleci", "--db", db, "--project", "gh/acme-corp/api", "--since", "2026-11-01",
                                             "--base-url", server.baseURL, "--service", "prod/api"], environment: environment(["CIRCLE_TOKEN": "c1rcle-e2e"]))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("fetched 23 pages (circleci): added 5 rows"))
        let deploys = try runProcess(binary, ["deploys", "--db", db, "--format", "csv", "--since", "2026-11-24"])
        let prs = deploys.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false)[2] }
        #expect(prs == ["118", "121", "123", "124"])
        let agents = Set(try server.requests().map(\.userAgent))
        #expect(agents.count == 1 && agents.first!.hasPrefix("memblame/"))
    }

    /// libcurl honours http_proxy: a fetch from a host that does not exist goes through the replay server as proxy.
    @Test func proxyVariablesAreHonoured() throws {
        let proxy = try LocalServer.replay(fixtures: Self.fixtures, environment: ["REPLAY_CIRCLE_TOKEN": "via-proxy"])
        defer { proxy.stop() }
        let db = Scratch.folder().appendingPathComponent("p.db").path
        let result = try runProcess(binary, ["fetch", "circleci", "--db", db, "--project", "gh/acme-corp/api", "--since", "2026-11-24T13:00:00Z",
                                             "--base-url", "http://circleci.example.invalid", "--service", "prod/api"],
                                    environment: environment(["CIRCLE_TOKEN": "via-proxy", "http_proxy": proxy.baseURL]))
        #expect(result.status == 0, "\(result.stderr)")
        let paths = try proxy.requests().map(\.path)
        #expect(paths.first == "http://circleci.example.invalid/api/v2/project/gh/acme-corp/api/pipeline?branch=main")
    }

    @Test func missingTokensSayWhatToSet() throws {
        let circle = try runProcess(binary, ["fetch", "circleci", "--db", "/nonexistent/x.db", "--project", "gh/a/b", "--service", "s"], environment: environment([:]))
        #expect(circle.status == 64)
        #expect(circle.stderr == "memblame: error: CIRCLE_TOKEN is not set; create a personal API token in CircleCI (User Settings, Personal API Tokens) and export it\n")
        let github = try runProcess(binary, ["fetch", "github", "--repo", "a/b", "--environment", "production", "--service", "s"], environment: environment([:]))
        #expect(github.status == 64)
        #expect(github.stderr.contains("neither GITHUB_TOKEN nor GH_TOKEN is set"))
        let aws = try runProcess(binary, ["fetch", "cloudwatch", "--cluster", "c", "--service", "s"], environment: environment([:]))
        #expect(aws.status == 64)
        #expect(aws.stderr == "memblame: error: no AWS credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE/--profile with keys in /nonexistent/credentials\n")
    }

    /// Fetches with distinctive fake secrets (successful, retried and rejected runs) and greps stdout, stderr
    /// and every database file for them.
    @Test func secretsNeverAppearInOutputOrTheDatabase() throws {
        let circleToken = "CIRCLE-SECRET-5e1f2a9d", githubToken = "ghp_SECRETGITHUB8c7b6a", wrongToken = "WRONG-SECRET-0a1b2c"
        let awsKey = "AKIASECRETKEY9F8E7D", awsSecret = "AWS-SECRET-ACCESS-4d3c2b", awsToken = "AWS-SESSION-TOKEN-1a2b3c"
        let secrets = [circleToken, githubToken, wrongToken, awsKey, awsSecret, awsToken]
        let folder = Scratch.folder()
        let db = folder.appendingPathComponent("s.db").path
        var outputs: [String] = []
        let replay = try LocalServer.replay(fixtures: Self.fixtures, behaviours: ["500@/statuses", "429@/pipeline?"],
                                            environment: ["REPLAY_CIRCLE_TOKEN": circleToken, "REPLAY_GITHUB_TOKEN": githubToken])
        defer { replay.stop() }
        let runs: [([String], [String: String])] = [
            (["fetch", "circleci", "--db", db, "--project", "gh/acme-corp/api", "--since", "2026-11-01", "--base-url", replay.baseURL, "--service", "prod/api"], ["CIRCLE_TOKEN": circleToken]),
            (["fetch", "github", "--db", db, "--repo", "acme-corp/api", "--environment", "production", "--since", "2026-11-01", "--api-url", replay.baseURL, "--service", "prod/api"], ["GITHUB_TOKEN": githubToken]),
            (["fetch", "circleci", "--db", db, "--project", "gh/acme-corp/api", "--base-url", replay.baseURL, "--service", "prod/api"], ["CIRCLE_TOKEN": wrongToken]),
            (["fetch", "github", "--db", db, "--repo", "acme-corp/api", "--workflow", "deploy.yml", "--api-url", replay.baseURL, "--service", "prod/api"], ["GH_TOKEN": wrongToken]),
        ]
        for (arguments, extra) in runs {
            let r = try runProcess(binary, arguments, environment: environment(extra))
            outputs += [r.stdout, r.stderr]
        }
        #expect(outputs[0].hasPrefix("fetched 23 pages (circleci): added 5 rows"), "\(outputs[1])")
        #expect(outputs[2].hasPrefix("fetched 10 pages (github): added 4 rows"), "\(outputs[3])")
        #expect(outputs[1].contains("HTTP 429 (rate limited); retrying in 1.0 s"))  // the 429 was retried and said so
        #expect(outputs[3].contains("HTTP 500; retrying in"))
        #expect(outputs[5].contains("CircleCI token rejected (HTTP 401"))  // the wrong tokens
        #expect(outputs[7].contains("GitHub token rejected (HTTP 401"))
        if LocalServer.motoTestsEnabled {
            let moto = try LocalServer.moto()
            defer { moto.stop() }
            let aws = ["AWS_ACCESS_KEY_ID": awsKey, "AWS_SECRET_ACCESS_KEY": awsSecret, "AWS_SESSION_TOKEN": awsToken, "AWS_DEFAULT_REGION": "us-east-1"]
            let now = Int64(Date().timeIntervalSince1970)
            let put = try runProcess(URL(fileURLWithPath: "/usr/bin/env"), ["python3", Repository.root.appendingPathComponent("Tests/Support/cloudwatch_put.py").path,
                                                                            moto.baseURL, "prod", "api", String((now / 60) * 60 - 600), "10", folder.appendingPathComponent("t.csv").path],
                                     environment: environment(aws))
            try #require(put.status == 0, "\(put.stderr)")
            let r = try runProcess(binary, ["fetch", "cloudwatch", "--db", db, "--cluster", "prod", "--service", "api",
                                            "--since", Timestamp.iso((now / 60) * 60 - 3600), "--until", Timestamp.iso((now / 60) * 60 + 60), "--endpoint-url", moto.baseURL],
                                   environment: environment(aws))
            #expect(r.stdout.contains("added 10 points"), "\(r.stderr)")
            outputs += [r.stdout, r.stderr]
            // A rejected call (moto rejects unknown keys once signatures are checked) must not echo them either.
            let strict = try LocalServer.moto(environment: ["INITIAL_NO_AUTH_ACTION_COUNT": "0"])
            defer { strict.stop() }
            let rejected = try runProcess(binary, ["fetch", "cloudwatch", "--db", db, "--cluster", "prod", "--service", "api", "--since", "1h",
                                                   "--endpoint-url", strict.baseURL, "--attempts", "1"], environment: environment(aws))
            #expect(rejected.status != 0)
            outputs += [rejected.stdout, rejected.stderr]
        }
        var stored = Data()
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            stored.append(try Data(contentsOf: folder.appendingPathComponent(file)))
        }
        let storedText = String(decoding: stored, as: UTF8.self)
        #expect(storedText.contains("circleci"))  // something was stored
        for secret in secrets {
            #expect(!outputs.contains { $0.contains(secret) }, "\(secret) in output")
            #expect(!storedText.contains(secret), "\(secret) in the database")
            #expect(stored.range(of: Data(secret.utf8)) == nil)
        }
    }
}
