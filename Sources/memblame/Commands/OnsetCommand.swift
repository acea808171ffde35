import ArgumentParser
import Foundation
import MemBlameKit

/// `memblame onset`: when memory began to grow, and at which deploy. Exit 0 when a leak is found,
/// 1 when none is (said in words), 64/65/74 on errors.
struct OnsetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "onset",
        abstract: "Find when a service's memory began to grow and the deploy that most likely started it.",
        discussion: "Exit status: 0 a leak was found, 1 no leak was found, 3 inconclusive (the summary says what data would decide it), 64 usage, 65 bad data, 74 I/O.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption
    @OptionGroup var analysis: AnalysisOptions
    @Flag(help: "Also print how the answer moves across sensitivities (a table, or `sensitivity_sweep` in JSON; not with CSV).") var sweep = false

    func validate() throws {
        if sweep && output.format == .csv {
            throw ValidationError("--sweep adds a second table, which one CSV file cannot hold; use --format json (the sweep is its sensitivity_sweep member) or the table")
        }
    }

    func run() throws {
        var outcome = OnsetOutcome.noLeak
        try reportingErrors {
            let analysis = try self.analysis.analyse(global, sweep: sweep)
            outcome = analysis.result.outcome
            Terminal.print(OnsetRenderer.render(analysis.result, deploys: analysis.deploys, as: output.format, sweep: analysis.sweep))
        }
        if outcome != .leak { throw ExitCode(outcome.exitStatus) }
    }
}
