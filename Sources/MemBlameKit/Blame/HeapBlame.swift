import Foundation

/// Ranks the PRs, files and hunks of a suspect range by how well they explain a heap diff's evidence
/// (`HeapEvidence`): added lines that name the holder of the leaked objects, the leaking class or a closure on the
/// retainer path; source lines the snapshot names that `git blame` attributes to a PR; changes to the npm package whose
/// code is on the retainer path (its vendored files, `package.json`, lockfiles). Each match carries its reason; a PR with
/// no strong match (only names along the path) is not named.
public struct HeapBlame {
    /// One matched piece of evidence in a file.
    public struct Match: Sendable, Codable {
        public var kind: HeapEvidence.Kind
        public var term: String
        public var weight: Int
        /// The line that matched (number in the leaking build when it is still there), if any.
        public var line: Int?
        public var text: String?
        /// The reason, in words.
        public var reason: String
    }

    /// One hunk of a file that matched.
    public struct Hunk: Sendable, Codable {
        /// First and last added line in the PR's version of the file.
        public var start: Int
        public var end: Int
        public var score: Int
    }

    /// One file of a PR that matched.
    public struct File: Sendable, Codable {
        public var path: String
        public var score: Int
        /// The line that keeps the leaked objects (adds them to the holder), else the strongest matching line.
        public var retainingLine: Int?
        public var retainingText: String?
        public var matches: [Match]
        public var hunks: [Hunk]
    }

    /// One PR (first-parent commit) with its score and files.
    public struct PR: Sendable, Codable {
        public var rank: Int
        public var sha: String
        public var pr: Int?
        public var title: String
        public var author: String
        /// Sum of the weights of the distinct evidence terms it matches.
        public var score: Int
        public var files: [File]
        /// `PR #44 'title'`.
        public var name: String { (pr.map { "PR #\($0)" } ?? "commit \(sha.prefix(8))") + " '\(title)'" }
    }

    /// The range read (full SHAs).
    public var from: String
    public var to: String
    /// How many first-parent commits the range holds.
    public var changeCount: Int
    /// The PRs that explain the evidence, best first (empty when none does).
    public var prs: [PR]
    /// The evidence used.
    public var evidence: HeapEvidence

    /// A PR needs this score (one strong match: a holder, class, place or package) to be named.
    public static let minimumScore = 3

    /// Reads the range `from..to` of `repository` and ranks its changes against `evidence`.
    /// - Throws: `.usage` when the repository or a revision is missing.
    public init(evidence: HeapEvidence, repository: GitRepository, from: String, to: String) throws {
        self.evidence = evidence
        self.from = try repository.resolve(from)
        self.to = try repository.resolve(to)
        let changes = try repository.changes(from: self.from, to: self.to)
        changeCount = changes.count
        prs = HeapBlame.rank(changes, evidence: evidence, repository: repository, at: self.to)
    }

    // MARK: - Ranking

