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
        self.init(snapshot, largestArraysFreed: {})
    }

    /// Computes the tree for `snapshot`, calling `largestArraysFreed` once the predecessor lists and the
    /// semi-dominator arrays are gone (what remains is about 21 bytes per node), so a caller can start other work on
    /// the snapshot then without adding to the peak.
    init(_ snapshot: HeapSnapshot, largestArraysFreed: () -> Void) {
        let n = snapshot.nodeCount, root = snapshot.rootOrdinal
        let owned = DominatorTree.markPageOwned(snapshot)
        pageOwned = owned
        let weak = snapshot.meta.weakEdge, shortcut = snapshot.meta.shortcutEdge

        // Depth-first numbering from the root; then orphans with only weak retainers, then any other orphan,
        // each as an extra child of the root (DevTools' second and third passes). The DFS looks at every node's
        // edges once, so it also counts each node's essential predecessors (by dfn: `predStart[dfn + 1]`).
        var dfn = [Int32].prefaulted(repeating: -1, count: n)
        var vertex = [UInt32].prefaulted(repeating: 0, count: n)
        var parent = [Int32].prefaulted(repeating: 0, count: n)
        var rootChild = [Bool].prefaulted(repeating: false, count: n)  // by dfn: hung under the root without an edge
        // One more entry than the usual n + 1: the fill below moves every row's start one place up.
        var predStart = [UInt32].prefaulted(repeating: 0, count: n + 2)
        var count = 0
        // The stack grows only as deep as the DFS goes (far less than n in real heaps).
        var stackNode: [UInt32] = [], stackEdge: [UInt32] = []
        // Raw buffers (no bounds checks): edge targets were checked when parsed, dfn numbers stay below n.
        snapshot.withEdgeBuffers { type, to, first in
        owned.withUnsafeBufferPointer { owned in
        dfn.withUnsafeMutableBufferPointer { dfn in
        vertex.withUnsafeMutableBufferPointer { vertex in
        parent.withUnsafeMutableBufferPointer { parent in
        rootChild.withUnsafeMutableBufferPointer { rootChild in
        predStart.withUnsafeMutableBufferPointer { predCount in
            let graph = DFSGraph(type: type, to: to, first: first, owned: owned, root: root, weak: weak, shortcut: shortcut)
            let numbering = DFSNumbering(dfn: dfn, vertex: vertex, parent: parent, predCount: predCount)
            numbering.visit(root, parentDfn: 0, graph, &count, &stackNode, &stackEdge)
            guard count < n else { return }
            // Orphans: first those no edge but a weak or shortcut one retains.
            var strongRetainer = [Bool].prefaulted(repeating: false, count: n)
            for e in 0..<snapshot.edgeCount where type[e] != weak && type[e] != shortcut { strongRetainer[Int(to[e])] = true }
            for pass in 0..<2 where count < n {
                for v in 0..<n where dfn[v] < 0 && (pass == 1 || !strongRetainer[v]) {
                    rootChild[count] = true
                    numbering.visit(v, parentDfn: 0, graph, &count, &stackNode, &stackEdge)
                }
            }
        }}}}}}}
        stackNode = []; stackEdge = []

        // Predecessor lists in dfn numbers, rows by dfn (compressed): each row is filled from its end, so afterwards
        // row w is predStart[w + 1]..<predStart[w + 2].
        for w in 0..<n { predStart[w + 1] += predStart[w] }
        predStart[n + 1] = predStart[n]
        var preds = [UInt32].prefaulted(repeating: 0, count: Int(predStart[n]))
        snapshot.withEdgeBuffers { type, to, first in
        owned.withUnsafeBufferPointer { owned in
        dfn.withUnsafeBufferPointer { dfn in
        predStart.withUnsafeMutableBufferPointer { fill in
        preds.withUnsafeMutableBufferPointer { preds in
            for u in 0..<n {
                let ownedU = owned[u], du = UInt32(dfn[u])
                for e in Int(first[u])..<Int(first[u + 1]) {
                    let v = Int(to[e])
                    if DominatorTree.essential(u, v, type[e], root: root, weak: weak, shortcut: shortcut, ownedU: ownedU, ownedV: owned[v]) {
                        let row = Int(dfn[v]) + 1
                        fill[row] -= 1
                        preds[Int(fill[row])] = du
                    }
                }
            }
        }}}}}
        dfn = []

        // Semi-dominators (in dfn numbers), with path compression done iteratively.
        var semi = [Int32].prefaulted(repeating: 0, count: n), label = [Int32].prefaulted(repeating: 0, count: n)
        var ancestor = [Int32].prefaulted(repeating: -1, count: n)
        for i in 0..<n { semi[i] = Int32(i); label[i] = Int32(i) }
        var path: [Int32] = []
        // The hot loop on raw buffers: every index is a dfn number below n.
        semi.withUnsafeMutableBufferPointer { semi in
        label.withUnsafeMutableBufferPointer { label in
        ancestor.withUnsafeMutableBufferPointer { ancestor in
        parent.withUnsafeBufferPointer { parent in
        rootChild.withUnsafeBufferPointer { rootChild in
        preds.withUnsafeBufferPointer { preds in
        predStart.withUnsafeBufferPointer { predStart in
            for w in stride(from: n - 1, to: 0, by: -1) {
                if rootChild[w] { semi[w] = 0 }
                for k in Int(predStart[w + 1])..<Int(predStart[w + 2]) {
                    let dv = Int32(bitPattern: preds[k])
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
        }}}}}}}
        ancestor = []; label = []; preds = []; predStart = []; rootChild = []
        largestArraysFreed()

        // Immediate dominators (in place of the DFS parents): nearest common ancestor of parent and semi-dominator.
        var idom = parent
        parent = []
        idom.withUnsafeMutableBufferPointer { idom in
            semi.withUnsafeBufferPointer { semi in
                for w in 1..<max(n, 1) {
                    while idom[w] > semi[w] { idom[w] = idom[Int(idom[w])] }
                }
            }
        }
        semi = []

        // Retained sizes summed up the tree by ordinal, children (higher dfn) before their dominators.
        var retained = snapshot.nodeSelfSize
        var dominator = [UInt32].prefaulted(repeating: UInt32(root), count: n)
        retained.withUnsafeMutableBufferPointer { retained in
        dominator.withUnsafeMutableBufferPointer { dominator in
        vertex.withUnsafeBufferPointer { vertex in
        idom.withUnsafeBufferPointer { idom in
            for w in stride(from: n - 1, to: 0, by: -1) {
                let v = Int(vertex[w]), d = vertex[Int(idom[w])]
                retained[Int(d)] += retained[v]
                dominator[v] = d
            }
        }}}}
        retainedSize = retained
        self.dominator = dominator
        preorder = vertex
    }

    /// The read-only side of the depth-first numbering.
    struct DFSGraph {
        let type: UnsafeBufferPointer<UInt8>, to: UnsafeBufferPointer<UInt32>, first: UnsafeBufferPointer<UInt32>
        let owned: UnsafeBufferPointer<Bool>
        let root: Int, weak: UInt8, shortcut: UInt8
    }

    /// The arrays the depth-first numbering fills (a struct with plain loops: no captured variables, so no dynamic
    /// exclusivity checks in the loop that looks at every edge).
    struct DFSNumbering {
        let dfn: UnsafeMutableBufferPointer<Int32>, vertex: UnsafeMutableBufferPointer<UInt32>
        let parent: UnsafeMutableBufferPointer<Int32>, predCount: UnsafeMutableBufferPointer<UInt32>

        /// Numbers everything `start` reaches over essential edges, from `count` on, and counts every essential edge
        /// into its target's row (`predCount[dfn + 1]`).
        func visit(_ start: Int, parentDfn: Int32, _ g: DFSGraph, _ count: inout Int, _ stackNode: inout [UInt32], _ stackEdge: inout [UInt32]) {
            dfn[start] = Int32(count); vertex[count] = UInt32(start); parent[count] = parentDfn; count += 1
            stackNode.append(UInt32(start)); stackEdge.append(g.first[start])
            while let top = stackNode.indices.last {
                let u = Int(stackNode[top]), end = Int(g.first[u + 1]), ownedU = g.owned[u]
                var e = Int(stackEdge[top]), child = -1
                // The node's remaining edges up to its first unnumbered child, which goes on the stack.
                while e < end {
                    let v = Int(g.to[e]), t = g.type[e]
                    e += 1
                    guard DominatorTree.essential(u, v, t, root: g.root, weak: g.weak, shortcut: g.shortcut, ownedU: ownedU, ownedV: g.owned[v]) else { continue }
                    if dfn[v] < 0 {
                        dfn[v] = Int32(count); vertex[count] = UInt32(v); parent[count] = dfn[u]; count += 1
                        child = v
                    }
                    predCount[Int(dfn[v]) + 1] += 1
                    if child >= 0 { break }
                }
                if child >= 0 {
                    stackEdge[top] = UInt32(e)
                    stackNode.append(UInt32(child)); stackEdge.append(g.first[child])
                } else {
                    stackNode.removeLast(); stackEdge.removeLast()
                }
            }
        }
    }

    /// DevTools' essential-edge rule plus the page-ownership rule, with the two page-ownership flags already read.
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
        var owned = [Bool].prefaulted(repeating: false, count: n)
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
