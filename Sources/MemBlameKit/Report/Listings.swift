import Foundation

/// The tables behind `memblame series` and `memblame deploys`.
public enum Listings {
    /// One row per stored series.
    public static func series(_ summaries: [MetricStore.Summary]) -> TextTable {
        TextTable(columns: [
            .init("Service"), .init("Metric"), .init("Stat"), .init("Unit"), .init("Period", key: "period_s", alignRight: true),
            .init("Points", alignRight: true), .init("First", key: "first"), .init("Last", key: "last"),
            .init("Gaps", alignRight: true), .init("Min", alignRight: true), .init("Max", alignRight: true), .init("Dimensions"),
        ], rows: summaries.map { s in
            [.text(s.service), .text(s.metric), .text(s.stat), .text(s.unit), .integer(s.periodSeconds.map(Int64.init)),
             .integer(Int64(s.points)), .text(s.first.map(Timestamp.iso)), .text(s.last.map(Timestamp.iso)),
             .integer(Int64(s.gaps)), number(s.min), number(s.max), .text(s.dimensions == "{}" ? "" : s.dimensions)]
        })
    }

    /// One row per deploy; times in UTC, or in `timeZone` for display.
    public static func deploys(_ deploys: [Deploy], timeZone: TimeZone? = nil) -> TextTable {
        TextTable(columns: [
            .init("Time", key: "time"), .init("Service"), .init("PR", key: "pr", alignRight: true), .init("SHA", key: "sha"),
            .init("Title"), .init("Author"), .init("Source"), .init("Branch"), .init("Approximate"), .init("URL", key: "url"),
        ], rows: deploys.map { d in
            [.text(timeZone.map { isoLocal(d.ts, in: $0) } ?? Timestamp.iso(d.ts)), .text(d.service),
             .integer(d.pr.map(Int64.init)), .text(d.sha.map { String($0.prefix(12)) }), .text(d.title), .text(d.author),
             .text(d.source), .text(d.branch), .bool(d.approximate), .text(d.url)]
        })
    }

    /// `2026-11-24T13:29:33+05:30`: the local time in `zone` with its offset at that instant, to the second
    /// (deploy times are compared with restarts seconds apart).
    public static func isoLocal(_ ts: Int64, in zone: TimeZone) -> String {
        let offset = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(ts)))
        if offset == 0 { return Timestamp.iso(ts) }
        let local = Timestamp.iso(ts + Int64(offset)).dropLast()   // drop the Z
        let sign = offset < 0 ? "-" : "+"
        return local + String(format: "%@%02d:%02d", sign, abs(offset) / 3600, abs(offset) % 3600 / 60)
    }

    static func number(_ v: Double?) -> TextTable.Cell {
        .number(v, display: v.map { String(format: "%.2f", $0) } ?? "")
    }

    /// Rows of an arbitrary query, as `memblame query` prints them. Columns named `ts` or `*_ts` hold unix seconds
    /// (the store's convention) and print as times: ISO 8601 UTC in CSV and JSON, like every other listing.
    public static func query(_ result: QueryResult) -> TextTable {
        let numeric = result.columns.indices.map { i in
            result.rows.allSatisfy { row in if case .text = row[i] { return false } else { return true } }
        }
        let isTime = result.columns.map { $0.lowercased() == "ts" || $0.lowercased().hasSuffix("_ts") }
        return TextTable(columns: result.columns.enumerated().map { .init($1, key: $1, alignRight: numeric[$0] && !isTime[$0]) },
                         rows: result.rows.map { row in row.enumerated().map { index, value in
                             switch value {
                             case .null: return .text(nil)
                             case .integer(let i) where isTime[index]: return .time(i)
                             case .integer(let i): return .integer(i)
                             case .real(let d): return .number(d, display: String(format: "%.6g", d))
                             case .text(let s): return .text(s)
                             }
                         } })
    }
}