    static func rank(_ changes: [GitChange], evidence: HeapEvidence, repository: GitRepository?, at head: String) -> [PR] {
        guard !evidence.groups.isEmpty, !changes.isEmpty else { return [] }
        let words = evidence.terms.filter { [.holder, .constructor, .function, .pathName].contains($0.kind) }
        let packages = evidence.terms.filter { $0.kind == .package }
        let holders = Set(evidence.terms.filter { $0.kind == .holder }.map(\.text))

        // Places the snapshot names, found in the repository and attributed to a first-parent commit by git blame.
        var blamed: [Int: [(file: String, line: Int, term: HeapEvidence.Term)]] = [:]
        if let repository {
            let places = evidence.terms.filter { $0.kind == .location }
            if !places.isEmpty {
                let files = repository.files(at: head)
                var owner: [String: Int] = [:]
                for change in changes { for sha in repository.commitsBrought(by: change) { owner[sha] = change.position } }
                for term in places {
                    guard let place = term.location, let file = HeapBlame.repoPath(of: place.script, root: repository.root, files: files),
                          let sha = repository.blame(file: file, line: place.line, at: head), let position = owner[sha] else { continue }
                    blamed[position, default: []].append((file, place.line, term))
                }
            }
        }

        var result: [PR] = []
        for change in changes {
            var files: [File] = []
            for diff in change.files {
                var matches: [Match] = []
                var hunks: [Hunk] = []
                var lineScores: [(line: GitLine, score: Int, holdsHolder: Bool, retains: Bool)] = []
                for hunk in diff.hunks where !hunk.added.isEmpty {
                    var hunkTerms = Set<String>(), hunkScore = 0
                    for line in hunk.added {
                        let code = HeapBlame.code(line.text)
                        var score = 0, holds = false
                        for term in words where HeapBlame.containsWord(code, term.text) {
                            score += term.weight
                            if term.kind == .holder { holds = true }
                            if hunkTerms.insert(term.kind.rawValue + term.text).inserted { hunkScore += term.weight }
                            if !matches.contains(where: { $0.kind == term.kind && $0.term == term.text }) {
                                matches.append(Match(kind: term.kind, term: term.text, weight: term.weight, line: line.number,
                                                     text: line.text.trimmingCharacters(in: .whitespaces), reason: term.why))
                            }
                        }
                        if score > 0 {
                            let retains = holders.contains { HeapBlame.retains(code, $0) }
                            lineScores.append((line, score, holds, retains))
                        }
                    }
                    if hunkScore > 0, let first = hunk.added.first, let last = hunk.added.last {
                        hunks.append(Hunk(start: first.number, end: last.number, score: hunkScore))
                    }
                }
                // The npm package whose code is on the path: its vendored files, or its entry in a manifest or lockfile.
                for term in packages where !matches.contains(where: { $0.kind == .package && $0.term == term.text }) {
                    if diff.path.hasPrefix("node_modules/\(term.text)/") || diff.path.contains("/node_modules/\(term.text)/") {
                        matches.append(Match(kind: .package, term: term.text, weight: term.weight, line: nil, text: nil,
                                             reason: "changes the package \(term.text): \(term.why)"))
                    } else if HeapBlame.isManifest(diff.path), let added = diff.hunks.flatMap(\.added).first(where: { HeapBlame.namesPackage($0.text, term.text) }) {
                        let removed = diff.hunks.flatMap(\.removed).first { HeapBlame.namesPackage($0.text, term.text) }
                        let change = removed.map { "\(HeapBlame.version($0.text) ?? "?") → \(HeapBlame.version(added.text) ?? "?")" }
                        matches.append(Match(kind: .package, term: term.text, weight: term.weight, line: added.number,
                                             text: added.text.trimmingCharacters(in: .whitespaces),
                                             reason: (change.map { "upgrades \(term.text) \($0)" } ?? "adds the dependency \(term.text)") + ": \(term.why)"))
                        lineScores.append((added, term.weight, false, false))
                    }
                }
                for place in blamed[change.position] ?? [] where place.file == diff.path {
                    let line = diff.hunks.flatMap(\.added).first { $0.number == place.line }
                    matches.append(Match(kind: .location, term: "\(place.file):\(place.line)", weight: place.term.weight, line: place.line,
                                         text: line?.text.trimmingCharacters(in: .whitespaces),
                                         reason: "\(place.term.why); git blame gives that line to this change"))
                    if let line { lineScores.append((line, place.term.weight, false, false)) }
                }
                guard !matches.isEmpty else { continue }
                func rankKey(_ x: (line: GitLine, score: Int, holdsHolder: Bool, retains: Bool)) -> (Int, Int, Int, Int) {
                    (x.holdsHolder && x.retains ? 1 : 0, x.holdsHolder ? 1 : 0, x.score, -x.line.number)
                }
                let best = lineScores.max { rankKey($0) < rankKey($1) }
                let score = HeapBlame.distinctScore(matches)
                files.append(File(path: diff.path, score: score, retainingLine: best?.line.number,
                                  retainingText: best?.line.text.trimmingCharacters(in: .whitespaces),
                                  matches: matches.sorted { $0.weight > $1.weight }, hunks: hunks.sorted { $0.score > $1.score }))
            }
            let score = HeapBlame.distinctScore(files.flatMap(\.matches))
            guard score >= minimumScore, files.flatMap(\.matches).contains(where: { $0.kind != .pathName }) else { continue }
            files.sort { ($0.score, $0.retainingLine != nil ? 1 : 0) > ($1.score, $1.retainingLine != nil ? 1 : 0) }
            result.append(PR(rank: 0, sha: change.sha, pr: change.pr, title: change.title, author: change.author, score: score, files: files))
        }
        result.sort { $0.score > $1.score }
        for i in result.indices { result[i].rank = i + 1 }
        // Line numbers as of the leaking build (later PRs may have moved them).
        if let repository {
            for i in result.indices {
                for j in result[i].files.indices {
                    let file = result[i].files[j]
                    guard let number = file.retainingLine, let text = file.retainingText, !text.isEmpty,
                          let current = repository.show(file.path, at: head) else { continue }
                    let lines = current.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
                    let found = lines.indices.filter { lines[$0] == text }.min { abs($0 + 1 - number) < abs($1 + 1 - number) }
                    if let found { result[i].files[j].retainingLine = found + 1 }
                }
            }
        }
        return result
    }

    static func distinctScore(_ matches: [Match]) -> Int {
        var seen = Set<String>(), total = 0
        for m in matches where seen.insert(m.kind.rawValue + ":" + m.term + (m.kind == .location ? ":\(m.line ?? 0)" : "")).inserted { total += m.weight }
        return total
    }

