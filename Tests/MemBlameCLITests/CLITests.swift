import Foundation
import Testing
import MemBlameTestSupport

/// Runs the built `memblame` binary and checks stdout, stderr and the exit code.
@Suite struct CLITests {
    let binary = Repository.memblameBinary

    @Test func helpListsCommands() throws {
        let result = try runProcess(binary, ["--help"])
        #expect(result.status == 0)
        for command in ["import", "series", "deploys", "query", "demo"] { #expect(result.stdout.contains(command)) }
    }

    @Test func badCSVExitsWithLocatedErrorAndWritesNothing() throws {
        let folder = Scratch.folder()
        let db = folder.appendingPathComponent("x.db").path
        let csv = folder.appendingPathComponent("bad.csv").path
        try "timestamp,value\n2026-11-24T08:00:00Z,1\nnot-a-time,2\n".write(toFile: csv, atomically: true, encoding: .utf8)
        let result = try runProcess(binary, ["import", "metrics", "--db", db, "--service", "s", csv])
        #expect(result.status == 65)
        #expect(result.stderr == "memblame: \(csv):3: error: expected an ISO 8601 timestamp or epoch seconds in column 1, found \"not-a-time\"\n")
        let series = try runProcess(binary, ["series", "--db", db, "--format", "json"])
        #expect(series.stdout == "[]\n")
    }

    @Test func dbFromEnvironment() throws {
        let folder = Scratch.folder()
        let csv = folder.appendingPathComponent("ok.csv").path
        try "timestamp,value\n2026-11-24T08:00:00Z,1\n2026-11-24T08:01:00Z,2\n".write(toFile: csv, atomically: true, encoding: .utf8)
        var env = ProcessInfo.processInfo.environment
        env["MEMBLAME_DB"] = folder.appendingPathComponent("env.db").path
        let first = try runProcess(binary, ["import", "metrics", "--service", "s", csv], environment: env, currentDirectory: folder)
        #expect(first.status == 0)
        #expect(first.stdout.contains("added 2 points"))
        let second = try runProcess(binary, ["import", "metrics", "--service", "s", csv], environment: env, currentDirectory: folder)
        #expect(second.stdout.contains("added 0 points, 2 already present (already imported; nothing new)"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("env.db").path))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("memblame.db").path))
    }
}
