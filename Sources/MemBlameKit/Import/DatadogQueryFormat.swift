import Foundation

/// Datadog API v1 `GET /api/v1/query` (metrics query) JSON: `series[]` with a `pointlist` of
/// `[epoch milliseconds, value|null]` pairs; and API v2 `POST /api/v2/query/timeseries` JSON (read by
/// `DatadogTimeseriesV2`): one `times[]` column shared by every series and a `values[][]` row per series.
///
/// Each series is one memblame series: the metric is `metric` (or `--metric`), the statistic the query's
/// `aggr`, the unit Datadog's `unit[0].name`, the period `interval` (seconds). The service is
/// `cluster/service` from the `clustername`/`servicename` tags (ECS integration), `namespace/container` from
/// `kube_namespace`/`kube_container_name`, else `--service`; other scope tags become dimensions. `null` values
/// are gaps (skipped and counted). Streams over the memory-mapped bytes with `JSONScanner`, as the other
/// JSON metric importers do: a big export never becomes a tree of objects.
public struct DatadogQueryFormat: MetricFormat {
    public init() {}
    public var name: String { "datadog" }
    public var summary: String { "Datadog API v1 /api/v1/query JSON (series with pointlist) or v2 /api/v2/query/timeseries JSON (times and values columns)" }

    public func matches(head: String, fileName: String) -> Bool {
        head.contains("\"pointlist\"") || (head.contains("\"res_type\"") && head.contains("\"series\""))
            || DatadogTimeseriesV2.matches(head: head)
    }

    public func read(_ input: InputFile, options: MetricImportOptions, into sink: MetricSink) throws {
        try JSONScanner.scan(input) { s in
            let root = try s.memberOffsets("$")
            try s.finish()
            if root["data"] != nil, root["series"] == nil {
                try DatadogTimeseriesV2.read(s, root: root, input: input, options: options, into: sink)
                return
            }
            func text(_ key: String) throws -> String? { try s.optionalString(key, in: root, path: "$") }
            if let status = try text("status"), status != "ok" {
                let message = try text("error") ?? text("message") ?? "no message"
                // Echoed text is cut: an error is one line, whatever the file holds.
                throw MemBlameError.badInput("Datadog answered with status \"\(Self.oneLine(status, 60))\": \(Self.oneLine(message, 200))", at: input.at(path: "$.status"))
            }
            guard let seriesAt = root["series"] else { throw MemBlameError.badInput("expected a member \"series\"", at: input.at(path: "$")) }
            s.pos = seriesAt
            try s.beginArray("$.series")
            var first = true
            var index = 0
            var nulls = 0
            while try s.nextElement(&first, "$.series") {
                nulls += try readSeries(s, path: "$.series[\(index)]", input: input, options: options, into: sink)
                index += 1
            }
            if nulls > 0 { sink.warn("\(nulls) null values skipped (gaps in Datadog's rollup)", at: input.at(path: "$.series")) }
        }
    }

    /// Server text for a one-line message: line breaks and control characters become spaces, cut to `limit` characters.
    static func oneLine(_ text: String, _ limit: Int) -> String {
        var out = ""
        for (n, scalar) in text.unicodeScalars.enumerated() {
            if n >= limit { out += "…"; break }
            out.unicodeScalars.append(scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}" ? " " : scalar)
        }
        return out
    }

