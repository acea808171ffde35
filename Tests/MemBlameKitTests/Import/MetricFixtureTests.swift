import Foundation
import Testing
@testable import MemBlameKit
import MemBlameTestSupport

/// Every metrics fixture imports with the right series, timestamps, values and units, checked against
/// values read from the file itself (see `ExpectedPoints`).
@Suite struct MetricFixtureTests {
    /// Reads `files` with format detection into one collecting sink.
    func collect(_ files: [String], options: MetricImportOptions = MetricImportOptions(service: "prod/api")) throws -> CollectingMetricSink {
        let sink = CollectingMetricSink()
        for file in files {
            let input = Fixture.input(file)
            try MetricFormats.detect(input).read(input, options: options, into: sink)
        }
        return sink
    }

    static let metricDataFiles: [[String]] = [
        ["cloudwatch/get-metric-data.mem-1m.asc.wire-ts.json"],
        ["cloudwatch/get-metric-data.mem-1m.default-desc.wire-ts.json"],
        ["cloudwatch/get-metric-data.mem-1m.default-desc.iso8601-utc.json"],
        ["cloudwatch/get-metric-data.mem-1m.default-desc.iso8601-TZ-America_Los_Angeles.json"],
        ["cloudwatch/get-metric-data.mem-1m.json"],
        ["cloudwatch/get-metric-data.multi-ids-5m.asc.wire-ts.json"],
        ["cloudwatch/get-metric-data.multi-ids-5m.max-items-2.page1.json", "cloudwatch/get-metric-data.multi-ids-5m.max-items-2.page2.json"],
        ["cloudwatch/v2-shaped.get-metric-data.mem-1m.max-datapoints-200.page1.json", "cloudwatch/v2-shaped.get-metric-data.mem-1m.max-datapoints-200.page2.json"],
    ]

    @Test(arguments: metricDataFiles)
    func metricDataMatchesTheFile(_ files: [String]) throws {
        let sink = try collect(files)
        let expected = try ExpectedPoints.metricData(files)
        #expect(sink.series.count == expected.count)
        for (descriptor, result) in zip(sink.series, expected) {
            let (metric, stat) = CloudWatchMetricDataFormat.splitLabel(result.label ?? result.id)
            #expect(descriptor.key.metric == metric)
            #expect(descriptor.key.stat == stat)
            #expect(descriptor.key.service == "prod/api")
            #expect(sink.points(of: descriptor.key) == result.points)
        }
    }

