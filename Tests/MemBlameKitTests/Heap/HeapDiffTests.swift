import Foundation
import Testing
@testable import MemBlameKit
import MemBlameTestSupport

/// `HeapDiff` on the three real triples against their `labels.json`.
@Suite struct HeapDiffTests {
    @Test(arguments: HeapFixtures.cases)
    func rowsMatchLabels(_ c: String) throws {
        let labels = try HeapFixtures.labels(c)
        let diff = try HeapDiff(s1: HeapFixtures.snapshot(c, "s1"), s2: HeapFixtures.snapshot(c, "s2"), s3: HeapFixtures.snapshot(c, "s3"))
        #expect(diff.lowerId == labels.snapshots[0].max_js_id)
        #expect(diff.upperId == labels.snapshots[1].max_js_id)
        #expect(diff.rows.map(\.name).sorted() == labels.all_classes.map(\.name).sorted())
        for expected in labels.all_classes {
            guard let row = diff.rows.first(where: { $0.name == expected.name }) else { continue }
            #expect(row.count == expected.count, "\(c) \(expected.name) count")
            #expect(row.selfSize == expected.self_size, "\(c) \(expected.name) self size")
            #expect(abs(Double(row.retainedSize - expected.retained_size)) <= 0.01 * Double(expected.retained_size), "\(c) \(expected.name) retained")
            #expect(row.distance == expected.distance, "\(c) \(expected.name) distance")
            #expect(row.type == expected.type, "\(c) \(expected.name) type")
        }
        #expect(diff.survivorCount == labels.survivors.counted_nodes)
        #expect(diff.survivorSelfSize == labels.survivors.self_size)
        #expect(diff.survivorRetainedSize == labels.survivors.retained_size)
        if labels.leak_expected {
            #expect(labels.expected_leaking_classes.contains(diff.rows[0].name))
        } else {
            // The negative control: no object or closure group big enough to look like a per-request leak.
            #expect(!diff.rows.contains { ($0.type == "object" || $0.type == "closure") && $0.count >= 60 })
        }
    }

    @Test func requestsPathNamesTheModuleArray() throws {
        let c = "requests"
        let diff = try HeapDiff(s1: HeapFixtures.snapshot(c, "s1"), s2: HeapFixtures.snapshot(c, "s2"), s3: HeapFixtures.snapshot(c, "s3"))
        let top = try #require(diff.rows.first)
        let path = try #require(diff.retainerPath(for: top))
        #expect(path.steps.count == Int(top.distance))
        #expect(path.steps.last?.className == "IncomingMessage")
        let holder = try #require(path.steps.dropLast().last)
        #expect(holder.edge == "requests")
        #expect(holder.className == "Array")
        #expect(holder.edgeType == "context")
        #expect(path.description.hasPrefix("(GC roots) → (global) → "))
        #expect(path.description.contains(" → requests (Array) → [") && path.description.hasSuffix("(IncomingMessage @\(path.steps.last!.id))"))
    }

    @Test func rootRetainsTheWholeHeap() throws {
        let labels = try HeapFixtures.labels("requests")
        let snapshot = try HeapSnapshotParser.parse(path: HeapFixtures.snapshot("requests", "s3"))
        let tree = DominatorTree(snapshot)
        #expect(tree.retainedSize[snapshot.rootOrdinal] == labels.snapshots[2].total_retained_size_root)
        #expect(tree.retainedSize[snapshot.rootOrdinal] == snapshot.nodeSelfSize.reduce(0, +))
    }

    @Test func refusesSnapshotsOfAnotherProcess() throws {
        let s1 = HeapFixtures.snapshot("cache", "s1"), s2 = HeapFixtures.snapshot("requests", "s2"), s3 = HeapFixtures.snapshot("requests", "s3")
        let error = try #require(throws: MemBlameError.self) { try HeapDiff(s1: s1, s2: s2, s3: s3, names: ["a", "b", "c"]) }
        #expect(error.kind == .badInput)
        #expect(error.description.hasPrefix("b: error: "))
        #expect(error.message.contains("objects that b says existed before a was taken are missing from it or have another type"))
        #expect(error.message.hasSuffix("the snapshots come from different processes (object ids restart in every process and cannot be ordered); take all three from one running process"))
    }

    @Test func refusesSnapshotsOutOfOrder() throws {
        let c = "requests"
        let error = try #require(throws: MemBlameError.self) {
            try HeapDiff(s1: HeapFixtures.snapshot(c, "s2"), s2: HeapFixtures.snapshot(c, "s1"), s3: HeapFixtures.snapshot(c, "s3"), names: ["a", "b", "c"])
        }
        #expect(error.description == "b: error: the newest object id of a (@180235) is not below that of b (@125061): give the snapshots in the order they were taken, all from one process")
    }

    @Test func summaryCountsEveryObject() throws {
        let summary = try HeapSummary(path: HeapFixtures.snapshot("requests", "s3"))
        let incoming = try #require(summary.rows.first { $0.name == "IncomingMessage" })
        #expect(incoming.count == 1501)
        #expect(summary.rows.map(\.selfSize).reduce(0, +) == summary.selfSize)
        #expect(summary.selfSize == summary.snapshot.nodeSelfSize.reduce(0, +))
    }
}

/// The memlab grouping (`name (type)`) against the labels' top-50 memlab keys.
@Suite struct HeapDiffMemlabTests {
    struct MemlabLabels: Decodable { var memlab_keys_top50: [HeapFixtures.Row] }

    @Test(arguments: HeapFixtures.cases)
    func memlabKeysMatchLabels(_ c: String) throws {
        let labels = try JSONDecoder().decode(MemlabLabels.self, from: Data(contentsOf: URL(fileURLWithPath: Fixture.path("heap/\(c)/labels.json"))))
        let diff = try HeapDiff(s1: HeapFixtures.snapshot(c, "s1"), s2: HeapFixtures.snapshot(c, "s2"), s3: HeapFixtures.snapshot(c, "s3"), grouping: .memlab)
        for expected in labels.memlab_keys_top50 {
            let row = try #require(diff.rows.first { $0.name == expected.name }, "\(c): no row \(expected.name)")
            #expect(row.count == expected.count, "\(c) \(expected.name) count")
            #expect(row.selfSize == expected.self_size, "\(c) \(expected.name) self size")
            #expect(abs(Double(row.retainedSize - expected.retained_size)) <= 0.01 * Double(expected.retained_size), "\(c) \(expected.name) retained")
            #expect(row.distance == expected.distance, "\(c) \(expected.name) distance")
        }
    }
}
