import Foundation

/// What one import did, per file: for the CLI to print and tests to check.
public struct ImportReport: Sendable {
    /// One imported file.
    public struct File: Sendable {
        public var path: String
        public var format: String
        public var added: Int
        public var duplicates: Int
        /// Points whose stored value differed and was kept (`--on-conflict keep`) or replaced.
        public var conflicts: Int
        public var series: Int
        /// Import-specific counts, e.g. skipped pipelines by reason.
        public var notes: [String]
    }
    public var files: [File] = []
    public var warnings: [String] = []

    public var added: Int { files.reduce(0) { $0 + $1.added } }
    public var duplicates: Int { files.reduce(0) { $0 + $1.duplicates } }
}

/// What to do when a point's timestamp is already stored with a different value.
public enum ConflictPolicy: String, Sendable, CaseIterable {
    /// Refuse the whole import (the default: conflicting data is a sign of a wrong file).
    case error
    /// Keep the stored value, count the conflict.
    case keep
    /// Overwrite with the new value (for re-exports that revised the last minutes).
    case replace
}

/// Imports memory-series files into the store: one transaction for all files of an invocation,
/// format detection, provenance rows, duplicate counting and conflict checks.
/// Implements `MetricSink`, so every importer writes through it.
public final class MetricImport: MetricSink {
    let db: Database
    let onConflict: ConflictPolicy
    private var seriesIDs: [Int64] = []
    private var seriesUnits: [MetricUnit] = []
    /// `PlausibleRange.values(for:)` of each series' unit, looked up once per series.
    private var seriesRanges: [ClosedRange<Double>] = []
    /// Per series: the range of timestamps stored or inserted so far. A point outside it cannot be a
    /// duplicate, so it goes into a multi-row batch; a point inside it takes the checked path.
    private var covered: [ClosedRange<Int64>?] = []
    /// Points waiting for a multi-row INSERT: (series id, ts, value).
    private var pending: [(Int64, Int64, Double)] = []
    private var batchInsert: Statement?
    /// Rows per multi-row INSERT (3 parameters each, well under SQLite's limit).
    static let batchSize = 100
    private var seriesByKey: [SeriesKey: Int] = [:]
    private var current = ImportReport.File(path: "", format: "", added: 0, duplicates: 0, conflicts: 0, series: 0, notes: [])
    private var touchedSeries = Set<Int>()
    private var report = ImportReport()
    private var insert: Statement?
    private var lookup: Statement?

    /// - Parameters:
    ///   - db: the open store.
    ///   - onConflict: what a point that contradicts a stored one does.
    public init(db: Database, onConflict: ConflictPolicy = .error) {
        self.db = db
        self.onConflict = onConflict
    }

    /// Imports `inputs` in one transaction: all files or nothing.
    /// - Parameter format: forces a format; nil detects each file's by content.
    /// - Throws: the first located error; the database is then exactly as before.
    public func run(_ inputs: [InputFile], format: MetricFormat? = nil, options: MetricImportOptions = MetricImportOptions(),
                    source: String = "file") throws -> ImportReport {
        try run(inputs.map { ($0, options) }, format: format, source: source)
    }

    /// Imports inputs that each carry their own options (a fetch's answers to several queries) in one transaction.
    public func run(_ inputs: [(input: InputFile, options: MetricImportOptions)], format: MetricFormat? = nil,
                    source: String = "file") throws -> ImportReport {
        // Points only ever reference series this import just found or created, so the per-row foreign
        // key lookup is pure cost. The pragma is a no-op inside a transaction, so it is set before.
        let foreignKeys = try db.scalar("PRAGMA foreign_keys")?.int64 == 1
        if foreignKeys { try db.execute("PRAGMA foreign_keys = OFF") }
        defer { if foreignKeys { try? db.execute("PRAGMA foreign_keys = ON") } }
        return try db.transaction { try importInsideTransaction(inputs, format: format, source: source) }
    }

