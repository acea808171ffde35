import Foundation
import MemBlameKit

/// A case recorded by `../shared/tracelab` (Tests/Traces/real/NAME): real RSS of a Node service under real load,
/// as CSVs (`metrics.csv`, `deploys.csv`, `metrics-bytes.csv`) and as the real exports (`metrics.json` from the AWS
/// CLI, `deploys.json` CircleCI pipelines), with `labels.json` saying whether it leaks and which PR did it.
public enum TracelabCase {
    /// Which files of a case the detector sees.
    public enum Source: String, CaseIterable, Sendable {
        /// `metrics.csv` (percent) + `deploys.csv` (the time each release started serving).
        case csv
        /// `metrics-bytes.csv` (RSS in bytes) + `deploys.csv`.
        case bytes
        /// `metrics.json` (aws cloudwatch get-metric-data) + `deploys.json` (CircleCI pipelines: created a few
        /// minutes before the release served).
        case exports
        /// `metrics-ci.jsonl.gz` (Container Insights per-task events, several tasks) + `deploys.json`.
        case tasks
    }

    /// True when `folder` looks like a tracelab case.
    public static func isCase(_ folder: String) -> Bool {
        let fm = FileManager.default
        return fm.fileExists(atPath: folder + "/labels.json") && fm.fileExists(atPath: folder + "/deploys.csv")
    }

    /// Loads one case through the importers memblame uses for each file; nil when `source` has no file here.
    /// - Throws: `MemBlameError` when a file is malformed.
    public static func load(folder: String, source: Source) throws -> LabelledTrace? {
        let fm = FileManager.default
        let name = URL(fileURLWithPath: folder).lastPathComponent
        let labels = try readLabels(folder + "/labels.json")
        let sink = CollectingMetricSink()
        var deploys: [Deploy]
        var unit = MetricUnit.percent
        switch source {
        case .csv, .bytes:
            let file = folder + (source == .csv ? "/metrics.csv" : "/metrics-bytes.csv")
            guard fm.fileExists(atPath: file) else { return nil }
            if source == .bytes { unit = .bytes }
            try GenericMetricCSVFormat().read(InputFile(path: file), options: MetricImportOptions(service: name, unit: unit), into: sink)
            deploys = try GenericDeployCSVFormat().read(InputFile(path: folder + "/deploys.csv"), options: DeployImportOptions(service: name)).deploys
        case .exports:
            guard fm.fileExists(atPath: folder + "/metrics.json"), fm.fileExists(atPath: folder + "/deploys.json") else { return nil }
            try CloudWatchMetricDataFormat().read(InputFile(path: folder + "/metrics.json"), options: MetricImportOptions(service: name), into: sink)
            deploys = try CircleCIDeployFormat().read(InputFile(path: folder + "/deploys.json"), options: DeployImportOptions(service: name)).deploys
        case .tasks:
            let plain = folder + "/metrics-ci.jsonl", zipped = plain + ".gz"
            guard fm.fileExists(atPath: zipped) || fm.fileExists(atPath: plain), fm.fileExists(atPath: folder + "/deploys.json") else { return nil }
            let events = fm.fileExists(atPath: zipped) ? try gunzip(zipped) : try InputFile(path: plain).readAll()
            try ContainerInsightsFormat().read(InputFile(name: folder + "/metrics-ci.jsonl", contents: events), options: MetricImportOptions(service: name), into: sink)
            deploys = try CircleCIDeployFormat().read(InputFile(path: folder + "/deploys.json"), options: DeployImportOptions(service: name)).deploys
        }
        deploys.sort { $0.ts < $1.ts }
        var tasks: [[Point]] = []
        if source == .tasks {
            let series = sink.series.map { Series(id: 0, descriptor: $0, points: sink.points(of: $0.key)) }
            tasks = SeriesChooser.taskSeries(series).map(\.points)
        }
        let points = source == .tasks ? [] : sink.series.first.map { sink.points(of: $0.key) } ?? []
        let leaking = labels["leaking"] as? Bool ?? false
        let culpritPR = labels["culprit_pr"] as? Int
        let fixedPR = labels["fixed_by_pr"] as? Int
        let onset = (labels["onset"] as? String).flatMap { Timestamp.parse($0) }
        let ooms = (labels["oom_restarts"] as? [String] ?? []).compactMap { Timestamp.parse($0) }
        var trace = LabelledTrace(name: name, kind: labels["kind"] as? String ?? "?", points: points, deploys: deploys, unit: unit,
                                  leaking: leaking, culpritIndex: culpritPR.flatMap { pr in deploys.firstIndex { $0.pr == pr } },
                                  onset: onset, fixedByIndex: fixedPR.flatMap { pr in deploys.firstIndex { $0.pr == pr } }, oomRestarts: ooms)
        trace.tasks = tasks
        return trace
    }

    /// The bytes of a gzip file, through the system's `gzip -dc` (tests and benches only).
    static func gunzip(_ path: String) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-dc", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw MemBlameError(.io, "gzip -dc failed", at: SourceLocation(file: path)) }
        return data
    }

    /// Every case under `folder` (name order) through `source`; cases without that source's files are left out.
    public static func loadAll(folder: String, source: Source) throws -> [LabelledTrace] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        return try names.compactMap { name in
            let path = folder + "/" + name
            return isCase(path) ? try load(folder: path, source: source) : nil
        }
    }

    /// `split.json`: case name → (split, regime), fixed before any tuning.
    public static func split(file: String) throws -> [String: (split: String, regime: String)] {
        let data = try Data(contentsOf: URL(fileURLWithPath: file))
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: [String: String]] else {
            throw MemBlameError.badInput("expected an object of {\"split\", \"regime\"} objects", at: SourceLocation(file: file))
        }
        return object.compactMapValues { entry in entry["split"].map { ($0, entry["regime"] ?? "?") } }
    }

    static func readLabels(_ path: String) throws -> [String: Any] {
        guard let data = FileManager.default.contents(atPath: path),
              let labels = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw MemBlameError(.io, "cannot read labels.json", at: SourceLocation(file: path))
        }
        return labels
    }
}
