/// Renders heap diffs and summaries as `TextTable`s (table, JSON, CSV, Markdown through `TableRenderer`),
/// with retainer paths for the top groups.
public enum HeapReport {
    /// The class rows; `paths[i]` (if any) goes into a `retainer_path` column, shown in JSON and CSV only,
    /// because a terminal table that wide is unreadable (`render` prints paths under the table instead).
    public static func table(_ rows: [HeapClassRow], paths: [RetainerPath?] = [], withPaths: Bool = false,
                             locations: [HeapSourcePosition?] = []) -> TextTable {
        var columns: [TextTable.Column] = [
            .init("Class", key: "name"), .init("Type", key: "type"), .init("Count", key: "count", alignRight: true),
            .init("Self size", key: "self_size", alignRight: true), .init("Retained size", key: "retained_size", alignRight: true),
            .init("Distance", key: "distance", alignRight: true),
        ]
        if withPaths {
            columns.append(.init("Location", key: "location"))
            columns.append(.init("Retainer path", key: "retainer_path"))
            columns.append(.init("Path locations", key: "path_locations"))
        }
        return TextTable(columns: columns, rows: rows.enumerated().map { i, row in
            var cells: [TextTable.Cell] = [.text(row.name), .text(row.type), .integer(Int64(row.count)), .integer(row.selfSize),
                                           .integer(row.retainedSize), .integer(row.distance == Int32.max ? nil : Int64(row.distance))]
            if withPaths {
                cells.append(.text(i < locations.count ? locations[i]?.description : nil))
                let path = i < paths.count ? paths[i] : nil
                cells.append(.text(path?.description))
                cells.append(.text(path.map { p in p.locatedSteps.map { "\($0.label) at \($0.location!)" }.joined(separator: "; ") }))
            }
            return cells
        })
    }

    /// Where each row is defined: the representative instance's constructor (objects) or function (closures).
    public static func locations(_ rows: [HeapClassRow], in snapshot: HeapSnapshot) -> [HeapSourcePosition?] {
        rows.map { snapshot.sourcePosition(of: $0.representative) }
    }

    /// The lines saying where the top groups and the hops of their retainer paths are defined, or that the snapshot
    /// records no source locations at all.
    static func locationLines(_ rows: [HeapClassRow], paths: [RetainerPath?], snapshot: HeapSnapshot, markdown: Bool) -> [String] {
        guard !snapshot.locations.isEmpty else {
            return ["No source locations: \(snapshot.file) records none (no \"locations\" table; Node 12+ and Chrome write one), so no file:line:column can be given."]
        }
        var lines: [String] = []
        let located = rows.compactMap { row -> (String, String)? in
            guard let where_ = snapshot.sourcePosition(of: row.representative) else { return nil }
            let function = snapshot.functionName(of: row.representative).map { " " + $0 } ?? ""
            return (row.name, "\(where_)\(function.isEmpty ? "" : " (" + function.dropFirst() + ", one instance)")")
        }
        if !located.isEmpty {
            lines.append("Where the groups are defined (constructor or function, file:line:column):")
            let width = located.map(\.0.count).max() ?? 0
            for (name, place) in located {
                lines.append(markdown ? "- `\(name)`: \(place)" : "  " + name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + place)
            }
        } else {
            lines.append("None of these groups has a source location (built-in constructors and V8 internals have none).")
        }
        return lines
    }

    /// The report of `memblame heap diff`: the top `top` groups and retainer paths for the first `paths` of them.
    public static func render(_ diff: HeapDiff, top: Int, paths: Int, as format: OutputFormat) -> String {
        let rows = Array(diff.rows.prefix(max(0, top)))
        let traced = rows.prefix(max(0, paths)).map { diff.retainerPath(for: $0) }
        switch format {
        case .json, .csv:
            return TableRenderer.render(table(rows, paths: traced, withPaths: true, locations: locations(rows, in: diff.final)), as: format)
        case .table, .markdown:
            let markdown = format == .markdown
            var out = ""
            let header = "Objects allocated between the snapshots (ids @\(diff.lowerId + 1)...@\(diff.upperId)) still alive in \(diff.final.file): "
                + "\(diff.survivorCount) objects, \(bytes(diff.survivorSelfSize)) self, \(bytes(diff.survivorRetainedSize)) retained"
            out += header + "\n\n"
            out += TableRenderer.render(table(rows), as: format)
            if !rows.isEmpty {
                out += "\n" + locationLines(rows, paths: traced, snapshot: diff.final, markdown: markdown).joined(separator: "\n") + "\n"
            }
            let lines = zip(rows, traced).compactMap { row, path in path.map { (row.name, $0) } }
            if !lines.isEmpty {
                out += markdown ? "\nRetainer paths (shortest, from the GC roots to one instance):\n\n" : "\nRetainer paths (shortest, from the GC roots to one instance):\n"
                for (name, path) in lines {
                    out += markdown ? "- `\(name)`: \(path.description.replacingOccurrences(of: "|", with: "\\|"))\n" : "  \(name): \(path.description)\n"
                    let located = path.locatedSteps
                    let width = located.map(\.label.count).max() ?? 0
                    for step in located {
                        out += markdown ? "  - `\(step.label)` at \(step.location!)\n"
                            : "      " + step.label.padding(toLength: width, withPad: " ", startingAt: 0) + "  \(step.location!)\n"
                    }
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

    /// The commands to run next when memory grew between two deploys: when to take three snapshots of a service
    /// running the first leaking build (`heap plan`), then the diff that names the changes explaining them
    /// (`heap diff --repo`). `lastHealthy` and `firstLeaking` are commit SHAs.
    /// - Parameter database: the database the commands must read (`--db`), when it is not the default one.
    public static func suggestedCommand(lastHealthy: String, firstLeaking: String, service: String, database: String? = nil) -> String {
        let good = String(lastHealthy.prefix(12)), bad = String(firstLeaking.prefix(12))
        func shellWord(_ w: String) -> String { w.allSatisfy { $0.isLetter || $0.isNumber || "-_./:".contains($0) } ? w : "'\(w)'" }
        let quoted = shellWord(service)
        let memblame = database.map { "memblame --db \(shellWord($0))" } ?? "memblame"
        return """
        Memory grows from \(bad) on (last healthy: \(good)). To see which objects leak, run \(bad) under load and take \
        three heap snapshots of one process (node --heapsnapshot-signal=SIGUSR2, then kill -USR2 <pid>, or \
        v8.writeHeapSnapshot()); the plan says when, from the measured leak rate, noise and headroom, and the diff with \
        --repo ranks the PRs, files and lines that explain the leaking objects:
          \(memblame) heap plan --service \(quoted)
          \(memblame) heap diff s1.heapsnapshot s2.heapsnapshot s3.heapsnapshot --repo <clone> --service \(quoted)
        """
    }
}

import Foundation
