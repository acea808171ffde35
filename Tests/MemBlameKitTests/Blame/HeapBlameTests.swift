import Foundation
import Testing
@testable import MemBlameKit
import MemBlameTestSupport

/// The acceptance test of `heap diff --repo`: a Node service's history with innocent PRs and one that leaks
/// (a module-level array of requests, an unbounded Map of `CachedQuote`, an upgraded vendored agent that keeps every
/// concatenated log line), snapshots of its last build under load: the responsible PR and file rank first, with the
/// retaining line; the clean history names no PR.
@Suite(.serialized) struct HeapBlameTests {
    func blame(_ c: HeapBlameCase) throws -> HeapBlame {
        let diff = try HeapDiff(s1: c.snapshots[0], s2: c.snapshots[1], s3: c.snapshots[2])
        return try HeapBlame(evidence: HeapEvidence(diff: diff), repository: try GitRepository(path: c.repo), from: c.base, to: c.head)
    }

    @Test(arguments: HeapBlameCase.leaking)
    func responsiblePRAndFileRankFirstWithTheRetainingLine(_ name: String) throws {
        let c = try HeapBlameCase.named(name)
        let blame = try blame(c)
        #expect(blame.changeCount >= 5)
        let top = try #require(blame.prs.first, "\(name): no PR named")
        #expect(top.pr == c.pr, "\(name): \(blame.prs.map(\.name))")
        let file = try #require(top.files.first)
        #expect(file.path == c.file)
        #expect(file.retainingText == c.line)
        // The line number is the line's place in the leaking build.
        let text = try String(contentsOfFile: c.repo + "/" + file.path, encoding: .utf8).components(separatedBy: "\n")
        let number = try #require(file.retainingLine)
        #expect(text[number - 1].trimmingCharacters(in: .whitespaces) == c.line)
        // Every match says why, and the innocent PRs rank below with a clearly lower score (or are not named).
        #expect(top.files.allSatisfy { $0.matches.allSatisfy { !$0.reason.isEmpty } })
        for other in blame.prs.dropFirst() { #expect(other.score < top.score) }
        #expect(file.matches.contains { $0.kind == .holder })
    }

    @Test func upgradedAgentIsBlamedThroughItsPackage() throws {
        let blame = try blame(try HeapBlameCase.named("agent"))
        let top = try #require(blame.prs.first)
        let manifest = try #require(top.files.first { $0.path == "package.json" })
        let upgrade = try #require(manifest.matches.first { $0.kind == .package })
        #expect(upgrade.term == "acme-agent")
        #expect(upgrade.reason.hasPrefix("upgrades acme-agent 1.2.0 → 1.3.0: "))
        #expect(blame.evidence.groups.first?.name == "(concatenated string)")
    }

    @Test func cacheIsBlamedThroughTheConstructorLocation() throws {
        let blame = try blame(try HeapBlameCase.named("cache"))
        let file = try #require(blame.prs.first?.files.first)
        let place = try #require(file.matches.first { $0.kind == .location })
        #expect(place.text == "constructor(quote) {")
        #expect(place.reason.hasSuffix("git blame gives that line to this change"))
    }

    @Test func cleanHistoryNamesNone() throws {
        let c = try HeapBlameCase.named("none")
        let blame = try blame(c)
        #expect(blame.evidence.groups.isEmpty)
        #expect(blame.prs.isEmpty)
        #expect(HeapBlameReport.nothing(blame)?.hasPrefix("No leaking group") == true)
        let text = HeapBlameReport.render(blame, as: .table)
        #expect(!text.contains("#1 "))
    }

    @Test func realCleanTripleNamesNoneAgainstAnyHistory() throws {
        // The shared clean triple against the requests history: no leaking group, so no PR, whatever the range holds.
        let c = try HeapBlameCase.named("requests")
        let diff = try HeapDiff(s1: HeapFixtures.snapshot("none", "s1"), s2: HeapFixtures.snapshot("none", "s2"), s3: HeapFixtures.snapshot("none", "s3"))
        let blame = try HeapBlame(evidence: HeapEvidence(diff: diff), repository: try GitRepository(path: c.repo), from: c.base, to: c.head)
        #expect(blame.prs.isEmpty)
    }

    @Test func leakOutsideTheRangeIsNotInvented() throws {
        // The range after the leaking PR: only innocent changes remain, and none is named.
        let c = try HeapBlameCase.named("requests")
        let repository = try GitRepository(path: c.repo)
        let changes = try repository.changes(from: c.base, to: c.head)
        let leak = try #require(changes.first { $0.pr == c.pr })
        let diff = try HeapDiff(s1: c.snapshots[0], s2: c.snapshots[1], s3: c.snapshots[2])
        let blame = try HeapBlame(evidence: HeapEvidence(diff: diff), repository: repository, from: leak.sha, to: c.head)
        #expect(blame.changeCount == changes.count - leak.position - 1)
        #expect(blame.prs.isEmpty, "\(blame.prs.map(\.name))")
    }

    @Test func jsonDocumentCarriesEvidenceAndReasons() throws {
        let blame = try blame(try HeapBlameCase.named("requests"))
        let json = HeapBlameReport.render(blame, as: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let prs = try #require(object["prs"] as? [[String: Any]])
        #expect(prs.first?["pr"] as? Int == 42)
        let files = try #require(prs.first?["files"] as? [[String: Any]])
        #expect(files.first?["retaining_text"] as? String == "requests.push(req);")
        let evidence = try #require(object["evidence"] as? [[String: Any]])
        #expect(evidence.first?["kind"] as? String == "holder")
        #expect(evidence.first?["text"] as? String == "requests")
    }

    @Test func badRangeIsAUsageError() throws {
        let c = try HeapBlameCase.named("none")
        let error = try #require(throws: MemBlameError.self) { try HeapBlame.parseRange("abc") }
        #expect(error.kind == .usage)
        let missing = try #require(throws: MemBlameError.self) {
            try HeapBlame(evidence: HeapEvidence(diff: HeapDiff(s1: c.snapshots[0], s2: c.snapshots[1], s3: c.snapshots[2])),
                          repository: try GitRepository(path: c.repo), from: "deadbeef", to: c.head)
        }
        #expect(missing.description.hasSuffix("error: the repository has no commit deadbeef (fetch it, or give --range LAST_HEALTHY..FIRST_LEAKING with commits it has)"))
        let notRepo = try #require(throws: MemBlameError.self) { try GitRepository(path: Scratch.folder().path) }
        #expect(notRepo.message == "not a git repository; --repo names the service's local clone")
    }
}

/// The diff reader and the word rules the ranking rests on.
@Suite struct GitDiffParserTests {
    @Test func readsHunksWithLineNumbers() {
        let files = GitDiffParser.parse("""
            diff --git a/server.js b/server.js
            index 1..2 100644
            --- a/server.js
            +++ b/server.js
            @@ -6,0 +7,2 @@ const x
            +const requests = [];
            +
            @@ -24 +26 @@ function handle(req, res) {
            -  old();
            +  requests.push(req);
            diff --git a/gone.js b/gone.js
            --- a/gone.js
            +++ /dev/null
            @@ -1 +0,0 @@
            -x
            """)
        #expect(files.map(\.path) == ["server.js", "gone.js"])
        #expect(files[0].hunks.map(\.newStart) == [7, 26])
        #expect(files[0].hunks[0].added == [GitLine(number: 7, text: "const requests = [];"), GitLine(number: 8, text: "")])
        #expect(files[0].hunks[1].removed == [GitLine(number: 24, text: "  old();")])
        #expect(files[0].hunks[1].added == [GitLine(number: 26, text: "  requests.push(req);")])
        #expect(files[1].hunks[0].added.isEmpty)
    }

