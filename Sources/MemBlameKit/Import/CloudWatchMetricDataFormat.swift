import Foundation

/// CloudWatch `get-metric-data` JSON exactly as the AWS CLI prints it (v1 epoch numbers or v2 ISO 8601
/// with any offset; newest or oldest first): one response, several files of pages, or one file holding
/// an array of pages. Each result `Id` is its own series; pages repeat `Id`s and are concatenated.
///
/// Naming rule (the output carries no dimensions): with `--queries`, the query of the same `Id` gives
/// metric (`MetricName`), statistic (`Stat`), service (`ClusterName/ServiceName`), other dimensions,
/// period and unit. Without it, the `Label` gives the metric and a trailing statistic word is split off
/// (`MemoryUtilization Average` as moto writes it, `MemoryUtilization` as AWS does, the statistic then
/// empty), and the service is `--service`. Streams over the memory-mapped bytes.
public struct CloudWatchMetricDataFormat: MetricFormat {
    public init() {}
    public var name: String { "cloudwatch-get-metric-data" }
    public var summary: String { "CloudWatch get-metric-data JSON (AWS CLI v1 or v2, one page or an array of pages)" }

    public func matches(head: String, fileName: String) -> Bool {
        head.contains("\"MetricDataResults\"")
    }

    /// Statistic words a label may end with.
    static func isStatistic(_ word: Substring) -> Bool {
        if ["Average", "Maximum", "Minimum", "Sum", "SampleCount", "IQM"].contains(word) { return true }
        // Percentiles and trimmed statistics: p99, p99.9, tm90, wm99, tc90, ts90, PR(...)
        let prefixes = ["p", "tm", "wm", "tc", "ts"]
        return prefixes.contains { word.hasPrefix($0) && word.dropFirst($0.count).first?.isNumber == true }
    }

    /// Splits `MemoryUtilization Average` into metric and statistic.
    static func splitLabel(_ label: String) -> (metric: String, stat: String) {
        guard let space = label.lastIndex(of: " ") else { return (label, "") }
        let last = label[label.index(after: space)...]
        guard isStatistic(last) else { return (label, "") }
        return (String(label[..<space]), String(last))
    }

    /// The unit a metric name implies: `*Utilization` is Percent, `*Bytes` is Bytes.
    static func impliedUnit(_ metric: String) -> MetricUnit? {
        if metric.hasSuffix("Utilization") { return .percent }
        if metric.hasSuffix("Bytes") || metric.hasSuffix("_bytes") { return .bytes }
        return nil
    }

    public func read(_ input: InputFile, options: MetricImportOptions, into sink: MetricSink) throws {
        try JSONScanner.scan(input) { s in
            var state = ReadState()
            if s.peek() == 0x5B {
                try s.beginArray("$")
                var first = true
                var page = 0
                while try s.nextElement(&first, "$") {
                    try readPage(s, path: "$[\(page)]", input: input, options: options, state: &state, into: sink)
                    page += 1
                }
                if page == 0 { throw MemBlameError.badInput("expected at least one get-metric-data page, found an empty array", at: input.at(path: "$")) }
            } else {
                try readPage(s, path: "$", input: input, options: options, state: &state, into: sink)
            }
            try s.finish()
        }
    }

    /// What one file's reading remembers: which `Id` each series came from (to refuse two results landing
    /// in one series) and the series handle of each `Id`.
    struct ReadState {
        var idOfKey: [SeriesKey: String] = [:]
        var handleOfID: [String: Int] = [:]
    }

