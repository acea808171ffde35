/// Reads memory series back out of the store: summaries for `series`, points for the detector.
public struct MetricStore {
    let db: Database

    public init(_ db: Database) { self.db = db }

    /// One row of `memblame series`.
    public struct Summary: Sendable, Codable {
        public var id: Int64
        public var service: String
        public var metric: String
        public var stat: String
        public var unit: String
        public var periodSeconds: Int?
        public var dimensions: String
        public var points: Int
        public var first: Int64?
        public var last: Int64?
        /// Gaps longer than three periods (or 5 minutes when the period is unknown).
        public var gaps: Int
        public var min: Double?
        public var max: Double?
    }

    /// Every series with its counts, range and gaps (runs `Queries/series-summary.sql`).
    public func summaries(service: String? = nil) throws -> [Summary] {
        let result = try db.rows(try NamedQuery.sql("series-summary"), parameters: ["service": service.map(SQLValue.text) ?? .null])
        let c = Dictionary(uniqueKeysWithValues: result.columns.enumerated().map { ($1, $0) })
        return result.rows.map { r in
            Summary(id: r[c["id"]!].int64!, service: r[c["service"]!].description, metric: r[c["metric"]!].description,
                    stat: r[c["stat"]!].description, unit: r[c["unit"]!].description,
                    periodSeconds: r[c["period_s"]!].int64.map(Int.init), dimensions: r[c["dimensions"]!].description,
                    points: Int(r[c["points"]!].int64 ?? 0), first: r[c["first_ts"]!].int64, last: r[c["last_ts"]!].int64,
                    gaps: Int(r[c["gaps"]!].int64 ?? 0), min: r[c["min_value"]!].double, max: r[c["max_value"]!].double)
        }
    }

    /// The distinct services that have series.
    public func services() throws -> [String] {
        try db.rows("SELECT DISTINCT service FROM series ORDER BY service").rows.map { $0[0].description }
    }

    /// All series of a service with their points in time order, within `[since, until]` when given.
    public func series(service: String, since: Int64? = nil, until: Int64? = nil) throws -> [Series] {
        let list = try db.prepare("SELECT id, metric, stat, unit, period_s, dimensions FROM series WHERE service = ? ORDER BY id")
        try list.bind(.text(service), at: 1)
        var out: [Series] = []
        while try list.step() {
            let dims = (try? JSONDecoderHelper.stringMap(list.string(at: 5) ?? "{}")) ?? [:]
            let key = SeriesKey(service: service, metric: list.string(at: 1) ?? "", stat: list.string(at: 2) ?? "", dimensions: dims)
            let descriptor = SeriesDescriptor(key: key, unit: MetricUnit(list.string(at: 3) ?? ""),
                                              periodSeconds: list.isNull(at: 4) ? nil : Int(list.int64(at: 4)))
            out.append(Series(id: list.int64(at: 0), descriptor: descriptor))
        }
        let points = try db.prepare("SELECT ts, value FROM points WHERE series_id = ? AND ts >= ? AND ts <= ? ORDER BY ts")
        let count = try db.prepare("SELECT COUNT(*) FROM points WHERE series_id = ? AND ts >= ? AND ts <= ?")
        for index in out.indices {
            for statement in [points, count] {
                statement.reset()
                statement.bind(out[index].id, at: 1)
                statement.bind(since ?? Int64.min, at: 2)
                statement.bind(until ?? Int64.max, at: 3)
            }
            // Sized up front: a growing array would hold up to twice the points at its peak.
            var loaded: [Point] = []
            if try count.step() { loaded.reserveCapacity(Int(count.int64(at: 0))) }
            while try points.step() { loaded.append(Point(ts: points.int64(at: 0), value: points.double(at: 1))) }
            out[index].points = loaded
        }
        return out
    }
}

import Foundation

/// Decodes the `dimensions` JSON column.
enum JSONDecoderHelper {
    static func stringMap(_ text: String) throws -> [String: String] {
        try JSONDecoder().decode([String: String].self, from: Data(text.utf8))
    }
}
