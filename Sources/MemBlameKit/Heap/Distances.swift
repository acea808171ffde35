/// Every node's distance from the roots, as DevTools computes it (`HeapSnapshot.calculateDistances` with the
/// `JSHeapSnapshot` edge filter), plus the BFS parent edge of each node, which gives a shortest retainer path.
///
/// A first BFS starts at the root's non-synthetic children (distance 1; in Node the user `global`), skipping weak
/// edges, `sloppy_function_map` out of `system / NativeContext`, and `(map descriptors)` element edges with
/// index ≥ 2 and index % 3 == 1. A second BFS from the GC roots' children and the root's children at
/// `systemBase` reaches the rest. The root itself is at 0.
public struct HeapDistances {
    /// DevTools `baseSystemDistance`: distances at or above it are reachable only through system roots.
    public static let systemBase: Int32 = 100_000_000
    /// Distance of nodes no BFS reaches.
    public static let unreachable: Int32 = -5

    /// Per node ordinal: the distance, or `unreachable`.
    public let distance: [Int32]
    /// Per node ordinal: the edge the BFS reached the node through, or `UInt32.max` for starting nodes.
    public let parentEdge: [UInt32]
    /// The node the BFS came to `node` from: the source of its parent edge (edges do not store their source, so it is
    /// found in `firstEdge`), or nil for starting nodes.
    func parentNode(of node: Int, in snapshot: HeapSnapshot) -> Int? {
        let e = parentEdge[node]
        guard e != UInt32.max else { return nil }
        // The last node whose first edge is at or before e: its edges are the only ones that include e.
        var lo = 0, hi = snapshot.nodeCount
        while lo + 1 < hi {
            let mid = (lo + hi) / 2
            if snapshot.firstEdge[mid] <= e { lo = mid } else { hi = mid }
        }
        return lo
    }

    /// Runs both BFS passes over `snapshot`.
    public init(_ snapshot: HeapSnapshot) {
        let n = snapshot.nodeCount, meta = snapshot.meta, root = snapshot.rootOrdinal
        let strings = snapshot.strings
        var nativeContextName = -1, sloppyName = -1, mapDescriptorsName = -1, gcRootsName = -1
        for i in 0..<strings.count {
            if strings.equals(i, "system / NativeContext") { nativeContextName = i }
            else if strings.equals(i, "sloppy_function_map") { sloppyName = i }
            else if strings.equals(i, "(map descriptors)") { mapDescriptorsName = i }
            else if strings.equals(i, "(GC roots)") { gcRootsName = i }
        }
        var distance = [Int32].prefaulted(repeating: HeapDistances.unreachable, count: n)
        var parentEdge = [UInt32].prefaulted(repeating: UInt32.max, count: n)
        var queue = [UInt32].prefaulted(repeating: 0, count: n)
        var length = 0

        // JSHeapSnapshot's filter: true when the BFS may follow `edge` out of `node`.
        func follow(_ node: Int, _ edge: Int) -> Bool {
            let type = snapshot.nodeType[node], name = Int(snapshot.nodeName[node])
            if type == meta.hiddenType {
                return !(name == nativeContextName && Int(snapshot.edgeNameOrIndex[edge]) == sloppyName
                         && snapshot.edgeType[edge] != meta.elementEdge && snapshot.edgeType[edge] != meta.hiddenEdge)
            }
            if type == meta.arrayType && name == mapDescriptorsName {
                guard let index = HeapDistances.numericName(snapshot, edge) else { return true }
                return index < 2 || index % 3 != 1
            }
            return true
        }
        func enqueue(_ node: Int, _ d: Int32, from parent: Int = -1, edge: Int = -1) {
            guard distance[node] == HeapDistances.unreachable else { return }
            distance[node] = d
            if parent >= 0 {
                // Starting nodes keep where they hang (GC roots category, root), so paths name it.
                parentEdge[node] = UInt32(edge)
            }
            queue[length] = UInt32(node)
            length += 1
        }
        func bfs() {
            var outerLength = length
            defer { length = outerLength }
            // Raw buffers (no bounds checks): edge targets were checked when parsed, the queue holds each node once.
            let weak = meta.weakEdge, hidden = meta.hiddenType, array = meta.arrayType
            snapshot.withEdgeBuffers { edgeType, to, first in
            snapshot.nodeType.withUnsafeBufferPointer { nodeType in
            snapshot.nodeName.withUnsafeBufferPointer { nodeName in
            distance.withUnsafeMutableBufferPointer { distance in
            parentEdge.withUnsafeMutableBufferPointer { parentEdge in
            queue.withUnsafeMutableBufferPointer { queue in
                var head = 0, length = length  // a local copy: the captured variable would be checked on every access
                defer { outerLength = length }
                while head < length {
                    let u = Int(queue[head]); head += 1
                    let d = distance[u] + 1
                    // Only hidden nodes and `(map descriptors)` arrays have edges the filter can refuse.
                    let type = nodeType[u], name = Int(nodeName[u])
                    let filtered = type == hidden || (type == array && name == mapDescriptorsName)
                    for e in Int(first[u])..<Int(first[u + 1]) {
                        if edgeType[e] == weak { continue }
                        let v = Int(to[e])
                        if distance[v] != HeapDistances.unreachable || (filtered && !follow(u, e)) { continue }
                        distance[v] = d
                        parentEdge[v] = UInt32(e)
                        queue[length] = UInt32(v); length += 1
                    }
                }
            }}}}}}
        }
        func children(_ u: Int) -> [(node: Int, edge: Int)] {
            (Int(snapshot.firstEdge[u])..<Int(snapshot.firstEdge[u + 1])).map { (Int(snapshot.edgeTo[$0]), $0) }
        }

        let gcRoots = children(root).first { Int(snapshot.nodeName[$0.node]) == gcRootsName }
        distance[root] = 0
        if gcRoots != nil {
            for (v, _) in children(root) where snapshot.nodeType[v] != meta.syntheticType
                || snapshot.strings.equals(Int(snapshot.nodeName[v]), "(Document DOM trees)") {
                enqueue(v, 1)
            }
            bfs()
        }
        length = 0
        if let gcRoots {
            for sub in children(gcRoots.node) {
                for child in children(sub.node) { enqueue(child.node, HeapDistances.systemBase, from: sub.node, edge: child.edge) }
                enqueue(sub.node, HeapDistances.systemBase, from: gcRoots.node, edge: sub.edge)
            }
            parentEdge[gcRoots.node] = UInt32(gcRoots.edge)
        }
        for (v, _) in children(root) { enqueue(v, HeapDistances.systemBase) }
        bfs()
        self.distance = distance
        self.parentEdge = parentEdge
    }

    /// `parseInt(edge.name())`: the element index, or the leading digits of a named edge.
    private static func numericName(_ snapshot: HeapSnapshot, _ edge: Int) -> Int? {
        let t = snapshot.edgeType[edge]
        if t == snapshot.meta.elementEdge || t == snapshot.meta.hiddenEdge { return Int(snapshot.edgeNameOrIndex[edge]) }
        let digits = snapshot.strings[Int(snapshot.edgeNameOrIndex[edge])].prefix { $0.isASCII && $0.isNumber }
        return Int(digits)
    }
}
