import ArgumentParser
import MemBlameKit

/// `memblame-bench`: benchmarks that print figures, compared side by side with a named reference.
@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "memblame-bench",
        abstract: "Benchmarks for memblame: each prints its figures and the ratio to its reference.",
        subcommands: [InsertBench.self, ImportBench.self, ReportBench.self, ChartBench.self, OnsetEvalBench.self, SuspectsEvalBench.self, OnsetBench.self, HeapBench.self, MemoryBench.self]
    )
}
