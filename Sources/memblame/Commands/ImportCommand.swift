import Foundation
import ArgumentParser
import MemBlameKit

/// `memblame import metrics|deploys FILE...`.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import memory series or deploy history from exported files into the database.",
        subcommands: [ImportMetrics.self, ImportDeploys.self]
    )
}

extension ConflictPolicy: ExpressibleByArgument {}

/// Prints what an import did, one line per file.
func printImportReport(_ report: ImportReport, noun: String) {
    for warning in report.warnings { Terminal.note("memblame: " + warning) }
    for file in report.files {
        var line = "\(file.path): \(file.format): added \(file.added) \(noun)"
        if file.duplicates > 0 { line += ", \(file.duplicates) already present" }
        if file.conflicts > 0 { line += ", \(file.conflicts) conflicting" }
        if file.added == 0 && file.duplicates > 0 { line += " (already imported; nothing new)" }
        if !file.notes.isEmpty { line += "; " + file.notes.joined(separator: ", ") }
        Terminal.print(line + "\n")
    }
}

struct ImportMetrics: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "metrics",
        abstract: "Import memory time series (CloudWatch, Container Insights, Prometheus, CSV). All files in one transaction.",
        discussion: "The format of each file is detected by its content; --format names one instead. Formats: "
            + MetricFormats.all.map { "\($0.name): \($0.summary)" }.joined(separator: "; ")
            + ". Duplicated points are counted; a point that contradicts a stored one is an error unless --on-conflict says otherwise."
    )

    @OptionGroup var global: GlobalOptions
    @Option(help: "The service the points belong to when the file does not name it (e.g. prod/api).") var service: String?
    @Option(help: "Force a format instead of detecting it by content (\(MetricFormats.all.map(\.name).joined(separator: ", "))).") var format: String?
    @Option(help: "Metric name for formats that carry none (default MemoryUtilization).") var metric: String?
    @Option(help: "Unit for formats that carry none: Percent, Bytes, Megabytes (default Percent).") var unit: String?
    @Option(help: ArgumentHelp("The --metric-data-queries JSON given to get-metric-data: names each result's metric, statistic and service.", valueName: "file")) var queries: String?
    @Option(help: "When a stored point has another value: error, keep or replace.") var onConflict: ConflictPolicy = .error
    @Argument(help: "Files to import.") var files: [String]

    func run() throws {
        try reportingErrors {
            var parsedUnit: MetricUnit?
            if let unit {
                guard let u = MetricUnit.parse(unit) else { throw MemBlameError(.usage, "unknown unit '\(unit)'; use Percent, Bytes, Kilobytes, Megabytes or Gigabytes") }
                parsedUnit = u
            }
            let db = try global.open()
            let chosen = try format.map(MetricFormats.named)
            var options = MetricImportOptions(service: service, metric: metric, unit: parsedUnit)
            if let queries { options.queries = try MetricDataQuery.load(InputFile(path: queries)) }
            if isatty(2) != 0 { options.progress = ImportProgress.draw }
            let report = try MetricImport(db: db, onConflict: onConflict).run(files.map(InputFile.init(path:)), format: chosen, options: options)
            if isatty(2) != 0 { ImportProgress.clear() }
            printImportReport(report, noun: "points")
        }
    }

    /// Progress on stderr while a large file imports (only when stderr is a terminal).
    enum ImportProgress {
        @Sendable static func draw(file: String, done: Int, total: Int) {
            guard total > 0 else { return }
            let percent = min(100, done * 100 / total)
            FileHandle.standardError.write(Data("\r\u{1B}[Kmemblame: importing \(file): \(percent)% of \(total >> 20) MiB".utf8))
        }

        static func clear() {
            FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        }
    }
}

struct ImportDeploys: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deploys",
        abstract: "Import deploy history (generic CSV, ...). All files in one transaction.",
        discussion: "Formats: " + DeployFormats.all.map { "\($0.name): \($0.summary)" }.joined(separator: "; ")
    )

    @OptionGroup var global: GlobalOptions
    @Option(help: "The service these deploys belong to (maps a CI project to the memory series' service).") var service: String?
    @Option(help: "Force a format instead of detecting it by content.") var format: String?
    @Option(help: "Only deploys of this branch.") var branch: String?
    @Option(help: "The deploy workflow's name (CircleCI, GitHub Actions).") var workflow: String?
    @Option(help: "The GitHub deployment environment.") var environment: String?
    @Argument(help: "Files to import.") var files: [String]

    func run() throws {
        try reportingErrors {
            let db = try global.open()
            let chosen = try format.map(DeployFormats.named)
            let options = DeployImportOptions(service: service, branch: branch, workflow: workflow, environment: environment)
            let report = try DeployStore(db).importFiles(files.map(InputFile.init(path:)), format: chosen, options: options)
            printImportReport(report, noun: "rows")
        }
    }
}
