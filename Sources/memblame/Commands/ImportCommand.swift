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

/// Prints what an import did: one line per file, or one line per format when many files were read.
func printImportReport(_ report: ImportReport, noun: String) {
    for warning in report.warnings { Terminal.note("memblame: " + warning) }
    let groups: [[ImportReport.File]] = report.files.count > 3
        ? Dictionary(grouping: report.files, by: \.format).sorted { $0.key < $1.key }.map(\.value)
        : report.files.map { [$0] }
    for files in groups {
        let first = files[0]
        let added = files.reduce(0) { $0 + $1.added }
        let duplicates = files.reduce(0) { $0 + $1.duplicates }
        let conflicts = files.reduce(0) { $0 + $1.conflicts }
        var line = files.count == 1 ? "\(first.path): \(first.format)" : "\(files.count) \(first.format) files"
        line += ": added \(added) \(noun)"
        if duplicates > 0 { line += ", \(duplicates) already present" }
        if conflicts > 0 { line += ", \(conflicts) conflicting" }
        if added == 0 && duplicates > 0 { line += " (already imported; nothing new)" }
        let notes = files.flatMap(\.notes)
        if !notes.isEmpty { line += "; " + notes.joined(separator: ", ") }
        Terminal.print(line + "\n")
    }
}

struct ImportMetrics: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "metrics",
        abstract: "Import memory time series (CloudWatch, Container Insights ECS/EKS, Prometheus, Datadog, CSV). All files in one transaction.",
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
        abstract: "Import deploy history (CircleCI, GitHub, git log, generic CSV, kubectl ReplicaSets, Argo CD, GitLab, ECS, CodeDeploy). All files in one transaction.",
        discussion: "Formats (detected by content): " + DeployFormats.all.map { "\($0.name): \($0.summary)" }.joined(separator: "; ")
            + ". Files of one format are read together (CircleCI pipeline pages with their workflow and job responses). See docs/deploys.md."
    )

    @OptionGroup var global: GlobalOptions
    @Option(help: "The service these deploys belong to (maps a CI project to the memory series' service, e.g. prod/api).") var service: String?
    @Option(help: "Force a format instead of detecting it by content.") var format: String?
    @Option(help: "Only deploys of this branch (e.g. main).") var branch: String?
    @Option(help: "The deploy workflow's name (CircleCI workflow name; GitHub Actions workflow name or file such as deploy.yml).") var workflow: String?
    @Option(help: "CircleCI: the job whose finish is the live time (default: the non-approval job named *deploy*).") var job: String?
    @Option(help: "The GitHub deployment environment (e.g. production).") var environment: String?
    @Flag(help: "git log: also record every first-parent commit as an approximate deploy of --service (teams that deploy every merge).") var asDeploys = false
    @Argument(help: "Files to import.") var files: [String]

    func run() throws {
        try reportingErrors {
            let db = try global.open()
            let chosen = try format.map(DeployFormats.named)
            let options = DeployImportOptions(service: service, branch: branch, workflow: workflow, environment: environment,
                                              job: job, asDeploys: asDeploys)
            let report = try DeployStore(db).importFiles(files.map(InputFile.init(path:)), format: chosen, options: options)
            printImportReport(report, noun: "rows")
        }
    }
}
