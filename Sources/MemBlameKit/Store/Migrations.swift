/// The versioned schema: `Queries/migrations/NNNN_name.sql`, applied in order, each in its own
/// transaction, with `PRAGMA user_version` recording the last one applied.
public enum Migrations {
    /// The migrations embedded at build time, ordered by their number.
    public static var all: [(version: Int, name: String, sql: String)] {
        EmbeddedSQL.files
            .filter { $0.key.hasPrefix("migrations/") }
            .compactMap { key, sql -> (Int, String, String)? in
                let name = String(key.dropFirst("migrations/".count))
                guard let version = Int(name.prefix(while: \.isNumber)) else { return nil }
                return (version, name, sql)
            }
            .sorted { $0.0 < $1.0 }
    }

    /// The schema version this build writes.
    public static var latestVersion: Int { all.last?.version ?? 0 }

    /// Brings the database to `latestVersion`.
    /// - Throws: when the database was written by a newer memblame (refused, nothing changed).
    public static func apply(to db: Database) throws {
        let current = Int(try db.scalar("PRAGMA user_version")?.int64 ?? 0)
        if current > latestVersion {
            throw MemBlameError(.io, "schema version \(current) is newer than this memblame supports (\(latestVersion)); upgrade memblame",
                                at: SourceLocation(file: db.path))
        }
        for migration in all where migration.version > current {
            try db.transaction {
                // Another process may have migrated while this one waited for the write lock
                // (two imports into a new database at once): re-read the version under the lock.
                guard Int(try db.scalar("PRAGMA user_version")?.int64 ?? 0) < migration.version else { return }
                try db.execute(migration.sql)
                try db.execute("PRAGMA user_version = \(migration.version)")
            }
        }
    }
}