    private func readPage(_ s: JSONScanner, path: String, input: InputFile, options: MetricImportOptions,
                          state: inout ReadState, into sink: MetricSink) throws {
        let members = try s.memberOffsets(path)
        let after = s.pos
        guard let resultsAt = members["MetricDataResults"] else {
            throw MemBlameError.badInput("expected a member \"MetricDataResults\" (is this get-metric-data output?)", at: input.at(path: path))
        }
        if let messagesAt = members["Messages"] {
            s.pos = messagesAt
            try warnMessages(s, path: "\(path).Messages", input: input, sink: sink)
        }
        s.pos = resultsAt
        let resultsPath = "\(path).MetricDataResults"
        try s.beginArray(resultsPath)
        var first = true
        var index = 0
        while try s.nextElement(&first, resultsPath) {
            try readResult(s, path: "\(resultsPath)[\(index)]", input: input, options: options, state: &state, into: sink)
            index += 1
        }
        s.pos = after
    }

    private func warnMessages(_ s: JSONScanner, path: String, input: InputFile, sink: MetricSink) throws {
        if s.skipNull() { return }
        try s.beginArray(path)
        var first = true
        var index = 0
        while try s.nextElement(&first, path) {
            let offsets = try s.memberOffsets("\(path)[\(index)]")
            let end = s.pos
            var text: [String] = []
            for key in ["Code", "Value"] {
                if let at = offsets[key] { s.pos = at; if !s.skipNull() { text.append(try s.string("\(path)[\(index)].\(key)")) } }
            }
            s.pos = end
            sink.warn("CloudWatch message: \(text.joined(separator: ": "))", at: input.at(path: "\(path)[\(index)]"))
            index += 1
        }
    }

    private func readResult(_ s: JSONScanner, path: String, input: InputFile, options: MetricImportOptions,
                            state: inout ReadState, into sink: MetricSink) throws {
        let members = try s.memberOffsets(path)
        let after = s.pos
        defer { s.pos = after }
        func text(_ key: String) throws -> String? {
            guard let at = members[key] else { return nil }
            s.pos = at
            return s.skipNull() ? nil : try s.string("\(path).\(key)")
        }
        guard let id = try text("Id") else { throw MemBlameError.badInput("expected a member \"Id\"", at: input.at(path: path)) }
        let label = try text("Label")
        if let status = try text("StatusCode"), status != "Complete" {
            sink.warn("StatusCode is \(status), not Complete: CloudWatch returned only part of result \(id); import its next page (NextToken) in the same command",
                      at: input.at(path: "\(path).StatusCode"))
        }
        guard let timestampsAt = members["Timestamps"] else { throw MemBlameError.badInput("expected a member \"Timestamps\"", at: input.at(path: path)) }
        guard let valuesAt = members["Values"] else { throw MemBlameError.badInput("expected a member \"Values\"", at: input.at(path: path)) }

        let probe = JSONScanner(s.b, count: s.end, start: timestampsAt, input: input)
        try probe.beginArray("\(path).Timestamps")
        if probe.peek() == 0x5D {
            // An empty result (a math expression moto did not evaluate, a metric with no data): no series.
            let values = JSONScanner(s.b, count: s.end, start: valuesAt, input: input)
            try values.beginArray("\(path).Values")
            guard values.peek() == 0x5D else { try lengthMismatch(t: probe, v: values, hasT: false, counted: 0, path: path, input: input) }
            sink.warn("result \(id) has no data points", at: input.at(path: path))
            return
        }
        let handle: Int
        if let known = state.handleOfID[id] {
            handle = known
        } else {
            let period = try options.queries[id]?.period ?? Self.inferPeriod(JSONScanner(s.b, count: s.end, start: timestampsAt, input: input), path: "\(path).Timestamps")
            let descriptor = try describe(id: id, label: label, period: period, options: options, at: input.at(path: path))
            if let other = state.idOfKey[descriptor.key], other != id {
                throw MemBlameError.badInput("results \"\(other)\" and \"\(id)\" both become series \(descriptor.key); pass --queries with the queries file, or give each query its own Label",
                                             at: input.at(path: path))
            }
            handle = try sink.beginSeries(descriptor, at: input.at(path: path))
            state.idOfKey[descriptor.key] = id
            state.handleOfID[id] = handle
        }

        // Timestamps and Values are read in lockstep by two scanners over the same bytes: no buffers.
        let t = JSONScanner(s.b, count: s.end, start: timestampsAt, input: input)
        let v = JSONScanner(s.b, count: s.end, start: valuesAt, input: input)
        try t.beginArray("\(path).Timestamps")
        try v.beginArray("\(path).Values")
        var firstT = true, firstV = true
        var i = 0
        let progress = options.progress
        while true {
            let hasT = try t.nextElement(&firstT, "\(path).Timestamps")
            let hasV = try v.nextElement(&firstV, "\(path).Values")
            if !hasT || !hasV {
                if hasT != hasV { try lengthMismatch(t: t, v: v, hasT: hasT, counted: i, path: path, input: input) }
                break
            }
            let ts = try t.timestamp("\(path).Timestamps[\(i)]")
            let value = try v.finiteNumber("\(path).Values[\(i)]")
            let index = i
            try sink.point(handle, ts: ts, value: value, at: input.at(path: "\(path).Values[\(index)]"))
            i += 1
            if i & 0xFFFF == 0, let progress { progress(input.displayName, v.pos, v.count) }
        }
    }

