/// Residual sum of squares of a least-squares straight line over a segment, in O(1) per segment from
/// prefix sums of `n, Σx, Σy, Σx², Σxy, Σy²`.
///
/// The signal may be given as blocks of samples (each block carries the sums of its samples), so a
/// search can run on a coarse grid of candidate changepoints while the cost stays exact.
public struct LinearTrendCost: SegmentCost {
    private var cn: [Double] = [0], cx: [Double] = [0], cy: [Double] = [0]
    private var cxx: [Double] = [0], cxy: [Double] = [0], cyy: [Double] = [0]

    public var count: Int { cn.count - 1 }

    /// One sample per position: `x` (e.g. hours) and `y`.
    public init(x: [Double], y: [Double]) {
        precondition(x.count == y.count)
        reserve(x.count)
        for i in x.indices { append(n: 1, x: x[i], y: y[i], xx: x[i] * x[i], xy: x[i] * y[i], yy: y[i] * y[i]) }
    }

    /// Samples grouped into blocks of `blockSize` consecutive samples (the last block may be shorter).
    public init(x: [Double], y: [Double], blockSize: Int) {
        precondition(x.count == y.count && blockSize > 0)
        reserve(x.count / blockSize + 1)
        var i = 0
        while i < x.count {
            let e = min(x.count, i + blockSize)
            var sx = 0.0, sy = 0.0, sxx = 0.0, sxy = 0.0, syy = 0.0
            for j in i..<e { sx += x[j]; sy += y[j]; sxx += x[j] * x[j]; sxy += x[j] * y[j]; syy += y[j] * y[j] }
            append(n: Double(e - i), x: sx, y: sy, xx: sxx, xy: sxy, yy: syy)
            i = e
        }
    }

    private mutating func reserve(_ n: Int) {
        for k in [\LinearTrendCost.cn, \.cx, \.cy, \.cxx, \.cxy, \.cyy] { self[keyPath: k].reserveCapacity(n + 1) }
    }

    private mutating func append(n: Double, x: Double, y: Double, xx: Double, xy: Double, yy: Double) {
        cn.append(cn.last! + n); cx.append(cx.last! + x); cy.append(cy.last! + y)
        cxx.append(cxx.last! + xx); cxy.append(cxy.last! + xy); cyy.append(cyy.last! + yy)
    }

    public func cost(_ start: Int, _ end: Int) -> Double {
        let n = cn[end] - cn[start]
        guard n > 1 else { return 0 }
        let sx = cx[end] - cx[start], sy = cy[end] - cy[start]
        let sxx = (cxx[end] - cxx[start]) - sx * sx / n
        let sxy = (cxy[end] - cxy[start]) - sx * sy / n
        let syy = (cyy[end] - cyy[start]) - sy * sy / n
        guard sxx > 1e-12 else { return max(0, syy) }
        return max(0, syy - sxy * sxy / sxx)
    }

    /// Least-squares slope and intercept over `[start, end)`.
    public func line(_ start: Int, _ end: Int) -> (slope: Double, intercept: Double) {
        let n = cn[end] - cn[start]
        guard n > 0 else { return (0, 0) }
        let sx = cx[end] - cx[start], sy = cy[end] - cy[start]
        let sxx = (cxx[end] - cxx[start]) - sx * sx / n
        let sxy = (cxy[end] - cxy[start]) - sx * sy / n
        let slope = sxx > 1e-12 ? sxy / sxx : 0
        return (slope, (sy - slope * sx) / n)
    }
}
