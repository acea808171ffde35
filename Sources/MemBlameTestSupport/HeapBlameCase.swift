import Foundation

/// A small Node service's git history with a few PRs, one of which leaks (`requests`, `cache`, `agent`) or none
/// (`none`), and three heap snapshots of its last build under load: built at test time by
/// `Tests/Support/heap-blame/make-case.js` (needs `node` and `git`), once per case and test process.
public struct HeapBlameCase: Sendable {
    /// The four cases.
    public static let leaking = ["requests", "cache", "agent"]
    public static let all = leaking + ["none"]

    /// The git repository.
    public var repo: String
    /// The snapshots s1, s2, s3.
    public var snapshots: [String]
    /// The range: the healthy base and the leaking head (full SHAs).
    public var base: String
    public var head: String
    /// The PR that leaks, the file and the retaining line (nil for `none`).
    public var pr: Int?
    public var file: String?
    public var line: String?

    private struct Printed: Decodable { var base: String; var head: String; var pr: Int?; var file: String?; var line: String? }
    private final class Cache: @unchecked Sendable {
        let lock = NSLock()
        var cases: [String: HeapBlameCase] = [:]
    }
    private static let cache = Cache()

    /// The case `name`, built on first use.
    /// - Throws: when node or git fail (their stderr is in the message).
    public static func named(_ name: String) throws -> HeapBlameCase {
        cache.lock.lock()
        defer { cache.lock.unlock() }
        if let known = cache.cases[name] { return known }
        let folder = Scratch.folder("heap-blame-\(name)")
        let script = Repository.root.appendingPathComponent("Tests/Support/heap-blame/make-case.js").path
        let result = try runProcess(URL(fileURLWithPath: "/usr/bin/env"), ["node", script, folder.path, name, "200"])
        guard result.status == 0, let line = result.stdout.split(separator: "\n").last,
              let printed = try? JSONDecoder().decode(Printed.self, from: Data(line.utf8)) else {
            throw CaseError(message: "make-case.js \(name) failed (exit \(result.status)): \(result.stderr.prefix(800))")
        }
        let built = HeapBlameCase(repo: folder.appendingPathComponent("repo").path,
                                  snapshots: ["s1", "s2", "s3"].map { folder.appendingPathComponent("\($0).heapsnapshot").path },
                                  base: printed.base, head: printed.head, pr: printed.pr, file: printed.file, line: printed.line)
        cache.cases[name] = built
        return built
    }

    struct CaseError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
