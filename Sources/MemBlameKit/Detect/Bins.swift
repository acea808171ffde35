import Foundation

/// A series reduced to fixed-width time bins: the median (robust to one-minute spikes) and the maximum
/// (to see values near the limit before an out-of-memory kill) of the points in each bin.
///
/// Empty bins (gaps) are left out, so consecutive bins may be more than one width apart.
public struct Bins: Sendable {
    /// Start of each bin, unix seconds.
    public var ts: [Int64]
    /// Median of the points in the bin.
    public var value: [Double]
    /// Maximum of the points in the bin.
    public var maximum: [Double]
    /// Width of a bin in seconds.
    public var width: Int64

    public var count: Int { ts.count }

    /// Hours since `origin` of each bin's middle, for regressions in units per hour.
    public func hours(from origin: Int64) -> [Double] { hours(from: origin, in: ts.indices) }

    /// Hours since `origin` of the middles of the bins in `range` only, so an interval's regression costs its
    /// own length rather than the whole series'.
    public func hours(from origin: Int64, in range: Range<Int>) -> [Double] {
        let half = Double(width) / 2
        return ts[range].map { (Double($0 - origin) + half) / 3600 }
    }

    /// Index of the first bin starting at or after `t` (binary search).
    public func firstIndex(atOrAfter t: Int64) -> Int {
        var lo = 0, hi = ts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if ts[mid] < t { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The series' sampling step in seconds: the median gap between consecutive points (sampled).
    public static func sampleStep(of points: [Point]) -> Int64 {
        guard points.count > 1 else { return 60 }
        var steps: [Double] = []
        let stride = max(1, points.count / 2000)
        var i = stride
        while i < points.count { steps.append(Double(points[i].ts - points[i - 1].ts)); i += stride }
        return Int64(max(1, RobustStats.median(steps)))
    }

    /// Bins `points` (sorted by ts) into bins of `width` seconds aligned to multiples of the width.
    public init(points: [Point], width: Int64) {
        self.width = max(1, width)
        ts = []
        value = []
        maximum = []
        var group: [Double] = []
        var current = Int64.min
        func flush() {
            guard !group.isEmpty else { return }
            ts.append(current)
            maximum.append(group.max()!)
            value.append(group.count <= 2 ? group.reduce(0, +) / Double(group.count) : RobustStats.medianInPlace(&group))
            group.removeAll(keepingCapacity: true)
        }
        for p in points where p.value.isFinite {
            let start = p.ts >= 0 ? p.ts / self.width * self.width : (p.ts - self.width + 1) / self.width * self.width
            if start != current { flush(); current = start }
            group.append(p.value)
        }
        flush()
    }

    /// The bin width used for a series: at least 5 minutes and the sampling step, at most 50 000 bins overall.
    public static func width(for points: [Point]) -> Int64 {
        guard points.count > 1 else { return 300 }
        let step = sampleStep(of: points)
        let span = points.last!.ts - points.first!.ts
        // Three samples per bin at least, so the median removes a one-sample spike.
        var w = max(300, 3 * step)
        if span / w > 50_000 { w = (span / 50_000 + 59) / 60 * 60 }
        return w
    }
}
