/// The node ids and types of a snapshot, without its edges or strings: all the diff needs from the two
/// baseline snapshots (their largest odd id, and which objects they held, to check the three belong together).
public struct HeapSnapshotIds: Sendable {
    /// The file as the user named it.
    public var file: String
    /// Per node: the V8 id.
    public var ids: [UInt32]
    /// Per node: index into `nodeTypes`.
    public var types: [UInt8]
    /// `snapshot.meta.node_types[0]`.
    public var nodeTypes: [String]
    /// The largest odd id (DevTools `maxJSObjectId`).
    public var maxOddId: UInt32
}

/// Streams a V8 `.heapsnapshot` file (memory-mapped, one forward pass) into `HeapSnapshot`'s typed arrays.
///
/// `snapshot.meta` is read first and decides every field offset; `nodes` and `edges` go straight into
/// typed arrays; `strings` into one byte buffer; everything else is skipped. Keys may come in any order
/// as long as `snapshot` precedes the arrays (V8 and Chrome always write it first).
public enum HeapSnapshotParser {
    /// Parses the whole snapshot at `path` (`name` is what errors print; default the path).
    /// - Throws: `.io` when the file cannot be read; `.badInput` with the JSON path and byte offset when it is
    ///   not a heap snapshot, is truncated, or its arrays disagree with `snapshot.meta`.
    public static func parse(path: String, name: String? = nil) throws -> HeapSnapshot {
        var state = try State(path: path, name: name ?? path, idsOnly: false)
        try state.run()
        return try state.snapshot()
    }

    /// Reads only the header and the node ids and types (edges are skipped with `memchr`, strings skipped).
    /// - Throws: as `parse`.
    public static func scanIds(path: String, name: String? = nil) throws -> HeapSnapshotIds {
        var state = try State(path: path, name: name ?? path, idsOnly: true)
        try state.run()
        guard let meta = state.meta else { throw state.notASnapshot() }
        return HeapSnapshotIds(file: state.scanner.file.name, ids: state.nodeId, types: state.nodeType,
                               nodeTypes: meta.nodeTypes, maxOddId: HeapSnapshot.maxOddId(state.nodeId))
    }

    // MARK: - The pass

    struct State {
        var scanner: HeapByteScanner
        let idsOnly: Bool
        var meta: HeapSnapshotMeta?
        var sawNodes = false, sawEdges = false, sawStrings = false
        var nodeType: [UInt8] = [], nodeName: [UInt32] = [], nodeId: [UInt32] = [], nodeSelfSize: [Int64] = []
        var firstEdge: [UInt32] = []
        var edgeType: [UInt8] = [], edgeName: [UInt32] = [], edgeTo: [UInt32] = []
        var strings = HeapStrings()

        init(path: String, name: String, idsOnly: Bool) throws {
            scanner = HeapByteScanner(try MappedFile(path: path, name: name))
            self.idsOnly = idsOnly
        }

        func notASnapshot() -> MemBlameError {
            MemBlameError(.badInput, "not a V8 heap snapshot: no \"snapshot\" object with \"meta\" (write one with v8.writeHeapSnapshot() or Chrome DevTools)",
                          at: SourceLocation(file: scanner.file.name, jsonPath: "$"))
        }

