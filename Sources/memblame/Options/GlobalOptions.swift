import ArgumentParser
import Foundation
import MemBlameKit

/// Options every command shares: the database path.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The SQLite database (default memblame.db, or MEMBLAME_DB when set; demo: memblame-demo.db).", valueName: "path"))
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
    } catch let error as ValidationError {
        // A bad option value found while running: one line too, with the usage exit code.
        Terminal.error("error: " + error.message)
        throw ExitCode(64)
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

    /// Parses `--since`/`--until` (range-checked; a one-line usage error names the option).
    static func bound(_ text: String?, name: String, now: Int64 = Int64(Date().timeIntervalSince1970)) throws -> Int64? {
        guard let text else { return nil }
        return try OptionValues.time(text, option: name, now: now)
    }
}
