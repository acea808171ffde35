import Foundation
import MemBlameKit

/// A SHA-256 over every row of every data table of a memblame database, in key order: two databases
/// (or one database before and after a failed import) hold exactly the same data when the digests match.
public enum StoreDigest {
    /// The tables that hold data (the schema version is checked by `integrity_check` and migrations).
    public static let tables = ["series", "points", "imports", "deploys", "commits"]

    /// Digest of the database at `path`, opened without migrating (it must already exist).
    public static func of(path: String) throws -> String {
        try of(Database(path: path, migrate: false))
    }

    /// Digest of an open database.
    public static func of(_ db: Database) throws -> String {
        var hash = SHA256()
        for table in tables {
            hash.update(Array("#\(table)\n".utf8))
            // Every table's first columns are its key (WITHOUT ROWID points: series_id, ts).
            let result = try db.rows("SELECT * FROM \(table) ORDER BY 1, 2")
            for row in result.rows {
                for value in row {
                    switch value {
                    case .null: hash.update(Array("N|".utf8))
                    case .integer(let v): hash.update(Array("I\(v)|".utf8))
                    case .real(let v): hash.update(Array("R\(v.bitPattern)|".utf8))
                    case .text(let v): hash.update(Array("T\(v.utf8.count):\(v)|".utf8))
                    }
                }
                hash.update([0x0A])
            }
        }
        return hash.finalizeHex()
    }

    /// Row counts per table, for messages when digests differ.
    public static func counts(path: String) throws -> String {
        let db = try Database(path: path, migrate: false)
        return try tables.map { "\($0)=\(try db.scalar("SELECT COUNT(*) FROM \($0)")?.int64 ?? -1)" }.joined(separator: " ")
    }
}
