import Foundation
import Testing
import MemBlameKit
import MemBlameTestSupport

/// `memblame fetch prometheus` against a real Prometheus (Debian's package) on 127.0.0.1, over a generated
/// Deployment backfilled with promtool: the leak ships with rollout 3, one pod is OOM-killed, one restarts.
@Suite(.serialized, .enabled(if: LocalServer.prometheusTestsEnabled, "prometheus is not installed and CI is not set: apt-get install prometheus"))
struct PrometheusCLITests {
    let binary = Repository.memblameBinary

    func run(_ arguments: [String], _ env: [String: String] = [:]) throws -> ProcessResult {
        var environment = ProcessInfo.processInfo.environment
        for key in ["PROMETHEUS_URL", "PROMETHEUS_TOKEN", "PROMETHEUS_USER", "PROMETHEUS_PASSWORD", "http_proxy", "HTTP_PROXY", "ALL_PROXY", "all_proxy"] {
            environment[key] = nil
        }
        return try runProcess(binary, arguments, environment: environment.merging(env) { $1 })
    }

    @Test func leakingRolloutRestartsAndOOMKillFromARealPrometheus() throws {
        let scenario = KubernetesScenario()
        let started = Date()
        let server = try LocalServer.prometheus(openMetrics: scenario.openMetrics())
        defer { server.stop() }
        let ready = Date()
        let db = Scratch.folder().appendingPathComponent("k8s.db").path
        let gitLog = Scratch.file("git-log.tsv", scenario.gitLog())
        let imported = try run(["import", "deploys", "--db", db, gitLog])
        try #require(imported.status == 0, "\(imported.stderr)")

        // 60 hours at the auto step (60 s): 3,601 points per series; --max-points 1000 splits each query in 4 windows.
        let fetched = try run(["fetch", "prometheus", "--db", db, "--url", server.baseURL, "--namespace", "shop", "--deployment", "api",
                               "--since", Timestamp.iso(scenario.start), "--until", Timestamp.iso(scenario.end), "--max-points", "1000"])
        #expect(fetched.status == 0, "\(fetched.stderr)")
        print(String(format: "real Prometheus: backfill and start %.1f s, fetch (22 requests, 54,736 points) %.1f s",
                     ready.timeIntervalSince(started), Date().timeIntervalSince(ready)))
        #expect(fetched.stdout.contains("shop/api: 5 rollouts from ReplicaSets, 2 container restarts (1 OOM-killed); signal container_memory_working_set_bytes"), "\(fetched.stdout)")
        #expect(fetched.stderr.contains("analysed container_memory_working_set_bytes (RSS agrees"), "\(fetched.stderr)")
        #expect(fetched.stderr.contains("skipped 1 pod owned by Jobs"), "\(fetched.stderr)")
        // The initial ReplicaSet predates the data: the history covers the series, so no depth note.
        #expect(!fetched.stderr.contains("revisionHistoryLimit"), "\(fetched.stderr)")

        let database = try Database(path: db)
        let deploys = try DeployStore(database).deploys(service: "shop/api")
        #expect(deploys.map(\.externalID) == (0...4).map(scenario.replicaSet))
        #expect(deploys.map(\.ts) == (0...4).map(scenario.created))
        #expect(deploys.map(\.sha) == (0...4).map { String(scenario.commit($0).prefix(8)) })
        // The git log links each rollout's image tag to its PR.
        #expect(deploys.map(\.pr) == [101, 102, 103, 104, 105])
        let series = try MetricStore(database).series(service: "shop/api")
        let percent = series.filter { $0.key.metric == "container_memory_working_set_bytes_percent_of_limit" }
        #expect(percent.count == 15)
        #expect(percent.allSatisfy { $0.unit == .percent && $0.key.dimensions.keys.sorted() == ["pod"] })
        #expect(!series.contains { $0.key.dimensions["pod"] == "api-migrate-q8w4e" })
        let points = percent.first { $0.key.dimensions["pod"] == scenario.pod(2, 0) }!.points
        // One point a minute over the pod's life, plus 5: backfilled blocks carry no staleness markers, so Prometheus
        // keeps answering a series' last sample for its 5-minute lookback.
        #expect(points.count == Int((scenario.created(3) + 120 - scenario.created(2)) / 60) + 1 + 5)

        // Fetching again adds nothing.
        let again = try run(["fetch", "prometheus", "--db", db, "--url", server.baseURL, "--namespace", "shop", "--deployment", "api",
                             "--since", Timestamp.iso(scenario.start), "--until", Timestamp.iso(scenario.end)])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("added 0 points and rollouts"), "\(again.stdout)")

