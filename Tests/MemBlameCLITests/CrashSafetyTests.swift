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

    /// 20 imports of 150,000 points killed with SIGKILL at random moments (seeded): after each kill
    /// `integrity_check` is ok and the database holds exactly what it held before (same digest of every
    /// row of every table), or, when the import had already committed, exactly that plus the new points.
    @Test func sigkillDuringImportLosesNothing() throws {
        let folder = Scratch.folder("crash")
        let db = folder.appendingPathComponent("crash.db").path
        let small = try bigCSV(rows: 1000, in: folder, name: "small.csv")
        #expect(try runProcess(binary, ["import", "metrics", "--db", db, "--service", "prod/api", small]).status == 0)
        let deploys = folder.appendingPathComponent("deploys.csv").path
        try "time,service,sha,pr\n2026-09-20T10:00:00Z,prod/api,abc1234,4312\n".write(toFile: deploys, atomically: true, encoding: .utf8)
        #expect(try runProcess(binary, ["import", "deploys", "--db", db, deploys]).status == 0)
        let before = try StoreDigest.of(path: db)
        let big = try bigCSV(rows: 150_000, start: 1_800_000_000, in: folder, name: "big.csv")
        // Uninterrupted imports give the time span the kills are spread over (process start to exit);
        // the faster of two, so a cold first run does not push most kills past the commit.
        var span = Double.infinity
        for _ in 0..<2 {
            let t0 = Date()
            #expect(try runProcess(binary, ["import", "metrics", "--db", db, "--service", "prod/api", big]).status == 0)
            span = min(span, Date().timeIntervalSince(t0))
            #expect(try sqlite(db, "SELECT COUNT(*) FROM points") == "151000")
            try _ = sqlite(db, "DELETE FROM points WHERE ts >= 1800000000; DELETE FROM imports WHERE path = '\(big)'")
            #expect(try StoreDigest.of(path: db) == before)
        }
        var generator = SplitMix64(seed: 42)
        var killedMidway = 0, completed = 0, runs = 0
        // At least 20 kills, and until 10 of them landed while the import ran (at most 80): when the machine is
        // faster now than when the span was measured, an import that committed before its kill shrinks the span,
        // so no fixed share of kills depends on how long an import takes.
        while runs < 20 || (killedMidway < 10 && runs < 80) {
            let run = runs
            runs += 1
            let process = Process()
            process.executableURL = binary
            process.arguments = ["import", "metrics", "--db", db, "--service", "prod/api", big]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Uniform over 2% to 90% of the uninterrupted import's time (process start to exit).
            usleep(UInt32(span * (0.02 + Double(generator.next() % 1000) / 1000 * 0.88) * 1_000_000))
            if process.isRunning { killedMidway += 1 }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(try sqlite(db, "PRAGMA integrity_check") == "ok", "run \(run)")
            let points = try sqlite(db, "SELECT COUNT(*) FROM points")
            #expect(points == "1000" || points == "151000", "run \(run): \(points) points")
            if points == "151000" {
                // The import committed before the kill: it is whole (its points and its one provenance row).
                completed += 1
                span *= 0.8
                #expect(try sqlite(db, "SELECT COUNT(*) || ',' || MIN(ts) || ',' || MAX(ts) FROM points WHERE ts >= 1800000000") == "150000,1800000000,1808999940")
                #expect(try sqlite(db, "SELECT COUNT(*) FROM imports WHERE path = '\(big)' AND added = 150000") == "1")
                try _ = sqlite(db, "DELETE FROM points WHERE ts >= 1800000000; DELETE FROM imports WHERE path = '\(big)'")
            }
            let counts = try StoreDigest.counts(path: db)
            #expect(try StoreDigest.of(path: db) == before, "run \(run): \(counts)")
        }
        print(String(format: "sigkill: span %.2f s at the end; %d of %d runs still running when killed, %d had already committed; all intact", span, killedMidway, runs, completed))
        #expect(killedMidway >= 10, "too few kills landed before the commit")
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
        // Two readers alternate: the sqlite3 shell and memblame itself (which must not fail with "locked").
        var observations = Set<String>()
        var memblameReads = 0
        while group.wait(timeout: .now() + .milliseconds(50)) == .timedOut {
            let counts = try sqlite(db, "SELECT COALESCE((SELECT COUNT(*) FROM points JOIN series ON series.id = series_id WHERE service = 'a'), 0) || ',' || COALESCE((SELECT COUNT(*) FROM points JOIN series ON series.id = series_id WHERE service = 'b'), 0)")
            if !counts.isEmpty { observations.insert(counts) }
            let read = try runProcess(binary, ["query", "series-summary", "--db", db, "--format", "csv"])
            #expect(read.status == 0, "memblame reader during the imports: \(read.stderr)")
            let lines = read.stdout.split(separator: "\n").dropFirst()
            let header = read.stdout.split(separator: "\n").first.map { $0.split(separator: ",").map(String.init) } ?? []
            if let column = header.firstIndex(of: "points") {
                for line in lines {
                    let fields = line.split(separator: ",", omittingEmptySubsequences: false)
                    if fields.count > column { #expect(["0", "150000"].contains(String(fields[column])), "partial import seen: \(line)") }
                }
                memblameReads += 1
            }
        }
        #expect(results.statuses == [0, 0])
        #expect(observations.isSubset(of: ["0,0", "150000,0", "0,150000", "150000,150000"]))
        #expect(memblameReads + observations.count > 0)
        print("concurrency: both writers exit 0; reader snapshots \(observations.sorted()), \(memblameReads) memblame reads")
        #expect(try sqlite(db, "SELECT COUNT(*) FROM points") == "300000")
        #expect(try sqlite(db, "PRAGMA integrity_check") == "ok")
    }

    /// Two imports that both find no database: one creates and migrates it, the other waits for the
    /// lock and must then see the schema in place (not run the migration a second time).
    @Test func twoWritersIntoANewDatabase() throws {
        for attempt in 0..<3 {
            let folder = Scratch.folder("fresh")
            let db = folder.appendingPathComponent("new.db").path
            let a = try bigCSV(rows: 20_000, start: 1_790_000_000, in: folder, name: "a.csv")
            let b = try bigCSV(rows: 20_000, start: 1_800_000_000, in: folder, name: "b.csv")
            let processes = try [(a, "a"), (b, "b")].map { path, service -> (Process, Pipe) in
                let process = Process()
                process.executableURL = binary
                process.arguments = ["import", "metrics", "--db", db, "--service", service, path]
                let err = Pipe()
                process.standardOutput = FileHandle.nullDevice
                process.standardError = err
                try process.run()
                return (process, err)
            }
            for (process, err) in processes {
                let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                process.waitUntilExit()
                #expect(process.terminationStatus == 0, "attempt \(attempt): \(message)")
            }
            #expect(try sqlite(db, "SELECT COUNT(*) FROM points") == "40000")
            #expect(try sqlite(db, "PRAGMA integrity_check") == "ok")
        }
    }
}
