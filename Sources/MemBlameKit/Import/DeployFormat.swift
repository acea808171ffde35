/// Options the user gives to `import deploys`.
public struct DeployImportOptions: Sendable {
    /// Maps a CI project to the service of the memory series (`--service prod/api`).
    public var service: String?
    /// Only deploys of this branch (`--branch main`).
    public var branch: String?
    /// The deploy workflow's name (`--workflow deploy`).
    public var workflow: String?
    /// The GitHub deployment environment (`--environment production`).
    public var environment: String?
    /// The CircleCI job whose finish is the live time (`--job deploy-production`); nil picks the
    /// workflow's non-approval job whose name contains "deploy".
    public var job: String?
    /// git log: also record every first-parent commit as an (approximate) deploy of `service`.
    public var asDeploys: Bool

    public init(service: String? = nil, branch: String? = nil, workflow: String? = nil, environment: String? = nil,
                job: String? = nil, asDeploys: Bool = false) {
        self.service = service
        self.branch = branch
        self.workflow = workflow
        self.environment = environment
        self.job = job
        self.asDeploys = asDeploys
    }
}

/// What a deploy importer read: deploys, commits (from git logs), and what it skipped and why.
public struct DeployBatch: Sendable {
    public var deploys: [Deploy] = []
    public var commits: [Commit] = []
    /// Skipped entries by reason (`failed`, `other branch`, ...), reported to the user.
    public var skipped: [String: Int] = [:]
    public var warnings: [String] = []
    /// The input each deploy or commit came from, by external id or SHA (for the per-file `imports` rows
    /// of multi-file formats); entries without one are credited to the group's first file.
    public var origins: [String: String] = [:]
    /// Services whose history in this batch is depth-limited by the source (Kubernetes ReplicaSets, Argo CD):
    /// the import compares it with the stored memory series and says when the history is shorter.
    public var depthLimits: [String: HistoryDepth] = [:]

    public init() {}

    /// Counts one skipped entry.
    public mutating func skip(_ reason: String) { skipped[reason, default: 0] += 1 }

    /// Appends another batch (deploys, commits, skipped counts, warnings and origins).
    public mutating func merge(_ other: DeployBatch) {
        deploys += other.deploys
        commits += other.commits
        for (reason, n) in other.skipped { skipped[reason, default: 0] += n }
        warnings += other.warnings
        origins.merge(other.origins) { first, _ in first }
        depthLimits.merge(other.depthLimits) { a, b in
            HistoryDepth(why: a.why, oldest: min(a.oldest, b.oldest), count: a.count + b.count)
        }
    }
}

/// One deploy-history file format: how to recognise it and how to read it.
public protocol DeployFormat: Sendable {
    /// The name used by `--format` and recorded in `imports.format`.
    var name: String { get }
    var summary: String { get }
    /// Whether the first bytes (`head`) look like this format; `fileName` is the input's name as given
    /// (a path or URL), for shapes that content alone cannot tell (an empty API list).
    func matches(head: String, fileName: String) -> Bool
    /// Reads the whole input.
    /// - Throws: `MemBlameError` with the file and line or JSON path of the first problem.
    func read(_ input: InputFile, options: DeployImportOptions) throws -> DeployBatch
    /// Reads several inputs of this format together, for sources whose records are joined across
    /// files (CircleCI pipelines + workflows + jobs; GitHub deployments + statuses).
    /// The default merges the per-file reads.
    func read(_ inputs: [InputFile], options: DeployImportOptions) throws -> DeployBatch
}

extension DeployFormat {
    /// Merges the per-file reads; the origins name each file.
    public func read(_ inputs: [InputFile], options: DeployImportOptions) throws -> DeployBatch {
        var all = DeployBatch()
        for input in inputs {
            var batch = try read(input, options: options)
            for d in batch.deploys where batch.origins[d.externalID] == nil { batch.origins[d.externalID] = input.displayName }
            for c in batch.commits where batch.origins[c.sha] == nil { batch.origins[c.sha] = input.displayName }
            all.merge(batch)
        }
        return all
    }
}

/// All deploy formats memblame knows, and content-based detection.
public enum DeployFormats {
    public static var all: [DeployFormat] {
        [CircleCIDeployFormat(), GitHubDeployFormat(), GitLogFormat(), GenericDeployCSVFormat(),
         KubectlReplicaSetFormat(), ArgoCDHistoryFormat(), GitLabDeployFormat(), ECSDeployFormat(), CodeDeployFormat(),
         KubectlRolloutHistoryFormat()]
    }

    public static func named(_ name: String) throws -> DeployFormat {
        guard let format = all.first(where: { $0.name == name }) else {
            throw MemBlameError(.usage, "unknown deploy format '\(name)'; known formats: \(all.map(\.name).joined(separator: ", "))")
        }
        return format
    }

    public static func detect(_ input: InputFile) throws -> DeployFormat {
        let bytes = try input.head(8192)
        if bytes.isEmpty { throw MemBlameError.badInput("the file is empty; expected a deploy-history export", at: SourceLocation(file: input.displayName)) }
        try BinaryInput.refuse(bytes, input: input)
        let head = String(decoding: bytes, as: UTF8.self)
        if let format = all.first(where: { $0.matches(head: head, fileName: input.displayName) }) { return format }
        let nearMiss = NearMiss.describe(head: head, forDeploys: true).map { ": \($0)" } ?? ""
        throw MemBlameError.badInput("not a deploy-history format memblame knows (\(all.map(\.name).joined(separator: ", ")))\(nearMiss); name one with --format",
                                     at: SourceLocation(file: input.displayName))
    }
}

/// PR numbers from commit subjects: `Merge pull request #N from owner/branch` and squash `Title (#N)`.
public enum PullRequestNumber {
    /// The PR that landed the commit, or nil for a direct push. For a revert
    /// (`Revert "X (#121)" (#125)`) the trailing number is the one that landed.
    public static func from(subject: String) -> Int? {
        let s = subject.trimmingCharacters(in: .whitespaces)
        if s.hasPrefix("Merge pull request #") {
            let digits = s.dropFirst("Merge pull request #".count).prefix(while: \.isNumber)
            return Int(digits)
        }
        if s.hasSuffix(")"), let open = s.range(of: "(#", options: .backwards) {
            return Int(s[open.upperBound..<s.index(before: s.endIndex)])
        }
        return nil
    }
}

import Foundation
