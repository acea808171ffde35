/// CloudWatch `get-metric-data` JSON exactly as the AWS CLI prints it (v1 epoch numbers or v2 ISO 8601
/// with any offset; newest or oldest first), one response or an array of pages.
///
/// The output carries no dimensions or unit: the service comes from `--service`, the metric and
/// statistic from the `Label` (`MemoryUtilization Average` as moto writes it, `MemoryUtilization` as AWS
/// does), the unit from `--unit` or the metric name (`*Utilization` is Percent).
public struct CloudWatchMetricDataFormat: MetricFormat {
    public init() {}
    public var name: String { "cloudwatch-get-metric-data" }
    public var summary: String { "CloudWatch get-metric-data JSON (AWS CLI v1 or v2, one page or an array of pages)" }

    public func matches(head: String, fileName: String) -> Bool {
        head.contains("\"MetricDataResults\"")
    }

    static let statistics = ["Average", "Maximum", "Minimum", "Sum", "SampleCount"]

    public func read(_ input: InputFile, options: MetricImportOptions, into sink: MetricSink) throws {
        let root = try JSONCursor.parse(input)
        let pages = root.value is [Any] ? try root.array() : [root]
        guard let service = options.service else {
            throw MemBlameError(.usage, "get-metric-data output does not name the service; pass --service CLUSTER/SERVICE", at: root.location)
        }
        for page in pages {
            for result in try page["MetricDataResults"].array() {
                try readResult(result, service: service, options: options, into: sink)
            }
        }
    }

    private func readResult(_ result: JSONCursor, service: String, options: MetricImportOptions, into sink: MetricSink) throws {
        let label = try result.optional("Label")?.string() ?? (try result["Id"].string())
        var metric = label
        var stat = ""
        if let last = label.split(separator: " ").last, Self.statistics.contains(String(last)), label.contains(" ") {
            stat = String(last)
            metric = String(label.dropLast(last.count + 1))
        }
        if let chosen = options.metric { metric = chosen }
        let unit = options.unit ?? (metric.hasSuffix("Utilization") ? .percent : .none)
        if let status = try result.optional("StatusCode")?.string(), status != "Complete" {
            sink.warn("StatusCode is \(status), not Complete: CloudWatch returned only part of this series; fetch the next page (NextToken) too", at: result.location)
        }
        let timestamps = try result["Timestamps"].array()
        let values = try result["Values"].array()
        guard timestamps.count == values.count else {
            throw MemBlameError.badInput("expected as many Values as Timestamps (\(timestamps.count)), found \(values.count)", at: input(result).at(path: result.path + ".Values"))
        }
        let handle = try sink.beginSeries(SeriesDescriptor(key: SeriesKey(service: service, metric: metric, stat: stat), unit: unit), at: result.location)
        for (t, v) in zip(timestamps, values) {
            let ts = try t.timestamp()
            let value = try v.number()
            guard value.isFinite else { throw v.fail("a finite number") }
            try sink.point(handle, ts: ts, value: value, at: v.location)
        }
    }

    private func input(_ cursor: JSONCursor) -> InputFile { cursor.input }
}
