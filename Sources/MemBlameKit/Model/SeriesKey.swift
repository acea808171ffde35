/// What identifies one memory series: the service it belongs to, the metric, the statistic and
/// any further dimensions (task id, pod, label).
public struct SeriesKey: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The service, as `cluster/service` for ECS (`prod/api`) or `namespace/container` for Kubernetes.
    public var service: String
    /// The metric name, e.g. `MemoryUtilization`.
    public var metric: String
    /// The statistic, e.g. `Average`, `Maximum`; empty when the source has none.
    public var stat: String
    /// Further identifying labels, sorted by key when stored.
    public var dimensions: [String: String]

    public init(service: String, metric: String, stat: String = "", dimensions: [String: String] = [:]) {
        self.service = service
        self.metric = metric
        self.stat = stat
        self.dimensions = dimensions
    }

    /// Dimensions as canonical JSON (keys sorted), the form stored in the database.
    public var dimensionsJSON: String { CanonicalJSON.object(dimensions) }

    public var description: String {
        var s = "\(service) \(metric)"
        if !stat.isEmpty { s += " \(stat)" }
        if !dimensions.isEmpty {
            s += " {" + dimensions.keys.sorted().map { "\($0)=\(dimensions[$0]!)" }.joined(separator: ",") + "}"
        }
        return s
    }
}

/// What a parser knows about a series before its points: identity, unit and sampling period.
public struct SeriesDescriptor: Hashable, Sendable {
    public var key: SeriesKey
    public var unit: MetricUnit
    /// Sampling period in seconds when the source states it (CloudWatch `Period`), else nil.
    public var periodSeconds: Int?

    public init(key: SeriesKey, unit: MetricUnit, periodSeconds: Int? = nil) {
        self.key = key
        self.unit = unit
        self.periodSeconds = periodSeconds
    }
}

/// Minimal canonical JSON writer for flat string maps (sorted keys, escaped strings).
public enum CanonicalJSON {
    /// `{"a":"1","b":"2"}` with keys sorted.
    public static func object(_ map: [String: String]) -> String {
        "{" + map.keys.sorted().map { "\(string($0)):\(string(map[$0]!))" }.joined(separator: ",") + "}"
    }

    /// A JSON string literal.
    public static func string(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    out += "\\u" + String(format: "%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

import Foundation
