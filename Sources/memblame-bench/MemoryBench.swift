import ArgumentParser
import Foundation
import MemBlameKit
#if canImport(Glibc)
import Glibc
#endif

/// `memblame-bench memory`: peak memory of importing a big file. Generates an input of the given size in
/// a temporary folder (`--format`: a `timestamp,value` CSV with ISO 8601 timestamps 10 s apart, a Datadog
/// `/api/v1/query` response with one long `pointlist`, a Prometheus `query_range` matrix, a CloudWatch
/// `get-metric-data` page, or a `git log --first-parent` export in the tab layout), imports it with the
/// release `memblame` binary in a child process, and reads the child's peak RSS from `wait4`'s rusage. A
/// smaller file is imported first: bounded memory means both peaks are about the same.
struct MemoryBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "memory", abstract: "Peak RSS of importing a file of --size-mb megabytes (--format).")

    /// The inputs the bench can generate.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, datadog, prometheus, cloudwatch = "cloudwatch-get-metric-data", gitLog = "git-log"
    }

    @Option(help: "What to generate and import: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).") var format: Format = .csv
    @Option(help: "Size of the big file in MB.") var sizeMb: Int = 1024
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
            let file = base.appendingPathComponent("\(mb)mb.\(format == .csv || format == .gitLog ? "txt" : "json")").path
            let db = base.appendingPathComponent("\(mb)mb.db").path
            let t0 = Date()
            let (items, noun) = try Self.write(format, path: file, bytes: mb << 20)
            let generated = Date().timeIntervalSince(t0)
            fflush(stdout)   // the child writes to the same stdout
            let arguments = format == .gitLog
                ? ["import", "deploys", "--db", db, "--format", "git-log", file]
                : ["import", "metrics", "--db", db, "--service", "bench/memory", "--format", format.rawValue, file]
            let run = try Self.spawn(binary, arguments)
            guard run.status == 0 else { throw ValidationError("memblame exited with \(run.status)") }
            let dbSize = (try? FileManager.default.attributesOfItem(atPath: db)[.size] as? Int) ?? 0
            print(String(format: "%5d MB %@ (%d %@, generated in %.1f s): peak RSS %.1f MB (anonymous %.1f MB), %.1f s wall, %.1f s CPU, %.2f M %@/s, db %.0f MB",
                         mb, format.rawValue, items, noun, generated, Double(run.maxRSSKB) / 1024, Double(run.maxAnonKB) / 1024, run.wall, run.cpu,
                         Double(items) / run.wall / 1e6, noun, Double(dbSize) / 1e6))
            try? FileManager.default.removeItem(atPath: file)
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
        }
    }

    /// Writes `format` until about `bytes` are written; returns how many points (or commits) it holds.
    static func write(_ format: Format, path: String, bytes: Int) throws -> (Int, String) {
        switch format {
        case .csv: return (try writeCSV(path: path, bytes: bytes), "points")
        case .gitLog: return (try writeGitLog(path: path, bytes: bytes), "commits")
        case .datadog:
            return (try writeJSON(path: path, bytes: bytes,
                                  head: #"{"status": "ok", "res_type": "time_series", "query": "avg:ecs.fargate.mem.usage{*} by {clustername,servicename}", "series": [{"metric": "ecs.fargate.mem.usage", "scope": "clustername:bench,servicename:memory", "aggr": "avg", "interval": 10, "unit": [{"name": "byte"}, null], "pointlist": ["#,
                                  tail: "]}]}\n") { i, value in "[\(1_767_225_600_000 + Int64(i) * 10_000).0, \(value)]" }, "points")
        case .prometheus:
            return (try writeJSON(path: path, bytes: bytes,
                                  head: #"{"status": "success", "data": {"resultType": "matrix", "result": [{"metric": {"__name__": "container_memory_working_set_bytes", "namespace": "bench", "container": "memory"}, "values": ["#,
                                  tail: "]}]}}\n") { i, value in "[\(1_767_225_600 + Int64(i) * 10), \"\(value)\"]" }, "points")
        case .cloudwatch:
            // Timestamps then values: two passes over the same count, each about half the size.
            return (try writeCloudWatch(path: path, bytes: bytes), "points")
        }
    }

    /// `head`, then `element(i, value)` joined by commas until about `bytes`, then `tail`.
    static func writeJSON(path: String, bytes: Int, head: String, tail: String, element: (Int, String) -> String) throws -> Int {
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else { throw ValidationError("cannot write \(path)") }
        defer { try? handle.close() }
        let values = (0..<1000).map { String(format: "%.1f", 20 + Double($0) * 0.05) }
        var buffer = Array(head.utf8)
        var written = 0, points = 0
        while written + buffer.count < bytes {
            if points > 0 { buffer.append(UInt8(ascii: ",")) }
            buffer += Array(element(points, values[points % 1000]).utf8)
            points += 1
            if buffer.count >= 8 << 20 {
                handle.write(Data(buffer))
                written += buffer.count
                buffer.removeAll(keepingCapacity: true)
            }
        }
        buffer += Array(tail.utf8)
        handle.write(Data(buffer))
        return points
    }

    /// One `get-metric-data` page: `Timestamps` (ISO 8601) and `Values` of the same length.
    static func writeCloudWatch(path: String, bytes: Int) throws -> Int {
        let perPoint = 30   // `"2026-01-01T00:00:00Z", ` plus `21.3, `
        let count = max(1, bytes / perPoint)
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else { throw ValidationError("cannot write \(path)") }
        defer { try? handle.close() }
        var buffer = Array(#"{"MetricDataResults": [{"Id": "m1", "Label": "MemoryUtilization Average", "StatusCode": "Complete", "Timestamps": ["#.utf8)
        func flush() { if buffer.count >= 8 << 20 { handle.write(Data(buffer)); buffer.removeAll(keepingCapacity: true) } }
        for i in 0..<count {
            if i > 0 { buffer += Array(", ".utf8) }
            buffer += Array("\"\(Timestamp.iso(1_767_225_600 + Int64(i) * 10))\"".utf8)
            flush()
        }
        buffer += Array(#"], "Values": ["#.utf8)
        for i in 0..<count {
            if i > 0 { buffer += Array(", ".utf8) }
            buffer += Array(String(format: "%.1f", 20 + Double(i % 1000) * 0.05).utf8)
            flush()
        }
        buffer += Array("]}], \"Messages\": []}\n".utf8)
        handle.write(Data(buffer))
        return count
    }

    /// `git log --first-parent --reverse` in the tab layout: each commit's parent is the line before.
    static func writeGitLog(path: String, bytes: Int) throws -> Int {
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else { throw ValidationError("cannot write \(path)") }
        defer { try? handle.close() }
        var buffer: [UInt8] = []
        var written = 0, commits = 0
        var parent = ""
        while written + buffer.count < bytes {
            let sha = String(format: "%040x", commits + 1)
            let date = Timestamp.iso(1_700_000_000 + Int64(commits) * 60)
            buffer += Array("\(sha)\t\(parent)\t\(date)\t\(date)\tPriya Raman\tpriya@example.com\tGitHub\tMerge pull request #\(commits + 1) from acme/feature-\(commits)\n".utf8)
            parent = sha
            commits += 1
            if buffer.count >= 8 << 20 {
                handle.write(Data(buffer))
                written += buffer.count
                buffer.removeAll(keepingCapacity: true)
            }
        }
        handle.write(Data(buffer))
        return commits
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

    /// Runs a process and waits for it with `wait4`, which reports its peak RSS. That peak counts the pages of
    /// memory-mapped input files (file-backed, reclaimable); the peak of `RssAnon` (heap and stacks), sampled
    /// from `/proc/PID/status` every 20 ms, is what the importer itself holds.
    static func spawn(_ path: String, _ arguments: [String]) throws -> (status: Int32, maxRSSKB: Int, maxAnonKB: Int, wall: Double, cpu: Double) {
        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var pid: pid_t = 0
        let t0 = Date()
        let rc = posix_spawn(&pid, path, nil, nil, argv, environ)
        guard rc == 0 else { throw ValidationError("cannot start \(path): \(String(cString: strerror(rc)))") }
        final class Sampler: @unchecked Sendable {
            let lock = NSLock()
            var done = false
            var maxAnonKB = 0
        }
        let sampler = Sampler()
        let statusPath = "/proc/\(pid)/status"
        let thread = Thread {
            while true {
                sampler.lock.lock()
                let done = sampler.done
                sampler.lock.unlock()
                if done { return }
                if let text = try? String(contentsOfFile: statusPath, encoding: .utf8),
                   let line = text.split(separator: "\n").first(where: { $0.hasPrefix("RssAnon:") }),
                   let kb = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") {
                    sampler.lock.lock()
                    sampler.maxAnonKB = max(sampler.maxAnonKB, kb)
                    sampler.lock.unlock()
                }
                usleep(20_000)
            }
        }
        thread.start()
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        sampler.lock.lock()
        sampler.done = true
        let maxAnonKB = sampler.maxAnonKB
        sampler.lock.unlock()
        let wall = Date().timeIntervalSince(t0)
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        let exited = status & 0x7F == 0
        return (exited ? (status >> 8) & 0xFF : -1, usage.ru_maxrss, maxAnonKB, wall, cpu)
    }
}
