import Foundation
import Testing
@testable import MemBlameKit
import MemBlameTestSupport

/// One malformed input: its bytes, and the exact error (message and location) it must produce.
struct MalformedVariant: CustomStringConvertible, Sendable {
    var name: String
    var file: String
    var bytes: [UInt8]
    var message: String
    /// `line` for text formats, else a JSON path.
    var line: Int?
    var jsonPath: String?
    var description: String { name }

    init(_ name: String, _ file: String, _ text: String, _ message: String, line: Int? = nil, path: String? = nil) {
        self.init(name, file, Array(text.utf8), message, line: line, path: path)
    }

    init(_ name: String, _ file: String, _ bytes: [UInt8], _ message: String, line: Int? = nil, path: String? = nil) {
        self.name = name
        self.file = file
        self.bytes = bytes
        self.message = message
        self.line = line
        self.jsonPath = path
    }
}

/// get-metric-data JSON with the given Timestamps and Values texts.
func metricData(_ timestamps: String, _ values: String, extra: String = "") -> String {
    """
    {"MetricDataResults": [{"Id": "mem", "Label": "MemoryUtilization", "Timestamps": [\(timestamps)], "Values": [\(values)], "StatusCode": "Complete"}]\(extra)}
    """
}

@Suite struct MalformedMetricTests {
    static let good = "1795507200, 1795507260, 1795507320"

