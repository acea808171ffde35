import Foundation
import Testing
import MemBlameTestSupport

/// `memblame heap diff|summary` through the built binary: output formats, exit codes, located errors.
@Suite struct HeapCLITests {
    let binary = Repository.memblameBinary

    /// The `requests` triple from the library tests' fixtures, gunzipped into a scratch folder.
    static let requests: [String] = {
        let out = Scratch.folder("memblame-heap-cli")
        return ["s1", "s2", "s3"].map { s in
            let source = Repository.root.appendingPathComponent("Tests/MemBlameKitTests/Fixtures/heap/requests/\(s).heapsnapshot.gz").path
            let target = out.appendingPathComponent("\(s).heapsnapshot").path
            let result = try? runProcess(URL(fileURLWithPath: "/bin/sh"), ["-c", "gzip -dc \"$0\" > \"$1\"", source, target])
            precondition(result?.status == 0, "cannot gunzip \(source)")
            return target
        }
    }()

    @Test func diffAsJSONNamesTheLeakAndItsHolder() throws {
        let result = try runProcess(binary, ["heap", "diff"] + Self.requests + ["--top", "2", "--paths", "1", "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 2)
        #expect(rows[0]["name"] as? String == "IncomingMessage")
        #expect(rows[0]["count"] as? Int == 600)
        #expect(rows[0]["self_size"] as? Int == 144_000)
        #expect(rows[0]["retained_size"] as? Int == 1_521_600)
        #expect((rows[0]["retainer_path"] as? String)?.contains(" → requests (Array) → [") == true)
        #expect(rows[1]["name"] as? String == "Socket")
        #expect(rows[1]["retainer_path"] is NSNull)
    }

    @Test func diffAsTableHasHeaderRowsAndPaths() throws {
        let result = try runProcess(binary, ["heap", "diff"] + Self.requests + ["--top", "3"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0].hasSuffix("s3.heapsnapshot: 27350 objects, 1.6 MB self, 1.6 MB retained"))
        #expect(lines[2] == "Class            Type    Count  Self size  Retained size  Distance")
        #expect(lines[4] == "IncomingMessage  object    600     144000        1521600         9")
        #expect(result.stdout.contains("  IncomingMessage: (GC roots) → (global) → "))
        #expect(result.stdout.hasSuffix("(11 more groups; --top 14 shows all)\n"))
    }

    @Test func truncatedSnapshotExits65WithLocation() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.requests[2])).prefix(100_000)
        let cut = Scratch.folder().appendingPathComponent("cut.heapsnapshot").path
        try data.write(to: URL(fileURLWithPath: cut))
        let result = try runProcess(binary, ["heap", "diff", Self.requests[0], Self.requests[1], cut])
        #expect(result.status == 65)
        #expect(result.stdout == "")
        #expect(result.stderr == "memblame: \(cut):$.nodes[32297]: error: the file ends at byte 100000 inside $.nodes[32297]; the snapshot is truncated (copied before V8 finished writing it?)\n")
    }

    @Test func summaryAsMarkdown() throws {
        let result = try runProcess(binary, ["heap", "summary", Self.requests[0], "--top", "5", "--format", "markdown"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("| Class | Type | Count | Self size | Retained size | Distance |\n|---|---|---:|---:|---:|---:|\n"))
        #expect(result.stdout.split(separator: "\n").filter { $0.hasPrefix("| ") }.count == 6)
    }
}

/// `heap diff --repo` and `report --heap --repo` through the built binary, on the generated Node service history.
@Suite(.serialized) struct HeapBlameCLITests {
    let binary = Repository.memblameBinary

    @Test func diffWithRepoNamesThePRFileAndLine() throws {
        let c = try HeapBlameCase.named("requests")
        let result = try runProcess(binary, ["heap", "diff"] + c.snapshots + ["--top", "3", "--paths", "1", "--repo", c.repo, "--range", "\(c.base)..\(c.head)"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\n#1 PR #\(c.pr!) 'Keep recent requests for the debug page' by Dev ("))
        #expect(result.stdout.range(of: #"\n    server\.js:\d+  requests\.push\(req\);  \(score \d+\)\n"#, options: .regularExpression) != nil)
        #expect(!result.stdout.contains("\n#2 "))
        let json = try runProcess(binary, ["heap", "diff"] + c.snapshots + ["--repo", c.repo, "--range", "\(c.base)..\(c.head)", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["prs"] as? [[String: Any]])?.first?["pr"] as? Int == c.pr)
    }

    @Test func cleanHistoryNamesNone() throws {
        let c = try HeapBlameCase.named("none")
        let result = try runProcess(binary, ["heap", "diff"] + c.snapshots + ["--repo", c.repo, "--range", "\(c.base)..\(c.head)"])
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix("\nNo leaking group (no object, closure or string group with 50 or more survivors), so no change is blamed.\n"))
    }

    @Test func usageErrors() throws {
        let c = try HeapBlameCase.named("none")
        let noRepo = try runProcess(binary, ["heap", "diff"] + c.snapshots + ["--range", "a..b"])
        #expect(noRepo.status == 64)
        let badRange = try runProcess(binary, ["heap", "diff"] + c.snapshots + ["--repo", c.repo, "--range", "nope"])
        #expect(badRange.status == 64)
        #expect(badRange.stderr == "memblame: error: --range expects LAST_HEALTHY..FIRST_LEAKING (two commits joined by ..), found \"nope\"\n")
        let heapOnly = try runProcess(binary, ["report", "--heap", c.snapshots.joined(separator: ",")])
        #expect(heapOnly.status == 64)
    }
}
