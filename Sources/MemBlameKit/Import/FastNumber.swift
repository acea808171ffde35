import Foundation

/// Parses decimal numbers from raw bytes without allocating: the importers' hot path.
///
/// Exact: numbers with at most 15 significant digits and a small power of ten use the exact
/// fast path (Clinger); everything else goes through `strtod`, so `14.994246200000001` keeps every bit.
public enum FastNumber {
    private static let powers: [Double] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
                                           1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22]

    /// The number spelled by `b[lo..<hi]` in JSON/CSV syntax (`-12.5e3`, `+7`, `.5` tolerated); nil when
    /// it is not a number. `NaN`, `Inf`, `+Inf`, `-Inf` (any case) are accepted only when `special` is true.
    public static func parse(_ b: UnsafePointer<UInt8>, _ lo: Int, _ hi: Int, special: Bool = false) -> Double? {
        var i = lo
        guard i < hi else { return nil }
        var negative = false
        if b[i] == 0x2D { negative = true; i += 1 } else if b[i] == 0x2B { i += 1 }
        guard i < hi else { return nil }
        if b[i] > 0x39 || (b[i] < 0x30 && b[i] != 0x2E) {
            return special ? parseSpecial(b, i, hi, negative) : nil
        }
        var mantissa: UInt64 = 0
        var digits = 0
        var exponent = 0
        var sawDigit = false
        while i < hi, b[i] &- 0x30 < 10 {
            sawDigit = true
            if digits < 19 { mantissa = mantissa &* 10 &+ UInt64(b[i] &- 0x30); if mantissa != 0 { digits += 1 } } else { exponent += 1 }
            i += 1
        }
        if i < hi, b[i] == 0x2E {
            i += 1
            while i < hi, b[i] &- 0x30 < 10 {
                sawDigit = true
                if digits < 19 { mantissa = mantissa &* 10 &+ UInt64(b[i] &- 0x30); if mantissa != 0 { digits += 1 }; exponent -= 1 }
                i += 1
            }
        }
        guard sawDigit else { return nil }
        var exact = digits <= 15
        if i < hi, b[i] == 0x65 || b[i] == 0x45 {
            i += 1
            var expNegative = false
            if i < hi, b[i] == 0x2D || b[i] == 0x2B { expNegative = b[i] == 0x2D; i += 1 }
            var e = 0
            var expDigits = 0
            while i < hi, b[i] &- 0x30 < 10 {
                if e < 100_000 { e = e * 10 + Int(b[i] &- 0x30) }
                expDigits += 1
                i += 1
            }
            guard expDigits > 0 else { return nil }
            exponent += expNegative ? -e : e
            exact = false
        }
        guard i == hi else { return nil }
        if exact && exponent >= -22 && exponent <= 0 {
            let v = Double(mantissa) / powers[-exponent]
            return negative ? -v : v
        }
        if mantissa == 0 && digits == 0 && exponent <= 0 { return negative ? -0.0 : 0 }
        return slow(b, lo, hi)
    }

    private static func parseSpecial(_ b: UnsafePointer<UInt8>, _ i: Int, _ hi: Int, _ negative: Bool) -> Double? {
        let word = String(decoding: UnsafeBufferPointer(start: b + i, count: hi - i), as: UTF8.self).lowercased()
        switch word {
        case "nan": return .nan
        case "inf", "infinity": return negative ? -.infinity : .infinity
        default: return nil
        }
    }

    /// `strtod` on a NUL-terminated copy; the syntax was already checked.
    private static func slow(_ b: UnsafePointer<UInt8>, _ lo: Int, _ hi: Int) -> Double? {
        let count = hi - lo
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: count + 1) { buffer in
            for k in 0..<count { buffer[k] = CChar(bitPattern: b[lo + k]) }
            buffer[count] = 0
            return strtod(buffer.baseAddress!, nil)
        }
    }

    /// Convenience over a buffer.
    public static func parse(_ b: UnsafeBufferPointer<UInt8>, special: Bool = false) -> Double? {
        guard let base = b.baseAddress else { return nil }
        return parse(base, 0, b.count, special: special)
    }

    /// Convenience over a string (tests, options).
    public static func parse(_ s: String, special: Bool = false) -> Double? {
        var bytes = Array(s.utf8)
        return bytes.withUnsafeMutableBufferPointer { parse(UnsafeBufferPointer($0), special: special) }
    }
}
