import ArgumentParser
import Foundation
import MemBlameKit

/// Options every command shares: the database path.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The SQLite database (default memblame.db; MEMBLAME_DB overrides the default).", valueName: "path"))
    var db: String?

    /// The path to use: `--db`, else `MEMBLAME_DB`, else `memblame.db`.
    var databasePath: String {
        db ?? ProcessInfo.processInfo.environment["MEMBLAME_DB"] ?? "memblame.db"
    }

    func open() throws -> Database { try Database(path: databasePath) }
}

/// `--format table|json|csv|markdown`.
struct FormatOption: ParsableArguments {
    @Option(name: .long, help: "Output format: table, json, csv or markdown.")
    var format: OutputFormat = .table
}

extension OutputFormat: ExpressibleByArgument {}

/// Runs a command body and turns library errors into one line on stderr and the DESIGN exit code.
func reportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as MemBlameError {
        Terminal.error(error.description)
        throw ExitCode(error.exitCode)
    }
}

/// Writing to the terminal: stdout for results, stderr for diagnostics.
enum Terminal {
    static func error(_ line: String) {
        FileHandle.standardError.write(Data(("memblame: " + line + "\n").utf8))
    }

    static func note(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static func print(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Parses `--since`/`--until`.
    static func bound(_ text: String?, name: String) throws -> Int64? {
        guard let text else { return nil }
        guard let ts = Timestamp.parseBound(text, now: Int64(Date().timeIntervalSince1970)) else {
            throw ValidationError("\(name) expects a duration such as 14d or 36h, or an ISO 8601 time such as 2026-11-24T08:00:00Z; found '\(text)'")
        }
        return ts
    }
}
