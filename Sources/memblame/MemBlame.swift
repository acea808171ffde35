import ArgumentParser
import MemBlameKit

/// `memblame`: when did memory start to grow, and which deploy did it?
/// The command only lists subcommands; each subcommand calls the library and prints.
@main
struct MemBlame: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "memblame",
        abstract: "Find when a service's memory started to grow, and which deploy (which PR) did it.",
        version: version,
        subcommands: [
            ImportCommand.self,
            SeriesCommand.self,
            DeploysCommand.self,
            FetchCommand.self,
            OnsetCommand.self,
            SuspectsCommand.self,
            ChartCommand.self,
            ReportCommand.self,
            QueryCommand.self,
            DemoCommand.self,
            HeapCommand.self,
        ]
    )
}
