import Foundation

/// What to fetch from CloudWatch: one ECS service's metric and statistic over a time range.
public struct CloudWatchQuery: Sendable {
    public var cluster: String
    public var service: String
    public var metric: String
    public var stat: String
    /// Seconds per point; nil picks it from CloudWatch retention (`CloudWatchFetcher.autoPeriod`).
    public var period: Int?
    public var start: Int64
    public var end: Int64
    public var namespace: String

    public init(cluster: String, service: String, metric: String = "MemoryUtilization", stat: String = "Average",
                period: Int? = nil, start: Int64, end: Int64, namespace: String = "AWS/ECS") {
        self.cluster = cluster
        self.service = service
        self.metric = metric
        self.stat = stat
        self.period = period
        self.start = start
        self.end = end
        self.namespace = namespace
    }
}

/// Fetches an ECS service's metric with CloudWatch `GetMetricData` over the AWS JSON 1.0 protocol,
/// signed with SigV4 by libcurl, and imports the answers with `CloudWatchMetricDataFormat`
/// in one transaction (provenance source `fetch`).
public final class CloudWatchFetcher {
    /// CloudWatch's per-call datapoint limit (`MaxDatapoints` default).
    public static let datapointLimit = 100_800

    let client: HTTPClient
    let endpoint: String
    let region: String
    let credentials: AWSCredentials
    /// Datapoints one call may ask for; smaller in tests to force splitting.
    public var maxDatapointsPerCall: Int
    /// One-line progress reports (the CLI shows them on a terminal).
    public var onProgress: ((String) -> Void)?

    /// - Parameter endpoint: `--endpoint-url`, else `https://monitoring.REGION.amazonaws.com/`.
    public init(client: HTTPClient, region: String, credentials: AWSCredentials, endpoint: String? = nil,
                maxDatapointsPerCall: Int = CloudWatchFetcher.datapointLimit) {
        self.client = client
        self.region = region
        self.credentials = credentials
        self.endpoint = Self.withPath(endpoint ?? "https://monitoring.\(region).amazonaws.com/")
        self.maxDatapointsPerCall = maxDatapointsPerCall
    }

    /// The endpoint with at least `/` as its path: libcurl signs an empty path as empty while the
    /// server checks `/`, so `http://host:port` would fail with SignatureDoesNotMatch.
    static func withPath(_ endpoint: String) -> String {
        guard var parts = URLComponents(string: endpoint), parts.path.isEmpty else { return endpoint }
        parts.path = "/"
        return parts.string ?? endpoint
    }

    /// The finest period CloudWatch still keeps for data that starts at `start`: 1-minute points live
    /// 15 days, 5-minute points 63 days, hourly points 455 days.
    public static func autoPeriod(start: Int64, now: Int64) -> Int {
        let age = now - start
        if age <= 15 * 86_400 { return 60 }
        if age <= 63 * 86_400 { return 300 }
        return 3600
    }

    /// `[start, end)` cut into windows of at most `maxPoints` periods, aligned to the period.
    public static func windows(start: Int64, end: Int64, period: Int, maxPoints: Int) -> [(start: Int64, end: Int64)] {
        let p = Int64(period)
        let first = start - ((start % p) + p) % p
        let last = end % p == 0 ? end : end - ((end % p) + p) % p + p
        let span = p * Int64(max(1, maxPoints))
        var out: [(Int64, Int64)] = []
        var s = first
        while s < last {
            out.append((s, min(s + span, last)))
            s += span
        }
        return out
    }

    /// Fetches every window and page; each answer becomes one in-memory input named by endpoint and range.
    /// - Throws: io error for network failures, usage error for rejected credentials, bad input for malformed answers.
    public func fetchPages(_ query: CloudWatchQuery, now: Int64 = Int64(Date().timeIntervalSince1970)) throws -> [InputFile] {
        guard query.start < query.end else {
            throw MemBlameError(.usage, "--since (\(Timestamp.iso(query.start))) must be before --until (\(Timestamp.iso(query.end)))")
        }
        let period = query.period ?? Self.autoPeriod(start: query.start, now: now)
        let windows = Self.windows(start: query.start, end: query.end, period: period, maxPoints: maxDatapointsPerCall)
        var pages: [InputFile] = []
        for (index, window) in windows.enumerated() {
            var token: String?
            var page = 0
            repeat {
                page += 1
                onProgress?("CloudWatch GetMetricData: window \(index + 1) of \(windows.count), page \(page) (\(Timestamp.iso(window.start)) to \(Timestamp.iso(window.end)))")
                let body = try requestBody(query, period: period, window: window, nextToken: token)
                let response: HTTPResponse
                do {
                    response = try client.send(HTTPRequest(method: "POST", url: endpoint, headers: headers(), body: body,
                                                           awsSigV4: AWSSigning(region: region, service: "monitoring", credentials: credentials)))
                } catch let error as MemBlameError {
                    throw Redaction.error(error, secrets: credentials.secrets)
                }
                let name = "\(Redaction.url(endpoint)) GetMetricData \(query.cluster)/\(query.service) \(query.metric) \(query.stat) period \(period) \(Timestamp.iso(window.start))..\(Timestamp.iso(window.end)) page \(page)"
                guard response.status == 200 else { throw rejection(response, name: name) }
                try response.checkUTF8(name: name)
                let input = InputFile(name: name, contents: response.body)
                token = try Self.nextToken(input)
                pages.append(input)
            } while token != nil
        }
        return pages
    }

