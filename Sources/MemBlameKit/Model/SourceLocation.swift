/// Where in an input a value came from: a file and either a line (text formats) or a JSON path.
///
/// Printed as `file:line` or `file:$.path`, the prefix of every located error message.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The file as the user named it (or a URL for fetched data).
    public var file: String
    /// 1-based line number for text formats.
    public var line: Int?
    /// JSON path such as `$.MetricDataResults[0].Values[17]`.
    public var jsonPath: String?

    public init(file: String, line: Int? = nil, jsonPath: String? = nil) {
        self.file = file
        self.line = line
        self.jsonPath = jsonPath
    }

    public var description: String {
        if let line { return "\(file):\(line)" }
        if let jsonPath { return "\(file):\(jsonPath)" }
        return file
    }
}
