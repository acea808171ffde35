/// The snapshot's `locations` table: for functions, where they are defined; for objects, where their constructor is
/// defined (V8 `HeapSnapshotGenerator::ExtractLocation`). Sorted by node ordinal for lookup.
public struct HeapLocations: Sendable {
    var node: [UInt32] = []
    var script: [UInt32] = []
    /// 0-based, as V8 writes them.
    var line: [UInt32] = []
    var column: [UInt32] = []

    /// Creates an empty table (a snapshot without locations).
    public init() {}

    /// Number of recorded locations.
    public var count: Int { node.count }
    /// True when the snapshot records no source locations at all.
    public var isEmpty: Bool { node.isEmpty }

    mutating func sortByNode() {
        guard count == script.count, count == line.count, count == column.count else {
            // A truncated record: keep the complete ones only.
            let n = min(node.count, script.count, line.count, column.count)
            node.removeLast(node.count - n); script.removeLast(script.count - n)
            line.removeLast(line.count - n); column.removeLast(column.count - n)
            return sortByNode()
        }
        if zip(node, node.dropFirst()).allSatisfy({ $0 <= $1 }) { return }
        let order = node.indices.sorted { node[$0] < node[$1] }
        node = order.map { node[$0] }; script = order.map { script[$0] }
        line = order.map { line[$0] }; column = order.map { column[$0] }
    }

    /// The record index for a node ordinal, or nil.
    func index(of ordinal: Int) -> Int? {
        var lo = 0, hi = node.count
        let key = UInt32(truncatingIfNeeded: ordinal)
        while lo < hi {
            let mid = (lo + hi) / 2
            if node[mid] < key { lo = mid + 1 } else { hi = mid }
        }
        return lo < node.count && node[lo] == key ? lo : nil
    }
}

/// Where a function or a constructor is defined: the script's name as V8 knows it (`/srv/app/server.js`,
/// `node:_http_incoming`), and 1-based line and column as editors count them.
public struct HeapSourcePosition: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The script name, or `script#<id>` when the snapshot holds no Script object for it.
    public var script: String
    /// V8's script id (stable within one process).
    public var scriptId: Int
    /// 1-based line.
    public var line: Int
    /// 1-based column.
    public var column: Int
    /// True when the script has a name (`script` is not the `script#<id>` fallback).
    public var named: Bool

    /// `file:line:column`.
    public var description: String { "\(script):\(line):\(column)" }

    /// True for Node's own modules (`node:fs`, `node:internal/...`) and other scripts that are no file of an application.
    public var isRuntime: Bool { !named || script.hasPrefix("node:") || script.hasPrefix("internal/") || !script.contains("/") && !script.contains(".") }
}

extension HeapSnapshot {
    /// Where `node` (a closure, or an object through its constructor) is defined, when the snapshot records it.
    public func sourcePosition(of node: Int) -> HeapSourcePosition? {
        guard let i = locations.index(of: node) else { return nil }
        let id = locations.script[i]
        let name = scriptNames[id]
        return HeapSourcePosition(script: name ?? "script#\(id)", scriptId: Int(id), line: Int(locations.line[i]) + 1,
                                  column: Int(locations.column[i]) + 1, named: name != nil)
    }

    /// The function name of a closure node (`<anonymous>` when it has none), nil for other nodes.
    public func functionName(of node: Int) -> String? {
        guard nodeType[node] == meta.closureType else { return nil }
        let n = name(of: node)
        return n.isEmpty ? "<anonymous>" : n
    }

    /// Script id to script name. V8 writes no id on Script objects, so the names come from the closures: a closure's
    /// location gives its script id, and its `shared` function info points (`script_or_debug_info`, or `script` in older
    /// V8) at the Script object, a `code` node named after the script.
    static func scriptNames(_ s: HeapSnapshot) -> [UInt32: String] {
        guard !s.locations.isEmpty else { return [:] }
        var shared = -1, script = -1, scriptOrDebugInfo = -1
        for i in 0..<s.strings.count {
            if s.strings.equals(i, "shared") { shared = i }
            else if s.strings.equals(i, "script") { script = i }
            else if s.strings.equals(i, "script_or_debug_info") { scriptOrDebugInfo = i }
        }
        guard shared >= 0, script >= 0 || scriptOrDebugInfo >= 0 else { return [:] }
        var names: [UInt32: String] = [:]
        func target(_ node: Int, _ nameIndex: Int, _ other: Int = -2) -> Int? {
            for e in Int(s.firstEdge[node])..<Int(s.firstEdge[node + 1]) where s.edgeType[e] == s.meta.internalEdge {
                let n = Int(s.edgeNameOrIndex[e])
                if n == nameIndex || n == other { return Int(s.edgeTo[e]) }
            }
            return nil
        }
        for i in 0..<s.locations.count where s.nodeType[Int(s.locations.node[i])] == s.meta.closureType {
            let id = s.locations.script[i]
            if names[id] != nil { continue }
            guard let info = target(Int(s.locations.node[i]), shared), let code = target(info, scriptOrDebugInfo, script),
                  s.nodeType[code] == s.meta.codeType else { continue }
            let name = s.name(of: code)
            if !name.isEmpty && !name.hasPrefix("system / ") { names[id] = name }
        }
        return names
    }
}
