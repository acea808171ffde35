import ArgumentParser
import Foundation
import MemBlameKit
import MemBlameTestSupport

/// `memblame-bench report`: `memblame report` end to end on one year of 1-minute data (525,600 points) with
/// 500 deploys: in-process (load from SQLite, detect, rank, chart, render) and as a child process of the
/// release binary (process start and database open included). Target (DESIGN section 9): under 1 s.
struct ReportBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "report", abstract: "report on a year of 1-minute data with 500 deploys.")

    @Option(help: "Days of 1-minute data.") var days: Int = 365
    @Option(help: "Number of deploys.") var deploys: Int = 500
    @Option(help: "Runs (the best and the median are printed).") var runs: Int = 5
    @Option(help: "Keep the generated database at this path (for profiling memblame report on it).") var keep: String?

    func run() throws {
        let folder = Scratch.folder("report-bench")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = keep ?? folder.appendingPathComponent("year.db").path
        if keep != nil { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let (points, deployList, culprit) = generate()
        try populate(path: path, points: points, deploys: deployList)
        print("data: \(points.count) points, \(deployList.count) deploys, leak from deploy #\(culprit) (PR #\(deployList[culprit].pr!))")

        var inProcess: [Double] = []
        var answer = ""
        for _ in 0..<runs {
            let start = Date()
            let db = try Database(path: path)
            let inv = try Investigation(db: db, service: "bench/api")
            let chart = TerminalChart(inv.chartInput(), style: ChartStyle(width: 100, height: 18, charset: .unicode, color: false, resolution: .envelope)).render()
            answer = ReportRenderer.text(inv, chart: chart)
            inProcess.append(Date().timeIntervalSince(start))
            if runs > 0, inv.suspects.suspects.first?.deploy.pr != deployList[culprit].pr {
                print("warning: top suspect is \(inv.suspects.suspects.first.map { "PR #\($0.deploy.pr ?? 0)" } ?? "none"), expected PR #\(deployList[culprit].pr!)")
            }
        }
        report("in-process (load + detect + rank + chart + render)", inProcess)

        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("memblame")
        if FileManager.default.isExecutableFile(atPath: binary.path) {
            var child: [Double] = []
            for _ in 0..<runs {
                let start = Date()
                let result = try runProcess(binary, ["report", "--db", path, "--service", "bench/api", "--width", "100"])
                child.append(Date().timeIntervalSince(start))
                if result.status != 0 { print("memblame report exited \(result.status): \(result.stderr)") }
            }
            report("memblame report as a process (end to end)", child)
            var usage = rusage()
            getrusage(RUSAGE_CHILDREN.rawValue, &usage)
            let bytes = Double(usage.ru_maxrss) * 1024
            print(String(format: "peak RSS of memblame report: %.1f MB = %.0f bytes per point (target < 100)", bytes / 1e6, bytes / Double(points.count)))
        } else {
            print("(build the memblame product in the same configuration to time the CLI process too)")
        }
        print(answer.split(separator: "\n").first(where: { $0.hasPrefix("growth began") }).map(String.init) ?? "")
    }

    private func report(_ label: String, _ times: [Double]) {
        let sorted = times.sorted()
        print(String(format: "%@: best %.3f s, median %.3f s (target < 1 s)", label, sorted.first ?? 0, sorted[sorted.count / 2]))
    }

    /// A sawtooth: flat with noise and a daily cycle, resets at each deploy, a leak from deploy 300 on.
    private func generate() -> ([Point], [Deploy], Int) {
        var rng = SplitMix64(seed: 2026)
        let start: Int64 = 1_735_689_600   // 2025-01-01
        let minutes = days * 1440
        let spacing = Int64(minutes * 60 / (deploys + 1))
        let culprit = deploys * 3 / 5
        let deployList = (0..<deploys).map { i in
            Deploy(service: "bench/api", ts: start + spacing * Int64(i + 1) + Int64(rng.uniform(-3600, 3600)), source: "csv",
                   externalID: "d\(i)", sha: String(format: "%040x", i * 7919 + 1), pr: 1000 + i, title: "Change \(i)", author: "dev\(i % 7)")
        }
        var points: [Point] = []
        points.reserveCapacity(minutes)
        var next = 0
        var sinceReset: Double = 0
        var base = 30.0
        var leaking = false
        for m in 0..<minutes {
            let ts = start + Int64(m) * 60
            if next < deployList.count, ts >= deployList[next].ts + 120 {
                leaking = next >= culprit
                next += 1
                sinceReset = 0
                base = 28 + rng.uniform(0, 6)
            }
            sinceReset += 1.0 / 60
            var value = base + 3 * (1 - exp(-sinceReset / 0.5)) + 1.5 * sin(Double(ts % 86400) / 86400 * 2 * .pi) + rng.normal() * 0.4
            if leaking { value += 0.8 * sinceReset }
            points.append(Point(ts: ts, value: min(value, 100)))
        }
        return (points, deployList, culprit)
    }

    private func populate(path: String, points: [Point], deploys: [Deploy]) throws {
        let db = try Database(path: path)
        var csv = "timestamp,value\n"
        csv.reserveCapacity(points.count * 24)
        for p in points { csv += "\(p.ts),\(p.value)\n" }
        _ = try MetricImport(db: db).run([InputFile(name: "year.csv", contents: Data(csv.utf8))], options: MetricImportOptions(service: "bench/api"))
        var batch = DeployBatch()
        batch.deploys = deploys
        try db.transaction { _ = try DeployStore(db).store(batch, importID: nil) }
    }
}
