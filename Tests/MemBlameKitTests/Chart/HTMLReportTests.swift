import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import MemBlameKit

/// Collects what the HTML report's XML contains.
private final class Collector: NSObject, XMLParserDelegate {
    var elements: [(name: String, attributes: [String: String])] = []
    var titles: [String] = []
    var texts: [String] = []
    private var inTitle = false
    private var current = ""

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        elements.append((name, attributes))
        if name == "title" { inTitle = true; current = "" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inTitle { current += string }
        texts.append(string)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "title" { titles.append(current); inTitle = false }
    }

    func count(_ name: String, classContaining word: String? = nil) -> Int {
        elements.filter { e in
            e.name == name && (word == nil || (e.attributes["class"] ?? "").split(separator: " ").contains(Substring(word!)))
        }.count
    }
}

@Suite struct HTMLReportTests {
    static var report: HTMLReport {
        let suspects = TextTable(columns: [.init("Rank", alignRight: true), .init("PR"), .init("Title")],
                                 rows: [[.integer(1), .text("PR #107"), .text("Cache tenant settings <per request> & \"forever\"")],
                                        [.integer(2), .text("PR #104"), .text("Log slow queries")]])
        return HTMLReport(title: "memblame: prod/api <leak>", summary: ["Memory grows 1.5 %/h since Nov 27 12:00 UTC & counting."],
                          chart: ChartSample.input, sections: [.init(heading: "Suspects", table: suspects)])
    }

    private func parse(_ html: String) throws -> Collector {
        let parser = XMLParser(data: Data(html.utf8))
        let collector = Collector()
        parser.delegate = collector
        let ok = parser.parse()
        #expect(ok, "not well-formed: \(parser.parserError.map { "\($0)" } ?? "?") at line \(parser.lineNumber)")
        return collector
    }

    @Test func isWellFormedWithOneTickPerDeploy() throws {
        let html = Self.report.render()
        let doc = try parse(html)
        #expect(doc.count("svg") == 1)
        #expect(doc.count("g", classContaining: "deploy") == ChartSample.markers.count)
        #expect(doc.count("g", classContaining: "suspect") == 2)
        #expect(doc.count("line", classContaining: "onset") == 1)
        #expect(doc.count("rect", classContaining: "onset-window") == 1)
        #expect(doc.count("g", classContaining: "oom") == 1)
        #expect(doc.count("path", classContaining: "band") == 2)   // the gap splits the band in two
        #expect(doc.count("table") == 1 && doc.count("tr") == 3)
        for pr in ["PR #101", "PR #104", "PR #107", "PR #110", "PR #112"] {
            #expect(doc.titles.contains { $0.contains(pr) }, "no hover text for \(pr)")
        }
        // Escaped in the markup, intact after parsing.
        #expect(doc.titles.contains("Suspect #1: PR #107: Cache tenant settings <per request> & \"forever\" (deployed 2026-11-27 12:00 UTC)"))
        #expect(doc.titles.first == "memblame: prod/api <leak>")
        #expect(html.contains("&lt;per request&gt; &amp; &quot;forever&quot;"))
    }

    @Test func matchesSnapshot() throws {
        // Also the page to look at in a browser: Tests/MemBlameKitTests/Fixtures/chart/sample-report.html.
        try Snapshot.assert(Self.report.render(), named: "sample-report.html")
    }

    @Test func isSelfContained() {
        let html = Self.report.render()
        for needle in ["<script", "<link", "src=", "@import", "url("] { #expect(!html.contains(needle), "found \(needle)") }
        // Only the namespace URIs mention http.
        let http = html.components(separatedBy: "http").count - 1
        #expect(http == 2)
    }

    @Test func escapesEverything() {
        #expect(XMLText.escape("a<b>&\"c'\u{01}") == "a&lt;b&gt;&amp;&quot;c&#39;")
    }

    @Test func emptyChartStillParses() throws {
        let input = ChartInput(points: [], unit: .bytes, title: "nothing", range: 0...3600)
        let doc = try parse(HTMLReport(title: "empty", chart: input).render())
        #expect(doc.count("path", classContaining: "band") == 0)
        #expect(doc.texts.contains("no data in this range"))
    }
}
