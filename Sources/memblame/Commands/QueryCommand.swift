import ArgumentParser
import MemBlameKit

/// `memblame query NAME`: runs one of the embedded `Queries/NAME.sql`.
struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Run Queries/NAME.sql (embedded in the binary) with named parameters and print its rows.",
        discussion: "Known queries: " + NamedQuery.names.joined(separator: ", ")
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption
    @Argument(help: "The query name, e.g. series-summary.") var name: String
    @Option(name: .customLong("param"), help: "A named parameter key=value (repeatable), e.g. --param service=prod/api.")
    var parameters: [String] = []

    func run() throws {
        try reportingErrors {
            var bound: [String: SQLValue] = [:]
            for p in parameters {
                guard let eq = p.firstIndex(of: "=") else { throw ValidationError("--param expects key=value, found '\(p)'") }
                bound[String(p[..<eq])] = SQLValue.parse(String(p[p.index(after: eq)...]))
            }
            let result = try NamedQuery.run(name, on: try global.open(), parameters: bound)
            Terminal.print(TableRenderer.render(Listings.query(result), as: output.format))
        }
    }
}
