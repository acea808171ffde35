/// One sample of a memory series: a UTC time in unix seconds and a value in the series' unit.
public struct Point: Hashable, Sendable {
    /// Unix seconds, UTC.
    public var ts: Int64
    public var value: Double

    public init(ts: Int64, value: Double) {
        self.ts = ts
        self.value = value
    }
}

/// A stored series: its database id, descriptor and (when loaded) its points in time order.
public struct Series: Sendable {
    public var id: Int64
    public var descriptor: SeriesDescriptor
    public var points: [Point]

    public init(id: Int64, descriptor: SeriesDescriptor, points: [Point] = []) {
        self.id = id
        self.descriptor = descriptor
        self.points = points
    }

    public var key: SeriesKey { descriptor.key }
    public var unit: MetricUnit { descriptor.unit }
}
