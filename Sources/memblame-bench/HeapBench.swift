import ArgumentParser
import Foundation
import MemBlameKit
#if canImport(Glibc)
import Glibc
#endif

/// `memblame-bench heap`: parse + diff of three ~100 MB V8 heap snapshots (written by `node Benchmarks/heap/leak.js`
/// when missing), timing each stage and reporting peak RSS against the largest file's size.
/// Target (issue 10): under 5 s and under 2x the largest file in memory.
struct HeapBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "heap", abstract: "Parse and diff three large heap snapshots.")

    @Option(help: "Folder with s1/s2/s3.heapsnapshot (generated with node if missing).") var dir: String = "Benchmarks/heap/out"
    @Option(help: "Baseline objects for the generator (230000 gives ~115 MB snapshots).") var baseObjects: Int = 230_000
    @Option(help: "Leaked sessions per phase for the generator.") var perPhase: Int = 20_000
    @Option(help: "The leaking script.") var script: String = "Benchmarks/heap/leak.js"

    func run() throws {
        let files = ["s1", "s2", "s3"].map { URL(fileURLWithPath: dir).appendingPathComponent("\($0).heapsnapshot").path }
        if !files.allSatisfy({ FileManager.default.fileExists(atPath: $0) }) {
            print("writing snapshots with node \(script) \(dir) \(baseObjects) \(perPhase) ...")
            let node = Process()
            node.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            node.arguments = ["node", script, dir, String(baseObjects), String(perPhase)]
            try node.run()
            node.waitUntilExit()
            guard node.terminationStatus == 0 else { throw ValidationError("node \(script) failed with status \(node.terminationStatus)") }
        }
        let sizes = try files.map { try FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int ?? 0 }
        let rssBefore = peakRSS()

        var stages: [(String, Double)] = []
        func timed<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
            let t0 = Date()
            let value = try body()
            stages.append((name, Date().timeIntervalSince(t0)))
            return value
        }
        let t0 = Date()
        // `HeapDiff.load` as the CLI runs it: S3 parsed on a second thread while S1 and S2 are scanned.
        let loaded = try HeapDiff.load(s1: files[0], s2: files[1], s3: files[2]) { name, seconds in stages.append((name, seconds)) }
        let final = loaded.final, lowerId = loaded.lowerId, upperId = loaded.upperId
        let diff = timed("dominators + distances + aggregate") { HeapDiff(final: final, lowerId: lowerId, upperId: upperId) }
        let path = timed("retainer path (top group)") { diff.rows.first.flatMap { diff.retainerPath(for: $0) } }
        let total = Date().timeIntervalSince(t0)
        let peak = peakRSS()

        let mb = { (b: Int) in String(format: "%.1f MB", Double(b) / 1e6) }
        print("files: " + zip(["s1", "s2", "s3"], sizes).map { "\($0) \(mb($1))" }.joined(separator: ", ")
              + "; s3: \(final.nodeCount) nodes, \(final.edgeCount) edges, \(final.strings.count) strings")
        for (name, seconds) in stages { print("  " + name.padding(toLength: 36, withPad: " ", startingAt: 0) + String(format: "%6.3f s", seconds)) }
        print(String(format: "total parse + diff: %.3f s (target < 5 s)", total))
        print("peak RSS: \(mb(peak)) (\(String(format: "%.2f", Double(peak) / Double(sizes.max() ?? 1)))x the largest file, target < 2x; \(mb(rssBefore)) before parsing)")
        if let top = diff.rows.first {
            print("top group: \(top.name) ×\(top.count), retained \(top.retainedSize) B; path: \(path?.description ?? "none")")
        }
    }

    /// Peak resident set size of this process in bytes (`getrusage`, kilobytes on Linux).
    func peakRSS() -> Int {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Int(usage.ru_maxrss) * 1024
    }
}
