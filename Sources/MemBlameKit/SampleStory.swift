import Foundation

/// The bundled `sample-data/` story (embedded in the binary at build time) and how the demo imports it:
/// prod/api's memory from a CloudWatch `get-metric-data` export and its deploys from CircleCI API v2 pages
/// enriched by a `git log`; prod/worker from generic CSVs.
public enum SampleStory {
    /// One import step of the story: a set of files imported together.
    public struct Step: Sendable {
        public enum Kind: Sendable { case metrics, deploys }
        public var kind: Kind
        /// Path prefixes below `sample-data/`; every embedded file under them is part of the step.
        public var paths: [String]
        public var metricOptions = MetricImportOptions()
        public var deployOptions = DeployImportOptions()
    }

    /// The steps `memblame demo` runs, in order.
    public static let steps: [Step] = [
        Step(kind: .metrics, paths: ["cloudwatch/prod-api.get-metric-data.json"], metricOptions: MetricImportOptions(service: "prod/api")),
        Step(kind: .metrics, paths: ["csv/prod-worker.memory.csv"], metricOptions: MetricImportOptions(service: "prod/worker")),
        Step(kind: .deploys, paths: ["circleci/pipelines.", "circleci/workflows/", "circleci/jobs/"],
             deployOptions: DeployImportOptions(service: "prod/api", branch: "main", workflow: "deploy")),
        Step(kind: .deploys, paths: ["git/api.git-log.txt"]),
        Step(kind: .deploys, paths: ["csv/prod-worker.deploys.csv"]),
    ]

    /// The service the story's leak is in.
    public static let leakingService = "prod/api"
    /// The story's healthy control.
    public static let healthyService = "prod/worker"

    /// The command whose output `memblame demo` shows (`$ memblame --db memblame-demo.db report --service prod/api`).
    public static func reportCommand(db: String) -> String {
        "memblame --db \(shellWord(db)) report --service \(leakingService)"
    }

    /// The commands `memblame demo` prints at its end, one per line, to explore the database it built. Each runs
    /// as printed, exiting 0 unless its comment says otherwise (`Tests/MemBlameCLITests/DocsCommandsTests.swift`).
    public static func exploreCommands(db: String) -> [String] {
        let memblame = "memblame --db \(shellWord(db))"
        return [
            "\(memblame) series",
            "\(memblame) deploys --service \(leakingService)",
            "\(memblame) onset --service \(leakingService)",
            "\(memblame) suspects --service \(leakingService)",
            "\(memblame) chart --service \(leakingService)",
            "\(memblame) report --service \(leakingService) --html report.html",
            "\(memblame) query segments --param service=\(leakingService)",
            "\(memblame) onset --service \(healthyService)   # exits 1: no leak found",
        ]
    }

    /// `path` as one shell word: as it is when that is safe, else in single quotes.
    static func shellWord(_ path: String) -> String {
        let safe = !path.isEmpty && path.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || "._/-+@%:,".unicodeScalars.contains($0) }
        return safe ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// The embedded bytes of a sample file.
    public static func file(_ path: String) throws -> InputFile {
        guard let text = EmbeddedSampleData.files[path] else {
            throw MemBlameError(.io, "sample file \(path) is not embedded in this build")
        }
        return InputFile(name: "sample-data/" + path, contents: Data(text.utf8))
    }

    /// Every embedded sample file's path.
    public static var embeddedPaths: [String] { EmbeddedSampleData.files.keys.sorted() }

    /// Imports the story into `db` and returns each step with its report.
    public static func load(into db: Database) throws -> [(step: Step, report: ImportReport)] {
        try steps.map { step in
            let inputs = try embeddedPaths.filter { path in step.paths.contains { path.hasPrefix($0) } }.map(file)
            guard !inputs.isEmpty else { throw MemBlameError(.io, "no embedded sample files under \(step.paths.joined(separator: ", "))") }
            switch step.kind {
            case .metrics: return (step, try MetricImport(db: db).run(inputs, options: step.metricOptions))
            case .deploys: return (step, try DeployStore(db).importFiles(inputs, options: step.deployOptions))
            }
        }
    }
}
