/// A parsed V8 heap snapshot held compactly: one typed array per node and edge field, no object per node.
///
/// Nodes are addressed by ordinal (0..<nodeCount), edges by index (0..<edgeCount). The edges of node `n` are
/// `firstEdge[n]..<firstEdge[n + 1]` (DevTools `firstEdgeIndexes`); `edgeTo` holds node ordinals, already divided
/// by the node field count. Field layouts come from the file's own `snapshot.meta` (see `HeapSnapshotMeta`).
public final class HeapSnapshot {
    /// The file as the user named it, for error messages.
    public let file: String
    /// The layout read from `snapshot.meta`.
    public let meta: HeapSnapshotMeta
    /// Number of nodes.
    public let nodeCount: Int
    /// Number of edges.
    public let edgeCount: Int
    /// Ordinal of the synthetic root (`snapshot.root_index / node field count`, default 0).
    public let rootOrdinal: Int

    /// Per node: index into `meta.nodeTypes`.
    public let nodeType: [UInt8]
    /// Per node: index into `strings` (the constructor name, string value, or function name).
    public let nodeName: [UInt32]
    /// Per node: the V8 id; odd for heap objects, even for embedder (native) nodes.
    public let nodeId: [UInt32]
    /// Per node: shallow size in bytes.
    public let nodeSelfSize: [Int64]
    /// Per node plus one: index of the node's first edge (prefix sum of `edge_count`).
    public let firstEdge: [UInt32]

    /// Per edge: index into `meta.edgeTypes`.
    public let edgeType: [UInt8]
    /// Per edge: a `strings` index, or the element/hidden index for `element` and `hidden` edges.
    public let edgeNameOrIndex: [UInt32]
    /// Per edge: the ordinal of the node it points to.
    public let edgeTo: [UInt32]

    /// The edge arrays as raw buffers, for the graph passes' hot loops (no bounds checks: every edge target was
    /// checked when the file was parsed): each edge's type and target, and each node's first edge.
    @inline(__always)
    func withEdgeBuffers<R>(_ body: (_ type: UnsafeBufferPointer<UInt8>, _ to: UnsafeBufferPointer<UInt32>,
                                     _ first: UnsafeBufferPointer<UInt32>) throws -> R) rethrows -> R {
        try edgeType.withUnsafeBufferPointer { type in
            try edgeTo.withUnsafeBufferPointer { to in
                try firstEdge.withUnsafeBufferPointer { first in try body(type, to, first) }
            }
        }
    }

    /// The `strings` array.
    public let strings: HeapStrings
    /// The `locations` table: where each function, and each object's constructor, is defined (empty when the file has none).
    public let locations: HeapLocations
    /// Node's V8 version strings found in the snapshot (`process.versions.v8`); empty when none (Chrome, or no `process`).
    public let v8Versions: Set<String>
    /// Script id to the script's name (`/srv/app/server.js`, `node:_http_incoming`), found through the closures' Script objects.
    public private(set) lazy var scriptNames: [UInt32: String] = HeapSnapshot.scriptNames(self)

    init(file: String, meta: HeapSnapshotMeta, rootOrdinal: Int, nodeType: [UInt8], nodeName: [UInt32], nodeId: [UInt32],
         nodeSelfSize: [Int64], firstEdge: [UInt32], edgeType: [UInt8], edgeNameOrIndex: [UInt32], edgeTo: [UInt32],
         strings: HeapStrings, locations: HeapLocations = HeapLocations(), v8Versions: Set<String> = []) {
        self.file = file
        self.meta = meta
        self.nodeCount = nodeType.count
        self.edgeCount = edgeType.count
        self.rootOrdinal = rootOrdinal
        self.nodeType = nodeType
        self.nodeName = nodeName
        self.nodeId = nodeId
        self.nodeSelfSize = nodeSelfSize
        self.firstEdge = firstEdge
        self.edgeType = edgeType
        self.edgeNameOrIndex = edgeNameOrIndex
        self.edgeTo = edgeTo
        self.strings = strings
        self.locations = locations
        self.v8Versions = v8Versions
    }

    // MARK: - Reading nodes and edges

    /// The node's name from the strings table (for a string node, its possibly truncated value).
    public func name(of node: Int) -> String { strings[Int(nodeName[node])] }

    /// The node's type name, such as `object`, `closure` or `native`.
    public func typeName(of node: Int) -> String { meta.nodeTypes[Int(nodeType[node])] }

    /// The class a node is grouped under, as classic DevTools names it (`JSHeapSnapshotNode.className`):
    /// `(system)` for hidden, the constructor name for object and native, `(compiled code)` for code, `(type)` otherwise.
    public func className(of node: Int) -> String {
        let type = nodeType[node]
        if type == meta.hiddenType { return "(system)" }
        if type == meta.objectType || type == meta.nativeType { return name(of: node) }
        if type == meta.codeType { return "(compiled code)" }
        return "(" + typeName(of: node) + ")"
    }

    /// An edge's name as DevTools prints it: `[3]` for element and hidden edges, the property name otherwise.
    public func edgeName(_ edge: Int) -> String {
        let type = edgeType[edge]
        if type == meta.elementEdge || type == meta.hiddenEdge { return "[\(edgeNameOrIndex[edge])]" }
        return strings[Int(edgeNameOrIndex[edge])]
    }

    /// The largest odd id: the newest V8 heap object (DevTools `_maxJsNodeId`; even ids are embedder nodes).
    public var maxOddId: UInt32 { HeapSnapshot.maxOddId(nodeId) }

    static func maxOddId(_ ids: [UInt32]) -> UInt32 {
        var best: UInt32 = 0
        for id in ids where id & 1 == 1 && id > best { best = id }
        return best
    }
}

/// The snapshot's `strings` array: UTF-8 bytes of every string, unescaped, back to back, with offsets.
public struct HeapStrings {
    var bytes: [UInt8]
    var offsets: [UInt32]

    init() {
        bytes = []
        offsets = [0]
    }

    /// Number of strings.
    public var count: Int { offsets.count - 1 }

    /// The string at `index`, or `<bad string index N>` when the file pointed outside the table.
    public subscript(index: Int) -> String {
        guard index >= 0, index < count else { return "<bad string index \(index)>" }
        let start = Int(offsets[index]), end = Int(offsets[index + 1])
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self) }
    }

    /// Whether the string at `index` has exactly these UTF-8 bytes (no String allocated).
    func equals(_ index: Int, _ text: StaticString) -> Bool {
        guard index >= 0, index < count else { return false }
        let start = Int(offsets[index]), end = Int(offsets[index + 1])
        guard end - start == text.utf8CodeUnitCount else { return false }
        let other = UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
        return bytes.withUnsafeBufferPointer { mine in
            for i in 0..<other.count where mine[start + i] != other[i] { return false }
            return true
        }
    }
}
