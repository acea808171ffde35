import ArgumentParser
import Foundation
import MemBlameKit
import MemBlameTestSupport

/// `memblame-bench suspects-eval`: how often the true culprit PR is ranked first and in the top 3 by
/// `suspects`, over the bundled sample story, labelled trace folders and generated traces.
struct SuspectsEvalBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "suspects-eval",
                                                    abstract: "Rank of the true culprit among the suspects (first, top 3), with the reasons.")

    @Option(help: "A folder of labelled trace folders (metrics.csv, deploys.csv, labels.json).") var traces: String?
    @Option(help: "Number of generated traces per leaking shape.") var generated: Int = 0
    @Option(help: "First seed for generated traces.") var seed: UInt64 = 1
    @Flag(help: "Print only the summary lines.") var quiet = false

    func run() throws {
        var rows: [[TextTable.Cell]] = []
        var ranks: [Int?] = []
        func record(_ name: String, culpritPR: Int?, report: SuspectReport) {
            let rank = report.suspects.first { $0.deploy.pr == culpritPR }?.rank
            ranks.append(rank)
            let top = report.suspects.first
            rows.append([.text(name), .integer(culpritPR.map(Int64.init)), .text(rank.map(String.init) ?? "not listed"),
                         .text(top.map { "#\($0.deploy.pr ?? 0) \(String(format: "%.2f", $0.score))" } ?? "-"),
                         .text(top?.reasons.joined(separator: "; ") ?? report.message)])
        }

        // The bundled story: the whole path from the embedded exports through the store.
        let db = try Database.inMemory()
        _ = try SampleStory.load(into: db)
        let story = try Investigation(db: db, service: SampleStory.leakingService)
        record("sample-data", culpritPR: try samplePR(), report: story.suspects)

        var all: [LabelledTrace] = []
        if let traces { all += try LabelledTrace.loadAll(folder: traces) }
        if generated > 0 {
            all += TraceGenerator.suite(perShape: generated, firstSeed: seed).filter { $0.leaking && $0.culpritIndex != nil }
        }
        let detector = OnsetDetector()
        for trace in all where trace.leaking {
            guard let culprit = trace.culpritIndex else { continue }
            let result = detector.detect(points: trace.points, deploys: trace.deploys, unit: trace.unit)
            record(trace.name, culpritPR: trace.deploys[culprit].pr, report: Investigation.suspects(for: result, deploys: trace.deploys))
        }
        if !quiet {
            print(TableRenderer.plain(TextTable(columns: [.init("trace"), .init("culprit PR", alignRight: true), .init("its rank"),
                                                         .init("top suspect"), .init("why (top suspect)")], rows: rows)))
        }
        let first = ranks.filter { $0 == 1 }.count
        let top3 = ranks.filter { ($0 ?? 99) <= 3 }.count
        print(String(format: "leaking cases: %d\nculprit ranked first: %d of %d = %.1f %%\nculprit in the top 3: %d of %d = %.1f %%",
                     ranks.count, first, ranks.count, 100 * Double(first) / Double(max(1, ranks.count)),
                     top3, ranks.count, 100 * Double(top3) / Double(max(1, ranks.count))))
    }

    /// The culprit PR from the story's embedded `truth.json`.
    private func samplePR() throws -> Int? {
        let truth = try JSONSerialization.jsonObject(with: try SampleStory.file("truth.json").readAll()) as? [String: Any]
        if let culprit = truth?["culprit"] as? [String: Any] { return culprit["pr"] as? Int }
        return truth?["culprit_pr"] as? Int
    }
}
