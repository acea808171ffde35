import Foundation

/// When to try a request again and how long to wait: exponential backoff with jitter on 429, 5xx,
/// rate-limit 403s and transient network failures, honouring `Retry-After` and GitHub's
/// `X-RateLimit-Reset`. The jitter comes from a seedable generator so tests get fixed delays.
public struct RetryPolicy: Sendable {
    /// Attempts in all, the first included.
    public var maxAttempts: Int
    /// The first backoff in seconds; doubled each attempt.
    public var baseDelay: Double
    /// No backoff is longer than this.
    public var maxDelay: Double
    /// A server asking to wait longer than this (`Retry-After`, rate-limit reset) ends the fetch instead.
    public var maxServerDelay: Double
    private var random: SplitMix64

    /// - Parameter seed: fixes the jitter (tests); nil seeds from the clock.
    /// Non-finite or negative settings are clamped: at least one attempt, delays finite and at most a day.
    public init(maxAttempts: Int = 5, baseDelay: Double = 1, maxDelay: Double = 30, maxServerDelay: Double = 900, seed: UInt64? = nil) {
        self.maxAttempts = max(1, min(maxAttempts, 1000))
        self.baseDelay = Self.clampDelay(baseDelay)
        self.maxDelay = Self.clampDelay(maxDelay)
        self.maxServerDelay = Self.clampDelay(maxServerDelay)
        self.random = SplitMix64(seed: seed ?? UInt64(Date().timeIntervalSince1970 * 1e6))
    }

    /// The longest any configured wait may be: a day.
    public static let longestDelay: Double = 86_400

    static func clampDelay(_ value: Double) -> Double {
        guard value.isFinite, value > 0 else { return 0 }
        return min(value, longestDelay)
    }

    /// What to do after an attempt.
    public enum Decision: Equatable, Sendable {
        case done
        case retry(delay: Double, reason: String)
        case giveUp(String)
    }

    /// Decides after attempt number `attempt` (1-based) ended with `outcome`.
    public mutating func decide(attempt: Int, outcome: Result<HTTPResponse, HTTPClient.TransferError>, now: Double) -> Decision {
        let reason: String
        var serverDelay = ServerDelay.none
        switch outcome {
        case .failure(let error):
            guard error.isTransient else { return .done }
            reason = error.message
        case .success(let response):
            let status = response.status
            let rateLimited = (status == 403 || status == 429) && Self.isZero(response.header("x-ratelimit-remaining"))
            guard status == 429 || status >= 500 || rateLimited else { return .done }
            reason = status == 429 || rateLimited ? "HTTP \(status) (rate limited)" : "HTTP \(status)"
            if let after = response.header("retry-after") {
                serverDelay = Self.retryAfter(after, now: now)
            }
            if case .none = serverDelay, rateLimited, let reset = response.header("x-ratelimit-reset") {
                serverDelay = Self.rateLimitReset(reset, now: now)
            }
        }
        var delay: Double?
        switch serverDelay {
        case .none: break
        case .seconds(let seconds):
            if seconds > maxServerDelay {
                return .giveUp("\(reason); the server asks to wait \(Self.describe(seconds)), longer than memblame waits (\(Self.describe(maxServerDelay))); try again later")
            }
            delay = seconds
        case .tooLong(let header):
            return .giveUp("\(reason); the server asks to wait \(header), longer than memblame waits (\(Self.describe(maxServerDelay))); try again later")
        }
        guard attempt < maxAttempts else {
            return .giveUp("\(reason), still failing after \(attempt) attempts")
        }
        return .retry(delay: delay ?? backoff(attempt: attempt), reason: reason)
    }

    /// What a server said about waiting, range-checked before it becomes a duration.
    public enum ServerDelay: Equatable, Sendable {
        /// Nothing usable (absent, garbage, negative, NaN): the policy's own backoff applies.
        case none
        /// A finite wait in seconds, 0 or more (at most `longestDelay` + 1 day, else `tooLong`).
        case seconds(Double)
        /// A wait no client should honour (`inf`, 1e300, a reset in the year 9999): the header as sent, cut short.
        case tooLong(String)
    }

