import Foundation
@testable import MemBlameKit

/// Reads expected values from fixture files independently of the importers (JSONSerialization,
/// ISO8601DateFormatter, plain string splitting), so tests compare the importer with the file itself.
enum ExpectedPoints {
    static func json(_ relative: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Fixture.path(relative))), options: [.fragmentsAllowed])
    }

    /// A JSON number's exact value: through its decimal text, because Foundation hands long decimals
    /// over as NSDecimalNumber whose `doubleValue` is off by a few ulps.
    static func double(_ value: Any) -> Double {
        Double("\(value)")!
    }

    /// Unix seconds of an epoch number (seconds or ms by `milliseconds`) or an ISO 8601 string.
    static func seconds(_ value: Any, milliseconds: Bool = false) -> Int64 {
        if let n = value as? NSNumber {
            let d = n.doubleValue
            return Int64((milliseconds ? d / 1000 : d).rounded(.down))
        }
        let text = value as! String
        if let d = Double(text) { return Int64(d.rounded(.down)) }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        if let date = formatter.date(from: text) { return Int64(date.timeIntervalSince1970) }
        let plain = ISO8601DateFormatter()
        plain.formatOptions = [.withFullDate, .withTime, .withColonSeparatorInTime, .withSpaceBetweenDateAndTime]
        plain.timeZone = TimeZone(identifier: "UTC")
        return Int64(plain.date(from: text)!.timeIntervalSince1970)
    }

    /// Per result `Id` (in order of first appearance, skipping empty results): the points of every page.
    static func metricData(_ files: [String]) throws -> [(id: String, label: String?, points: [Point])] {
        var order: [String] = []
        var labels: [String: String] = [:]
        var points: [String: [Point]] = [:]
        for file in files {
            let root = try json(file)
            let pages = root as? [Any] ?? [root]
            for case let page as [String: Any] in pages {
                for case let result as [String: Any] in page["MetricDataResults"] as! [Any] {
                    let id = result["Id"] as! String
                    let ts = result["Timestamps"] as! [Any]
                    let values = result["Values"] as! [Any]
                    if ts.isEmpty { continue }
                    if points[id] == nil { order.append(id); points[id] = [] }
                    labels[id] = result["Label"] as? String
                    points[id]! += zip(ts, values).map { Point(ts: seconds($0), value: double($1)) }
                }
            }
        }
        return order.map { ($0, labels[$0], points[$0]!.sorted { $0.ts < $1.ts }) }
    }

    /// Per statistic: the datapoints of a get-metric-statistics file.
    static func statistics(_ file: String) throws -> [String: [Point]] {
        let root = try json(file) as! [String: Any]
        var byStat: [String: [Point]] = [:]
        for case let datapoint as [String: Any] in root["Datapoints"] as! [Any] {
            let ts = seconds(datapoint["Timestamp"]!)
            for (key, value) in datapoint where key != "Timestamp" && key != "Unit" {
                byStat[key, default: []].append(Point(ts: ts, value: double(value)))
            }
        }
        return byStat.mapValues { $0.sorted { $0.ts < $1.ts } }
    }

    /// Per Prometheus series (by its labels): finite samples.
    static func prometheus(_ file: String) throws -> [[String: String]: [Point]] {
        let root = try json(file) as! [String: Any]
        let data = root["data"] as! [String: Any]
        var out: [[String: String]: [Point]] = [:]
        for case let series as [String: Any] in data["result"] as! [Any] {
            let labels = series["metric"] as! [String: String]
            let samples = (series["values"] as? [[Any]]) ?? [series["value"] as! [Any]]
            out[labels, default: []] += samples.compactMap { pair in
                let v = Double(pair[1] as! String)!
                return v.isFinite ? Point(ts: seconds(pair[0]), value: v) : nil
            }
        }
        return out.mapValues { $0.sorted { $0.ts < $1.ts } }
    }

    /// Container Insights Task/Container events, as dictionaries.
    static func performanceEvents(_ file: String) throws -> [[String: Any]] {
        let text = try String(contentsOfFile: Fixture.path(file), encoding: .utf8)
        if file.hasSuffix(".jsonl") {
            return try text.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        }
        let root = try json(file) as! [String: Any]
        return try (root["events"] as! [[String: Any]]).map {
            try JSONSerialization.jsonObject(with: Data(($0["message"] as! String).utf8)) as! [String: Any]
        }
    }
}
