import Foundation

/// A value axis with "nice" bounds and ticks (1, 2, 2.5, 5 times a power of ten) and labels in the
/// series' unit, scaled to KiB/MiB/GiB for byte units.
public struct ValueAxis: Sendable, Equatable {
    public var lower: Double
    public var upper: Double
    public var step: Double
    public var unit: MetricUnit

    /// The tick values from `lower` to `upper`.
    public var ticks: [Double] {
        let ratio = ((upper - lower) / step).rounded()
        guard step > 0, ratio.isFinite, ratio >= 0 else { return [lower] }
        let count = Int(Swift.min(ratio, 1000))
        return (0...count).map { lower + Double($0) * step }
    }

    /// An axis covering `low...high` with about `targetTicks` ticks. Starts at zero when zero is near
    /// (memory charts read best from zero); includes `limit` only when the data comes within 85 % of it.
    /// Values beyond `±maxMagnitude` (a database written by hand, or by an older memblame, may hold any double)
    /// are drawn at the axis edge: the axis never spans more, so every coordinate stays finite.
    public static let maxMagnitude = 1e18

    /// `v` limited to `lo...hi`; `lo` for NaN.
    public static func clamp(_ v: Double, _ lo: Double, _ hi: Double) -> Double {
        v.isNaN ? lo : Swift.min(Swift.max(v, lo), hi)
    }

    public static func make(low: Double, high: Double, limit: Double? = nil, unit: MetricUnit, targetTicks: Int) -> ValueAxis {
        var lo = low.isFinite ? clamp(low, -maxMagnitude, maxMagnitude) : 0
        var hi = high.isFinite ? clamp(high, -maxMagnitude, maxMagnitude) : 1
        if let limit, limit.isFinite, abs(limit) <= maxMagnitude, hi >= 0.85 * limit, limit > hi { hi = limit }
        if lo >= 0, lo < 0.5 * hi { lo = 0 }
        if hi <= lo { hi = lo + Swift.max(abs(lo) * 0.1, 1) }
        // Nice steps in the displayed unit: 256 MiB steps, not 200,000,000-byte ones.
        let divisor = ValueAxis(lower: lo, upper: hi, step: 1, unit: unit).scale.divisor
        let step = niceStep((hi - lo) / divisor / Double(Swift.max(targetTicks - 1, 1))) * divisor
        let lower = (lo / step).rounded(.down) * step
        var upper = (hi / step).rounded(.up) * step
        if upper <= lower { upper = lower + step }
        return ValueAxis(lower: lower, upper: upper, step: step, unit: unit)
    }

    /// The smallest 1/2/2.5/5 x 10^k not below `raw`.
    public static func niceStep(_ raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        let magnitude = pow(10, (log10(raw)).rounded(.down))
        for factor in [1, 2, 2.5, 5, 10] where factor * magnitude >= raw * (1 - 1e-9) { return factor * magnitude }
        return 10 * magnitude
    }

    /// The binary scale for byte units (`1.5 GiB` rather than `1610612736 B`), chosen from the axis top.
    var scale: (divisor: Double, symbol: String) {
        let base: Double
        switch unit {
        case .bytes: base = 1
        case .kilobytes: base = 1024
        case .megabytes: base = 1024 * 1024
        case .gigabytes: base = 1024 * 1024 * 1024
        default: return (1, unit.symbol)
        }
        let top = Swift.max(abs(upper), abs(lower)) * base
        let names = ["B", "KiB", "MiB", "GiB", "TiB"]
        var index = 0
        while index < names.count - 1, top >= pow(1024, Double(index + 1)) { index += 1 }
        return (pow(1024, Double(index)) / base, names[index])
    }

    /// A tick label with its unit: `40%`, `1.5 GiB`, `300 Count`.
    public func label(_ value: Double) -> String {
        let (divisor, symbol) = scale
        let scaledStep = step / divisor
        let magnitude = scaledStep > 0 && scaledStep.isFinite ? (-log10(scaledStep)).rounded(.up) : 0
        var decimals = Int(Self.clamp(magnitude, 0, 7))
        // 2.5-steps need one more digit than their power of ten suggests.
        if (scaledStep * pow(10, Double(decimals))).truncatingRemainder(dividingBy: 1) > 1e-6 { decimals += 1 }
        // Huge values (far beyond any real memory) print as %g so a label stays short.
        let number = abs(value / divisor) >= 1e9 ? String(format: "%.3g", value / divisor)
            : String(format: "%.\(Swift.min(decimals, 6))f", value / divisor)
        if symbol.isEmpty { return number }
        return symbol == "%" ? number + "%" : number + " " + symbol
    }

    /// A data value for hover texts and summaries, with three significant figures.
    public func format(_ value: Double) -> String {
        let (divisor, symbol) = scale
        let number = String(format: "%.3g", value / divisor)
        if symbol.isEmpty { return number }
        return symbol == "%" ? number + "%" : number + " " + symbol
    }
}
