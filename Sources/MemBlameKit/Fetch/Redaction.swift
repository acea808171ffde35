import Foundation

/// Keeps secrets out of messages and stored names: drops URL user info and query secrets,
/// and replaces known secret strings. Every URL that reaches an error, a progress line or the
/// store goes through `url(_:)` (or `text(_:)` for free text that may embed URLs).
///
/// It works on the text, not on a parsed URL: a URL that `URLComponents` cannot parse (a space in the
/// password, a bad port, `[` in the host) is redacted the same way, never returned unchanged.
public enum Redaction {
    /// Query parameters that carry credentials in some APIs (compared lower-cased, after percent-decoding).
    static let secretParameters: Set<String> = [
        "circle-token", "access_token", "token", "x-amz-security-token", "x-amz-signature", "x-amz-credential", "signature",
        "sig", "key", "apikey", "api_key", "api-key", "password", "passwd", "pwd", "secret", "client_secret", "auth", "authorization",
        "code", "private_token", "private-token", "session", "sessionid", "jwt", "bearer", "credential", "credentials",
    ]
    /// Parameter names holding these words are secrets too (`refresh_token`, `aws_secret`, `db_password`).
    static let secretWords = ["token", "secret", "passw", "signature", "credential", "apikey", "api_key", "api-key", "auth"]
    /// Paging cursors that merely hold the word `token`: kept, they name the page (`page-token`, `next_page_token`).
    static let pagingParameters: Set<String> = ["page-token", "page_token", "pagetoken", "next_page_token", "nexttoken", "next-token", "continuation-token", "continuationtoken"]

    /// The replacement for every secret.
    public static let mask = "***"

    /// True when a query parameter of this name carries a credential.
    public static func isSecretParameter(_ rawName: String) -> Bool {
        let name = (rawName.removingPercentEncoding ?? rawName).lowercased()
        if pagingParameters.contains(name) { return false }
        if secretParameters.contains(name) { return true }
        return secretWords.contains { name.contains($0) }
    }

    /// The URL without `user:password@` and with credential-like query values replaced by `***`.
    /// Text that is not a URL at all is returned with the same rules applied (user info before an `@`
    /// in the authority, `name=value` pairs after a `?`), so nothing that looks like a secret survives.
    public static func url(_ text: String) -> String {
        var out = withoutUserInfo(text)
        out = withoutQuerySecrets(out)
        return out
    }

    /// Free text (an error or progress line) with every URL in it redacted: each run of non-space
    /// characters holding `://` goes through `url(_:)`.
    public static func text(_ line: String) -> String {
        guard line.contains("://") || line.contains("@") || line.contains("=") else { return line }
        var out = ""
        var word = ""
        func flush() {
            // A URL followed by `:` (`GET URL: message`) keeps its colon.
            let trailing = word.hasSuffix(":") ? ":" : ""
            let core = String(word.dropLast(trailing.count))
            if core.contains("://") || (core.contains("?") && core.contains("=")) || looksLikeUserInfo(core) { out += url(core) + trailing } else { out += word }
            word = ""
        }
        for ch in line {
            if ch == " " || ch == "\t" || ch == "\n" || ch == "\r" || ch == "(" || ch == ")" || ch == "\"" || ch == "'" || ch == "<" || ch == ">" || ch == "," {
                flush()
                out.append(ch)
            } else {
                word.append(ch)
            }
        }
        flush()
        return out
    }

    /// `user:password@host` without a scheme (curl accepts it as a URL); an e-mail address has no `:` before its `@`.
    static func looksLikeUserInfo(_ word: String) -> Bool {
        guard let at = word.lastIndex(of: "@") else { return false }
        return word[..<at].contains(":")
    }

    /// `scheme://user:password@host/...` → `scheme://host/...`. The authority ends at the first `/`, `?`
    /// or `#`; a password holding a raw `/` (not a valid URL, but curl may still be handed it) is caught
    /// by the `user:...@` shape before the query.
    static func withoutUserInfo(_ text: String) -> String {
        let authorityStart: String.Index
        if let scheme = text.range(of: "://") {
            authorityStart = scheme.upperBound
        } else {
            authorityStart = text.startIndex
        }
        let rest = text[authorityStart...]
        let beforeQuery = rest.prefix { $0 != "?" && $0 != "#" }
        let authority = beforeQuery.prefix { $0 != "/" }
        var cut: Substring.Index?
        if let at = authority.lastIndex(of: "@") {
            cut = at
        } else if let at = beforeQuery.lastIndex(of: "@"), beforeQuery[..<at].contains(":") {
            // `alice:pa/ss@host`: an unencoded `/` in the password.
            cut = at
        }
        guard let cut else { return text }
        return String(text[..<authorityStart]) + String(text[text.index(after: cut)...])
    }

    /// Replaces the values of secret query parameters (also in a fragment) with `***`.
    static func withoutQuerySecrets(_ text: String) -> String {
        guard let q = text.firstIndex(where: { $0 == "?" || $0 == "#" }) else { return text }
        var out = String(text[...q])
        var pair = ""
        func flushPair() {
            if let eq = pair.firstIndex(of: "="), isSecretParameter(String(pair[..<eq])) {
                out += pair[...eq] + mask
            } else {
                out += pair
            }
            pair = ""
        }
        for ch in text[text.index(after: q)...] {
            if ch == "&" || ch == ";" || ch == "?" || ch == "#" {
                flushPair()
                out.append(ch)
            } else {
                pair.append(ch)
            }
        }
        flushPair()
        return out
    }

    /// `text` with every occurrence of every secret replaced by `***`.
    public static func scrub(_ text: String, secrets: [String]) -> String {
        var out = text
        for secret in secrets where secret.count >= 4 {
            out = out.replacingOccurrences(of: secret, with: mask)
            // The same secret as a URL would carry it.
            if let encoded = secret.addingPercentEncoding(withAllowedCharacters: URLText.unreserved), encoded != secret {
                out = out.replacingOccurrences(of: encoded, with: mask)
            }
        }
        return out
    }

    /// An error with its message and location redacted (URLs) and scrubbed (known secrets).
    public static func error(_ error: MemBlameError, secrets: [String] = []) -> MemBlameError {
        var e = error
        e.message = scrub(text(e.message), secrets: secrets)
        if var location = e.location {
            location.file = scrub(text(location.file), secrets: secrets)
            e.location = location
        }
        return e
    }
}
