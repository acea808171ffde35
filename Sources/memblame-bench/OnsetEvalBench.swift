import ArgumentParser
import Foundation
import MemBlameKit
import MemBlameTestSupport

/// `memblame-bench onset-eval`: runs the onset detector over labelled traces (a folder such as
/// ../shared/eval and/or N generated ones) and prints one row per trace, then the rates.
struct OnsetEvalBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "onset-eval", abstract: "Score the onset detector on labelled traces.")

    @Option(help: "A folder of labelled trace folders (metrics.csv, deploys.csv, labels.json).") var traces: String?
    @Option(help: "Number of generated traces per shape.") var generated: Int = 0
    @Option(help: "First seed for generated traces.") var seed: UInt64 = 1
    @Option(help: "Detector sensitivity (1 = normal).") var sensitivity: Double = 1
    @Flag(help: "Print only the summary lines.") var quiet = false
    @Option(help: "Only traces whose name contains this; prints their intervals.") var only: String?
    @Flag(help: "Drop every trace's deploys, to score the PELT path (onset within 3 h counts as right).") var stripDeploys = false

    func run() throws {
        var all: [LabelledTrace] = []
        if let traces { all += try LabelledTrace.loadAll(folder: traces) }
        if generated > 0 { all += TraceGenerator.suite(perShape: generated, firstSeed: seed) }
        if stripDeploys {
            all = all.map { t in
                var u = t
                u.deploys = []
                u.culpritIndex = nil
                u.fixedByIndex = nil
                return u
            }.filter { $0.fixedByIndex == nil && $0.kind != "fixed-later" }
        }
        let detector = OnsetDetector(options: DetectOptions(sensitivity: sensitivity))
        var verdicts: [TraceVerdict] = []
        let table = TextTable(columns: [TextTable.Column("trace"), TextTable.Column("kind"), TextTable.Column("truth"),
                                        TextTable.Column("found"), TextTable.Column("culprit"), TextTable.Column("true"),
                                        TextTable.Column("error", alignRight: true), TextTable.Column("fix"),
                                        TextTable.Column("conf", alignRight: true), TextTable.Column("ms", alignRight: true),
                                        TextTable.Column("summary")])
        var rows: [[TextTable.Cell]] = []
        for trace in all where only.map({ trace.name.contains($0) }) ?? true {
            let t0 = Date()
            let result = detector.detect(points: trace.points, deploys: trace.deploys, unit: trace.unit)
            let seconds = Date().timeIntervalSince(t0)
            let v = TraceVerdict(trace: trace, result: result, seconds: seconds)
            verdicts.append(v)
            if only != nil {
                print(trace.name, result.summary)
                for (i, r) in result.intervals.enumerated() {
                    print(String(format: "%3d %@ %-7@ d=%@ n=%4d warm=%5.1fh dur=%5.1fh slope=%+.3f [%+.3f,%+.3f] z=%6.2f mkz=%6.2f noise=%.2f inf=%@ grow=%@ p=%.2f",
                                 i, Timestamp.display(r.start), r.resetKind?.rawValue ?? "start", r.deployIndex.map(String.init) ?? "-", r.n,
                                 Double(r.warmUpSkippedSeconds) / 3600, Double(r.end - r.trendStart) / 3600, r.slopePerHour, r.slopeLowPerHour,
                                 r.slopeHighPerHour, r.zScore, r.mannKendallZ, r.noise, r.informative ? "y" : "n", r.growing ? "Y" : "-", r.probabilityGrowing))
                }
            }
            let ok = trace.leaking ? (v.culpritRight ? "ok" : "MISS") : (result.leak ? "FALSE ALARM" : "ok")
            rows.append([.text(trace.name), .text(trace.kind), .text(trace.leaking ? "leak" : "-"), .text(ok),
                         .text(result.culpritDeployIndex.map(String.init) ?? "-"), .text(trace.culpritIndex.map(String.init) ?? "-"),
                         .text(v.onsetErrorSeconds.map { Timestamp.describeDuration($0) } ?? ""),
                         .text(trace.fixedByIndex.map { "\($0)/\(result.fixedByDeployIndex.map(String.init) ?? "-")" } ?? ""),
                         .text(String(format: "%.2f", result.confidence)), .text(String(format: "%.1f", seconds * 1000)),
                         .text(String(result.summary.prefix(150)))])
        }
        if !quiet { print(TableRenderer.plain(TextTable(columns: table.columns, rows: rows))) }
        print(OnsetEvalSummary(verdicts).text)
    }
}

/// The rates of an evaluation run.
struct OnsetEvalSummary {
    var text: String

    init(_ verdicts: [TraceVerdict]) {
        let leaking = verdicts.filter(\.leaking)
        let clean = verdicts.filter { !$0.leaking }
        let right = leaking.filter(\.culpritRight).count
        let alarms = clean.filter(\.found).count
        let errors = leaking.compactMap { $0.found ? $0.onsetErrorSeconds : nil }.map(Double.init).sorted()
        let medianError = errors.isEmpty ? Double.nan : errors[errors.count / 2]
        let fixes = leaking.compactMap(\.fixRight)
        let times = verdicts.map(\.seconds).sorted()
        let medianMs = times.isEmpty ? 0 : times[times.count / 2] * 1000
        text = String(format: """
            traces: %d (%d leaking, %d not leaking)
            onset at the true culprit: %d of %d = %.1f %%
            median onset error: %.0f s
            false alarms: %d of %d = %.1f %%
            fix named right (leaks found): %d of %d
            time per trace: median %.1f ms, max %.1f ms
            """, verdicts.count, leaking.count, clean.count, right, leaking.count, 100 * Double(right) / Double(max(1, leaking.count)),
            medianError, alarms, clean.count, 100 * Double(alarms) / Double(max(1, clean.count)),
            fixes.filter { $0 }.count, fixes.count, medianMs, (times.last ?? 0) * 1000)
    }
}
