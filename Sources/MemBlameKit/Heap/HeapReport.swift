/// Renders heap diffs and summaries as `TextTable`s (table, JSON, CSV, Markdown through `TableRenderer`),
/// with retainer paths for the top groups.
public enum HeapReport {
    /// The class rows; `paths[i]` (if any) goes into a `retainer_path` column, shown in JSON and CSV only,
    /// because a terminal table that wide is unreadable (`render` prints paths under the table instead).
    public static func table(_ rows: [HeapClassRow], paths: [RetainerPath?] = [], withPaths: Bool = false) -> TextTable {
        var columns: [TextTable.Column] = [
            .init("Class", key: "name"), .init("Type", key: "type"), .init("Count", key: "count", alignRight: true),
            .init("Self size", key: "self_size", alignRight: true), .init("Retained size", key: "retained_size", alignRight: true),
            .init("Distance", key: "distance", alignRight: true),
        ]
        if withPaths { columns.append(.init("Retainer path", key: "retainer_path")) }
        return TextTable(columns: columns, rows: rows.enumerated().map { i, row in
            var cells: [TextTable.Cell] = [.text(row.name), .text(row.type), .integer(Int64(row.count)), .integer(row.selfSize),
                                           .integer(row.retainedSize), .integer(row.distance == Int32.max ? nil : Int64(row.distance))]
            if withPaths { cells.append(.text(i < paths.count ? paths[i]?.description : nil)) }
            return cells
        })
    }

    /// The report of `memblame heap diff`: the top `top` groups and retainer paths for the first `paths` of them.
    public static func render(_ diff: HeapDiff, top: Int, paths: Int, as format: OutputFormat) -> String {
        let rows = Array(diff.rows.prefix(max(0, top)))
        let traced = rows.prefix(max(0, paths)).map { diff.retainerPath(for: $0) }
        switch format {
        case .json, .csv:
            return TableRenderer.render(table(rows, paths: traced, withPaths: true), as: format)
        case .table, .markdown:
            var out = ""
            let header = "Objects allocated between the snapshots (ids @\(diff.lowerId + 1)...@\(diff.upperId)) still alive in \(diff.final.file): "
                + "\(diff.survivorCount) objects, \(bytes(diff.survivorSelfSize)) self, \(bytes(diff.survivorRetainedSize)) retained"
            out += format == .markdown ? header + "\n\n" : header + "\n\n"
            out += TableRenderer.render(table(rows), as: format)
            let lines = zip(rows, traced).compactMap { row, path in path.map { (row.name, $0.description) } }
            if !lines.isEmpty {
                out += format == .markdown ? "\nRetainer paths (shortest, from the GC roots to one instance):\n\n" : "\nRetainer paths (shortest, from the GC roots to one instance):\n"
                for (name, path) in lines {
                    out += format == .markdown ? "- `\(name)`: \(path.replacingOccurrences(of: "|", with: "\\|"))\n" : "  \(name): \(path)\n"
                }
            }
            if rows.count < diff.rows.count { out += "\n(\(diff.rows.count - rows.count) more groups; --top \(diff.rows.count) shows all)\n" }
            return out
        }
    }

    /// Bytes for people: `1.5 MB`, `640 kB`, `12 B` (decimal units, as DevTools).
    public static func bytes(_ value: Int64) -> String {
        let v = Double(value)
        if v >= 1e9 { return String(format: "%.1f GB", v / 1e9) }
        if v >= 1e6 { return String(format: "%.1f MB", v / 1e6) }
        if v >= 1e3 { return String(format: "%.0f kB", v / 1e3) }
        return "\(value) B"
    }

    /// The command to run next when memory grew between two deploys: take three snapshots of a service running
    /// the first leaking build and diff them. `lastHealthy` and `firstLeaking` are commit SHAs.
    public static func suggestedCommand(lastHealthy: String, firstLeaking: String) -> String {
        let good = String(lastHealthy.prefix(12)), bad = String(firstLeaking.prefix(12))
        return """
        Memory grows from \(bad) on (last healthy: \(good)). To see which objects leak, run \(bad) under load, \
        take three heap snapshots a few minutes apart (node --heapsnapshot-signal=SIGUSR2, then kill -USR2 <pid> three times, \
        or v8.writeHeapSnapshot()), and run:
          memblame heap diff s1.heapsnapshot s2.heapsnapshot s3.heapsnapshot --top 10
        """
    }
}

import Foundation
