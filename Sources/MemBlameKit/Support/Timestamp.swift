/// Parsing and formatting of the timestamps found in exports, always normalised to UTC unix seconds.
///
/// Accepts ISO 8601 / RFC 3339 (`2026-11-24T13:59:00Z`, `+05:30` offsets, fractional seconds, a space
/// instead of `T`, a date alone) and epoch numbers in seconds or milliseconds. Hand-written rather than
/// `DateFormatter` because imports parse millions of them.
public enum Timestamp {
    /// How to read a bare number.
    public enum EpochUnit: Sendable { case seconds, milliseconds, auto }

    /// Parses an ISO 8601 string or an epoch number; nil when it is neither.
    /// Fractional seconds are truncated towards the earlier whole second.
    public static func parse(_ text: Substring, epoch: EpochUnit = .auto) -> Int64? {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { parse(UnsafeBufferPointer($0), epoch: epoch) }
    }

    /// String convenience for `parse(_:epoch:)`.
    public static func parse(_ text: String, epoch: EpochUnit = .auto) -> Int64? {
        parse(Substring(text), epoch: epoch)
    }

    /// Parses from raw UTF-8 bytes (the importers' hot path).
    public static func parse(_ b: UnsafeBufferPointer<UInt8>, epoch: EpochUnit = .auto) -> Int64? {
        var lo = 0, hi = b.count
        while lo < hi, b[lo] == 0x20 || b[lo] == 0x22 { lo += 1 }   // spaces and quotes
        while hi > lo, b[hi - 1] == 0x20 || b[hi - 1] == 0x22 || b[hi - 1] == 0x0D { hi -= 1 }
        guard hi > lo else { return nil }
        if hi - lo >= 10, b[lo + 4] == 0x2D, b[lo + 7] == 0x2D { return parseISO(b, lo, hi) }
        return parseEpoch(b, lo, hi, epoch)
    }

    private static func digit(_ c: UInt8) -> Int? { c >= 0x30 && c <= 0x39 ? Int(c - 0x30) : nil }

    private static func number(_ b: UnsafeBufferPointer<UInt8>, _ at: Int, _ len: Int) -> Int? {
        var v = 0
        for i in at..<(at + len) {
            guard i < b.count, let d = digit(b[i]) else { return nil }
            v = v * 10 + d
        }
        return v
    }

    private static func parseISO(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Int64? {
        guard let year = number(b, lo, 4), let month = number(b, lo + 5, 2), let day = number(b, lo + 8, 2),
              (1...12).contains(month), day >= 1, day <= daysInMonth(year, month) else { return nil }
        var i = lo + 10
        var hour = 0, minute = 0, second = 0
        if i < hi {
            guard b[i] == 0x54 || b[i] == 0x74 || b[i] == 0x20 else { return nil }   // T, t or space
            i += 1
            guard i + 5 <= hi, let h = number(b, i, 2), b[i + 2] == 0x3A, let m = number(b, i + 3, 2) else { return nil }
            hour = h; minute = m; i += 5
            if i < hi, b[i] == 0x3A {
                guard i + 3 <= hi, let s = number(b, i + 1, 2) else { return nil }
                second = s; i += 3
            }
            if i < hi, b[i] == 0x2E || b[i] == 0x2C {   // fraction
                i += 1
                let start = i
                while i < hi, digit(b[i]) != nil { i += 1 }
                guard i > start else { return nil }
            }
            guard hour <= 24, minute <= 59, second <= 60 else { return nil }
        }
        var offset = 0
        if i < hi {
            switch b[i] {
            case 0x5A, 0x7A: i += 1   // Z
            case 0x2B, 0x2D:
                let sign = b[i] == 0x2D ? -1 : 1
                i += 1
                guard let oh = number(b, i, 2) else { return nil }
                i += 2
                var om = 0
                if i < hi, b[i] == 0x3A { i += 1 }
                if i < hi { guard let m = number(b, i, 2) else { return nil }; om = m; i += 2 }
                guard oh <= 23, om <= 59 else { return nil }
                offset = sign * (oh * 3600 + om * 60)
            default: return nil
            }
        }
        guard i == hi else { return nil }
        let days = daysFromCivil(year, month, day)
        return Int64(days) * 86400 + Int64(hour * 3600 + minute * 60 + second) - Int64(offset)
    }

    private static func parseEpoch(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int, _ unit: EpochUnit) -> Int64? {
        var i = lo
        var negative = false
        if b[i] == 0x2D { negative = true; i += 1 }
        var whole: Int64 = 0
        var digits = 0
        while i < hi, let d = digit(b[i]) {
            guard digits < 18 else { return nil }
            whole = whole * 10 + Int64(d); digits += 1; i += 1
        }
        guard digits > 0 else { return nil }
        var fraction = 0.0
        if i < hi, b[i] == 0x2E {
            i += 1
            var scale = 0.1
            while i < hi, let d = digit(b[i]) { fraction += Double(d) * scale; scale /= 10; i += 1 }
        }
        if i < hi, b[i] == 0x65 || b[i] == 0x45 {   // 1.7955072E9 as printed by some tools
            guard let v = Double(String(decoding: UnsafeBufferPointer(rebasing: b[lo..<hi]), as: UTF8.self)),
                  v.isFinite, abs(v) < 1e17 else { return nil }
            return scaleEpoch(v, unit)
        }
        guard i == hi else { return nil }
        let value = (Double(whole) + fraction) * (negative ? -1 : 1)
        if fraction == 0 {
            let w = negative ? -whole : whole
            switch resolve(unit, Double(w)) {
            case .milliseconds: return floorDiv(w, 1000)
            default: return w
            }
        }
        return scaleEpoch(value, unit)
    }

    private static func resolve(_ unit: EpochUnit, _ value: Double) -> EpochUnit {
        if unit != .auto { return unit }
        // Seconds reach 1e11 only in the year 5138; milliseconds pass 1e11 since 1973.
        return abs(value) >= 1e11 ? .milliseconds : .seconds
    }

    private static func scaleEpoch(_ v: Double, _ unit: EpochUnit) -> Int64 {
        let seconds = resolve(unit, v) == .milliseconds ? v / 1000 : v
        return Int64(seconds.rounded(.down))
    }

    private static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }

