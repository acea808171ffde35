import Foundation

/// Generic `timestamp,value` CSV: an optional header row, ISO 8601 or epoch seconds/milliseconds,
/// comma or semicolon separated. The service comes from `--service`; the unit from `--unit`
/// (default Percent) or a header such as `value_bytes`. Streams line by line.
public struct GenericMetricCSVFormat: MetricFormat {
    public init() {}
    public var name: String { "csv" }
    public var summary: String { "generic CSV: timestamp,value (header optional; ISO 8601 or epoch s/ms; comma or semicolon)" }

    public func matches(head: String, fileName: String) -> Bool {
        guard let first = head.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).first(where: { !$0.isEmpty }) else { return false }
        let line = first.hasPrefix("\u{FEFF}") ? first.dropFirst() : first
        let separator: Character = line.contains(";") && !line.contains(",") ? ";" : ","
        let fields = line.split(separator: separator, omittingEmptySubsequences: false)
        guard fields.count == 2 else { return false }
        let header = fields[0].lowercased()
        if ["timestamp", "time", "ts", "date", "datetime"].contains(header.trimmingCharacters(in: CharacterSet(charactersIn: "\" "))) { return true }
        return Timestamp.parse(String(fields[0])) != nil && Double(fields[1].trimmingCharacters(in: .whitespaces)) != nil
    }

    public func read(_ input: InputFile, options: MetricImportOptions, into sink: MetricSink) throws {
        guard let service = options.service else {
            throw MemBlameError(.usage, "a timestamp,value CSV does not name the service; pass --service CLUSTER/SERVICE", at: SourceLocation(file: input.displayName))
        }
        var separator: UInt8 = 0
        var handle = -1
        var sawData = false
        var unit = options.unit ?? .percent
        try LineReader(input).forEachLine { lineNumber, line in
            if line.isEmpty || line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return true }
            if separator == 0 {
                separator = line.contains(0x2C) ? 0x2C : (line.contains(0x3B) ? 0x3B : 0x2C)
            }
            guard let fields = CSVLine.split(line, separator: separator) else {
                throw MemBlameError.badInput("unclosed quote", at: input.at(line: lineNumber))
            }
            if handle < 0 {
                // The first non-empty line: a header when its first field is not a timestamp.
                let isHeader = Timestamp.parse(fields[0]) == nil
                if isHeader, options.unit == nil, fields.count > 1 {
                    let column = fields[1].lowercased()
                    if column.contains("bytes") { unit = .bytes } else if column.contains("mb") || column.contains("mib") { unit = .megabytes }
                }
                let key = SeriesKey(service: service, metric: options.metric ?? "MemoryUtilization")
                handle = try sink.beginSeries(SeriesDescriptor(key: key, unit: unit), at: input.at(line: lineNumber))
                if isHeader {
                    guard fields.count >= 2 else {
                        throw MemBlameError.badInput("expected a header of two columns (timestamp,value), found \(fields.count)", at: input.at(line: lineNumber))
                    }
                    return true
                }
            }
            guard fields.count == 2 else {
                throw MemBlameError.badInput("expected 2 fields (timestamp,value), found \(fields.count)", at: input.at(line: lineNumber))
            }
            guard let ts = Timestamp.parse(fields[0]) else {
                throw MemBlameError.badInput("expected an ISO 8601 timestamp or epoch seconds in column 1, found \"\(fields[0].prefix(40))\"", at: input.at(line: lineNumber))
            }
            let text = fields[1].trimmingCharacters(in: .whitespaces)
            guard let value = Double(text), value.isFinite else {
                throw MemBlameError.badInput("expected a finite number in column 2, found \"\(text.prefix(40))\"", at: input.at(line: lineNumber))
            }
            try sink.point(handle, ts: ts, value: value, at: input.at(line: lineNumber))
            sawData = true
            return true
        }
        if !sawData {
            throw MemBlameError.badInput("no data rows; expected lines of timestamp,value", at: SourceLocation(file: input.displayName))
        }
    }
}
