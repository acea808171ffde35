import CSQLite

/// `SQLITE_TRANSIENT`: the C macro Swift cannot import; makes SQLite copy bound text.
let sqliteTransient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

/// A value read from or bound to SQLite.
public enum SQLValue: Hashable, Sendable, CustomStringConvertible {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)

    public var description: String {
        switch self {
        case .null: return ""
        case .integer(let v): return String(v)
        case .real(let v): return String(v)
        case .text(let v): return v
        }
    }

    public var int64: Int64? {
        switch self {
        case .integer(let v): return v
        case .real(let v): return Int64(v)
        case .text(let v): return Int64(v)
        case .null: return nil
        }
    }

    public var double: Double? {
        switch self {
        case .integer(let v): return Double(v)
        case .real(let v): return v
        case .text(let v): return Double(v)
        case .null: return nil
        }
    }

    public var string: String? {
        switch self {
        case .null: return nil
        default: return description
        }
    }

    /// A parameter value from the command line: integers and reals as numbers, the rest as text.
    public static func parse(_ text: String) -> SQLValue {
        if let i = Int64(text) { return .integer(i) }
        if let d = OptionValues.decimal(text) { return .real(d) }   // finite decimals only: "inf" and "nan" stay text
        return .text(text)
    }
}

/// The rows of a query with their column names.
public struct QueryResult: Sendable {
    public var columns: [String]
    public var rows: [[SQLValue]]
}

/// A prepared statement. Bind, step, read columns; reuse with `reset()`.
public final class Statement {
    let handle: OpaquePointer
    unowned let database: Database
    let sql: String
    private var finalized = false

    init(handle: OpaquePointer, database: Database, sql: String) {
        self.handle = handle
        self.database = database
        self.sql = sql
    }

    deinit { finalize() }

    func finalize() {
        if !finalized { sqlite3_finalize(handle); finalized = true }
    }

    /// Resets the statement and clears its bindings.
    public func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    @inline(__always) public func bind(_ value: Int64, at index: Int32) { sqlite3_bind_int64(handle, index, value) }
    @inline(__always) public func bind(_ value: Double, at index: Int32) { sqlite3_bind_double(handle, index, value) }

    public func bind(_ value: SQLValue, at index: Int32) throws {
        let rc: Int32
        switch value {
        case .null: rc = sqlite3_bind_null(handle, index)
        case .integer(let v): rc = sqlite3_bind_int64(handle, index, v)
        case .real(let v): rc = sqlite3_bind_double(handle, index, v)
        case .text(let v): rc = sqlite3_bind_text(handle, index, v, -1, sqliteTransient)
        }
        if rc != SQLITE_OK { throw database.error(rc, database.lastErrorMessage, sql: sql) }
    }

    /// Binds optional text (nil as NULL).
    public func bind(_ value: String?, at index: Int32) throws {
        try bind(value.map(SQLValue.text) ?? .null, at: index)
    }

    /// Binds optional integers (nil as NULL).
    public func bind(_ value: Int?, at index: Int32) throws {
        try bind(value.map { SQLValue.integer(Int64($0)) } ?? .null, at: index)
    }

    /// Binds `:name` parameters; names the statement does not use are ignored, missing ones stay NULL.
    public func bind(named parameters: [String: SQLValue]) throws {
        let count = sqlite3_bind_parameter_count(handle)
        guard count > 0 else { return }
        for index in 1...count {
            guard let cName = sqlite3_bind_parameter_name(handle, index) else { continue }
            let name = String(String(cString: cName).dropFirst())
            if let value = parameters[name] { try bind(value, at: index) }
        }
    }

    /// The `:name` parameters of the statement, without their prefix.
    public var parameterNames: [String] {
        let count = sqlite3_bind_parameter_count(handle)
        guard count > 0 else { return [] }
        return (1...count).compactMap { sqlite3_bind_parameter_name(handle, $0).map { String(String(cString: $0).dropFirst()) } }
    }

    /// Steps once: true when a row is available, false when done.
    @discardableResult
    public func step() throws -> Bool {
        let rc = sqlite3_step(handle)
        if rc == SQLITE_ROW { return true }
        if rc == SQLITE_DONE { return false }
        throw database.error(rc, database.lastErrorMessage, sql: sql)
    }

    /// Steps to completion, then resets for reuse.
    public func run() throws {
        defer { sqlite3_reset(handle) }
        while try step() {}
    }

    /// Steps an INSERT and reports the SQLite result code instead of throwing on a constraint.
    @inline(__always) func stepResult() -> Int32 {
        let rc = sqlite3_step(handle)
        sqlite3_reset(handle)
        return rc
    }

    public var columnCount: Int32 { sqlite3_column_count(handle) }
    public var columnNames: [String] { (0..<columnCount).map { String(cString: sqlite3_column_name(handle, $0)) } }

    @inline(__always) public func int64(at column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }
    @inline(__always) public func double(at column: Int32) -> Double { sqlite3_column_double(handle, column) }
    public func isNull(at column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }
    public func string(at column: Int32) -> String? {
        guard let text = sqlite3_column_text(handle, column) else { return nil }
        return String(cString: text)
    }

    public func value(at column: Int32) -> SQLValue {
        switch sqlite3_column_type(handle, column) {
        case SQLITE_INTEGER: return .integer(int64(at: column))
        case SQLITE_FLOAT: return .real(double(at: column))
        case SQLITE_NULL: return .null
        default: return .text(string(at: column) ?? "")
        }
    }
}