    @Test func moto1mSeriesKeyUnitAndPeriod() throws {
        let sink = try collect(["cloudwatch/get-metric-data.mem-1m.default-desc.wire-ts.json"])
        #expect(sink.series == [SeriesDescriptor(key: SeriesKey(service: "prod/api", metric: "MemoryUtilization", stat: "Average", dimensions: ["Period": "60"]),
                                                 unit: .percent, periodSeconds: 60)])
        let points = sink.points(of: sink.series[0].key)
        #expect(points.count == 355)
        #expect(points.first == Point(ts: 1_795_507_200, value: 21.875))
        #expect(points.last?.ts == 1_795_528_740)
    }

    @Test func timeZonesAndOrderGiveTheSamePoints() throws {
        let a = try collect(["cloudwatch/get-metric-data.mem-1m.asc.wire-ts.json"])
        let b = try collect(["cloudwatch/get-metric-data.mem-1m.default-desc.iso8601-TZ-America_Los_Angeles.json"])
        #expect(a.points(of: a.series[0].key) == b.points(of: b.series[0].key))
    }

    @Test func queriesFileNamesMetricStatisticServiceAndPeriod() throws {
        let queries = try MetricDataQuery.load(Fixture.input("cloudwatch/metric-data-queries.multi.json"))
        let sink = try collect(["cloudwatch/get-metric-data.multi-ids-5m.asc.wire-ts.json"], options: MetricImportOptions(service: "prod/fallback", queries: queries))
        #expect(sink.series.map(\.key) == [
            SeriesKey(service: "prod/api", metric: "MemoryUtilization", stat: "Maximum", dimensions: ["Period": "300"]),
            SeriesKey(service: "prod/api", metric: "CPUUtilization", stat: "Average", dimensions: ["Period": "300"]),
            SeriesKey(service: "prod/worker", metric: "MemoryUtilization", stat: "Average", dimensions: ["Period": "300"]),
        ])
        #expect(sink.series.map(\.unit) == [.percent, .percent, .percent])
        #expect(sink.warnings == ["\(Fixture.path("cloudwatch/get-metric-data.multi-ids-5m.asc.wire-ts.json")):$.MetricDataResults[3]: warning: result api_minus_worker has no data points"])
    }

    @Test func motoAndAWSLabelsLandInTheSameSeriesWithQueries() throws {
        let queries = try MetricDataQuery.load(Fixture.input("cloudwatch/metric-data-queries.single.json"))
        let options = MetricImportOptions(queries: queries)
        let moto = try collect(["cloudwatch/get-metric-data.mem-1m.asc.wire-ts.json"], options: options)
        let aws = try collect(["cloudwatch/get-metric-data.mem-1m.json"], options: options)
        #expect(moto.series == aws.series)
        #expect(moto.series[0].key == SeriesKey(service: "prod/api", metric: "MemoryUtilization", stat: "Average", dimensions: ["Period": "60"]))
        #expect(moto.points(of: moto.series[0].key) == aws.points(of: aws.series[0].key))
    }

    @Test func partialDataIsAWarning() throws {
        let sink = try collect(["cloudwatch/v2-shaped.get-metric-data.mem-1m.max-datapoints-200.page1.json"])
        #expect(sink.warnings.count == 1)
        #expect(sink.warnings[0].hasSuffix(":$.MetricDataResults[0].StatusCode: warning: StatusCode is PartialData, not Complete: CloudWatch returned only part of result mem; import its next page (NextToken) in the same command"))
    }

    @Test func messagesBecomeWarnings() throws {
        let text = #"{"MetricDataResults": [{"Id": "m", "Label": "MemoryUtilization", "Timestamps": [1795507200], "Values": [22.5], "StatusCode": "Complete"}], "Messages": [{"Code": "ArithmeticError", "Value": "division by zero"}]}"#
        let path = Scratch.file("messages.json", text)
        let sink = CollectingMetricSink()
        try CloudWatchMetricDataFormat().read(InputFile(path: path), options: MetricImportOptions(service: "s"), into: sink)
        #expect(sink.warnings == ["\(path):$.Messages[0]: warning: CloudWatch message: ArithmeticError: division by zero"])
        #expect(sink.points(of: sink.series[0].key) == [Point(ts: 1_795_507_200, value: 22.5)])
    }

    @Test func twoResultsWithOneLabelAreAnErrorWithoutQueries() throws {
        let text = #"{"MetricDataResults": [{"Id": "a", "Label": "MemoryUtilization", "Timestamps": [1795507200, 1795507260], "Values": [1, 2]}, {"Id": "b", "Label": "MemoryUtilization", "Timestamps": [1795507200, 1795507260], "Values": [3, 4]}]}"#
        let path = Scratch.file("same-label.json", text)
        #expect(throws: MemBlameError.badInput("results \"a\" and \"b\" both become series s MemoryUtilization {Period=60}; pass --queries with the queries file, or give each query its own Label",
                                               at: SourceLocation(file: path, jsonPath: "$.MetricDataResults[1]"))) {
            try CloudWatchMetricDataFormat().read(InputFile(path: path), options: MetricImportOptions(service: "s"), into: CollectingMetricSink())
        }
    }

    @Test func onePageArrayFileEqualsTwoFiles() throws {
        let pages = try ["cloudwatch/v2-shaped.get-metric-data.mem-1m.max-datapoints-200.page1.json", "cloudwatch/v2-shaped.get-metric-data.mem-1m.max-datapoints-200.page2.json"]
            .map { try String(contentsOfFile: Fixture.path($0), encoding: .utf8) }
        let combined = Scratch.file("pages.json", "[" + pages.joined(separator: ",") + "]")
        let sink = CollectingMetricSink()
        try CloudWatchMetricDataFormat().read(InputFile(path: combined), options: MetricImportOptions(service: "prod/api"), into: sink)
        let expected = try collect(["cloudwatch/get-metric-data.mem-1m.json"])
        #expect(sink.points(of: sink.series[0].key) == expected.points(of: expected.series[0].key))
        #expect(sink.points(of: sink.series[0].key).count == 355)
    }

    @Test(arguments: ["cloudwatch/get-metric-statistics.mem-5m.wire-ts.json", "cloudwatch/get-metric-statistics.mem-5m.iso8601-utc.json",
                      "cloudwatch/v2-shaped.get-metric-statistics.mem-5m.unordered.json"])
    func metricStatisticsMatchesTheFile(_ file: String) throws {
        let sink = try collect([file])
        let expected = try ExpectedPoints.statistics(file)
        #expect(Set(sink.series.map(\.key.stat)) == Set(expected.keys))
        for descriptor in sink.series {
            #expect(descriptor.key.metric == "MemoryUtilization")
            #expect(descriptor.key.dimensions == ["Period": "300"])
            #expect(descriptor.unit == (descriptor.key.stat == "SampleCount" ? .count : .percent))
            #expect(sink.points(of: descriptor.key) == expected[descriptor.key.stat])
            #expect(expected[descriptor.key.stat]?.count == 71)
        }
    }

    @Test(arguments: ["prometheus/query_range.container-api.6h.step60.json", "prometheus/query_range.fractional-start-step.json",
                      "prometheus/query_range.scrape-gap.json", "prometheus/query_range.sum.6h.step5m.json",
                      "prometheus/query.instant-vector.json", "prometheus/query_range.no-container-filter.deploy-window.json"])
    func prometheusMatchesTheFile(_ file: String) throws {
        let sink = try collect([file], options: MetricImportOptions(service: "prod/summed"))
        let expected = try ExpectedPoints.prometheus(file).filter { labels, _ in
            labels["container"] != "POD" && !((labels["container"] ?? "").isEmpty && labels["pod"] != nil)
        }
        #expect(sink.series.count == expected.count)
        for (labels, points) in expected {
            var dimensions = labels
            dimensions["__name__"] = nil
            var service = "prod/summed"
            if let namespace = labels["namespace"], let container = labels["container"] {
                service = "\(namespace)/\(container)"
                dimensions["namespace"] = nil
                dimensions["container"] = nil
            }
            let key = SeriesKey(service: service, metric: labels["__name__"] ?? "query", dimensions: dimensions)
            #expect(sink.points(of: key) == points, "\(key)")
            #expect(sink.series.first { $0.key == key }?.unit == (labels["__name__"] == nil ? MetricUnit.none : .bytes))
        }
    }

    @Test func prometheusErrorIsReported() throws {
        #expect(throws: MemBlameError.badInput("Prometheus answered with an error (bad_data): exceeded maximum resolution of 11,000 points per timeseries. Try decreasing the query resolution (?step=XX)",
                                               at: SourceLocation(file: Fixture.path("prometheus/query_range.error-too-many-points.json"), jsonPath: "$.error"))) {
            _ = try collect(["prometheus/query_range.error-too-many-points.json"])
        }
    }

    @Test func prometheusEmptyResultWarns() throws {
        let sink = try collect(["prometheus/query_range.empty-result.json"])
        #expect(sink.series.isEmpty)
        #expect(sink.warnings == ["\(Fixture.path("prometheus/query_range.empty-result.json")):$.data.result: warning: the query returned no series (empty result)"])
    }

    @Test(arguments: ["container-insights/performance-log-events.ecs.jsonl", "container-insights/aws-logs-get-log-events.limit6.json",
                      "container-insights/aws-logs-filter-log-events.json"])
    func containerInsightsMatchesTheFile(_ file: String) throws {
        let sink = try collect([file], options: MetricImportOptions())
        var expected: [SeriesKey: [Point]] = [:]
        for event in try ExpectedPoints.performanceEvents(file) {
            let type = event["Type"] as! String
            guard type == "Task" || type == "Container" else { continue }
            var dimensions = ["Type": type, "TaskId": event["TaskId"] as! String]
            if type == "Container" { dimensions["ContainerName"] = event["ContainerName"] as? String }
            let service = "\(event["ClusterName"]!)/\(event["ServiceName"] ?? event["TaskDefinitionFamily"]!)"
            let ts = ExpectedPoints.seconds(event["Timestamp"]!, milliseconds: true)
            let used = ExpectedPoints.double(event["MemoryUtilized"]!)
            expected[SeriesKey(service: service, metric: "MemoryUtilized", dimensions: dimensions), default: []].append(Point(ts: ts, value: used))
            if let reserved = event["MemoryReserved"].map(ExpectedPoints.double), reserved > 0 {
                expected[SeriesKey(service: service, metric: "MemoryUtilization", dimensions: dimensions), default: []].append(Point(ts: ts, value: used / reserved * 100))
            }
        }
        #expect(!expected.isEmpty)
        #expect(Set(sink.series.map(\.key)) == Set(expected.keys))
        for (key, points) in expected {
            #expect(sink.points(of: key) == points.sorted { $0.ts < $1.ts })
            #expect(sink.series.first { $0.key == key }?.unit == (key.metric == "MemoryUtilized" ? .megabytes : .percent))
        }
    }

    @Test func consoleWideCSVMatchesTheFile() throws {
        let file = "console-csv/UNVERIFIED-wide-layout-placeholder.csv"
        let sink = try collect([file])
        let lines = try String(contentsOfFile: Fixture.path(file), encoding: .utf8).split(whereSeparator: \.isNewline).map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = lines[0]
        #expect(sink.series.map(\.key.metric) == Array(header.dropFirst()))
        for (column, name) in header.enumerated().dropFirst() {
            let expected = lines.dropFirst().compactMap { row -> Point? in
                row[column].isEmpty ? nil : Point(ts: ExpectedPoints.seconds(row[0]), value: Double(row[column])!)
            }
            #expect(sink.points(of: SeriesKey(service: "prod/api", metric: name)) == expected)
            #expect(expected.count == 71)
        }
        #expect(sink.series.allSatisfy { $0.unit == .percent })
    }

    @Test(arguments: [
        ("cloudwatch/get-metric-data.mem-1m.json", "cloudwatch-get-metric-data"),
        ("cloudwatch/get-metric-statistics.mem-5m.wire-ts.json", "cloudwatch-get-metric-statistics"),
        ("prometheus/query_range.sum.6h.step5m.json", "prometheus"),
        ("prometheus/query_range.error-too-many-points.json", "prometheus"),
        ("container-insights/performance-log-events.ecs.jsonl", "container-insights"),
        ("container-insights/aws-logs-filter-log-events.json", "container-insights"),
        ("console-csv/UNVERIFIED-wide-layout-placeholder.csv", "csv"),
    ])
    func detectsByContent(_ file: String, _ format: String) throws {
        // Copied under a neutral name so only the content can decide.
        let copy = Scratch.file("input.dat", try String(contentsOfFile: Fixture.path(file), encoding: .utf8))
        #expect(try MetricFormats.detect(InputFile(path: copy)).name == format)
    }

    @Test func unknownContentListsTheKnownFormats() throws {
        let file = Scratch.file("notes.txt", "hello\nworld\n")
        #expect(throws: MemBlameError.badInput("not a memory-series format memblame knows (cloudwatch-get-metric-data, cloudwatch-get-metric-statistics, prometheus, datadog, container-insights, csv); name one with --format",
                                               at: SourceLocation(file: file))) {
            _ = try MetricFormats.detect(InputFile(path: file))
        }
    }

    @Test func wholeScenarioImportsInOneTransaction() throws {
        let db = try Database.inMemory()
        let files = ["cloudwatch/get-metric-data.mem-1m.default-desc.wire-ts.json", "cloudwatch/get-metric-data.mem-1m.asc.wire-ts.json",
                     "cloudwatch/get-metric-statistics.mem-5m.wire-ts.json", "console-csv/UNVERIFIED-wide-layout-placeholder.csv"]
        let report = try MetricImport(db: db).run(files.map(Fixture.input), options: MetricImportOptions(service: "prod/api"))
        #expect(report.files.map(\.added) == [355, 0, 213, 142])
        #expect(report.files.map(\.duplicates) == [0, 355, 0, 0])
        #expect(try db.scalar("SELECT COUNT(*) FROM points")?.int64 == 355 + 213 + 142)
    }
}
