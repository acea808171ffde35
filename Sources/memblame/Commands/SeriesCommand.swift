import ArgumentParser
import MemBlameKit

/// `memblame series`: what memory series the database holds.
struct SeriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "series", abstract: "List the stored memory series: points, range, gaps.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption
    @Option(help: "Only this service.") var service: String?

    func run() throws {
        try reportingErrors {
            let summaries = try MetricStore(try global.open()).summaries(service: service)
            Terminal.print(TableRenderer.render(Listings.series(summaries), as: output.format))
        }
    }
}
