import Foundation

/// GETs JSON pages from a token-authenticated REST API (CircleCI, GitHub) and turns HTTP failures into
/// one actionable line: 401 says the token was rejected and which variable holds it; the token itself
/// never appears in a message or in the page names (the URL, which carries no secret).
public final class APIPageReader {
    let client: HTTPClient
    /// `CircleCI`, `GitHub`: named in messages.
    let serviceName: String
    /// `CIRCLE_TOKEN`, `GITHUB_TOKEN or GH_TOKEN`: named in messages.
    let tokenVariable: String
    let headers: [(String, String)]
    let secrets: [String]
    /// Every page read, in order (tests and the progress line use it).
    public private(set) var pagesRead = 0
    public var onProgress: ((String) -> Void)?

    public init(client: HTTPClient, serviceName: String, tokenVariable: String, headers: [(String, String)], secrets: [String]) {
        self.client = client
        self.serviceName = serviceName
        self.tokenVariable = tokenVariable
        self.headers = headers
        self.secrets = secrets
    }

    /// GETs `url`; `allowed` statuses other than 200 are returned too (e.g. 404 for an optional lookup).
    /// - Throws: usage error for 401/403, io error for other failures.
    public func get(_ url: String, allowed: Set<Int> = []) throws -> (response: HTTPResponse, page: InputFile) {
        pagesRead += 1
        onProgress?("\(serviceName): page \(pagesRead): \(Redaction.url(url))")
        let response: HTTPResponse
        do {
            response = try client.send(HTTPRequest(url: url, headers: headers))
        } catch let error as MemBlameError {
            throw Redaction.error(error, secrets: secrets)
        }
        let name = Redaction.url(url)
        if response.status == 200 || allowed.contains(response.status) {
            if response.status == 200 { try response.checkUTF8(name: name) }
            return (response, InputFile(name: name, contents: response.body))
        }
        throw failure(response, name: name)
    }

    /// The page parsed as JSON (bad input located at the URL when it is malformed).
    public func json(_ url: String) throws -> (response: HTTPResponse, page: InputFile, root: JSONCursor) {
        let (response, page) = try get(url)
        return (response, page, try JSONCursor.parse(page))
    }

    func failure(_ response: HTTPResponse, name: String) -> MemBlameError {
        let location = SourceLocation(file: name)
        let detail = Self.serverMessage(response.body).map { ": \(Redaction.scrub($0, secrets: secrets))" } ?? ""
        switch response.status {
        case 401:
            return MemBlameError(.usage, "\(serviceName) token rejected (HTTP 401\(detail)); check \(tokenVariable)", at: location)
        case 403:
            return MemBlameError(.usage, "\(serviceName) refused access (HTTP 403\(detail)); the token in \(tokenVariable) lacks permission for this resource", at: location)
        case 404:
            return MemBlameError(.usage, "\(serviceName) has no such resource (HTTP 404\(detail)); check the name, or whether the token in \(tokenVariable) can see it", at: location)
        default:
            return MemBlameError(.io, "\(serviceName) answered HTTP \(response.status)\(detail)", at: location)
        }
    }

    /// The `message` of a JSON error body, else the body's start when it is short text; one line, at most
    /// 200 characters, control characters dropped (a server's text is echoed, never trusted).
    static func serverMessage(_ body: Data) -> String? {
        if body.count <= 1 << 20, let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any], let message = object["message"] as? String {
            return oneLine(message)
        }
        let text = String(decoding: body.prefix(200), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty || text.contains("<") ? nil : text.split(whereSeparator: \.isNewline).first.map { oneLine(String($0)) }
    }

    /// Server text for a one-line message: line breaks and other control characters become spaces,
    /// cut to `limit` characters with an ellipsis.
    public static func oneLine(_ text: String, limit: Int = 200) -> String {
        var out = ""
        var count = 0
        for scalar in text.unicodeScalars {
            if count >= limit { out += "…"; break }
            out.unicodeScalars.append(scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}" ? " " : scalar)
            count += 1
        }
        return out.trimmingCharacters(in: .whitespaces)
    }

    /// The `rel="next"` target of an RFC 8288 `Link` header.
    public static func nextLink(_ header: String?) -> String? {
        guard let header else { return nil }
        for part in header.split(separator: ",") {
            let fields = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let target = fields.first, target.hasPrefix("<"), target.hasSuffix(">") else { continue }
            if fields.dropFirst().contains(where: { $0.replacingOccurrences(of: " ", with: "") == "rel=\"next\"" || $0 == "rel=next" }) {
                return String(target.dropFirst().dropLast())
            }
        }
        return nil
    }
}

/// Building request URLs with escaped path segments and query values.
enum URLText {
    static let unreserved: CharacterSet = {
        var set = CharacterSet.alphanumerics
        set.insert(charactersIn: "-._~")
        return set
    }()

    /// One path segment or query value, percent-encoded.
    static func escape(_ text: String) -> String { text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text }

    /// `base` + `path` + `?k=v&...` for the non-nil values.
    static func make(_ base: String, _ path: String, _ query: [(String, String?)] = []) -> String {
        let trimmed = base.hasSuffix("/") ? String(base.dropLast()) : base
        let items = query.compactMap { k, v in v.map { "\(escape(k))=\(escape($0))" } }
        return trimmed + path + (items.isEmpty ? "" : "?" + items.joined(separator: "&"))
    }

    /// Scheme, host and port, to check that a pagination link stays on the API's server.
    static func origin(_ url: String) -> String? {
        guard let c = URLComponents(string: url), let host = c.host else { return nil }
        return "\(c.scheme ?? "")://\(host.lowercased()):\(c.port.map(String.init) ?? "")"
    }
}
