import ArgumentParser
import Foundation
import MemBlameKit
#if canImport(Glibc)
import Glibc
#endif

/// `memblame-bench memory`: peak memory of importing a big CSV. Generates a `timestamp,value` CSV of
/// the given size (ISO 8601 timestamps, 10 s apart) in a temporary folder, imports it with the release
/// `memblame` binary in a child process, and reads the child's peak RSS from `wait4`'s rusage. A smaller
/// file is imported first: bounded memory means both peaks are about the same.
struct MemoryBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "memory", abstract: "Peak RSS of importing a CSV of --size-mb megabytes.")

    @Option(help: "Size of the big CSV in MB.") var sizeMb: Int = 1024
    @Option(help: "Size of the small comparison CSV in MB (0 to skip).") var smallMb: Int = 64
    @Option(help: "The memblame binary (default: next to this one).") var memblame: String?
    @Option(help: "Folder for the CSV and database (default: the system temporary folder).") var folder: String?

    func run() throws {
        let binary = memblame ?? URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("memblame").path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw ValidationError("no memblame binary at \(binary); build it (swift build -c release) or pass --memblame")
        }
        let base = URL(fileURLWithPath: folder ?? FileManager.default.temporaryDirectory.path).appendingPathComponent("memblame-memory-\(getpid())")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: base) }
        print("memblame: \(binary)")
        for mb in [smallMb, sizeMb] where mb > 0 {
            let csv = base.appendingPathComponent("\(mb)mb.csv").path
            let db = base.appendingPathComponent("\(mb)mb.db").path
            let t0 = Date()
            let points = try Self.writeCSV(path: csv, bytes: mb << 20)
            let generated = Date().timeIntervalSince(t0)
            fflush(stdout)   // the child writes to the same stdout
            let run = try Self.spawn(binary, ["import", "metrics", "--db", db, "--service", "bench/memory", csv])
            guard run.status == 0 else { throw ValidationError("memblame exited with \(run.status)") }
            let dbSize = (try? FileManager.default.attributesOfItem(atPath: db)[.size] as? Int) ?? 0
            print(String(format: "%5d MB CSV (%d points, generated in %.1f s): peak RSS %.1f MB, %.1f s wall, %.1f s CPU, %.2f M points/s, db %.0f MB",
                         mb, points, generated, Double(run.maxRSSKB) / 1024, run.wall, run.cpu, Double(points) / run.wall / 1e6, Double(dbSize) / 1e6))
            try? FileManager.default.removeItem(atPath: csv)
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
        }
    }

    /// Writes `2026-01-01T00:00:00Z,12.3` lines until `bytes` are written; returns the number of points.
    static func writeCSV(path: String, bytes: Int) throws -> Int {
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else { throw ValidationError("cannot write \(path)") }
        defer { try? handle.close() }
        // Times of day at 10 s steps and values, formatted once.
        let clock = (0..<8640).map { i in Array(String(format: "%02d:%02d:%02dZ,", i / 360, i / 6 % 60, i % 6 * 10).utf8) }
        let values = (0..<1000).map { i in Array(String(format: "%.1f\n", 20 + Double(i) * 0.05).utf8) }
        var buffer = Array("timestamp,value\n".utf8)
        buffer.reserveCapacity(8 << 20)
        var written = 0, points = 0
        var day: Int64 = 1_767_225_600 / 86_400   // 2026-01-01
        while written < bytes {
            let prefix = Array(Timestamp.iso(day * 86_400).prefix(11).utf8)   // "2026-01-01T"
            for i in 0..<8640 {
                buffer += prefix
                buffer += clock[i]
                buffer += values[points % 1000]
                points += 1
                if buffer.count >= 8 << 20 {
                    handle.write(Data(buffer))
                    written += buffer.count
                    buffer.removeAll(keepingCapacity: true)
                    if written >= bytes { break }
                }
            }
            day += 1
        }
        if !buffer.isEmpty { handle.write(Data(buffer)) }
        return points
    }

    /// Runs a process and waits for it with `wait4`, which reports its peak RSS.
    static func spawn(_ path: String, _ arguments: [String]) throws -> (status: Int32, maxRSSKB: Int, wall: Double, cpu: Double) {
        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var pid: pid_t = 0
        let t0 = Date()
        let rc = posix_spawn(&pid, path, nil, nil, argv, environ)
        guard rc == 0 else { throw ValidationError("cannot start \(path): \(String(cString: strerror(rc)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let wall = Date().timeIntervalSince(t0)
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        let exited = status & 0x7F == 0
        return (exited ? (status >> 8) & 0xFF : -1, usage.ru_maxrss, wall, cpu)
    }
}
