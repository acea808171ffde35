import Foundation

/// Prometheus HTTP API `/api/v1/query_range` (matrix) and `/api/v1/query` (vector) JSON.
///
/// Each result is a series: the metric is `__name__` (or `--metric`, or `query` for an aggregate
/// without one); the service is `namespace/container` when both labels exist, else `--service`; every
/// other label becomes a dimension. Values are strings; `NaN` and `±Inf` samples are skipped with a
/// warning (a gap, as in the source). `status: "error"` responses are reported with Prometheus' message.
///
/// `memblame fetch prometheus` reads its answers with `keepsPodSeries`: its queries already sum the chosen
/// containers per pod (`sum by (pod) (...)`), so a series with a `pod` label and no `container` label is the
/// pod's memory, not cAdvisor's whole-pod cgroup, and is kept.
/// The `data.result` array saved alone (without the `status`/`data` envelope, as client libraries return it)
/// is read too: a series with `values` is a range result, one with `value` an instant one.
public struct PrometheusQueryFormat: MetricFormat {
    /// Keep series that have a `pod` label and no `container` label (the fetcher's per-pod sums).
    public var keepsPodSeries: Bool

    public init(keepsPodSeries: Bool = false) { self.keepsPodSeries = keepsPodSeries }
    public var name: String { "prometheus" }
    public var summary: String { "Prometheus /api/v1/query_range (matrix) or /api/v1/query (vector) JSON" }

    public func matches(head: String, fileName: String) -> Bool {
        head.contains("\"resultType\"") || (head.contains("\"status\"") && head.contains("\"errorType\"")) || Self.isBareResult(head)
    }

    /// A result array without its envelope: `[{"metric": {...}, "values": [[t, "v"], ...]}, ...]`.
    static func isBareResult(_ head: String) -> Bool {
        let trimmed = head.drop(while: { $0 == "\u{FEFF}" || $0.isWhitespace })
        guard trimmed.hasPrefix("[") else { return false }
        let rest = trimmed.dropFirst().drop(while: \.isWhitespace)
        return rest.hasPrefix("{") && head.contains("\"metric\"") && (head.contains("\"values\"") || head.contains("\"value\""))
    }

    public func read(_ input: InputFile, options: MetricImportOptions, into sink: MetricSink) throws {
        try JSONScanner.scan(input) { s in
            if s.peek() == 0x5B {
                try readBareResult(s, input: input, options: options, into: sink)
                return
            }
            let root = try s.memberOffsets("$")
            try s.finish()
            func text(_ key: String) throws -> String? { try s.optionalString(key, in: root, path: "$") }
            let status = try text("status")
            if status == "error" || root["error"] != nil {
                let kind = try text("errorType") ?? "error"
                let message = try text("error") ?? "no message"
                // Echoed text is cut: an error is one line, whatever the server sent.
                throw MemBlameError.badInput("Prometheus answered with an error (\(kind.prefix(60))): \(message.prefix(200).split(whereSeparator: \.isNewline).joined(separator: " "))", at: input.at(path: "$.error"))
            }
            guard status == "success" else {
                throw MemBlameError.badInput("expected \"status\": \"success\" (is this a Prometheus API response?)", at: input.at(path: "$.status"))
            }
            guard let dataAt = root["data"] else { throw MemBlameError.badInput("expected a member \"data\"", at: input.at(path: "$")) }
            s.pos = dataAt
            let data = try s.memberOffsets("$.data")
            guard let typeAt = data["resultType"], let resultAt = data["result"] else {
                throw MemBlameError.badInput("expected members \"resultType\" and \"result\"", at: input.at(path: "$.data"))
            }
            s.pos = typeAt
            let type = try s.string("$.data.resultType")
            guard type == "matrix" || type == "vector" else {
                throw MemBlameError.badInput("expected resultType matrix (query_range) or vector (query), found \"\(type)\"", at: input.at(path: "$.data.resultType"))
            }
            s.pos = resultAt
            try s.beginArray("$.data.result")
            var first = true
            var index = 0
            var skipped = 0
            var cgroups = 0
            while try s.nextElement(&first, "$.data.result") {
                if let count = try readSeries(s, path: "$.data.result[\(index)]", matrix: type == "matrix", input: input, options: options, into: sink) {
                    skipped += count
                } else {
                    cgroups += 1
                }
                index += 1
            }
            if cgroups > 0 {
                sink.warn("skipped \(cgroups) series of cAdvisor's pause container (container=\"POD\") or whole-pod cgroup (no container label); they would count memory twice",
                          at: input.at(path: "$.data.result"))
            }
            if index == 0 { sink.warn("the query returned no series (empty result)", at: input.at(path: "$.data.result")) }
            if skipped > 0 { sink.warn("skipped \(skipped) NaN or infinite samples (kept as gaps)", at: input.at(path: "$.data.result")) }
        }
    }

