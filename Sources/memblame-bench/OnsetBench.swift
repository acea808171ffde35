import ArgumentParser
import Foundation
import MemBlameKit
import MemBlameTestSupport

/// `memblame-bench onset`: the whole onset detector on N points (a generated leak with deploys), then
/// memblame's PELT (linear-trend cost) against ruptures' `Pelt(model="linear")` on the same series of
/// `--pelt-points` samples with the same penalty, minimum size and jump: times, ratio, breakpoints.
struct OnsetBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "onset", abstract: "Time the onset detector and compare PELT with ruptures.")

    @Option(help: "Points for the full detector run.") var points: Int = 1_000_000
    @Option(help: "Points for the PELT comparison with ruptures (its linear cost is slow).") var peltPoints: [Int] = [2000, 5000]
    @Option(help: "The Python of the bench virtual environment.") var python: String = ".venv-bench/bin/python"
    @Option(help: "The ruptures script.") var script: String = "Benchmarks/ruptures_pelt.py"
    @Option(help: "Repetitions of the detector run (the best time is reported).") var repeats: Int = 3
    @Option(help: "Days of the frequent-deploys run (365: a year).") var frequentDays: Int = 365
    @Option(parsing: .upToNextOption, help: "Shortest and longest minutes between deploys in the frequent-deploys run (50 94: 20 a day; 15 45: 48 a day, under the hour where restarts are also compared at matched ages).")
    var deployGapMinutes: [Double] = [50, 94]

    func run() throws {
        let days = max(1, points / 1440)
        let trace = TraceGenerator.trace(shape: "linear", seed: 42, days: days)
        let series = Array(trace.points.prefix(points))
        let deploys = trace.deploys.filter { $0.ts <= series.last!.ts }
        let (best, result) = timed { OnsetDetector().detect(points: series, deploys: deploys, unit: .percent) }
        print(String(format: "onset detector: %d points, %d deploys, %d intervals: best of %d = %.3f s (%.2f M points/s)",
                     series.count, deploys.count, result!.intervals.count, repeats, best, Double(series.count) / best / 1e6))
        print("  answer: " + (result!.leak ? "leak at deploy \(result!.culpritDeployIndex.map(String.init) ?? "-") (true \(trace.culpritIndex.map(String.init) ?? "-"))" : result!.summary))

        try yearOfFrequentDeploys()
        for n in peltPoints { try comparePelt(n: n) }
    }

    /// The best wall time of `repeats` runs of `body`, and its answer.
    func timed(_ body: () -> OnsetResult) -> (Double, OnsetResult?) {
        var best = Double.infinity
        var result: OnsetResult?
        for _ in 0..<repeats {
            let t0 = Date()
            result = body()
            best = min(best, Date().timeIntervalSince(t0))
        }
        return (best, result)
    }

    /// A year of 1-minute data with 20 deploys a day (7,300 deploys; `--deploy-gap-minutes` sets another rhythm): a
    /// leak from 4,000/7,289 of the way on, the sawtooth resetting at every deploy. The detector must stay linear in
    /// the number of deploys.
    func yearOfFrequentDeploys() throws {
        guard deployGapMinutes.count == 2, deployGapMinutes[0] >= 1, deployGapMinutes[1] >= deployGapMinutes[0] else {
            throw ValidationError("--deploy-gap-minutes takes two values, the shortest and the longest gap, e.g. --deploy-gap-minutes 15 45")
        }
        var rng = SplitMix64(seed: 2026)
        let start: Int64 = 1_767_225_600
        let minutes = frequentDays * 1440
        var deploys: [Deploy] = []
        var t = start + 3600
        while t < start + Int64(minutes) * 60 - 3600 {
            deploys.append(Deploy(service: "prod/api", ts: t, source: "bench", externalID: "y\(deploys.count)", sha: String(format: "%040x", deploys.count),
                                  pr: 10_000 + deploys.count, title: "Change \(deploys.count)", author: "bench"))
            t += Int64(rng.uniform(deployGapMinutes[0], deployGapMinutes[1]) * 60)
        }
        let culprit = deploys.count * 4000 / 7289
        var points: [Point] = []
        points.reserveCapacity(minutes)
        var next = 0
        var restart = start - 7200
        for m in 0..<minutes {
            let ts = start + Int64(m) * 60
            if next < deploys.count, ts >= deploys[next].ts { restart = ts; next += 1 }
            let age = Double(ts - restart) / 3600
            var v = 30 - 3 * exp(-age / 0.2) + rng.normal() * 0.4
            if next > culprit { v += 1.5 * age }
            points.append(Point(ts: ts, value: v))
        }
        let (best, result) = timed { OnsetDetector().detect(points: points, deploys: deploys, unit: .percent) }
        print(String(format: "onset detector, %d days of 1-minute data with %.0f deploys a day: %d points, %d deploys: best of %d = %.3f s",
                     frequentDays, Double(deploys.count) / Double(frequentDays), points.count, deploys.count, repeats, best))
        if frequentDays < 365 {
            for i in result!.intervals.indices where abs((result!.intervals[i].deployIndex ?? -99) - culprit) <= 2 {
                let r = result!.intervals[i]
                print(String(format: "  interval %d deploy %d slope %+.3f ± %.3f p %.2f", i, r.deployIndex ?? -1, r.slopePerHour, r.slopeStandardErrorPerHour, r.probabilityGrowing))
            }
        }
        print("  answer: " + (result!.leak ? "leak at deploy \(result!.culpritDeployIndex.map(String.init) ?? "-") (true \(culprit))" : result!.summary)
              + "; candidates " + result!.candidates.prefix(3).map { String(format: "%d: %.2f", $0.deployIndex, $0.probability) }.joined(separator: ", "))
    }

    /// Our PELT and ruptures' on the first `n` minutes of a leak with a flat start and OOM restarts.
    func comparePelt(n: Int) throws {
        let trace = TraceGenerator.trace(shape: "no-deploys", seed: 7, days: max(2, n / 1440 + 1))
        let pts = Array(trace.points.prefix(n))
        let x = pts.map { Double($0.ts - pts[0].ts) / 3600 }
        let y = pts.map(\.value)
        let sigma = RobustStats.differenceSigma(y)
        let penalty = Penalty.bic(noiseVariance: sigma * sigma, n: n)
        let minSize = 30, jump = 5
        let t0 = Date()
        var ours: [Int] = []
        let reps = 20
        for _ in 0..<reps { ours = Pelt(cost: LinearTrendCost(x: x, y: y), minSize: minSize, jump: jump).segment(penalty: penalty) }
        let oursSeconds = Date().timeIntervalSince(t0) / Double(reps)

        let file = FileManager.default.temporaryDirectory.appendingPathComponent("memblame-pelt-\(getpid())-\(n).csv")
        try zip(x, y).map { "\($0),\($1)" }.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        guard FileManager.default.isExecutableFile(atPath: python) else {
            print(String(format: "PELT n=%d: memblame %.4f s, %d breakpoints; ruptures skipped (no %@: python3 -m venv .venv-bench && .venv-bench/bin/pip install ruptures==1.1.10)",
                         n, oursSeconds, ours.count, python))
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [script, file.path, "\(penalty.value)", "\(minSize)", "\(jump)"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any], let seconds = json["seconds"] as? Double,
              let theirs = json["breakpoints"] as? [Int] else {
            print("PELT n=\(n): ruptures failed: \(String(decoding: data, as: UTF8.self))")
            return
        }
        print(String(format: "PELT n=%d (linear-trend cost, pen %.3g, min_size %d, jump %d): memblame %.5f s, ruptures %.3f s, ratio %.0fx; breakpoints %@ (%d vs %d)",
                     n, penalty.value, minSize, jump, oursSeconds, seconds, seconds / oursSeconds, ours == theirs ? "identical" : "differ",
                     ours.count, theirs.count))
    }
}
