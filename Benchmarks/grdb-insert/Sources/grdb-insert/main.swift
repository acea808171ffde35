import Foundation
import GRDB

// grdb-insert [N]: inserts N points into memblame's `points` table (WITHOUT ROWID, PRIMARY KEY(series_id, ts)),
// WAL + synchronous=NORMAL like memblame, one transaction, cached statement with GRDB's argument binding.
let n = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1])! : 1_000_000
let path = FileManager.default.temporaryDirectory.appendingPathComponent("grdb-insert-\(getpid()).db").path
defer { for s in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + s) } }
var config = Configuration()
config.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
let queue = try DatabasePool(path: path, configuration: config)
try queue.write { db in
    try db.execute(sql: """
        CREATE TABLE series (id INTEGER PRIMARY KEY, service TEXT NOT NULL);
        INSERT INTO series (id, service) VALUES (1, 'bench');
        CREATE TABLE points (series_id INTEGER NOT NULL REFERENCES series(id), ts INTEGER NOT NULL, value REAL NOT NULL,
                             PRIMARY KEY (series_id, ts)) WITHOUT ROWID;
        """)
}
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}
let start = Date(), cpuStart = cpuSeconds()
try queue.write { db in
    let statement = try db.cachedStatement(sql: "INSERT INTO points (series_id, ts, value) VALUES (1, ?, ?) ON CONFLICT DO NOTHING")
    for i in 0..<n {
        try statement.execute(arguments: [Int64(1_700_000_000 + i * 60), Double(i % 1000) * 0.1])
    }
}
let seconds = Date().timeIntervalSince(start), cpu = cpuSeconds() - cpuStart
print(String(format: "GRDB 7.10 insert : %d points in %.3f s CPU = %.2f M points/s (wall %.3f s)", n, cpu, Double(n) / cpu / 1e6, seconds))
