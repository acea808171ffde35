import ArgumentParser
import Foundation
import MemBlameKit

/// `memblame-bench import`: points per second importing a generated CSV and a generated `get-metric-data`
/// JSON through the full import path (`MetricImport`: detection, parsing, duplicate checks, one
/// transaction), and, in the same run, the `sqlite3` shell's `.import` of the same rows into an
/// equivalent table. Prints the ratio and the peak resident memory after the CSV import.
struct ImportBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Import N generated points from CSV and get-metric-data JSON; compare with the sqlite3 shell.")

    @Option(help: "Number of points per file.") var points: Int = 10_000_000
    @Option(help: "Points per get-metric-data result (the JSON holds points / this many results).") var perResult: Int = 1_000_000
    @Option(help: "The sqlite3 shell to compare with.") var sqlite3: String = "/usr/bin/sqlite3"
    @Flag(help: "Keep the generated files (printed) instead of deleting them.") var keep = false

    func run() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("memblame-import-bench-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { if !keep { try? FileManager.default.removeItem(at: folder) } }
        let csv = folder.appendingPathComponent("points.csv").path
        let rows = folder.appendingPathComponent("rows.csv").path
        let json = folder.appendingPathComponent("get-metric-data.json").path

        let t0 = Date()
        try Self.writeFiles(points: points, perResult: perResult, csv: csv, rows: rows, json: json)
        print(String(format: "generated %d points: CSV %.0f MB, JSON %.0f MB, sqlite rows %.0f MB in %.1f s", points,
                     Self.megabytes(csv), Self.megabytes(json), Self.megabytes(rows), Date().timeIntervalSince(t0)))

        // The CSV import first: the peak RSS read after it is then the CSV import's own (the JSON file
        // is memory-mapped later and its pages would count).
        let csvTime = try Self.timeImport(csv, folder: folder, name: "csv")
        let peak = Self.peakResidentMegabytes()
        let csvParse = try Self.timeParse(csv)
        let jsonParse = try Self.timeParse(json)
        let jsonTime = try Self.timeImport(json, folder: folder, name: "json")
        let shellTime = try timeShell(rows, folder: folder)

        // The machine is shared: CPU seconds (user + system) are the stable figure, wall seconds are shown too.
        let n = Double(points)
        func line(_ name: String, _ t: Timing) -> String {
            String(format: "%@: %6.2f s CPU = %5.2f M points/s   (wall %6.2f s = %5.2f M points/s)", name, t.cpu, n / t.cpu / 1e6, t.wall, n / t.wall / 1e6)
        }
        print(line("parse only, CSV (no database)     ", csvParse))
        print(line("parse only, get-metric-data JSON  ", jsonParse))
        print(line("memblame import, CSV              ", csvTime))
        print(line("memblame import, get-metric-data  ", jsonTime))
        print(line("sqlite3 shell .import of the rows ", shellTime))
        print(String(format: "ratio memblame / sqlite3 shell, CPU: CSV %.2fx, get-metric-data %.2fx; wall: CSV %.2fx, get-metric-data %.2fx (target <= 1.5x)",
                     csvTime.cpu / shellTime.cpu, jsonTime.cpu / shellTime.cpu, csvTime.wall / shellTime.wall, jsonTime.wall / shellTime.wall))
        print(String(format: "peak RSS after the CSV import (ru_maxrss): %.0f MB for a %.0f MB CSV", peak, Self.megabytes(csv)))
        if keep { print("files kept in \(folder.path)") }
    }

    /// Wall and CPU seconds of one measured step.
    struct Timing {
        var wall: Double
        var cpu: Double
    }

    /// CPU seconds (user + system) used so far by this process or, with `children`, by its waited-for children.
    static func cpuSeconds(children: Bool = false) -> Double {
        var usage = rusage()
        getrusage(children ? RUSAGE_CHILDREN.rawValue : RUSAGE_SELF.rawValue, &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    static func measure(children: Bool = false, _ body: () throws -> Void) rethrows -> Timing {
        let wall = Date()
        let cpu = cpuSeconds(children: children)
        try body()
        return Timing(wall: Date().timeIntervalSince(wall), cpu: cpuSeconds(children: children) - cpu)
    }

    /// Imports one file into a fresh on-disk database.
    static func timeImport(_ path: String, folder: URL, name: String) throws -> Timing {
        let db = try Database(path: folder.appendingPathComponent("\(name).db").path)
        var added = 0
        let timing = try measure {
            added = try MetricImport(db: db).run([InputFile(path: path)], options: MetricImportOptions(service: "bench/api")).added
        }
        guard added > 0 else { throw ValidationError("nothing imported from \(path)") }
        return timing
    }

    /// Parses one file into a sink that only counts: the parser's own speed.
    static func timeParse(_ path: String) throws -> Timing {
        let sink = CountingSink()
        let input = InputFile(path: path)
        let timing = try measure { try MetricFormats.detect(input).read(input, options: MetricImportOptions(service: "bench/api"), into: sink) }
        guard sink.count > 0 else { throw ValidationError("nothing parsed from \(path)") }
        return timing
    }

    /// The sqlite3 shell importing the same rows into `points_raw`, with the same schema and pragmas.
    func timeShell(_ rows: String, folder: URL) throws -> Timing {
        let db = folder.appendingPathComponent("shell.db").path
        let setup = Process()
        setup.executableURL = URL(fileURLWithPath: sqlite3)
        setup.arguments = [db, "PRAGMA journal_mode=WAL;",
                           "CREATE TABLE points_raw(series_id INTEGER, ts INTEGER, value REAL, PRIMARY KEY(series_id, ts)) WITHOUT ROWID;"]
        setup.standardOutput = FileHandle.nullDevice
        try setup.run()
        setup.waitUntilExit()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: sqlite3)
        process.arguments = [db, "PRAGMA synchronous=NORMAL;", ".mode csv", ".import \(rows) points_raw"]
        process.standardOutput = FileHandle.nullDevice
        let timing = try Self.measure(children: true) {
            try process.run()
            process.waitUntilExit()
        }
        guard process.terminationStatus == 0 else { throw ValidationError("sqlite3 .import failed (\(process.terminationStatus))") }
        return timing
    }

    /// Writes the three inputs: `timestamp,value` CSV, `series_id,ts,value` rows for the shell, and
    /// get-metric-data JSON (AWS CLI layout, epoch seconds, one result per `perResult` points).
    static func writeFiles(points: Int, perResult: Int, csv: String, rows: String, json: String) throws {
        let csvOut = try BufferedWriter(csv)
        let rowsOut = try BufferedWriter(rows)
        let jsonOut = try BufferedWriter(json)
        csvOut.write("timestamp,value\n")
        jsonOut.write("{\n    \"MetricDataResults\": [\n")
        let start: Int64 = 1_500_000_000
        func value(_ i: Int) -> String {
            // Memory percent with the binary fractions CloudWatch returns (22.314453125).
            "\(20.0 + Double((i &* 7919) % 20480) / 1024)"
        }
        for i in 0..<points {
            let ts = start + Int64(i) * 60
            let v = value(i)
            csvOut.write("\(ts),\(v)\n")
            rowsOut.write("1,\(ts),\(v)\n")
        }
        var first = 0
        var result = 0
        while first < points {
            let last = min(points, first + perResult)
            if result > 0 { jsonOut.write(",\n") }
            jsonOut.write("        {\n            \"Id\": \"m\(result)\",\n            \"Label\": \"MemoryUtilization\(result) Average\",\n            \"Timestamps\": [\n")
            for i in first..<last { jsonOut.write("                \(start + Int64(i) * 60)\(i + 1 < last ? "," : "")\n") }
            jsonOut.write("            ],\n            \"Values\": [\n")
            for i in first..<last { jsonOut.write("                \(value(i))\(i + 1 < last ? "," : "")\n") }
            jsonOut.write("            ],\n            \"StatusCode\": \"Complete\"\n        }")
            first = last
            result += 1
        }
        jsonOut.write("\n    ],\n    \"Messages\": []\n}\n")
        try csvOut.close()
        try rowsOut.close()
        try jsonOut.close()
    }

    static func megabytes(_ path: String) -> Double {
        Double((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0) / 1e6
    }

    /// Peak resident set size of this process so far, in MB (Linux reports ru_maxrss in KiB).
    static func peakResidentMegabytes() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}

/// A sink that counts points and keeps nothing.
final class CountingSink: MetricSink {
    var count = 0
    func beginSeries(_ descriptor: SeriesDescriptor, at location: SourceLocation) throws -> Int { 0 }
    func point(_ series: Int, ts: Int64, value: Double, at location: @autoclosure () -> SourceLocation) throws { count += 1 }
    func warn(_ message: String, at location: SourceLocation) {}
}

/// Appends text to a file through a 4 MiB buffer.
final class BufferedWriter {
    private let handle: FileHandle
    private var buffer: [UInt8] = []

    init(_ path: String) throws {
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        guard let handle = FileHandle(forWritingAtPath: path) else { throw ValidationError("cannot write \(path)") }
        self.handle = handle
        buffer.reserveCapacity(4 << 20)
    }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 4 << 20 { flush() }
    }

    func flush() {
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    func close() throws {
        flush()
        try handle.close()
    }
}
