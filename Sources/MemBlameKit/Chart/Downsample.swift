/// The points that fall into one chart column, summarised: lowest, highest, first and last value.
public struct Envelope: Sendable, Equatable {
    public var min: Double
    public var max: Double
    public var first: Double
    public var last: Double
    public var count: Int

    public init(min: Double, max: Double, first: Double, last: Double, count: Int) {
        self.min = min
        self.max = max
        self.first = first
        self.last = last
        self.count = count
    }
}

/// Reduces a series to one min-max envelope per column, so a one-minute spike in a month of data
/// still reaches its full height (averaging would flatten it).
public enum Downsample {
    /// The column (0..<columns) a time falls into; times outside the range clamp to the edges.
    public static func column(of ts: Int64, range: ClosedRange<Int64>, columns: Int) -> Int {
        let span = range.upperBound - range.lowerBound
        guard columns > 1, span > 0 else { return 0 }
        let offset = Swift.min(Swift.max(ts - range.lowerBound, 0), span)
        // Multiply in Double: (offset * columns) could overflow for absurd spans.
        let c = Int(Double(offset) * Double(columns) / Double(span))
        return Swift.min(c, columns - 1)
    }

    /// The time at the left edge of a column (for hover texts and inverse lookups).
    public static func time(atColumn column: Int, range: ClosedRange<Int64>, columns: Int) -> Int64 {
        let span = Double(range.upperBound - range.lowerBound)
        return range.lowerBound + Int64((Double(column) * span / Double(Swift.max(columns, 1))).rounded(.down))
    }

    /// One envelope per column for the points inside `range` (nil where a column has none), in one pass.
    ///
    /// `points` must be sorted by time; non-finite values are skipped.
    public static func envelopes(_ points: [Point], range: ClosedRange<Int64>, columns: Int) -> [Envelope?] {
        var out = [Envelope?](repeating: nil, count: Swift.max(columns, 0))
        guard columns > 0 else { return out }
        for p in points where range.contains(p.ts) && p.value.isFinite {
            let c = column(of: p.ts, range: range, columns: columns)
            if var e = out[c] {
                e.min = Swift.min(e.min, p.value)
                e.max = Swift.max(e.max, p.value)
                e.last = p.value
                e.count += 1
                out[c] = e
            } else {
                out[c] = Envelope(min: p.value, max: p.value, first: p.value, last: p.value, count: 1)
            }
        }
        return out
    }

    /// Widens each envelope to reach its left neighbour's last value, so a steep rise between two
    /// columns draws as a connected line instead of separate dots. Gaps (nil columns) stay gaps.
    public static func connected(_ columns: [Envelope?]) -> [(low: Double, high: Double)?] {
        var out: [(low: Double, high: Double)?] = columns.map { $0.map { ($0.min, $0.max) } }
        for i in columns.indices.dropFirst() {
            guard let left = columns[i - 1], let right = columns[i] else { continue }
            // Meet halfway: each column draws half of the step between them.
            let mid = (left.last + right.first) / 2
            out[i - 1] = (Swift.min(out[i - 1]!.low, mid), Swift.max(out[i - 1]!.high, mid))
            out[i] = (Swift.min(out[i]!.low, mid), Swift.max(out[i]!.high, mid))
        }
        return out
    }
}
