import ArgumentParser
import Foundation
import MemBlameKit
import MemBlameTestSupport

/// `memblame-bench onset-eval`: runs the onset detector and the suspect ranking over labelled traces (eval folders,
/// tracelab cases through each of their sources, generated regimes) and prints one row per trace, then the rates per
/// split and regime and a reliability table of the printed probabilities.
struct OnsetEvalBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "onset-eval", abstract: "Score the onset detector on labelled traces.")

    @Option(help: "A folder of labelled trace folders (metrics.csv, deploys.csv, labels.json), such as ../shared/eval.") var traces: String?
    @Option(help: "A folder of tracelab cases (Tests/Traces/real).") var cases: String?
    @Option(help: "Sources of the tracelab cases: csv, bytes, exports, tasks or all.") var source: String = "csv"
    @Option(help: "split.json of the tracelab cases; with --set, only that split is scored.") var split: String?
    @Option(help: "dev, validation or all (generated traces: even seeds are dev, odd seeds validation).") var set: String = "all"
    @Option(help: "Number of generated traces per shape (TraceGenerator).") var generated: Int = 0
    @Option(help: "First seed for generated traces.") var seed: UInt64 = 1
    @Option(help: "Detector sensitivity (1 = normal).") var sensitivity: Double = 1
    @Option(help: "Evidence temperatures to score (several: one summary per value, for calibrating on dev).") var temperature: [Double] = []
    @Option(help: "P(leak) at or above which a leak is reported.") var leakAbove: Double?
    @Option(help: "P(leak) below which the answer is no leak.") var noLeakBelow: Double?
    @Flag(help: "Print only the summary lines.") var quiet = false
    @Flag(help: "Print each answer's whole summary instead of its first 110 characters.") var wideSummary = false
    @Option(help: "Only traces whose name contains this; prints their intervals.") var only: String?
    @Flag(help: "Drop every trace's deploys, to score the PELT path (onset within 3 h counts as right).") var stripDeploys = false
    @Flag(help: "Also score the reference rule (Coroot-style: the first deploy growing ≥ 10 %/h 10-30 min after rollout) on the same traces.") var reference = false

    func run() throws {
        var all: [(trace: LabelledTrace, regime: String, set: String)] = []
        if let traces { all += try LabelledTrace.loadAll(folder: traces).map { ($0, "eval-" + $0.kind, "dev") } }
        if let cases {
            let splits = try split.map { try TracelabCase.split(file: $0) } ?? [:]
            let sources = source == "all" ? TracelabCase.Source.allCases : [TracelabCase.Source(rawValue: source)].compactMap { $0 }
            for s in sources {
                for t in try TracelabCase.loadAll(folder: cases, source: s) {
                    let entry = splits[t.name]
                    var u = t
                    u.name = t.name + "/" + s.rawValue
                    all.append((u, "real-" + (entry?.regime ?? "?"), entry?.split ?? "?"))
                }
            }
        }
        if generated > 0 {
            all += TraceGenerator.suite(perShape: generated, firstSeed: seed).map { t in
                let seedText = t.name.split(separator: "-").last.flatMap { UInt64($0) } ?? 0
                return (t, "gen-" + t.kind, seedText % 2 == 0 ? "dev" : "validation")
            }
        }
        if set != "all" { all = all.filter { $0.set == set } }
        if let only { all = all.filter { $0.trace.name.contains(only) } }
        if stripDeploys {
            all = all.map { item in
                var u = item.trace
                u.deploys = []
                u.culpritIndex = nil
                u.fixedByIndex = nil
                return (u, item.regime, item.set)
            }.filter { $0.trace.fixedByIndex == nil && $0.trace.kind != "fixed-later" }
        }
        var options = DetectOptions(sensitivity: sensitivity)
        if let leakAbove { options.leakAbove = leakAbove }
        if let noLeakBelow { options.noLeakBelow = noLeakBelow }
        if temperature.count > 1 {
            // Calibration sweep: one summary per temperature.
            for t in temperature {
                options.evidenceTemperature = t
                let detector = OnsetDetector(options: options)
                let verdicts = all.map { item -> TraceVerdict in
                    let trace = item.trace
                    let result = trace.detect(with: detector)
                    return TraceVerdict(trace: trace, result: result, seconds: 0, suspects: Investigation.suspects(for: result, deploys: trace.deploys))
                }
                print("== temperature \(t)")
                print(EvalSummary.totals(verdicts))
                print(EvalSummary.reliability(verdicts))
            }
            return
        }
        if let t = temperature.first { options.evidenceTemperature = t }
        let detector = OnsetDetector(options: options)
        var verdicts: [(verdict: TraceVerdict, regime: String, set: String)] = []
        var rows: [[TextTable.Cell]] = []
        for item in all {
            let trace = item.trace
            let t0 = Date()
            let result = trace.detect(with: detector)
            let seconds = Date().timeIntervalSince(t0)
            let report = Investigation.suspects(for: result, deploys: trace.deploys)
            let v = TraceVerdict(trace: trace, result: result, seconds: seconds, suspects: report)
            verdicts.append((v, item.regime, item.set))
            if only != nil { printIntervals(trace, result) }
            let ok = trace.leaking ? (v.culpritRight ? "ok" : v.inconclusive ? "inconcl." : "MISS")
                : (v.found ? "FALSE ALARM" : v.inconclusive ? "inconcl." : "ok")
            rows.append([.text(trace.name), .text(item.set == "validation" ? "val" : item.set), .text(item.regime),
                         .text(trace.leaking ? "leak" : "-"), .text(ok),
                         .text(deployNumber(result.culpritDeployIndex)), .text(deployNumber(trace.culpritIndex)),
                         .text(v.suspectRank.map(String.init) ?? "-"),
                         .text(trace.fixedByIndex == nil && result.fixedByDeployIndex == nil ? ""
                               : "\(deployNumber(trace.fixedByIndex))/\(deployNumber(result.fixedByDeployIndex))"),
                         .text(v.topProbability.map { String(format: "%.2f", $0) } ?? ""),
                         .text(wideSummary ? result.summary : String(result.summary.prefix(110)))])
        }
        if reference { printReference(all.map { ($0.trace, $0.set, $0.regime) }) }
        if !quiet {
            let columns: [TextTable.Column] = [.init("trace"), .init("set"), .init("regime"), .init("truth"), .init("found"),
                                               .init("culprit"), .init("true"), .init("rank"), .init("fix"), .init("p", alignRight: true),
                                               .init("summary")]
            print(TableRenderer.plain(TextTable(columns: columns, rows: rows)))
        }
        for set in ["dev", "validation", "?"] {
            let part = verdicts.filter { $0.set == set }
            guard !part.isEmpty else { continue }
            print("== \(set) ==")
            print(EvalSummary.regimeTable(part.map { ($0.verdict, $0.regime) }))
            print(EvalSummary.totals(part.map(\.verdict)))
            print(EvalSummary.reliability(part.map(\.verdict)))
        }
    }

    /// The reference rule's culprit-first and false-alarm rates per set (per-task traces: their service average is not
    /// available to it, so they are left out).
    private func printReference(_ items: [(LabelledTrace, String, String)]) {
        for set in ["dev", "validation", "?"] {
            let part = items.filter { $0.1 == set && $0.0.tasks.isEmpty }
            guard !part.isEmpty else { continue }
            let leaking = part.filter { $0.0.leaking && $0.0.culpritIndex != nil }
            let healthy = part.filter { !$0.0.leaking }
            let right = leaking.filter { CorootStyleRule.culprit(points: $0.0.points, deploys: $0.0.deploys) == $0.0.culpritIndex }.count
            let alarms = healthy.filter { CorootStyleRule.culprit(points: $0.0.points, deploys: $0.0.deploys) != nil }.count
            print("reference rule (\(set)): culprit first \(right) of \(leaking.count); false alarms \(alarms) of \(healthy.count)")
        }
    }

    /// A deploy as memblame's messages number it ("deploy #6" is the sixth in the file, index 5), so the table and the
    /// summaries beside it agree; "-" for none. Until 2026-12-06 the table printed the 0-based index, and three blind
    /// sections read a hold at the culprit as one at the deploy after it.
    private func deployNumber(_ index: Int?) -> String { index.map { "#\($0 + 1)" } ?? "-" }

    private func printIntervals(_ trace: LabelledTrace, _ result: OnsetResult) {
        print(trace.name, result.summary)
        for (i, r) in result.intervals.enumerated() {
            print(String(format: "%3d %@ %-7@ d=%@ n=%4d warm=%5.1fh dur=%5.1fh slope=%+.3f [%+.3f,%+.3f] z=%6.2f noise=%.2f inf=%@ grow=%@ p=%.2f",
                         i, Timestamp.display(r.start), r.resetKind?.rawValue ?? "start", r.deployIndex.map(String.init) ?? "-", r.n,
                         Double(r.warmUpSkippedSeconds) / 3600, Double(r.end - r.trendStart) / 3600, r.slopePerHour, r.slopeLowPerHour,
                         r.slopeHighPerHour, r.zScore, r.noise, r.informative ? "y" : "n", r.growing ? "Y" : "-", r.probabilityGrowing))
        }
        for c in result.candidates.prefix(5) {
            print(String(format: "    candidate d=%d p=%.3f", c.deployIndex, c.probability))
        }
    }
}