    /// The body of `run` for a caller that holds the transaction itself (a fetch that stores deploys alongside).
    public func importInsideTransaction(_ inputs: [(input: InputFile, options: MetricImportOptions)], format: MetricFormat? = nil,
                                        source: String = "file") throws -> ImportReport {
        report = ImportReport()
        do {
            insert = try db.cached("INSERT INTO points (series_id, ts, value) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
            lookup = try db.cached("SELECT value FROM points WHERE series_id = ? AND ts = ?")
            batchInsert = try db.cached("INSERT INTO points (series_id, ts, value) VALUES "
                                        + Array(repeating: "(?, ?, ?)", count: Self.batchSize).joined(separator: ", "))
            pending.removeAll(keepingCapacity: true)
            for (input, options) in inputs {
                let chosen = try format ?? MetricFormats.detect(input)
                let started = Int64(Date().timeIntervalSince1970)
                current = ImportReport.File(path: input.displayName, format: chosen.name, added: 0, duplicates: 0, conflicts: 0, series: 0, notes: [])
                touchedSeries = []
                // The provenance hash runs on another core while the file is parsed and inserted.
                let hash = BackgroundHash(input)
                try chosen.read(input, options: options, into: self)
                try flush()
                current.series = touchedSeries.count
                let row = try db.cached("""
                    INSERT INTO imports (kind, source, path, sha256, format, added, duplicates, started_at, finished_at)
                    VALUES ('metrics', ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                try row.bind(.text(source), at: 1)
                try row.bind(.text(input.displayName), at: 2)
                try row.bind(.text(try hash.value()), at: 3)
                try row.bind(.text(chosen.name), at: 4)
                row.bind(Int64(current.added), at: 5)
                row.bind(Int64(current.duplicates), at: 6)
                row.bind(started, at: 7)
                row.bind(Int64(Date().timeIntervalSince1970), at: 8)
                try row.run()
                report.files.append(current)
            }
        }
        return report
    }

    // MARK: - MetricSink

    public func beginSeries(_ descriptor: SeriesDescriptor, at location: SourceLocation) throws -> Int {
        if let handle = seriesByKey[descriptor.key] {
            guard seriesUnits[handle] == descriptor.unit else { throw unitConflict(descriptor, stored: seriesUnits[handle], at: location) }
            touchedSeries.insert(handle)
            return handle
        }
        let key = descriptor.key
        let find = try db.cached("SELECT id, unit, period_s FROM series WHERE service = ? AND metric = ? AND stat = ? AND dimensions = ?")
        try find.bind(.text(key.service), at: 1)
        try find.bind(.text(key.metric), at: 2)
        try find.bind(.text(key.stat), at: 3)
        try find.bind(.text(key.dimensionsJSON), at: 4)
        var id: Int64
        if try find.step() {
            id = find.int64(at: 0)
            let unit = MetricUnit(find.string(at: 1) ?? "")
            let hasPeriod = !find.isNull(at: 2)
            find.reset()
            guard unit == descriptor.unit else { throw unitConflict(descriptor, stored: unit, at: location) }
            if !hasPeriod, let period = descriptor.periodSeconds {
                let update = try db.cached("UPDATE series SET period_s = ? WHERE id = ?")
                update.bind(Int64(period), at: 1)
                update.bind(id, at: 2)
                try update.run()
            }
        } else {
            find.reset()
            let create = try db.cached("INSERT INTO series (service, metric, stat, unit, period_s, dimensions) VALUES (?, ?, ?, ?, ?, ?)")
            try create.bind(.text(key.service), at: 1)
            try create.bind(.text(key.metric), at: 2)
            try create.bind(.text(key.stat), at: 3)
            try create.bind(.text(descriptor.unit.rawValue), at: 4)
            try create.bind(descriptor.periodSeconds, at: 5)
            try create.bind(.text(key.dimensionsJSON), at: 6)
            try create.run()
            id = db.lastInsertRowID
        }
        seriesIDs.append(id)
        seriesUnits.append(descriptor.unit)
        seriesRanges.append(PlausibleRange.values(for: descriptor.unit))
        let range = try db.cached("SELECT min(ts), max(ts) FROM points WHERE series_id = ?")
        range.bind(id, at: 1)
        if try range.step(), !range.isNull(at: 0) {
            covered.append(range.int64(at: 0)...range.int64(at: 1))
        } else {
            covered.append(nil)
        }
        range.reset()
        let handle = seriesIDs.count - 1
        seriesByKey[key] = handle
        touchedSeries.insert(handle)
        return handle
    }

    private func unitConflict(_ descriptor: SeriesDescriptor, stored: MetricUnit, at location: SourceLocation) -> MemBlameError {
        .badInput("series \(descriptor.key) is stored in \(stored), this file gives \(descriptor.unit); units are never mixed in one series (import it under another --metric name)", at: location)
    }

    public func point(_ series: Int, ts: Int64, value: Double, at location: @autoclosure () -> SourceLocation) throws {
        try PlausibleRange.check(ts: ts, value: value, range: seriesRanges[series], unit: seriesUnits[series], at: location())
        let id = seriesIDs[series]
        if let range = covered[series] {
            if range.contains(ts) {
                // Maybe stored already: write what is pending, then check this point where its location is known.
                try flush()
                try checkedInsert(series, id: id, ts: ts, value: value, at: location())
                return
            }
            covered[series] = min(range.lowerBound, ts)...max(range.upperBound, ts)
        } else {
            covered[series] = ts...ts
        }
        pending.append((id, ts, value))
        if pending.count == Self.batchSize { try flush() }
    }

    /// Inserts the pending points: none of them can be stored already (each was outside its series'
    /// covered range), so a failure here is a database error, not a duplicate.
    private func flush() throws {
        guard !pending.isEmpty else { return }
        if pending.count == Self.batchSize, let batch = batchInsert {
            var index: Int32 = 1
            for (id, ts, value) in pending {
                batch.bind(id, at: index)
                batch.bind(ts, at: index + 1)
                batch.bind(value, at: index + 2)
                index += 3
            }
            let rc = batch.stepResult()
            guard rc == 101 /* SQLITE_DONE */ else { throw db.error(rc, db.lastErrorMessage) }
        } else {
            let insert = self.insert!
            for (id, ts, value) in pending {
                insert.bind(id, at: 1)
                insert.bind(ts, at: 2)
                insert.bind(value, at: 3)
                let rc = insert.stepResult()
                guard rc == 101 /* SQLITE_DONE */ else { throw db.error(rc, db.lastErrorMessage) }
            }
        }
        current.added += pending.count
        pending.removeAll(keepingCapacity: true)
    }

    /// One point that may already be stored: counted as a duplicate, or a conflict handled by the policy.
    private func checkedInsert(_ series: Int, id: Int64, ts: Int64, value: Double, at location: @autoclosure () -> SourceLocation) throws {
        let insert = self.insert!
        insert.bind(id, at: 1)
        insert.bind(ts, at: 2)
        insert.bind(value, at: 3)
        let rc = insert.stepResult()
        guard rc == 101 /* SQLITE_DONE */ else { throw db.error(rc, db.lastErrorMessage) }
        if db.changes == 1 {
            current.added += 1
            return
        }
        let lookup = self.lookup!
        lookup.bind(id, at: 1)
        lookup.bind(ts, at: 2)
        let stored = try lookup.step() ? lookup.double(at: 0) : value
        lookup.reset()
        if stored == value || abs(stored - value) <= 1e-9 * max(abs(stored), abs(value)) {
            current.duplicates += 1
            return
        }
        switch onConflict {
        case .error:
            throw MemBlameError.badInput("timestamp \(Timestamp.iso(ts)) of \(seriesKey(series)) already has the value \(stored), this file gives \(value); nothing was imported (use --on-conflict keep or replace)", at: location())
        case .keep:
            current.conflicts += 1
        case .replace:
            let update = try db.cached("UPDATE points SET value = ? WHERE series_id = ? AND ts = ?")
            update.bind(value, at: 1)
            update.bind(id, at: 2)
            update.bind(ts, at: 3)
            try update.run()
            current.conflicts += 1
        }
    }

    private func seriesKey(_ handle: Int) -> String {
        seriesByKey.first(where: { $0.value == handle }).map { "\($0.key)" } ?? "the series"
    }

    public func warn(_ message: String, at location: SourceLocation) {
        report.warnings.append("\(location): warning: \(message)")
    }
}

/// Computes a file's SHA-256 on a background thread; `value()` waits for it.
final class BackgroundHash: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<String, Error> = .success("")

    init(_ input: InputFile) {
        DispatchQueue.global(qos: .userInitiated).async {
            self.result = Result { try input.sha256() }
            self.done.signal()
        }
    }

    /// The hex digest, or the error reading the file raised.
    func value() throws -> String {
        done.wait()
        done.signal()   // later calls return at once
        return try result.get()
    }
}
