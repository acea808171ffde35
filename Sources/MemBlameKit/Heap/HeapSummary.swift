/// `memblame heap summary`: every object of one snapshot grouped by class, as DevTools' Summary view.
public struct HeapSummary {
    /// The rows, largest retained size first.
    public var rows: [HeapClassRow]
    /// Number of objects and their total self size, bytes.
    public var count: Int, selfSize: Int64
    /// The snapshot, for retainer paths.
    public let snapshot: HeapSnapshot

    /// Parses `path` and aggregates all of it.
    /// - Throws: as `HeapSnapshotParser.parse`.
    public init(path: String, name: String? = nil, grouping: HeapGrouping = .class) throws {
        snapshot = try HeapSnapshotParser.parse(path: path, name: name)
        let (tree, distances) = HeapDiff.treeAndDistances(snapshot)
        let aggregate = HeapClassAggregator(snapshot, tree: tree, distances: distances, grouping: grouping) { _ in true }
        rows = aggregate.rows
        count = aggregate.totalCount
        selfSize = aggregate.totalSelfSize
    }
}
