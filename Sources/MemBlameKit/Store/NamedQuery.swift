/// The SQL files of `Queries/`, embedded in the binary at build time: the one source of the SQL the
/// reports run, also runnable as they are in the `sqlite3` shell.
public enum NamedQuery {
    /// Names of the runnable queries (migrations excluded), sorted.
    public static var names: [String] {
        EmbeddedSQL.files.keys.filter { !$0.hasPrefix("migrations/") }.sorted()
    }

    /// Every embedded file, keyed by its path below `Queries/` without `.sql`.
    public static var files: [String: String] { EmbeddedSQL.files }

    /// The SQL of `Queries/NAME.sql`.
    /// - Throws: usage error listing the known names.
    public static func sql(_ name: String) throws -> String {
        guard let sql = EmbeddedSQL.files[name] else {
            throw MemBlameError(.usage, "no query named '\(name)'; known queries: \(names.joined(separator: ", "))")
        }
        return sql
    }

    /// Runs `Queries/NAME.sql` with `:name` parameters and returns its rows.
    public static func run(_ name: String, on db: Database, parameters: [String: SQLValue] = [:]) throws -> QueryResult {
        try db.rows(try sql(name), parameters: parameters)
    }
}
