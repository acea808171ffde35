import ArgumentParser
import MemBlameKit

/// `memblame suspects`: the deploys near the onset, ranked, with the parts of each score.
struct SuspectsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suspects",
        abstract: "Rank the deploys near the onset by how well each explains it, with the reasons.",
        discussion: "Exit status: 0 a leak was found, 1 no leak was found, 3 inconclusive (the summary says what data would decide it), 64 usage, 65 bad data, 74 I/O.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption
    @OptionGroup var analysis: AnalysisOptions
    @OptionGroup var suspectWindow: SuspectWindowOption

    func run() throws {
        var outcome = OnsetOutcome.noLeak
        try reportingErrors {
            let inv = try suspectWindow.investigate(analysis, global)
            outcome = inv.analysis.result.outcome
            switch output.format {
            case .json: Terminal.print(ReportDocument(inv).json())
            case .table:
                Terminal.print(inv.suspects.message + "\n")
                if !inv.suspects.suspects.isEmpty { Terminal.print(TableRenderer.plain(ReportRenderer.suspectsTable(inv))) }
            default: Terminal.print(TableRenderer.render(ReportRenderer.suspectsTable(inv), as: output.format))
            }
        }
        if outcome != .leak { throw ExitCode(outcome.exitStatus) }
    }
}
