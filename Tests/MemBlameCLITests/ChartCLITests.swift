import Foundation
import Testing
import MemBlameTestSupport

/// Runs `memblame chart` on a small database: size, colour policy, HTML output.
@Suite struct ChartCLITests {
    let binary = Repository.memblameBinary

    /// A database with a day of 5-minute points that start growing after the second of three deploys.
    func database() throws -> (folder: URL, db: String) {
        let folder = Scratch.folder()
        let db = folder.appendingPathComponent("chart.db").path
        var csv = "timestamp,value\n"
        for i in 0..<288 {
            let value = i < 100 ? 30.0 : 30.0 + Double(i - 100) * 0.3
            csv += "\(1_795_651_200 + i * 300),\(value)\n"
        }
        let metrics = folder.appendingPathComponent("m.csv").path
        try csv.write(toFile: metrics, atomically: true, encoding: .utf8)
        let deploys = folder.appendingPathComponent("d.csv").path
        try """
            time,service,sha,pr,title,author
            2026-11-26T02:00:00Z,prod/api,aaaaaaa1,11,Bump <deps>,ann
            2026-11-26T08:20:00Z,prod/api,bbbbbbb2,12,Cache everything,bob
            2026-11-26T18:00:00Z,prod/api,ccccccc3,13,Fix typo,cy

            """.write(toFile: deploys, atomically: true, encoding: .utf8)
        let imported = try runProcess(binary, ["import", "metrics", "--db", db, "--service", "prod/api", metrics])
        #expect(imported.status == 0)
        let importedDeploys = try runProcess(binary, ["import", "deploys", "--db", db, deploys])
        #expect(importedDeploys.status == 0)
        return (folder, db)
    }

    @Test func drawsToTheRequestedSize() throws {
        let (_, db) = try database()
        let result = try runProcess(binary, ["chart", "--db", db, "--width", "60", "--height", "14"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 14)
        #expect(lines.allSatisfy { $0.count <= 60 })
        #expect(lines[lines.count - 3].filter { $0 == "│" }.count == 3)   // one tick per deploy
        #expect(!result.stdout.contains("\u{1B}["))                       // stdout is a pipe: no colour
    }

    @Test func widthFromColumnsAndColourPolicy() throws {
        let (_, db) = try database()
        var env = ProcessInfo.processInfo.environment
        env["COLUMNS"] = "50"
        env.removeValue(forKey: "NO_COLOR")
        let narrow = try runProcess(binary, ["chart", "--db", db, "--ascii"], environment: env)
        #expect(narrow.status == 0)
        #expect(narrow.stdout.split(separator: "\n").map(\.count).max() == 50)
        #expect(narrow.stdout.unicodeScalars.allSatisfy { $0.isASCII })
        let always = try runProcess(binary, ["chart", "--db", db, "--color", "always"], environment: env)
        #expect(always.stdout.contains("\u{1B}[33m│"))
        env["NO_COLOR"] = "1"
        let auto = try runProcess(binary, ["chart", "--db", db], environment: env)
        #expect(!auto.stdout.contains("\u{1B}["))
    }

    @Test func writesHTML() throws {
        let (folder, db) = try database()
        let html = folder.appendingPathComponent("chart.html").path
        let result = try runProcess(binary, ["chart", "--db", db, "--width", "80", "--html", html])
        #expect(result.status == 0)
        #expect(result.stderr == "wrote \(html)\n")
        let page = try String(contentsOfFile: html, encoding: .utf8)
        #expect(page.contains("<title>PR #12: Cache everything (deployed 2026-11-26 08:20 UTC)</title>"))
        #expect(page.contains("Bump &lt;deps&gt;"))
    }

    @Test func badFlagsAreUsageErrors() throws {
        let (_, db) = try database()
        let narrow = try runProcess(binary, ["chart", "--db", db, "--width", "10"])
        #expect(narrow.status == 64)
        #expect(narrow.stderr == "memblame: error: --width must be from 24 to 1000; found 10\n")
        let unknown = try runProcess(binary, ["chart", "--db", db, "--service", "nope"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr == "memblame: error: no memory series for service 'nope'; see memblame series\n")
    }
}
