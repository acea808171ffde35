import Foundation

/// A local git repository read through the `git` command line: the first-parent commits of a range with their
/// diffs, `git blame` of single lines, and files at a revision. Read-only; nothing is fetched.
public struct GitRepository {
    /// The repository's top-level folder.
    public let root: String
    /// The folder as the user named it, for error messages.
    public let name: String

    /// Opens the repository holding `path`.
    /// - Throws: `.usage` when `path` is no git repository or `git` cannot run.
    public init(path: String) throws {
        name = path
        let top = try GitRepository.git(["-C", path, "rev-parse", "--show-toplevel"], in: nil, name: path)
        root = top.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    // MARK: - Running git

    static func git(_ arguments: [String], in folder: String?, name: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + (folder.map { ["-C", $0] } ?? []) + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = "C"
        environment["GIT_PAGER"] = "cat"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch {
            throw MemBlameError(.usage, "cannot run git (\(error.localizedDescription)); --repo needs the git command line", at: SourceLocation(file: name))
        }
        final class Box: @unchecked Sendable { var data = Data() }
        let errBox = Box()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { errBox.data = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errBox.data, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? "exit \(process.terminationStatus)"
            if message.contains("not a git repository") {
                throw MemBlameError(.usage, "not a git repository; --repo names the service's local clone", at: SourceLocation(file: name))
            }
            throw MemBlameError(.usage, "git \(arguments.first ?? ""): \(message)", at: SourceLocation(file: name))
        }
        return String(decoding: data, as: UTF8.self)
    }

    func git(_ arguments: [String]) throws -> String { try GitRepository.git(arguments, in: root, name: name) }

    // MARK: - Reading

    /// The full SHA of `revision`.
    /// - Throws: `.usage` naming the revision when the repository does not have it.
    public func resolve(_ revision: String) throws -> String {
        do {
            return try git(["rev-parse", "--verify", "--quiet", revision + "^{commit}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        } catch {
            throw MemBlameError(.usage, "the repository has no commit \(revision) (fetch it, or give --range LAST_HEALTHY..FIRST_LEAKING with commits it has)",
                                at: SourceLocation(file: name))
        }
    }

    /// The first-parent commits after `from` up to and including `to`, oldest first, each with its diff against its
    /// first parent (for a merge: everything its branch brought), read with one `git log -m --first-parent -p -U0`.
    public func changes(from: String, to: String) throws -> [GitChange] {
        let text = try git(["log", "--first-parent", "-m", "-p", "-U0", "--no-color", "--no-ext-diff", "--no-renames", "--reverse",
                            "--format=%x1e%H%x1f%P%x1f%an%x1f%s%x1f%b%x1f", "\(from)..\(to)"])
        var changes: [GitChange] = []
        for record in text.split(separator: "\u{1E}", omittingEmptySubsequences: true) {
            let fields = record.split(separator: "\u{1F}", maxSplits: 5, omittingEmptySubsequences: false)
            guard fields.count == 6 else { continue }
            let subject = String(fields[3])
            let body = fields[4].split(separator: "\n").first.map { String($0).trimmingCharacters(in: .whitespaces) }
            // A merge's subject is "Merge pull request #N from ..."; the PR's title is the first line of its body.
            let title = subject.hasPrefix("Merge pull request #") ? (body ?? subject) : subject
            changes.append(GitChange(sha: String(fields[0]), parents: fields[1].split(separator: " ").map(String.init),
                                     author: String(fields[2]), subject: subject, title: title,
                                     pr: PullRequestNumber.from(subject: subject), position: changes.count,
                                     files: GitDiffParser.parse(String(fields[5]))))
        }
        return changes
    }

    /// The commit that last changed `line` (1-based) of `file` as of `revision`, or nil when git cannot say.
    public func blame(file: String, line: Int, at revision: String) -> String? {
        guard let text = try? git(["blame", "--porcelain", "-L", "\(line),\(line)", revision, "--", file]) else { return nil }
        return text.split(separator: " ").first.map(String.init)
    }

    /// All commits a first-parent commit brought: for a merge `M`, `M^1..M`; otherwise the commit itself.
    public func commitsBrought(by change: GitChange) -> [String] {
        guard change.parents.count > 1 else { return [change.sha] }
        let text = (try? git(["rev-list", "\(change.parents[0])..\(change.sha)"])) ?? change.sha
        return text.split(separator: "\n").map(String.init)
    }

    /// The paths of all files at `revision`.
    public func files(at revision: String) -> [String] {
        ((try? git(["ls-tree", "-r", "--name-only", revision])) ?? "").split(separator: "\n").map(String.init)
    }

    /// The text of `file` at `revision`, or nil.
    public func show(_ file: String, at revision: String) -> String? {
        try? git(["show", "\(revision):\(file)"])
    }
}

/// One first-parent commit of a range (a merged PR, a squash merge or a direct push) and what it changed.
public struct GitChange: Sendable, Codable {
    public var sha: String
    public var parents: [String]
    public var author: String
    public var subject: String
    /// The PR's title (a merge commit's body line), else the subject.
    public var title: String
    /// The PR number from the subject (`Merge pull request #N`, `Title (#N)`).
    public var pr: Int?
    /// 0-based position in the range, oldest first.
    public var position: Int
    /// The files changed against the first parent.
    public var files: [GitFileDiff]

    /// `PR #44 'Upgrade acme-agent'` or `commit 1a2b3c4d 'subject'`.
    public var name: String { (pr.map { "PR #\($0)" } ?? "commit \(sha.prefix(8))") + " '\(title)'" }
}

/// The changes of one file: hunks with their added and removed lines (from a `-U0` diff).
public struct GitFileDiff: Sendable, Codable {
    /// Path after the change (before it, for a deleted file).
    public var path: String
    public var hunks: [GitHunk]
}

/// One hunk: where it starts in the new file, and its lines.
public struct GitHunk: Sendable, Codable {
    /// First line of the hunk in the new file (1-based; for a pure removal, the line after which lines went).
    public var newStart: Int
    /// Added lines, with their line numbers in the new file.
    public var added: [GitLine]
    /// Removed lines (line numbers in the old file).
    public var removed: [GitLine]
}

/// One line of a diff.
public struct GitLine: Sendable, Codable, Equatable {
    public var number: Int
    public var text: String
}

/// Reads unified diffs (`git diff -U0`) into files and hunks.
public enum GitDiffParser {
    /// The files of one commit's diff text.
    public static func parse(_ text: String) -> [GitFileDiff] {
        var files: [GitFileDiff] = []
        var oldPath: String?
        var newLine = 0, oldLine = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.hasPrefix("diff --git ") {
                oldPath = nil
                continue
            }
            if line.hasPrefix("--- ") { oldPath = path(line.dropFirst(4)); continue }
            if line.hasPrefix("+++ ") {
                let new = path(line.dropFirst(4))
                files.append(GitFileDiff(path: new ?? oldPath ?? "", hunks: []))
                continue
            }
            if line.hasPrefix("@@ "), !files.isEmpty {
                // @@ -a[,b] +c[,d] @@
                let parts = line.split(separator: " ")
                guard parts.count >= 3 else { continue }
                oldLine = Int(parts[1].dropFirst().split(separator: ",").first ?? "") ?? 0
                newLine = Int(parts[2].dropFirst().split(separator: ",").first ?? "") ?? 0
                let count = parts[2].split(separator: ",").dropFirst().first.flatMap { Int($0) } ?? 1
                files[files.count - 1].hunks.append(GitHunk(newStart: count == 0 ? newLine + 1 : newLine, added: [], removed: []))
                continue
            }
            guard !files.isEmpty, !files[files.count - 1].hunks.isEmpty else { continue }
            let h = files[files.count - 1].hunks.count - 1
            if line.hasPrefix("+") {
                files[files.count - 1].hunks[h].added.append(GitLine(number: newLine, text: String(line.dropFirst())))
                newLine += 1
            } else if line.hasPrefix("-") {
                files[files.count - 1].hunks[h].removed.append(GitLine(number: oldLine, text: String(line.dropFirst())))
                oldLine += 1
            }
        }
        return files
    }

    /// `a/x/y.js` → `x/y.js`; `/dev/null` → nil.
    private static func path(_ text: Substring) -> String? {
        let t = text.split(separator: "\t").first.map(String.init) ?? String(text)
        if t == "/dev/null" { return nil }
        if t.hasPrefix("a/") || t.hasPrefix("b/") { return String(t.dropFirst(2)) }
        return t
    }
}
