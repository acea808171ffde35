import Foundation

/// Writes and reads deploys and commits: idempotent import, enrichment from git history, listings.
public struct DeployStore {
    let db: Database

    public init(_ db: Database) { self.db = db }

    /// Imports deploy files in one transaction: all or nothing, re-import adds nothing.
    ///
    /// The inputs are grouped by format (detected by content unless `format` is given) and each group
    /// is read at once, so formats that join files (CircleCI pipelines + workflows + jobs) see them all.
    /// Each file gets its own `imports` row; a group's skipped counts are reported on its first file.
    /// Fetchers pass fetched pages as `InputFile(name: url, contents: data)` with `source: "fetch"`.
    public func importFiles(_ inputs: [InputFile], format: DeployFormat? = nil, options: DeployImportOptions = DeployImportOptions(),
                            source: String = "file") throws -> ImportReport {
        var report = ImportReport()
        var groups: [(format: DeployFormat, inputs: [InputFile])] = []
        for input in inputs {
            let chosen = try format ?? DeployFormats.detect(input)
            if let i = groups.firstIndex(where: { $0.format.name == chosen.name }) { groups[i].inputs.append(input) }
            else { groups.append((chosen, [input])) }
        }
        try db.transaction {
            for group in groups {
                let started = Int64(Date().timeIntervalSince1970)
                let batch = try group.format.read(group.inputs, options: options)
                report.warnings += batch.warnings
                report.warnings += try depthWarnings(batch.depthLimits)
                var parts: [String: DeployBatch] = [:]
                let first = group.inputs[0].displayName
                for d in batch.deploys { parts[batch.origins[d.externalID] ?? first, default: DeployBatch()].deploys.append(d) }
                for c in batch.commits { parts[batch.origins[c.sha] ?? first, default: DeployBatch()].commits.append(c) }
                parts[first, default: DeployBatch()].skipped = batch.skipped
                var done = Set<String>()
                for input in group.inputs where done.insert(input.displayName).inserted {
                    let importID = try insertImportRow(path: input.displayName, sha256: try input.sha256(), format: group.format.name, source: source, started: started)
                    var file = try store(parts[input.displayName] ?? DeployBatch(), importID: importID)
                    file.path = input.displayName
                    file.format = group.format.name
                    try finishImportRow(importID, added: file.added, duplicates: file.duplicates)
                    report.files.append(file)
                }
            }
            try enrichFromCommits()
        }
        return report
    }

    /// For depth-limited histories (Kubernetes keeps 10 old ReplicaSets, Argo CD 10 history entries by default):
    /// a warning per service whose stored memory series starts before the oldest deploy of the file, as
    /// deploys before it are missing and an onset there would be blamed on nothing or on the wrong deploy. Nothing
    /// is said when deploys stored earlier (CI, git) reach back to the series' start.
    public func depthWarnings(_ limits: [String: HistoryDepth]) throws -> [String] {
        var out: [String] = []
        for (service, depth) in limits.sorted(by: { $0.key < $1.key }) {
            guard let first = try db.scalar("SELECT MIN(p.ts) FROM points p JOIN series s ON s.id = p.series_id WHERE s.service = ?",
                                             .text(service))?.int64, first < depth.oldest else { continue }
            // Deploys stored from other sources (CI, git) may cover the earlier part already.
            if let stored = try db.scalar("SELECT MIN(ts) FROM deploys WHERE service = ?", .text(service))?.int64, stored <= first { continue }
            out.append("\(service): the history holds \(depth.count) deploy(s), the oldest at \(Timestamp.iso(depth.oldest)), but the memory series starts at \(Timestamp.iso(first)): "
                       + "deploys before \(Timestamp.iso(depth.oldest)) are missing (\(depth.why)); import an older history (CI, git log) to cover them")
        }
        return out
    }

    /// Stores a batch read elsewhere (fetchers) inside the caller's transaction.
    public func store(_ batch: DeployBatch, importID: Int64?) throws -> ImportReport.File {
        var file = ImportReport.File(path: "", format: "", added: 0, duplicates: 0, conflicts: 0, series: 0, notes: [])
        var refined = 0
        let insert = try db.cached("""
            INSERT INTO deploys (service, ts, source, external_id, sha, pr, title, author, url, branch, approximate, import_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
            """)
        for d in batch.deploys {
            insert.reset()
            try insert.bind(.text(d.service), at: 1)
            insert.bind(d.ts, at: 2)
            try insert.bind(.text(d.source), at: 3)
            try insert.bind(.text(d.externalID), at: 4)
            try insert.bind(d.sha, at: 5)
            try insert.bind(d.pr, at: 6)
            try insert.bind(d.title, at: 7)
            try insert.bind(d.author, at: 8)
            try insert.bind(d.url, at: 9)
            try insert.bind(d.branch, at: 10)
            insert.bind(Int64(d.approximate ? 1 : 0), at: 11)
            try insert.bind(importID.map(SQLValue.integer) ?? .null, at: 12)
            try insert.run()
            if db.changes == 1 { file.added += 1; continue }
            // A precise time replaces an approximate one stored earlier (pipelines imported before their workflows).
            if !d.approximate {
                let refine = try db.cached("""
                    UPDATE deploys SET ts = ?, approximate = 0, url = COALESCE(?, url), import_id = COALESCE(?, import_id)
                    WHERE source = ? AND external_id = ? AND service = ? AND approximate = 1
                    """)
                refine.bind(d.ts, at: 1)
                try refine.bind(d.url, at: 2)
                try refine.bind(importID.map(SQLValue.integer) ?? .null, at: 3)
                try refine.bind(.text(d.source), at: 4)
                try refine.bind(.text(d.externalID), at: 5)
                try refine.bind(.text(d.service), at: 6)
                try refine.run()
                if db.changes == 1 { refined += 1; continue }
            }
            file.duplicates += 1
        }
        let commit = try db.cached("""
            INSERT INTO commits (sha, ts, pr, title, author, position, import_id) VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (sha) DO NOTHING
            """)
        let shift = try positionShift(for: batch.commits)
        for c in batch.commits {
            commit.reset()
            try commit.bind(.text(c.sha), at: 1)
            commit.bind(c.ts, at: 2)
            try commit.bind(c.pr, at: 3)
            try commit.bind(.text(c.title), at: 4)
            try commit.bind(c.author, at: 5)
            commit.bind(Int64(c.position) + shift, at: 6)
            try commit.bind(importID.map(SQLValue.integer) ?? .null, at: 7)
            try commit.run()
            if db.changes == 1 { file.added += 1 } else { file.duplicates += 1 }
        }
        file.notes = batch.skipped.sorted { $0.key < $1.key }.map { "skipped \($0.value) \($0.key)" }
        if refined > 0 { file.notes.insert("\(refined) approximate time(s) replaced by live times", at: 0) }
        return file
    }

