import Foundation
import MemBlameKit

/// A memory trace with its deploys and the truth about it: a folder of `../shared/eval/` (metrics.csv,
/// deploys.csv, labels.json) or one made by `TraceGenerator`.
public struct LabelledTrace: Sendable {
    public var name: String
    public var kind: String
    public var points: [Point]
    public var deploys: [Deploy]
    public var unit: MetricUnit
    public var leaking: Bool
    /// The culprit deploy's index, when leaking at a deploy.
    public var culpritIndex: Int?
    /// The true onset time (unix seconds).
    public var onset: Int64?
    /// Index of the deploy that fixed the leak, if any.
    public var fixedByIndex: Int?
    public var oomRestarts: [Int64]
    /// Per-task series (Container Insights `TaskId`), when the trace is analysed task by task; `points` is then empty.
    public var tasks: [[Point]] = []

    public init(name: String, kind: String, points: [Point], deploys: [Deploy], unit: MetricUnit = .percent, leaking: Bool,
                culpritIndex: Int?, onset: Int64?, fixedByIndex: Int? = nil, oomRestarts: [Int64] = []) {
        self.name = name
        self.kind = kind
        self.points = points
        self.deploys = deploys
        self.unit = unit
        self.leaking = leaking
        self.culpritIndex = culpritIndex
        self.onset = onset
        self.fixedByIndex = fixedByIndex
        self.oomRestarts = oomRestarts
    }

    /// The detector's answer for this trace: per task when it carries per-task series, else on its one series.
    public func detect(with detector: OnsetDetector = OnsetDetector()) -> OnsetResult {
        tasks.isEmpty ? detector.detect(points: points, deploys: deploys, unit: unit) : detector.detect(tasks: tasks, deploys: deploys, unit: unit)
    }

    /// Loads an eval folder through the generic CSV importers.
    /// - Throws: `MemBlameError` when a file is missing or malformed.
    public static func load(folder: String) throws -> LabelledTrace {
        let url = URL(fileURLWithPath: folder)
        let sink = CollectingMetricSink()
        try GenericMetricCSVFormat().read(InputFile(path: url.appendingPathComponent("metrics.csv").path),
                                          options: MetricImportOptions(service: "prod/api"), into: sink)
        let points = sink.series.first.map { sink.points(of: $0.key) } ?? []
        let deployFile = url.appendingPathComponent("deploys.csv").path
        var deploys: [Deploy] = []
        if FileManager.default.fileExists(atPath: deployFile) {
            deploys = try GenericDeployCSVFormat().read(InputFile(path: deployFile), options: DeployImportOptions()).deploys.sorted { $0.ts < $1.ts }
        }
        let labelsPath = url.appendingPathComponent("labels.json")
        guard let data = try? Data(contentsOf: labelsPath),
              let labels = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw MemBlameError(.io, "cannot read labels.json", at: SourceLocation(file: labelsPath.path))
        }
        let leaking = labels["leaking"] as? Bool ?? false
        let culprit = labels["culprit_index"] as? Int
        let onset = (labels["onset"] as? String).flatMap { Timestamp.parse($0) }
        let fixedPR = labels["fixed_by_pr"] as? Int
        let ooms = (labels["oom_restarts"] as? [String] ?? []).compactMap { Timestamp.parse($0) }
        return LabelledTrace(name: url.lastPathComponent, kind: labels["kind"] as? String ?? "?", points: points, deploys: deploys,
                             leaking: leaking, culpritIndex: culprit, onset: onset,
                             fixedByIndex: fixedPR.flatMap { pr in deploys.firstIndex { $0.pr == pr } }, oomRestarts: ooms)
    }

    /// Every subfolder of `folder` holding a labels.json, in name order.
    public static func loadAll(folder: String) throws -> [LabelledTrace] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        return try names.compactMap { name in
            let path = (folder as NSString).appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: (path as NSString).appendingPathComponent("labels.json")) else { return nil }
            return try load(folder: path)
        }
    }
}

/// How one detector answer compares with a trace's truth.
public struct TraceVerdict: Sendable {
    public var trace: String
    public var kind: String
    public var leaking: Bool
    public var found: Bool
    /// True when the culprit deploy was named (leaking traces at a deploy) or the onset is within the window.
    public var culpritRight: Bool
    /// |found onset - true onset| in seconds, when both exist.
    public var onsetErrorSeconds: Int64?
    public var fixRight: Bool?
    public var seconds: Double
    /// The detector said it cannot tell (too little evidence): neither right nor a false alarm.
    public var inconclusive: Bool
    /// Rank of the culprit deploy among the suspects (nil when not listed or no leak was found).
    public var suspectRank: Int?
    /// The probability printed for the most probable candidate deploy, and whether that deploy is the culprit.
    public var topProbability: Double?
    public var topIsCulprit: Bool
    /// Ranked first: the culprit deploy is suspect #1, or (no deploy to blame) the onset is right and none is blamed.
    public var rankedFirst: Bool { suspectRank == 1 || (culpritless && culpritRight) }
    /// In the top 3 suspects (or, no deploy to blame, the onset right).
    public var rankedTop3: Bool { (suspectRank ?? 99) <= 3 || (culpritless && culpritRight) }
    /// The trace leaks with no deploy to blame (a flag switched on, growth with no deploys).
    public var culpritless: Bool

    /// Scores `result` against `trace`. For traces without deploys, the onset must lie within `toleranceSeconds`.
    public init(trace: LabelledTrace, result: OnsetResult, seconds: Double, suspects: SuspectReport? = nil,
                toleranceSeconds: Int64 = 3 * 3600) {
        self.trace = trace.name
        self.kind = trace.kind
        leaking = trace.leaking
        found = result.leak
        self.seconds = seconds
        if let truth = trace.onset, let onset = result.onset { onsetErrorSeconds = abs(onset - truth) } else { onsetErrorSeconds = nil }
        if trace.leaking, result.leak {
            if let c = trace.culpritIndex {
                culpritRight = result.culpritDeployIndex == c
            } else {
                // No deploy to blame (a flag switched on inside an interval, no deploys at all): right only when the
                // answer blames none either and places the onset near the truth.
                culpritRight = result.culpritDeployIndex == nil && (onsetErrorSeconds ?? .max) <= toleranceSeconds
            }
        } else {
            culpritRight = false
        }
        fixRight = trace.leaking && result.leak ? (result.fixedByDeployIndex == trace.fixedByIndex) : nil
        inconclusive = result.outcome == .inconclusive
        culpritless = trace.leaking && trace.culpritIndex == nil
        let culpritPR = trace.culpritIndex.map { trace.deploys[$0].pr }
        suspectRank = culpritPR.flatMap { pr in suspects?.suspects.first { $0.deploy.pr == pr && pr != nil }?.rank }
        let top = result.leak ? result.candidates.first : nil
        topProbability = top?.probability
        topIsCulprit = top != nil && top?.deployIndex == trace.culpritIndex
    }
}
