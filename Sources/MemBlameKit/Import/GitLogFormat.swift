import Foundation

/// `git log --first-parent` output: the history deploys are enriched from (PR, title, author by SHA).
///
/// Layouts, detected by content:
/// * primary, tab-separated: `git log --first-parent --format='%H%x09%P%x09%aI%x09%cI%x09%an%x09%ae%x09%cn%x09%s'`
/// * unit/record separators with the body: `--format='%H%x1f%P%x1f%aI%x1f%cI%x1f%an%x1f%ae%x1f%cn%x1f%ce%x1f%s%x1f%b%x1e'`
/// * the default `git log --first-parent` and `--pretty=fuller` (any `--date` that git prints as ISO or default)
///
/// PR numbers come from the subject (`Merge pull request #N from ...`, `Title (#N)`). With `--as-deploys`
/// every first-parent commit is also a deploy of `--service` at its commit time (approximate).
public struct GitLogFormat: DeployFormat {
    /// The git log reader (stateless).
    public init() {}
    public var name: String { "git-log" }
    public var summary: String { "git log --first-parent --format='%H%x09%P%x09%aI%x09%cI%x09%an%x09%ae%x09%cn%x09%s' (also the default and fuller layouts, and %x1f/%x1e with body)" }

    /// One commit as read, before positions are given.
    struct Entry {
        var sha: String
        var parents: [String]?
        var ts: Int64
        var author: String?
        var subject: String
        var line: Int
    }

    /// A first line starting with a full SHA and a tab or 0x1F, or `commit <sha>`.
    public func matches(head: String, fileName: String) -> Bool {
        let h = head.drop(while: { $0 == "\u{FEFF}" })
        if h.hasPrefix("commit "), Self.isSHA(h.dropFirst(7).prefix(40)) { return true }
        guard Self.isSHA(h.prefix(40)), let separator = h.dropFirst(40).first else { return false }
        return separator == "\t" || separator == "\u{1F}"
    }

    /// Reads one git log into commits (and deploys with `--as-deploys`).
    /// - Throws: bad input at the first malformed line or the first line that breaks the first-parent chain.
    public func read(_ input: InputFile, options: DeployImportOptions) throws -> DeployBatch {
        if options.asDeploys && options.service == nil {
            throw MemBlameError(.usage, "--as-deploys records each commit as a deploy of a service; pass --service (e.g. --service prod/api)")
        }
        // The layout from the first bytes; every layout is then read line by line (bounded memory).
        let head = String(decoding: try input.head(256), as: UTF8.self)
        let entries: [Entry]
        if head.drop(while: { $0 == "\u{FEFF}" }).hasPrefix("commit ") {
            entries = try GitLogDefaultLayout.parse(input)
        } else if head.prefix(64).contains("\u{1F}") {
            entries = try parseSeparated(input)
        } else {
            entries = try parseTabs(input)
        }
        if entries.isEmpty { throw MemBlameError.badInput("no commits; expected git log --first-parent output", at: SourceLocation(file: input.displayName)) }
        return try batch(from: entries, input: input, options: options)
    }

    /// The primary layout: one commit per line, 8 tab-separated fields.
    private func parseTabs(_ input: InputFile) throws -> [Entry] {
        var entries: [Entry] = []
        try LineReader(input).forEachLine { lineNumber, bytes in
            let line = String(decoding: bytes, as: UTF8.self)
            if line.isEmpty { return true }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let at = input.at(line: lineNumber)
            switch fields.count {
            case 8...:   // %H %P %aI %cI %an %ae %cn %s (a tab inside the subject stays in it)
                entries.append(try entry(sha: fields[0], parents: fields[1], committed: fields[3], author: fields[4],
                                         subject: fields[7...].joined(separator: "\t"), at: at, dateField: 4))
            case 6:      // %H %P %aI %cI %cn <%ce> %s: no author name
                entries.append(try entry(sha: fields[0], parents: fields[1], committed: fields[3], author: "", subject: fields[5], at: at, dateField: 4))
            case 4:      // %H %P %cI %s
                entries.append(try entry(sha: fields[0], parents: fields[1], committed: fields[2], author: "", subject: fields[3], at: at, dateField: 3))
            default:
                throw MemBlameError.badInput("expected 8 tab-separated fields (git log --first-parent --format='%H%x09%P%x09%aI%x09%cI%x09%an%x09%ae%x09%cn%x09%s'), found \(fields.count)",
                                             at: at)
            }
            return true
        }
        return entries
    }

