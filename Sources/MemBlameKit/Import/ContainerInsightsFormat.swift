import Foundation

/// Container Insights performance log events, ECS and EKS/Kubernetes: JSON lines as stored in the log group,
/// the same events laid out any other way (pretty-printed objects one after another, as AWS documents them, or a
/// top-level array of events), or the `aws logs get-log-events` / `filter-log-events` JSON whose
/// `events[].message` holds one event as a string.
///
/// ECS `Task` and `Container` events give two series each: `MemoryUtilized` in Megabytes and the derived
/// `MemoryUtilization` in Percent (`MemoryUtilized / MemoryReserved * 100`, when a reservation exists).
/// The service is `ClusterName/ServiceName` (or `ClusterName/TaskDefinitionFamily`, or `--service`);
/// tasks are replaced at every deploy, so `Type`, `TaskId` and `ContainerName` are dimensions.
///
/// EKS `Pod` and `Container` events (they carry a `kubernetes` object) give `pod_memory_working_set` and
/// `pod_memory_rss` in Bytes and `pod_memory_utilization` in Percent (of the node's memory), or the
/// `container_memory_*` twins. The service is `namespace/workload`: the owning Deployment (a ReplicaSet owner
/// loses its pod-template hash), StatefulSet or DaemonSet, else the event's `PodName`; the pod is the `pod`
/// dimension, so the detector treats each pod as it treats an ECS task. Pods owned by a Job or CronJob are not
/// a service's and are skipped with a warning. `Timestamp` is epoch milliseconds (a string in EKS events).
/// `Service`, `Cluster`, `Node` and other event types are skipped.
public struct ContainerInsightsFormat: MetricFormat {
    public init() {}
    public var name: String { "container-insights" }
    public var summary: String { "ECS or EKS Container Insights performance events (JSON lines or any JSON layout, or aws logs get-log-events/filter-log-events JSON)" }

    public func matches(head: String, fileName: String) -> Bool {
        let trimmed = head.drop(while: { $0 == "\u{FEFF}" || $0.isWhitespace })
        if trimmed.hasPrefix("{\"Version\"") { return true }
        if trimmed.hasPrefix("{") || trimmed.hasPrefix("["), head.contains("\"Type\""),
           head.contains("\"MemoryUtilized\"") || head.contains("_memory_working_set\"") || head.contains("\"kubernetes\"")
            || head.contains("ContainerInsights\"") { return true }
        return head.contains("\"events\"") && head.contains("\"message\"") && head.contains("\\\"Type\\\"")
    }

    /// Series handles by (service, type, task, container), created on first use, and what was skipped.
    final class Handles {
        var byKey: [SeriesKey: Int] = [:]
        var skippedTypes: [String: Int] = [:]
        /// Pods skipped because a Job or CronJob owns them, by owner kind.
        var skippedOwners: [String: Int] = [:]
        /// EKS Pod/Container events without any memory member.
        var withoutMemory = 0
        /// Services with a working-set series, and with an RSS series (for the page-cache note).
        var workingSet: Set<String> = []
        var rss: Set<String> = []
    }

    /// How the events are laid out in the file.
    enum Layout { case jsonLines, envelope, array, stream }