    static let variants: [MalformedVariant] = [
        MalformedVariant("truncated JSON", "t.json", String(metricData(good, "22.5, 23.0, 23.5").prefix(110)),
                         "expected ',' or ']', found the end of the file (truncated?)", path: "$.MetricDataResults[0].Timestamps[2]"),
        MalformedVariant("value is a string", "s.json", metricData(good, "22.5, \"23.0\", 23.5"),
                         "expected a number, found \"23.0\"", path: "$.MetricDataResults[0].Values[1]"),
        MalformedVariant("value is null", "n.json", metricData(good, "22.5, null, 23.5"),
                         "expected a number, found null", path: "$.MetricDataResults[0].Values[1]"),
        MalformedVariant("NaN literal", "nan.json", metricData(good, "22.5, 23.0, NaN"),
                         "expected a JSON value, found NaN", path: "$.MetricDataResults[0].Values[2]"),
        MalformedVariant("infinite number", "inf.json", metricData(good, "22.5, 1e999, 23.5"),
                         "expected a finite number, found 1e999", path: "$.MetricDataResults[0].Values[1]"),
        MalformedVariant("more Timestamps than Values", "len.json", metricData(good, "22.5, 23.0"),
                         "expected as many Values as Timestamps (3), found 2", path: "$.MetricDataResults[0].Values"),
        MalformedVariant("more Values than Timestamps", "len2.json", metricData(good, "22.5, 23.0, 23.5, 24"),
                         "expected as many Values as Timestamps (3), found 4", path: "$.MetricDataResults[0].Values"),
        MalformedVariant("timestamp is not a time", "ts.json", metricData("1795507200, \"yesterday\", 1795507320", "22.5, 23.0, 23.5"),
                         "expected a timestamp (ISO 8601 string or epoch number), found \"yesterday\"", path: "$.MetricDataResults[0].Timestamps[1]"),
        MalformedVariant("Timestamps is an object", "obj.json", metricData("", "").replacingOccurrences(of: "\"Timestamps\": []", with: "\"Timestamps\": {}"),
                         "expected an array, found an object", path: "$.MetricDataResults[0].Timestamps"),
        MalformedVariant("duplicate timestamp with another value (JSON)", "dup.json", metricData("1795507200, 1795507260, 1795507200", "22.5, 23.0, 24.5"),
                         "timestamp 2026-11-24T08:00:00Z of prod/api MemoryUtilization {Period=60} already has the value 22.5, this file gives 24.5; nothing was imported (use --on-conflict keep or replace)",
                         path: "$.MetricDataResults[0].Values[2]"),
        MalformedVariant("garbage after the document", "tail.json", metricData(good, "22.5, 23.0, 23.5") + " }",
                         "expected the end of the JSON document, found '}'", path: "$"),
        MalformedVariant("nesting too deep", "deep.json", metricData(good, "22.5, 23.0, 23.5", extra: ", \"x\": " + String(repeating: "[", count: 20_000)),
                         "nesting deeper than 512 levels", path: "$.x"),
        MalformedVariant("empty file", "empty.json", "",
                         "the file is empty; expected a memory-series export"),
        MalformedVariant("byte-order mark then a bad CSV row", "bom.csv", [0xEF, 0xBB, 0xBF] + Array("timestamp,value\n2026-11-24T08:00:00Z,22.5\n2026-11-24T08:01:00Z,abc\n".utf8),
                         "expected a finite number in column 2, found \"abc\"", line: 3),
        MalformedVariant("CRLF CSV with a bad timestamp", "crlf.csv", "timestamp,value\r\n2026-11-24T08:00:00Z,22.5\r\n24/11/2026 08:01,23\r\n",
                         "expected an ISO 8601 timestamp or epoch seconds in column 1, found \"24/11/2026 08:01\"", line: 3),
        MalformedVariant("CSV NaN value", "nan.csv", "timestamp,value\n1795507200,22.5\n1795507260,NaN\n",
                         "expected a finite number in column 2, found \"NaN\"", line: 3),
        MalformedVariant("CSV row with too many fields", "wide.csv", "timestamp,value\n1795507200,22.5\n1795507260,23,24\n",
                         "expected 2 fields (timestamp,value), found 3", line: 3),
        MalformedVariant("CSV duplicate timestamp with another value", "dup.csv", "timestamp;value\n1795507200000;22,5\n1795507260000;23\n1795507200000;24\n",
                         "timestamp 2026-11-24T08:00:00Z of prod/api MemoryUtilization already has the value 22.5, this file gives 24.0; nothing was imported (use --on-conflict keep or replace)", line: 4),
        MalformedVariant("statistics datapoint without Timestamp", "stats.json", "{\"Label\": \"MemoryUtilization\", \"Datapoints\": [{\"Average\": 22.5, \"Unit\": \"Percent\"}]}",
                         "expected a member \"Timestamp\"", path: "$.Datapoints[0]"),
        MalformedVariant("statistics units mixed", "units.json", "{\"Label\": \"MemoryUtilization\", \"Datapoints\": [{\"Timestamp\": 1795507200, \"Average\": 22.5, \"Unit\": \"Percent\"}, {\"Timestamp\": 1795507500, \"Average\": 460, \"Unit\": \"Megabytes\"}]}",
                         "expected Unit Percent as in the earlier datapoints, found Megabytes; units are never mixed in one series", path: "$.Datapoints[1].Unit"),
        MalformedVariant("Prometheus value not numeric", "p.json", "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[{\"metric\":{\"__name__\":\"m_bytes\"},\"values\":[[1795507200,\"12\"],[1795507260,\"twelve\"]]}]}}",
                         "expected a number or a numeric string, found \"twelve\"", path: "$.data.result[0].values[1][1]"),
        MalformedVariant("Prometheus sample of three", "p3.json", "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[{\"metric\":{},\"values\":[[1795507200,\"12\",\"13\"]]}]}}",
                         "expected ']' after [time, value], found \"13\"", path: "$.data.result[0].values[0]"),
        MalformedVariant("Container Insights wrong type", "ci.jsonl", "{\"Version\":\"0\",\"Type\":\"Task\",\"TaskId\":\"a\",\"ServiceName\":\"api\",\"ClusterName\":\"prod\",\"Timestamp\":1795512000000,\"MemoryUtilized\":517,\"MemoryReserved\":2048}\n{\"Version\":\"0\",\"Type\":\"Task\",\"TaskId\":\"a\",\"ServiceName\":\"api\",\"ClusterName\":\"prod\",\"Timestamp\":1795512060000,\"MemoryUtilized\":\"520\",\"MemoryReserved\":2048}\n",
                         "expected a number, found \"520\" at $.MemoryUtilized", line: 2),
        MalformedVariant("Container Insights truncated line", "ci2.jsonl", "{\"Version\":\"0\",\"Type\":\"Task\",\"TaskId\":\"a\",\"ServiceName\":\"api\",\"ClusterName\":\"prod\",\"Timestamp\":1795512000000,\"MemoryUtilized\":517,\"MemoryReserved\":2048}\n{\"Version\":\"0\",\"Type\":\"Task\",\"TaskId\":\"a\",\"Timest\n",
                         "expected a closing '\"', found the end of the line (truncated?) at $", line: 2),
    ] + kubernetesVariants

