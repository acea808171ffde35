import Foundation

/// ECS Container Insights performance log events: JSON lines as stored in the log group, or the
/// `aws logs get-log-events` / `filter-log-events` JSON whose `events[].message` holds one event.
///
/// `Task` and `Container` events give two series each: `MemoryUtilized` in Megabytes and the derived
/// `MemoryUtilization` in Percent (`MemoryUtilized / MemoryReserved * 100`, when a reservation exists).
/// The service is `ClusterName/ServiceName` (or `ClusterName/TaskDefinitionFamily`, or `--service`);
/// tasks are replaced at every deploy, so `Type`, `TaskId` and `ContainerName` are dimensions.
/// `Service`, `Cluster` and other event types are skipped. `Timestamp` is in milliseconds.
public struct ContainerInsightsFormat: MetricFormat {
    public init() {}
    public var name: String { "container-insights" }
    public var summary: String { "ECS Container Insights performance events (JSON lines, or aws logs get-log-events/filter-log-events JSON)" }

    public func matches(head: String, fileName: String) -> Bool {
        let trimmed = head.drop(while: { $0 == "\u{FEFF}" || $0.isWhitespace })
        if trimmed.hasPrefix("{\"Version\"") || (trimmed.hasPrefix("{") && head.contains("\"MemoryUtilized\"") && head.contains("\"Type\"")) { return true }
        return head.contains("\"events\"") && head.contains("\"message\"") && head.contains("\\\"Type\\\"")
    }

    /// Series handles by (service, type, task, container), created on first use.
    final class Handles {
        var byKey: [SeriesKey: Int] = [:]
        var skippedTypes: [String: Int] = [:]
    }

    public func read(_ input: InputFile, options: MetricImportOptions, into sink: MetricSink) throws {
        let head = try input.head(4096)
        let text = String(decoding: head, as: UTF8.self).drop(while: { $0 == "\u{FEFF}" || $0.isWhitespace })
        let handles = Handles()
        let isEnvelope = text.hasPrefix("{") && !text.hasPrefix("{\"Version\"") && text.prefix(200).contains("\"events\"")
        if isEnvelope {
            try readEnvelope(input, options: options, handles: handles, into: sink)
        } else {
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
        for (type, count) in handles.skippedTypes.sorted(by: { $0.key < $1.key }) {
            sink.warn("skipped \(count) \(type) events (only Task and Container events carry a task's memory)", at: SourceLocation(file: input.displayName))
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

    /// Reads one event object.
    private func readEvent(_ s: JSONScanner, path: String, at location: SourceLocation, options: MetricImportOptions,
                           handles: Handles, into sink: MetricSink) throws {
        try s.beginObject(path)
        var first = true
        var fields: [String: String] = [:]
        var numbers: [String: (Double, String)] = [:]
        var timestamp: Int64?
        while let key = try s.nextKey(&first, path) {
            switch key {
            case "Type", "TaskId", "ContainerName", "ServiceName", "ClusterName", "TaskDefinitionFamily":
                fields[key] = try s.string("\(path).\(key)")
            case "Timestamp":
                timestamp = try s.timestamp("\(path).Timestamp", epoch: .milliseconds)
            case "MemoryUtilized", "MemoryReserved":
                if s.skipNull() { continue }
                numbers[key] = (try s.finiteNumber("\(path).\(key)"), "\(path).\(key)")
            default:
                try s.skipValue("\(path).\(key)")
            }
        }
        guard let type = fields["Type"] else { throw s.error("expected a member \"Type\" (Task or Container)", path) }
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
        func emit(_ metric: String, _ unit: MetricUnit, _ value: Double, _ valuePath: String) throws {
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
        try emit("MemoryUtilized", .megabytes, utilized, utilizedPath)
        if let (reserved, _) = numbers["MemoryReserved"], reserved > 0 {
            try emit("MemoryUtilization", .percent, utilized / reserved * 100, utilizedPath)
        }
    }
}
