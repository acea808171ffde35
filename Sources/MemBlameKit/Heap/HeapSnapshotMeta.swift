/// The self-description of a heap snapshot (`snapshot.meta` plus counts): which field sits at which offset of a
/// node or edge, and the names of node and edge types, resolved once so the hot loops compare small integers.
public struct HeapSnapshotMeta: Sendable {
    /// `node_fields`, e.g. `[type, name, id, self_size, edge_count, trace_node_id, detachedness]`.
    public var nodeFields: [String]
    /// `edge_fields`, e.g. `[type, name_or_index, to_node]`.
    public var edgeFields: [String]
    /// `node_types[0]`: the names behind a node's `type` value.
    public var nodeTypes: [String]
    /// `edge_types[0]`: the names behind an edge's `type` value.
    public var edgeTypes: [String]
    /// `snapshot.node_count`.
    public var nodeCount: Int
    /// `snapshot.edge_count`.
    public var edgeCount: Int
    /// `snapshot.root_index` (a `nodes` array index; default 0).
    public var rootIndex: Int
    /// `location_fields`, e.g. `[object_index, script_id, line, column]`; nil when the file has no locations.
    public var locationFields: [String]?

    // Offsets within one node / one edge.
    let nodeTypeOffset: Int, nodeNameOffset: Int, nodeIdOffset: Int, nodeSelfSizeOffset: Int, nodeEdgeCountOffset: Int
    let edgeTypeOffset: Int, edgeNameOffset: Int, edgeToOffset: Int

    // Type indices (255 when the file does not have that type).
    let hiddenType: UInt8, arrayType: UInt8, stringType: UInt8, objectType: UInt8, codeType: UInt8
    let closureType: UInt8, nativeType: UInt8, syntheticType: UInt8
    let elementEdge: UInt8, hiddenEdge: UInt8, weakEdge: UInt8, shortcutEdge: UInt8, propertyEdge: UInt8
    let contextEdge: UInt8, internalEdge: UInt8
    // Offsets within one location record (-1 when the file records no locations).
    let locationNodeOffset: Int, locationScriptOffset: Int, locationLineOffset: Int, locationColumnOffset: Int

    /// Reads the layout from the parsed `snapshot` object.
    /// - Throws: bad input naming the missing or malformed field.
    init(_ snapshot: HeapJSONValue, fail: (String, String) -> MemBlameError) throws {
        guard let meta = snapshot["meta"] else { throw fail("$.snapshot.meta", "missing snapshot.meta; not a V8 heap snapshot?") }
        func strings(_ value: HeapJSONValue?, _ path: String) throws -> [String] {
            guard case .array(let items)? = value else { throw fail(path, "expected an array of strings") }
            return try items.map { item in
                guard case .string(let s) = item else { throw fail(path, "expected an array of strings") }
                return s
            }
        }
        func typeNames(_ key: String) throws -> [String] {
            guard case .array(let items)? = meta[key], let first = items.first else {
                throw fail("$.snapshot.meta.\(key)", "expected an array whose first item lists the type names")
            }
            return try strings(first, "$.snapshot.meta.\(key)[0]")
        }
        nodeFields = try strings(meta["node_fields"], "$.snapshot.meta.node_fields")
        edgeFields = try strings(meta["edge_fields"], "$.snapshot.meta.edge_fields")
        nodeTypes = try typeNames("node_types")
        edgeTypes = try typeNames("edge_types")
        func count(_ key: String, default value: Int? = nil) throws -> Int {
            if case .number(let n)? = snapshot[key], n >= 0 { return n }
            if let value { return value }
            throw fail("$.snapshot.\(key)", "expected a non-negative integer")
        }
        nodeCount = try count("node_count")
        edgeCount = try count("edge_count")
        rootIndex = try count("root_index", default: 0)

        func offset(_ fields: [String], _ name: String, _ path: String) throws -> Int {
            guard let i = fields.firstIndex(of: name) else { throw fail(path, "has no \"\(name)\" field") }
            return i
        }
        let np = "$.snapshot.meta.node_fields", ep = "$.snapshot.meta.edge_fields"
        nodeTypeOffset = try offset(nodeFields, "type", np)
        nodeNameOffset = try offset(nodeFields, "name", np)
        nodeIdOffset = try offset(nodeFields, "id", np)
        nodeSelfSizeOffset = try offset(nodeFields, "self_size", np)
        nodeEdgeCountOffset = try offset(nodeFields, "edge_count", np)
        edgeTypeOffset = try offset(edgeFields, "type", ep)
        edgeNameOffset = try offset(edgeFields, "name_or_index", ep)
        edgeToOffset = try offset(edgeFields, "to_node", ep)
        // Locations are optional (older V8 writes none); a layout without the four fields is treated as none.
        if case .array? = meta["location_fields"], let fields = try? strings(meta["location_fields"], "$.snapshot.meta.location_fields"),
           let node = fields.firstIndex(of: "object_index"), let script = fields.firstIndex(of: "script_id"),
           let line = fields.firstIndex(of: "line"), let column = fields.firstIndex(of: "column") {
            locationFields = fields
            (locationNodeOffset, locationScriptOffset, locationLineOffset, locationColumnOffset) = (node, script, line, column)
        } else {
            locationFields = nil
            (locationNodeOffset, locationScriptOffset, locationLineOffset, locationColumnOffset) = (-1, -1, -1, -1)
        }
        guard nodeTypes.count < 255, edgeTypes.count < 255 else { throw fail("$.snapshot.meta", "more than 254 node or edge types") }

        let nt = nodeTypes, et = edgeTypes
        func n(_ name: String) -> UInt8 { nt.firstIndex(of: name).map(UInt8.init) ?? 255 }
        func e(_ name: String) -> UInt8 { et.firstIndex(of: name).map(UInt8.init) ?? 255 }
        hiddenType = n("hidden"); arrayType = n("array"); stringType = n("string"); objectType = n("object")
        codeType = n("code"); closureType = n("closure"); nativeType = n("native"); syntheticType = n("synthetic")
        elementEdge = e("element"); hiddenEdge = e("hidden"); weakEdge = e("weak"); shortcutEdge = e("shortcut")
        propertyEdge = e("property"); contextEdge = e("context"); internalEdge = e("internal")
    }
}

/// A small JSON value for the `snapshot` header only (the big arrays never go through it).
indirect enum HeapJSONValue {
    case object([(String, HeapJSONValue)])
    case array([HeapJSONValue])
    case string(String)
    case number(Int)
    case other

    subscript(key: String) -> HeapJSONValue? {
        guard case .object(let pairs) = self else { return nil }
        return pairs.first { $0.0 == key }?.1
    }
}
