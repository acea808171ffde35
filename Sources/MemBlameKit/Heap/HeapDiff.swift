import Foundation

/// The three-snapshot technique in one step: the objects of the final snapshot allocated between the first
/// two (`maxOddId(s1) < id <= maxOddId(s2)`, DevTools' "Objects allocated between Snapshot 1 and Snapshot 2"
/// viewed on Snapshot 3), grouped by class with retained sizes over the final snapshot's dominator tree.
public struct HeapDiff {
    /// The first snapshot's largest odd id: the window's exclusive lower bound.
    public var lowerId: UInt32
    /// The second snapshot's largest odd id: the window's inclusive upper bound.
    public var upperId: UInt32
    /// The final snapshot (kept for retainer paths).
    public let final: HeapSnapshot
    /// Its distances (kept for retainer paths).
    public let distances: HeapDistances
    /// The survivors grouped by class, largest retained size first.
    public var rows: [HeapClassRow]
    /// Number of survivors counted.
    public var survivorCount: Int
    /// Sum of their self sizes, bytes.
    public var survivorSelfSize: Int64
    /// Union of their retained sizes, bytes (what freeing them all would give back).
    public var survivorRetainedSize: Int64

    /// Reads the three snapshots (`names` are what errors print) and computes the diff.
    /// - Throws: `.badInput` for a damaged or non-snapshot file, or when the ids show the files do not come from
    ///   one process in the order given.
    public init(s1: String, s2: String, s3: String, names: [String]? = nil, grouping: HeapGrouping = .class) throws {
        let loaded = try HeapDiff.load(s1: s1, s2: s2, s3: s3, names: names)
        self.init(final: loaded.final, lowerId: loaded.lowerId, upperId: loaded.upperId, grouping: grouping)
    }

