/// The dominator tree of a snapshot and every node's retained size, under classic DevTools' edge rules
/// (`JSHeapSnapshot._isEssentialEdge`, `_markPageOwnedNodes`, `_buildPostOrderIndex`, `_buildDominatorTree`):
/// weak edges are ignored, shortcut edges count only from the root, and an edge from a node outside the page
/// (not reachable from the user global) to a page-owned node is ignored.
///
/// Built with the semi-NCA variant of Lengauer–Tarjan (O(E log N), no recursion), which gives the same tree as
/// DevTools' iterative Cooper–Harvey–Kennedy pass; nodes the root cannot reach are hung under the root, as
/// DevTools does for orphans.
public struct DominatorTree {
    /// Per node ordinal: the immediate dominator's ordinal (the root's is itself).
    public let dominator: [UInt32]
    /// Per node ordinal: bytes freed if the node were collected (self size plus everything it dominates).
    public let retainedSize: [Int64]
    /// Node ordinals in an order where every node comes after its dominator (DFS preorder).
    public let preorder: [UInt32]
    /// Per node ordinal: reachable from the user global over non-weak edges (DevTools' `pageObject` flag).
    public let pageOwned: [Bool]

    /// Computes the tree for `snapshot`.
    public init(_ snapshot: HeapSnapshot) {
        let n = snapshot.nodeCount, root = snapshot.rootOrdinal
        let owned = DominatorTree.markPageOwned(snapshot)
        pageOwned = owned
        let weak = snapshot.meta.weakEdge, shortcut = snapshot.meta.shortcutEdge

        // Predecessor lists over the essential edges only (compressed rows).
        var predStart = [UInt32](repeating: 0, count: n + 1)
        var strongRetainer = [Bool](repeating: false, count: n)
        // The two passes over every edge run on raw buffers (no bounds checks): edge targets were checked when parsed.
        snapshot.edgeType.withUnsafeBufferPointer { type in
            snapshot.edgeTo.withUnsafeBufferPointer { to in
                snapshot.firstEdge.withUnsafeBufferPointer { first in
                    owned.withUnsafeBufferPointer { owned in
                        strongRetainer.withUnsafeMutableBufferPointer { strong in
                            predStart.withUnsafeMutableBufferPointer { count in
                                for u in 0..<n {
                                    let ownedU = owned[u]
                                    for e in Int(first[u])..<Int(first[u + 1]) {
                                        let t = type[e], v = Int(to[e])
                                        if t != weak && t != shortcut { strong[v] = true }
                                        if DominatorTree.essential(u, v, t, root: root, weak: weak, shortcut: shortcut, ownedU: ownedU, ownedV: owned[v]) { count[v + 1] += 1 }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        for v in 0..<n { predStart[v + 1] += predStart[v] }
        var preds = [UInt32](repeating: 0, count: Int(predStart[n]))
        do {
            var fill = predStart
            snapshot.edgeType.withUnsafeBufferPointer { type in
                snapshot.edgeTo.withUnsafeBufferPointer { to in
                    snapshot.firstEdge.withUnsafeBufferPointer { first in
                        owned.withUnsafeBufferPointer { owned in
                            fill.withUnsafeMutableBufferPointer { fill in
                                preds.withUnsafeMutableBufferPointer { preds in
                                    for u in 0..<n {
                                        let ownedU = owned[u]
                                        for e in Int(first[u])..<Int(first[u + 1]) {
                                            let t = type[e], v = Int(to[e])
                                            if DominatorTree.essential(u, v, t, root: root, weak: weak, shortcut: shortcut, ownedU: ownedU, ownedV: owned[v]) {
                                                preds[Int(fill[v])] = UInt32(u)
                                                fill[v] += 1
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }

        // Depth-first numbering from the root; then orphans with only weak retainers, then any other orphan,
        // each as an extra child of the root (DevTools' second and third passes).
        var dfn = [Int32](repeating: -1, count: n)
        var vertex = [UInt32](repeating: 0, count: n)
        var parent = [Int32](repeating: 0, count: n)
        var rootChild = [Bool](repeating: false, count: n)  // by dfn: hung under the root without an edge
        var count = 0
        // The stack grows only as deep as the DFS goes (far less than n in real heaps).
        var stackNode: [UInt32] = [], stackEdge: [UInt32] = []
        func visit(_ start: Int, parentDfn: Int32) {
            dfn[start] = Int32(count); vertex[count] = UInt32(start); parent[count] = parentDfn; count += 1
            stackNode.append(UInt32(start)); stackEdge.append(snapshot.firstEdge[start])
            while let top = stackNode.indices.last {
                let u = Int(stackNode[top]), e = Int(stackEdge[top])
                if e < Int(snapshot.firstEdge[u + 1]) {
                    stackEdge[top] += 1
                    let v = Int(snapshot.edgeTo[e])
                    guard dfn[v] < 0, DominatorTree.essential(u, v, snapshot.edgeType[e], root: root, weak: weak, shortcut: shortcut, owned: owned) else { continue }
                    dfn[v] = Int32(count); vertex[count] = UInt32(v); parent[count] = dfn[u]; count += 1
                    stackNode.append(UInt32(v)); stackEdge.append(snapshot.firstEdge[v])
                } else {
                    stackNode.removeLast(); stackEdge.removeLast()
                }
            }
        }
        visit(root, parentDfn: 0)
        for pass in 0..<2 where count < n {
            for v in 0..<n where dfn[v] < 0 && (pass == 1 || !strongRetainer[v]) {
                rootChild[count] = true
                visit(v, parentDfn: 0)
            }
        }
        stackNode = []; stackEdge = []
        strongRetainer = []

        // Semi-dominators (in dfn numbers), with path compression done iteratively.
        var semi = [Int32](repeating: 0, count: n), label = [Int32](repeating: 0, count: n)
        var ancestor = [Int32](repeating: -1, count: n)
        for i in 0..<n { semi[i] = Int32(i); label[i] = Int32(i) }
        var path: [Int32] = []
        // The hot loop on raw buffers: every index is a dfn number or node ordinal below n.
        semi.withUnsafeMutableBufferPointer { semi in
        label.withUnsafeMutableBufferPointer { label in
        ancestor.withUnsafeMutableBufferPointer { ancestor in
        dfn.withUnsafeBufferPointer { dfn in
        vertex.withUnsafeBufferPointer { vertex in
        parent.withUnsafeBufferPointer { parent in
        rootChild.withUnsafeBufferPointer { rootChild in
        preds.withUnsafeBufferPointer { preds in
        predStart.withUnsafeBufferPointer { predStart in
            for w in stride(from: n - 1, to: 0, by: -1) {
                if rootChild[w] { semi[w] = 0 }
                let vw = Int(vertex[w])
                for k in Int(predStart[vw])..<Int(predStart[vw + 1]) {
                    let dv = dfn[Int(preds[k])]
                    var u = dv
                    if ancestor[Int(dv)] >= 0 {
                        // compress(dv): gather the chain, then fold labels from the top down.
                        var x = dv
                        while ancestor[Int(ancestor[Int(x)])] >= 0 { path.append(x); x = ancestor[Int(x)] }
                        while let y = path.popLast() {
                            let a = Int(ancestor[Int(y)])
                            if semi[Int(label[a])] < semi[Int(label[Int(y)])] { label[Int(y)] = label[a] }
                            ancestor[Int(y)] = ancestor[a]
                        }
                        u = label[Int(dv)]
                    }
                    if semi[Int(u)] < semi[w] { semi[w] = semi[Int(u)] }
                }
                ancestor[w] = parent[w]
            }
        }}}}}}}}}
        ancestor = []; label = []; preds = []; predStart = []

        // Immediate dominators: nearest common ancestor of parent and semi-dominator.
        var idom = parent
        for w in 1..<max(n, 1) {
            while idom[w] > semi[w] { idom[w] = idom[Int(idom[w])] }
        }
        semi = []

        var retained = [Int64](repeating: 0, count: n)
        var dominator = [UInt32](repeating: UInt32(root), count: n)
        for w in 0..<n { retained[w] = snapshot.nodeSelfSize[Int(vertex[w])] }
        for w in stride(from: n - 1, to: 0, by: -1) {
            retained[Int(idom[w])] += retained[w]
            dominator[Int(vertex[w])] = vertex[Int(idom[w])]
        }
        var byOrdinal = [Int64](repeating: 0, count: n)
        for w in 0..<n { byOrdinal[Int(vertex[w])] = retained[w] }
        retainedSize = byOrdinal
        self.dominator = dominator
        preorder = vertex
    }

    /// DevTools' essential-edge rule plus the page-ownership rule.
    @inline(__always)
    static func essential(_ u: Int, _ v: Int, _ type: UInt8, root: Int, weak: UInt8, shortcut: UInt8, owned: [Bool]) -> Bool {
        essential(u, v, type, root: root, weak: weak, shortcut: shortcut, ownedU: owned[u], ownedV: owned[v])
    }

    /// The same rule with the two page-ownership flags already read.
    @inline(__always)
    static func essential(_ u: Int, _ v: Int, _ type: UInt8, root: Int, weak: UInt8, shortcut: UInt8, ownedU: Bool, ownedV: Bool) -> Bool {
        if type == weak { return false }
        if u == root { return true }
        if type == shortcut { return false }
        return !(ownedV && !ownedU)
    }

    /// `_markPageOwnedNodes`: everything reachable over non-weak edges from the root's shortcut targets (the user
    /// global) and `(Document DOM trees)` roots.
    static func markPageOwned(_ snapshot: HeapSnapshot) -> [Bool] {
        let n = snapshot.nodeCount, root = snapshot.rootOrdinal, meta = snapshot.meta
        var owned = [Bool](repeating: false, count: n)
        var stack: [UInt32] = []
        for e in Int(snapshot.firstEdge[root])..<Int(snapshot.firstEdge[root + 1]) {
            let v = Int(snapshot.edgeTo[e]), t = snapshot.edgeType[e]
            if t == meta.elementEdge {
                guard snapshot.nodeType[v] == meta.syntheticType, snapshot.strings.equals(Int(snapshot.nodeName[v]), "(Document DOM trees)") else { continue }
            } else if t != meta.shortcutEdge {
                continue
            }
            owned[v] = true
            stack.append(UInt32(v))
        }
        while let u = stack.popLast() {
            for e in Int(snapshot.firstEdge[Int(u)])..<Int(snapshot.firstEdge[Int(u) + 1]) {
                let v = Int(snapshot.edgeTo[e])
                if owned[v] || snapshot.edgeType[e] == meta.weakEdge { continue }
                owned[v] = true
                stack.append(UInt32(v))
            }
        }
        return owned
    }
}