    @Test func wordsAreWholeIdentifiersOutsideComments() {
        #expect(HeapBlame.containsWord("requests.push(req);", "requests"))
        #expect(!HeapBlame.containsWord("requestsTotal += 1;", "requests"))
        #expect(!HeapBlame.containsWord("$requests = 1", "requests"))
        #expect(HeapBlame.code("  // keep requests for debugging") == "")
        #expect(HeapBlame.code("x = 1; // requests") == "x = 1;")
        #expect(HeapBlame.retains("  cache.set(id, quote);", "cache"))
        #expect(HeapBlame.retains("lines[i] = line", "lines"))
        #expect(!HeapBlame.retains("const cache = new Map();", "cache"))
        #expect(HeapEvidence.package(of: "/app/node_modules/@acme/agent/lib/x.js") == "@acme/agent")
        #expect(HeapEvidence.package(of: "/app/server.js") == nil)
        #expect(HeapBlame.repoPath(of: "/app/lib/format.js", root: "/home/me/svc", files: ["lib/format.js", "format.js"]) == "lib/format.js")
        #expect(HeapBlame.version(#"    "acme-agent": "^1.3.0","#) == "^1.3.0")
    }
}

/// The evidence read from the real shared triples (recorded from another service, so no repository is needed).
@Suite struct HeapEvidenceTests {
    func evidence(_ c: String) throws -> HeapEvidence {
        HeapEvidence(diff: try HeapDiff(s1: HeapFixtures.snapshot(c, "s1"), s2: HeapFixtures.snapshot(c, "s2"), s3: HeapFixtures.snapshot(c, "s3")))
    }

    @Test func requestsHolderIsTheModuleArray() throws {
        let e = try evidence("requests")
        #expect(e.groups.first?.label == "IncomingMessage ×600")
        let holder = try #require(e.terms.first { $0.kind == .holder })
        #expect(holder.text == "requests")
        #expect(holder.why.hasSuffix("it is a variable of the closure <anonymous> at /work/steering/heap/app/server.js:119:23"))
        #expect(e.terms.contains { $0.kind == .constructor && $0.text == "IncomingMessage" && $0.weight == 2 })
        #expect(!e.terms.contains { $0.text == "exports" || $0.text == "_events" })
    }

    @Test func cacheHolderIsTheMapAndTheClassIsLocated() throws {
        let e = try evidence("cache")
        #expect(e.terms.first { $0.kind == .holder }?.text == "quoteCache")
        #expect(e.terms.contains { $0.kind == .constructor && $0.text == "CachedQuote" && $0.weight == 3 })
        #expect(e.terms.contains { $0.kind == .location && $0.location?.description == "/work/steering/heap/app/server.js:37:14" })
    }

    @Test func cleanTripleHasNoEvidence() throws {
        let e = try evidence("none")
        #expect(e.groups.isEmpty && e.terms.isEmpty)
    }
}
