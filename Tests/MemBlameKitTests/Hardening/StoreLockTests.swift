import Foundation
import Testing
import MemBlameKit
import MemBlameTestSupport

/// When another writer holds the database longer than the busy timeout, an import fails with one
/// clear message and changes nothing; a reader meanwhile sees the last committed state.
@Suite struct StoreLockTests {
    @Test func writerBlockedPastTheBusyTimeoutFailsClearly() throws {
        let path = Scratch.folder("lock").appendingPathComponent("l.db").path
        let holder = try Database(path: path)
        _ = try MetricImport(db: holder).run([InputFile(name: "a.csv", contents: Data("1790000000,1\n1790000060,2\n".utf8))],
                                             options: MetricImportOptions(service: "prod/api"))
        let before = try StoreDigest.of(holder)
        try holder.execute("BEGIN IMMEDIATE")
        try holder.execute("INSERT INTO series (service, metric, unit) VALUES ('held', 'm', 'Percent')")

        let writer = try Database(path: path, busyTimeoutMilliseconds: 200)
        let error = try #require(throws: MemBlameError.self) {
            _ = try MetricImport(db: writer).run([InputFile(name: "b.csv", contents: Data("1800000000,1\n".utf8))],
                                                 options: MetricImportOptions(service: "prod/web"))
        }
        #expect(error.kind == .io)
        #expect(error.description == "\(path): error: the database is locked by another memblame process (waited for the busy timeout); try again when it has finished")

        // A reader is not blocked and sees the committed state, not the holder's uncommitted row.
        let reader = try Database(path: path, busyTimeoutMilliseconds: 200)
        #expect(try StoreDigest.of(reader) == before)
        try holder.execute("ROLLBACK")
        #expect(try StoreDigest.of(holder) == before)
    }
}
