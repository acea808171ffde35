import Foundation

/// Renders a `HeapBlame`: the evidence looked for, then the PRs that explain it with their files, retaining lines,
/// reasons and hunks (table and Markdown), one row per matching file (CSV), or one document (JSON).
public enum HeapBlameReport {
    /// The blame in `format`.
    public static func render(_ blame: HeapBlame, as format: OutputFormat) -> String {
        switch format {
        case .json: return MachineJSON.encode(Document(blame))
        case .csv: return TableRenderer.csv(table(blame))
        case .table, .markdown: return text(blame, markdown: format == .markdown)
        }
    }

    /// The sentence for "nothing blamed", or nil when some PR is named.
    public static func nothing(_ blame: HeapBlame) -> String? {
        if blame.evidence.groups.isEmpty {
            return "No leaking group (no object, closure or string group with \(blame.evidence.minCount) or more survivors), so no change is blamed."
        }
        if blame.prs.isEmpty {
            return "No change in the range explains the heap evidence: none adds the holder, the leaking class or a closure on the paths, "
                + "touches a line the snapshot names, or changes a package on the paths."
        }
        return nil
    }

    static func text(_ blame: HeapBlame, markdown: Bool) -> String {
        let e = blame.evidence
        var out = markdown ? "### Changes that explain the heap evidence\n\n" : "Changes that explain the heap evidence\n"
        let bullet = markdown ? "- " : "  "
        if !e.groups.isEmpty {
            out += "Leaking groups (\(e.minCount) or more survivors): " + e.groups.map { "\($0.label) (\(HeapReport.bytes($0.retainedSize)) retained)" }.joined(separator: ", ") + "\n"
            out += "Evidence looked for (weight):\n"
            for term in e.terms {
                let what = term.kind == .location ? (term.location.map(\.description) ?? term.text) : term.text
                out += bullet + "\(term.kind.rawValue) \(markdown ? "`\(what)`" : what) (\(term.weight)): \(term.why)\n"
            }
            if !e.hasLocations { out += bullet + "(the snapshot records no source locations, so no file or line could be read from it)\n" }
        }
        out += "Range \(blame.from.prefix(8))..\(blame.to.prefix(8)): \(blame.changeCount) first-parent commit\(blame.changeCount == 1 ? "" : "s"); "
            + "\(blame.prs.count) explain\(blame.prs.count == 1 ? "s" : "") the evidence\n"
        if let none = nothing(blame) { return out + "\n" + none + "\n" }
        for pr in blame.prs {
            out += "\n" + (markdown ? "**#\(pr.rank) \(pr.name)**" : "#\(pr.rank) \(pr.name)") + " by \(pr.author) (\(pr.sha.prefix(8))), score \(pr.score)\n"
            for file in pr.files {
                let place = file.retainingLine.map { "\(file.path):\($0)" } ?? file.path
                let line = file.retainingText.map { markdown ? "  `\($0)`" : "  \($0)" } ?? ""
                out += (markdown ? "- " : "    ") + (markdown ? "`\(place)`" : place) + line + "  (score \(file.score))\n"
                for m in file.matches {
                    let at = m.line.map { " (line \($0)" + (m.text.map { ": \($0)" } ?? "") + ")" } ?? ""
                    out += (markdown ? "  - " : "      - ") + "\(m.kind.rawValue) \(m.term)\(at): \(m.reason)\n"
                }
                if !file.hunks.isEmpty {
                    out += (markdown ? "  - " : "      ") + "hunks: " + file.hunks.map { "+\($0.start)\($0.end > $0.start ? "..\($0.end)" : "") (\($0.score))" }.joined(separator: ", ") + "\n"
                }
            }
        }
        return out
    }

    /// One row per matching file.
    public static func table(_ blame: HeapBlame) -> TextTable {
        TextTable(columns: [
            .init("#", key: "rank", alignRight: true), .init("PR", key: "pr", alignRight: true), .init("SHA", key: "sha"), .init("Title"),
            .init("Score", key: "score", alignRight: true), .init("File", key: "file"), .init("File score", key: "file_score", alignRight: true),
            .init("Line", key: "line", alignRight: true), .init("Retaining line", key: "retaining_line"), .init("Reasons", key: "reasons"),
        ], rows: blame.prs.flatMap { pr in
            pr.files.map { f in
                [.integer(Int64(pr.rank)), .integer(pr.pr.map(Int64.init)), .text(String(pr.sha.prefix(12))), .text(pr.title),
                 .integer(Int64(pr.score)), .text(f.path), .integer(Int64(f.score)), .integer(f.retainingLine.map(Int64.init)),
                 .text(f.retainingText), .text(f.matches.map { "\($0.kind.rawValue) \($0.term): \($0.reason)" }.joined(separator: "; "))]
            }
        })
    }

    /// The JSON shape of `heap diff --repo --format json`.
    public struct Document: Codable, Sendable {
        public struct Group: Codable, Sendable {
            public var name: String, type: String, count: Int, retainedSize: Int64
            public var location: String?
            public var retainerPath: String?
        }
        public struct Term: Codable, Sendable {
            public var kind: HeapEvidence.Kind, text: String, weight: Int, why: String
            public var location: String?
        }
        public var from: String
        public var to: String
        public var changes: Int
        public var groups: [Group]
        public var evidence: [Term]
        public var hasLocations: Bool
        public var prs: [HeapBlame.PR]
        public var message: String?

        public init(_ blame: HeapBlame) {
            from = blame.from; to = blame.to; changes = blame.changeCount
            groups = blame.evidence.groups.map { Group(name: $0.name, type: $0.type, count: $0.count, retainedSize: $0.retainedSize,
                                                       location: $0.location?.description, retainerPath: $0.path?.description) }
            evidence = blame.evidence.terms.map { Term(kind: $0.kind, text: $0.text, weight: $0.weight, why: $0.why, location: $0.location?.description) }
            hasLocations = blame.evidence.hasLocations
            prs = blame.prs
            message = HeapBlameReport.nothing(blame)
        }
    }
}
