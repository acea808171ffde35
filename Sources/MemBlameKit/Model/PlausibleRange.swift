/// The values a memory series can plausibly hold, checked as each point is imported so that nothing downstream
/// (the detector, chart coordinates, integer conversions) ever sees a value it cannot handle.
///
/// Bytes and the other size units: at most a petabyte in magnitude (1e15 bytes); percent: -1000 to 10000
/// (CloudWatch's MemoryUtilization passes 100 when a task uses more than it reserved, never by this much);
/// other units (Count, None): at most 1e15 in magnitude. Times: years 1 to 9999.
public enum PlausibleRange {
    /// The largest magnitude accepted for `unit`, in that unit.
    public static func values(for unit: MetricUnit) -> ClosedRange<Double> {
        switch unit {
        case .percent: return -1000...10_000
        case .kilobytes: return -1e12...1e12
        case .megabytes: return -1e9...1e9
        case .gigabytes: return -1e6...1e6
        default: return -1e15...1e15
        }
    }

    /// Throws a located bad-input error (exit 65) when `value` or `ts` is outside the plausible range.
    @inline(__always)
    public static func check(ts: Int64, value: Double, range: ClosedRange<Double>, unit: MetricUnit,
                             at location: @autoclosure () -> SourceLocation) throws {
        guard range.contains(value), OptionValues.timeRange.contains(ts) else {
            if !OptionValues.timeRange.contains(ts) {
                throw MemBlameError.badInput("time \(ts) (unix seconds) is outside years 1 to 9999", at: location())
            }
            throw MemBlameError.badInput("value \(value) is outside the plausible range for \(unit) (\(format(range.lowerBound)) to \(format(range.upperBound)))", at: location())
        }
    }

    static func format(_ v: Double) -> String {
        abs(v) >= 1e6 ? "\(v)" : String(Int(v))
    }
}
