/// The parsers behind the command line's numeric options: durations, times, limits, sensitivities, chart sizes,
/// timeouts and counts. Each checks the range before a value becomes an integer, a duration or a chart coordinate,
/// and throws a one-line usage error (exit 64) that names the option and what it expects.
///
/// The CLI calls only these (never `Double(text)` or an unchecked conversion), so they are what the option
/// fuzz target exercises (`Fuzz/`, target `options`).
public enum OptionValues {
    /// The longest duration accepted anywhere (`--since`, `--window`): 200 years.
    public static let maxDurationSeconds: Int64 = 200 * 366 * 86400
    /// The times an option may name: 0001-01-01 to 9999-12-31 (what ISO 8601 output can print).
    public static let timeRange: ClosedRange<Int64> = -62_135_596_800...253_402_300_799
    /// The largest `--limit`, in any unit (an exabyte in bytes; far above any percentage).
    public static let maxLimit: Double = 1e18
    /// The longest `--timeout` in seconds: one day.
    public static let maxTimeoutSeconds: Double = 86_400
    /// Sensitivities from 0.01 (almost nothing counts as growth) to 100.
    public static let sensitivityRange: ClosedRange<Double> = 0.01...100
    /// Chart sizes: what a terminal or a pasted report can show.
    public static let widthRange: ClosedRange<Int> = 24...1000
    public static let heightRange: ClosedRange<Int> = 8...500

    /// `--since 14d`, `--window 48h`: a decimal number and a unit (s, m, h, d, w), at most 200 years.
    public static func duration(_ text: String, option: String) throws -> Int64 {
        guard let seconds = Timestamp.parseDuration(text) else {
            if Timestamp.durationSyntax(text) {
                throw usage(option, "\(option) is out of range: at most \(maxDurationSeconds / (366 * 86400)) years; found '\(short(text))'")
            }
            throw usage(option, "\(option) expects a duration such as 48h or 3d; found '\(short(text))'")
        }
        return seconds
    }

    /// `--since`/`--until`: a duration back from `now` (14d) or an ISO 8601 time (2026-11-24T08:00:00Z).
    public static func time(_ text: String, option: String, now: Int64) throws -> Int64 {
        if Timestamp.durationSyntax(text) {
            let d = try duration(text, option: option)
            let (ts, overflow) = now.subtractingReportingOverflow(d)
            guard !overflow, timeRange.contains(ts) else { throw usage(option, "\(option) is out of range; found '\(short(text))'") }
            return ts
        }
        guard let ts = Timestamp.parse(text) else {
            throw usage(option, "\(option) expects a duration such as 14d or 36h, or an ISO 8601 time such as 2026-11-24T08:00:00Z; found '\(short(text))'")
        }
        guard timeRange.contains(ts) else {
            throw usage(option, "\(option) is out of range: years 1 to 9999; found '\(short(text))'")
        }
        return ts
    }

    /// `--limit`: a positive finite number in the series' unit.
    public static func limit(_ text: String, option: String = "--limit") throws -> Double {
        guard let v = decimal(text) else { throw usage(option, "\(option) expects a positive number in the series' unit (e.g. 100 for percent); found '\(short(text))'") }
        guard v > 0, v <= maxLimit else { throw usage(option, "\(option) must be above 0 and at most 1e18; found '\(short(text))'") }
        return v
    }

    /// `--timeout`: seconds, above 0 and at most a day.
    public static func timeout(_ text: String, option: String = "--timeout") throws -> Double {
        guard let v = decimal(text) else { throw usage(option, "\(option) expects a number of seconds such as 60; found '\(short(text))'") }
        guard v > 0, v <= maxTimeoutSeconds else { throw usage(option, "\(option) must be above 0 and at most 86400 seconds; found '\(short(text))'") }
        return v
    }

    /// `--sensitivity`: low, normal, high or a number from 0.01 to 100 (1 = normal).
    public static func sensitivity(_ text: String, option: String = "--sensitivity") throws -> Double {
        switch text.lowercased() {
        case "low": return 0.6
        case "normal": return 1
        case "high": return 1.6
        default:
            guard let v = decimal(text), sensitivityRange.contains(v) else {
                throw usage(option, "\(option) expects low, normal, high or a number from 0.01 to 100; found '\(short(text))'")
            }
            return v
        }
    }

    /// A whole number in `range` (`--width`, `--height`, `--attempts`, `--top`).
    public static func integer(_ text: String, option: String, in range: ClosedRange<Int>) throws -> Int {
        let digits = text.hasPrefix("-") || text.hasPrefix("+") ? text.dropFirst() : Substring(text)
        guard !digits.isEmpty, digits.count <= 18, digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let v = Int(text) else {
            throw usage(option, "\(option) expects a whole number from \(range.lowerBound) to \(range.upperBound); found '\(short(text))'")
        }
        guard range.contains(v) else {
            throw usage(option, "\(option) must be from \(range.lowerBound) to \(range.upperBound); found \(v)")
        }
        return v
    }

    /// `--width`: columns, 24 to 1000.
    public static func width(_ text: String, option: String = "--width") throws -> Int {
        try integer(text, option: option, in: widthRange)
    }

    /// `--height`: lines, 8 to 500.
    public static func height(_ text: String, option: String = "--height") throws -> Int {
        try integer(text, option: option, in: heightRange)
    }

    /// A plain decimal number (`12`, `0.5`, `1e3`, `-2`): finite, no `inf`, `nan` or hexadecimal.
    public static func decimal(_ text: String) -> Double? {
        guard !text.isEmpty, text.utf8.count <= 64,
              text.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x2D || $0 == 0x2B || $0 == 0x65 || $0 == 0x45 }),
              let v = Double(text), v.isFinite else { return nil }
        return v
    }

    /// Long user input is cut in messages so an error stays one readable line.
    static func short(_ text: String) -> String {
        let flat = String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
        return flat.count > 60 ? String(flat.prefix(60)) + "..." : flat
    }

    static func usage(_ option: String, _ message: String) -> MemBlameError {
        MemBlameError(.usage, message)
    }
}

extension Int64 {
    /// `value` rounded towards zero and limited to Int64's range; 0 for NaN. For values computed from data
    /// (a database may hold anything) where `Int64(_:)` would trap.
    public init(saturating value: Double) {
        if value.isNaN { self = 0 } else if value >= 9.2e18 { self = .max } else if value <= -9.2e18 { self = .min } else { self = Int64(value) }
    }
}
