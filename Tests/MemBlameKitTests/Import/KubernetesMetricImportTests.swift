import Foundation
import Testing
@testable import MemBlameKit
import MemBlameTestSupport

/// The metric inputs of Kubernetes teams: Container Insights events in every layout AWS and the CLI produce
/// (pretty-printed objects one after another, an array, JSON lines, get-log-events JSON), EKS pod and container
/// events, Datadog v2 timeseries and a Prometheus result array saved without its envelope. Expected values are
/// read from the files with JSONSerialization.
@Suite struct KubernetesMetricImportTests {
    /// EKS events give `Timestamp` as a string of epoch milliseconds.
    static func eksSeconds(_ value: Any) -> Int64 { Int64(value as! String)! / 1000 }

    func collect(_ file: String, options: MetricImportOptions = MetricImportOptions()) throws -> CollectingMetricSink {
        let input = Fixture.input(file)
        let sink = CollectingMetricSink()
        try MetricFormats.detect(input).read(input, options: options, into: sink)
        return sink
    }

    // MARK: - ECS events as AWS documents them

    /// The AWS docs show each event pretty-printed (tabs or spaces); this used to fail with "expected a member name".
    @Test(arguments: ["awsdocs-cw-userguide-2019.task.json", "awsdocs-cw-userguide-2019.container.json",
                      "awsdocs-cw-userguide-2022.task.json", "awsdocs-cw-userguide-2022.container.json"])
    func prettyPrintedECSEventImports(_ name: String) throws {
        let file = "container-insights/awsdocs/\(name)"
        #expect(try MetricFormats.detect(Fixture.input(file)).name == "container-insights")
        let sink = try collect(file)
        let event = try ExpectedPoints.json(file) as! [String: Any]
        let type = event["Type"] as! String
        var dimensions = ["Type": type, "TaskId": event["TaskId"] as! String]
        if type == "Container" { dimensions["ContainerName"] = event["ContainerName"] as? String }
        let service = "\(event["ClusterName"]!)/\(event["ServiceName"] ?? event["TaskDefinitionFamily"]!)"
        let ts = ExpectedPoints.seconds(event["Timestamp"]!, milliseconds: true)
        let used = ExpectedPoints.double(event["MemoryUtilized"]!)
        #expect(sink.points(of: SeriesKey(service: service, metric: "MemoryUtilized", dimensions: dimensions)) == [Point(ts: ts, value: used)])
        if let reserved = event["MemoryReserved"].map(ExpectedPoints.double), reserved > 0 {
            #expect(sink.points(of: SeriesKey(service: service, metric: "MemoryUtilization", dimensions: dimensions)) == [Point(ts: ts, value: used / reserved * 100)])
        }
    }

    @Test(arguments: ["awsdocs-cw-userguide-2022.service.json", "awsdocs-cw-userguide-2022.cluster.json"])
    func serviceAndClusterEventsAreSkippedWithAWarning(_ name: String) throws {
        let file = "container-insights/awsdocs/\(name)"
        let sink = try collect(file)
        let type = (try ExpectedPoints.json(file) as! [String: Any])["Type"] as! String
        #expect(sink.series.isEmpty)
        #expect(sink.warnings == ["\(Fixture.path(file)): warning: skipped 1 \(type) events (only Task, Pod and Container events carry a task's or pod's memory)"])
    }

    /// The six documented ECS events concatenated (as `cat *.json` gives them), and as a top-level array: the same
    /// points as reading each file alone.
    @Test(arguments: ["stream", "array"])
    func concatenatedAndArrayLayoutsMatchSingleFiles(_ layout: String) throws {
        let names = ["awsdocs-cw-userguide-2019.task.json", "awsdocs-cw-userguide-2019.container.json", "awsdocs-cw-userguide-2022.task.json",
                     "awsdocs-cw-userguide-2022.container.json", "awsdocs-cw-userguide-2022.service.json", "awsdocs-cw-userguide-2022.cluster.json"]
        let texts = try names.map { try String(contentsOfFile: Fixture.path("container-insights/awsdocs/\($0)"), encoding: .utf8) }
        let joined = layout == "stream" ? texts.joined(separator: "\n") : "[\n" + texts.joined(separator: ",\n") + "]\n"
        let path = Scratch.file("events.json", joined)
        let sink = CollectingMetricSink()
        try MetricFormats.detect(InputFile(path: path)).read(InputFile(path: path), options: MetricImportOptions(), into: sink)
        let singles = CollectingMetricSink()
        for name in names { try ContainerInsightsFormat().read(Fixture.input("container-insights/awsdocs/\(name)"), options: MetricImportOptions(), into: singles) }
        #expect(Set(sink.series.map(\.key)) == Set(singles.series.map(\.key)))
        #expect(sink.series.count == singles.series.count)
        #expect(sink.warnings.count == 2)
        for key in singles.series.map(\.key) { #expect(sink.points(of: key) == singles.points(of: key)) }
    }

    @Test func anErrorInAPrettyPrintedStreamNamesTheLineAndThePath() throws {
        let good = try String(contentsOfFile: Fixture.path("container-insights/awsdocs/awsdocs-cw-userguide-2019.task.json"), encoding: .utf8)
        let bad = good.replacingOccurrences(of: "\"MemoryUtilized\": 314", with: "\"MemoryUtilized\": \"314\"")
        #expect(bad != good)
        let text = good + "\n" + bad
        let path = Scratch.file("stream.json", text)
        // The line of the bad value, counted in the text itself.
        let line = text.components(separatedBy: "\n").firstIndex { $0.contains("\"MemoryUtilized\": \"314\"") }! + 1
        #expect(throws: MemBlameError.badInput("expected a number, found \"314\" at $[1].MemoryUtilized", at: SourceLocation(file: path, line: line))) {
            try ContainerInsightsFormat().read(InputFile(path: path), options: MetricImportOptions(), into: CollectingMetricSink())
        }
    }

