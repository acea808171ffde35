import Foundation

/// Reliability of printed probabilities: of the answers given probability about p, how many were right; and the
/// expected calibration error (the bins' |mean p - share right|, weighted by their counts).
public enum Calibration {
    /// One bin of a reliability table.
    public struct Bin: Sendable, Equatable {
        public var lower: Double
        public var upper: Double
        public var count: Int
        public var meanProbability: Double
        public var shareRight: Double
    }

    /// The bin edges used in BENCHMARKS.md: finer where the printed probabilities crowd (near 1).
    public static let edges = [0.0, 0.5, 0.7, 0.8, 0.9, 0.95, 1.0001]

    /// The non-empty bins of `(probability, right)` pairs and the expected calibration error.
    public static func reliability(_ pairs: [(Double, Bool)], edges: [Double] = edges) -> (bins: [Bin], ece: Double) {
        var bins: [Bin] = []
        var ece = 0.0
        for b in 0..<(edges.count - 1) {
            let inBin = pairs.filter { $0.0 >= edges[b] && $0.0 < edges[b + 1] }
            guard !inBin.isEmpty else { continue }
            let meanP = inBin.map(\.0).reduce(0, +) / Double(inBin.count)
            let right = Double(inBin.filter(\.1).count) / Double(inBin.count)
            ece += Double(inBin.count) / Double(pairs.count) * abs(meanP - right)
            bins.append(Bin(lower: edges[b], upper: min(1, edges[b + 1]), count: inBin.count, meanProbability: meanP, shareRight: right))
        }
        return (bins, ece)
    }
}
