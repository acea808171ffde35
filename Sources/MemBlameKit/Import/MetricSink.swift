/// Receives what a metric importer reads: series first, then their points, plus warnings.
///
/// The store's `MetricImport` is the real sink (it writes to SQLite inside the import's transaction);
/// tests use `CollectingMetricSink`. Importers call `point` in the order they read, in any time order;
/// the sink deduplicates and detects conflicts.
public protocol MetricSink: AnyObject {
    /// Declares a series and returns the handle its points are sent with.
    /// - Throws: when the series exists with another unit (units are never mixed).
    func beginSeries(_ descriptor: SeriesDescriptor, at location: SourceLocation) throws -> Int
    /// One point. `location` is evaluated only when an error must be reported.
    func point(_ series: Int, ts: Int64, value: Double, at location: @autoclosure () -> SourceLocation) throws
    /// A non-fatal finding, printed on stderr (a `PartialData` status, a skipped empty series).
    func warn(_ message: String, at location: SourceLocation)
}

/// A sink that keeps everything in memory: for tests, benchmarks and one-shot analyses.
public final class CollectingMetricSink: MetricSink {
    public private(set) var series: [SeriesDescriptor] = []
    public private(set) var points: [[Point]] = []
    public private(set) var warnings: [String] = []

    public init() {}

    public func beginSeries(_ descriptor: SeriesDescriptor, at location: SourceLocation) throws -> Int {
        if let index = series.firstIndex(where: { $0.key == descriptor.key }) {
            if series[index].unit != descriptor.unit {
                throw MemBlameError.badInput("series \(descriptor.key) is in \(series[index].unit), this input gives \(descriptor.unit); units are never mixed in one series", at: location)
            }
            return index
        }
        series.append(descriptor)
        points.append([])
        return series.count - 1
    }

    public func point(_ series: Int, ts: Int64, value: Double, at location: @autoclosure () -> SourceLocation) throws {
        let unit = self.series[series].unit
        try PlausibleRange.check(ts: ts, value: value, range: PlausibleRange.values(for: unit), unit: unit, at: location())
        points[series].append(Point(ts: ts, value: value))
    }

    public func warn(_ message: String, at location: SourceLocation) {
        warnings.append("\(location): warning: \(message)")
    }

    /// Points of the series with `key`, sorted by time.
    public func points(of key: SeriesKey) -> [Point] {
        guard let index = series.firstIndex(where: { $0.key == key }) else { return [] }
        return points[index].sorted { $0.ts < $1.ts }
    }
}