    /// `%x1f`-separated fields, `%x1e` after each record (the body may span lines). Read line by line; a
    /// record is held only until its `%x1e` (at most `LineReader.maximumLineLength` bytes).
    private func parseSeparated(_ input: InputFile) throws -> [Entry] {
        var entries: [Entry] = []
        var record: [UInt8] = []
        var startLine: Int?
        func finish() throws {
            defer { record.removeAll(keepingCapacity: true); startLine = nil }
            guard let startLine else { return }   // only line breaks since the last record
            let text = String(decoding: record, as: UTF8.self)
            if text.allSatisfy(\.isWhitespace) { return }
            let fields = text.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 10 else {
                throw MemBlameError.badInput("expected 10 fields separated by 0x1F (git log --first-parent --format='%H%x1f%P%x1f%aI%x1f%cI%x1f%an%x1f%ae%x1f%cn%x1f%ce%x1f%s%x1f%b%x1e'), found \(fields.count)",
                                             at: input.at(line: startLine))
            }
            entries.append(try entry(sha: fields[0], parents: fields[1], committed: fields[3], author: fields[4], subject: fields[8],
                                     at: input.at(line: startLine), dateField: 4))
        }
        try LineReader(input).forEachLine { lineNumber, bytes in
            for byte in bytes {
                if byte == 0x1E {
                    try finish()
                    continue
                }
                if startLine == nil {
                    if byte == 0x0D { continue }   // line breaks before a record belong to none
                    startLine = lineNumber
                }
                record.append(byte)
            }
            if startLine != nil { record.append(0x0A) }
            if record.count > LineReader.maximumLineLength {
                throw MemBlameError.badInput("a record is longer than \(LineReader.maximumLineLength >> 20) MiB without its 0x1E end; is this git log --format='...%x1e' output?",
                                             at: input.at(line: startLine ?? lineNumber))
            }
            return true
        }
        try finish()
        return entries
    }

    private func entry(sha: String, parents: String, committed: String, author: String, subject: String, at location: SourceLocation, dateField: Int) throws -> Entry {
        guard Self.isSHA(Substring(sha)) else {
            throw MemBlameError.badInput("expected a 40-character commit SHA (%H) in field 1, found \"\(sha.prefix(40))\"", at: location)
        }
        let parentList = parents.split(separator: " ").map(String.init)
        guard parentList.allSatisfy({ Self.isSHA(Substring($0)) }) else {
            throw MemBlameError.badInput("expected parent SHAs (%P) in field 2, found \"\(parents.prefix(90))\"", at: location)
        }
        guard let ts = Timestamp.parse(committed) else {
            throw MemBlameError.badInput("expected an ISO 8601 committer date (%cI) in field \(dateField), found \"\(committed.prefix(40))\"", at: location)
        }
        return Entry(sha: sha, parents: parentList, ts: ts, author: author.isEmpty ? nil : author, subject: subject, line: location.line ?? 0)
    }

    /// Checks the first-parent chain, numbers the commits oldest first and builds the batch.
    func batch(from entries: [Entry], input: InputFile, options: DeployImportOptions) throws -> DeployBatch {
        var seen = Set<String>()
        for e in entries where !seen.insert(e.sha).inserted {
            throw MemBlameError.badInput("commit \(e.sha.prefix(8)) appears twice", at: input.at(line: e.line))
        }
        // git prints newest first; `--reverse` prints oldest first. Either way each commit's first parent is its neighbour.
        let reversed = entries.count > 1 && entries[1].parents?.first == entries[0].sha
        // Checked in file order so the error names the first line that breaks the chain.
        for (above, below) in zip(entries, entries.dropFirst()) {
            let (parent, child) = reversed ? (above, below) : (below, above)
            guard let parents = child.parents else { continue }   // the default layout names parents of merges only
            if parents.first.map({ !parent.sha.hasPrefix($0) }) ?? true {
                throw MemBlameError.badInput(reversed
                    ? "commit \(child.sha.prefix(8)) does not have \(parent.sha.prefix(8)) as its first parent; export with git log --first-parent (without it, feature-branch commits are listed as if they were on the main line)"
                    : "commit \(parent.sha.prefix(8)) is not the first parent of \(child.sha.prefix(8)); export with git log --first-parent (without it, feature-branch commits are listed as if they were on the main line)",
                    at: input.at(line: below.line))
            }
        }
        let ordered = reversed ? entries : entries.reversed()
        var batch = DeployBatch()
        for (position, e) in ordered.enumerated() {
            let pr = PullRequestNumber.from(subject: e.subject)
            batch.commits.append(Commit(sha: e.sha, ts: e.ts, pr: pr, title: e.subject, author: e.author, position: position))
            guard options.asDeploys, let service = options.service else { continue }
            let lower = e.subject.lowercased()
            if lower.contains("[skip ci]") || lower.contains("[ci skip]") { batch.skip("[skip ci] commit"); continue }
            batch.deploys.append(Deploy(service: service, ts: e.ts, source: "git", externalID: e.sha, sha: e.sha, pr: pr, title: e.subject,
                                        author: e.author, branch: options.branch, approximate: true))
        }
        return batch
    }

    /// 40 lowercase hex digits (checked on UTF-8 bytes: `Character` properties are slow on 100k lines).
    static func isSHA(_ s: Substring) -> Bool {
        s.utf8.count == 40 && s.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) }
    }
}
