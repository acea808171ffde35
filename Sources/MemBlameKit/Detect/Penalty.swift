import Foundation

/// The price of one more changepoint, so noise is never split: a BIC-type penalty scaled to the
/// noise variance, `scale · (parameters per segment) · σ² · ln n`.
public struct Penalty: Sendable, Equatable {
    /// The penalty value added per changepoint (in the cost's units: squared signal units).
    public var value: Double

    public init(value: Double) { self.value = value }

    /// BIC for a cost that is a residual sum of squares: each new segment adds `parameters` free
    /// parameters (intercept, slope, location = 3 for a linear trend), each worth `σ² ln n`.
    /// - Parameters:
    ///   - noiseVariance: σ² of the samples around the true signal.
    ///   - n: number of samples.
    ///   - scale: above 1 finds fewer changes (1 / sensitivity).
    public static func bic(noiseVariance: Double, n: Int, parameters: Int = 3, scale: Double = 1) -> Penalty {
        Penalty(value: scale * Double(parameters) * max(noiseVariance, 1e-12) * log(Double(max(n, 2))))
    }
}
