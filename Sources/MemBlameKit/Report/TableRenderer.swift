/// Renders a `TextTable` as an aligned terminal table, a JSON array of objects, CSV or Markdown.
public enum TableRenderer {
    public static func render(_ table: TextTable, as format: OutputFormat) -> String {
        switch format {
        case .table: return plain(table)
        case .json: return json(table)
        case .csv: return csv(table)
        case .markdown: return markdown(table)
        }
    }

    /// Space-aligned columns with a header rule, as `ps` or `kubectl get` print them.
    public static func plain(_ table: TextTable) -> String {
        let widths = table.columns.indices.map { i in
            max(table.columns[i].title.count, table.rows.map { $0[i].display.count }.max() ?? 0)
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in
                let pad = String(repeating: " ", count: max(0, widths[i] - cell.count))
                return table.columns[i].alignRight ? pad + cell : (i == cells.count - 1 ? cell : cell + pad)
            }.joined(separator: "  ")
        }
        var out = [line(table.columns.map(\.title)), line(widths.map { String(repeating: "-", count: $0) })]
        out += table.rows.map { line($0.map(\.display)) }
        return out.joined(separator: "\n") + "\n"
    }

    public static func json(_ table: TextTable) -> String {
        if table.rows.isEmpty { return "[]\n" }
        let objects = table.rows.map { row in
            "  {" + zip(table.columns, row).map { "\(CanonicalJSON.string($0.key)): \($1.json)" }.joined(separator: ", ") + "}"
        }
        return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    public static func csv(_ table: TextTable) -> String {
        func escape(_ s: String) -> String {
            s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
        }
        var lines = [table.columns.map { escape($0.key) }.joined(separator: ",")]
        lines += table.rows.map { $0.map { escape($0.machine) }.joined(separator: ",") }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func markdown(_ table: TextTable) -> String {
        func escape(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|") }
        var lines = ["| " + table.columns.map { escape($0.title) }.joined(separator: " | ") + " |",
                     "|" + table.columns.map { $0.alignRight ? "---:|" : "---|" }.joined()]
        lines += table.rows.map { "| " + $0.map { escape($0.display) }.joined(separator: " | ") + " |" }
        return lines.joined(separator: "\n") + "\n"
    }
}
