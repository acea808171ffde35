/// One labelled tick of a time axis.
public struct TimeTick: Sendable, Equatable {
    /// Unix seconds, UTC.
    public var ts: Int64
    /// `Nov 24` at midnight or for steps of a day and more, else `12:00` (UTC).
    public var label: String
}

/// Picks round time steps (minutes, hours, days, weeks) for an axis and labels them so they never overlap.
public enum TimeAxis {
    /// The candidate steps in seconds, finest first.
    public static let steps: [Int64] = [60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200,
                                        86400, 2 * 86400, 7 * 86400, 14 * 86400, 28 * 86400, 56 * 86400,
                                        91 * 86400, 182 * 86400, 364 * 86400]

    /// The widest label (`Nov 24`, `12:00`).
    public static let labelWidth = 6

    /// The finest step whose ticks are at least `minSpacing` units apart when `span` seconds take `length` units.
    public static func step(span: Int64, length: Double, minSpacing: Double) -> Int64 {
        guard span > 0, length > 0 else { return steps.last! }
        for step in steps where Double(step) * length / Double(span) >= minSpacing { return step }
        return steps.last!
    }

    /// The ticks inside `range` at multiples of `step`: whole UTC minutes, hours and days; weeks start on Monday.
    public static func ticks(range: ClosedRange<Int64>, step: Int64) -> [TimeTick] {
        // 1970-01-01 was a Thursday: shift week-sized steps so they fall on Mondays.
        let origin: Int64 = step >= 7 * 86400 ? 4 * 86400 : 0
        var t = floorDiv(range.lowerBound - origin, step) * step + origin
        if t < range.lowerBound { t += step }
        var out: [TimeTick] = []
        while t <= range.upperBound {
            out.append(TimeTick(ts: t, label: label(t, step: step)))
            t += step
        }
        return out
    }

    /// `Nov 24` for midnight or day-sized steps, else `HH:MM`.
    public static func label(_ ts: Int64, step: Int64) -> String {
        let iso = Timestamp.iso(ts)   // 2026-11-24T13:59:00Z
        let time = iso.dropFirst(11).prefix(5)
        if step >= 86400 || time == "00:00" {
            let month = Int(iso.dropFirst(5).prefix(2)) ?? 1
            let day = Int(iso.dropFirst(8).prefix(2)) ?? 1
            return "\(monthNames[month - 1]) \(day)"
        }
        return String(time)
    }

    /// A compact range description for titles: `Jun 20 00:00 - Jul 7 03:26 2025 UTC`.
    public static func describe(_ range: ClosedRange<Int64>) -> String {
        func short(_ ts: Int64) -> String { label(ts, step: 86400) + " " + Timestamp.iso(ts).dropFirst(11).prefix(5) }
        let year = Timestamp.iso(range.upperBound).prefix(4)
        return "\(short(range.lowerBound)) - \(short(range.upperBound)) \(year) UTC"
    }

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }
}
