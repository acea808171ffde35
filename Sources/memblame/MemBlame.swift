import ArgumentParser
import Foundation
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
        let arguments = GlobalArguments.normalise(Array(CommandLine.arguments.dropFirst()), tree: commandTree(MemBlame.self))
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            let code = exitCode(for: error)
            // Help, --version, and the exit codes the commands chose after printing their own one-line errors.
            guard code == .validationFailure, !(error is ExitCode) else { exit(withError: error) }
            FileHandle.standardError.write(Data((usageError(message: message(for: error), full: fullMessage(for: error)) + "\n").utf8))
            Foundation.exit(code.rawValue)
        }
    }

    /// A usage error in one line, as every other memblame error: `memblame: error: <what> (see 'memblame onset --help')`.
    /// swift-argument-parser's own form is three lines (Error, the whole usage, See).
    static func usageError(message: String, full: String) -> String {
        let what = message.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            .joined(separator: "; ")
        var hint = ""
        if let see = full.split(separator: "\n").last(where: { $0.contains("See '") }),
           let open = see.firstIndex(of: "'"), let close = see[see.index(after: open)...].firstIndex(of: "'") {
            hint = " (see \(see[open...close]))"
        }
        return "memblame: error: " + what + hint
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