    static func daysInMonth(_ y: Int, _ m: Int) -> Int {
        switch m {
        case 2: return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The civil date of a day count since 1970-01-01.
    static func civilFromDays(_ z0: Int) -> (year: Int, month: Int, day: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }

    /// `2026-11-24T13:59:00Z`.
    public static func iso(_ ts: Int64) -> String {
        // Floor division without overflow for any Int64 (times outside years 1 to 9999 print with more digits).
        let q = ts / 86400, r = ts % 86400
        let days = Int(r < 0 ? q - 1 : q)
        let secs = Int(r < 0 ? r + 86400 : r)
        let (y, m, d) = civilFromDays(days)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", y, m, d, secs / 3600, secs % 3600 / 60, secs % 60)
    }

    /// `2026-11-24 13:59` in UTC, or in `timeZone` when given (with its abbreviation).
    public static func display(_ ts: Int64, timeZone: TimeZone? = nil) -> String {
        guard let timeZone, timeZone.secondsFromGMT() != 0 || timeZone.identifier != "UTC" else {
            return String(iso(ts).prefix(16)).replacingOccurrences(of: "T", with: " ")
        }
        let offset = Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(ts))))
        let local = String(iso(ts + offset).prefix(16)).replacingOccurrences(of: "T", with: " ")
        let abbreviation = timeZone.abbreviation(for: Date(timeIntervalSince1970: TimeInterval(ts))) ?? timeZone.identifier
        return local + " " + abbreviation
    }

    /// Parses a relative duration (`90s`, `15m`, `36h`, `14d`, `2w`, `1.5h`) into seconds: a plain decimal
    /// number and a unit, at most `OptionValues.maxDurationSeconds` (200 years); nil for anything else
    /// (`inf`, `nan`, exponents, hexadecimal, or a value too large).
    public static func parseDuration(_ text: String) -> Int64? {
        guard durationSyntax(text), let last = text.last, let n = Double(text.dropLast()) else { return nil }
        let unit: Double
        switch last {
        case "s": unit = 1
        case "m": unit = 60
        case "h": unit = 3600
        case "d": unit = 86400
        case "w": unit = 604800
        default: return nil
        }
        let seconds = n * unit
        guard seconds.isFinite, seconds >= 0, seconds <= Double(OptionValues.maxDurationSeconds) else { return nil }
        return Int64(seconds)
    }

    /// Whether `text` is written as a duration (digits, an optional fraction, then s, m, h, d or w),
    /// whatever its size.
    public static func durationSyntax(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 2, bytes.count <= 40, "smhdw".utf8.contains(bytes[bytes.count - 1]) else { return false }
        var sawDigit = false, sawDot = false
        for (i, c) in bytes.dropLast().enumerated() {
            if c >= 0x30 && c <= 0x39 { sawDigit = true; continue }
            guard c == 0x2E, !sawDot, i > 0, i < bytes.count - 2 else { return false }
            sawDot = true
        }
        return sawDigit
    }

    /// Reads `--since`/`--until` values: a duration back from `now` (`14d`) or an absolute time; nil when it is
    /// neither or falls outside `OptionValues.timeRange` (the CLI uses `OptionValues.time`, which says why).
    public static func parseBound(_ text: String, now: Int64) -> Int64? {
        try? OptionValues.time(text, option: "--since", now: now)
    }

    /// Human duration: `45s`, `12m`, `3h 20m`, `2d 4h`.
    public static func describeDuration(_ seconds: Int64) -> String {
        let s = abs(seconds)
        let sign = seconds < 0 ? "-" : ""
        if s < 60 { return "\(sign)\(s)s" }
        if s < 3600 { return "\(sign)\(s / 60)m" }
        if s < 86400 { return "\(sign)\(s / 3600)h" + (s % 3600 >= 60 ? " \(s % 3600 / 60)m" : "") }
        return "\(sign)\(s / 86400)d" + (s % 86400 >= 3600 ? " \(s % 86400 / 3600)h" : "")
    }
}

import Foundation
