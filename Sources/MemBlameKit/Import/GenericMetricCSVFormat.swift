import Foundation

/// Generic CSV: a timestamp column, then one or more value columns. Covers `timestamp,value` files and
/// the "wide" layout of the CloudWatch console's graph download (one column per series, named by its
/// legend label, an empty cell for a missing value).
///
/// The header row is optional (detected: its first field is not a timestamp). Timestamps are ISO 8601
/// (any offset, `T` or space) or epoch seconds/milliseconds; the separator is a comma or a semicolon
/// (then a decimal comma is accepted). A single value column named `value…` (or no header) is the metric
/// `--metric` (default `MemoryUtilization`); other columns are series named by their header, a trailing
/// statistic word split off (`api MemoryUtilization Maximum`). Unit: `--unit`, else a header hint
/// (`bytes`, `MB`), else `*Utilization` → Percent, else Percent. Service: `--service`. Streams line by line.
public struct GenericMetricCSVFormat: MetricFormat {
    public init() {}
    public var name: String { "csv" }
    public var summary: String { "generic CSV: timestamp then one or more value columns (header optional; ISO 8601 or epoch s/ms; comma or semicolon; the console's wide CSV)" }

    public func matches(head: String, fileName: String) -> Bool {
        guard let first = head.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).first(where: { !$0.isEmpty }) else { return false }
        let line = first.hasPrefix("\u{FEFF}") ? first.dropFirst() : first
        let separator: Character = line.contains(";") ? ";" : ","
        let fields = line.split(separator: separator, omittingEmptySubsequences: false)
        guard fields.count >= 2 else { return false }
        let header = fields[0].lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
        if ["timestamp", "time", "ts", "date", "datetime"].contains(where: { header.hasPrefix($0) }) { return true }
        return Timestamp.parse(String(fields[0])) != nil
    }

    /// One value column.
    struct Column {
        var descriptor: SeriesDescriptor
        var handle = -1
    }

    public func read(_ input: InputFile, options: MetricImportOptions, into sink: MetricSink) throws {
        guard let service = options.service else {
            throw MemBlameError(.usage, "a timestamp,value CSV does not name the service; pass --service CLUSTER/SERVICE", at: SourceLocation(file: input.displayName))
        }
        var separator: UInt8 = 0
        var columns: [Column] = []
        var sawData = false
        var ranges: [(Int, Int)] = []
        ranges.reserveCapacity(16)
        let size = input.contents?.count ?? ((try? FileManager.default.attributesOfItem(atPath: input.path!)[.size] as? Int) ?? 0)
        let progress = options.progress.map { report in { (done: Int) in report(input.displayName, done, size) } }
        try LineReader(input, progress: progress).forEachLine { lineNumber, line in
            if line.isEmpty || line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return true }
            if separator == 0 { separator = line.contains(0x3B) ? 0x3B : 0x2C }
            let base = line.baseAddress!
            var quotedFields: [[UInt8]]? = nil
            if line.contains(0x22) {
                // Quoted fields: the slow, allocating splitter, then the same range logic over copies.
                guard let fields = CSVLine.split(line, separator: separator) else {
                    throw MemBlameError.badInput("unclosed quote", at: input.at(line: lineNumber))
                }
                quotedFields = fields.map { Array($0.utf8) }
            } else {
                ranges.removeAll(keepingCapacity: true)
                var start = 0
                for i in 0..<line.count where base[i] == separator {
                    ranges.append((start, i))
                    start = i + 1
                }
                ranges.append((start, line.count))
            }
            let fieldCount = quotedFields?.count ?? ranges.count
            func field<T>(_ k: Int, _ body: (UnsafePointer<UInt8>, Int, Int) throws -> T) rethrows -> T {
                if let quotedFields {
                    return try quotedFields[k].withUnsafeBufferPointer { try body($0.baseAddress ?? base, 0, $0.count) }
                }
                return try body(base, ranges[k].0, ranges[k].1)
            }
            func text(_ k: Int) -> String {
                field(k) { p, lo, hi in String(decoding: UnsafeBufferPointer(start: p + lo, count: hi - lo), as: UTF8.self) }
            }

            if columns.isEmpty {
                let isHeader = field(0) { p, lo, hi in Timestamp.parse(UnsafeBufferPointer(start: p + lo, count: hi - lo)) } == nil
                guard fieldCount >= 2 else {
                    throw MemBlameError.badInput("expected a timestamp column and at least one value column, found \(fieldCount) column", at: input.at(line: lineNumber))
                }
                let names: [String?] = (1..<fieldCount).map { isHeader ? text($0).trimmingCharacters(in: .whitespaces) : nil }
                columns = names.map { Column(descriptor: describe(column: $0, columns: fieldCount - 1, service: service, options: options)) }
                if isHeader { return true }
            }
            guard fieldCount == columns.count + 1 else {
                let shape = columns.count == 1 ? "2 fields (timestamp,value)" : "\(columns.count + 1) fields like the header"
                throw MemBlameError.badInput("expected \(shape), found \(fieldCount)", at: input.at(line: lineNumber))
            }
            guard let ts = field(0, { p, lo, hi in Timestamp.parse(UnsafeBufferPointer(start: p + lo, count: hi - lo)) }) else {
                throw MemBlameError.badInput("expected an ISO 8601 timestamp or epoch seconds in column 1, found \"\(text(0).prefix(40))\"", at: input.at(line: lineNumber))
            }
            for k in 1..<fieldCount {
                let value: Double?? = field(k) { p, lo0, hi0 in
                    var lo = lo0, hi = hi0
                    while lo < hi, p[lo] == 0x20 || p[lo] == 0x09 { lo += 1 }
                    while hi > lo, p[hi - 1] == 0x20 || p[hi - 1] == 0x09 || p[hi - 1] == 0x0D { hi -= 1 }
                    if lo == hi { return .some(nil) }   // an empty cell: a missing value
                    if let v = FastNumber.parse(p, lo, hi) { return v }
                    if separator == 0x3B, let comma = (lo..<hi).first(where: { p[$0] == 0x2C }) {
                        // A decimal comma, as semicolon-separated exports from European locales write.
                        var copy = Array(UnsafeBufferPointer(start: p + lo, count: hi - lo))
                        copy[comma - lo] = 0x2E
                        return copy.withUnsafeBufferPointer { FastNumber.parse($0) }
                    }
                    return nil
                }
                guard let present = value else {
                    throw MemBlameError.badInput("expected a finite number in column \(k + 1), found \"\(text(k).trimmingCharacters(in: .whitespaces).prefix(40))\"", at: input.at(line: lineNumber))
                }
                guard let v = present else { continue }
                guard v.isFinite else {
                    throw MemBlameError.badInput("expected a finite number in column \(k + 1), found \"\(text(k).trimmingCharacters(in: .whitespaces).prefix(40))\"", at: input.at(line: lineNumber))
                }
                if columns[k - 1].handle < 0 {
                    columns[k - 1].handle = try sink.beginSeries(columns[k - 1].descriptor, at: input.at(line: lineNumber))
                }
                try sink.point(columns[k - 1].handle, ts: ts, value: v, at: input.at(line: lineNumber))
                sawData = true
            }
            return true
        }
        if !sawData {
            throw MemBlameError.badInput("no data rows; expected lines of timestamp,value", at: SourceLocation(file: input.displayName))
        }
    }

    /// The series of one value column (see the type's naming rule).
    func describe(column name: String?, columns: Int, service: String, options: MetricImportOptions) -> SeriesDescriptor {
        let lower = name?.lowercased() ?? ""
        let generic = name == nil || lower.isEmpty || lower.hasPrefix("value") || ["memory", "mem", "usage"].contains(lower)
        var metric = "MemoryUtilization"
        var stat = ""
        if let name, !generic { (metric, stat) = CloudWatchMetricDataFormat.splitLabel(name) }
        if let chosen = options.metric, columns == 1 || generic { metric = chosen }
        var hinted: MetricUnit?
        if lower.contains("bytes") { hinted = .bytes }
        else if lower.hasSuffix("mb") || lower.hasSuffix("mib") || lower.contains("(mb)") || lower.contains("_mb") || lower.contains("(mib)") { hinted = .megabytes }
        else if lower.contains("percent") || lower.contains("(%)") { hinted = .percent }
        let unit = options.unit ?? hinted ?? CloudWatchMetricDataFormat.impliedUnit(metric) ?? .percent
        return SeriesDescriptor(key: SeriesKey(service: service, metric: metric, stat: stat), unit: unit)
    }
}