    /// Counts the longer array's remaining elements and throws the mismatch.
    private func lengthMismatch(t: JSONScanner, v: JSONScanner, hasT: Bool, counted: Int, path: String, input: InputFile) throws -> Never {
        let longer = hasT ? t : v
        var total = counted
        var first = false
        var more = true
        while more {
            try longer.skipValue("\(path).\(hasT ? "Timestamps" : "Values")[\(total)]")
            total += 1
            more = try longer.nextElement(&first, "\(path).\(hasT ? "Timestamps" : "Values")")
        }
        let timestamps = hasT ? total : counted
        let values = hasT ? counted : total
        throw MemBlameError.badInput("expected as many Values as Timestamps (\(timestamps)), found \(values)", at: input.at(path: "\(path).Values"))
    }

    /// The series a result goes to (see the naming rule on the type).
    func describe(id: String, label: String?, period: Int?, options: MetricImportOptions, at location: SourceLocation) throws -> SeriesDescriptor {
        var query = options.queries[id]
        // An expression that is exactly another query's Id (`worker_expr = mem_worker`) is that query's series.
        if let expression = query?.expression?.trimmingCharacters(in: .whitespaces), let target = options.queries[expression], target.metricName != nil {
            query = target
        }
        var metric: String
        var stat: String
        var dimensions: [String: String] = [:]
        var service = options.service
        if let query, let name = query.metricName {
            metric = name
            stat = query.stat ?? ""
            dimensions = query.otherDimensions
            if let own = query.service { service = own }
        } else {
            (metric, stat) = Self.splitLabel(label ?? query?.label ?? id)
        }
        if let chosen = options.metric { metric = chosen }
        guard let service else {
            throw MemBlameError(.usage, "get-metric-data output does not name the service; pass --service CLUSTER/SERVICE or --queries with the queries file", at: location)
        }
        let unit = options.unit ?? query?.unit ?? Self.impliedUnit(metric) ?? .none
        if let period { dimensions["Period"] = String(period) }
        return SeriesDescriptor(key: SeriesKey(service: service, metric: metric, stat: stat, dimensions: dimensions), unit: unit, periodSeconds: period)
    }

    /// The sampling period of a CloudWatch series: the smallest gap between its first 64 timestamps
    /// (nil for fewer than two points). The period is part of a CloudWatch series' identity: a 1-minute
    /// and a 5-minute Average are different series, so it is kept as the `Period` dimension.
    static func inferPeriod(_ t: JSONScanner, path: String) throws -> Int? {
        try t.beginArray(path)
        var first = true
        var previous: Int64?
        var smallest: Int64?
        var i = 0
        while i < 64, try t.nextElement(&first, path) {
            let ts = try t.timestamp("\(path)[\(i)]")
            if let previous, ts != previous {
                let gap = abs(ts - previous)
                smallest = min(smallest ?? gap, gap)
            }
            previous = ts
            i += 1
        }
        return smallest.map { Int($0) }
    }
}
