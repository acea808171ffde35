/// Options the user gives to `import metrics` that importers need.
public struct MetricImportOptions: Sendable {
    /// The service the points belong to when the file does not say (`--service prod/api`).
    public var service: String?
    /// The metric name for formats that carry none (generic CSV); default `MemoryUtilization`.
    public var metric: String?
    /// The unit for formats that carry none (generic CSV); default `Percent`.
    public var unit: MetricUnit?
    /// The `get-metric-data` queries the user ran (`--queries FILE`), by `Id`: they give each result its
    /// metric, statistic, dimensions and period.
    public var queries: [String: MetricDataQuery]
    /// Called now and then with (file, bytes read, file size): the CLI draws progress from it.
    public var progress: (@Sendable (String, Int, Int) -> Void)?

    public init(service: String? = nil, metric: String? = nil, unit: MetricUnit? = nil,
                queries: [String: MetricDataQuery] = [:], progress: (@Sendable (String, Int, Int) -> Void)? = nil) {
        self.service = service
        self.metric = metric
        self.unit = unit
        self.queries = queries
        self.progress = progress
    }
}

/// One memory-series file format: how to recognise it and how to read it into a `MetricSink`.
public protocol MetricFormat: Sendable {
    /// The name used by `--format` and recorded in `imports.format` (`cloudwatch-get-metric-data`).
    var name: String { get }
    /// One line for the list of known formats.
    var summary: String { get }
    /// True when the first bytes (and the file name) look like this format.
    func matches(head: String, fileName: String) -> Bool
    /// Reads the whole input into `sink`.
    /// - Throws: `MemBlameError` with the file and line or JSON path of the first problem.
    func read(_ input: InputFile, options: MetricImportOptions, into sink: MetricSink) throws
}

/// All metric formats memblame knows, in detection order, and content-based detection.
public enum MetricFormats {
    /// Every known format; the most specific first so detection picks it.
    public static var all: [MetricFormat] {
        [CloudWatchMetricDataFormat(), CloudWatchMetricStatisticsFormat(), PrometheusQueryFormat(),
         DatadogQueryFormat(), ContainerInsightsFormat(), GenericMetricCSVFormat()]
    }

    /// The format named `name`.
    public static func named(_ name: String) throws -> MetricFormat {
        guard let format = all.first(where: { $0.name == name }) else {
            throw MemBlameError(.usage, "unknown metric format '\(name)'; known formats: \(all.map(\.name).joined(separator: ", "))")
        }
        return format
    }

    /// Picks the format by content.
    /// - Throws: bad input listing the known formats when none fits.
    public static func detect(_ input: InputFile) throws -> MetricFormat {
        let bytes = try input.head(8192)
        if bytes.isEmpty { throw MemBlameError.badInput("the file is empty; expected a memory-series export", at: SourceLocation(file: input.displayName)) }
        try BinaryInput.refuse(bytes, input: input)
        let head = String(decoding: bytes, as: UTF8.self)
        let fileName = input.displayName.split(separator: "/").last.map(String.init) ?? input.displayName
        if let format = all.first(where: { $0.matches(head: head, fileName: fileName) }) { return format }
        let nearMiss = NearMiss.describe(head: head, forDeploys: false).map { ": \($0)" } ?? ""
        throw MemBlameError.badInput("not a memory-series format memblame knows (\(all.map(\.name).joined(separator: ", ")))\(nearMiss); name one with --format",
                                     at: SourceLocation(file: input.displayName))
    }
}
