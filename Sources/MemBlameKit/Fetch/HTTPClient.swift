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
}

/// A small blocking HTTP client over one libcurl easy handle: timeouts, TLS verification, the proxy
/// variables libcurl reads itself (`https_proxy`, `http_proxy`, `no_proxy`), a `memblame/VERSION`
/// user agent, and retries (see `RetryPolicy`) on 429, 5xx, rate-limit 403s, timeouts and refused connections.
public final class HTTPClient {
    /// Sent as `User-Agent`.
    public let userAgent: String
    /// Whole-request timeout in seconds.
    public var timeout: Double
    public var connectTimeout: Double
    public var retry: RetryPolicy
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
                throw MemBlameError(.io, "\(request.method) \(request.url): \(reason)")
            case .retry(let delay, let reason):
                onRetry?("\(reason); retrying in \(String(format: "%.1f", delay)) s (attempt \(attempt + 1) of \(retry.maxAttempts))")
                sleep(delay)
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
            return MemBlameError(.io, "\(request.method) \(request.url): \(message)\(tries)")
        }
    }

    private final class Buffers {
        var body = Data()
        var headerLines: [String] = []
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
        let box = Unmanaged.passUnretained(buffers).toOpaque()
        _ = ccurl_setopt_string(h, CURLOPT_URL, request.url)
        _ = ccurl_setopt_string(h, CURLOPT_USERAGENT, userAgent)
        _ = ccurl_setopt_long(h, CURLOPT_NOSIGNAL, 1)
        _ = ccurl_setopt_long(h, CURLOPT_TIMEOUT_MS, Int(timeout * 1000))
        _ = ccurl_setopt_long(h, CURLOPT_CONNECTTIMEOUT_MS, Int(connectTimeout * 1000))
        _ = ccurl_setopt_long(h, CURLOPT_SSL_VERIFYPEER, 1)
        _ = ccurl_setopt_long(h, CURLOPT_SSL_VERIFYHOST, 2)
        // Redirects are not followed: a redirect to another host would carry the token headers along.
        _ = ccurl_setopt_long(h, CURLOPT_FOLLOWLOCATION, 0)
        _ = ccurl_setopt_string(h, CURLOPT_ACCEPT_ENCODING, "")
        _ = ccurl_setopt_string(h, CURLOPT_PROTOCOLS_STR, "http,https")
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
            if let ptr, let user { Unmanaged<Buffers>.fromOpaque(user).takeUnretainedValue().body.append(UnsafeRawPointer(ptr).assumingMemoryBound(to: UInt8.self), count: n) }
            return n
        }
        _ = ccurl_setopt_pointer(h, CURLOPT_WRITEDATA, box)
        _ = ccurl_setopt_headerfunction(h) { ptr, size, count, user in
            let n = size * count
            if let ptr, let user {
                let line = String(decoding: UnsafeRawBufferPointer(start: ptr, count: n), as: UTF8.self)
                Unmanaged<Buffers>.fromOpaque(user).takeUnretainedValue().headerLines.append(line)
            }
            return n
        }
        _ = ccurl_setopt_pointer(h, CURLOPT_HEADERDATA, box)
        let rc = curl_easy_perform(h)
        guard rc == CURLE_OK else {
            var message = String(cString: curl_easy_strerror(rc))
            if rc == CURLE_OPERATION_TIMEDOUT { message = "no complete answer within \(Self.seconds(timeout)) s (timed out)" }
            if rc == CURLE_COULDNT_CONNECT { message = "cannot connect (\(message.lowercased()))" }
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

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}
