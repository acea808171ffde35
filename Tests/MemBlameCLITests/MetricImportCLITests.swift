import Foundation
import Testing
import MemBlameTestSupport

/// `memblame import metrics` end to end: detection, --queries, --format, warnings and exit codes.
@Suite struct MetricImportCLITests {
    let binary = Repository.memblameBinary

    func fixture(_ relative: String) -> String {
        Repository.root.appendingPathComponent("Tests/MemBlameKitTests/Fixtures").appendingPathComponent(relative).path
    }

    @Test func pagesWithQueriesImportIntoOneSeriesAndWarnNothing() throws {
        let db = Scratch.folder().appendingPathComponent("m.db").path
        let pages = ["cloudwatch/get-metric-data.multi-ids-5m.max-items-2.page1.json", "cloudwatch/get-metric-data.multi-ids-5m.max-items-2.page2.json"].map(fixture)
        let result = try runProcess(binary, ["import", "metrics", "--db", db, "--queries", fixture("cloudwatch/metric-data-queries.multi.json")] + pages)
        #expect(result.status == 0)
        #expect(result.stdout == "\(pages[0]): cloudwatch-get-metric-data: added 142 points\n\(pages[1]): cloudwatch-get-metric-data: added 72 points\n")
        // Not a terminal: no progress on stderr, only the empty expression result's warning.
        #expect(result.stderr == "memblame: \(pages[1]):$.MetricDataResults[1]: warning: result api_minus_worker has no data points\n")
    }

    @Test func partialDataWarnsOnStderr() throws {
        let db = Scratch.folder().appendingPathComponent("p.db").path
        let page = fixture("cloudwatch/v2-shaped.get-metric-data.mem-1m.max-datapoints-200.page1.json")
        let result = try runProcess(binary, ["import", "metrics", "--db", db, "--service", "prod/api", page])
        #expect(result.status == 0)
        #expect(result.stderr.contains("warning: StatusCode is PartialData, not Complete"))
        #expect(result.stdout == "\(page): cloudwatch-get-metric-data: added 200 points\n")
    }

    @Test func unknownFormatNameListsTheFormats() throws {
        let db = Scratch.folder().appendingPathComponent("f.db").path
        let result = try runProcess(binary, ["import", "metrics", "--db", db, "--format", "influxdb", fixture("prometheus/query_range.sum.6h.step5m.json")])
        #expect(result.status == 64)
        #expect(result.stderr == "memblame: error: unknown metric format 'influxdb'; known formats: cloudwatch-get-metric-data, cloudwatch-get-metric-statistics, prometheus, datadog, container-insights, csv\n")
    }

    @Test func prometheusErrorResponseExits65() throws {
        let db = Scratch.folder().appendingPathComponent("e.db").path
        let file = fixture("prometheus/query_range.error-too-many-points.json")
        let result = try runProcess(binary, ["import", "metrics", "--db", db, file])
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("memblame: \(file):$.error: error: Prometheus answered with an error (bad_data): exceeded maximum resolution"))
    }
}
