import Foundation

/// CloudWatch `get-metric-statistics` JSON: `Label` (the metric name) and `Datapoints` in no order, each
/// with a `Timestamp`, one or more statistics (`Average`, `Maximum`, `Minimum`, `Sum`, `SampleCount`,
/// `ExtendedStatistics`) and a `Unit`. One series per statistic; `SampleCount` is in Count whatever
/// `Unit` says. The service comes from `--service`.
public struct CloudWatchMetricStatisticsFormat: MetricFormat {
    public init() {}
    public var name: String { "cloudwatch-get-metric-statistics" }
    public var summary: String { "CloudWatch get-metric-statistics JSON (one series per statistic, unordered Datapoints)" }

    public func matches(head: String, fileName: String) -> Bool {
        head.contains("\"Datapoints\"")
    }

    static let statistics: Set<String> = ["Average", "Maximum", "Minimum", "Sum", "SampleCount"]

    public func read(_ input: InputFile, options: MetricImportOptions, into sink: MetricSink) throws {
        try JSONScanner.scan(input) { s in
            let members = try s.memberOffsets("$")
            try s.finish()
            var label = "MemoryUtilization"
            if let at = members["Label"] {
                s.pos = at
                if !s.skipNull() { label = try s.string("$.Label") }
            }
            let metric = options.metric ?? label
            guard let service = options.service else {
                throw MemBlameError(.usage, "get-metric-statistics output does not name the service; pass --service CLUSTER/SERVICE", at: input.at(path: "$"))
            }
            guard let datapointsAt = members["Datapoints"] else {
                throw MemBlameError.badInput("expected a member \"Datapoints\" (is this get-metric-statistics output?)", at: input.at(path: "$"))
            }
            s.pos = datapointsAt
            let period = try Self.inferPeriod(s, input: input)
            s.pos = datapointsAt
            try s.beginArray("$.Datapoints")
            var handles: [String: (handle: Int, unit: MetricUnit)] = [:]
            var first = true
            var index = 0
            var values: [(stat: String, value: Double, path: String)] = []
            while try s.nextElement(&first, "$.Datapoints") {
                let path = "$.Datapoints[\(index)]"
                values.removeAll(keepingCapacity: true)
                var ts: Int64?
                var unit: MetricUnit?
                try s.beginObject(path)
                var firstMember = true
                while let key = try s.nextKey(&firstMember, path) {
                    switch key {
                    case "Timestamp": ts = try s.timestamp("\(path).Timestamp")
                    case "Unit":
                        let text = try s.string("\(path).Unit")
                        unit = MetricUnit.parse(text) ?? MetricUnit(text)
                    case "ExtendedStatistics":
                        try s.beginObject("\(path).ExtendedStatistics")
                        var firstStat = true
                        while let stat = try s.nextKey(&firstStat, "\(path).ExtendedStatistics") {
                            values.append((stat, try s.finiteNumber("\(path).ExtendedStatistics.\(stat)"), "\(path).ExtendedStatistics.\(stat)"))
                        }
                    default:
                        if Self.statistics.contains(key) {
                            values.append((key, try s.finiteNumber("\(path).\(key)"), "\(path).\(key)"))
                        } else {
                            try s.skipValue("\(path).\(key)")
                        }
                    }
                }
                guard let ts else { throw MemBlameError.badInput("expected a member \"Timestamp\"", at: input.at(path: path)) }
                for (stat, value, valuePath) in values {
                    let pointUnit = stat == "SampleCount" ? MetricUnit.count : (options.unit ?? unit ?? CloudWatchMetricDataFormat.impliedUnit(metric) ?? .none)
                    let entry: (handle: Int, unit: MetricUnit)
                    if let known = handles[stat] {
                        entry = known
                        guard known.unit == pointUnit else {
                            throw MemBlameError.badInput("expected Unit \(known.unit) as in the earlier datapoints, found \(pointUnit); units are never mixed in one series", at: input.at(path: "\(path).Unit"))
                        }
                    } else {
                        let key = SeriesKey(service: service, metric: metric, stat: stat, dimensions: period.map { ["Period": String($0)] } ?? [:])
                        entry = (try sink.beginSeries(SeriesDescriptor(key: key, unit: pointUnit, periodSeconds: period), at: input.at(path: path)), pointUnit)
                        handles[stat] = entry
                    }
                    try sink.point(entry.handle, ts: ts, value: value, at: input.at(path: valuePath))
                }
                index += 1
                if index & 0xFFFF == 0, let progress = options.progress { progress(input.displayName, s.pos, s.count) }
            }
        }
    }

    /// The period: the smallest gap between the (unordered) datapoints' timestamps; nil for one point.
    /// A first pass reads only the timestamps (the API returns at most 1,440 datapoints per call).
    static func inferPeriod(_ s: JSONScanner, input: InputFile) throws -> Int? {
        try s.beginArray("$.Datapoints")
        var stamps: [Int64] = []
        var first = true
        var index = 0
        while try s.nextElement(&first, "$.Datapoints") {
            let path = "$.Datapoints[\(index)]"
            try s.beginObject(path)
            var firstMember = true
            while let key = try s.nextKey(&firstMember, path) {
                if key == "Timestamp" { stamps.append(try s.timestamp("\(path).Timestamp")) } else { try s.skipValue("\(path).\(key)") }
            }
            index += 1
        }
        stamps.sort()
        var smallest: Int64?
        for (a, b) in zip(stamps, stamps.dropFirst()) where b != a { smallest = min(smallest ?? (b - a), b - a) }
        return smallest.map { Int($0) }
    }
}
