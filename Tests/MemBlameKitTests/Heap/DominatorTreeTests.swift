import Foundation
import Testing
@testable import MemBlameKit
import MemBlameTestSupport

/// Dominators, retained sizes and distances on a hand-made graph with known answers.
@Suite struct DominatorTreeTests {
    // 0 root, 1 (GC roots), 2 global, 3 A, 4 B, 5 C, 6 D (weakly held only), 7 E (held by A and B),
    // 8 F (held by global and by the non-page node G, which the GC roots hold), 9 G.
    static func graph() throws -> HeapSnapshot {
        let path = TinySnapshot.write(
            nodes: [("synthetic", "", 1, 0), ("synthetic", "(GC roots)", 3, 0), ("object", "global", 5, 1), ("object", "A", 7, 10),
                    ("object", "B", 9, 100), ("object", "C", 11, 1000), ("object", "D", 13, 10000), ("object", "E", 15, 100_000),
                    ("object", "F", 17, 1_000_000), ("hidden", "G", 19, 10_000_000)],
            edges: [(0, "element", "1", 1), (0, "shortcut", "global", 2), (1, "element", "1", 9),
                    (2, "property", "a", 3), (2, "property", "b", 4), (2, "property", "f", 8), (2, "weak", "d", 6),
                    (3, "property", "e", 7), (3, "property", "c", 5), (3, "shortcut", "b", 4),
                    (4, "property", "e", 7), (5, "weak", "d", 6),
                    (9, "internal", "f", 8)])
        return try HeapSnapshotParser.parse(path: path)
    }

    @Test func dominatorsFollowDevToolsEdgeRules() throws {
        let snapshot = try Self.graph()
        let tree = DominatorTree(snapshot)
        // A's shortcut to B does not count; E is held by A and B, so global dominates it; D has only weak
        // retainers and hangs under the root; G is not page-owned, so its edge to the page-owned F is ignored.
        #expect(tree.dominator == [0, 0, 0, 2, 2, 3, 0, 2, 2, 1])
        #expect(tree.pageOwned == [false, false, true, true, true, true, false, true, true, false])
        #expect(tree.retainedSize[3] == 1010)
        #expect(tree.retainedSize[2] == 1 + 1010 + 100 + 100_000 + 1_000_000)
        #expect(tree.retainedSize[0] == 11_111_111)
        #expect(tree.retainedSize[1] == 10_000_000)
    }

    @Test func distancesStartAtTheUserGlobal() throws {
        let snapshot = try Self.graph()
        let distances = HeapDistances(snapshot)
        let base = HeapDistances.systemBase
        #expect(distances.distance == [0, base, 1, 2, 2, 3, HeapDistances.unreachable, 3, 2, base])
        let path = try #require(RetainerPath(snapshot, distances: distances, to: 5))
        #expect(path.description == "(GC roots) → (global) → a (A) → c (C @11)")
    }

    @Test func classRetainedSizeSkipsNestedInstances() throws {
        // Survivors A, B, C, D, E (ids 7...15): C is inside A but of another class, so both rows count it.
        let snapshot = try Self.graph()
        let diff = HeapDiff(final: snapshot, lowerId: 5, upperId: 15)
        #expect(diff.rows.map(\.name) == ["E", "D", "A", "C", "B"])
        #expect(diff.rows.map(\.retainedSize) == [100_000, 10_000, 1010, 1000, 100])
        #expect(diff.survivorRetainedSize == 100_000 + 10_000 + 1010 + 100)
        #expect(diff.survivorCount == 5)
    }
}
