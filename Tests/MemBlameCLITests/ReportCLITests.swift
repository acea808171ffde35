import Foundation
import Testing
import MemBlameTestSupport

/// `report`, `suspects` and `query` on the demo database built by `memblame demo`.
@Suite(.serialized) struct ReportCLITests {
    let binary = Repository.memblameBinary
    static let db: String = {
        let path = Scratch.folder("report").appendingPathComponent("demo.db").path
        _ = try? runProcess(Repository.memblameBinary, ["demo", "--db", path, "--width", "80"])
        return path
    }()

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func demoNamesTheCulpritPR() throws {
        let result = try runProcess(binary, ["demo", "--db", Scratch.folder().appendingPathComponent("d.db").path, "--width", "80", "--color", "never"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("82 circleci files: added 30 rows"))
        #expect(result.stdout.contains("prod/worker: no leak found"))
        #expect(result.stdout.contains("Growth starts at PR #4312 'Upgrade newrelic agent to 9.8 (#4312)' by Alice Chen"))
        #expect(result.stdout.contains("The leak ended at PR #4352"))
        // The chart fits 80 columns and carries the onset and OOM markers.
        let chartLines = result.stdout.split(separator: "\n").drop { !$0.hasPrefix("prod/api MemoryUtilization") }.prefix(18)
        #expect(chartLines.allSatisfy { $0.count <= 80 })
        #expect(chartLines.contains { $0.contains("┃") })
        #expect(chartLines.contains { $0.contains("✕") })
        // So does the suspects table (the full one is --format csv|markdown|json).
        let table = result.stdout.split(separator: "\n").drop { !$0.hasPrefix("#  Score") }.prefix(5)
        #expect(table.count == 5 && table.allSatisfy { $0.count <= 80 })
    }

    /// The JSON shape is documented in the README; this pins its keys.
    @Test func reportJSONShapeIsStable() throws {
        let result = try runProcess(binary, ["report", "--db", Self.db, "--service", "prod/api", "--format", "json"])
        #expect(result.status == 0)
        let doc = try json(result.stdout)
        #expect(Set(doc.keys) == ["service", "series", "leak", "summary", "onset", "oom_restarts", "candidates", "suspects",
                                  "suspect_message", "last_healthy", "first_leaking", "next_step"])
        let onset = try #require(doc["onset"] as? [String: Any])
        #expect(Set(onset.keys) == ["time", "window_earliest", "window_latest", "method", "confidence", "slope_before_per_hour",
                                    "slope_after_per_hour", "intervals_growing_before", "intervals_before", "intervals_growing_after",
                                    "intervals_after", "limit", "time_to_limit_hours", "fixed_by"])
        let suspects = try #require(doc["suspects"] as? [[String: Any]])
        let first = try #require(suspects.first)
        #expect(Set(first.keys) == ["rank", "score", "components", "deploy", "seconds_from_onset", "slope_before_per_hour",
                                    "slope_after_per_hour", "flat_intervals_before", "intervals_before", "growing_intervals_after",
                                    "intervals_after", "rollback", "shipped", "reasons"])
        let components = try #require(first["components"] as? [String: Any])
        #expect(Set(components.keys) == ["bisection_consistency", "slope_jump", "time_proximity", "detector_probability"])
        let deploy = try #require(first["deploy"] as? [String: Any])
        #expect(Set(deploy.keys).isSubset(of: ["time", "pr", "sha", "title", "author", "url", "source", "approximate"]))
        #expect(doc["leak"] as? Bool == true)
        #expect((doc["oom_restarts"] as? [String])?.count == 4)
        let score = try #require(first["score"] as? Double)
        #expect(score >= 0 && score <= 1)
    }

    @Test func suspectsInEveryFormat() throws {
        let csv = try runProcess(binary, ["suspects", "--db", Self.db, "--service", "prod/api", "--format", "csv"])
        #expect(csv.status == 0)
        #expect(csv.stdout.hasPrefix("rank,score,time,from_onset,pr,title,author,sha,bisection_consistency,slope_jump,time_proximity,detector_probability,slope_before_per_hour,slope_after_per_hour,note\n1,"))
        let markdown = try runProcess(binary, ["suspects", "--db", Self.db, "--service", "prod/api", "--format", "markdown"])
        #expect(markdown.stdout.hasPrefix("| # | Score | Deployed |"))
        let table = try runProcess(binary, ["suspects", "--db", Self.db, "--service", "prod/api"])
        #expect(table.stdout.hasPrefix("growth starts at PR #"))
        let report = try runProcess(binary, ["report", "--db", Self.db, "--service", "prod/api", "--format", "markdown", "--width", "80"])
        #expect(report.stdout.hasPrefix("## memblame: prod/api\n\n**growth began"))
        #expect(report.stdout.contains("### Suspects"))
        #expect(!report.stdout.contains("\u{1B}["))
    }

    @Test func healthyServiceExitsOneInWords() throws {
        let result = try runProcess(binary, ["report", "--db", Self.db, "--service", "prod/worker", "--no-chart"])
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("no leak found"))
    }

    @Test func htmlReportIsWritten() throws {
        let html = Scratch.folder().appendingPathComponent("r.html").path
        let result = try runProcess(binary, ["report", "--db", Self.db, "--service", "prod/api", "--html", html, "--no-chart"])
        #expect(result.status == 0)
        let page = try String(contentsOfFile: html, encoding: .utf8)
        #expect(page.contains("<svg"))
        #expect(page.contains("PR #4312"))
        #expect(!page.contains("http://") || page.contains("xmlns"))
    }

    @Test func queryRunsTheEmbeddedSQL() throws {
        let segments = try runProcess(binary, ["query", "segments", "--db", Self.db, "--param", "service=prod/api", "--format", "csv"])
        #expect(segments.status == 0)
        let lines = segments.stdout.split(separator: "\n")
        #expect(lines.first == "deploy_time,pr,sha,title,n,first_time,last_time,min_value,max_value,first_value,last_value,slope_per_hour")
        #expect(lines.count == 1 + 30)   // one row per deploy interval with points (the first deploy predates the data)
        let unknown = try runProcess(binary, ["query", "nope", "--db", Self.db])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.hasPrefix("memblame: error: no query named 'nope'; known queries: "))
    }
}
