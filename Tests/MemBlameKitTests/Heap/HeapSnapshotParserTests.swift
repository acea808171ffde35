import Foundation
import Testing
@testable import MemBlameKit
import MemBlameTestSupport

/// The streaming parser: layouts from `meta`, compact arrays, located errors.
@Suite struct HeapSnapshotParserTests {
    @Test func readsRealSnapshot() throws {
        let snapshot = try HeapSnapshotParser.parse(path: HeapFixtures.snapshot("requests", "s3"))
        #expect(snapshot.nodeCount == 117_464)
        #expect(snapshot.edgeCount == 575_908)
        #expect(snapshot.maxOddId == 235_609)
        #expect(snapshot.name(of: snapshot.rootOrdinal) == "")
        #expect(snapshot.firstEdge.last == UInt32(snapshot.edgeCount))
        let ids = try HeapSnapshotParser.scanIds(path: HeapFixtures.snapshot("requests", "s3"))
        #expect(ids.ids == snapshot.nodeId)
        #expect(ids.types == snapshot.nodeType)
    }

    /// The number loop's digit reader: the value and where it stops, for every length, also right at the end of the buffer.
    @Test(arguments: [UInt64(0), 7, 12, 999, 1_234_567, 12_345_678, 123_456_789, 4_294_967_295, 9_999_999_999_999_999_999])
    func digitsOfEveryLength(_ n: UInt64) {
        for (tail, spare) in [(",1234567", 8), ("\n,9", 3), ("]", 1), ("", 0)] {
            let bytes = Array((String(n) + tail).utf8)
            bytes.withUnsafeBufferPointer { b in
                var q = 0
                #expect(HeapByteScanner.digits(b.baseAddress!, &q, b.count) == n)
                #expect(q == b.count - spare)
            }
        }
        let none = Array(",12345678".utf8)
        none.withUnsafeBufferPointer { b in
            var q = 0
            #expect(HeapByteScanner.digits(b.baseAddress!, &q, b.count) == 0 && q == 0)
        }
    }

    @Test func layoutComesFromMeta() throws {
        // Shuffled node and edge fields and type lists; a string with escapes.
        let path = TinySnapshot.write(nodes: [("synthetic", "", 1, 0), ("object", "Caf\\u00e9 \\\"x\\\"\\n", 3, 24)],
                                      edges: [(0, "shortcut", "global", 1)])
        let snapshot = try HeapSnapshotParser.parse(path: path)
        #expect(snapshot.nodeCount == 2)
        #expect(snapshot.name(of: 1) == "Café \"x\"\n")
        #expect(snapshot.typeName(of: 1) == "object")
        #expect(snapshot.nodeSelfSize[1] == 24)
        #expect(snapshot.nodeId == [1, 3])
        #expect(snapshot.edgeTo == [1])
        #expect(snapshot.edgeName(0) == "global")
    }

    static let truncations: [(Int, String)] = [
        (600, "t:$.snapshot.meta.trace_function_info_fields[4]: error: the file ends at byte 600 inside $.snapshot.meta.trace_function_info_fields[4]; the snapshot is truncated (copied before V8 finished writing it?)"),
        (100_000, "t:$.nodes[32297]: error: the file ends at byte 100000 inside $.nodes[32297]; the snapshot is truncated (copied before V8 finished writing it?)"),
        (3_000_000, "t:$.edges[50342]: error: the file ends at byte 3000000 inside $.edges[50342]; the snapshot is truncated (copied before V8 finished writing it?)"),
        (11_787_000, "t:$.strings[25518]: error: the file ends at byte 11787000 inside $.strings[25518]; the snapshot is truncated (copied before V8 finished writing it?)"),
    ]