    // MARK: - EKS

    @Test func eksPodEventGivesWorkingSetRSSAndUtilization() throws {
        let file = "container-insights-eks/awsdocs-cw-userguide-2022.pod.json"
        let sink = try collect(file)
        let event = try ExpectedPoints.json(file) as! [String: Any]
        let k8s = event["kubernetes"] as! [String: Any]
        let owner = (k8s["pod_owners"] as! [[String: String]])[0]["owner_name"]!
        let service = "\(k8s["namespace_name"]!)/\(owner)"
        let ts = Self.eksSeconds(event["Timestamp"]!)
        let dimensions = ["Type": "Pod", "pod": k8s["pod_name"] as! String]
        for (metric, unit) in [("pod_memory_working_set", MetricUnit.bytes), ("pod_memory_rss", .bytes), ("pod_memory_utilization", .percent)] {
            let key = SeriesKey(service: service, metric: metric, dimensions: dimensions)
            #expect(sink.points(of: key) == [Point(ts: ts, value: ExpectedPoints.double(event[metric]!))])
            #expect(sink.series.first { $0.key == key }?.unit == unit)
        }
        #expect(sink.series.count == 3)
        #expect(sink.warnings == ["\(Fixture.path(file)): warning: \(service): both the working set and RSS are imported; the working set counts active page cache, so a file-cache build-up can look like a leak: the analysis uses RSS"])
    }

    @Test func eksContainerEventIsKeyedByPodAndContainer() throws {
        let file = "container-insights-eks/awsdocs-cw-userguide-2022.container.json"
        let sink = try collect(file)
        let event = try ExpectedPoints.json(file) as! [String: Any]
        let k8s = event["kubernetes"] as! [String: Any]
        let dimensions = ["Type": "Container", "pod": k8s["pod_name"] as! String, "container": k8s["container_name"] as! String]
        #expect(Set(sink.series.map(\.key.metric)) == ["container_memory_working_set", "container_memory_rss", "container_memory_utilization"])
        let key = SeriesKey(service: "amazon-cloudwatch/cloudwatch-agent-statsd", metric: "container_memory_rss", dimensions: dimensions)
        #expect(sink.points(of: key) == [Point(ts: Self.eksSeconds(event["Timestamp"]!), value: ExpectedPoints.double(event["container_memory_rss"]!))])
    }

    @Test(arguments: ["container-insights-eks/awsdocs-cw-userguide-2022.node.json", "container-insights-eks/awsdocs-cw-userguide-2022.cluster.json"])
    func eksNodeAndClusterEventsAreSkipped(_ file: String) throws {
        let sink = try collect(file)
        let type = (try ExpectedPoints.json(file) as! [String: Any])["Type"] as! String
        #expect(sink.series.isEmpty)
        #expect(sink.warnings == ["\(Fixture.path(file)): warning: skipped 1 \(type) events (only Task, Pod and Container events carry a task's or pod's memory)"])
    }

