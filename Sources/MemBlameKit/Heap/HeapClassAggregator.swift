/// One row of a heap summary or diff: the objects of one class (DevTools' Summary view grouping).
public struct HeapClassRow: Sendable, Equatable {
    /// Class name as classic DevTools shows it: constructor name, `(closure)`, `(string)`, `(system)`, ...
    public var name: String
    /// The node type of the group's first node (`object`, `closure`, `native`, ...).
    public var type: String
    /// Number of objects counted (nodes with a self size, or native nodes).
    public var count: Int
    /// Sum of self sizes, bytes.
    public var selfSize: Int64
    /// Class retained size, bytes: retained sizes of the group's objects that no other object of the group dominates.
    /// Overlaps across classes (an object's row and the rows of what it holds both count it): never sum the column.
    public var retainedSize: Int64
    /// Smallest distance from the roots in the group (≥ `HeapDistances.systemBase` when only system roots reach it).
    public var distance: Int32
    /// Ordinal of one instance: the closest to the roots, the largest on ties (for retainer paths).
    public var representative: Int
}

/// How objects are grouped into rows.
public enum HeapGrouping: String, CaseIterable, Sendable {
    /// Classic Chrome DevTools class names: `IncomingMessage`, `(closure)`, `(string)`, `(system)`.
    case `class`
    /// memlab's `name (type)` keys: closures split by function name (`onData (closure)`), strings by value.
    case memlab
}

/// Groups selected nodes by class with count, self size, class retained size and distance, as DevTools'
/// `_buildAggregates` and `_calculateClassesRetainedSize` do.
public struct HeapClassAggregator {
    /// The rows, largest retained size first.
    public private(set) var rows: [HeapClassRow] = []
    /// Number of counted nodes.
    public private(set) var totalCount = 0
    /// Sum of their self sizes.
    public private(set) var totalSelfSize: Int64 = 0
    /// Memory freed if all counted nodes went: the union of their retained sizes (nodes no other counted node dominates).
    public private(set) var totalRetainedSize: Int64 = 0

    /// Aggregates the nodes for which `include` is true (and that have a self size or are native, DevTools' rule).
    public init(_ snapshot: HeapSnapshot, tree: DominatorTree, distances: HeapDistances, grouping: HeapGrouping = .class,
                include: (Int) -> Bool) {
        let n = snapshot.nodeCount, meta = snapshot.meta
        var classOf = [Int32].prefaulted(repeating: -1, count: n)
        var classByKey: [Int: Int32] = [:], classByName: [String: Int32] = [:]

        for v in 0..<n {
            let type = snapshot.nodeType[v]
            guard snapshot.nodeSelfSize[v] != 0 || type == meta.nativeType, include(v) else { continue }
            // DevTools: object and native classes are their names, every other class is its type. memlab: name and type.
            let key: Int
            switch grouping {
            case .class: key = type == meta.objectType || type == meta.nativeType ? Int(snapshot.nodeName[v]) : -1 - Int(type)
            case .memlab: key = Int(snapshot.nodeName[v]) << 8 | Int(type)
            }
            let c: Int32
            if let known = classByKey[key] { c = known } else {
                let name = grouping == .class ? snapshot.className(of: v) : "\(snapshot.name(of: v)) (\(snapshot.typeName(of: v)))"
                if let same = classByName[name] { c = same } else {
                    c = Int32(rows.count)
                    classByName[name] = c
                    rows.append(HeapClassRow(name: name, type: snapshot.typeName(of: v), count: 0, selfSize: 0, retainedSize: 0,
                                             distance: Int32.max, representative: v))
                }
                classByKey[key] = c
            }
            classOf[v] = c
            let d = distances.distance[v] < 0 ? Int32.max : distances.distance[v]
            let size = snapshot.nodeSelfSize[v]
            rows[Int(c)].count += 1
            rows[Int(c)].selfSize += size
            totalCount += 1
            totalSelfSize += size
            let r = rows[Int(c)].representative
            let rd = distances.distance[r] < 0 ? Int32.max : distances.distance[r]
            if d < rd || (d == rd && tree.retainedSize[v] > tree.retainedSize[r]) { rows[Int(c)].representative = v }
            if d < rows[Int(c)].distance { rows[Int(c)].distance = d }
        }

        // up[v]: the nearest strict dominator that is itself counted (in preorder, dominators come first).
        let none = UInt32.max
        var up = [UInt32].prefaulted(repeating: none, count: n)
        for w in tree.preorder {
            let v = Int(w), d = Int(tree.dominator[v])
            if d == v { continue }
            up[v] = classOf[d] >= 0 ? UInt32(d) : up[d]
        }
        for v in 0..<n where classOf[v] >= 0 {
            var a = up[v], shadowed = false
            if a == none { totalRetainedSize += tree.retainedSize[v] }
            while a != none {
                if classOf[Int(a)] == classOf[v] { shadowed = true; break }
                a = up[Int(a)]
            }
            if !shadowed { rows[Int(classOf[v])].retainedSize += tree.retainedSize[v] }
        }
        rows.sort { ($0.retainedSize, $0.count, $1.name) > ($1.retainedSize, $1.count, $0.name) }
    }
}
