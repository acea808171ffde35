import ArgumentParser
import Foundation
import MemBlameKit

/// `memblame report`: the chart, the onset and the ranked suspects in one page; `--html FILE` writes the
/// same as one self-contained HTML file.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Chart + onset + ranked suspects for a service (table, markdown, json, csv, or --html FILE).",
        discussion: "Exit status: 0 a leak was found, 1 no leak was found, 3 inconclusive (the summary says what data would decide it), 64 usage, 65 bad data, 74 I/O.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption
    @OptionGroup var analysis: AnalysisOptions
    @OptionGroup var suspectWindow: SuspectWindowOption
    @OptionGroup var chart: ChartOptions
    @Option(help: "Also write the report as one self-contained HTML page to this file.") var html: String?
    @Flag(help: "Leave the chart out.") var noChart = false
    @Option(help: ArgumentHelp("Three heap snapshots of the leaking build, comma-separated: add their evidence to the suspects (needs --repo).", valueName: "s1,s2,s3"))
    var heap: String?
    @Option(help: ArgumentHelp("The service's local git clone, to read the changes each suspect shipped (with --heap).", valueName: "path"))
    var repo: String?

    func validate() throws {
        if (heap == nil) != (repo == nil) { throw ValidationError("--heap and --repo go together") }
        if let heap, heap.split(separator: ",", omittingEmptySubsequences: false).count != 3 {
            throw ValidationError("--heap expects three snapshots separated by commas (s1,s2,s3), found \"\(heap)\"")
        }
    }

    func run() throws {
        var outcome = OnsetOutcome.noLeak
        try reportingErrors {
            var inv = try suspectWindow.investigate(analysis, global)
            outcome = inv.analysis.result.outcome
            if let heap, let repo, inv.analysis.result.leak {
                let files = heap.split(separator: ",").map(String.init)
                let diff = try HeapDiff(s1: files[0], s2: files[1], s3: files[2])
                inv.addHeapEvidence(HeapEvidence(diff: diff), repository: try GitRepository(path: repo))
            }
            try emit(inv)
        }
        if outcome != .leak { throw ExitCode(outcome.exitStatus) }
    }

    func emit(_ inv: Investigation) throws {
        let drawn = noChart || output.format == .json || output.format == .csv ? nil
            : TerminalChart(inv.chartInput(), style: output.format == .markdown ? try chart.plainStyle() : try chart.style()).render()
        Terminal.print(ReportRenderer.render(inv, as: output.format, chart: drawn))
        if let html {
            do {
                try ReportRenderer.html(inv).write(toFile: html, atomically: true, encoding: .utf8)
            } catch {
                throw MemBlameError(.io, "cannot write the HTML report: \(error.localizedDescription)", at: SourceLocation(file: html))
            }
            Terminal.note("memblame: wrote \(html)")
        }
    }
}