        mutating func run() throws {
            guard scanner.peek() == 0x7b else {
                if scanner.pos >= scanner.end { throw MemBlameError(.badInput, "the file is empty; expected a V8 heap snapshot", at: SourceLocation(file: scanner.file.name)) }
                throw MemBlameError(.badInput, "not a V8 heap snapshot: expected a JSON object at byte \(scanner.pos), found \(scanner.found())",
                                    at: SourceLocation(file: scanner.file.name, jsonPath: "$"))
            }
            scanner.pos += 1
            if scanner.peek() == 0x7d { throw notASnapshot() }
            repeat {
                let key = try scanner.string("$")
                let path = "$." + key
                try scanner.expect(0x3a, path)
                switch key {
                case "snapshot":
                    let header = try scanner.value(path)
                    let file = scanner.file.name
                    meta = try HeapSnapshotMeta(header) { path, message in
                        MemBlameError(.badInput, "not a V8 heap snapshot: \(message)", at: SourceLocation(file: file, jsonPath: path))
                    }
                case "nodes":
                    guard let meta else { throw notASnapshot() }
                    try nodes(meta)
                    sawNodes = true
                    // The baseline snapshots need nothing after the nodes but a check that the file is whole.
                case "edges" where !idsOnly:
                    guard let meta, sawNodes else { throw notASnapshot() }
                    try edges(meta)
                    sawEdges = true
                case "edges":
                    try scanner.skipNumberArray(path)
                    sawEdges = true
                case "strings" where !idsOnly:
                    try stringsArray()
                    sawStrings = true
                case "strings":
                    try scanner.skip(path)
                    sawStrings = true
                default:
                    try scanner.skip(path)
                }
                scanner.file.release(upTo: scanner.pos)
            } while try scanner.separator(0x7d, "$")
            guard meta != nil else { throw notASnapshot() }
            for (seen, key) in [(sawNodes, "nodes"), (sawEdges, "edges"), (sawStrings, "strings")] where !seen {
                throw MemBlameError(.badInput, "not a V8 heap snapshot: no \"\(key)\" array", at: SourceLocation(file: scanner.file.name, jsonPath: "$"))
            }
        }

        // MARK: Nodes

        mutating func nodes(_ meta: HeapSnapshotMeta) throws {
            try scanner.expect(0x5b, "$.nodes")
            let n = meta.nodeCount, fields = meta.nodeFields.count, typeLimit = UInt64(meta.nodeTypes.count)
            nodeType = [UInt8](repeating: 0, count: n)
            nodeId = [UInt32](repeating: 0, count: n)
            if !idsOnly {
                nodeName = [UInt32](repeating: 0, count: n)
                nodeSelfSize = [Int64](repeating: 0, count: n)
                firstEdge = [UInt32](repeating: 0, count: n + 1)
            }
            var total: UInt64 = 0
            var node = 0, field = 0
            var releaseAt = scanner.pos + (8 << 20)
            if scanner.peek() == 0x5d { scanner.pos += 1 } else {
                repeat {
                    let v = try scanner.unsigned("$.nodes[\(node * fields + field)]")
                    guard node < n else { throw countMismatch("$.nodes", "more than snapshot.node_count (\(n)) nodes") }
                    switch field {
                    case meta.nodeTypeOffset:
                        guard v < typeLimit else { throw bad("$.nodes[\(node * fields + field)]", "node type \(v) is not in snapshot.meta.node_types") }
                        nodeType[node] = UInt8(v)
                    case meta.nodeIdOffset:
                        guard v <= UInt64(UInt32.max) else { throw bad("$.nodes[\(node * fields + field)]", "node id \(v) exceeds 32 bits") }
                        nodeId[node] = UInt32(v)
                    case meta.nodeNameOffset where !idsOnly:
                        nodeName[node] = UInt32(truncatingIfNeeded: v)
                    case meta.nodeSelfSizeOffset where !idsOnly:
                        nodeSelfSize[node] = Int64(truncatingIfNeeded: v)
                    case meta.nodeEdgeCountOffset where !idsOnly:
                        total += v
                        guard total <= UInt64(meta.edgeCount) else {
                            throw countMismatch("$.nodes[\(node * fields + field)]", "node edge counts add up to more than snapshot.edge_count (\(meta.edgeCount))")
                        }
                        firstEdge[node + 1] = UInt32(total)
                    default: break
                    }
                    field += 1
                    if field == fields {
                        field = 0
                        node += 1
                        if scanner.pos > releaseAt { scanner.file.release(upTo: scanner.pos); releaseAt = scanner.pos + (8 << 20) }
                    }
                } while try scanner.separator(0x5d, "$.nodes[\(node * fields + field)]")
            }
            guard field == 0, node == n else {
                throw countMismatch("$.nodes", "holds \(node * fields + field) numbers; snapshot.node_count × node_fields is \(n * fields)")
            }
            if !idsOnly && total != UInt64(meta.edgeCount) {
                throw countMismatch("$.nodes", "node edge counts add up to \(total), snapshot.edge_count is \(meta.edgeCount)")
            }
        }

        // MARK: Edges

