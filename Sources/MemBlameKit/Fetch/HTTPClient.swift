import CCurl
import Foundation

/// One HTTP request for `HTTPClient`. Secrets go in `headers` or `awsSigV4`, never in `url`,
/// because the URL is what errors print and what the store records.
public struct HTTPRequest: Sendable {
    public var method: String
    public var url: String
    /// Header lines as (name, value); values may hold tokens, so they are never printed.
    public var headers: [(String, String)]
    public var body: Data?
    /// Sign with AWS SigV4 through libcurl (`CURLOPT_AWS_SIGV4`).
    public var awsSigV4: AWSSigning?

    public init(method: String = "GET", url: String, headers: [(String, String)] = [], body: Data? = nil, awsSigV4: AWSSigning? = nil) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.awsSigV4 = awsSigV4
    }
}

/// What libcurl needs to sign a request with SigV4: the provider string and the key pair.
public struct AWSSigning: Sendable {
    /// `aws:amz:REGION:SERVICE`, e.g. `aws:amz:us-east-1:monitoring`.
    public var provider: String
    public var credentials: AWSCredentials

    public init(region: String, service: String, credentials: AWSCredentials) {
        self.provider = "aws:amz:\(region):\(service)"
        self.credentials = credentials
    }
}

/// One HTTP response: status, headers (names lower-cased) and the body.
public struct HTTPResponse: Sendable {
    public var status: Int
    public var headers: [String: String]
    public var body: Data

    public init(status: Int, headers: [String: String] = [:], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A header by case-insensitive name.
    public func header(_ name: String) -> String? { headers[name.lowercased()] }

    /// Checks that the body is UTF-8 text before an importer reads it as JSON.
    /// - Throws: io error (the server's fault) naming `name` (a redacted URL) and the first bad byte.
    public func checkUTF8(name: String) throws {
        guard String(validating: body, as: UTF8.self) == nil else { return }
        var offset = 0
        var iterator = body.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        decode: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: break decode
            case .error(let length): _ = length; break decode
            }
        }
        throw MemBlameError(.io, "the server's answer (HTTP \(status), \(body.count) bytes) is not UTF-8 text: invalid byte at offset \(offset); expected JSON",
                            at: SourceLocation(file: name))
    }
}

/// A small blocking HTTP client over one libcurl easy handle: timeouts, TLS verification, the proxy
/// variables libcurl reads itself (`https_proxy`, `http_proxy`, `no_proxy`), a `memblame/VERSION`
/// user agent, and retries (see `RetryPolicy`) on 429, 5xx, rate-limit 403s, timeouts and refused connections.
public final class HTTPClient {
    /// Sent as `User-Agent`.
    public let userAgent: String
    /// Whole-request timeout in seconds (finite, above 0, at most a day: checked by `send`).
    public var timeout: Double
    public var connectTimeout: Double
    /// A transfer slower than 1 byte/s for this many seconds is abandoned (a body that trickles forever).
    public var lowSpeedTime: Double = 30
    /// The largest response body read (after decompression); a larger one ends the request with an error
    /// naming the cap. 256 MiB: API pages are kilobytes to a few megabytes.
    public var maxBodyBytes: Int = HTTPClient.defaultMaxBodyBytes
    public static let defaultMaxBodyBytes = 256 << 20
    /// The most header bytes read from one response.
    public static let maxHeaderBytes = 1 << 20
    public var retry: RetryPolicy
    /// A PEM file of CA certificates to verify the server with instead of the system's (a cluster's own CA).
    public var caFile: String?
    /// Waits between attempts; tests replace it to record the delays instead of sleeping.
    public var sleep: (Double) -> Void
    /// Called before each retry with a one-line reason (the CLI prints it on a terminal).
    public var onRetry: ((String) -> Void)?
    /// Requests sent, retries included.
    public private(set) var attempts = 0

    private static let globalInit: Bool = curl_global_init(Int(CURL_GLOBAL_DEFAULT)) == CURLE_OK

