import Foundation
@testable import MemBlameKit
import MemBlameTestSupport

/// The real snapshot triples from Fixtures/heap/<case>/, gunzipped once per test run into a scratch folder.
enum HeapFixtures {
    static let cases = ["requests", "cache", "none"]

    /// Folder holding `<case>/s1.heapsnapshot` ... decompressed with `gzip -dc`.
    static let folder: URL = {
        let out = Scratch.folder("memblame-heap")
        for c in cases {
            try? FileManager.default.createDirectory(at: out.appendingPathComponent(c), withIntermediateDirectories: true)
            for s in ["s1", "s2", "s3"] {
                let source = Fixture.path("heap/\(c)/\(s).heapsnapshot.gz")
                let target = out.appendingPathComponent("\(c)/\(s).heapsnapshot")
                let result = try? runProcess(URL(fileURLWithPath: "/bin/sh"), ["-c", "gzip -dc \"$0\" > \"$1\"", source, target.path])
                precondition(result?.status == 0, "cannot gunzip \(source): \(result?.stderr ?? "gzip did not run")")
            }
        }
        return out
    }()

    static func snapshot(_ c: String, _ s: String) -> String { folder.appendingPathComponent("\(c)/\(s).heapsnapshot").path }

    /// One row of `labels.json`.
    struct Row: Decodable {
        var name: String
        var type: String
        var count: Int
        var self_size: Int64
        var retained_size: Int64
        var distance: Int32
    }

    struct Labels: Decodable {
        struct Survivors: Decodable { var counted_nodes: Int; var self_size: Int64; var retained_size: Int64 }
        struct Snapshot: Decodable { var max_js_id: UInt32; var total_retained_size_root: Int64? }
        var leak_expected: Bool
        var expected_leaking_classes: [String]
        var all_classes: [Row]
        var survivors: Survivors
        var snapshots: [Snapshot]
    }

    static func labels(_ c: String) throws -> Labels {
        try JSONDecoder().decode(Labels.self, from: Data(contentsOf: URL(fileURLWithPath: Fixture.path("heap/\(c)/labels.json"))))
    }
}

/// Writes small hand-made snapshots: header fields in any order, so tests prove the layout is read from `meta`.
enum TinySnapshot {
    /// A snapshot with node fields `[id, name, type, edge_count, self_size]` and edge fields `[to_node, type, name_or_index]`.
    /// `nodes` are (type, name, id, selfSize); `edges` are (from, type, name (string) or index, to), grouped by `from`.
    static func write(nodes: [(String, String, Int, Int)], edges: [(Int, String, String, Int)]) -> String {
        let nodeTypes = ["object", "synthetic", "hidden", "native", "array", "string", "closure", "code", "number"]
        let edgeTypes = ["weak", "property", "element", "shortcut", "internal", "hidden", "context"]
        var strings = [""]
        func s(_ text: String) -> Int {
            if let i = strings.firstIndex(of: text) { return i }
            strings.append(text)
            return strings.count - 1
        }
        var nodeNumbers: [Int] = []
        for (i, node) in nodes.enumerated() {
            let edgeCount = edges.filter { $0.0 == i }.count
            nodeNumbers += [node.2, s(node.1), nodeTypes.firstIndex(of: node.0)!, edgeCount, node.3]
        }
        var edgeNumbers: [Int] = []
        for edge in edges.sorted(by: { $0.0 < $1.0 }) {
            let name = edge.1 == "element" || edge.1 == "hidden" ? Int(edge.2)! : s(edge.2)
            edgeNumbers += [edge.3 * 5, edgeTypes.firstIndex(of: edge.1)!, name]
        }
        let json = """
        {"snapshot":{"meta":{"node_fields":["id","name","type","edge_count","self_size"],
        "node_types":[\(json(nodeTypes)),"string","number","number","number"],
        "edge_fields":["to_node","type","name_or_index"],"edge_types":[\(json(edgeTypes)),"node","string_or_number"]},
        "node_count":\(nodes.count),"edge_count":\(edges.count)},
        "nodes":[\(nodeNumbers.map(String.init).joined(separator: ","))],
        "edges":[\(edgeNumbers.map(String.init).joined(separator: ",\n"))],
        "strings":\(json(strings))}
        """
        return Scratch.file("tiny.heapsnapshot", json)
    }

    private static func json(_ items: [String]) -> String {
        // Items are written as given: callers pass JSON-escaped text.
        "[" + items.map { "\"" + $0 + "\"" }.joined(separator: ",") + "]"
    }
}