    /// A `data.result` array saved alone: each element is a range (`values`) or instant (`value`) series.
    private func readBareResult(_ s: JSONScanner, input: InputFile, options: MetricImportOptions, into sink: MetricSink) throws {
        try s.beginArray("$")
        var first = true
        var index = 0
        var skipped = 0
        var cgroups = 0
        while try s.nextElement(&first, "$") {
            let path = "$[\(index)]"
            let start = s.pos
            let members = try s.memberOffsets(path)
            s.pos = start
            let matrix = members["values"] != nil
            guard matrix || members["value"] != nil else {
                throw MemBlameError.badInput("expected a member \"values\" (a query_range series) or \"value\" (a query series)", at: input.at(path: path))
            }
            if let count = try readSeries(s, path: path, matrix: matrix, input: input, options: options, into: sink) { skipped += count } else { cgroups += 1 }
            index += 1
        }
        try s.finish()
        if cgroups > 0 {
            sink.warn("skipped \(cgroups) series of cAdvisor's pause container (container=\"POD\") or whole-pod cgroup (no container label); they would count memory twice",
                      at: input.at(path: "$"))
        }
        if index == 0 { sink.warn("the result array holds no series", at: input.at(path: "$")) }
        if skipped > 0 { sink.warn("skipped \(skipped) NaN or infinite samples (kept as gaps)", at: input.at(path: "$")) }
    }

    /// Reads one series; returns how many non-finite samples it skipped, nil when the series is a
    /// cAdvisor pause-container or whole-pod series and was skipped.
    private func readSeries(_ s: JSONScanner, path: String, matrix: Bool, input: InputFile, options: MetricImportOptions, into sink: MetricSink) throws -> Int? {
        let members = try s.memberOffsets(path)
        let after = s.pos
        defer { s.pos = after }
        var labels: [String: String] = [:]
        if let at = members["metric"] {
            s.pos = at
            try s.beginObject("\(path).metric")
            var first = true
            while let key = try s.nextKey(&first, "\(path).metric") {
                labels[key] = try s.string("\(path).metric.\(key)")
            }
        }
        // cAdvisor's pause container and the whole-pod cgroup (no or empty container label, a pod label).
        if labels["container"] == "POD" || (!keepsPodSeries && (labels["container"] ?? "").isEmpty && labels["pod"] != nil) { return nil }
        let metric = options.metric ?? labels.removeValue(forKey: "__name__") ?? "query"
        labels.removeValue(forKey: "__name__")
        var service = options.service
        if let namespace = labels["namespace"], let container = labels["container"], !container.isEmpty {
            service = "\(namespace)/\(container)"
            labels["namespace"] = nil
            labels["container"] = nil
        }
        guard let service else {
            throw MemBlameError(.usage, "this Prometheus series has no namespace and container labels; pass --service", at: input.at(path: "\(path).metric"))
        }
        let unit = options.unit ?? CloudWatchMetricDataFormat.impliedUnit(metric) ?? .none
        let handle = try sink.beginSeries(SeriesDescriptor(key: SeriesKey(service: service, metric: metric, dimensions: labels), unit: unit), at: input.at(path: path))
        var skipped = 0
        let key = matrix ? "values" : "value"
        guard let samplesAt = members[key] else { throw MemBlameError.badInput("expected a member \"\(key)\"", at: input.at(path: path)) }
        s.pos = samplesAt
        func sample(_ samplePath: String) throws {
            try s.beginArray(samplePath)
            var first = true
            guard try s.nextElement(&first, samplePath) else { throw s.fail("a [time, \"value\"] pair", samplePath) }
            let ts = try s.timestamp("\(samplePath)[0]", epoch: .seconds)
            guard try s.nextElement(&first, samplePath) else { throw s.fail("a value after the time", samplePath) }
            let value = try s.numberOrNumericString("\(samplePath)[1]")
            guard try !s.nextElement(&first, samplePath) else { throw s.fail("']' after [time, value]", samplePath) }
            if value.isFinite {
                try sink.point(handle, ts: ts, value: value, at: input.at(path: "\(samplePath)[1]"))
            } else {
                skipped += 1
            }
        }
        if matrix {
            try s.beginArray("\(path).values")
            var first = true
            var i = 0
            while try s.nextElement(&first, "\(path).values") {
                try sample("\(path).values[\(i)]")
                i += 1
            }
        } else {
            try sample("\(path).value")
        }
        return skipped
    }
}
