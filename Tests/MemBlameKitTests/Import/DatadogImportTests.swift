import Foundation
import Testing
@testable import MemBlameKit

/// Datadog v1 query responses: the constructed ECS memory fixture and two real recordings.
@Suite struct DatadogImportTests {
    @Test func ecsMemoryBySeriesMatchesTheFile() throws {
        let input = Fixture.input("datadog/v1-query.ecs-memory-by-service.json")
        #expect(try MetricFormats.detect(input).name == "datadog")
        let sink = CollectingMetricSink()
        try DatadogQueryFormat().read(input, options: MetricImportOptions(), into: sink)
        #expect(sink.series.map(\.key.service) == ["prod/api", "prod/worker"])
        #expect(sink.series.allSatisfy { $0.unit == .percent && $0.periodSeconds == 60 && $0.key.stat == "avg" && $0.key.dimensions.isEmpty })
        #expect(sink.warnings == ["\(input.displayName):$.series: warning: 5 null values skipped (gaps in Datadog's rollup)"])
        // Expected values read from the file itself.
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Fixture.path("datadog/v1-query.ecs-memory-by-service.json")))) as! [String: Any]
        for (index, series) in (json["series"] as! [[String: Any]]).enumerated() {
            let expected = (series["pointlist"] as! [[Any]]).compactMap { pair -> Point? in
                guard let value = pair[1] as? Double else { return nil }
                return Point(ts: Int64((pair[0] as! Double) / 1000), value: value)
            }
            let got = sink.points(of: sink.series[index].key)
            #expect(got.count == expected.count)
            #expect(zip(got, expected).allSatisfy { $0.ts == $1.ts && abs($0.value - $1.value) <= 1e-12 * abs($1.value) })
        }
    }

    @Test(arguments: ["datadog/v1-query.REAL-recorded-2021.system-cpu-idle.json", "datadog/v1-query.REAL-recorded-2022.system-cpu-idle.json"])
    func realRecordingsNeedAServiceAndAMemoryUnit(_ path: String) throws {
        let input = Fixture.input(path)
        #expect(throws: MemBlameError(.usage, "the series' scope \"*\" names no cluster/service or namespace/container; pass --service", at: input.at(path: "$.series[0]"))) {
            try DatadogQueryFormat().read(input, options: MetricImportOptions(), into: CollectingMetricSink())
        }
        // CPU idle is in percent too, so with --service it imports; float and integer millisecond times both work.
        let sink = CollectingMetricSink()
        try DatadogQueryFormat().read(input, options: MetricImportOptions(service: "host/cpu"), into: sink)
        #expect(sink.series.count == 1)
        #expect(sink.points.first?.count == 288)
        #expect(sink.points.first.map { $0.allSatisfy { $0.ts % 300 == 0 } } == true)
    }

    @Test func errorStatusIsReported() throws {
        let input = InputFile(name: "dd.json", contents: Data(#"{"status": "error", "error": "Rate limit of 300 requests exceeded", "series": []}"#.utf8))
        #expect(throws: MemBlameError.badInput("Datadog answered with status \"error\": Rate limit of 300 requests exceeded", at: input.at(path: "$.status"))) {
            try DatadogQueryFormat().read(input, options: MetricImportOptions(), into: CollectingMetricSink())
        }
    }
}