/// The rates of an evaluation run: per regime, in total, and the reliability of the printed probabilities.
enum EvalSummary {
    static func regimeTable(_ items: [(TraceVerdict, String)]) -> String {
        let regimes = Array(Set(items.map(\.1))).sorted()
        var rows: [[TextTable.Cell]] = []
        for regime in regimes {
            let v = items.filter { $0.1 == regime }.map(\.0)
            let leaking = v.filter(\.leaking)
            let clean = v.filter { !$0.leaking }
            rows.append([.text(regime), .integer(Int64(v.count)),
                         .text(leaking.isEmpty ? "" : "\(leaking.filter(\.rankedFirst).count)/\(leaking.count)"),
                         .text(leaking.isEmpty ? "" : "\(leaking.filter(\.rankedTop3).count)/\(leaking.count)"),
                         .text(leaking.isEmpty ? "" : "\(leaking.filter(\.culpritRight).count)/\(leaking.count)"),
                         .text(clean.isEmpty ? "" : "\(clean.filter(\.found).count)/\(clean.count)"),
                         .text("\(v.filter(\.inconclusive).count)")])
        }
        return TableRenderer.plain(TextTable(columns: [.init("regime"), .init("n", alignRight: true), .init("culprit 1st"), .init("top 3"),
                                                       .init("onset right"), .init("false alarms"), .init("inconclusive")], rows: rows))
    }

