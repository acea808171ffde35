import Foundation

/// Datadog API v2 `POST /api/v2/query/timeseries` responses, read for `DatadogQueryFormat` (format `datadog`).
///
/// The layout is columnar: `data.attributes.times[]` (epoch milliseconds) is shared by every series, and
/// `data.attributes.values[i][j]` is series `i` at `times[j]` (`null` is a gap). `series[i]` holds `group_tags`
/// (`["kube_namespace:prod", "kube_container_name:api"]`), `query_index` and `unit` (as in v1, or null).
/// The response does not name the metric the query read: the metric is `--metric`, else `query<N>` after the
/// query index. The service comes from the tags as in v1 (`clustername`/`servicename` or
/// `kube_namespace`/`kube_container_name`), else `--service`; other tags become dimensions.
enum DatadogTimeseriesV2 {
    static func matches(head: String) -> Bool {
        head.contains("\"timeseries_response\"") || (head.contains("\"times\"") && head.contains("\"group_tags\""))
    }

    /// One `series[]` entry.
    struct SeriesInfo {
        var tags: [String: String]
        var rawTags: String
        var queryIndex: Int
        var unit: MetricUnit
    }

    /// Reads the response whose root members are `root` (the scanner has checked the document ends).
    static func read(_ s: JSONScanner, root: [String: Int], input: InputFile, options: MetricImportOptions, into sink: MetricSink) throws {
        if let errorsAt = root["errors"] {
            s.pos = errorsAt
            var messages: [String] = []
            if s.peek() == 0x5B {
                try s.beginArray("$.errors")
                var first = true
                var i = 0
                while try s.nextElement(&first, "$.errors") {
                    if s.peek() == 0x22 { messages.append(try s.string("$.errors[\(i)]")) } else { try s.skipValue("$.errors[\(i)]") }
                    i += 1
                }
            }
            throw MemBlameError.badInput("Datadog answered with errors: \(DatadogQueryFormat.oneLine(messages.joined(separator: "; "), 200))", at: input.at(path: "$.errors"))
        }
        s.pos = root["data"]!
        let data = try s.memberOffsets("$.data")
        guard let attributesAt = data["attributes"] else { throw MemBlameError.badInput("expected a member \"attributes\" (a v2 timeseries response)", at: input.at(path: "$.data")) }
        s.pos = attributesAt
        let base = "$.data.attributes"
        let attributes = try s.memberOffsets(base)
        for key in ["series", "times", "values"] where attributes[key] == nil {
            throw MemBlameError.badInput("expected a member \"\(key)\" (series, times and values columns)", at: input.at(path: base))
        }
        // times[]
        s.pos = attributes["times"]!
        var times: [Int64] = []
        try s.beginArray("\(base).times")
        var first = true
        while try s.nextElement(&first, "\(base).times") {
            times.append(try s.timestamp("\(base).times[\(times.count)]", epoch: .milliseconds))
        }
        // series[]
        s.pos = attributes["series"]!
        var series: [SeriesInfo] = []
        try s.beginArray("\(base).series")
        first = true
        while try s.nextElement(&first, "\(base).series") {
            series.append(try readSeriesInfo(s, path: "\(base).series[\(series.count)]", input: input, options: options))
        }
        let severalQueries = Set(series.map(\.queryIndex)).count > 1
        if options.metric == nil, !series.isEmpty {
            sink.warn("a v2 timeseries response does not name its metric: the series are called \(Set(series.map { "query\($0.queryIndex)" }).sorted().joined(separator: ", ")) (name it with --metric)",
                      at: input.at(path: "\(base).series"))
        }
        // values[][]
        s.pos = attributes["values"]!
        try s.beginArray("\(base).values")
        first = true
        var row = 0
        var nulls = 0
        while try s.nextElement(&first, "\(base).values") {
            let rowPath = "\(base).values[\(row)]"
            guard row < series.count else {
                throw s.error("expected as many values rows as series (\(series.count)), found more", rowPath)
            }
            let info = series[row]
            guard let (service, used) = DatadogQueryFormat.service(tags: info.tags, options: options) else {
                throw MemBlameError(.usage, "the series' group_tags [\(DatadogQueryFormat.oneLine(info.rawTags, 200))] name no cluster/service or namespace/container; pass --service",
                                    at: input.at(path: "\(base).series[\(row)]"))
            }
            var dimensions: [String: String] = [:]
            for (key, value) in info.tags where !used.contains(key) { dimensions[key] = value }
            if severalQueries, options.metric != nil { dimensions["query_index"] = String(info.queryIndex) }
            let metric = options.metric ?? "query\(info.queryIndex)"
            let handle = try sink.beginSeries(SeriesDescriptor(key: SeriesKey(service: service, metric: metric, dimensions: dimensions), unit: info.unit),
                                              at: input.at(path: "\(base).series[\(row)]"))
            try s.beginArray(rowPath)
            var firstValue = true
            var column = 0
            while try s.nextElement(&firstValue, rowPath) {
                let valuePath = "\(rowPath)[\(column)]"
                guard column < times.count else { throw s.error("expected as many values as times (\(times.count)), found more", valuePath) }
                if s.skipNull() {
                    nulls += 1
                } else {
                    let value = try s.finiteNumber(valuePath)
                    try sink.point(handle, ts: times[column], value: value, at: input.at(path: valuePath))
                }
                column += 1
            }
            guard column == times.count else {
                throw MemBlameError.badInput("expected as many values as times (\(times.count)), found \(column)", at: input.at(path: rowPath))
            }
            row += 1
        }
        guard row == series.count else {
            throw MemBlameError.badInput("expected as many values rows as series (\(series.count)), found \(row)", at: input.at(path: "\(base).values"))
        }
        if series.isEmpty { sink.warn("the query returned no series (empty result)", at: input.at(path: "\(base).series")) }
        if nulls > 0 { sink.warn("\(nulls) null values skipped (gaps in Datadog's rollup)", at: input.at(path: "\(base).values")) }
    }

    /// Reads one `series[]` entry; the scanner is left after it.
    private static func readSeriesInfo(_ s: JSONScanner, path: String, input: InputFile, options: MetricImportOptions) throws -> SeriesInfo {
        let members = try s.memberOffsets(path)
        let after = s.pos
        defer { s.pos = after }
        var tags: [String: String] = [:]
        var raw: [String] = []
        if let tagsAt = members["group_tags"] {
            s.pos = tagsAt
            if !s.skipNull() {
                try s.beginArray("\(path).group_tags")
                var first = true
                while try s.nextElement(&first, "\(path).group_tags") {
                    let tag = try s.string("\(path).group_tags[\(raw.count)]")
                    raw.append(tag)
                    let parts = tag.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
                    if parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty { tags[String(parts[0])] = String(parts[1]) }
                }
            }
        }
        var queryIndex = 0
        if let indexAt = members["query_index"] {
            s.pos = indexAt
            let value = try s.number("\(path).query_index")
            guard value.isFinite, value >= 0, value < 1000, value == value.rounded() else {
                s.pos = indexAt
                throw s.fail("a query index (a whole number from 0)", "\(path).query_index")
            }
            queryIndex = Int(value)
        }
        let unit = try DatadogQueryFormat.readUnit(s, members: members, path: path, input: input, options: options)
        return SeriesInfo(tags: tags, rawTags: raw.joined(separator: ", "), queryIndex: queryIndex, unit: unit)
    }
}