    /// - Parameters:
    ///   - userAgent: `memblame/VERSION`.
    ///   - timeout: seconds for a whole request (default 60).
    public init(userAgent: String = "memblame", timeout: Double = 60, connectTimeout: Double = 10, retry: RetryPolicy = RetryPolicy()) {
        self.userAgent = userAgent
        self.timeout = timeout
        self.connectTimeout = connectTimeout
        self.retry = retry
        self.sleep = { Thread.sleep(forTimeInterval: $0) }
    }

    /// Sends `request`, retrying transient failures; any other status (2xx, 4xx) is returned for the caller to judge.
    /// - Throws: io error naming the URL when the network fails or retries run out.
    public func send(_ request: HTTPRequest) throws -> HTTPResponse {
        try Self.checkSeconds(timeout, name: "timeout")
        try Self.checkSeconds(connectTimeout, name: "connect timeout")
        try Self.checkSeconds(lowSpeedTime, name: "low-speed time")
        guard maxBodyBytes > 0 else { throw MemBlameError(.usage, "the HTTP body cap must be above 0 bytes; found \(maxBodyBytes)") }
        var attempt = 0
        while true {
            attempt += 1
            let outcome: Result<HTTPResponse, TransferError>
            outcome = perform(request)
            let decision = retry.decide(attempt: attempt, outcome: outcome, now: Date().timeIntervalSince1970)
            switch decision {
            case .done:
                switch outcome {
                case .success(let response): return response
                case .failure(let error): throw error.memBlameError(request, attempts: attempt)
                }
            case .giveUp(let reason):
                throw MemBlameError(.io, "\(request.method) \(Redaction.url(request.url)): \(reason)")
            case .retry(let delay, let reason):
                // The policy only returns finite delays within its limits; clamp anyway so a sleep never traps.
                let wait = delay.isFinite ? min(max(delay, 0), RetryPolicy.longestDelay) : retry.maxDelay
                onRetry?("\(Redaction.text(reason)); retrying in \(String(format: "%.1f", wait)) s (attempt \(attempt + 1) of \(retry.maxAttempts))")
                sleep(wait)
            }
        }
    }

    /// A libcurl failure: its code and message.
    public struct TransferError: Error, Sendable {
        public var code: Int
        public var message: String
        /// Timeouts and refused or reset connections are worth another attempt.
        public var isTransient: Bool {
            [Int(CURLE_OPERATION_TIMEDOUT.rawValue), Int(CURLE_COULDNT_CONNECT.rawValue), Int(CURLE_RECV_ERROR.rawValue),
             Int(CURLE_SEND_ERROR.rawValue), Int(CURLE_GOT_NOTHING.rawValue), Int(CURLE_PARTIAL_FILE.rawValue)].contains(code)
        }

        func memBlameError(_ request: HTTPRequest, attempts: Int) -> MemBlameError {
            let tries = attempts > 1 ? " (after \(attempts) attempts)" : ""
            return MemBlameError(.io, "\(request.method) \(Redaction.url(request.url)): \(message)\(tries)")
        }
    }

    /// A duration setting must be a finite number of seconds above 0 and at most a day
    /// (`Int(inf * 1000)` would trap on its way to libcurl).
    /// - Throws: usage error naming the setting.
    public static func checkSeconds(_ value: Double, name: String) throws {
        guard value.isFinite, value > 0, value <= RetryPolicy.longestDelay else {
            throw MemBlameError(.usage, "the HTTP \(name) must be a number of seconds above 0 and at most \(Int(RetryPolicy.longestDelay)); found \(value)")
        }
    }

    private final class Buffers {
        var body = Data()
        var headerLines: [String] = []
        var headerBytes = 0
        var limit = 0
        /// Set when the body passed `limit` (the write callback then stops the transfer).
        var bodyTooLarge = false
        var headersTooLarge = false
    }

