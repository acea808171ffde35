import ArgumentParser
import MemBlameKit

/// `memblame heap`: V8 heap snapshots (Node.js, Chrome).
struct HeapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "heap",
        abstract: "Analyse V8 heap snapshots (.heapsnapshot): which objects leak and what holds them.",
        subcommands: [HeapDiffCommand.self, HeapSummaryCommand.self, HeapPlanCommand.self]
    )
}

/// `memblame heap diff S1 S2 S3`: objects allocated between S1 and S2 that are still alive in S3.
struct HeapDiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Objects allocated between snapshots 1 and 2 still alive in snapshot 3, by class, largest retained size first.",
        discussion: "All three snapshots must come from one process, in the order they were taken."
    )

    @Argument(help: "The first snapshot (baseline).") var s1: String
    @Argument(help: "The second snapshot (after the suspect activity).") var s2: String
    @Argument(help: "The third snapshot (after more activity): the one examined.") var s3: String
    @Option(help: "Show this many groups.") var top: Int = 20
    @Option(help: "Print retainer paths for this many top groups.") var paths: Int = 3
    @Option(name: .customLong("group-by"), help: "class (DevTools class names) or memlab (name and type, closures by function name).")
    var grouping: HeapGrouping = .class
    @OptionGroup var output: FormatOption
    @Option(help: ArgumentHelp("The service's local git clone: rank the PRs, files and hunks of the suspect range by how well they explain the leak.", valueName: "path"))
    var repo: String?
    @Option(help: ArgumentHelp("The suspect range LAST_HEALTHY..FIRST_LEAKING (default: the one `memblame report` finds for --service in --db).", valueName: "a..b"))
    var range: String?
    @Option(help: "With --repo and no --range: the service whose report gives the range.") var service: String?
    @Option(name: .customLong("min-count"), help: "With --repo: survivors a group needs to count as leaking.") var minCount: Int = 50
    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard top > 0 else { throw ValidationError("--top must be at least 1") }
        guard paths >= 0 else { throw ValidationError("--paths must not be negative") }
        guard minCount >= 1 else { throw ValidationError("--min-count must be at least 1") }
        if repo == nil && (range != nil || service != nil) { throw ValidationError("--range and --service need --repo") }
    }

    func run() throws {
        try reportingErrors {
            let diff = try HeapDiff(s1: s1, s2: s2, s3: s3, grouping: grouping)
            guard let repo else {
                Terminal.print(HeapReport.render(diff, top: top, paths: paths, as: output.format))
                return
            }
            let repository = try GitRepository(path: repo)
            let bounds = try range.map(HeapBlame.parseRange) ?? HeapBlame.reportRange(db: try global.open(), service: service)
            let evidence = HeapEvidence(diff: diff, minCount: minCount)
            let blame = try HeapBlame(evidence: evidence, repository: repository, from: bounds.from, to: bounds.to)
            switch output.format {
            case .json, .csv:
                Terminal.print(HeapBlameReport.render(blame, as: output.format))
            case .table, .markdown:
                Terminal.print(HeapReport.render(diff, top: top, paths: paths, as: output.format) + "\n" + HeapBlameReport.render(blame, as: output.format))
            }
        }
    }
}

extension HeapGrouping: ExpressibleByArgument {}

/// `memblame heap summary FILE`: all objects of one snapshot by class, as DevTools' Summary view.
struct HeapSummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "summary", abstract: "All objects of one snapshot by class: count, self and retained size.")

    @Argument(help: "The snapshot.") var file: String
    @Option(help: "Show this many groups.") var top: Int = 30
    @Option(name: .customLong("group-by"), help: "class (DevTools class names) or memlab (name and type).")
    var grouping: HeapGrouping = .class
    @OptionGroup var output: FormatOption

    func validate() throws {
        guard top > 0 else { throw ValidationError("--top must be at least 1") }
    }

    func run() throws {
        try reportingErrors {
            let summary = try HeapSummary(path: file, grouping: grouping)
            var text = TableRenderer.render(HeapReport.table(Array(summary.rows.prefix(top))), as: output.format)
            if output.format == .table || output.format == .markdown {
                text = "\(file): \(summary.count) objects, \(HeapReport.bytes(summary.selfSize)) in \(summary.rows.count) classes\n\n" + text
            }
            Terminal.print(text)
        }
    }
}

/// `memblame heap plan --service X`: when to take the three snapshots, from the measured leak rate, noise and headroom.
struct HeapPlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "When to take the three heap snapshots of a leaking service, and the commands to take them.",
        discussion: "Exit status: 0 a plan (a leak was found), 1 no leak found, 3 inconclusive, 64 usage, 65 bad data, 74 I/O.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var analysis: AnalysisOptions

    func run() throws {
        var outcome = OnsetOutcome.noLeak
        try reportingErrors {
            let result = try analysis.analyse(global)
            outcome = result.result.outcome
            guard let plan = HeapPlan(result: result.result, points: result.series.points) else {
                Terminal.print(result.result.summary + "\nNo leak to snapshot: the heap would show nothing that grows.\n")
                return
            }
            Terminal.print(plan.text(service: result.series.key.service))
        }
        if outcome != .leak { throw ExitCode(outcome.exitStatus) }
    }
}
