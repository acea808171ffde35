import Foundation

/// Describes a JSON file that no format recognised: what it looks like (its top-level members, or those of
/// its first element) and, for shapes close to a known one, what was expected. Used by format detection so
/// "not a format memblame knows" says what the file is instead of nothing.
public enum NearMiss {
    /// A clause for the detection error (`found a JSON object with members "a", "b"; ...`), nil when the head is
    /// not JSON.
    public static func describe(head: String, forDeploys: Bool) -> String? {
        let trimmed = head.drop(while: { $0 == "\u{FEFF}" || $0.isWhitespace })
        guard let first = trimmed.first, first == "{" || first == "[" else { return nil }
        let keys = topLevelKeys(String(trimmed))
        var shape: String
        if first == "[" {
            shape = keys.isEmpty ? "found a JSON array" : "found a JSON array of objects with members \(list(keys))"
        } else {
            shape = keys.isEmpty ? "found a JSON object" : "found a JSON object with members \(list(keys))"
        }
        if let hint = hint(head: head, keys: Set(keys), forDeploys: forDeploys) { shape += "; \(hint)" }
        return shape
    }

    private static func list(_ keys: [String]) -> String {
        let shown = keys.prefix(8).map { "\"\(DatadogQueryFormat.oneLine($0, 40))\"" }.joined(separator: ", ")
        return keys.count > 8 ? shown + ", …" : shown
    }

    /// What a close shape was expected to hold.
    private static func hint(head: String, keys: Set<String>, forDeploys: Bool) -> String? {
        let deployMarkers = ["\"ReplicaSetList\"", "\"kind\": \"ReplicaSet\"", "\"kind\":\"ReplicaSet\"", "\"argoproj.io/", "\"deploymentInfo\"",
                             "\"deploymentsInfo\"", "\"serviceDeployments\"", "\"taskDefinition\"", "\"deployable\""]
        if !forDeploys, deployMarkers.contains(where: head.contains) {
            return "this looks like a deploy history: import it with memblame import deploys"
        }
        if forDeploys, head.contains("\"kind\": \"Pod\"") || head.contains("\"kind\":\"Pod\"") || head.contains("\"kind\": \"Deployment\"") {
            return "pods and Deployments do not hold the rollout history: export kubectl get replicasets -o json (one ReplicaSet per revision, with its creation time)"
        }
        if forDeploys, ["\"MetricDataResults\"", "\"Datapoints\"", "\"resultType\"", "\"pointlist\"", "\"timeseries_response\"", "\"MemoryUtilized\"", "_memory_working_set\""].contains(where: head.contains) {
            return "this looks like a memory series: import it with memblame import metrics"
        }
        if keys.contains("data"), head.contains("\"result\""), !head.contains("\"resultType\"") {
            return "a Prometheus response was expected to hold data.resultType (matrix or vector) and data.result"
        }
        if keys.contains("metric"), !head.contains("\"values\""), !head.contains("\"value\"") {
            return "a Prometheus series was expected to hold \"values\" (query_range) or \"value\" (query)"
        }
        if keys.contains("events"), head.contains("\"message\"") {
            return "aws logs get-log-events/filter-log-events output was expected to hold Container Insights performance events (with \"Type\") in events[].message"
        }
        if keys.contains("Type") || keys.contains("CloudWatchMetrics") {
            return "a Container Insights performance event was expected to hold \"Type\" with MemoryUtilized (ECS) or a \"kubernetes\" object (EKS)"
        }
        if keys.contains("data"), head.contains("\"attributes\"") {
            return "a Datadog v2 timeseries response was expected to hold data.attributes.times, values and series"
        }
        if keys.contains("series") {
            return "a Datadog v1 query response was expected to hold series[].pointlist"
        }
        return nil
    }

    /// The member names of the top-level object (or of the first element of a top-level array), as far as the
    /// head holds them; the head may end anywhere.
    static func topLevelKeys(_ text: String) -> [String] {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer -> [String] in
            guard let base = buffer.baseAddress, !buffer.isEmpty else { return [] }
            let s = JSONScanner(base, count: buffer.count, input: InputFile(name: "head", contents: Data()))
            var keys: [String] = []
            do {
                if s.peek() == 0x5B {
                    s.pos += 1
                    guard s.peek() == 0x7B else { return [] }
                }
                try s.beginObject("$")
                var first = true
                while let key = try s.nextKey(&first, "$") {
                    keys.append(key)
                    try s.skipValue("$")
                }
            } catch {}
            return keys
        }
    }
}
