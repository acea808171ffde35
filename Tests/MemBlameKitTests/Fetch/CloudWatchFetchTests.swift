import Foundation
import Testing
@testable import MemBlameKit
import MemBlameTestSupport

/// Pure parts of the CloudWatch fetch: the period from retention and the split under the datapoint limit.
@Suite struct CloudWatchPlanTests {
    @Test(arguments: [(14 * 86_400, 60), (15 * 86_400, 60), (15 * 86_400 + 1, 300), (63 * 86_400, 300), (64 * 86_400, 3600), (400 * 86_400, 3600)])
    func periodFollowsRetention(_ age: Int, _ period: Int) {
        #expect(CloudWatchFetcher.autoPeriod(start: 1_000_000_000 - Int64(age), now: 1_000_000_000) == period)
    }

    @Test func windowsAreAlignedAndStayUnderTheLimit() {
        // 15 days of 1-minute points (21,600) in calls of at most 5,000 points.
        let windows = CloudWatchFetcher.windows(start: 1_795_000_030, end: 1_795_000_030 + 15 * 86_400, period: 60, maxPoints: 5000)
        #expect(windows.count == 5)
        #expect(windows.first!.start == 1_795_000_020)
        #expect(windows.last!.end == 1_795_000_080 + 15 * 86_400)
        for (a, b) in zip(windows, windows.dropFirst()) { #expect(a.end == b.start) }
        for w in windows {
            #expect((w.end - w.start) / 60 <= 5000)
            #expect(w.start % 60 == 0 && w.end % 60 == 0)
        }
        #expect(CloudWatchFetcher.windows(start: 0, end: 21_600 * 60, period: 60, maxPoints: CloudWatchFetcher.datapointLimit).count == 1)
    }

    /// Temporary credentials send their session token as X-Amz-Security-Token (moto cannot check it:
    /// its GetSessionToken hands out fixed example keys that its own signature check then rejects).
    @Test func sessionTokenIsSentAsSecurityTokenHeader() {
        let temporary = AWSCredentials(accessKeyID: "ASIAEXAMPLE", secretAccessKey: "s", sessionToken: "IQoJb3JpZ2luX2VjEXAMPLE")
        let fetcher = CloudWatchFetcher(client: HTTPClient(), region: "eu-west-1", credentials: temporary)
        #expect(fetcher.headers().contains { $0 == ("X-Amz-Security-Token", "IQoJb3JpZ2luX2VjEXAMPLE") })
        #expect(fetcher.endpoint == "https://monitoring.eu-west-1.amazonaws.com/")
        let permanent = CloudWatchFetcher(client: HTTPClient(), region: "eu-west-1", credentials: AWSCredentials(accessKeyID: "AKIA", secretAccessKey: "s"))
        #expect(!permanent.headers().contains { $0.0 == "X-Amz-Security-Token" })
    }

    @Test func awsErrorBodiesAreRead() {
        let json = Data(#"{"__type":"com.amazon.coral.service#UnrecognizedClientException","message":"The security token included in the request is invalid."}"#.utf8)
        #expect(CloudWatchFetcher.awsError(json) == ("UnrecognizedClientException", "The security token included in the request is invalid."))
        let xml = Data("<ErrorResponse><Error><Code>SignatureDoesNotMatch</Code><Message>The request signature does not match.</Message></Error></ErrorResponse>".utf8)
        #expect(CloudWatchFetcher.awsError(xml) == ("SignatureDoesNotMatch", "The request signature does not match."))
    }
}

/// Fetches from a real `moto_server` on 127.0.0.1 and compares point by point with what boto3 put.
@Suite(.serialized, .enabled(if: LocalServer.motoTestsEnabled, "moto_server is not installed and CI is not set: pip install 'moto[server]' boto3"))
struct CloudWatchMotoTests {
    /// Puts `minutes` 1-minute points ending at the last whole minute before `now`; returns the ground truth.
    /// `now` is read once, here, and handed back to tests that reason about the data's age: putting 21,600 points
    /// takes about a minute, so a clock read after it would see data a minute older.
    static func put(_ server: LocalServer, key: String, secret: String, cluster: String = "prod", service: String = "api",
                    minutes: Int, now: Int64 = Int64(Date().timeIntervalSince1970)) throws -> [Point] {
        let start = (now / 60) * 60 - Int64(minutes - 1) * 60
        let truth = Scratch.folder().appendingPathComponent("truth.csv").path
        var env = ProcessInfo.processInfo.environment
        env["AWS_ACCESS_KEY_ID"] = key
        env["AWS_SECRET_ACCESS_KEY"] = secret
        env["AWS_DEFAULT_REGION"] = "us-east-1"
        let script = Repository.root.appendingPathComponent("Tests/Support/cloudwatch_put.py").path
        let result = try runProcess(URL(fileURLWithPath: "/usr/bin/env"), ["python3", script, server.baseURL, cluster, service, String(start), String(minutes), truth], environment: env)
        guard result.status == 0 else { throw MemBlameError(.io, "cloudwatch_put.py failed: \(result.stderr)") }
        return try String(contentsOfFile: truth, encoding: .utf8).split(separator: "\n").map { line in
            let f = line.split(separator: ",")
            return Point(ts: Int64(f[0])!, value: Double(f[1])!)
        }
    }

    @Test func fifteenDaysOfOneMinuteDataMatchPointByPoint() throws {
        let moto = try LocalServer.moto()
        defer { moto.stop() }
        // "Now" pinned before the data is put (which takes about a minute): the age checks below use this instant.
        let now = Int64(Date().timeIntervalSince1970)
        let truth = try Self.put(moto, key: "AKIAMOTOTEST", secret: "motoSecret", minutes: 21_600, now: now)
        #expect(truth.count == 21_600)
        let credentials = AWSCredentials(accessKeyID: "AKIAMOTOTEST", secretAccessKey: "motoSecret")
        // 5,000 points per call: the 15 days are split into 5 GetMetricData calls.
        let fetcher = CloudWatchFetcher(client: HTTPClient(userAgent: "memblame/test", timeout: 120), region: "us-east-1",
                                        credentials: credentials, endpoint: moto.baseURL + "/", maxDatapointsPerCall: 5000)
        let db = try Database.inMemory()
        var query = CloudWatchQuery(cluster: "prod", service: "api", start: truth.first!.ts, end: truth.last!.ts + 60)
        // At the pinned instant the data is just under 15 days old: "auto" picks 1-minute points. (Read later, the
        // clock would make it older than CloudWatch's 1-minute retention and "auto" would pick 300.)
        #expect(CloudWatchFetcher.autoPeriod(start: query.start, now: now) == 60)
        // The fetches themselves name the period, so they ask for the same series however long they take.
        query.period = 60
        let report = try fetcher.fetch(query, into: db)
        #expect(report.files.count == 5)
        #expect(report.added == 21_600)
        let series = try MetricStore(db).series(service: "prod/api")
        #expect(series.count == 1)
        #expect(series.first?.descriptor.key == SeriesKey(service: "prod/api", metric: "MemoryUtilization", stat: "Average", dimensions: ["Period": "60"]))
        #expect(series.first?.descriptor.periodSeconds == 60)
        #expect(series.first?.descriptor.unit == .percent)
        let got = series.first?.points ?? []
        #expect(got.count == truth.count)
        // Exactly: the importer's scanner keeps every bit (Foundation's JSONSerialization on Linux would round
        // 26.176041666666666 to 26.176041666666663).
        let mismatches = zip(got, truth).filter { $0 != $1 }
        #expect(mismatches.isEmpty, "first mismatch: \(String(describing: mismatches.first))")
        // Provenance: one imports row per call, source fetch, named by endpoint and window, no secret.
        let rows = try db.rows("SELECT source, path FROM imports ORDER BY id")
        #expect(rows.rows.count == 5)
        #expect(rows.rows.allSatisfy { $0[0].string == "fetch" && ($0[1].string ?? "").hasPrefix(moto.baseURL + "/ GetMetricData prod/api MemoryUtilization Average period 60 ") })
        // A second fetch adds nothing.
        let again = try fetcher.fetch(query, into: db)
        #expect(again.added == 0 && again.duplicates == 21_600)
    }

    @Test func signatureIsCheckedAndAWrongSecretIsAClearError() throws {
        let moto = try LocalServer.moto(environment: ["INITIAL_NO_AUTH_ACTION_COUNT": "3"])
        #expect(CloudWatchFetcher.withPath(moto.baseURL) == moto.baseURL + "/")
        defer { moto.stop() }
        let script = Repository.root.appendingPathComponent("Tests/Support/moto_iam_key.py").path
        let created = try runProcess(URL(fileURLWithPath: "/usr/bin/env"), ["python3", script, moto.baseURL])
        try #require(created.status == 0, "moto_iam_key.py: \(created.stderr)")
        let parts = created.stdout.split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        try #require(parts.count == 2, "\(created.stdout)")
        let (key, secret) = (parts[0], parts[1])
        let truth = try Self.put(moto, key: key, secret: secret, minutes: 120)
        let query = CloudWatchQuery(cluster: "prod", service: "api", start: truth.first!.ts, end: truth.last!.ts + 60)

        // 119 points per call: the second call's page holds a single point and must join the same series.
        let good = CloudWatchFetcher(client: HTTPClient(), region: "us-east-1", credentials: AWSCredentials(accessKeyID: key, secretAccessKey: secret),
                                     endpoint: moto.baseURL, maxDatapointsPerCall: 119)
        let db = try Database.inMemory()
        let report = try good.fetch(query, into: db)
        #expect(report.files.count == 2 && report.added == 120)
        let series = try MetricStore(db).series(service: "prod/api")
        #expect(series.count == 1)
        #expect(series.first?.points == truth)


        let wrongSecret = "wrongSecretValue123"
        let bad = CloudWatchFetcher(client: HTTPClient(), region: "us-east-1",
                                    credentials: AWSCredentials(accessKeyID: key, secretAccessKey: wrongSecret, origin: "the environment"),
                                    endpoint: moto.baseURL)
        do {
            _ = try bad.fetchPages(query)
            Issue.record("a wrong secret must fail")
        } catch let error as MemBlameError {
            #expect(error.kind == .usage)
            #expect(error.message.hasPrefix("CloudWatch answered HTTP 403 SignatureDoesNotMatch"), "\(error.message)")
            #expect(error.message.hasSuffix("(credentials rejected; check the keys from the environment and the region us-east-1)"))
            #expect(!error.description.contains(wrongSecret) && !error.description.contains(secret))
        }
    }
}