    private func perform(_ request: HTTPRequest) -> Result<HTTPResponse, TransferError> {
        attempts += 1
        guard Self.globalInit, let h = curl_easy_init() else { return .failure(TransferError(code: -1, message: "cannot initialise libcurl")) }
        defer { curl_easy_cleanup(h) }
        var list: UnsafeMutablePointer<curl_slist>?
        for (name, value) in request.headers { list = curl_slist_append(list, "\(name): \(value)") }
        // No `Expect:` line to switch off 100-continue: libcurl 7.88's SigV4 signer would sign the empty header
        // it never sends, and the server would answer SignatureDoesNotMatch. Our bodies are small anyway.
        defer { curl_slist_free_all(list) }
        let buffers = Buffers()
        buffers.limit = maxBodyBytes
        let box = Unmanaged.passUnretained(buffers).toOpaque()
        _ = ccurl_setopt_string(h, CURLOPT_URL, request.url)
        _ = ccurl_setopt_string(h, CURLOPT_USERAGENT, userAgent)
        _ = ccurl_setopt_long(h, CURLOPT_NOSIGNAL, 1)
        _ = ccurl_setopt_long(h, CURLOPT_TIMEOUT_MS, Int(timeout * 1000))
        _ = ccurl_setopt_long(h, CURLOPT_CONNECTTIMEOUT_MS, Int(connectTimeout * 1000))
        // A body that never ends: below 1 byte/s for lowSpeedTime seconds, or past the whole-request timeout.
        _ = ccurl_setopt_long(h, CURLOPT_LOW_SPEED_LIMIT, 1)
        _ = ccurl_setopt_long(h, CURLOPT_LOW_SPEED_TIME, max(1, Int(lowSpeedTime.rounded(.up))))
        // A Content-Length over the cap fails before the body is read; the write callback catches the rest.
        _ = ccurl_setopt_long(h, CURLOPT_MAXFILESIZE, maxBodyBytes)
        _ = ccurl_setopt_long(h, CURLOPT_SSL_VERIFYPEER, 1)
        _ = ccurl_setopt_long(h, CURLOPT_SSL_VERIFYHOST, 2)
        // Redirects are not followed: a redirect to another host would carry the token headers along.
        _ = ccurl_setopt_long(h, CURLOPT_FOLLOWLOCATION, 0)
        _ = ccurl_setopt_string(h, CURLOPT_ACCEPT_ENCODING, "")
        _ = ccurl_setopt_string(h, CURLOPT_PROTOCOLS_STR, "http,https")
        if let caFile { _ = ccurl_setopt_string(h, CURLOPT_CAINFO, caFile) }
        _ = ccurl_setopt_slist(h, CURLOPT_HTTPHEADER, list)
        if let signing = request.awsSigV4 {
            _ = ccurl_setopt_string(h, CURLOPT_AWS_SIGV4, signing.provider)
            _ = ccurl_setopt_string(h, CURLOPT_USERNAME, signing.credentials.accessKeyID)
            _ = ccurl_setopt_string(h, CURLOPT_PASSWORD, signing.credentials.secretAccessKey)
        }
        if let body = request.body {
            _ = ccurl_setopt_long(h, CURLOPT_POSTFIELDSIZE, body.count)
            body.withUnsafeBytes { raw in
                _ = ccurl_setopt_pointer(h, CURLOPT_COPYPOSTFIELDS, UnsafeMutableRawPointer(mutating: raw.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!))
            }
        }
        if request.method != "GET" && request.method != "POST" { _ = ccurl_setopt_string(h, CURLOPT_CUSTOMREQUEST, request.method) }
        _ = ccurl_setopt_writefunction(h) { ptr, size, count, user in
            let n = size * count
            guard let ptr, let user else { return n }
            let buffers = Unmanaged<Buffers>.fromOpaque(user).takeUnretainedValue()
            guard buffers.body.count + n <= buffers.limit else {
                buffers.bodyTooLarge = true
                return 0   // fewer bytes than given: libcurl stops with CURLE_WRITE_ERROR
            }
            buffers.body.append(UnsafeRawPointer(ptr).assumingMemoryBound(to: UInt8.self), count: n)
            return n
        }
        _ = ccurl_setopt_pointer(h, CURLOPT_WRITEDATA, box)
        _ = ccurl_setopt_headerfunction(h) { ptr, size, count, user in
            let n = size * count
            guard let ptr, let user else { return n }
            let buffers = Unmanaged<Buffers>.fromOpaque(user).takeUnretainedValue()
            buffers.headerBytes += n
            guard buffers.headerBytes <= HTTPClient.maxHeaderBytes else {
                buffers.headersTooLarge = true
                return 0
            }
            buffers.headerLines.append(String(decoding: UnsafeRawBufferPointer(start: ptr, count: n), as: UTF8.self))
            return n
        }
        _ = ccurl_setopt_pointer(h, CURLOPT_HEADERDATA, box)
        // libcurl's detail for a failure ("Received HTTP/0.9 when not allowed"): one line, redacted below.
        let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE) + 1)
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        defer { errorBuffer.deallocate() }
        _ = ccurl_setopt_pointer(h, CURLOPT_ERRORBUFFER, errorBuffer)
        let started = Date()
        let rc = curl_easy_perform(h)
        guard rc == CURLE_OK else {
            var message = String(cString: curl_easy_strerror(rc))
            let detail = APIPageReader.oneLine(String(cString: errorBuffer), limit: 160)
            if !detail.isEmpty, detail.lowercased() != message.lowercased() { message += " (\(Redaction.text(detail)))" }
            if rc == CURLE_OUT_OF_MEMORY { message = "the server's answer has a header or status line longer than libcurl accepts" + (detail.isEmpty ? "" : " (\(detail))") }
            if rc == CURLE_OPERATION_TIMEDOUT {
                var connected = 0.0
                _ = ccurl_getinfo_double(h, CURLINFO_CONNECT_TIME, &connected)
                if Date().timeIntervalSince(started) >= timeout * 0.99 {
                    message = "no complete answer within \(Self.seconds(timeout)) s (timed out)"
                } else if connected == 0 {
                    message = "no connection within \(Self.seconds(connectTimeout)) s (timed out)"
                } else {
                    message = "the answer stalled: under 1 byte/s for \(Self.seconds(lowSpeedTime)) s (timed out)"
                }
            }
            if rc == CURLE_COULDNT_CONNECT { message = "cannot connect (\(detail.isEmpty ? message.lowercased() : Redaction.text(detail)))" }
            if buffers.bodyTooLarge || rc == CURLE_FILESIZE_EXCEEDED {
                message = "the response body is larger than the \(Self.bytes(maxBodyBytes)) cap on HTTP bodies (HTTPClient.maxBodyBytes); stopped reading it"
                return .failure(TransferError(code: Int(CURLE_FILESIZE_EXCEEDED.rawValue), message: message))
            }
            if buffers.headersTooLarge {
                message = "the response headers are larger than \(Self.bytes(Self.maxHeaderBytes)); stopped reading them"
            }
            return .failure(TransferError(code: Int(rc.rawValue), message: message))
        }
        var status = 0
        _ = ccurl_getinfo_long(h, CURLINFO_RESPONSE_CODE, &status)
        return .success(HTTPResponse(status: status, headers: Self.parseHeaders(buffers.headerLines), body: buffers.body))
    }

    /// Header lines of the last response (interim `100 Continue` blocks are dropped), names lower-cased.
    static func parseHeaders(_ lines: [String]) -> [String: String] {
        var headers: [String: String] = [:]
        for raw in lines {
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.hasPrefix("HTTP/") { headers = [:]; continue }
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            headers[name] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return headers
    }

    /// `256 MiB`, `512 KiB`, `100 bytes`.
    static func bytes(_ n: Int) -> String {
        if n >= 1 << 20, n % (1 << 20) == 0 { return "\(n >> 20) MiB" }
        if n >= 1 << 10, n % (1 << 10) == 0 { return "\(n >> 10) KiB" }
        return "\(n) bytes"
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}