    /// Fetches and imports in one transaction; the service is stored as `cluster/service`.
    /// The query itself goes to the importer (as `--queries` would), so every page, even one with a
    /// single point, lands in the same series with its `Period` dimension.
    public func fetch(_ query: CloudWatchQuery, into db: Database, onConflict: ConflictPolicy = .replace,
                      now: Int64 = Int64(Date().timeIntervalSince1970)) throws -> ImportReport {
        let pages = try fetchPages(query, now: now)
        let sent = MetricDataQuery(id: "m1", label: "\(query.metric) \(query.stat)", namespace: query.namespace, metricName: query.metric,
                                   dimensions: ["ClusterName": query.cluster, "ServiceName": query.service], stat: query.stat,
                                   period: query.period ?? Self.autoPeriod(start: query.start, now: now))
        let options = MetricImportOptions(service: "\(query.cluster)/\(query.service)", queries: ["m1": sent])
        return try MetricImport(db: db, onConflict: onConflict).run(pages, format: CloudWatchMetricDataFormat(), options: options, source: "fetch")
    }

    func headers() -> [(String, String)] {
        var h = [("Content-Type", "application/x-amz-json-1.0"), ("X-Amz-Target", "GraniteServiceVersion20100801.GetMetricData"),
                 ("Accept", "application/json")]
        if let token = credentials.sessionToken { h.append(("X-Amz-Security-Token", token)) }
        return h
    }

    private func requestBody(_ q: CloudWatchQuery, period: Int, window: (start: Int64, end: Int64), nextToken: String?) throws -> Data {
        let metric: [String: Any] = [
            "Namespace": q.namespace, "MetricName": q.metric,
            "Dimensions": [["Name": "ClusterName", "Value": q.cluster], ["Name": "ServiceName", "Value": q.service]],
        ]
        // An explicit Label `metric stat`: AWS labels with the metric name alone, moto with `metric stat`;
        // both pass an explicit one through, so the importer always learns the statistic.
        var body: [String: Any] = [
            "MetricDataQueries": [["Id": "m1", "Label": "\(q.metric) \(q.stat)", "ReturnData": true,
                                   "MetricStat": ["Metric": metric, "Period": period, "Stat": q.stat] as [String: Any]] as [String: Any]],
            "StartTime": window.start, "EndTime": window.end, "ScanBy": "TimestampAscending", "MaxDatapoints": maxDatapointsPerCall,
        ]
        if let nextToken { body["NextToken"] = nextToken }
        return try JSONSerialization.data(withJSONObject: body, options: [.sortedKeys])
    }

    /// The page's `NextToken`, checking the answer is JSON with `MetricDataResults`.
    static func nextToken(_ input: InputFile) throws -> String? {
        let root = try JSONCursor.parse(input)
        _ = try root["MetricDataResults"].array()
        return try root.optional("NextToken")?.string()
    }

    /// A one-line error for a non-200 answer: the AWS error code and message, with a hint for credential problems.
    func rejection(_ response: HTTPResponse, name: String) -> MemBlameError {
        let (code, message) = Self.awsError(response.body)
        var text = "CloudWatch answered HTTP \(response.status)"
        if let code { text += " \(APIPageReader.oneLine(code, limit: 80))" }
        if let message { text += ": \(APIPageReader.oneLine(message))" }
        let credentialCodes = ["SignatureDoesNotMatch", "InvalidClientTokenId", "UnrecognizedClientException", "ExpiredToken",
                               "ExpiredTokenException", "InvalidSignatureException", "IncompleteSignature", "MissingAuthenticationToken"]
        var kind = MemBlameError.Kind.io
        if let code, credentialCodes.contains(code) {
            text += " (credentials rejected; check the keys from \(credentials.origin) and the region \(region))"
            kind = .usage
        } else if code == "AccessDenied" || code == "AccessDeniedException" {
            text += " (the credentials from \(credentials.origin) need cloudwatch:GetMetricData)"
            kind = .usage
        }
        return MemBlameError(kind, Redaction.scrub(text, secrets: credentials.secrets), at: SourceLocation(file: name))
    }

    /// The error code and message of an AWS JSON (`__type`, `message`) or XML (`<Code>`, `<Message>`) error body.
    static func awsError(_ body: Data) -> (code: String?, message: String?) {
        if body.count <= 1 << 20, let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any] {
            let type = (object["__type"] as? String ?? object["code"] as? String).map { String($0.split(separator: "#").last ?? "") }
            let message = object["message"] as? String ?? object["Message"] as? String
            return (type, message)
        }
        let text = String(decoding: body.prefix(4096), as: UTF8.self)
        func element(_ tag: String) -> String? {
            guard let open = text.range(of: "<\(tag)>"), let close = text.range(of: "</\(tag)>", range: open.upperBound..<text.endIndex) else { return nil }
            return String(text[open.upperBound..<close.lowerBound])
        }
        let message = element("Message") ?? (text.isEmpty ? nil : String(text.prefix(200)).trimmingCharacters(in: .whitespacesAndNewlines))
        return (element("Code"), message)
    }
}
