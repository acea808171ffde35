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

    public init(service: String? = nil, branch: String? = nil, workflow: String? = nil, environment: String? = nil) {
        self.service = service
        self.branch = branch
        self.workflow = workflow
        self.environment = environment
    }
}

/// What a deploy importer read: deploys, commits (from git logs), and what it skipped and why.
public struct DeployBatch: Sendable {
    public var deploys: [Deploy] = []
    public var commits: [Commit] = []
    /// Skipped entries by reason (`failed`, `other branch`, ...), reported to the user.
    public var skipped: [String: Int] = [:]
    public var warnings: [String] = []

    public init() {}

    /// Counts one skipped entry.
    public mutating func skip(_ reason: String) { skipped[reason, default: 0] += 1 }
}

/// One deploy-history file format: how to recognise it and how to read it.
public protocol DeployFormat: Sendable {
    /// The name used by `--format` and recorded in `imports.format`.
    var name: String { get }
    var summary: String { get }
    func matches(head: String, fileName: String) -> Bool
    /// Reads the whole input.
    /// - Throws: `MemBlameError` with the file and line or JSON path of the first problem.
    func read(_ input: InputFile, options: DeployImportOptions) throws -> DeployBatch
}

/// All deploy formats memblame knows, and content-based detection.
public enum DeployFormats {
    public static var all: [DeployFormat] {
        [GenericDeployCSVFormat()]
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
        let head = String(decoding: bytes, as: UTF8.self)
        let fileName = input.displayName.split(separator: "/").last.map(String.init) ?? input.displayName
        if let format = all.first(where: { $0.matches(head: head, fileName: fileName) }) { return format }
        throw MemBlameError.badInput("not a deploy-history format memblame knows (\(all.map(\.name).joined(separator: ", "))); name one with --format",
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
