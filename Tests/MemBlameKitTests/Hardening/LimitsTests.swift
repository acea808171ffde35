import Foundation
import Testing
import MemBlameKit
import MemBlameTestSupport

/// Inputs at and past the limits: deep JSON, a 100 MB line, files that are not text. Each gets one
/// clear located error and leaves the database exactly as it was (same digest of every table).
@Suite struct LimitsTests {
    /// A database holding a small earlier import, its path and digest.
    func seededStore() throws -> (db: Database, path: String, digest: String) {
        let path = Scratch.folder("limits").appendingPathComponent("m.db").path
        let db = try Database(path: path)
        let csv = (0..<100).map { "\(1_790_000_000 + $0 * 60),\(Double($0) / 4)" }.joined(separator: "\n")
        _ = try MetricImport(db: db).run([InputFile(name: "before.csv", contents: Data(csv.utf8))], options: MetricImportOptions(service: "prod/api"))
        _ = try DeployStore(db).importFiles([InputFile(name: "d.csv", contents: Data("time,service,sha,pr\n2026-09-20T10:00:00Z,prod/api,abc1234,4312\n".utf8))])
        return (db, path, try StoreDigest.of(db))
    }

    /// Runs a metric import expected to fail; returns the error after checking the store is unchanged.
    func refusedMetricImport(_ input: InputFile, format: String? = nil) throws -> MemBlameError {
        let store = try seededStore()
        let error = try #require(throws: MemBlameError.self) {
            _ = try MetricImport(db: store.db).run([input], format: try format.map(MetricFormats.named), options: MetricImportOptions(service: "prod/api"))
        }
        #expect(try StoreDigest.of(store.db) == store.digest)
        #expect(try StoreDigest.of(path: store.path) == store.digest)
        return error
    }

    func refusedDeployImport(_ input: InputFile, format: String? = nil) throws -> MemBlameError {
        let store = try seededStore()
        let error = try #require(throws: MemBlameError.self) {
            _ = try DeployStore(store.db).importFiles([input], format: try format.map(DeployFormats.named), options: DeployImportOptions(service: "prod/api"))
        }
        #expect(try StoreDigest.of(store.db) == store.digest)
        return error
    }

    static let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)

    @Test func jsonNestedTenThousandDeepIsRefused() throws {
        // In a member no importer reads, so it is the parser's limit that answers, not a type check.
        let text = #"{"MetricDataResults":[{"Id":"m","Label":"MemoryUtilization","Timestamps":[],"Values":[]}],"Extra":"# + Self.deep + "}"
        let error = try refusedMetricImport(InputFile(name: "deep.json", contents: Data(text.utf8)))
        #expect(error.kind == .badInput)
        #expect(error.location?.file == "deep.json")
        #expect(error.message.contains("nest") || error.message.contains("deep"), "\(error)")
    }

    @Test(arguments: ["github", "circleci"]) func deepJSONDeployExportIsRefused(format: String) throws {
        let error = try refusedDeployImport(InputFile(name: "deep.json", contents: Data(Self.deep.utf8)), format: format)
        #expect(error.kind == .badInput)
        #expect(error.location?.file == "deep.json")
    }

    @Test func hundredMegabyteLineIsRefused() throws {
        let path = Scratch.folder("limits").appendingPathComponent("long-line.csv").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data("timestamp,value\n2026-11-20T00:00:00Z,".utf8)))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        let block = Data(repeating: UInt8(ascii: "9"), count: 1 << 20)
        for _ in 0..<100 { handle.write(block) }
        handle.write(Data("\n2026-11-20T00:01:00Z,1\n".utf8))
        try handle.close()
        let error = try refusedMetricImport(InputFile(path: path))
        #expect(error.description == "\(path):2: error: line is longer than \(LineReader.maximumLineLength >> 20) MiB; is this a text export?")
        try? FileManager.default.removeItem(atPath: path)
    }

    @Test func gzipExportIsRefusedWithTheFix() throws {
        var gz: [UInt8] = [0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03]
        var rng = SplitMix64(seed: 7)
        for _ in 0..<4096 { gz.append(UInt8(truncatingIfNeeded: rng.next())) }
        let input = InputFile(name: "export.csv.gz", contents: Data(gz))
        #expect(try refusedMetricImport(input).description == "export.csv.gz: error: the file is gzip-compressed; decompress it first (gunzip -k FILE)")
        #expect(try refusedDeployImport(input).description == "export.csv.gz: error: the file is gzip-compressed; decompress it first (gunzip -k FILE)")
    }

    @Test func binaryFileIsRefused() throws {
        var rng = SplitMix64(seed: 11)
        let bytes = (0..<65_536).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
        let input = InputFile(name: "core.bin", contents: Data(bytes))
        #expect(try refusedMetricImport(input).description == "core.bin: error: the file is not text (it contains NUL bytes); expected a text or JSON export")
        #expect(try refusedDeployImport(input).description == "core.bin: error: the file is not text (it contains NUL bytes); expected a text or JSON export")
    }

    @Test func utf16ExportIsRefusedWithTheFix() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "timestamp,value\n2026-11-20T00:00:00Z,1\n".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let error = try refusedMetricImport(InputFile(name: "excel.csv", contents: Data(bytes)))
        #expect(error.description == "excel.csv: error: the file is UTF-16 text; convert it to UTF-8 first (iconv -f UTF-16 -t UTF-8 FILE)")
    }

    /// High bytes without NULs are not recognised as binary, but detection still refuses them clearly.
    @Test func highBytesAreNotAFormat() throws {
        var rng = SplitMix64(seed: 3)
        let bytes = (0..<8192).map { _ in UInt8(0x80 | (rng.next() & 0x7F)) }
        let error = try refusedMetricImport(InputFile(name: "noise.dat", contents: Data(bytes)))
        #expect(error.description.hasPrefix("noise.dat: error: not a memory-series format memblame knows ("))
    }

    /// With the format forced, detection is skipped: the importer itself must refuse binary input clearly.
    @Test(arguments: MetricFormats.all.map(\.name)) func forcedFormatOnBinaryIsRefused(format: String) throws {
        var rng = SplitMix64(seed: 5)
        let bytes = (0..<65_536).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
        let error = try refusedMetricImport(InputFile(name: "core.bin", contents: Data(bytes)), format: format)
        #expect(error.kind == .badInput)
        #expect(error.location?.file == "core.bin")
        #expect(!error.message.contains("\n") && error.message.count < 400)
    }

    /// A folder given instead of its files (`memblame import metrics exports/`): an io error naming it,
    /// with the format detected or forced (it used to escape as an untyped Foundation error).
    @Test(arguments: [nil] + MetricFormats.all.map(\.name)) func directoryIsRefused(format: String?) throws {
        let folder = Scratch.folder("limits-dir").path
        let error = try refusedMetricImport(InputFile(path: folder), format: format)
        #expect(error.description == "\(folder): error: is a directory; name the export files in it (e.g. \(folder)/*.json)")
        #expect(error.kind == .io)
        #expect(try refusedDeployImport(InputFile(path: folder)).description == error.description)
    }
}