    static func totals(_ v: [TraceVerdict]) -> String {
        let leaking = v.filter(\.leaking)
        let clean = v.filter { !$0.leaking }
        let first = leaking.filter(\.rankedFirst).count
        let top3 = leaking.filter(\.rankedTop3).count
        let alarms = clean.filter(\.found).count
        let fixes = leaking.compactMap(\.fixRight)
        return String(format: """
            traces: %d (%d leaking, %d not leaking)
            culprit ranked first: %d of %d = %.1f %%; in the top 3: %d of %d = %.1f %%
            leaking traces called inconclusive: %d; healthy traces called inconclusive: %d
            false alarms: %d of %d = %.1f %%
            fix named right (leaks found, fixed or not): %d of %d
            """, v.count, leaking.count, clean.count, first, leaking.count, 100 * Double(first) / Double(max(1, leaking.count)),
            top3, leaking.count, 100 * Double(top3) / Double(max(1, leaking.count)),
            leaking.filter(\.inconclusive).count, clean.filter(\.inconclusive).count,
            alarms, clean.count, 100 * Double(alarms) / Double(max(1, clean.count)),
            fixes.filter { $0 }.count, fixes.count)
    }

    /// Of the top candidates printed with probability about p, how many were the culprit; with the expected
    /// calibration error (bins weighted by their counts).
    static func reliability(_ v: [TraceVerdict]) -> String {
        let pairs = v.compactMap { t -> (Double, Bool)? in t.topProbability.map { ($0, t.leaking && t.topIsCulprit) } }
        guard !pairs.isEmpty else { return "reliability: no probabilities printed" }
        let table = Calibration.reliability(pairs)
        var lines = ["reliability of the top candidate's probability (n = \(pairs.count)):", "  p range      n  mean p  right"]
        for bin in table.bins {
            lines.append(String(format: "  %.2f-%.2f %4d   %.2f   %.2f", bin.lower, bin.upper, bin.count, bin.meanProbability, bin.shareRight))
        }
        lines.append(String(format: "  expected calibration error: %.3f", table.ece))
        return lines.joined(separator: "\n")
    }
}