    /// Pod events of two rollouts of one Deployment (ReplicaSet owners), a Job's pod and a node event: pretty-printed
    /// one after another, and the same events as `aws logs filter-log-events` JSON.
    @Test(arguments: ["container-insights-eks/pod-events.pretty-stream.json", "container-insights-eks/filter-log-events.pods.json"])
    func eksPodsOfOneDeploymentAreTasksOfOneService(_ file: String) throws {
        let sink = try collect(file)
        // Expected: every Pod event not owned by a Job, from the pretty stream (decoded object by object).
        let text = try String(contentsOfFile: Fixture.path("container-insights-eks/pod-events.pretty-stream.json"), encoding: .utf8)
        let objects = try JSONSerialization.jsonObject(with: Data(("[" + text.replacingOccurrences(of: "\n}\n{", with: "\n},\n{") + "]").utf8)) as! [[String: Any]]
        var expected: [SeriesKey: [Point]] = [:]
        var jobs = 0
        for event in objects where event["Type"] as? String == "Pod" {
            let k8s = event["kubernetes"] as! [String: Any]
            let owner = (k8s["pod_owners"] as! [[String: String]])[0]
            if owner["owner_kind"] == "Job" { jobs += 1; continue }
            for metric in ["pod_memory_working_set", "pod_memory_rss", "pod_memory_utilization"] {
                let key = SeriesKey(service: "prod/api", metric: metric, dimensions: ["Type": "Pod", "pod": k8s["pod_name"] as! String])
                expected[key, default: []].append(Point(ts: Self.eksSeconds(event["Timestamp"]!), value: ExpectedPoints.double(event[metric]!)))
            }
        }
        #expect(jobs == 5)
        #expect(Set(sink.series.map(\.key)) == Set(expected.keys))
        for (key, points) in expected { #expect(sink.points(of: key) == points) }
        #expect(sink.warnings.contains("\(Fixture.path(file)): warning: skipped 5 events of pods owned by a Job (a batch job, not a service: its memory says nothing about a deploy)"))
        #expect(sink.warnings.contains("\(Fixture.path(file)): warning: skipped 1 Node events (only Task, Pod and Container events carry a task's or pod's memory)"))
        // The detector's per-task path takes the pods' RSS (not the working set, not the node-relative percent).
        let stored = sink.series.enumerated().map { i, d in Series(id: Int64(i), descriptor: d, points: sink.points(of: d.key)) }
        let tasks = SeriesChooser.taskSeries(stored)
        #expect(tasks.count == 3)
        #expect(tasks.allSatisfy { $0.key.metric == "pod_memory_rss" })
    }

    @Test func workloadDropsThePodTemplateHash() {
        typealias Meta = ContainerInsightsFormat.KubernetesMeta
        #expect(ContainerInsightsFormat.workload(Meta(ownerKind: "ReplicaSet", ownerName: "api-7d4b9c6f5", podTemplateHash: "7d4b9c6f5"), podName: nil) == "api")
        #expect(ContainerInsightsFormat.workload(Meta(ownerKind: "ReplicaSet", ownerName: "web-frontend-5c8d7b9f4"), podName: nil) == "web-frontend")
        #expect(ContainerInsightsFormat.workload(Meta(ownerKind: "StatefulSet", ownerName: "kafka"), podName: nil) == "kafka")
        #expect(ContainerInsightsFormat.workload(Meta(), podName: "cloudwatch-agent-statsd") == "cloudwatch-agent-statsd")
    }

    /// A service-level working set and RSS (Prometheus or Datadog): the RSS is chosen, and the reason says why.
    @Test func rssIsChosenOverTheWorkingSet() {
        let points = (0..<10).map { Point(ts: 1_795_507_200 + Int64($0) * 60, value: 1e8 + Double($0)) }
        let ws = Series(id: 1, descriptor: SeriesDescriptor(key: SeriesKey(service: "prod/api", metric: "container_memory_working_set_bytes"), unit: .bytes), points: points + points.map { Point(ts: $0.ts + 600, value: $0.value) })
        let rss = Series(id: 2, descriptor: SeriesDescriptor(key: SeriesKey(service: "prod/api", metric: "container_memory_rss"), unit: .bytes), points: points)
        let chosen = SeriesChooser.choose([ws, rss])
        #expect(chosen?.series.id == 2)
        #expect(chosen?.reason == "chosen from 2 series: container_memory_rss is used, not container_memory_working_set_bytes: the working set counts active page cache, so a file-cache build-up would look like a leak")
        // Without RSS, the working set is analysed as before.
        #expect(SeriesChooser.choose([ws])?.series.id == 1)
    }

    // MARK: - Datadog v2 and Prometheus result arrays

    @Test func datadogV2RecordingsImportAsColumns() throws {
        for (file, points) in [("datadog/ddapi-python-cassette.v2-timeseries-metrics-usage.body.json", 3), ("datadog/ddapi-python-cassette.v2-timeseries-audit-150pts.body.json", 150)] {
            #expect(try MetricFormats.detect(Fixture.input(file)).name == "datadog")
            let sink = try collect(file, options: MetricImportOptions(service: "prod/api", metric: "mem"))
            let attributes = ((try ExpectedPoints.json(file) as! [String: Any])["data"] as! [String: Any])["attributes"] as! [String: Any]
            let times = (attributes["times"] as! [Any]).map { ExpectedPoints.seconds($0, milliseconds: true) }
            let values = (attributes["values"] as! [[Any]])[0].map(ExpectedPoints.double)
            #expect(sink.series.map(\.key) == [SeriesKey(service: "prod/api", metric: "mem")])
            #expect(sink.points(of: sink.series[0].key) == zip(times, values).map { Point(ts: $0, value: $1) })
            #expect(sink.points[0].count == points)
            #expect(sink.warnings.isEmpty)
        }
    }

    @Test func datadogV2WithoutMetricNamesTheQueryAndTagsGiveTheService() throws {
        let body = #"{"data":{"id":"0","type":"timeseries_response","attributes":{"series":[{"group_tags":["kube_namespace:prod","kube_container_name:api","pod_name:api-1"],"query_index":0,"unit":[{"family":"bytes","name":"byte","plural":"bytes","scale_factor":1.0,"short_name":"B"},null]}],"times":[1795507200000,1795507260000,1795507320000],"values":[[1.5e8,null,1.6e8]]}}}"#
        let input = InputFile(name: "v2.json", contents: Data(body.utf8))
        let sink = CollectingMetricSink()
        try DatadogQueryFormat().read(input, options: MetricImportOptions(), into: sink)
        let key = SeriesKey(service: "prod/api", metric: "query0", dimensions: ["pod_name": "api-1"])
        #expect(sink.series.map(\.key) == [key])
        #expect(sink.series[0].unit == .bytes)
        #expect(sink.points(of: key) == [Point(ts: 1_795_507_200, value: 1.5e8), Point(ts: 1_795_507_320, value: 1.6e8)])
        #expect(sink.warnings == ["v2.json:$.data.attributes.series: warning: a v2 timeseries response does not name its metric: the series are called query0 (name it with --metric)",
                                  "v2.json:$.data.attributes.values: warning: 1 null values skipped (gaps in Datadog's rollup)"])
    }

    @Test func datadogV2EmptyRecordingWarns() throws {
        let file = "datadog/ddapi-python-cassette.v2-timeseries-container-empty.body.json"
        let sink = try collect(file, options: MetricImportOptions(service: "prod/api"))
        #expect(sink.series.isEmpty)
        #expect(sink.warnings == ["\(Fixture.path(file)):$.data.attributes.series: warning: the query returned no series (empty result)"])
    }

    @Test func prometheusResultArrayWithoutEnvelopeImports() throws {
        let file = "prometheus/prometheus-api-client-python.up-result-array-20190728.json"
        #expect(try MetricFormats.detect(Fixture.input(file)).name == "prometheus")
        let sink = try collect(file, options: MetricImportOptions(service: "ops/up"))
        let result = try ExpectedPoints.json(file) as! [[String: Any]]
        #expect(sink.series.count == result.count)
        for series in result {
            var labels = series["metric"] as! [String: String]
            let metric = labels.removeValue(forKey: "__name__")!
            let points = (series["values"] as! [[Any]]).map { Point(ts: ExpectedPoints.seconds($0[0]), value: Double($0[1] as! String)!) }
            #expect(sink.points(of: SeriesKey(service: "ops/up", metric: metric, dimensions: labels)) == points.sorted { $0.ts < $1.ts })
        }
    }

    // MARK: - Near misses

    @Test(arguments: [
        (#"{"status":"success","data":{"result":[]}}"#, #"found a JSON object with members "status", "data"; a Prometheus response was expected to hold data.resultType (matrix or vector) and data.result"#),
        (#"[{"metric":{"__name__":"up"}}]"#, #"found a JSON array of objects with members "metric"; a Prometheus series was expected to hold "values" (query_range) or "value" (query)"#),
        (#"{"events":[{"timestamp":1,"message":"hello"}]}"#, #"found a JSON object with members "events"; aws logs get-log-events/filter-log-events output was expected to hold Container Insights performance events (with "Type") in events[].message"#),
        (#"{"kind":"ReplicaSetList","items":[]}"#, #"found a JSON object with members "kind", "items"; this looks like a deploy history: import it with memblame import deploys"#),
        (#"{"a":1,"b":[2]}"#, #"found a JSON object with members "a", "b""#),
    ])
    func nearMissesSayWhatTheFileLooksLike(_ text: String, _ clause: String) throws {
        let path = Scratch.file("near.json", text)
        #expect(throws: MemBlameError.badInput("not a memory-series format memblame knows (\(MetricFormats.all.map(\.name).joined(separator: ", "))): \(clause); name one with --format",
                                               at: SourceLocation(file: path))) {
            _ = try MetricFormats.detect(InputFile(path: path))
        }
    }
}