    /// Reads one series (the scanner at its first byte, left after it); returns how many null values it skipped.
    private func readSeries(_ s: JSONScanner, path: String, input: InputFile, options: MetricImportOptions, into sink: MetricSink) throws -> Int {
        let members = try s.memberOffsets(path)
        let after = s.pos
        defer { s.pos = after }
        let location = input.at(path: path)
        func text(_ key: String) throws -> String? { try s.optionalString(key, in: members, path: path) }
        var tags: [String: String] = [:]
        let scope = try text("scope") ?? ""
        for tag in scope.split(separator: ",") where tag.contains(":") {
            // "key:", ":value" or ":" say nothing (found by fuzzing: "key:" used to index past the parts).
            let parts = tag.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { continue }
            tags[String(parts[0])] = String(parts[1])
        }
        guard let (service, used) = Self.service(tags: tags, options: options) else {
            throw MemBlameError(.usage, "the series' scope \"\(Self.oneLine(scope, 200))\" names no cluster/service or namespace/container; pass --service", at: location)
        }
        let metric: String
        if let given = options.metric {
            metric = given
        } else {
            guard members["metric"] != nil else { throw MemBlameError.badInput("expected a member \"metric\"", at: location) }
            guard let name = try text("metric") else { s.pos = members["metric"]!; throw s.fail("a string", "\(path).metric") }
            metric = name
        }
        let stat = try text("aggr") ?? ""
        let unit = try Self.readUnit(s, members: members, path: path, input: input, options: options)
        // Int(Double) traps on infinities and out-of-range values: check before converting.
        var period: Int?
        if let intervalAt = members["interval"] {
            s.pos = intervalAt
            if !s.skipNull() {
                let seconds = try s.number("\(path).interval")
                guard seconds.isFinite, seconds >= 1, seconds <= 31_536_000 else {
                    s.pos = intervalAt
                    throw s.fail("an interval in seconds (1 to a year)", "\(path).interval")
                }
                period = Int(seconds)
            }
        }
        var dimensions: [String: String] = [:]
        for (key, value) in tags where !used.contains(key) { dimensions[key] = value }
        let descriptor = SeriesDescriptor(key: SeriesKey(service: service, metric: metric, stat: stat, dimensions: dimensions), unit: unit,
                                          periodSeconds: period)
        guard let pointsAt = members["pointlist"] else { throw MemBlameError.badInput("expected a member \"pointlist\"", at: location) }
        let handle = try sink.beginSeries(descriptor, at: location)
        var nulls = 0
        s.pos = pointsAt
        let listPath = "\(path).pointlist"
        try s.beginArray(listPath)
        var first = true
        var index = 0
        while try s.nextElement(&first, listPath) {
            let pairPath = "\(listPath)[\(index)]"
            let pairStart = s.pos
            guard s.peek() == 0x5B else { throw s.fail("a [timestamp, value] pair", pairPath) }
            try s.beginArray(pairPath)
            var inner = true
            guard try s.nextElement(&inner, pairPath) else { s.pos = pairStart; throw s.fail("a [timestamp, value] pair", pairPath) }
            let ts = try s.timestamp("\(pairPath)[0]", epoch: .milliseconds)
            guard try s.nextElement(&inner, pairPath) else { s.pos = pairStart; throw s.fail("a [timestamp, value] pair", pairPath) }
            if s.skipNull() {
                nulls += 1
            } else {
                let value = try s.finiteNumber("\(pairPath)[1]")
                try sink.point(handle, ts: ts, value: value, at: input.at(path: "\(pairPath)[1]"))
            }
            guard try !s.nextElement(&inner, pairPath) else { s.pos = pairStart; throw s.fail("a [timestamp, value] pair", pairPath) }
            index += 1
        }
        return nulls
    }

    /// The service from a series' tags (`clustername`/`servicename`, or `kube_namespace`/`kube_container_name`),
    /// else `--service`, and the tags it used; nil when neither names one.
    static func service(tags: [String: String], options: MetricImportOptions) -> (String, Set<String>)? {
        if let cluster = tags["clustername"] ?? tags["ecs_cluster_name"], let name = tags["servicename"] ?? tags["service"] {
            return ("\(cluster)/\(name)", ["clustername", "ecs_cluster_name", "servicename", "service"])
        } else if let namespace = tags["kube_namespace"], let container = tags["kube_container_name"] ?? tags["container_name"] {
            return ("\(namespace)/\(container)", ["kube_namespace", "kube_container_name", "container_name"])
        } else if let given = options.service {
            return (given, [])
        }
        return nil
    }

    /// The series' unit: `--unit`, else the name of the first element of its `unit` array (`[{"name": "byte", ...}, null]`),
    /// else none.
    static func readUnit(_ s: JSONScanner, members: [String: Int], path: String, input: InputFile, options: MetricImportOptions) throws -> MetricUnit {
        if let given = options.unit { return given }
        guard let unitAt = members["unit"] else { return .none }
        s.pos = unitAt
        if s.skipNull() { return .none }
        try s.beginArray("\(path).unit")
        var first = true
        guard try s.nextElement(&first, "\(path).unit"), !s.skipNull() else { return .none }
        let unitPath = "\(path).unit[0]"
        let unitMembers = try s.memberOffsets(unitPath)
        guard let nameAt = unitMembers["name"] else { return .none }
        s.pos = nameAt
        if s.skipNull() { return .none }
        let unitName = try s.string("\(unitPath).name")
        guard let known = unit(unitName) else {
            throw MemBlameError.badInput("unit \"\(oneLine(unitName, 60))\" is not a memory unit memblame knows (percent, byte, kibibyte, mebibyte, gibibyte); pass --unit",
                                         at: input.at(path: unitPath))
        }
        return known
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
