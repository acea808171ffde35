import Foundation
import Testing
@testable import MemBlameKit
import MemBlameTestSupport

/// `report --heap s1,s2,s3 --repo PATH`: the heap evidence is a named component of each suspect, next to the
/// detector's score, which it leaves (and the order) as it was.
@Suite(.serialized) struct ReportHeapEvidenceTests {
    /// A database where memory starts growing at the deploy of the cache PR of the `cache` case's history: four
    /// deploys of the base, then one per merged PR, 12 h apart; 5-minute points, flat at 30 % before, +1 %/h after.
    static func database(_ c: HeapBlameCase) throws -> (Database, [GitChange]) {
        let changes = try GitRepository(path: c.repo).changes(from: c.base, to: c.head)
        let start: Int64 = 1_790_000_000
        var versions: [(sha: String, pr: Int?, title: String)] = Array(repeating: (c.base, nil, "Quote service"), count: 4)
        versions += changes.map { ($0.sha, $0.pr, $0.title) }
        var deploys = "time,service,sha,pr,title,author\n", metrics = "timestamp,value\n"
        var rng = SplitMix64(seed: 7)
        var leaking = false
        for (i, v) in versions.enumerated() {
            let t0 = start + Int64(i) * 43_200
            deploys += "\(Timestamp.iso(t0)),quotes,\(v.sha),\(v.pr.map(String.init) ?? ""),\(v.title),dev\n"
            if v.pr == c.pr { leaking = true }
            for k in stride(from: Int64(0), to: 43_200, by: 300) {
                let noise = (Double(rng.next() % 1000) / 1000 - 0.5) * 0.6
                metrics += "\(t0 + k),\(30 + (leaking ? Double(k) / 3600 : 0) + noise)\n"
            }
        }
        let folder = Scratch.folder("report-heap")
        let db = try Database(path: folder.appendingPathComponent("m.db").path)
        try Data(metrics.utf8).write(to: folder.appendingPathComponent("m.csv"))
        try Data(deploys.utf8).write(to: folder.appendingPathComponent("d.csv"))
        _ = try MetricImport(db: db).run([InputFile(path: folder.appendingPathComponent("m.csv").path)], options: MetricImportOptions(service: "quotes"))
        _ = try DeployStore(db).importFiles([InputFile(path: folder.appendingPathComponent("d.csv").path)])
        return (db, changes)
    }

    @Test func heapEvidenceIsANamedComponentThatLeavesTheOrder() throws {
        let c = try HeapBlameCase.named("cache")
        let (db, _) = try Self.database(c)
        var inv = try Investigation(db: db, service: "quotes")
        let before = inv.suspects.suspects.map { ($0.deploy.sha, $0.score) }
        let top = try #require(inv.suspects.suspects.first)
        #expect(top.deploy.pr == c.pr)
        let diff = try HeapDiff(s1: c.snapshots[0], s2: c.snapshots[1], s3: c.snapshots[2])
        inv.addHeapEvidence(HeapEvidence(diff: diff), repository: try GitRepository(path: c.repo))
        #expect(inv.suspects.suspects.map { ($0.deploy.sha, $0.score) }.elementsEqual(before) { $0 == $1 })
        let blamed = inv.suspects.suspects[0]
        #expect(blamed.components.heapEvidence == 1)
        let reason = try #require(blamed.reasons.last)
        #expect(reason.hasPrefix("heap evidence 1.00: PR #\(c.pr!) 'Cache quotes by request id' explains the leak (server.js:"))
        #expect(reason.contains(" quoteCache.set(id, quote);, score "))
        for other in inv.suspects.suspects.dropFirst().prefix(4) where other.deploy.sha != nil {
            #expect(other.components.heapEvidence.map { $0 < 1 } ?? true)
        }
        // The suspect range's full ranking goes into the report: text, and JSON under heap_blame.
        let blame = try #require(inv.heapBlame)
        #expect(blame.prs.first?.pr == c.pr)
        let text = ReportRenderer.text(inv, chart: nil)
        #expect(text.contains("\nChanges that explain the heap evidence\n"))
        #expect(TableRenderer.plain(ReportRenderer.compactSuspectsTable(inv)).contains(" Heap"))
        let json = ReportDocument(inv).json()
        #expect(json.contains("\"heap_blame\" : {") || json.contains("\"heap_blame\": {"))
        #expect(json.contains("\"heap_evidence\""))
    }

    @Test func defaultRangeIsTheReportsSuspectRange() throws {
        let c = try HeapBlameCase.named("cache")
        let (db, changes) = try Self.database(c)
        let range = try HeapBlame.reportRange(db: db, service: "quotes")
        let leak = try #require(changes.firstIndex { $0.pr == c.pr })
        #expect(range.to == changes[leak].sha)
        #expect(range.from == changes[leak - 1].sha)
        // With that range, the one change in it is the leak.
        let diff = try HeapDiff(s1: c.snapshots[0], s2: c.snapshots[1], s3: c.snapshots[2])
        let blame = try HeapBlame(evidence: HeapEvidence(diff: diff), repository: try GitRepository(path: c.repo), from: range.from, to: range.to)
        #expect(blame.changeCount == 1 && blame.prs.first?.pr == c.pr)
    }

    @Test func noLeakNoRange() throws {
        let folder = Scratch.folder("report-heap-flat")
        let db = try Database(path: folder.appendingPathComponent("f.db").path)
        var csv = "timestamp,value\n"
        for k in stride(from: Int64(0), to: 4 * 86_400, by: 300) { csv += "\(1_790_000_000 + k),\(30 + Double(k % 7) * 0.05)\n" }
        try Data(csv.utf8).write(to: folder.appendingPathComponent("f.csv"))
        _ = try MetricImport(db: db).run([InputFile(path: folder.appendingPathComponent("f.csv").path)], options: MetricImportOptions(service: "flat"))
        let error = try #require(throws: MemBlameError.self) { try HeapBlame.reportRange(db: db, service: "flat") }
        #expect(error.kind == .usage)
        #expect(error.message == "no suspect range for flat: the report finds no leak; pass --range LAST_HEALTHY..FIRST_LEAKING")
    }

    @Test func withoutSnapshotsTheReportIsUnchanged() throws {
        let c = try HeapBlameCase.named("cache")
        let (db, _) = try Self.database(c)
        let inv = try Investigation(db: db, service: "quotes")
        #expect(!ReportDocument(inv).json().contains("heap_"))
        #expect(!TableRenderer.plain(ReportRenderer.compactSuspectsTable(inv)).contains("Heap"))
    }
}
