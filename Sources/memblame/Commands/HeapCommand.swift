import ArgumentParser
import MemBlameKit

/// `memblame heap`: V8 heap snapshots (Node.js, Chrome).
struct HeapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "heap",
        abstract: "Analyse V8 heap snapshots (.heapsnapshot): which objects leak and what holds them.",
        subcommands: [HeapDiffCommand.self, HeapSummaryCommand.self]
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

    func validate() throws {
        guard top > 0 else { throw ValidationError("--top must be at least 1") }
        guard paths >= 0 else { throw ValidationError("--paths must not be negative") }
    }

    func run() throws {
        try reportingErrors {
            let diff = try HeapDiff(s1: s1, s2: s2, s3: s3, grouping: grouping)
            Terminal.print(HeapReport.render(diff, top: top, paths: paths, as: output.format))
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
