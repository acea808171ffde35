import Foundation
import Testing
@testable import MemBlameKit
import MemBlameTestSupport

/// A fix named on under an hour of data after its deploy may be a leak pausing with its traffic: every output (the
/// sentence, the report's facts in text, Markdown and HTML, the JSON documents) says so, not only the sentence.
@Suite struct ReportFixHedgeTests {
    static let traces = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Traces/real").path

    /// The case's `metrics.csv` and `deploys.csv` imported into a new database as service `orders`.
    static func investigation(_ name: String) throws -> Investigation {
        let folder = Scratch.folder("fix-hedge")
        let caseFolder = Self.traces + "/" + name
        let deploys = try String(contentsOfFile: caseFolder + "/deploys.csv", encoding: .utf8)
            .split(separator: "\n").enumerated()
            .map { $0.offset == 0 ? "time,service,sha,pr,title" : $0.element.replacingOccurrences(of: "Z,", with: "Z,orders,", options: [], range: $0.element.range(of: "Z,")) }
            .joined(separator: "\n") + "\n"
        let deployFile = folder.appendingPathComponent("d.csv")
        try Data(deploys.utf8).write(to: deployFile)
        let db = try Database(path: folder.appendingPathComponent("m.db").path)
        _ = try MetricImport(db: db).run([InputFile(path: caseFolder + "/metrics.csv")], options: MetricImportOptions(service: "orders"))
        _ = try DeployStore(db).importFiles([InputFile(path: deployFile.path)])
        return try Investigation(db: db, service: "orders")
    }

    @Test func aFixWithUnderAnHourAfterItIsHedgedInEveryOutput() throws {
        // Batch 38's AM09 (development): a leak from an evening deploy pauses at night with its traffic; the last
        // deploy, 35 minutes before the data ends, reads as its fix.
        let inv = try Self.investigation("AM09-c-night-pause-evening-culprit-300")
        let r = inv.analysis.result
        #expect(r.leak && r.fixedByDeployIndex != nil && r.fixIsTentative, "\(r.summary)")
        let text = ReportRenderer.text(inv, chart: nil)
        #expect(text.contains("Growth stopped after PR #") && text.contains("or paused with its traffic"), "\(text)")
        #expect(!text.contains("The leak ended at"))
        #expect(ReportRenderer.markdown(inv, chart: nil).contains("or paused with its traffic"))
        let doc = ReportDocument(inv)
        #expect(doc.onset?.fixTentative == true && (doc.onset?.fixHoursOfDataAfter ?? 9) < 1)
        let table = TableRenderer.plain(OnsetRenderer.answerTable(r, deploys: inv.analysis.deploys))
        #expect(table.contains("(tentative: ") && table.contains(" min of data after it"), "\(table)")
    }

    @Test func aFixWithHoursAfterItIsStatedPlainly() throws {
        // Batch 1's A07: the leak's fix deployed next, with hours of data after it.
        let inv = try Self.investigation("A07-b-fixed-next-deploy")
        let r = inv.analysis.result
        #expect(r.leak && r.fixedByDeployIndex != nil && !r.fixIsTentative, "\(r.summary)")
        #expect(ReportRenderer.text(inv, chart: nil).contains("The leak ended at PR #"))
        #expect(ReportDocument(inv).onset?.fixTentative == false)
    }
}
