/// The output formats every listing and report supports (`--format`).
public enum OutputFormat: String, CaseIterable, Sendable {
    case table, json, csv, markdown
}

/// A listing as plain data: column titles and rows of cells; rendered by `TableRenderer`.
public struct TextTable: Sendable {
    /// A column: its title, its JSON key, and whether numbers align right.
    public struct Column: Sendable {
        public var title: String
        public var key: String
        public var alignRight: Bool
        public init(_ title: String, key: String? = nil, alignRight: Bool = false) {
            self.title = title
            self.key = key ?? title.lowercased().replacingOccurrences(of: " ", with: "_")
            self.alignRight = alignRight
        }
    }

    /// A cell keeps its JSON value next to its display text.
    public enum Cell: Sendable {
        case text(String?)
        case number(Double?, display: String)
        case integer(Int64?)
        case bool(Bool)
        /// A time (unix seconds): `2026-11-24 13:59` in tables and Markdown, ISO 8601 UTC in CSV and JSON.
        case time(Int64?)

        public var display: String {
            switch self {
            case .text(let s): return s ?? ""
            case .number(let v, let display): return v == nil ? "" : display
            case .integer(let v): return v.map(String.init) ?? ""
            case .bool(let b): return b ? "yes" : "no"
            case .time(let ts): return ts.map { Timestamp.display($0) } ?? ""
            }
        }

        /// The text in machine output (CSV): times in ISO 8601 UTC, everything else as displayed.
        public var machine: String {
            if case .time(let ts) = self { return ts.map(Timestamp.iso) ?? "" }
            return display
        }

        var json: String {
            switch self {
            case .text(let s): return s.map(CanonicalJSON.string) ?? "null"
            case .time(let ts): return ts.map { CanonicalJSON.string(Timestamp.iso($0)) } ?? "null"
            case .number(let v, _): return v.map { $0.isFinite ? "\($0)" : "null" } ?? "null"
            case .integer(let v): return v.map(String.init) ?? "null"
            case .bool(let b): return b ? "true" : "false"
            }
        }
    }

    public var columns: [Column]
    public var rows: [[Cell]]

    public init(columns: [Column], rows: [[Cell]] = []) {
        self.columns = columns
        self.rows = rows
    }
}

import Foundation
