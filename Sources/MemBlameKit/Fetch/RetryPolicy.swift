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
    public init(maxAttempts: Int = 5, baseDelay: Double = 1, maxDelay: Double = 30, maxServerDelay: Double = 900, seed: UInt64? = nil) {
        self.maxAttempts = maxAttempts
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.maxServerDelay = maxServerDelay
        self.random = SplitMix64(seed: seed ?? UInt64(Date().timeIntervalSince1970 * 1e6))
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
        var serverDelay: Double?
        switch outcome {
        case .failure(let error):
            guard error.isTransient else { return .done }
            reason = error.message
        case .success(let response):
            let status = response.status
            let rateLimited = (status == 403 || status == 429) && response.header("x-ratelimit-remaining") == "0"
            guard status == 429 || status >= 500 || rateLimited else { return .done }
            reason = status == 429 || rateLimited ? "HTTP \(status) (rate limited)" : "HTTP \(status)"
            if let after = response.header("retry-after") {
                serverDelay = Self.retryAfter(after, now: now)
            } else if rateLimited, let reset = response.header("x-ratelimit-reset").flatMap(Double.init) {
                serverDelay = max(0, reset - now) + 1
            }
        }
        if let serverDelay, serverDelay > maxServerDelay {
            return .giveUp("\(reason); the server asks to wait \(Timestamp.describeDuration(Int64(serverDelay))), longer than memblame waits; try again later")
        }
        guard attempt < maxAttempts else {
            return .giveUp("\(reason), still failing after \(attempt) attempts")
        }
        return .retry(delay: serverDelay ?? backoff(attempt: attempt), reason: reason)
    }

    /// Exponential backoff with "equal jitter": half fixed, half random, so retries of parallel clients spread out.
    public mutating func backoff(attempt: Int) -> Double {
        let exp = min(maxDelay, baseDelay * pow(2, Double(attempt - 1)))
        return exp / 2 + random.nextUnit() * exp / 2
    }

    /// `Retry-After` as delta seconds or an HTTP date.
    static func retryAfter(_ text: String, now: Double) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let seconds = Double(trimmed) { return max(0, seconds) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: trimmed) else { return nil }
        return max(0, date.timeIntervalSince1970 - now)
    }
}
