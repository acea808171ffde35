import ArgumentParser
import Foundation
import MemBlameKit

/// `memblame demo`: builds a fresh database from the bundled sample data and shows what it holds.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Build a fresh database from the bundled sample-data/ story and report on it."
    )

    @Option(help: "Where to write the demo database (replaced if it exists).") var db: String = "memblame-demo.db"

    func run() throws {
        try reportingErrors {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
            let database = try Database(path: db)
            Terminal.print("Importing the sample story into \(db):\n")
            for (step, report) in try SampleStory.load(into: database) {
                printImportReport(report, noun: step.kind == .metrics ? "points" : "rows")
            }
            Terminal.print("\nSeries:\n")
            Terminal.print(TableRenderer.render(Listings.series(try MetricStore(database).summaries()), as: .table))
            let deploys = try DeployStore(database).deploys()
            Terminal.print("\nDeploys (\(deploys.count)), the last 10:\n")
            Terminal.print(TableRenderer.render(Listings.deploys(Array(deploys.suffix(10))), as: .table))
            Terminal.print("\nExplore it: memblame --db \(db) series | deploys | query series-summary\n")
        }
    }
}
