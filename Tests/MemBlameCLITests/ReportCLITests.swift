import Foundation
import Testing
import MemBlameKit
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
        #expect(Set(doc.keys) == ["service", "series", "leak", "outcome", "leak_probability", "summary", "onset", "oom_restarts", "candidates", "suspects",
                                  "suspect_message", "last_healthy", "first_leaking", "next_step", "ruled_out_leaks"])
        let onset = try #require(doc["onset"] as? [String: Any])
        #expect(Set(onset.keys) == ["time", "window_earliest", "window_latest", "method", "confidence", "slope_before_per_hour",
                                    "slope_after_per_hour", "intervals_growing_before", "intervals_before", "intervals_growing_after",
                                    "intervals_after", "limit", "time_to_limit_hours", "fixed_by", "fix_hours_of_data_after",
                                    "fix_tentative"])
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
        #expect(doc["outcome"] as? String == "leak")
        #expect((doc["leak_probability"] as? Double ?? 0) >= 0.95)
        #expect((doc["oom_restarts"] as? [String])?.count == 4)
        let score = try #require(first["score"] as? Double)
        #expect(score >= 0 && score <= 1)
    }

    /// `onset --format json` has the same conventions (the same encoder): snake_case keys, every key present,
    /// times as ISO 8601 UTC strings, never epoch numbers.
    @Test func onsetJSONShapeIsStable() throws {
        let result = try runProcess(binary, ["onset", "--db", Self.db, "--service", "prod/api", "--format", "json"])
        #expect(result.status == 0)
        let doc = try json(result.stdout)
        #expect(Set(doc.keys) == ["leak", "outcome", "leak_probability", "onset", "onset_window_earliest", "onset_window_latest", "culprit_deploy_index", "candidates",
                                  "slope_before_per_hour", "slope_after_per_hour", "intervals_growing_before", "intervals_before",
                                  "intervals_growing_after", "intervals_after", "confidence", "time_to_limit_seconds", "limit",
                                  "oom_restarts", "resets", "intervals", "fixed_by_deploy_index", "fix_hours_of_data_after", "fix_tentative",
                                  "ruled_out_leaks", "method", "unit", "series_description",
                                  "summary"])
        func isISO(_ value: Any?) -> Bool {
            guard let text = value as? String else { return false }
            return text.count == 20 && text.hasSuffix("Z") && Timestamp.parse(text) != nil
        }
        #expect(isISO(doc["onset"]) && isISO(doc["onset_window_earliest"]) && isISO(doc["onset_window_latest"]))
        #expect((doc["oom_restarts"] as? [Any])?.count == 4 && (doc["oom_restarts"] as? [Any])?.allSatisfy(isISO) == true)
        let candidate = try #require((doc["candidates"] as? [[String: Any]])?.first)
        #expect(Set(candidate.keys) == ["deploy_index", "time", "probability", "slope_before_per_hour", "slope_after_per_hour"])
        #expect(isISO(candidate["time"]))
        let resets = try #require(doc["resets"] as? [[String: Any]])
        #expect(!resets.isEmpty && resets.allSatisfy { Set($0.keys) == ["time", "kind", "deploy_index", "drop_time"] && isISO($0["time"]) })
        let intervals = try #require(doc["intervals"] as? [[String: Any]])
        #expect(!intervals.isEmpty)
        for interval in intervals {
            #expect(Set(interval.keys) == ["start", "end", "reset_kind", "deploy_index", "settled_start", "trend_start", "warm_up_skipped_seconds",
                                           "warm_up_tau_hours", "warm_up_amplitude", "judged_with_service_warm_up", "n", "slope_per_hour",
                                           "slope_low_per_hour", "slope_high_per_hour", "mann_kendall_z", "mann_kendall_p", "z_score",
                                           "slope_standard_error_per_hour", "noise", "informative", "growing", "probability_growing"])
            #expect(isISO(interval["start"]) && isISO(interval["end"]) && isISO(interval["settled_start"]) && isISO(interval["trend_start"]))
        }
        // The report's onset time and the onset command's agree, in the same format.
        let report = try json(try runProcess(binary, ["report", "--db", Self.db, "--service", "prod/api", "--format", "json"]).stdout)
        #expect((report["onset"] as? [String: Any])?["time"] as? String == doc["onset"] as? String)
    }

    /// No machine output (CSV or JSON of any listing) carries a time as an epoch number.
    @Test func machineOutputTimesAreISO8601() throws {
        let commands: [[String]] = [["series"], ["deploys"], ["onset", "--service", "prod/api"], ["suspects", "--service", "prod/api"],
                                    ["query", "series-summary"], ["query", "segments", "--param", "service=prod/api"]]
        let epoch = try Regex(#"(^|[,: \[])1[0-9]{9}($|[,\n}\]])"#)
        for command in commands {
            for format in ["csv", "json"] {
                let result = try runProcess(binary, command + ["--db", Self.db, "--format", format])
                #expect([0, 1].contains(result.status), "\(command) \(format): \(result.stderr)")
                #expect(result.stdout.contains("2026-"), "\(command) \(format)")
                for line in result.stdout.split(separator: "\n") {
                    #expect(line.firstMatch(of: epoch) == nil, "\(command) --format \(format): epoch time in \(line)")
                }
            }
        }
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
        // What the answer rules out: a leak since the first deploy (57 days of data) and from the last deploys.
        #expect(result.stdout.contains("it rules out a leak faster than"))
        let json = try runProcess(binary, ["report", "--db", Self.db, "--service", "prod/worker", "--format", "json"])
        let ruledOut = try #require(try self.json(json.stdout)["ruled_out_leaks"] as? [[String: Any]])
        #expect(ruledOut.count == 2)
        #expect(ruledOut.allSatisfy { Set($0.keys) == ["deploy", "hours_of_data_after", "rate_per_hour"] && ($0["rate_per_hour"] as? Double ?? 0) > 0 })
        #expect((ruledOut[0]["hours_of_data_after"] as? Double ?? 0) > (ruledOut[1]["hours_of_data_after"] as? Double ?? 0))
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
