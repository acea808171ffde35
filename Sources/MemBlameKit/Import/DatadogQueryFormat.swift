import Foundation

/// Datadog API v1 `GET /api/v1/query` (metrics query) JSON: `series[]` with a `pointlist` of
/// `[epoch milliseconds, value|null]` pairs.
///
/// Each series is one memblame series: the metric is `metric` (or `--metric`), the statistic the query's
/// `aggr`, the unit Datadog's `unit[0].name`, the period `interval` (seconds). The service is
/// `cluster/service` from the `clustername`/`servicename` tags (ECS integration), `namespace/container` from
/// `kube_namespace`/`kube_container_name`, else `--service`; other scope tags become dimensions. `null` values
/// are gaps (skipped and counted). Responses are bounded by Datadog (a few thousand points a series), so the
/// whole document is read at once.
public struct DatadogQueryFormat: MetricFormat {
    public init() {}
    public var name: String { "datadog" }
    public var summary: String { "Datadog API v1 /api/v1/query JSON (series with pointlist)" }

    public func matches(head: String, fileName: String) -> Bool {
        head.contains("\"pointlist\"") || (head.contains("\"res_type\"") && head.contains("\"series\""))
    }

    public func read(_ input: InputFile, options: MetricImportOptions, into sink: MetricSink) throws {
        let root = try JSONCursor.parse(input)
        if let status = try root.optional("status")?.string(), status != "ok" {
            let message = try root.optional("error")?.string() ?? root.optional("message")?.string() ?? "no message"
            throw MemBlameError.badInput("Datadog answered with status \"\(status)\": \(message)", at: input.at(path: "$.status"))
        }
        var nulls = 0
        for series in try root["series"].array() {
            nulls += try readSeries(series, input: input, options: options, into: sink)
        }
        if nulls > 0 { sink.warn("\(nulls) null values skipped (gaps in Datadog's rollup)", at: input.at(path: "$.series")) }
    }

    /// Reads one series; returns how many null values it skipped.
    private func readSeries(_ series: JSONCursor, input: InputFile, options: MetricImportOptions, into sink: MetricSink) throws -> Int {
        var tags: [String: String] = [:]
        let scope = try series.optional("scope")?.string() ?? ""
        for tag in scope.split(separator: ",") where tag.contains(":") {
            // "key:", ":value" or ":" say nothing (found by fuzzing: "key:" used to index past the parts).
            let parts = tag.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { continue }
            tags[String(parts[0])] = String(parts[1])
        }
        let service: String
        var used: Set<String> = []
        if let cluster = tags["clustername"] ?? tags["ecs_cluster_name"], let name = tags["servicename"] ?? tags["service"] {
            service = "\(cluster)/\(name)"
            used = ["clustername", "ecs_cluster_name", "servicename", "service"]
        } else if let namespace = tags["kube_namespace"], let container = tags["kube_container_name"] ?? tags["container_name"] {
            service = "\(namespace)/\(container)"
            used = ["kube_namespace", "kube_container_name", "container_name"]
        } else if let given = options.service {
            service = given
        } else {
            throw MemBlameError(.usage, "the series' scope \"\(scope)\" names no cluster/service or namespace/container; pass --service", at: series.location)
        }
        let metric = try options.metric ?? series["metric"].string()
        let stat = try series.optional("aggr")?.string() ?? ""
        var unit = options.unit ?? MetricUnit.none
        if options.unit == nil, let units = try series.optional("unit")?.array(), let first = units.first, !first.isNull,
           let unitName = try first.optional("name")?.string() {
            guard let known = Self.unit(unitName) else {
                throw MemBlameError.badInput("unit \"\(unitName)\" is not a memory unit memblame knows (percent, byte, kibibyte, mebibyte, gibibyte); pass --unit", at: first.location)
            }
            unit = known
        }
        // Int(Double) traps on infinities and out-of-range values: check before converting.
        let period = try series.optional("interval").map { interval -> Int in
            let seconds = try interval.number()
            guard seconds.isFinite, seconds >= 1, seconds <= 31_536_000 else { throw interval.fail("an interval in seconds (1 to a year)") }
            return Int(seconds)
        }
        var dimensions: [String: String] = [:]
        for (key, value) in tags where !used.contains(key) { dimensions[key] = value }
        let descriptor = SeriesDescriptor(key: SeriesKey(service: service, metric: metric, stat: stat, dimensions: dimensions), unit: unit,
                                          periodSeconds: period)
        let handle = try sink.beginSeries(descriptor, at: series.location)
        var nulls = 0
        for pair in try series["pointlist"].array() {
            let items = try pair.array()
            guard items.count == 2 else { throw pair.fail("a [timestamp, value] pair") }
            let ts = try items[0].timestamp(epoch: .milliseconds)
            if items[1].isNull { nulls += 1; continue }
            let value = try items[1].number()
            guard value.isFinite else { throw items[1].fail("a finite number") }
            try sink.point(handle, ts: ts, value: value, at: items[1].location)
        }
        return nulls
    }

    /// Datadog unit names (`percent`, `byte`, `mebibyte`) as memblame units.
    static func unit(_ name: String) -> MetricUnit? {
        switch name.lowercased() {
        case "percent": return .percent
        case "byte": return .bytes
        case "kibibyte", "kilobyte": return .kilobytes
        case "mebibyte", "megabyte": return .megabytes
        case "gibibyte", "gigabyte": return .gigabytes
        default: return nil   // fractions, per-second rates, CPU units: not a memory level
        }
    }
}
