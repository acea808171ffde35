import Foundation

/// The human layouts of `git log`: the default (`commit`, `Merge:`, `Author:`, `Date:`, indented message)
/// and `--pretty=fuller` (`AuthorDate:`, `Commit:`, `CommitDate:`), with default or ISO dates.
///
/// The default layout shows only the author date, which for GitHub merge and squash commits is the
/// merge time; `fuller` gives the committer date, preferred when present. Parents appear only for
/// merges (`Merge:`, abbreviated), so the first-parent check covers merge commits only.
enum GitLogDefaultLayout {
    /// Reads `input` line by line (`LineReader`: bounded memory, a byte-order mark skipped).
    static func parse(_ input: InputFile) throws -> [GitLogFormat.Entry] {
        var entries: [GitLogFormat.Entry] = []
        var current: GitLogFormat.Entry?
        var authorDate: Int64?
        var commitDate: Int64?
        var inMessage = false

        func finish(at line: Int) throws {
            guard var e = current else { return }
            guard let ts = commitDate ?? authorDate else {
                throw MemBlameError.badInput("commit \(e.sha.prefix(8)) has no Date: line", at: input.at(line: e.line))
            }
            e.ts = ts
            entries.append(e)
            current = nil
        }

        var lastLine = 0
        try LineReader(input).forEachLine { lineNumber, bytes in
            lastLine = lineNumber
            let line = Substring(String(decoding: bytes, as: UTF8.self))
            if line.hasPrefix("commit ") {
                try finish(at: lineNumber)
                let sha = line.dropFirst(7).prefix(40)
                guard GitLogFormat.isSHA(sha) else {
                    throw MemBlameError.badInput("expected a 40-character SHA after \"commit\", found \"\(line.dropFirst(7).prefix(40))\"", at: input.at(line: lineNumber))
                }
                current = GitLogFormat.Entry(sha: String(sha), parents: nil, ts: 0, author: nil, subject: "", line: lineNumber)
                authorDate = nil
                commitDate = nil
                inMessage = false
                return true
            }
            guard current != nil else {
                if line.isEmpty { return true }
                throw MemBlameError.badInput("expected \"commit <sha>\" (git log --first-parent output)", at: input.at(line: lineNumber))
            }
            if inMessage || line.hasPrefix("    ") {
                inMessage = true
                if current!.subject.isEmpty { current!.subject = line.trimmingCharacters(in: .whitespaces) }
                return true
            }
            guard let colon = line.firstIndex(of: ":") else { return true }
            let key = line[..<colon]
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            switch key {
            case "Merge": current!.parents = value.split(separator: " ").map(String.init)
            case "Author": current!.author = name(value)
            case "Date", "AuthorDate", "CommitDate":
                guard let ts = date(value) else {
                    throw MemBlameError.badInput("expected a git date (\"Tue Nov 24 19:11:10 2026 +0530\" or ISO 8601) after \(key):, found \"\(value.prefix(40))\"",
                                                 at: input.at(line: lineNumber))
                }
                if key == "CommitDate" { commitDate = ts } else { authorDate = ts }
            default: break
            }
            return true
        }
        try finish(at: lastLine)
        return entries
    }

    /// `Priya Raman <priya@example>` → `Priya Raman`.
    static func name(_ value: String) -> String? {
        let n = value.split(separator: "<").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? value
        return n.isEmpty ? nil : n
    }

    /// git's default date (`Tue Nov 24 19:11:10 2026 +0530`), `--date=iso` (`2026-11-24 19:11:10 +0530`)
    /// or `--date=iso-strict`.
    static func date(_ value: String) -> Int64? {
        if let ts = Timestamp.parse(value) { return ts }
        let parts = value.split(separator: " ")
        if parts.count == 3, parts[2].count == 5 {   // --date=iso: date, time, ±hhmm
            return Timestamp.parse("\(parts[0])T\(parts[1])\(parts[2])")
        }
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        guard parts.count == 6, let m = months.firstIndex(of: String(parts[1])), let day = Int(parts[2]), parts[4].count == 4 else { return nil }
        let iso = String(format: "%@-%02d-%02dT%@%@", String(parts[4]), m + 1, day, String(parts[3]), String(parts[5]))
        return Timestamp.parse(iso)
    }
}
