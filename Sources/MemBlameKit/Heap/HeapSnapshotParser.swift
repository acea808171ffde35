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
    /// Node's V8 version strings found in the snapshot (`process.versions.v8`, e.g. `11.3.244.8-node.38`); empty when none.
    public var v8Versions: Set<String> = []
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
                               nodeTypes: meta.nodeTypes, maxOddId: HeapSnapshot.maxOddId(state.nodeId), v8Versions: state.v8Versions)
    }

    /// `digits.digits.digits.digits-node.digits`: the V8 version Node reports in `process.versions.v8`.
    static func isNodeV8Version(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard b.count >= 12, b.count <= 40, let first = b.first, first >= 0x30, first <= 0x39 else { return false }
        var dots = 0, i = 0
        while i < b.count, (b[i] >= 0x30 && b[i] <= 0x39) || b[i] == 0x2e {
            if b[i] == 0x2e { dots += 1 }
            i += 1
        }
        let suffix: [UInt8] = Array("-node.".utf8)
        guard dots == 3, i + suffix.count < b.count, Array(b[i..<(i + suffix.count)]) == suffix else { return false }
        return b[(i + suffix.count)...].allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
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
        var locations = HeapLocations()
        var v8Versions = Set<String>()

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
                if scanner.end >= 2 && scanner.p[0] == 0x1f && scanner.p[1] == 0x8b {
                    throw MemBlameError(.badInput, "the file is gzip-compressed; decompress it first (gunzip -k \(scanner.file.name))",
                                        at: SourceLocation(file: scanner.file.name))
                }
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
                case "locations" where !idsOnly && meta?.locationFields != nil:
                    try locationsArray(meta!)
                case "strings" where !idsOnly:
                    try stringsArray()
                    sawStrings = true
                case "strings":
                    try skipStringsNotingVersions()
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
            let n = meta.nodeCount, fields = meta.nodeFields.count, typeLimit = UInt64(meta.nodeTypes.count)
            let edgeLimit = UInt64(meta.edgeCount), full = !idsOnly
            let typeAt = meta.nodeTypeOffset, idAt = meta.nodeIdOffset, nameAt = full ? meta.nodeNameOffset : -1
            let sizeAt = full ? meta.nodeSelfSizeOffset : -1, countAt = full ? meta.nodeEdgeCountOffset : -1
            var types = [UInt8].prefaulted(repeating: 0, count: n), ids = [UInt32].prefaulted(repeating: 0, count: n)
            var names = [UInt32].prefaulted(repeating: 0, count: full ? n : 0), sizes = [Int64].prefaulted(repeating: 0, count: full ? n : 0)
            var first = [UInt32].prefaulted(repeating: 0, count: full ? n + 1 : 0)
            var total: UInt64 = 0
            var sc = scanner
            let file = sc.file
            // Raw buffers: the loop runs once per number (tens of millions), so no per-store checks but our own.
            let found = try types.withUnsafeMutableBufferPointer { types in
                try ids.withUnsafeMutableBufferPointer { ids in
                    try names.withUnsafeMutableBufferPointer { names in
                        try sizes.withUnsafeMutableBufferPointer { sizes in
                            try first.withUnsafeMutableBufferPointer { first in
                                try sc.records("$.nodes", fields: fields, limit: n, release: file) { node, field, v in
                                    if field == typeAt {
                                        guard v < typeLimit else { throw HeapRecordError(message: "node type \(v) is not in snapshot.meta.node_types") }
                                        types[node] = UInt8(v)
                                    } else if field == idAt {
                                        guard v <= UInt64(UInt32.max) else { throw HeapRecordError(message: "node id \(v) exceeds 32 bits") }
                                        ids[node] = UInt32(v)
                                    } else if field == nameAt {
                                        names[node] = UInt32(truncatingIfNeeded: v)
                                    } else if field == sizeAt {
                                        sizes[node] = Int64(truncatingIfNeeded: v)
                                    } else if field == countAt {
                                        total += v
                                        guard total <= edgeLimit else {
                                            throw HeapRecordError(message: "node edge counts add up to more than snapshot.edge_count (\(edgeLimit))", damaged: true)
                                        }
                                        first[node + 1] = UInt32(total)
                                    }
                                }
                            }
                        }
                    }
                }
            }
            scanner = sc
            guard found.numbers == n * fields else {
                if found.records > n { throw countMismatch("$.nodes", "more than snapshot.node_count (\(n)) nodes") }
                throw countMismatch("$.nodes", "holds \(found.numbers) numbers; snapshot.node_count × node_fields is \(n * fields)")
            }
            if full && total != edgeLimit {
                throw countMismatch("$.nodes", "node edge counts add up to \(total), snapshot.edge_count is \(edgeLimit)")
            }
            nodeType = types; nodeId = ids; nodeName = names; nodeSelfSize = sizes; firstEdge = first
        }

        // MARK: Edges

        mutating func edges(_ meta: HeapSnapshotMeta) throws {
            let n = meta.edgeCount, fields = meta.edgeFields.count, nodeFields = UInt64(meta.nodeFields.count)
            let nodeLimit = UInt64(meta.nodeCount) * nodeFields, typeLimit = UInt64(meta.edgeTypes.count)
            let typeAt = meta.edgeTypeOffset, nameAt = meta.edgeNameOffset, toAt = meta.edgeToOffset
            var types = [UInt8].prefaulted(repeating: 0, count: n), names = [UInt32].prefaulted(repeating: 0, count: n), targets = [UInt32].prefaulted(repeating: 0, count: n)
            var sc = scanner
            let file = sc.file
            let found = try types.withUnsafeMutableBufferPointer { types in
                try names.withUnsafeMutableBufferPointer { names in
                    try targets.withUnsafeMutableBufferPointer { targets in
                        try sc.records("$.edges", fields: fields, limit: n, release: file) { edge, field, v in
                            if field == typeAt {
                                guard v < typeLimit else { throw HeapRecordError(message: "edge type \(v) is not in snapshot.meta.edge_types") }
                                types[edge] = UInt8(v)
                            } else if field == nameAt {
                                names[edge] = UInt32(truncatingIfNeeded: v)
                            } else if field == toAt {
                                guard v < nodeLimit, v % nodeFields == 0 else {
                                    throw HeapRecordError(message: "to_node \(v) is not the index of a node (a multiple of \(nodeFields) below \(nodeLimit))")
                                }
                                targets[edge] = UInt32(v / nodeFields)
                            }
                        }
                    }
                }
            }
            scanner = sc
            guard found.numbers == n * fields else {
                if found.records > n { throw countMismatch("$.edges", "more than snapshot.edge_count (\(n)) edges") }
                throw countMismatch("$.edges", "holds \(found.numbers) numbers; snapshot.edge_count × edge_fields is \(n * fields)")
            }
            edgeType = types; edgeName = names; edgeTo = targets
        }

        // MARK: Locations

        /// `locations`: (node index, script id, line, column) per function and per object with a known constructor.
        mutating func locationsArray(_ meta: HeapSnapshotMeta) throws {
            let fields = meta.locationFields!.count, nodeFields = UInt64(meta.nodeFields.count)
            let nodeLimit = UInt64(meta.nodeCount) * nodeFields
            let nodeAt = meta.locationNodeOffset, scriptAt = meta.locationScriptOffset
            let lineAt = meta.locationLineOffset, columnAt = meta.locationColumnOffset
            var out = HeapLocations()
            var sc = scanner
            let file = sc.file
            let found = try sc.records("$.locations", fields: fields, limit: Int.max, release: file) { _, field, v in
                if field == nodeAt {
                    guard v < nodeLimit, v % nodeFields == 0 else {
                        throw HeapRecordError(message: "object_index \(v) is not the index of a node (a multiple of \(nodeFields) below \(nodeLimit))")
                    }
                    out.node.append(UInt32(v / nodeFields))
                } else if field == scriptAt {
                    out.script.append(UInt32(truncatingIfNeeded: v))
                } else if field == lineAt {
                    out.line.append(UInt32(truncatingIfNeeded: v))
                } else if field == columnAt {
                    out.column.append(UInt32(truncatingIfNeeded: v))
                }
            }
            scanner = sc
            guard found.numbers % fields == 0 else {
                throw countMismatch("$.locations", "holds \(found.numbers) numbers, not a multiple of location_fields (\(fields))")
            }
            out.sortByNode()
            locations = out
        }

        // MARK: Strings

        mutating func stringsArray() throws {
            try scanner.expect(0x5b, "$.strings")
            if scanner.peek() == 0x5d { scanner.pos += 1; return }
            // Room for the rest of the file, reserved once: the strings (unescaped, never longer than written) and one
            // offset per three bytes at most (`"",`). Pages never written are never resident; growing by doubling
            // instead would copy the buffers with both copies resident.
            let rest = scanner.end - scanner.pos
            var bytes: [UInt8] = [], offsets: [UInt32] = [0]
            bytes.reserveCapacity(min(rest, Int(UInt32.max)))
            offsets.reserveCapacity(rest / 3 + 2)
            var releaseAt = scanner.pos + (8 << 20)
            repeat {
                try scanner.string(into: &bytes, "$.strings[\(offsets.count - 1)]")
                guard bytes.count <= Int(UInt32.max) else { throw bad("$.strings", "more than 4 GB of strings") }
                offsets.append(UInt32(bytes.count))
                if scanner.pos > releaseAt { scanner.file.release(upTo: scanner.pos); releaseAt = scanner.pos + (8 << 20) }
            } while try scanner.separator(0x5d, "$.strings[\(offsets.count - 1)]")
            strings.bytes = bytes
            strings.offsets = offsets
            for i in 0..<strings.count {
                let start = Int(offsets[i]), end = Int(offsets[i + 1])
                bytes.withUnsafeBufferPointer { b in
                    let slice = UnsafeBufferPointer(rebasing: b[start..<end])
                    if HeapSnapshotParser.isNodeV8Version(slice) { v8Versions.insert(String(decoding: slice, as: UTF8.self)) }
                }
            }
        }

        /// The baselines' strings are skipped, except Node's V8 version (`11.3.244.8-node.38`), which tells processes apart.
        mutating func skipStringsNotingVersions() throws {
            try scanner.expect(0x5b, "$.strings")
            if scanner.peek() == 0x5d { scanner.pos += 1; return }
            var index = 0, releaseAt = scanner.pos + (8 << 20)
            repeat {
                if scanner.pos > releaseAt { scanner.file.release(upTo: scanner.pos); releaseAt = scanner.pos + (8 << 20) }
                _ = scanner.peek()
                let start = scanner.pos
                try scanner.skipString("$.strings[\(index)]")
                let length = scanner.pos - start - 2
                if length >= 12 && length <= 40 {
                    let slice = UnsafeBufferPointer(start: scanner.p + start + 1, count: length)
                    if HeapSnapshotParser.isNodeV8Version(slice) { v8Versions.insert(String(decoding: slice, as: UTF8.self)) }
                }
                index += 1
            } while try scanner.separator(0x5d, "$.strings[\(index)]")
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
                                edgeNameOrIndex: edgeName, edgeTo: edgeTo, strings: strings, locations: locations, v8Versions: v8Versions)
        }

        func bad(_ path: String, _ message: String) -> MemBlameError {
            MemBlameError(.badInput, message + " (byte \(scanner.pos))", at: SourceLocation(file: scanner.file.name, jsonPath: path))
        }

        func countMismatch(_ path: String, _ message: String) -> MemBlameError {
            MemBlameError(.badInput, "\(message) (byte \(scanner.pos)); the file is damaged", at: SourceLocation(file: scanner.file.name, jsonPath: path))
        }
    }
}
