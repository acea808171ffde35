import Foundation
import Testing
@testable import MemBlameKit
import MemBlameTestSupport

/// Every store test runs on an in-memory and an on-disk database.
enum StoreKind: String, CaseIterable, CustomStringConvertible {
    case memory, disk
    var description: String { rawValue }
    func open() throws -> Database {
        switch self {
        case .memory: return try Database.inMemory()
        case .disk: return try Database(path: Scratch.folder().appendingPathComponent("t.db").path)
        }
    }
}

func count(_ db: Database, _ table: String) throws -> Int64 {
    try db.scalar("SELECT COUNT(*) FROM \(table)")?.int64 ?? -1
}

@Suite struct StoreTests {
    @Test(arguments: StoreKind.allCases)
    func migratesToLatest(_ kind: StoreKind) throws {
        let db = try kind.open()
        #expect(try db.scalar("PRAGMA user_version")?.int64 == Int64(Migrations.latestVersion))
        #expect(try count(db, "series") == 0)
        if kind == .disk { #expect(try db.scalar("PRAGMA journal_mode")?.string == "wal") }
    }

    @Test func refusesNewerSchema() throws {
        let path = Scratch.folder().appendingPathComponent("new.db").path
        do {
            let db = try Database(path: path)
            try db.execute("PRAGMA user_version = \(Migrations.latestVersion + 1)")
        }
        #expect(throws: MemBlameError(.io, "schema version \(Migrations.latestVersion + 1) is newer than this memblame supports (\(Migrations.latestVersion)); upgrade memblame", at: SourceLocation(file: path))) {
            _ = try Database(path: path)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func reimportAddsNothing(_ kind: StoreKind) throws {
        let db = try kind.open()
        let input = Fixture.input("cloudwatch/get-metric-data.mem-1m.default-desc.wire-ts.json")
        let first = try MetricImport(db: db).run([input], options: MetricImportOptions(service: "prod/api"))
        #expect(first.added == 355)
        let second = try MetricImport(db: db).run([input], options: MetricImportOptions(service: "prod/api"))
        #expect(second.added == 0)
        #expect(second.duplicates == 355)
        #expect(try count(db, "points") == 355)
        #expect(try count(db, "imports") == 2)
    }

    @Test(arguments: StoreKind.allCases)
    func failedImportLeavesDatabaseUnchanged(_ kind: StoreKind) throws {
        let db = try kind.open()
        let good = Fixture.input("cloudwatch/get-metric-data.mem-1m.default-desc.wire-ts.json")
        _ = try MetricImport(db: db).run([good], options: MetricImportOptions(service: "prod/api"))
        let bad = Scratch.file("bad.csv", "timestamp,value\n2026-11-24T08:00:00Z,22.5\n14/03/2025 10:00,23\n")
        #expect(throws: MemBlameError.badInput("expected an ISO 8601 timestamp or epoch seconds in column 1, found \"14/03/2025 10:00\"", at: SourceLocation(file: bad, line: 3))) {
            _ = try MetricImport(db: db).run([InputFile(path: bad)], options: MetricImportOptions(service: "prod/worker"))
        }
        #expect(try count(db, "points") == 355)
        #expect(try count(db, "series") == 1)
        #expect(try count(db, "imports") == 1)
    }

    @Test func failedImportLeavesFileByteForByte() throws {
        let path = Scratch.folder().appendingPathComponent("b.db").path
        do {
            let db = try Database(path: path)
            _ = try MetricImport(db: db).run([Fixture.input("cloudwatch/get-metric-data.mem-1m.json")], options: MetricImportOptions(service: "prod/api"))
            try db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let truncated = Scratch.file("t.json", String(try String(contentsOfFile: Fixture.path("cloudwatch/get-metric-data.mem-1m.json"), encoding: .utf8).prefix(500)))
        do {
            let db = try Database(path: path)
            #expect(throws: MemBlameError.self) {
                _ = try MetricImport(db: db).run([InputFile(path: truncated)], options: MetricImportOptions(service: "prod/api"))
            }
            try db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test(arguments: StoreKind.allCases)
    func conflictingValueIsAnError(_ kind: StoreKind) throws {
        let db = try kind.open()
        let csv = Scratch.file("dup.csv", "timestamp,value\n2026-11-24T08:00:00Z,22.5\n2026-11-24T08:01:00Z,23\n2026-11-24T08:00:00Z,24\n")
        #expect(throws: MemBlameError.badInput("timestamp 2026-11-24T08:00:00Z of prod/api MemoryUtilization already has the value 22.5, this file gives 24.0; nothing was imported (use --on-conflict keep or replace)", at: SourceLocation(file: csv, line: 4))) {
            _ = try MetricImport(db: db).run([InputFile(path: csv)], options: MetricImportOptions(service: "prod/api"))
        }
        #expect(try count(db, "points") == 0)
        let kept = try MetricImport(db: db, onConflict: .keep).run([InputFile(path: csv)], options: MetricImportOptions(service: "prod/api"))
        #expect(kept.added == 2)
        #expect(kept.files[0].conflicts == 1)
    }

    @Test(arguments: StoreKind.allCases)
    func unitsAreNeverMixed(_ kind: StoreKind) throws {
        let db = try kind.open()
        let csv = Scratch.file("m.csv", "timestamp,value\n2026-11-24T08:00:00Z,22.5\n")
        _ = try MetricImport(db: db).run([InputFile(path: csv)], options: MetricImportOptions(service: "s", unit: .percent))
        #expect(throws: MemBlameError.self) {
            _ = try MetricImport(db: db).run([InputFile(path: csv)], options: MetricImportOptions(service: "s", unit: .bytes))
        }
    }

    @Test func embeddedQueriesEqualTheFiles() throws {
        let folder = Repository.root.appendingPathComponent("Queries")
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)!
        var onDisk: [String: String] = [:]
        for case let url as URL in walker where url.pathExtension == "sql" {
            let key = String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1).dropLast(4))
            onDisk[key] = try String(contentsOf: url, encoding: .utf8)
        }
        #expect(!onDisk.isEmpty)
        #expect(NamedQuery.files == onDisk)
    }

    @Test(arguments: StoreKind.allCases)
    func deployCSVImportsAndReimportsIdempotently(_ kind: StoreKind) throws {
        let db = try kind.open()
        let csv = Scratch.file("d.csv", "time,service,sha,pr,title,author\n2026-11-24T07:59:33Z,prod/api,cd025666,118,\"Merge, with comma\",alice\n2026-11-24T09:30:10Z,prod/api,9bde413f,121,Add per-tenant rate limiter,bob\n")
        let first = try DeployStore(db).importFiles([InputFile(path: csv)])
        #expect(first.added == 2)
        let again = try DeployStore(db).importFiles([InputFile(path: csv)])
        #expect(again.added == 0 && again.duplicates == 2)
        let deploys = try DeployStore(db).deploys(service: "prod/api")
        #expect(deploys.map(\.pr) == [118, 121])
        #expect(deploys[0].title == "Merge, with comma")
        #expect(deploys[1].ts == Timestamp.parse("2026-11-24T09:30:10Z"))
    }
}