    @Test(arguments: truncations)
    func truncatedFileIsLocated(_ cut: Int, _ message: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: HeapFixtures.snapshot("requests", "s3"))).prefix(cut)
        let path = Scratch.folder().appendingPathComponent("t.heapsnapshot").path
        try data.write(to: URL(fileURLWithPath: path))
        let error = try #require(throws: MemBlameError.self) { try HeapSnapshotParser.parse(path: path, name: "t") }
        #expect(error.description == message)
        let quick = try #require(throws: MemBlameError.self) { try HeapSnapshotParser.scanIds(path: path, name: "t") }
        #expect(quick.kind == .badInput)
        #expect(quick.message.contains("the snapshot is truncated"))
    }

    static let notSnapshots: [(String, String)] = [
        ("timestamp,value\n", "x:$: error: not a V8 heap snapshot: expected a JSON object at byte 0, found 't'"),
        ("[1, 2]", "x:$: error: not a V8 heap snapshot: expected a JSON object at byte 0, found '['"),
        ("{\"MetricDataResults\": [{\"Id\": \"m\"}]}", "x:$: error: not a V8 heap snapshot: no \"snapshot\" object with \"meta\" (write one with v8.writeHeapSnapshot() or Chrome DevTools)"),
        ("{\"snapshot\": {\"meta\": {}}}", "x:$.snapshot.meta.node_fields: error: not a V8 heap snapshot: expected an array of strings"),
        ("", "x: error: the file is empty; expected a V8 heap snapshot"),
        ("{\"snapshot\" 1}", "x:$.snapshot: error: expected ':' at byte 12, found '1'"),
    ]

    @Test(arguments: notSnapshots)
    func nonSnapshotIsRefused(_ text: String, _ message: String) throws {
        let path = Scratch.file("x.json", text)
        let error = try #require(throws: MemBlameError.self) { try HeapSnapshotParser.parse(path: path, name: "x") }
        #expect(error.description == message)
        #expect(error.kind == .badInput)
    }

    @Test func countsMustAgreeWithMeta() throws {
        let good = try String(contentsOfFile: TinySnapshot.write(nodes: [("synthetic", "", 1, 0), ("object", "A", 3, 8)], edges: [(0, "shortcut", "g", 1)]), encoding: .utf8)
        let bad = good.replacingOccurrences(of: "\"node_count\":2", with: "\"node_count\":3")
        let error = try #require(throws: MemBlameError.self) { try HeapSnapshotParser.parse(path: Scratch.file("c.heapsnapshot", bad), name: "c") }
        #expect(error.description.hasPrefix("c:$.nodes: error: holds 10 numbers; snapshot.node_count × node_fields is 15"))
    }

    @Test func gzipIsNamed() throws {
        let path = Fixture.path("heap/none/s1.heapsnapshot.gz")
        let error = try #require(throws: MemBlameError.self) { try HeapSnapshotParser.scanIds(path: path, name: "s1.heapsnapshot.gz") }
        #expect(error.description == "s1.heapsnapshot.gz: error: the file is gzip-compressed; decompress it first (gunzip -k s1.heapsnapshot.gz)")
    }

    @Test func directoryIsRefused() throws {
        let error = try #require(throws: MemBlameError.self) { try HeapSnapshotParser.parse(path: Scratch.folder().path, name: "d") }
        #expect(error.description == "d: error: is a directory; expected a .heapsnapshot file")
    }

    @Test func missingFileIsAnIOError() throws {
        let error = try #require(throws: MemBlameError.self) { try HeapSnapshotParser.parse(path: "/nonexistent/x.heapsnapshot") }
        #expect(error.kind == .io)
        #expect(error.description == "/nonexistent/x.heapsnapshot: error: cannot open the file: no such file")
    }
}

/// Values that do not fit the layout are located at the element.
@Suite struct HeapSnapshotParserValueTests {
    @Test func edgeToNodeMustPointAtANode() throws {
        let good = try String(contentsOfFile: TinySnapshot.write(nodes: [("synthetic", "", 1, 0), ("object", "A", 3, 8)], edges: [(0, "shortcut", "g", 1)]), encoding: .utf8)
        let bad = good.replacingOccurrences(of: "\"edges\":[5,", with: "\"edges\":[6,")
        let error = try #require(throws: MemBlameError.self) { try HeapSnapshotParser.parse(path: Scratch.file("e.heapsnapshot", bad), name: "e") }
        let offset = try #require(bad.utf8.firstIndex(of: UInt8(ascii: "6")).map { bad.utf8.distance(from: bad.utf8.startIndex, to: $0) })
        #expect(error.description == "e:$.edges[0]: error: to_node 6 is not the index of a node (a multiple of 5 below 10) (byte \(offset))")
    }

    @Test func nodeTypeMustBeListed() throws {
        let good = try String(contentsOfFile: TinySnapshot.write(nodes: [("synthetic", "", 1, 0)], edges: []), encoding: .utf8)
        let bad = good.replacingOccurrences(of: "\"nodes\":[1,0,1,0,0]", with: "\"nodes\":[1,0,99,0,0]")
        let error = try #require(throws: MemBlameError.self) { try HeapSnapshotParser.parse(path: Scratch.file("t.heapsnapshot", bad), name: "t") }
        #expect(error.description.hasPrefix("t:$.nodes[2]: error: node type 99 is not in snapshot.meta.node_types (byte "))
    }
}