    public func read(_ input: InputFile, options: MetricImportOptions, into sink: MetricSink) throws {
        let handles = Handles()
        let layout: Layout = try JSONScanner.scan(input) { s in
            let c = s.peek()
            if c == 0x5B { return .array }
            guard c == 0x7B else {
                throw s.fail("a JSON object (one performance event), an array of them, or aws logs get-log-events JSON", "$")
            }
            let start = s.pos
            // The first object tells the layout: an envelope with `events`, one event on one line (JSON lines),
            // or an event spread over lines (pretty-printed events one after another).
            s.countsLines = true
            let members = try s.memberOffsets("$")
            if members["events"] != nil, members["Type"] == nil { return .envelope }
            var i = start
            while i < s.pos, s.b[i] != 0x0A { i += 1 }
            return i < s.pos ? .stream : .jsonLines
        }
        switch layout {
        case .envelope:
            try readEnvelope(input, options: options, handles: handles, into: sink)
        case .array, .stream:
            try readStream(input, array: layout == .array, options: options, handles: handles, into: sink)
        case .jsonLines:
            var events = 0
            try LineReader(input).forEachLine { lineNumber, line in
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return true }
                let s = JSONScanner(line.baseAddress!, count: line.count, input: input, line: lineNumber)
                try readEvent(s, path: "$", at: input.at(line: lineNumber), options: options, handles: handles, into: sink)
                try s.finish()
                events += 1
                return true
            }
            if events == 0 { throw MemBlameError.badInput("the file is empty; expected Container Insights events, one JSON object a line", at: SourceLocation(file: input.displayName)) }
        }
        let file = SourceLocation(file: input.displayName)
        for (type, count) in handles.skippedTypes.sorted(by: { $0.key < $1.key }) {
            sink.warn("skipped \(count) \(type) events (only Task, Pod and Container events carry a task's or pod's memory)", at: file)
        }
        for (kind, count) in handles.skippedOwners.sorted(by: { $0.key < $1.key }) {
            sink.warn("skipped \(count) events of pods owned by a \(kind) (a batch job, not a service: its memory says nothing about a deploy)", at: file)
        }
        if handles.withoutMemory > 0 {
            sink.warn("skipped \(handles.withoutMemory) Pod or Container events without a memory value (pending or finished pods)", at: file)
        }
        for service in handles.workingSet.intersection(handles.rss).sorted() {
            sink.warn("\(service): both the working set and RSS are imported; the working set counts active page cache, so a file-cache build-up can look like a leak: the analysis uses RSS",
                      at: file)
        }
    }

    /// Events one after another (white space between and inside them), or a top-level array of events.
    private func readStream(_ input: InputFile, array: Bool, options: MetricImportOptions, handles: Handles, into sink: MetricSink) throws {
        try JSONScanner.scan(input) { s in
            var index = 0
            if array {
                try s.beginArray("$")
                var first = true
                while try s.nextElement(&first, "$") {
                    let path = "$[\(index)]"
                    try readEvent(s, path: path, at: input.at(path: path), options: options, handles: handles, into: sink)
                    index += 1
                }
                try s.finish()
                if index == 0 { throw MemBlameError.badInput("the array holds no events; expected Container Insights performance events", at: input.at(path: "$")) }
            } else {
                // Errors name the line of the failing byte and the object's place in the stream (`$[3].Timestamp`).
                s.countsLines = true
                while s.peek() != 0 {
                    guard s.peek() == 0x7B else { throw s.fail("a JSON object (the next performance event)", "$[\(index)]") }
                    let path = "$[\(index)]"
                    try readEvent(s, path: path, at: input.at(path: path), options: options, handles: handles, into: sink)
                    index += 1
                }
            }
        }
    }

    private func readEnvelope(_ input: InputFile, options: MetricImportOptions, handles: Handles, into sink: MetricSink) throws {
        try JSONScanner.scan(input) { s in
            let root = try s.memberOffsets("$")
            try s.finish()
            guard let eventsAt = root["events"] else { throw MemBlameError.badInput("expected a member \"events\"", at: input.at(path: "$")) }
            s.pos = eventsAt
            try s.beginArray("$.events")
            var first = true
            var index = 0
            while try s.nextElement(&first, "$.events") {
                let path = "$.events[\(index)]"
                let members = try s.memberOffsets(path)
                let after = s.pos
                guard let messageAt = members["message"] else { throw MemBlameError.badInput("expected a member \"message\"", at: input.at(path: path)) }
                s.pos = messageAt
                let message = try s.string("\(path).message")
                var bytes = Array(message.utf8)
                try bytes.withUnsafeMutableBufferPointer { buffer in
                    guard let base = buffer.baseAddress, !buffer.isEmpty else { throw MemBlameError.badInput("expected a performance event in the message, found an empty string", at: input.at(path: "\(path).message")) }
                    // Paths inside the message read `$.events[3].message→$.MemoryUtilized`.
                    let inner = JSONScanner(base, count: buffer.count, input: input)
                    try readEvent(inner, path: "\(path).message→$", at: input.at(path: "\(path).message"), options: options, handles: handles, into: sink)
                    try inner.finish("\(path).message→$")
                }
                s.pos = after
                index += 1
            }
        }
    }

    /// The Kubernetes metadata of an EKS event (its `kubernetes` member).
    struct KubernetesMeta {
        var podName: String?
        var namespace: String?
        var containerName: String?
        var ownerKind: String?
        var ownerName: String?
        var podTemplateHash: String?
    }

    /// The EKS memory members read, by event type: (member, unit).
    static let eksMemory: [String: [(String, MetricUnit)]] = [
        "Pod": [("pod_memory_working_set", .bytes), ("pod_memory_rss", .bytes), ("pod_memory_utilization", .percent)],
        "Container": [("container_memory_working_set", .bytes), ("container_memory_rss", .bytes), ("container_memory_utilization", .percent)],
    ]

    /// Reads one event object.
    private func readEvent(_ s: JSONScanner, path: String, at location: SourceLocation, options: MetricImportOptions,
                           handles: Handles, into sink: MetricSink) throws {
        try s.beginObject(path)
        var first = true
        var fields: [String: String] = [:]
        var numbers: [String: (Double, String)] = [:]
        var timestamp: Int64?
        var kubernetes: KubernetesMeta?
        while let key = try s.nextKey(&first, path) {
            switch key {
            case "Type", "TaskId", "ContainerName", "ServiceName", "ClusterName", "TaskDefinitionFamily", "Namespace", "PodName":
                fields[key] = try s.string("\(path).\(key)")
            case "Timestamp":
                timestamp = try s.timestamp("\(path).Timestamp", epoch: .milliseconds)
            case "MemoryUtilized", "MemoryReserved", "pod_memory_working_set", "pod_memory_rss", "pod_memory_utilization",
                 "container_memory_working_set", "container_memory_rss", "container_memory_utilization":
                if s.skipNull() { continue }
                numbers[key] = (try s.finiteNumber("\(path).\(key)"), "\(path).\(key)")
            case "kubernetes":
                kubernetes = try readKubernetes(s, path: "\(path).kubernetes")
            default:
                try s.skipValue("\(path).\(key)")
            }
        }
        guard let type = fields["Type"] else { throw s.error("expected a member \"Type\" (Task, Pod or Container)", path) }
        if let kubernetes {
            try emitKubernetes(type: type, kubernetes, fields: fields, numbers: numbers, timestamp: timestamp, s: s, path: path, at: location,
                               options: options, handles: handles, into: sink)
            return
        }
        guard type == "Task" || type == "Container" else {
            handles.skippedTypes[type, default: 0] += 1
            return
        }
        guard let ts = timestamp else { throw s.error("expected a member \"Timestamp\" (epoch milliseconds)", path) }
        guard let (utilized, utilizedPath) = numbers["MemoryUtilized"] else { throw s.error("expected a member \"MemoryUtilized\" (MB)", path) }
        let service: String
        if let cluster = fields["ClusterName"], let name = fields["ServiceName"] ?? fields["TaskDefinitionFamily"] {
            service = "\(cluster)/\(name)"
        } else if let given = options.service {
            service = given
        } else {
            throw s.error("the event names no ClusterName and ServiceName; pass --service", path)
        }
        var dimensions = ["Type": type]
        if let task = fields["TaskId"] { dimensions["TaskId"] = task }
        if type == "Container", let container = fields["ContainerName"] { dimensions["ContainerName"] = container }
        let emit = emitter(service: service, dimensions: dimensions, ts: ts, s: s, at: location, handles: handles, into: sink)
        try emit("MemoryUtilized", .megabytes, utilized, utilizedPath)
        if let (reserved, _) = numbers["MemoryReserved"], reserved > 0 {
            try emit("MemoryUtilization", .percent, utilized / reserved * 100, utilizedPath)
        }
    }

    /// A function that sends one point of (metric, unit) for the given service and dimensions.
    private func emitter(service: String, dimensions: [String: String], ts: Int64, s: JSONScanner, at location: SourceLocation,
                         handles: Handles, into sink: MetricSink) -> (String, MetricUnit, Double, String) throws -> Void {
        { metric, unit, value, valuePath in
            let key = SeriesKey(service: service, metric: metric, dimensions: dimensions)
            let handle: Int
            if let known = handles.byKey[key] {
                handle = known
            } else {
                handle = try sink.beginSeries(SeriesDescriptor(key: key, unit: unit), at: location)
                handles.byKey[key] = handle
            }
            let pointLocation = s.line != nil ? location : s.input.at(path: valuePath)
            try sink.point(handle, ts: ts, value: value, at: pointLocation)
        }
    }

    /// Reads the `kubernetes` object of an EKS event.
    private func readKubernetes(_ s: JSONScanner, path: String) throws -> KubernetesMeta {
        var meta = KubernetesMeta()
        try s.beginObject(path)
        var first = true
        while let key = try s.nextKey(&first, path) {
            switch key {
            case "pod_name": meta.podName = s.skipNull() ? nil : try s.string("\(path).pod_name")
            case "namespace_name": meta.namespace = s.skipNull() ? nil : try s.string("\(path).namespace_name")
            case "container_name": meta.containerName = s.skipNull() ? nil : try s.string("\(path).container_name")
            case "labels":
                if s.skipNull() { continue }
                try s.beginObject("\(path).labels")
                var firstLabel = true
                while let label = try s.nextKey(&firstLabel, "\(path).labels") {
                    if label == "pod-template-hash", !s.skipNull() {
                        meta.podTemplateHash = try s.string("\(path).labels.pod-template-hash")
                    } else {
                        try s.skipValue("\(path).labels.\(label)")
                    }
                }
            case "pod_owners":
                if s.skipNull() { continue }
                try s.beginArray("\(path).pod_owners")
                var firstOwner = true
                var index = 0
                while try s.nextElement(&firstOwner, "\(path).pod_owners") {
                    let ownerPath = "\(path).pod_owners[\(index)]"
                    let members = try s.memberOffsets(ownerPath)
                    let after = s.pos
                    if index == 0 {
                        meta.ownerKind = try s.optionalString("owner_kind", in: members, path: ownerPath)
                        meta.ownerName = try s.optionalString("owner_name", in: members, path: ownerPath)
                    }
                    s.pos = after
                    index += 1
                }
            default:
                try s.skipValue("\(path).\(key)")
            }
        }
        return meta
    }

    /// The workload a pod belongs to, from its owner: a ReplicaSet's name loses the pod-template hash
    /// (`api-7d4b9c6f5` → `api`, the Deployment) so every rollout's pods share one service.
    static func workload(_ meta: KubernetesMeta, podName: String?) -> String? {
        if let name = meta.ownerName, !name.isEmpty {
            if meta.ownerKind == "ReplicaSet" {
                if let hash = meta.podTemplateHash, name.hasSuffix("-\(hash)") { return String(name.dropLast(hash.count + 1)) }
                if let dash = name.lastIndex(of: "-"), dash != name.startIndex { return String(name[..<dash]) }
            }
            return name
        }
        return podName
    }

    /// Sends the memory of one EKS Pod or Container event.
    private func emitKubernetes(type: String, _ meta: KubernetesMeta, fields: [String: String], numbers: [String: (Double, String)], timestamp: Int64?,
                                s: JSONScanner, path: String, at location: SourceLocation, options: MetricImportOptions,
                                handles: Handles, into sink: MetricSink) throws {
        guard let members = Self.eksMemory[type] else {
            handles.skippedTypes[type, default: 0] += 1
            return
        }
        if let kind = meta.ownerKind, kind == "Job" || kind == "CronJob" {
            handles.skippedOwners[kind, default: 0] += 1
            return
        }
        let values = members.compactMap { member, unit in numbers[member].map { (member, unit, $0.0, $0.1) } }
        guard !values.isEmpty else {
            handles.withoutMemory += 1
            return
        }
        guard let ts = timestamp else { throw s.error("expected a member \"Timestamp\" (epoch milliseconds)", path) }
        let service: String
        if let namespace = meta.namespace ?? fields["Namespace"], let workload = Self.workload(meta, podName: fields["PodName"]) {
            service = "\(namespace)/\(workload)"
        } else if let given = options.service {
            service = given
        } else {
            throw s.error("the event names no namespace and owner or PodName; pass --service", path)
        }
        var dimensions = ["Type": type]
        if let pod = meta.podName { dimensions["pod"] = pod }
        if type == "Container", let container = meta.containerName { dimensions["container"] = container }
        let emit = emitter(service: service, dimensions: dimensions, ts: ts, s: s, at: location, handles: handles, into: sink)
        for (member, unit, value, valuePath) in values {
            if member.hasSuffix("_working_set") { handles.workingSet.insert(service) }
            if member.hasSuffix("_rss") { handles.rss.insert(service) }
            try emit(member, unit, value, valuePath)
        }
    }
}