    /// Reads the three files and checks they belong together, keeping only what the diff needs: the final snapshot
    /// and the id window. The final snapshot is parsed on a second thread while the baselines' ids are scanned (the
    /// files are read once each, two at a time); the checks then run in file order, so the error printed is the same
    /// as when they are read one after the other: a bad S1 or S2 first, then S3.
    /// - Parameter stage: called with each stage's name and wall-clock seconds (for the benchmark).
    /// - Throws: as `init(s1:s2:s3:names:grouping:)`.
    public static func load(s1: String, s2: String, s3: String, names: [String]? = nil,
                            stage: ((String, Double) -> Void)? = nil) throws -> (final: HeapSnapshot, lowerId: UInt32, upperId: UInt32) {
        let names = names ?? [s1, s2, s3]
        final class Parsed: @unchecked Sendable {
            var result: Result<HeapSnapshot, Error> = .failure(CancellationError())
            var seconds = 0.0
        }
        let parsed = Parsed()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global(qos: .userInitiated).async {
            let t0 = DispatchTime.now().uptimeNanoseconds
            parsed.result = Result { try HeapSnapshotParser.parse(path: s3, name: names[2]) }
            parsed.seconds = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
            group.leave()
        }
        func timed<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
            let t0 = DispatchTime.now().uptimeNanoseconds
            defer { stage?(name, Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9) }
            return try body()
        }
        let lowerId: UInt32, second: HeapSnapshotIds
        do {
            let first = try waitingOnError(group) { try timed("scan s1 (ids only)") { try HeapSnapshotParser.scanIds(path: s1, name: names[0]) } }
            second = try waitingOnError(group) { try timed("scan s2 (ids only)") { try HeapSnapshotParser.scanIds(path: s2, name: names[1]) } }
            try waitingOnError(group) { try timed("check s1/s2 belong together") { try checkBelongTogether(first, second) } }
            lowerId = first.maxOddId
        }
        timed("wait for s3 to be parsed") { group.wait() }
        stage?("parse s3 (full, second thread)", parsed.seconds)
        let final = try parsed.result.get()
        try timed("check s2/s3 belong together") { try checkBelongTogether(second, final) }
        return (final, lowerId, second.maxOddId)
    }

    /// Runs `body`; when it throws, waits for the second thread first (so no parse outlives the call).
    private static func waitingOnError<T>(_ group: DispatchGroup, _ body: () throws -> T) throws -> T {
        do { return try body() } catch {
            group.wait()
            throw error
        }
    }

    /// The diff of `final` for an id window already known.
    public init(final: HeapSnapshot, lowerId: UInt32, upperId: UInt32, grouping: HeapGrouping = .class) {
        self.final = final
        self.lowerId = lowerId
        self.upperId = upperId
        let (tree, distances) = HeapDiff.treeAndDistances(final)
        self.distances = distances
        let ids = final.nodeId
        let aggregate = HeapClassAggregator(final, tree: tree, distances: distances, grouping: grouping) { ids[$0] > lowerId && ids[$0] <= upperId }
        rows = aggregate.rows
        survivorCount = aggregate.totalCount
        survivorSelfSize = aggregate.totalSelfSize
        survivorRetainedSize = aggregate.totalRetainedSize
    }

    /// The dominator tree and, on a second thread beside the tree's last steps, the distances: two independent walks
    /// over the same read-only snapshot. The BFS starts only once the tree's largest arrays are freed, so its arrays
    /// (12 bytes per node, 8 kept) do not add to the peak of the semi-dominator loop.
    static func treeAndDistances(_ snapshot: HeapSnapshot) -> (DominatorTree, HeapDistances) {
        final class Box: @unchecked Sendable {  // the snapshot is only read; the result is read after the wait
            let snapshot: HeapSnapshot
            var distances: HeapDistances?
            init(_ snapshot: HeapSnapshot) { self.snapshot = snapshot }
        }
        let box = Box(snapshot)
        let group = DispatchGroup()
        let tree = DominatorTree(snapshot) {
            DispatchQueue.global(qos: .userInitiated).async(group: group) { box.distances = HeapDistances(box.snapshot) }
        }
        group.wait()
        return (tree, box.distances!)
    }

    /// The retainer path to the representative instance of `row`.
    public func retainerPath(for row: HeapClassRow) -> RetainerPath? {
        RetainerPath(final, distances: distances, to: row.representative)
    }

    // MARK: - Do the snapshots belong together?

    /// Refuses a second snapshot taken before the first, or by another process (ids cannot be compared).
    /// - Throws: `.badInput` located at `second`, with what to do instead.
    public static func checkBelongTogether(_ first: HeapSnapshotIds, _ second: HeapSnapshotIds) throws {
        if first.maxOddId >= second.maxOddId {
            throw MemBlameError(.badInput, "the newest object id of \(first.file) (@\(first.maxOddId)) is not below that of \(second.file) (@\(second.maxOddId)): "
                                + "give the snapshots in the order they were taken, all from one process", at: SourceLocation(file: second.file))
        }
        try checkSameVersion(first.v8Versions, second.v8Versions, older: first.file, newer: second.file)
        try checkSameProcess(older: first, newer: second.ids, newerTypes: second.types, newerTypeNames: second.nodeTypes, newerName: second.file)
    }

    /// Refuses snapshots written by different V8 versions (so by different processes), when both name one.
    /// - Throws: `.badInput` located at the newer file.
    static func checkSameVersion(_ older: Set<String>, _ newer: Set<String>, older olderName: String, newer newerName: String) throws {
        guard !older.isEmpty, !newer.isEmpty, older.isDisjoint(with: newer) else { return }
        throw MemBlameError(.badInput, "\(olderName) was written by V8 \(older.sorted().joined(separator: ", ")), \(newerName) by V8 \(newer.sorted().joined(separator: ", ")): "
                            + "the snapshots come from different Node processes; take all three from one running process", at: SourceLocation(file: newerName))
    }

    /// Refuses a final snapshot taken before `second`, or by another process.
    /// - Throws: `.badInput` located at `final`, with what to do instead.
    public static func checkBelongTogether(_ second: HeapSnapshotIds, _ final: HeapSnapshot) throws {
        if second.maxOddId > final.maxOddId {
            throw MemBlameError(.badInput, "the newest object id of \(second.file) (@\(second.maxOddId)) is above that of \(final.file) (@\(final.maxOddId)): "
                                + "give the snapshots in the order they were taken, all from one process", at: SourceLocation(file: final.file))
        }
        try checkSameVersion(second.v8Versions, final.v8Versions, older: second.file, newer: final.file)
        try checkSameProcess(older: second, newer: final.nodeId, newerTypes: final.nodeType, newerTypeNames: final.meta.nodeTypes, newerName: final.file)
    }

    private static func binarySearch(_ sample: [UInt64], _ key: UInt64) -> Int? {
        var lo = 0, hi = sample.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sample[mid] < key { lo = mid + 1 } else { hi = mid }
        }
        return lo < sample.count && sample[lo] == key ? lo : nil
    }

    /// Every object of the newer snapshot whose odd id is not above the older one's newest id existed when the older
    /// snapshot was taken, so it must be there with the same type. Snapshots of another process (ids restart at 1)
    /// fail this for about half the objects; one process fails it for none. An evenly spread sample of up to
    /// 20,000 such objects is checked (sorting a million ids would cost more than the whole diff).
    static func checkSameProcess(older: HeapSnapshotIds, newer: [UInt32], newerTypes: [UInt8], newerTypeNames: [String], newerName: String) throws {
        let limit = older.maxOddId
        let eligible = newer.reduce(0) { $0 + ($1 & 1 == 1 && $1 <= limit ? 1 : 0) }
        let step = max(1, eligible / 20_000)
        // Types are compared by name: the two files may list node types in different orders.
        let sameType = newerTypeNames.map { older.nodeTypes.firstIndex(of: $0).map(UInt8.init) ?? 255 }
        var sample: [UInt64] = []  // id << 8 | type in the older file's numbering
        var seen = 0
        for (id, type) in zip(newer, newerTypes) where id & 1 == 1 && id <= limit {
            if seen % step == 0 { sample.append(UInt64(id) << 8 | UInt64(sameType[Int(type)])) }
            seen += 1
        }
        sample.sort()
        var matched = [Bool](repeating: false, count: sample.count)
        if limit / 2 <= 1 << 28 {
            // A bitmap of the sampled odd ids (at most 32 MB): one lookup per object of the older snapshot.
            var sampled = [UInt64](repeating: 0, count: Int(limit / 2) / 64 + 1)
            for key in sample { let h = Int(key >> 9); sampled[h >> 6] |= 1 << UInt64(h & 63) }
            let lastHalf = Int(limit / 2)
            for (id, type) in zip(older.ids, older.types) where id & 1 == 1 {
                let h = Int(id >> 1)
                guard h <= lastHalf, sampled[h >> 6] & (1 << UInt64(h & 63)) != 0 else { continue }
                let key = UInt64(id) << 8 | UInt64(type)
                if let i = binarySearch(sample, key) { matched[i] = true }
            }
        } else {
            for (id, type) in zip(older.ids, older.types) where id & 1 == 1 {
                if let i = binarySearch(sample, UInt64(id) << 8 | UInt64(type)) { matched[i] = true }
            }
        }
        let checked = sample.count
        let mismatched = matched.reduce(0) { $0 + ($1 ? 0 : 1) }
        if checked >= 20 && mismatched * 100 > checked {
            let example = sample[matched.firstIndex(of: false)!] >> 8
            throw MemBlameError(.badInput, "\(mismatched) of \(checked) sampled objects that \(newerName) says existed before \(older.file) was taken "
                                + "are missing from it or have another type (e.g. @\(example)): the snapshots come from different processes "
                                + "(object ids restart in every process and cannot be ordered); take all three from one running process",
                                at: SourceLocation(file: newerName))
        }
    }
}
