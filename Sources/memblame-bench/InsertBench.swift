import ArgumentParser
import Foundation
import MemBlameKit

/// `memblame-bench insert`: rows/s inserting N points into the store, through the raw statement loop
/// and through the full import path (`MetricImport`, with duplicate checks and provenance).
/// The GRDB side of the comparison lives in `Benchmarks/grdb-insert/` (its own package, so the tool
/// never depends on GRDB); BENCHMARKS.md has both figures.
struct InsertBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "insert", abstract: "Insert N points into an on-disk database.")

    @Option(help: "Number of points.") var points: Int = 1_000_000

    func run() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("memblame-bench-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        // 1. Raw prepared statement in one transaction: the floor.
        let raw = try Database(path: folder.appendingPathComponent("raw.db").path)
        try raw.execute("INSERT INTO series (service, metric, stat, unit) VALUES ('bench', 'm', '', 'Percent')")
        let t0 = Date(), c0 = ImportBench.cpuSeconds()
        try raw.transaction {
            let insert = try raw.prepare("INSERT INTO points (series_id, ts, value) VALUES (1, ?, ?)")
            for i in 0..<points {
                insert.bind(Int64(1_700_000_000 + i * 60), at: 1)
                insert.bind(Double(i % 1000) * 0.1, at: 2)
                try insert.run()
            }
        }
        let rawSeconds = Date().timeIntervalSince(t0), rawCPU = ImportBench.cpuSeconds() - c0

        // 2. The import path every importer uses.
        let full = try Database(path: folder.appendingPathComponent("import.db").path)
        let sink = BenchFormat(count: points)
        let t1 = Date(), c1 = ImportBench.cpuSeconds()
        _ = try MetricImport(db: full).run([InputFile(name: "generated", contents: Data())], format: sink, options: MetricImportOptions(service: "bench"))
        let importSeconds = Date().timeIntervalSince(t1), importCPU = ImportBench.cpuSeconds() - c1

        print(String(format: "raw C API insert : %d points in %.3f s CPU = %.2f M points/s (wall %.3f s)", points, rawCPU, Double(points) / rawCPU / 1e6, rawSeconds))
        print(String(format: "MetricImport path: %d points in %.3f s CPU = %.2f M points/s (wall %.3f s; %.2fx the raw loop's CPU)",
                     points, importCPU, Double(points) / importCPU / 1e6, importSeconds, importCPU / rawCPU))
    }
}

/// A format that generates points instead of parsing, to time the store alone.
struct BenchFormat: MetricFormat {
    let count: Int
    var name: String { "generated" }
    var summary: String { "generated points" }
    func matches(head: String, fileName: String) -> Bool { false }
    func read(_ input: InputFile, options: MetricImportOptions, into sink: MetricSink) throws {
        let handle = try sink.beginSeries(SeriesDescriptor(key: SeriesKey(service: "bench", metric: "m"), unit: .percent), at: input.at(line: 1))
        for i in 0..<count {
            try sink.point(handle, ts: Int64(1_700_000_000 + i * 60), value: Double(i % 1000) * 0.1, at: input.at(line: i + 1))
        }
    }
}
