import Foundation
import Testing
import MemBlameKit
import MemBlameTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// Imports must never half-write: SIGKILL at any moment leaves the database intact and exactly as before;
/// two writers at once both succeed (busy timeout) and a reader never sees a partial import.
@Suite(.serialized) struct CrashSafetyTests {
    let binary = Repository.memblameBinary

    /// A CSV of `rows` one-minute points starting at `start`.
    func bigCSV(rows: Int, start: Int = 1_790_000_000, in folder: URL, name: String) throws -> String {
        let path = folder.appendingPathComponent(name).path
        var text = "timestamp,value\n"
        text.reserveCapacity(rows * 20)
        for i in 0..<rows { text += "\(start + i * 60),\(Double(i % 997) / 10)\n" }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func sqlite(_ db: String, _ sql: String) throws -> String {
        try runProcess(URL(fileURLWithPath: "/usr/bin/sqlite3"), [db, sql]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func sigkillDuringImportLosesNothing() throws {
        let folder = Scratch.folder("crash")
        let db = folder.appendingPathComponent("crash.db").path
        let small = try bigCSV(rows: 1000, in: folder, name: "small.csv")
        #expect(try runProcess(binary, ["import", "metrics", "--db", db, "--service", "prod/api", small]).status == 0)
        let big = try bigCSV(rows: 400_000, start: 1_800_000_000, in: folder, name: "big.csv")
        var generator = SplitMix64(seed: 42)
        var killedMidway = 0
        for _ in 0..<20 {
            let process = Process()
            process.executableURL = binary
            process.arguments = ["import", "metrics", "--db", db, "--service", "prod/api", big]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32(20_000 + generator.next() % 600_000))
            if process.isRunning { killedMidway += 1 }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(try sqlite(db, "PRAGMA integrity_check") == "ok")
            let points = try sqlite(db, "SELECT COUNT(*) FROM points")
            #expect(points == "1000" || points == "401000")
            if points == "401000" { try _ = sqlite(db, "DELETE FROM points WHERE ts >= 1800000000; DELETE FROM imports WHERE id > 1") }
            #expect(try sqlite(db, "SELECT COUNT(*) FROM imports") == "1")
        }
        #expect(killedMidway >= 10)
    }

    @Test func twoWritersAtOnceBothSucceed() throws {
        let folder = Scratch.folder("concurrent")
        let db = folder.appendingPathComponent("c.db").path
        let a = try bigCSV(rows: 150_000, start: 1_790_000_000, in: folder, name: "a.csv")
        let b = try bigCSV(rows: 150_000, start: 1_800_000_000, in: folder, name: "b.csv")
        // Create the schema first so both writers start from a migrated file.
        #expect(try runProcess(binary, ["series", "--db", db]).status == 0)
        let group = DispatchGroup()
        final class Results: @unchecked Sendable { var statuses: [Int32] = []; let lock = NSLock() }
        let results = Results()
        for (path, service) in [(a, "a"), (b, "b")] {
            group.enter()
            DispatchQueue.global().async {
                let r = try? runProcess(binary, ["import", "metrics", "--db", db, "--service", service, path])
                results.lock.lock(); results.statuses.append(r?.status ?? -1); results.lock.unlock()
                group.leave()
            }
        }
        // A reader during the imports sees whole imports only: each series has 0 or all of its points.
        var observations = Set<String>()
        while group.wait(timeout: .now() + .milliseconds(50)) == .timedOut {
            let counts = try sqlite(db, "SELECT COALESCE((SELECT COUNT(*) FROM points JOIN series ON series.id = series_id WHERE service = 'a'), 0) || ',' || COALESCE((SELECT COUNT(*) FROM points JOIN series ON series.id = series_id WHERE service = 'b'), 0)")
            if !counts.isEmpty { observations.insert(counts) }
        }
        #expect(results.statuses == [0, 0])
        #expect(observations.isSubset(of: ["0,0", "150000,0", "0,150000", "150000,150000"]))
        #expect(try sqlite(db, "SELECT COUNT(*) FROM points") == "300000")
        #expect(try sqlite(db, "PRAGMA integrity_check") == "ok")
    }
}
