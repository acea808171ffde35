/// The cost of fitting one segment `[start, end)` of a signal, for changepoint search methods
/// (the split ruptures makes: the search method knows nothing of the model).
public protocol SegmentCost {
    /// Number of samples (or sample blocks) in the signal.
    var count: Int { get }
    /// Cost of the samples `start..<end`; lower is a better fit.
    func cost(_ start: Int, _ end: Int) -> Double
}