    /// Bad EKS Container Insights, Datadog v2 and bare Prometheus result inputs (see KubernetesMetricImportTests).
    static var kubernetesVariants: [MalformedVariant] {
        let pod = (try? String(contentsOfFile: Fixture.path("container-insights-eks/awsdocs-cw-userguide-2022.pod.json"), encoding: .utf8)) ?? ""
        let compact = pod.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined()
        let v2 = { (times: String, values: String) in
            #"{"data":{"type":"timeseries_response","attributes":{"series":[{"group_tags":[],"query_index":0,"unit":null}],"times":\#(times),"values":\#(values)}}}"#
        }
        return [
            MalformedVariant("EKS pretty-printed stream truncated", "eks-trunc.json", pod + "\n" + String(pod.prefix(1500)),
                             "expected ',' or ']', found the end of the file (truncated?) at $[1].CloudWatchMetrics[1].Dimensions[1]", line: 235),
            MalformedVariant("EKS JSON lines value is a string", "eks-type.jsonl",
                             compact + "\n" + compact.replacingOccurrences(of: "\"pod_memory_rss\": 22777856", with: "\"pod_memory_rss\": \"22777856\""),
                             "expected a number, found \"22777856\" at $.pod_memory_rss", line: 2),
            MalformedVariant("EKS same pod and time with another value", "eks-dup.json",
                             pod + "\n" + pod.replacingOccurrences(of: "\"pod_memory_rss\": 22777856", with: "\"pod_memory_rss\": 1"),
                             "timestamp 2019-08-29T16:49:11Z of amazon-cloudwatch/cloudwatch-agent-statsd pod_memory_rss {Type=Pod,pod=cloudwatch-agent-statsd-df44f855f-ts4q2} already has the value 22777856.0, this file gives 1.0; nothing was imported (use --on-conflict keep or replace)",
                             path: "$[1].pod_memory_rss"),
            MalformedVariant("Datadog v2 row shorter than times", "v2-short.json", v2("[1795507200000,1795507260000,1795507320000]", "[[1,2]]"),
                             "expected as many values as times (3), found 2", path: "$.data.attributes.values[0]"),
            MalformedVariant("Datadog v2 times is an object", "v2-times.json", v2(#"{"a":1}"#, "[[1,2]]"),
                             "expected an array, found an object", path: "$.data.attributes.times"),
            MalformedVariant("Datadog v2 out-of-order duplicate time with another value", "v2-dup.json", v2("[1795507260000,1795507200000,1795507260000]", "[[1,2,3]]"),
                             "timestamp 2026-11-24T08:01:00Z of prod/api query0 already has the value 1.0, this file gives 3.0; nothing was imported (use --on-conflict keep or replace)",
                             path: "$.data.attributes.values[0][2]"),
            MalformedVariant("Prometheus result array truncated", "prom-bare.json",
                             #"[{"metric":{"__name__":"container_memory_rss","namespace":"prod","container":"api","pod":"api-1"},"values":[[1795507200,"1"],[1795507260,"2"],[179550"#,
                             "expected ',' or ']', found the end of the file (truncated?)", path: "$[0].values[2][0]"),
        ]
    }

    @Test(arguments: variants)
    func malformedInputIsRefusedAndNothingIsWritten(_ variant: MalformedVariant) throws {
        let db = try Database.inMemory()
        // A good import first, so "nothing written" is checked against a non-empty store.
        _ = try MetricImport(db: db).run([Fixture.input("cloudwatch/get-metric-data.mem-1m.json")], options: MetricImportOptions(service: "prod/good"))
        let before = try ["points", "series", "imports"].map { try db.scalar("SELECT COUNT(*) FROM \($0)")?.int64 }
        let path = Scratch.folder().appendingPathComponent(variant.file).path
        _ = FileManager.default.createFile(atPath: path, contents: Data(variant.bytes))
        // A good file first in the same invocation: the failing one must roll it back too.
        let goodCSV = Scratch.file("first.csv", "timestamp,value\n2026-11-20T08:00:00Z,1.5\n")
        let expected = MemBlameError.badInput(variant.message, at: SourceLocation(file: path, line: variant.line, jsonPath: variant.jsonPath))
        #expect(throws: expected) {
            _ = try MetricImport(db: db).run([InputFile(path: goodCSV), InputFile(path: path)], options: MetricImportOptions(service: "prod/api"))
        }
        let after = try ["points", "series", "imports"].map { try db.scalar("SELECT COUNT(*) FROM \($0)")?.int64 }
        #expect(after == before)
    }