    // MARK: - Text

    /// A line without its `//` comment and block-comment text, so words in comments do not count.
    static func code(_ line: String) -> String {
        let t = line.trimmingCharacters(in: .whitespaces)
        if t.hasPrefix("//") || t.hasPrefix("*") || t.hasPrefix("/*") || t.hasPrefix("#") { return "" }
        if let r = line.range(of: " //") ?? line.range(of: "\t//") { return String(line[..<r.lowerBound]) }
        return line
    }

    /// `word` in `text` as a whole identifier.
    static func containsWord(_ text: String, _ word: String) -> Bool {
        var search = text[...]
        while let r = search.range(of: word) {
            let before = r.lowerBound == text.startIndex ? nil : text[text.index(before: r.lowerBound)]
            let after = r.upperBound == text.endIndex ? nil : text[r.upperBound]
            if !isWordCharacter(before) && !isWordCharacter(after) { return true }
            search = text[r.upperBound...]
        }
        return false
    }

    private static func isWordCharacter(_ c: Character?) -> Bool {
        guard let c else { return false }
        return c == "_" || c == "$" || c.isLetter || c.isNumber
    }

    /// True when the line adds something to `holder`: `holder.push(`, `.set(`, `.add(`, `.unshift(`, `holder[k] =`, `holder +=`.
    static func retains(_ code: String, _ holder: String) -> Bool {
        for op in [".push(", ".set(", ".add(", ".unshift(", ".splice(", " += ", ".concat("] where code.contains(holder + op) { return true }
        if let r = code.range(of: holder + "["), code[r.upperBound...].contains("] =") { return true }
        return false
    }

    static func isManifest(_ path: String) -> Bool {
        let name = (path as NSString).lastPathComponent
        return ["package.json", "package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml"].contains(name)
            && !path.contains("node_modules/")
    }

    /// A manifest or lockfile line about `package`: `"pkg": "1.2.0"`, `"node_modules/pkg": {`, `pkg@1.2.0`.
    static func namesPackage(_ line: String, _ package: String) -> Bool {
        line.contains("\"\(package)\"") || line.contains("\"node_modules/\(package)\"") || line.contains("\(package)@")
            || line.trimmingCharacters(in: .whitespaces).hasPrefix("\(package):") || line.contains("/\(package)/")
    }

    /// The version on a manifest line (`"acme-agent": "^1.3.0"` → `^1.3.0`).
    static func version(_ line: String) -> String? {
        let parts = line.split(separator: "\"").map(String.init)
        return parts.last { $0.first.map { $0.isNumber || $0 == "^" || $0 == "~" } ?? false }
    }

    /// The repository path of a script the snapshot names: below the repository's root, or the longest path suffix
    /// that is a file of the repository (snapshots taken in a container name `/app/server.js`).
    static func repoPath(of script: String, root: String, files: [String]) -> String? {
        let prefix = root.hasSuffix("/") ? root : root + "/"
        if script.hasPrefix(prefix) { return String(script.dropFirst(prefix.count)) }
        let clean = script.hasPrefix("file://") ? String(script.dropFirst(7)) : script
        var best: String?
        for file in files where clean == file || clean.hasSuffix("/" + file) {
            if file.count > (best?.count ?? 0) { best = file }
        }
        return best
    }
}

extension HeapBlame {
    /// The suspect range `memblame report` finds for `service`: the last healthy deploy's SHA and the first leaking one's.
    /// - Throws: `.usage` when the database has no such answer (no leak, no deploy at the onset, deploys without SHAs),
    ///   saying to pass `--range`.
    public static func reportRange(db: Database, service: String?) throws -> (from: String, to: String) {
        let inv = try Investigation(db: db, service: service)
        guard let healthy = inv.suspects.lastHealthy?.sha, let leaking = inv.suspects.firstLeaking?.sha else {
            let why = inv.analysis.result.leak ? "the onset falls on no deploy with a commit SHA" : "the report finds no leak"
            throw MemBlameError(.usage, "no suspect range for \(inv.service): \(why); pass --range LAST_HEALTHY..FIRST_LEAKING")
        }
        return (healthy, leaking)
    }

    /// `A..B` into its two revisions.
    /// - Throws: `.usage` for anything else.
    public static func parseRange(_ text: String) throws -> (from: String, to: String) {
        let parts = text.components(separatedBy: "..")
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, !parts[1].hasPrefix(".") else {
            throw MemBlameError(.usage, "--range expects LAST_HEALTHY..FIRST_LEAKING (two commits joined by ..), found \"\(text)\"")
        }
        return (parts[0], parts[1])
    }
}
