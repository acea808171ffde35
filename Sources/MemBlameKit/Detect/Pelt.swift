/// Pruned Exact Linear Time changepoint search (Killick, Fearnhead & Eckley 2012): the optimal
/// segmentation minimising `Σ cost + penalty × changepoints`, with candidates pruned as soon as they
/// can no longer be optimal. Positions are multiples of `jump`; segments are at least `minSize` long.
///
/// Generic over the cost, so the method, the cost and the penalty are tested apart.
public struct Pelt<Cost: SegmentCost> {
    public var cost: Cost
    public var minSize: Int
    public var jump: Int

    public init(cost: Cost, minSize: Int = 2, jump: Int = 1) {
        self.cost = cost
        self.minSize = max(1, minSize)
        self.jump = max(1, jump)
    }

    /// The changepoints (segment ends, exclusive; the last is `cost.count`), as ruptures returns them.
    public func segment(penalty: Penalty) -> [Int] {
        let n = cost.count
        guard n >= 2 * minSize else { return [n] }
        var positions = Swift.stride(from: 0, to: n, by: jump).map { $0 }
        if positions.last != n { positions.append(n) }
        // best[i]: optimal cost of the signal up to positions[i]; last[i]: index of the previous changepoint.
        var best = [Double](repeating: .infinity, count: positions.count)
        var last = [Int](repeating: 0, count: positions.count)
        best[0] = -penalty.value
        var admissible: [Int] = [0]
        var scratch: [Double] = []
        for i in 1..<positions.count {
            let end = positions[i]
            var minimum = Double.infinity
            var argmin = -1
            scratch.removeAll(keepingCapacity: true)
            for a in admissible {
                let start = positions[a]
                guard end - start >= minSize else { scratch.append(.infinity); continue }
                let total = best[a] + cost.cost(start, end) + penalty.value
                scratch.append(total)
                if total < minimum { minimum = total; argmin = a }
            }
            if argmin >= 0 {
                best[i] = minimum
                last[i] = argmin
                // Prune: a start whose cost already exceeds the optimum plus one penalty never wins later.
                var kept: [Int] = []
                kept.reserveCapacity(admissible.count + 1)
                for (k, a) in admissible.enumerated() where scratch[k] - penalty.value <= minimum || scratch[k] == .infinity {
                    kept.append(a)
                }
                admissible = kept
            }
            admissible.append(i)
        }
        var ends: [Int] = []
        var i = positions.count - 1
        while i > 0 {
            ends.append(positions[i])
            i = last[i]
        }
        return ends.reversed()
    }
}
