import Foundation

/// One entry of the `--metric-data-queries` JSON the user gave `aws cloudwatch get-metric-data`:
/// what the result with this `Id` measures. The output itself carries only `Id` and `Label`.
public struct MetricDataQuery: Sendable, Hashable {
    public var id: String
    public var label: String?
    public var namespace: String?
    public var metricName: String?
    /// Dimensions as given (`ClusterName`, `ServiceName`, ...).
    public var dimensions: [String: String]
    public var stat: String?
    public var period: Int?
    public var unit: MetricUnit?
    /// The math expression for expression queries.
    public var expression: String?

    public init(id: String, label: String? = nil, namespace: String? = nil, metricName: String? = nil, dimensions: [String: String] = [:],
                stat: String? = nil, period: Int? = nil, unit: MetricUnit? = nil, expression: String? = nil) {
        self.id = id
        self.label = label
        self.namespace = namespace
        self.metricName = metricName
        self.dimensions = dimensions
        self.stat = stat
        self.period = period
        self.unit = unit
        self.expression = expression
    }

    /// The service the dimensions name: `cluster/service` for an ECS `ClusterName`+`ServiceName` pair,
    /// `ServiceName` alone, else nil.
    public var service: String? {
        if let cluster = dimensions["ClusterName"], let name = dimensions["ServiceName"] { return "\(cluster)/\(name)" }
        return dimensions["ServiceName"]
    }

    /// The dimensions left after the service's own.
    public var otherDimensions: [String: String] {
        guard service != nil else { return dimensions }
        return dimensions.filter { $0.key != "ClusterName" && $0.key != "ServiceName" }
    }

    /// Reads a queries file: a JSON array of `MetricDataQuery` objects, or `{"MetricDataQueries": [...]}`
    /// (the `--cli-input-json` form).
    /// - Throws: bad input located by JSON path.
    public static func load(_ input: InputFile) throws -> [String: MetricDataQuery] {
        var root = try JSONCursor.parse(input)
        if root.value is [String: Any] { root = try root["MetricDataQueries"] }
        var byID: [String: MetricDataQuery] = [:]
        for entry in try root.array() {
            let id = try entry["Id"].string()
            var query = MetricDataQuery(id: id, label: try entry.optional("Label")?.string(), expression: try entry.optional("Expression")?.string())
            if let stat = try entry.optional("MetricStat") {
                let metric = try stat["Metric"]
                query.namespace = try metric.optional("Namespace")?.string()
                query.metricName = try metric.optional("MetricName")?.string()
                for dimension in try metric.optional("Dimensions")?.array() ?? [] {
                    query.dimensions[try dimension["Name"].string()] = try dimension["Value"].string()
                }
                query.stat = try stat.optional("Stat")?.string()
                query.period = try stat.optional("Period")?.int()
                if let text = try stat.optional("Unit")?.string() { query.unit = MetricUnit.parse(text) ?? MetricUnit(text) }
            }
            if let period = try entry.optional("Period")?.int() { query.period = period }
            guard byID[id] == nil else { throw MemBlameError.badInput("the query Id \"\(id)\" appears twice", at: entry.location) }
            byID[id] = query
        }
        return byID
    }
}
