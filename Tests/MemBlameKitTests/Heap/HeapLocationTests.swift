import Foundation
import Testing
@testable import MemBlameKit
import MemBlameTestSupport

/// Source locations from the snapshot's `locations` table and the Script objects, on the real triples.
@Suite struct HeapLocationTests {
    @Test func locationsAndScriptNamesAreRead() throws {
        let snapshot = try HeapSnapshotParser.parse(path: HeapFixtures.snapshot("requests", "s3"))
        #expect(snapshot.locations.count == 16_768)
        #expect(snapshot.scriptNames.count == 116)
        #expect(snapshot.scriptNames[111] == "node:_http_incoming")
        #expect(snapshot.scriptNames.values.contains("/work/steering/heap/app/server.js"))
        #expect(snapshot.v8Versions == ["11.3.244.8-node.38"])
    }

    @Test func requestsPathStepsCarryFileLineColumn() throws {
        let c = "requests"
        let diff = try HeapDiff(s1: HeapFixtures.snapshot(c, "s1"), s2: HeapFixtures.snapshot(c, "s2"), s3: HeapFixtures.snapshot(c, "s3"))
        let top = try #require(diff.rows.first)
        // IncomingMessage's constructor: lib/_http_incoming.js, `function IncomingMessage(socket) {` (1-based line 50).
        #expect(diff.final.sourcePosition(of: top.representative)?.description == "node:_http_incoming:50:25")
        let path = try #require(diff.retainerPath(for: top))
        // The closure whose context holds `requests`: the service's SIGUSR2 listener.
        let listener = try #require(path.steps.first { $0.edge == "SIGUSR2" })
        #expect(listener.function == "<anonymous>")
        #expect(listener.location?.description == "/work/steering/heap/app/server.js:119:23")
        #expect(listener.location?.isRuntime == false)
        #expect(path.steps.last?.location?.isRuntime == true)
    }

    @Test func reportPrintsWhereGroupsAndPathStepsAreDefined() throws {
        let c = "cache"
        let diff = try HeapDiff(s1: HeapFixtures.snapshot(c, "s1"), s2: HeapFixtures.snapshot(c, "s2"), s3: HeapFixtures.snapshot(c, "s3"))
        let text = HeapReport.render(diff, top: 3, paths: 1, as: .table)
        #expect(text.contains("\nWhere the groups are defined (constructor or function, file:line:column):\n  CachedQuote  /work/steering/heap/app/server.js:37:14\n"))
        #expect(text.contains("\n      SIGUSR2 ((closure) <anonymous>)            /work/steering/heap/app/server.js:119:23\n"))
        let json = HeapReport.render(diff, top: 1, paths: 1, as: .json)
        #expect(json.contains("\"location\": \"/work/steering/heap/app/server.js:37:14\""))
        #expect(json.contains("SIGUSR2 ((closure) <anonymous>) at /work/steering/heap/app/server.js:119:23"))
    }

    @Test func snapshotWithoutLocationsSaysSo() throws {
        let snapshot = try DominatorTreeTests.graph()
        #expect(snapshot.locations.isEmpty)
        let text = HeapReport.render(HeapDiff(final: snapshot, lowerId: 5, upperId: 15), top: 2, paths: 1, as: .table)
        #expect(text.contains("No source locations: \(snapshot.file) records none (no \"locations\" table; Node 12+ and Chrome write one), so no file:line:column can be given."))
    }

    @Test func locationOutsideTheNodeTableIsLocated() throws {
        let good = try String(contentsOfFile: TinySnapshot.write(nodes: [("synthetic", "", 1, 0), ("closure", "f", 3, 32)], edges: [(0, "shortcut", "g", 1)]), encoding: .utf8)
        let bad = good.replacingOccurrences(of: "\"node_types\"", with: "\"location_fields\":[\"object_index\",\"script_id\",\"line\",\"column\"],\"node_types\"")
            .replacingOccurrences(of: "\"strings\":", with: "\"locations\":[5,1,0,0,7,1,2,3],\"strings\":")
        let error = try #require(throws: MemBlameError.self) { try HeapSnapshotParser.parse(path: Scratch.file("l.heapsnapshot", bad), name: "l") }
        #expect(error.description.hasPrefix("l:$.locations[4]: error: object_index 7 is not the index of a node (a multiple of 5 below 10)"))
        let fine = bad.replacingOccurrences(of: "[5,1,0,0,7,1,2,3]", with: "[5,1,0,0]")
        let snapshot = try HeapSnapshotParser.parse(path: Scratch.file("l.heapsnapshot", fine), name: "l")
        #expect(snapshot.sourcePosition(of: 1)?.description == "script#1:1:1")
        #expect(snapshot.sourcePosition(of: 1)?.named == false)
    }
}

/// The checks that the three files are one process's snapshots, in order, whole.
@Suite struct HeapTripleCheckTests {
    func copy(_ c: String, _ s: String, edit: (inout Data) -> Void) throws -> String {
        var data = try Data(contentsOf: URL(fileURLWithPath: HeapFixtures.snapshot(c, s)))
        edit(&data)
        let path = Scratch.folder().appendingPathComponent("\(s).heapsnapshot").path
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func truncatedFirstSnapshotIsOneLine() throws {
        let c = "requests"
        let cut = try copy(c, "s1") { $0 = $0.prefix(200_000) }
        let error = try #require(throws: MemBlameError.self) {
            try HeapDiff(s1: cut, s2: HeapFixtures.snapshot(c, "s2"), s3: HeapFixtures.snapshot(c, "s3"), names: ["a", "b", "c"])
        }
        #expect(error.description.hasPrefix("a:$.nodes["))
        #expect(error.description.hasSuffix("; the snapshot is truncated (copied before V8 finished writing it?)"))
        #expect(!error.description.contains("\n"))
    }

    @Test func swappedLastTwoAreRefused() throws {
        let c = "cache"
        let error = try #require(throws: MemBlameError.self) {
            try HeapDiff(s1: HeapFixtures.snapshot(c, "s1"), s2: HeapFixtures.snapshot(c, "s3"), s3: HeapFixtures.snapshot(c, "s2"), names: ["a", "b", "c"])
        }
        #expect(error.description == "c: error: the newest object id of b (@170133) is above that of c (@140919): give the snapshots in the order they were taken, all from one process")
    }

    @Test func anotherV8VersionIsRefused() throws {
        let c = "none"
        let other = try copy(c, "s2") { data in
            let from = Data("\"11.3.244.8-node.38\"".utf8), to = Data("\"11.3.244.9-node.38\"".utf8)
            if let r = data.range(of: from) { data.replaceSubrange(r, with: to) }
        }
        let error = try #require(throws: MemBlameError.self) {
            try HeapDiff(s1: HeapFixtures.snapshot(c, "s1"), s2: other, s3: HeapFixtures.snapshot(c, "s3"), names: ["a", "b", "c"])
        }
        #expect(error.description == "b: error: a was written by V8 11.3.244.8-node.38, b by V8 11.3.244.9-node.38: the snapshots come from different Node processes; take all three from one running process")
    }
}
