import ArgumentParser
import MemBlameKit

/// `memblame`: when did memory start to grow, and which deploy did it?
/// The command only lists subcommands; each subcommand calls the library and prints.
/// Global options (`--db`) may come before or after the subcommand: `main` moves the ones before it to after
/// the subcommand path (`GlobalArguments.normalise`) before swift-argument-parser reads the command line.
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

    /// Declared here for `memblame --help`; the subcommands read it (the command line is normalised first).
    @OptionGroup(title: "Global options (before or after the command)") var global: GlobalOptions

    static func main() {
        main(GlobalArguments.normalise(Array(CommandLine.arguments.dropFirst()), tree: commandTree(MemBlame.self)))
    }

    /// The subcommand names (and aliases) under `command`, recursively.
    static func commandTree(_ command: ParsableCommand.Type) -> GlobalArguments.CommandTree {
        var subcommands: [String: GlobalArguments.CommandTree] = [:]
        for sub in command.configuration.subcommands {
            let tree = commandTree(sub)
            for name in [sub._commandName] + sub.configuration.aliases { subcommands[name] = tree }
        }
        return GlobalArguments.CommandTree(subcommands)
    }
}
