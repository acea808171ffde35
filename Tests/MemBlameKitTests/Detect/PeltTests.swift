import Foundation
import Testing
import MemBlameTestSupport
@testable import MemBlameKit

@Suite struct PeltTests {
    @Test func linearCostKnownSegments() {
        let cost = LinearTrendCost(x: [0, 1, 2, 3], y: [0, 1, 0, 1])
        // x̄ = 1.5, ȳ = .5, Sxy = 1, Sxx = 5, Syy = 1 → RSS = 1 − 1/5.
        #expect(abs(cost.cost(0, 4) - 0.8) < 1e-12)
        #expect(cost.cost(0, 2) == 0) // two points always fit a line
        let line = LinearTrendCost(x: (0..<10).map(Double.init), y: (0..<10).map { 3 * Double($0) - 2 })
        #expect(line.cost(0, 10) < 1e-9)
        #expect(abs(line.line(2, 8).slope - 3) < 1e-12)
        #expect(abs(line.line(2, 8).intercept + 2) < 1e-9)
    }

    @Test func blocksGiveTheSameCostAsSamples() {
        let x = (0..<100).map(Double.init)
        let y = x.map { $0 < 50 ? 1 : 0.2 * $0 }
        let samples = LinearTrendCost(x: x, y: y)
        let blocks = LinearTrendCost(x: x, y: y, blockSize: 10)
        #expect(blocks.count == 10)
        #expect(abs(blocks.cost(0, 10) - samples.cost(0, 100)) < 1e-6)
        #expect(abs(blocks.cost(2, 7) - samples.cost(20, 70)) < 1e-6)
    }

    @Test func penaltyIsBIC() {
        let p = Penalty.bic(noiseVariance: 0.25, n: 1000)
        #expect(abs(p.value - 3 * 0.25 * log(1000.0)) < 1e-12)
        #expect(Penalty.bic(noiseVariance: 0.25, n: 1000, scale: 2).value == 2 * p.value)
    }

    @Test func findsKnownBreakpointsOfAPiecewiseLinearSignal() {
        // Flat, then rising, then falling steeply, then flat: breakpoints at 300, 600, 800.
        var rng = SplitMix64(seed: 11)
        let x = (0..<1000).map { Double($0) / 10 }
        let truth = x.indices.map { i -> Double in
            switch i {
            case ..<300: return 5
            case ..<600: return 5 + 0.5 * (x[i] - 30)
            case ..<800: return 20 - 1.0 * (x[i] - 60)
            default: return 0
            }
        }
        let y = truth.map { $0 + 0.2 * rng.normal() }
        let ends = Pelt(cost: LinearTrendCost(x: x, y: y), minSize: 20).segment(penalty: Penalty.bic(noiseVariance: 0.04, n: 1000))
        #expect(ends.count == 4)
        for (found, expected) in zip(ends, [300, 600, 800, 1000]) { #expect(abs(found - expected) <= 5) }
    }

    @Test func noiseAloneIsNeverSplit() {
        var rng = SplitMix64(seed: 3)
        let x = (0..<2000).map(Double.init)
        let y = x.map { _ in rng.normal() }
        #expect(Pelt(cost: LinearTrendCost(x: x, y: y), minSize: 10, jump: 5).segment(penalty: Penalty.bic(noiseVariance: 1, n: 2000)) == [2000])
    }

    @Test func aLoneSpikeIsNeverAChange() {
        var y = Array(repeating: 10.0, count: 500)
        y[250] = 500
        let x = (0..<500).map(Double.init)
        let ends = Pelt(cost: LinearTrendCost(x: x, y: y), minSize: 30).segment(penalty: Penalty.bic(noiseVariance: 1, n: 500))
        // With a minimum segment length the spike cannot be a segment of its own.
        let lengths = zip(ends, [0] + ends).map { $0 - $1 }
        #expect(lengths.allSatisfy { $0 >= 30 })
    }
}
