import Foundation

/// Small robust statistics used across detection: medians, MAD, quantiles, the normal tail.
///
/// All functions are deterministic and allocate at most one copy of their input.
public enum RobustStats {
    /// The median of `values`; NaN when empty.
    public static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return .nan }
        var v = values
        return medianInPlace(&v)
    }

    /// The median, reordering `values` (quickselect, O(n) expected, deterministic pivots).
    public static func medianInPlace(_ values: inout [Double]) -> Double {
        let n = values.count
        guard n > 0 else { return .nan }
        if n % 2 == 1 { return select(&values, n / 2) }
        let hi = select(&values, n / 2)
        // After selecting n/2, the lower half holds everything below it: its maximum is the other middle.
        var lo = -Double.infinity
        for i in 0..<(n / 2) where values[i] > lo { lo = values[i] }
        return (lo + hi) / 2
    }

    /// The k-th smallest element (0-based), reordering `values`. Median-of-three pivots keep it deterministic.
    public static func select(_ values: inout [Double], _ k: Int) -> Double {
        // On the buffer: without per-access bounds and uniqueness checks, a selection costs half as much, and the
        // detector makes one per interval and statistic.
        values.withUnsafeMutableBufferPointer { v in
            var lo = 0, hi = v.count - 1
            while lo < hi {
                let mid = lo + (hi - lo) / 2
                let a = v[lo], b = v[mid], c = v[hi]
                let pivot = max(min(a, b), min(max(a, b), c))
                var i = lo, j = hi
                while i <= j {
                    while v[i] < pivot { i += 1 }
                    while v[j] > pivot { j -= 1 }
                    if i <= j { v.swapAt(i, j); i += 1; j -= 1 }
                }
                if k <= j { hi = j } else if k >= i { lo = i } else { return v[k] }
            }
            return v[k]
        }
    }

    /// The q-quantile (0...1) by linear interpolation between order statistics.
    public static func quantile(_ values: [Double], _ q: Double) -> Double {
        guard !values.isEmpty else { return .nan }
        let s = values.sorted()
        let pos = q * Double(s.count - 1)
        let i = Int(pos.rounded(.down))
        let f = pos - Double(i)
        return i + 1 < s.count ? s[i] * (1 - f) + s[i + 1] * f : s[i]
    }

    /// Median absolute deviation scaled to a normal standard deviation (1.4826 × MAD).
    public static func madSigma(_ values: [Double]) -> Double {
        // One copy: the median reorders it, and the deviations replace it in place (a median is an order statistic,
        // so the order the values are left in changes nothing).
        var v = values
        return madSigmaInPlace(&v)
    }

    /// The same, reusing `values` (left holding the absolute deviations): for a caller that built the array for it.
    public static func madSigmaInPlace(_ values: inout [Double]) -> Double {
        guard values.count > 1 else { return 0 }
        let m = medianInPlace(&values)
        values.withUnsafeMutableBufferPointer { b in for i in b.indices { b[i] = abs(b[i] - m) } }
        return 1.4826 * medianInPlace(&values)
    }

    /// The noise level of a sequence from its successive differences (robust to trends and level shifts).
    public static func differenceSigma(_ values: [Double]) -> Double {
        guard values.count > 2 else { return 0 }
        var diffs = [Double]()
        diffs.reserveCapacity(values.count - 1)
        for i in 1..<values.count { diffs.append(abs(values[i] - values[i - 1])) }
        return 1.4826 * medianInPlace(&diffs) / 2.0.squareRoot()
    }

    /// Two-sided p-value of a standard normal z.
    public static func twoSidedP(_ z: Double) -> Double { erfc(abs(z) / 2.0.squareRoot()) }

    /// The logistic function.
    public static func logistic(_ x: Double) -> Double { 1 / (1 + exp(-x)) }
}