        let onset = try run(["onset", "--db", db, "--service", "shop/api", "--format", "json"])
        #expect(onset.status == 0, "\(onset.stderr)\n\(onset.stdout)")
        let json = try JSONSerialization.jsonObject(with: Data(onset.stdout.utf8)) as? [String: Any] ?? [:]
        // The deploys are the 5 ReplicaSets in time order: index 3 is rollout 3.
        #expect(json["culprit_deploy_index"] as? Int == 3, "\(onset.stdout.prefix(3000))")
        #expect((json["oom_restarts"] as? [String])?.count == 1, "\(onset.stdout.prefix(3000))")
        let resets = json["resets"] as? [[String: Any]] ?? []
        #expect(resets.filter { $0["kind"] as? String == "restart" }.count == 2, "\(resets)")

        let report = try run(["report", "--db", db, "--service", "shop/api"])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("Out-of-memory restarts: 1"), "\(report.stdout)")
        #expect(report.stdout.contains("#104"), "\(report.stdout)")
    }

    /// The signal trap: every pod's working set climbs with page cache while RSS stays flat. The fetch analyses
    /// RSS and says why, and finds no leak; the initial ReplicaSet is gone, so it says the history is short.
    @Test func pageCacheGrowthIsNotALeak() throws {
        var scenario = KubernetesScenario()
        scenario.leakFrom = 99
        scenario.pageCachePerHour = 15 * 1_048_576
        scenario.restarts = false
        scenario.forgetsFirstReplicaSet = true
        let server = try LocalServer.prometheus(openMetrics: scenario.openMetrics())
        defer { server.stop() }
        let db = Scratch.folder().appendingPathComponent("cache.db").path
        let fetched = try run(["fetch", "prometheus", "--db", db, "--url", server.baseURL, "--namespace", "shop", "--deployment", "api",
                               "--since", Timestamp.iso(scenario.start), "--until", Timestamp.iso(scenario.end)])
        #expect(fetched.status == 0, "\(fetched.stderr)")
        #expect(fetched.stderr.contains("analysed container_memory_rss, not container_memory_working_set_bytes: the working set grows (+15."), "\(fetched.stderr)")
        #expect(fetched.stderr.contains("MiB/h per pod) while RSS stays flat (+0.0 MiB/h); the difference is active page cache"), "\(fetched.stderr)")
        #expect(fetched.stderr.contains("the rollout history starts at \(Timestamp.iso(scenario.created(1))), after the memory series"), "\(fetched.stderr)")
        #expect(fetched.stdout.contains("shop/api: 4 rollouts from ReplicaSets, 0 container restarts (0 OOM-killed); signal container_memory_rss"), "\(fetched.stdout)")
        let onset = try run(["onset", "--db", db, "--service", "shop/api", "--format", "json"])
        #expect(onset.status == 1, "\(onset.stderr)\n\(onset.stdout.prefix(2000))")
        let json = try JSONSerialization.jsonObject(with: Data(onset.stdout.utf8)) as? [String: Any] ?? [:]
        #expect(json["outcome"] as? String == "no-leak")
        #expect((json["series_description"] as? String ?? "").contains("per-task series of container_memory_rss_percent_of_limit"), "\(json["series_description"] ?? "")")
    }
}
