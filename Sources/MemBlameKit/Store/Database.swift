import CSQLite
import Foundation

/// A connection to a memblame SQLite database: the thin wrapper over the C API that every store uses.
///
/// Opens with WAL journaling (on disk), a busy timeout and foreign keys on, and applies the versioned
/// migrations from `Queries/migrations/`. A database written by a newer memblame is refused.
/// The raw C API rather than GRDB: it builds in a fraction of the time and inserts about twice as fast
/// per row (see BENCHMARKS.md); the wrapper is small enough to read in one sitting.
public final class Database {
    /// The underlying `sqlite3*`.
    public let handle: OpaquePointer
    /// The path as given (`:memory:` for an in-memory database).
    public let path: String
    private var statementCache: [String: Statement] = [:]

    /// Opens (creating if needed) and migrates the database at `path`.
    /// - Parameter busyTimeoutMilliseconds: how long a writer waits for another writer's lock.
    /// - Throws: `MemBlameError` (io) when the file cannot be opened or its schema is newer than this build.
    public init(path: String, busyTimeoutMilliseconds: Int32 = 10_000, migrate: Bool = true) throws {
        var db: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        let rc = sqlite3_open_v2(path, &db, flags, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            if let db { sqlite3_close_v2(db) }
            throw MemBlameError(.io, "cannot open database: \(message); check that its folder exists and is writable, or pass --db", at: SourceLocation(file: path))
        }
        self.handle = db
        self.path = path
        sqlite3_busy_timeout(db, busyTimeoutMilliseconds)
        try execute("PRAGMA foreign_keys = ON")
        if path != ":memory:" && !path.isEmpty {
            // Switching a new file to WAL takes an exclusive lock and SQLite answers SQLITE_BUSY at once, without the
            // busy handler, while another process does the same (two imports into a new database): retry until the
            // busy timeout instead of failing.
            try executeRetryingWhileBusy("PRAGMA journal_mode = WAL", milliseconds: Int(busyTimeoutMilliseconds))
            try execute("PRAGMA synchronous = NORMAL")
        }
        if migrate { try Migrations.apply(to: self) }
    }

    /// An in-memory database, migrated: for tests and one-shot analyses.
    public static func inMemory() throws -> Database { try Database(path: ":memory:") }

    deinit {
        for statement in statementCache.values { statement.finalize() }
        sqlite3_close_v2(handle)
    }

    /// Runs one or more SQL statements that return no rows.
    public func execute(_ sql: String) throws {
        var error: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &error)
        if rc != SQLITE_OK {
            let message = error.map { String(cString: $0) } ?? lastErrorMessage
            sqlite3_free(error)
            throw self.error(rc, message, sql: sql)
        }
    }

    /// `execute`, tried again every 20 ms while SQLite answers busy or locked, for at most `milliseconds`.
    func executeRetryingWhileBusy(_ sql: String, milliseconds: Int) throws {
        let deadline = Date().addingTimeInterval(Double(max(0, milliseconds)) / 1000)
        while true {
            let rc = sqlite3_exec(handle, sql, nil, nil, nil)
            if rc == SQLITE_OK { return }
            guard rc == SQLITE_BUSY || rc == SQLITE_LOCKED, Date() < deadline else { throw error(rc, lastErrorMessage, sql: sql) }
            usleep(20_000)
        }
    }

    /// Prepares a statement (not cached).
    public func prepare(_ sql: String) throws -> Statement {
        var stmt: OpaquePointer?
        let rc = sqlite3_prepare_v2(handle, sql, -1, &stmt, nil)
        guard rc == SQLITE_OK, let stmt else { throw error(rc, lastErrorMessage, sql: sql) }
        return Statement(handle: stmt, database: self, sql: sql)
    }

    /// Prepares a statement once per connection and reuses it (reset before it is returned).
    public func cached(_ sql: String) throws -> Statement {
        if let statement = statementCache[sql] {
            statement.reset()
            return statement
        }
        let statement = try prepare(sql)
        statementCache[sql] = statement
        return statement
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    /// `BEGIN IMMEDIATE` takes the write lock up front so a concurrent writer waits (busy timeout)
    /// instead of failing half-way.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// Rows changed by the last INSERT/UPDATE/DELETE.
    public var changes: Int { Int(sqlite3_changes(handle)) }
    /// Rowid of the last INSERT.
    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    var lastErrorMessage: String { String(cString: sqlite3_errmsg(handle)) }

    func error(_ code: Int32, _ message: String, sql: String? = nil) -> MemBlameError {
        var text = "database error \(code): \(message)"
        if code == SQLITE_BUSY || code == SQLITE_LOCKED {
            text = "the database is locked by another memblame process (waited for the busy timeout); try again when it has finished"
        } else if let sql, ProcessInfo.processInfo.environment["MEMBLAME_VERBOSE"] != nil {
            text += " in: \(sql)"
        }
        return MemBlameError(.io, text, at: SourceLocation(file: path))
    }

    /// Fetches every row of a query as dictionaries of column name to value (for `query` and reports).
    public func rows(_ sql: String, parameters: [String: SQLValue] = [:]) throws -> QueryResult {
        let statement = try prepare(sql)
        defer { statement.finalize() }
        try statement.bind(named: parameters)
        var result = QueryResult(columns: statement.columnNames, rows: [])
        while try statement.step() {
            result.rows.append((0..<statement.columnCount).map { statement.value(at: $0) })
        }
        return result
    }

    /// The single value of a scalar query, or nil.
    public func scalar(_ sql: String, _ arguments: SQLValue...) throws -> SQLValue? {
        let statement = try prepare(sql)
        defer { statement.finalize() }
        for (i, argument) in arguments.enumerated() { try statement.bind(argument, at: Int32(i + 1)) }
        return try statement.step() ? statement.value(at: 0) : nil
    }
}
