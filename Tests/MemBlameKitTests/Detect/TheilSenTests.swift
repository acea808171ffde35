import Foundation
import Testing
@testable import MemBlameKit

@Suite struct TheilSenTests {
    @Test func exactLine() {
        let x = (0..<50).map(Double.init)
        let fit = TheilSen(x: x, y: x.map { 2 * $0 + 1 })
        #expect(fit.slope == 2)
        #expect(fit.intercept == 1)
        #expect(fit.mannKendallS == Double(50 * 49 / 2))
        #expect(fit.mannKendallP < 1e-10)
        #expect(fit.slopeLow == 2 && fit.slopeHigh == 2)
    }

    @Test func knownSmallExample() {
        // Pairwise slopes: -1 -1 .333 .5 .75 1 1 1.333 2 3 → median 0.875; S = 8 - 2 = 6; Var S = 5·4·15/18.
        let fit = TheilSen(x: [1, 2, 3, 4, 5], y: [1, 3, 2, 5, 4])
        #expect(abs(fit.slope - 0.875) < 1e-12)
        #expect(fit.mannKendallS == 6)
        #expect(abs(fit.mannKendallZ - 5 / (300.0 / 18).squareRoot()) < 1e-12)
    }

    @Test func tiesReduceTheVariance() {
        // Two pairs of ties: Var S = (5·4·15 − 2·(2·1·9)) / 18 = 264 / 18; S = 8 (all non-tied pairs rise).
        let fit = TheilSen(x: [1, 2, 3, 4, 5], y: [1, 1, 2, 2, 3])
        #expect(fit.mannKendallS == 8)
        #expect(abs(fit.mannKendallZ - 7 / (264.0 / 18).squareRoot()) < 1e-12)
    }

    @Test func constantSeriesHasNoTrend() {
        let fit = TheilSen(x: (0..<20).map(Double.init), y: Array(repeating: 5, count: 20))
        #expect(fit.slope == 0)
        #expect(fit.mannKendallZ == 0)
    }

    @Test func robustToOutliers() {
        var y = (0..<100).map { 0.5 * Double($0) }
        y[10] = 1000
        y[60] = -1000
        #expect(abs(TheilSen(x: (0..<100).map(Double.init), y: y).slope - 0.5) < 1e-9)
    }

    @Test func thinningIsDeterministicAndBounded() {
        let x = (0..<5000).map(Double.init)
        let y = x.map { 0.01 * $0 + sin($0) }
        let a = TheilSen(x: x, y: y), b = TheilSen(x: x, y: y)
        #expect(a == b)
        #expect(a.n == 200)
        #expect(abs(a.slope - 0.01) < 0.002)
    }

    @Test func medianAndSelect() {
        #expect(RobustStats.median([3, 1, 2]) == 2)
        #expect(RobustStats.median([4, 1, 3, 2]) == 2.5)
        var v: [Double] = [9, 7, 5, 3, 1, 2, 4, 6, 8]
        #expect(RobustStats.select(&v, 0) == 1)
        #expect(RobustStats.select(&v, 8) == 9)
        #expect(RobustStats.select(&v, 4) == 5)
    }
}