    @Test func variantsAreMany() {
        #expect(Self.variants.count >= 15)
    }

    @Test func aByteOrderMarkedJSONImports() throws {
        let text = metricData(Self.good, "22.5, 23.0, 23.5")
        let path = Scratch.folder().appendingPathComponent("bom.json").path
        _ = FileManager.default.createFile(atPath: path, contents: Data([0xEF, 0xBB, 0xBF] + Array(text.utf8)))
        let sink = CollectingMetricSink()
        try MetricFormats.detect(InputFile(path: path)).read(InputFile(path: path), options: MetricImportOptions(service: "s"), into: sink)
        #expect(sink.points(of: sink.series[0].key) == [Point(ts: 1_795_507_200, value: 22.5), Point(ts: 1_795_507_260, value: 23), Point(ts: 1_795_507_320, value: 23.5)])
    }

    @Test func sameValueDuplicatesAreCounted() throws {
        let db = try Database.inMemory()
        let path = Scratch.file("d.json", metricData("1795507200, 1795507260, 1795507200", "22.5, 23.0, 22.5"))
        let report = try MetricImport(db: db).run([InputFile(path: path)], options: MetricImportOptions(service: "prod/api"))
        #expect(report.added == 2)
        #expect(report.duplicates == 1)
    }
}

/// The store's batched path: points outside a series' covered time range go in multi-row inserts,
/// points inside it are checked one by one; counts and errors must not depend on which path a point took.
@Suite struct BatchedImportTests {
    func csv(_ rows: [(Int64, Double)]) -> String {
        Scratch.file("b.csv", "timestamp,value\n" + rows.map { "\($0.0),\($0.1)\n" }.joined())
    }

    static let rows: [(Int64, Double)] = (0..<450).map { (i: Int) -> (Int64, Double) in
        let ts: Int64 = 1_795_507_200 + Int64(i) * 60
        let value: Double = 20 + Double(i) / 1024
        return (ts, value)
    }

    @Test(arguments: ["ascending", "descending", "shuffled"])
    func everyOrderStoresEveryPoint(_ order: String) throws {
        var rows = Self.rows
        if order == "descending" { rows.reverse() }
        if order == "shuffled" {
            var generator = SplitMix64(seed: 7)
            for i in stride(from: rows.count - 1, to: 0, by: -1) { rows.swapAt(i, Int(generator.next() % UInt64(i + 1))) }
        }
        let db = try Database.inMemory()
        let report = try MetricImport(db: db).run([InputFile(path: csv(rows))], options: MetricImportOptions(service: "s"))
        #expect(report.added == 450)
        #expect(report.duplicates == 0)
        let stored = try MetricStore(db).series(service: "s")
        #expect(stored.count == 1)
        #expect(stored.first?.points == Self.rows.map { Point(ts: $0.0, value: $0.1) })
        let again = try MetricImport(db: db).run([InputFile(path: csv(rows))], options: MetricImportOptions(service: "s"))
        #expect(again.added == 0)
        #expect(again.duplicates == 450)
    }

    @Test func conflictAfterManyBatchedRowsIsLocatedAndRollsBack() throws {
        let path = csv(Self.rows + [(Self.rows[10].0, 99.5)])
        let db = try Database.inMemory()
        #expect(throws: MemBlameError.badInput("timestamp 2026-11-24T08:10:00Z of s MemoryUtilization already has the value 20.009765625, this file gives 99.5; nothing was imported (use --on-conflict keep or replace)",
                                               at: SourceLocation(file: path, line: 452))) {
            _ = try MetricImport(db: db).run([InputFile(path: path)], options: MetricImportOptions(service: "s"))
        }
        #expect(try db.scalar("SELECT COUNT(*) FROM points")?.int64 == 0)
    }

    @Test func overlappingSecondFileCountsDuplicatesAndAddsTheRest() throws {
        let db = try Database.inMemory()
        let first = try MetricImport(db: db).run([InputFile(path: csv(Array(Self.rows[0..<300])))], options: MetricImportOptions(service: "s"))
        #expect(first.added == 300)
        let second = try MetricImport(db: db).run([InputFile(path: csv(Array(Self.rows[200..<450])))], options: MetricImportOptions(service: "s"))
        #expect(second.added == 150)
        #expect(second.duplicates == 100)
        #expect(try db.scalar("SELECT COUNT(*) FROM points")?.int64 == 450)
    }
}
