import Foundation
import Testing
@testable import MemBlameKit
import MemBlameTestSupport

/// Rendering of heap diffs, and the next-step text for `memblame report`.
@Suite struct HeapReportTests {
    @Test func markdownListsPathsUnderTheTable() throws {
        let snapshot = try DominatorTreeTests.graph()
        let diff = HeapDiff(final: snapshot, lowerId: 5, upperId: 15)
        let text = HeapReport.render(diff, top: 2, paths: 1, as: .markdown)
        #expect(text == """
        Objects allocated between the snapshots (ids @6...@15) still alive in \(snapshot.file): 5 objects, 111 kB self, 111 kB retained

        | Class | Type | Count | Self size | Retained size | Distance |
        |---|---|---:|---:|---:|---:|
        | E | object | 1 | 100000 | 100000 | 3 |
        | D | object | 1 | 10000 | 10000 |  |

        No source locations: \(snapshot.file) records none (no "locations" table; Node 12+ and Chrome write one), so no file:line:column can be given.

        Retainer paths (shortest, from the GC roots to one instance):

        - `E`: (GC roots) → (global) → a (A) → e (E @15)

        (3 more groups; --top 5 shows all)

        """)
    }

    @Test func jsonCarriesPathsAsAColumn() throws {
        let diff = HeapDiff(final: try DominatorTreeTests.graph(), lowerId: 5, upperId: 15)
        let json = HeapReport.render(diff, top: 2, paths: 1, as: .json)
        #expect(json == """
        [
          {"name": "E", "type": "object", "count": 1, "self_size": 100000, "retained_size": 100000, "distance": 3, "location": null, "retainer_path": "(GC roots) → (global) → a (A) → e (E @15)", "path_locations": ""},
          {"name": "D", "type": "object", "count": 1, "self_size": 10000, "retained_size": 10000, "distance": null, "location": null, "retainer_path": null, "path_locations": null}
        ]

        """)
    }

    @Test func suggestedCommandNamesBothBuilds() {
        let text = HeapReport.suggestedCommand(lastHealthy: "0123456789abcdef0123", firstLeaking: "fedcba9876543210fedc", service: "prod/api")
        #expect(text.hasPrefix("Memory grows from fedcba987654 on (last healthy: 0123456789ab)."))
        #expect(text.hasSuffix("\n  memblame heap plan --service prod/api\n  memblame heap diff s1.heapsnapshot s2.heapsnapshot s3.heapsnapshot --repo <clone> --service prod/api"))
        #expect(HeapReport.suggestedCommand(lastHealthy: "a", firstLeaking: "b", service: "shop api").contains("--service 'shop api'"))
    }
}
