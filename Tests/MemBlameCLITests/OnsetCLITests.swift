import Foundation
import Testing
import MemBlameKit
import MemBlameTestSupport

/// `memblame onset` on generated traces imported through the CLI: exit codes and words.
@Suite struct OnsetCLITests {
    let binary = Repository.memblameBinary

    /// A database holding `trace` as service prod/api.
    func database(_ trace: LabelledTrace) throws -> String {
        let folder = Scratch.folder()
        let db = folder.appendingPathComponent("m.db").path
        let metrics = folder.appendingPathComponent("metrics.csv").path
        let deploys = folder.appendingPathComponent("deploys.csv").path
        try ("timestamp,value\n" + trace.points.map { "\($0.ts),\($0.value)" }.joined(separator: "\n")).write(toFile: metrics, atomically: true, encoding: .utf8)
        try ("time,service,sha,pr,title,author\n" + trace.deploys.map { "\(Timestamp.iso($0.ts)),prod/api,\($0.sha!),\($0.pr!),\($0.title!),gen" }
            .joined(separator: "\n")).write(toFile: deploys, atomically: true, encoding: .utf8)
        #expect(try runProcess(binary, ["import", "metrics", "--db", db, "--service", "prod/api", metrics]).status == 0)
        #expect(try runProcess(binary, ["import", "deploys", "--db", db, deploys]).status == 0)
        return db
    }

    @Test func leakExitsZeroAndNamesTheCulprit() throws {
        let trace = TraceGenerator.trace(shape: "linear", seed: 101)
        let db = try database(trace)
        let result = try runProcess(binary, ["onset", "--db", db])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Leak: growth began"))
        #expect(result.stdout.contains("at deploy PR #\(trace.deploys[trace.culpritIndex!].pr!)"))
        let json = try runProcess(binary, ["onset", "--db", db, "--format", "json", "--service", "prod/api"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["culprit_deploy_index"] as? Int == trace.culpritIndex)
        #expect((object?["onset"] as? String)?.hasSuffix("Z") == true)
    }

    @Test func inconclusiveExitsThreeAndSaysWhatWouldDecide() throws {
        // Memory grows from the first data on, with two hours before the first deploy: nothing says it was ever healthy.
        var rng = SplitMix64(seed: 8)
        let start: Int64 = 1_780_000_000
        let deploys = [7200, 36_000].map { Deploy(service: "prod/api", ts: start + Int64($0), source: "test", externalID: "d\($0)",
                                                  sha: String(format: "%040x", $0), pr: $0, title: "Change \($0)", author: "gen") }
        var points: [Point] = []
        var restart = start - 600
        for m in 0..<(16 * 60) {
            let ts = start + Int64(m) * 60
            if deploys.contains(where: { $0.ts == ts }) { restart = ts }
            points.append(Point(ts: ts, value: 20 + 1.2 * Double(ts - restart) / 3600 + 0.2 * rng.normal()))
        }
        let trace = LabelledTrace(name: "inconclusive", kind: "test", points: points, deploys: deploys, leaking: true, culpritIndex: nil, onset: nil)
        let db = try database(trace)
        for command in ["onset", "suspects", "report"] {
            let result = try runProcess(binary, [command, "--db", db, "--service", "prod/api", "--width", "80"].filter { command == "report" || $0 != "--width" && $0 != "80" })
            #expect(result.status == 3, "\(command): \(result.stdout.prefix(300)) \(result.stderr.prefix(300))")
        }
        let onset = try runProcess(binary, ["onset", "--db", db, "--service", "prod/api"])
        #expect(onset.stdout.hasPrefix("inconclusive: "))
        #expect(onset.stdout.contains("would decide"))
        let json = try runProcess(binary, ["onset", "--db", db, "--service", "prod/api", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["outcome"] as? String == "inconclusive")
    }

    @Test func noLeakExitsOneInWords() throws {
        let db = try database(TraceGenerator.trace(shape: "daily", seed: 101))
        let result = try runProcess(binary, ["onset", "--db", db, "--sweep"])
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("no leak found: "))
        #expect(result.stdout.contains("sensitivity sweep"))
        // One JSON document with the sweep inside it; CSV cannot hold two tables and says so.
        let json = try runProcess(binary, ["onset", "--db", db, "--sweep", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let rows = object?["sensitivity_sweep"] as? [[String: Any]]
        #expect(rows?.map { $0["sensitivity"] as? Double } == SensitivitySweep.defaultLevels)
        #expect(rows?.allSatisfy { $0["leak"] as? Bool == false } == true)
        let plain = try runProcess(binary, ["onset", "--db", db, "--format", "json"])
        #expect(!plain.stdout.contains("sensitivity_sweep"))
        let csv = try runProcess(binary, ["onset", "--db", db, "--sweep", "--format", "csv"])
        #expect(csv.status == 64 && csv.stderr.contains("--format json"))
    }

    @Test func usageErrors() throws {
        let db = try database(TraceGenerator.trace(shape: "step", seed: 101))
        let unknown = try runProcess(binary, ["onset", "--db", db, "--service", "nope"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr == "memblame: error: no series for service \"nope\"; stored services: prod/api\n")
        let bad = try runProcess(binary, ["onset", "--db", db, "--sensitivity", "loud"])
        #expect(bad.status == 64)
    }
}
