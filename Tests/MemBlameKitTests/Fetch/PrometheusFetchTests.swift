import Foundation
import Testing
@testable import MemBlameKit
import MemBlameTestSupport

/// The pure parts of `fetch prometheus`: step, windows, PromQL, image tags, restarts and the signal choice.
@Suite struct PrometheusPlanTests {
    @Test(arguments: [(3600, 60), (14 * 86_400, 60), (14 * 86_400 + 3600, 120), (28 * 86_400, 120), (60 * 86_400, 300), (400 * 86_400, 1800), (500 * 86_400, 3600)])
    func stepFollowsTheRange(_ range: Int, _ step: Int) {
        #expect(PrometheusQueryPlan.autoStep(start: 1_772_409_600, end: 1_772_409_600 + Int64(range)) == step)
    }

    @Test func windowsAreAlignedInclusiveAndUnderTheLimit() {
        // 30 days at 60 s: 43,201 evaluation times in windows of at most 11,000.
        let start: Int64 = 1_772_409_630, end = start + 30 * 86_400
        let windows = PrometheusQueryPlan.windows(start: start, end: end, step: 60)
        #expect(windows.count == 4)
        #expect(windows.first!.start == 1_772_409_600)
        #expect(windows.last!.end == end + 30)
        for (a, b) in zip(windows, windows.dropFirst()) { #expect(b.start == a.end + 60) }
        for w in windows { #expect((w.end - w.start) / 60 + 1 <= 11_000 && w.start % 60 == 0) }
        #expect(windows.reduce(0) { $0 + ($1.end - $1.start) / 60 + 1 } == 43_202)
        #expect(PrometheusQueryPlan.windows(start: 0, end: 600, step: 60, maxPoints: 11).count == 1)
        #expect(PrometheusQueryPlan.windows(start: 0, end: 660, step: 60, maxPoints: 11).map(\.start) == [0, 660])
    }

    @Test func workloadsBecomeLabelMatchers() throws {
        #expect(try KubernetesWorkload.deployment(namespace: "shop", name: "api.v2").matchers() == #"namespace="shop",pod=~"api\\.v2-[a-z0-9]+-[a-z0-9]+""#)
        #expect(try KubernetesWorkload.statefulset(namespace: "db", name: "pg").matchers() == #"namespace="db",pod=~"pg-[0-9]+""#)
        #expect(try KubernetesWorkload.selector(#" {namespace="shop", app="api"} "#).matchers() == #"namespace="shop", app="api""#)
        #expect(throws: MemBlameError.self) { try KubernetesWorkload.deployment(namespace: "shop", name: "Api\"}").matchers() }
        #expect(throws: MemBlameError.self) { try KubernetesWorkload.selector(#"{namespace="shop}"#).matchers() }
        let memory = PrometheusQueryPlan.memory("container_memory_rss", matchers: #"namespace="shop""#, container: "app", excludeJobs: true)
        #expect(memory == #"sum by (pod) (container_memory_rss{namespace="shop",container!="",container!="POD",container="app"}) unless on (pod) max by (pod) (kube_pod_owner{namespace="shop",owner_kind="Job"})"#)
        #expect(PromQL.string(#"a"b\c"#) == #""a\"b\\c""#)
    }

    @Test(arguments: [
        ("registry.example.com:5000/shop/api:3f9c2ab", "3f9c2ab"),
        ("api:sha-3f9c2ab1", "3f9c2ab1"),
        ("api:v1.4.0-3f9c2ab", "3f9c2ab"),
        ("ghcr.io/acme/api:0a1b2c3d4e5f60718293a4b5c6d7e8f901234567", "0a1b2c3d4e5f60718293a4b5c6d7e8f901234567"),
        ("api:3f9c2ab@sha256:9d5e0c4f1e2b3a4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4", "3f9c2ab"),
    ])
    func imageTagsThatLookLikeCommits(_ image: String, _ sha: String) {
        #expect(KubernetesRollouts.sha(inImage: image) == sha)
    }

    @Test(arguments: ["api:latest", "api:1234567", "api:deadbeef-cafe", "api@sha256:9d5e0c4f1e2b3a4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4",
                      "localhost:5000/api", "api:v1.4.0", "api:abcdef"])
    func imageTagsThatDoNot(_ image: String) {
        #expect(KubernetesRollouts.sha(inImage: image) == nil)
    }

    @Test func replicaSetsBecomeRolloutsWithTheirImages() {
        let containers = [(pod: "api-7b6c-x1", container: "istio-proxy", image: "istio/proxyv2:1.20"),
                          (pod: "api-7b6c-x1", container: "api", image: "acme/api:a1b2c3d"),
                          (pod: "api-84f9-y2", container: "app", image: "acme/api:latest")]
        let sets = [KubernetesRollouts.ReplicaSet(name: "api-84f9", created: 2000, image: KubernetesRollouts.image(of: "api-84f9", workload: "api", containers: containers)),
                    KubernetesRollouts.ReplicaSet(name: "api-7b6c", created: 1000, image: KubernetesRollouts.image(of: "api-7b6c", workload: "api", containers: containers))]
        let deploys = KubernetesRollouts.deploys(sets, service: "shop/api")
        #expect(deploys.map(\.externalID) == ["api-7b6c", "api-84f9"])
        #expect(deploys.map(\.sha) == ["a1b2c3d", nil])
        // With a SHA the git log gives the title; without one the ReplicaSet and image say what shipped.
        #expect(deploys.map(\.title) == [nil, "ReplicaSet api-84f9 image acme/api:latest"])
        #expect(deploys.allSatisfy { $0.source == "kubernetes" && $0.service == "shop/api" })
    }

    @Test func podsAreCutAtTheirRestartsAndOOMKillsAreTold() {
        // One point a minute; the container is OOM-killed after minute 9 and restarts for another reason after 19.
        let memory: [Point] = (0..<30).map { (m: Int) -> Point in Point(ts: Int64(m) * 60, value: Double(100 + (m % 10) * 40)) }
        let counter: [Point] = (0..<30).map { (m: Int) -> Point in Point(ts: Int64(m) * 60, value: m >= 20 ? 2.0 : (m >= 10 ? 1.0 : 0.0)) }
        let marker: [Point] = (10..<20).map { (m: Int) -> Point in Point(ts: Int64(m) * 60, value: 1) }
        let restarts = PodLives.restarts(counter: counter, oomMarker: marker)
        #expect(restarts == [PodLives.Restart(ts: 600, previousTs: 540, oom: true), PodLives.Restart(ts: 1200, previousTs: 1140, oom: false)])
        let lives = PodLives.split(memory, restarts: restarts, countsKnown: true)
        #expect(lives.map { $0.points.first!.ts } == [0, 600, 1200])
        #expect(lives.map { $0.end } == [LifeEnd.oom, .notOOM, .notOOM])
        #expect(PodLives.split(memory, restarts: [], countsKnown: false).map { $0.end } == [LifeEnd.unknown])
    }

    @Test func workingSetGrowingWhileRSSIsFlatIsPageCache() {
        func pods(_ perHour: Double) -> [String: [Point]] {
            ["a": (0..<240).map { Point(ts: Int64($0) * 60, value: 200e6 + perHour * Double($0) / 60) },
             "b": (0..<240).map { Point(ts: Int64($0) * 60, value: 210e6 + perHour * Double($0) / 60) }]
        }
        let cache = SignalChoice.choose(workingSet: pods(20e6), rss: pods(0))
        #expect(cache.signal == "container_memory_rss")
        #expect(cache.note.contains("active page cache"))
        #expect(SignalChoice.choose(workingSet: pods(20e6), rss: pods(18e6)).signal == "container_memory_working_set_bytes")
        #expect(SignalChoice.choose(workingSet: pods(20e6), rss: [:]).signal == "container_memory_working_set_bytes")
        #expect(SignalChoice.choose(workingSet: pods(0), rss: pods(0)).signal == "container_memory_working_set_bytes")
    }

    @Test func authComesFromTheEnvironment() throws {
        #expect(try PrometheusAuth.from(environment: ["PROMETHEUS_TOKEN": "t0ken", "PROMETHEUS_USER": "u"]) == .bearer("t0ken"))
        let basic = try PrometheusAuth.from(environment: ["PROMETHEUS_USER": "alice", "PROMETHEUS_PASSWORD": "s3cret"])
        #expect(basic.headers.map(\.1) == ["Basic YWxpY2U6czNjcmV0"])
        #expect(try PrometheusAuth.from(environment: [:]) == PrometheusAuth.none)
        #expect(throws: MemBlameError.self) { try PrometheusAuth.from(environment: ["PROMETHEUS_USER": "alice"]) }
    }
}

/// `PrometheusFetcher` against the loopback replay server: auth headers, windows, retries, the resolution limit.
@Suite(.serialized) struct PrometheusReplayTests {
    static let start: Int64 = 1_772_409_600
    static let end = start + 2 * 86_400

    final class Harness {
        let server: LocalServer
        let client: HTTPClient
        var sleeps: [Double] = []

        init(_ behaviours: [String] = [], environment: [String: String] = [:]) throws {
            server = try LocalServer.replay(fixtures: Fixture.path("fetch"), behaviours: behaviours, environment: environment)
            client = HTTPClient(userAgent: "memblame/9.9.9", timeout: 10, retry: RetryPolicy(maxAttempts: 3, baseDelay: 0.01, maxDelay: 0.05, seed: 7))
            client.sleep = { [unowned self] in self.sleeps.append($0) }
        }

        func fetch(auth: PrometheusAuth = .none, maxPoints: Int = 11_000) throws -> (PrometheusFetchResult, Database) {
            let db = try Database.inMemory()
            let fetcher = PrometheusFetcher(client: client, baseURL: server.baseURL + "/", auth: auth, maxPointsPerQuery: maxPoints)
            let query = PrometheusQuery(workload: .deployment(namespace: "shop", name: "api"), service: "shop/api", start: PrometheusReplayTests.start, end: PrometheusReplayTests.end)
            return (try fetcher.fetch(query, into: db), db)
        }

        /// (start, end, step) of the requests for `metric`'s per-pod sum.
        func windows(_ metric: String) throws -> [(Int64, Int64, Int64)] {
            try server.requests().compactMap { request -> (Int64, Int64, Int64)? in
                guard let c = URLComponents(string: "http://x" + request.path), c.path == "/api/v1/query_range",
                      let items = c.queryItems, items.first(where: { $0.name == "query" })?.value?.hasPrefix("sum by (pod) (\(metric){") == true else { return nil }
                func value(_ name: String) -> Int64 { Int64(items.first { $0.name == name }?.value ?? "") ?? -1 }
                return (value("start"), value("end"), value("step"))
            }
        }
    }

    @Test func bearerTokenIsSentAndTheRangeIsSplitIntoWindows() throws {
        let h = try Harness(environment: ["REPLAY_PROMETHEUS_AUTH": "Bearer pr0m-T0KEN-e2e"])
        defer { h.server.stop() }
        let (result, db) = try h.fetch(auth: .bearer("pr0m-T0KEN-e2e"), maxPoints: 1000)
        let requests = try h.server.requests()
        #expect(requests.allSatisfy { $0.auth && $0.userAgent == "memblame/9.9.9" })
        // 2 days at the auto step of 60 s: 2,881 times in windows of 1,000, 1,000 and 881.
        let windows = try h.windows("container_memory_working_set_bytes")
        #expect(windows.map(\.0) == [Self.start, Self.start + 60_000, Self.start + 120_000])
        #expect(windows.map(\.1) == [Self.start + 59_940, Self.start + 119_940, Self.end])
        #expect(windows.allSatisfy { $0.2 == 60 })
        // Without limits only the analysed signal is stored, in bytes: two pods, every minute.
        let series = try MetricStore(db).series(service: "shop/api")
        #expect(series.map(\.key.metric) == ["container_memory_working_set_bytes", "container_memory_working_set_bytes"])
        #expect(series.map { $0.points.count } == [2881, 2881])
        #expect(series[0].points.first == Point(ts: Self.start, value: 100 * 1_048_576))
        #expect(result.notes.contains { $0.contains("no memory limit") })
        #expect(result.notes.contains { $0.contains("no ReplicaSets of deployment shop/api") })
        #expect(h.sleeps.isEmpty)
    }

    @Test func basicAuthAndARejectedToken() throws {
        let h = try Harness(environment: ["REPLAY_PROMETHEUS_AUTH": "Basic YWxpY2U6czNjcmV0LXB3"])
        defer { h.server.stop() }
        _ = try h.fetch(auth: .basic(user: "alice", password: "s3cret-pw"))
        #expect(try h.server.requests().allSatisfy(\.auth))
        do {
            _ = try h.fetch(auth: .bearer("wr0ng-T0KEN"))
            Issue.record("a rejected token must fail")
        } catch let error as MemBlameError {
            #expect(error.kind == .usage)
            #expect(error.message.contains("Prometheus token rejected (HTTP 401"), "\(error.message)")
            #expect(error.message.contains("PROMETHEUS_TOKEN"))
            #expect(!"\(error)".contains("wr0ng-T0KEN"))
        }
    }

    @Test func a503IsRetried() throws {
        let h = try Harness(["503@container_memory_working_set_bytes"])
        defer { h.server.stop() }
        let (_, db) = try h.fetch()
        #expect(h.sleeps.count == 1)
        #expect(try h.windows("container_memory_working_set_bytes").count == 2)  // the 503 and its retry
        #expect(try MetricStore(db).series(service: "shop/api").map { $0.points.count } == [2881, 2881])
    }

    @Test func aLowerResolutionLimitHalvesTheWindow() throws {
        // The server refuses more than 1,500 points; memblame asks for 2,881 at once, then halves until it fits.
        let h = try Harness(environment: ["REPLAY_PROMETHEUS_MAX_POINTS": "1500"])
        defer { h.server.stop() }
        let (_, db) = try h.fetch()
        let windows = try h.windows("container_memory_working_set_bytes")
        #expect(windows.map { ($0.1 - $0.0) / 60 + 1 } == [2881, 1440, 1441])
        #expect(windows[1].1 + 60 == windows[2].0)
        #expect(try MetricStore(db).series(service: "shop/api").map { $0.points.count } == [2881, 2881])
    }

    @Test func aRejectedQueryNamesPrometheusMessage() throws {
        // A server that refuses even 60 points: halved 2,881 → 1,440 → 720 → 360 → 180 → 90 → 45, then the error.
        let h = try Harness(environment: ["REPLAY_PROMETHEUS_MAX_POINTS": "30"])
        defer { h.server.stop() }
        do {
            _ = try h.fetch()
            Issue.record("a 30-point limit is not worked around")
        } catch let error as MemBlameError {
            #expect(error.kind == .usage)
            #expect(error.message.hasPrefix("Prometheus rejected the query (HTTP 400 bad_data): exceeded maximum resolution of 11,000 points"), "\(error.message)")
            #expect(try h.windows("container_memory_working_set_bytes").map { ($0.1 - $0.0) / 60 + 1 } == [2881, 1440, 720, 360, 180, 90, 45])
        }
    }

    /// HTTPS with a private CA: refused without it (TLS is verified), fetched with `caFile` (`--ca-cert`).
    @Test func aPrivateCAIsTrustedOnlyWhenGiven() throws {
        let folder = Scratch.folder("memblame-tls")
        let cert = folder.appendingPathComponent("cert.pem").path, key = folder.appendingPathComponent("key.pem").path
        let made = try runProcess(URL(fileURLWithPath: "/usr/bin/env"), ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
                                                                         "-days", "2", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"])
        try #require(made.status == 0, "\(made.stderr)")
        let h = try Harness(environment: ["REPLAY_TLS_CERT": cert, "REPLAY_TLS_KEY": key])
        defer { h.server.stop() }
        let https = "https://127.0.0.1:\(h.server.port)"
        let query = PrometheusQuery(workload: .deployment(namespace: "shop", name: "api"), service: "shop/api", start: Self.start, end: Self.start + 3600)
        do {
            _ = try PrometheusFetcher(client: h.client, baseURL: https, auth: .none).fetch(query, into: try Database.inMemory())
            Issue.record("a self-signed certificate must be refused without --ca-cert")
        } catch let error as MemBlameError {
            #expect(error.kind == .io)
            #expect(error.message.lowercased().contains("certificate"), "\(error.message)")
        }
        h.client.caFile = cert
        let db = try Database.inMemory()
        _ = try PrometheusFetcher(client: h.client, baseURL: https, auth: .none).fetch(query, into: db)
        #expect(try MetricStore(db).series(service: "shop/api").map { $0.points.count } == [61, 61])
    }
}
