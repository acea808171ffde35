import Foundation

/// A daily traffic cycle (24 h and 12 h harmonics) fitted over the whole series, to subtract before
/// per-interval trends: a partial day of a cycle otherwise looks like growth or decline.
///
/// The harmonics are shared by all intervals while each interval keeps its own level and slope
/// (the Frisch-Waugh-Lovell partialling: harmonics and values are detrended per interval, then
/// regressed on each other), so a leak's slope does not leak into the cycle and vice versa.
public struct DailyCycle: Sendable, Equatable {
    /// Coefficients of sin/cos for 24 h, then sin/cos for 12 h.
    public var coefficients: [Double]

    public static let none = DailyCycle(coefficients: [0, 0, 0, 0])

    public init(coefficients: [Double]) { self.coefficients = coefficients }

    /// Peak-to-trough amplitude of the fitted cycle (approximate, from the 24 h term and the 12 h term).
    public var amplitude: Double {
        let a1 = (coefficients[0] * coefficients[0] + coefficients[1] * coefficients[1]).squareRoot()
        let a2 = (coefficients[2] * coefficients[2] + coefficients[3] * coefficients[3]).squareRoot()
        return 2 * (a1 + a2)
    }

    /// The cycle's value at unix time `ts`.
    public func value(at ts: Int64) -> Double {
        let f = DailyCycle.features(ts)
        return zip(coefficients, f).reduce(0) { $0 + $1.0 * $1.1 }
    }

    /// `value(at:)` for every time in `ts`, each second of the day computed once (bins are minutes or coarser, so a
    /// year of them has at most 1,440 distinct ones).
    public func values(at ts: [Int64]) -> [Double] {
        var cache: [Int64: Double] = [:]
        return ts.map { t in
            let second = ((t % 86400) + 86400) % 86400
            if let v = cache[second] { return v }
            let v = value(at: t)
            cache[second] = v
            return v
        }
    }

    static func features(_ ts: Int64) -> [Double] {
        let phase = 2 * Double.pi * Double(((ts % 86400) + 86400) % 86400) / 86400
        return [sin(phase), cos(phase), sin(2 * phase), cos(2 * phase)]
    }

    /// Fits the cycle on `bins` restricted to `ranges` (bin index ranges, one per interval).
    /// Returns `.none` when the data span less than two days.
    public static func fit(bins: Bins, ranges: [Range<Int>]) -> DailyCycle {
        guard let first = bins.ts.first, let last = bins.ts.last, last - first >= 2 * 86400 else { return .none }
        var xtx = [Double](repeating: 0, count: 16)
        var xty = [Double](repeating: 0, count: 4)
        let hours = bins.hours(from: first)
        // Long intervals are cut into pieces of one to two days, each with its own line, so a bend
        // (a leak starting mid-interval) cannot pass for part of a cycle.
        var pieces: [Range<Int>] = []
        // Only intervals of 8 hours or more: within a shorter one a 24-hour wave is nearly a straight line, the
        // fit is ill-conditioned, and a cycle "found" there is the leak's sawtooth (deploys every 1-4 hours).
        for range in ranges where range.count >= 12 {
            let span = Double(bins.ts[range.upperBound - 1] - bins.ts[range.lowerBound])
            guard span >= 8 * 3600 else { continue }
            let parts = max(1, Int(span / (36 * 3600)))
            for k in 0..<parts {
                let lo = range.lowerBound + range.count * k / parts
                let hi = range.lowerBound + range.count * (k + 1) / parts
                pieces.append(lo..<hi)
            }
        }
        for range in pieces where range.count >= 12 {
            // Residuals of each column after a straight line over this interval.
            let t = Array(hours[range])
            let tm = t.reduce(0, +) / Double(t.count)
            let stt = t.reduce(0) { $0 + ($1 - tm) * ($1 - tm) }
            guard stt > 0 else { continue }
            func detrend(_ v: [Double]) -> [Double] {
                let vm = v.reduce(0, +) / Double(v.count)
                var stv = 0.0
                for i in v.indices { stv += (t[i] - tm) * (v[i] - vm) }
                let b = stv / stt
                return v.indices.map { v[$0] - vm - b * (t[$0] - tm) }
            }
            let feats = range.map { features(bins.ts[$0]) }
            let columns = (0..<4).map { k in detrend(feats.map { $0[k] }) }
            let y = detrend(Array(bins.value[range]))
            for i in y.indices {
                for a in 0..<4 {
                    xty[a] += columns[a][i] * y[i]
                    for b in 0..<4 { xtx[a * 4 + b] += columns[a][i] * columns[b][i] }
                }
            }
        }
        guard let solution = LinearSolve.solve(xtx, xty, size: 4) else { return .none }
        return DailyCycle(coefficients: solution)
    }
}

/// Gaussian elimination with partial pivoting for the small normal equations of detection.
public enum LinearSolve {
    /// Solves `a·x = b` for a row-major `size × size` matrix; nil when singular.
    public static func solve(_ a: [Double], _ b: [Double], size n: Int) -> [Double]? {
        var m = a, v = b
        for col in 0..<n {
            var pivot = col
            for r in (col + 1)..<max(col + 1, n) where abs(m[r * n + col]) > abs(m[pivot * n + col]) { pivot = r }
            guard abs(m[pivot * n + col]) > 1e-12 else { return nil }
            if pivot != col {
                for k in 0..<n { m.swapAt(col * n + k, pivot * n + k) }
                v.swapAt(col, pivot)
            }
            for r in (col + 1)..<max(col + 1, n) {
                let f = m[r * n + col] / m[col * n + col]
                if f == 0 { continue }
                for k in col..<n { m[r * n + k] -= f * m[col * n + k] }
                v[r] -= f * v[col]
            }
        }
        var x = [Double](repeating: 0, count: n)
        for r in stride(from: n - 1, through: 0, by: -1) {
            var s = v[r]
            for k in (r + 1)..<max(r + 1, n) { s -= m[r * n + k] * x[k] }
            x[r] = s / m[r * n + r]
        }
        return x
    }
}
