import ArgumentParser
import Foundation
import MemBlameKit

/// `memblame demo`: builds a fresh database from the bundled sample data, then reports on it.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Build a fresh database from the bundled sample-data/ story and report on it."
    )

    // GlobalOptions itself: swift-argument-parser hands a child the value its parent decoded by option-group type,
    // so `memblame --db X demo` reaches the demo only through the same type. The demo's default differs.
    @OptionGroup var global: GlobalOptions
    @OptionGroup var chart: ChartOptions

    func run() throws {
        try reportingErrors {
            let db = global.db ?? "memblame-demo.db"
            let style = try chart.style()   // a bad --width is reported before anything is written
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
            let database = try Database(path: db)
            Terminal.print("Importing the sample story (sample-data/, embedded in this binary) into \(db):\n")
            for (step, report) in try SampleStory.load(into: database) {
                printImportReport(report, noun: step.kind == .metrics ? "points" : "rows")
            }
            Terminal.print("\n" + TableRenderer.plain(Listings.series(try MetricStore(database).summaries())) + "\n")
            for service in try MetricStore(database).services() where service != SampleStory.leakingService {
                let inv = try Investigation(db: database, service: service)
                Terminal.print("\(service): \(inv.analysis.result.summary)\n")
            }
            Terminal.print("\n$ " + SampleStory.reportCommand(db: db) + "\n\n")
            let inv = try Investigation(db: database, service: SampleStory.leakingService)
            Terminal.print(ReportRenderer.text(inv, chartStyle: style))
            Terminal.print("\nExplore:\n" + SampleStory.exploreCommands(db: db).map { "  " + $0 + "\n" }.joined())
        }
    }
}