        mutating func edges(_ meta: HeapSnapshotMeta) throws {
            try scanner.expect(0x5b, "$.edges")
            let n = meta.edgeCount, fields = meta.edgeFields.count, nodeFields = UInt64(meta.nodeFields.count)
            let nodeLimit = UInt64(meta.nodeCount) * nodeFields, typeLimit = UInt64(meta.edgeTypes.count)
            edgeType = [UInt8](repeating: 0, count: n)
            edgeName = [UInt32](repeating: 0, count: n)
            edgeTo = [UInt32](repeating: 0, count: n)
            var edge = 0, field = 0
            var releaseAt = scanner.pos + (8 << 20)
            if scanner.peek() == 0x5d { scanner.pos += 1 } else {
                repeat {
                    let v = try scanner.unsigned("$.edges[\(edge * fields + field)]")
                    guard edge < n else { throw countMismatch("$.edges", "more than snapshot.edge_count (\(n)) edges") }
                    switch field {
                    case meta.edgeTypeOffset:
                        guard v < typeLimit else { throw bad("$.edges[\(edge * fields + field)]", "edge type \(v) is not in snapshot.meta.edge_types") }
                        edgeType[edge] = UInt8(v)
                    case meta.edgeNameOffset:
                        edgeName[edge] = UInt32(truncatingIfNeeded: v)
                    case meta.edgeToOffset:
                        guard v < nodeLimit, v % nodeFields == 0 else {
                            throw bad("$.edges[\(edge * fields + field)]", "to_node \(v) is not the index of a node (a multiple of \(nodeFields) below \(nodeLimit))")
                        }
                        edgeTo[edge] = UInt32(v / nodeFields)
                    default: break
                    }
                    field += 1
                    if field == fields {
                        field = 0
                        edge += 1
                        if scanner.pos > releaseAt { scanner.file.release(upTo: scanner.pos); releaseAt = scanner.pos + (8 << 20) }
                    }
                } while try scanner.separator(0x5d, "$.edges[\(edge * fields + field)]")
            }
            guard field == 0, edge == n else {
                throw countMismatch("$.edges", "holds \(edge * fields + field) numbers; snapshot.edge_count × edge_fields is \(n * fields)")
            }
        }

        // MARK: Strings

        mutating func stringsArray() throws {
            try scanner.expect(0x5b, "$.strings")
            if scanner.peek() == 0x5d { scanner.pos += 1; return }
            var bytes: [UInt8] = [], offsets: [UInt32] = [0]
            repeat {
                try scanner.string(into: &bytes, "$.strings[\(offsets.count - 1)]")
                guard bytes.count <= Int(UInt32.max) else { throw bad("$.strings", "more than 4 GB of strings") }
                offsets.append(UInt32(bytes.count))
            } while try scanner.separator(0x5d, "$.strings[\(offsets.count - 1)]")
            strings.bytes = bytes
            strings.offsets = offsets
        }

        // MARK: Result

        func snapshot() throws -> HeapSnapshot {
            guard let meta else { throw notASnapshot() }
            let rootOrdinal = meta.rootIndex / max(1, meta.nodeFields.count)
            guard meta.nodeCount > 0, rootOrdinal < meta.nodeCount else {
                throw bad("$.snapshot.root_index", "the snapshot has no root node")
            }
            return HeapSnapshot(file: scanner.file.name, meta: meta, rootOrdinal: rootOrdinal, nodeType: nodeType, nodeName: nodeName,
                                nodeId: nodeId, nodeSelfSize: nodeSelfSize, firstEdge: firstEdge, edgeType: edgeType,
                                edgeNameOrIndex: edgeName, edgeTo: edgeTo, strings: strings)
        }

        func bad(_ path: String, _ message: String) -> MemBlameError {
            MemBlameError(.badInput, message + " (byte \(scanner.pos))", at: SourceLocation(file: scanner.file.name, jsonPath: path))
        }

        func countMismatch(_ path: String, _ message: String) -> MemBlameError {
            MemBlameError(.badInput, "\(message) (byte \(scanner.pos)); the file is damaged", at: SourceLocation(file: scanner.file.name, jsonPath: path))
        }
    }
}