    /// `Retry-After` as delta seconds or an HTTP date (IMF-fixdate, RFC 850 or asctime).
    /// Negative, NaN and unparsable values are ignored (`none`); infinite or huge ones are `tooLong`.
    static func retryAfter(_ text: String, now: Double) -> ServerDelay {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let seconds = decimal(trimmed) {
            return delay(seconds, header: "Retry-After: \(trimmed)")
        }
        for format in ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy"] {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "GMT")
            formatter.dateFormat = format
            if let date = formatter.date(from: trimmed) {
                let seconds = date.timeIntervalSince1970 - now
                return seconds.isFinite ? delay(max(0, seconds), header: "Retry-After: \(trimmed)") : .tooLong(cut("Retry-After: \(trimmed)"))
            }
        }
        return .none
    }

    /// GitHub's `X-RateLimit-Reset` (epoch seconds): the wait until then plus a second.
    static func rateLimitReset(_ text: String, now: Double) -> ServerDelay {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let reset = decimal(trimmed), !reset.isNaN, reset != -.infinity else { return .none }
        guard reset.isFinite else { return .tooLong(cut("a rate-limit reset at \(trimmed)")) }
        let seconds = reset - now
        guard seconds.isFinite else { return .tooLong(cut("a rate-limit reset at \(trimmed)")) }
        // Year 0 to 9999 prints as a date; beyond that the number as sent.
        let when = abs(reset) < 253_402_300_800 ? Timestamp.iso(Int64(reset)) : cut(trimmed)
        return delay(max(0, seconds) + 1, header: "until the rate limit resets at \(when)")
    }

    /// A decimal number as servers write them (`120`, `1.5`, `1e300`, `inf`, `nan`); nil for anything else,
    /// hexadecimal included (`Double("0x10")` would read 16).
    static func decimal(_ text: String) -> Double? {
        guard !text.isEmpty, text.utf8.count <= 1000 else { return text.isEmpty ? nil : text.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } ? .infinity : nil }
        let lower = text.lowercased()
        let body = lower.hasPrefix("+") || lower.hasPrefix("-") ? lower.dropFirst() : Substring(lower)
        if ["inf", "infinity", "nan"].contains(body) { return Double(lower) }
        guard body.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x65 || $0 == 0x2B || $0 == 0x2D }) else { return nil }
        return Double(lower)
    }

    /// A parsed number of seconds as a delay: negative or NaN is ignored, infinite or over a year is too long.
    static func delay(_ seconds: Double, header: String) -> ServerDelay {
        guard !seconds.isNaN, seconds >= 0 else { return .none }
        guard seconds.isFinite, seconds <= 365 * 86_400 else { return .tooLong(cut(header)) }
        return .seconds(seconds)
    }

    /// `X-RateLimit-Remaining: 0` (also `0.0`, ` 0 `).
    static func isZero(_ text: String?) -> Bool {
        guard let text, let value = Double(text.trimmingCharacters(in: .whitespaces)) else { return false }
        return value == 0
    }

    /// A server-sent value quoted in a message: one line, at most 60 characters.
    static func cut(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        return line.count > 60 ? String(line.prefix(60)) + "…" : line
    }

    /// A finite wait for a message (`15m`, `2h 5m`); never traps, whatever the value.
    public static func describe(_ seconds: Double) -> String {
        guard seconds.isFinite else { return "forever" }
        let clamped = min(max(seconds.rounded(.up), 0), 1e15)
        return Timestamp.describeDuration(Int64(clamped))
    }

    /// Exponential backoff with "equal jitter": half fixed, half random, so retries of parallel clients spread out.
    public mutating func backoff(attempt: Int) -> Double {
        let exp = min(maxDelay, baseDelay * pow(2, Double(min(max(attempt - 1, 0), 60))))
        return exp / 2 + random.nextUnit() * exp / 2
    }
}