    /// Where a git log's positions (0 = its oldest commit) go along the stored history: aligned on a
    /// commit both hold (overlapping exports such as `git log -n 500` run again later), else after the
    /// stored history when newer, else before it.
    func positionShift(for commits: [Commit]) throws -> Int64 {
        guard !commits.isEmpty, let stored = try db.scalar("SELECT COUNT(*) FROM commits")?.int64, stored > 0 else { return 0 }
        let find = try db.cached("SELECT position FROM commits WHERE sha = ?")
        for c in commits {
            find.reset()
            try find.bind(.text(c.sha), at: 1)
            if try find.step() { return find.int64(at: 0) - Int64(c.position) }
        }
        let oldest = commits.min { $0.position < $1.position }!
        let newestStored = try db.scalar("SELECT MAX(ts) FROM commits")?.int64 ?? 0
        if oldest.ts >= newestStored { return (try db.scalar("SELECT MAX(position) FROM commits")?.int64 ?? -1) + 1 }
        return (try db.scalar("SELECT MIN(position) FROM commits")?.int64 ?? 0) - Int64(commits.count)
    }

    func insertImportRow(path: String, sha256: String?, format: String, source: String, started: Int64) throws -> Int64 {
        let row = try db.cached("INSERT INTO imports (kind, source, path, sha256, format, started_at) VALUES ('deploys', ?, ?, ?, ?, ?)")
        try row.bind(.text(source), at: 1)
        try row.bind(.text(path), at: 2)
        try row.bind(sha256, at: 3)
        try row.bind(.text(format), at: 4)
        row.bind(started, at: 5)
        try row.run()
        return db.lastInsertRowID
    }

    func finishImportRow(_ id: Int64, added: Int, duplicates: Int) throws {
        let row = try db.cached("UPDATE imports SET added = ?, duplicates = ?, finished_at = ? WHERE id = ?")
        row.bind(Int64(added), at: 1)
        row.bind(Int64(duplicates), at: 2)
        row.bind(Int64(Date().timeIntervalSince1970), at: 3)
        row.bind(id, at: 4)
        try row.run()
    }

    /// Fills PR, title and author of deploys that carry only a SHA, from imported commits
    /// (a SHA prefix of at least 7 characters matches).
    public func enrichFromCommits() throws {
        try db.execute(try NamedQuery.sql("enrich-deploys"))
    }

    /// Every service that has deploys, with how many, by name.
    public func services() throws -> [(service: String, count: Int)] {
        let q = try db.prepare("SELECT service, COUNT(*) FROM deploys GROUP BY service ORDER BY service")
        var out: [(service: String, count: Int)] = []
        while try q.step() { out.append((q.string(at: 0) ?? "", Int(q.int64(at: 1)))) }
        return out
    }

    /// The deploys of `service` (all when nil) in time order, within `[since, until]`.
    public func deploys(service: String? = nil, since: Int64? = nil, until: Int64? = nil) throws -> [Deploy] {
        let q = try db.prepare("""
            SELECT id, service, ts, source, external_id, sha, pr, title, author, url, branch, approximate
            FROM deploys WHERE (?1 IS NULL OR service = ?1) AND ts >= ?2 AND ts <= ?3 ORDER BY ts, id
            """)
        try q.bind(service.map(SQLValue.text) ?? .null, at: 1)
        q.bind(since ?? Int64.min, at: 2)
        q.bind(until ?? Int64.max, at: 3)
        var out: [Deploy] = []
        while try q.step() {
            out.append(Deploy(id: q.int64(at: 0), service: q.string(at: 1) ?? "", ts: q.int64(at: 2), source: q.string(at: 3) ?? "",
                              externalID: q.string(at: 4) ?? "", sha: q.string(at: 5), pr: q.isNull(at: 6) ? nil : Int(q.int64(at: 6)),
                              title: q.string(at: 7), author: q.string(at: 8), url: q.string(at: 9), branch: q.string(at: 10),
                              approximate: q.int64(at: 11) != 0))
        }
        return out
    }

    /// Commits in first-parent order, oldest first.
    public func commits() throws -> [Commit] {
        let q = try db.prepare("SELECT sha, ts, pr, title, author, position FROM commits ORDER BY position")
        var out: [Commit] = []
        while try q.step() {
            out.append(Commit(sha: q.string(at: 0) ?? "", ts: q.int64(at: 1), pr: q.isNull(at: 2) ? nil : Int(q.int64(at: 2)),
                              title: q.string(at: 3) ?? "", author: q.string(at: 4), position: Int(q.int64(at: 5))))
        }
        return out
    }
}
