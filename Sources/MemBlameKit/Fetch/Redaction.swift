import Foundation

/// Keeps secrets out of messages and stored names: drops URL user info and query secrets,
/// and replaces known secret strings.
public enum Redaction {
    /// Query parameters that carry credentials in some APIs; their values are replaced.
    static let secretParameters = ["circle-token", "access_token", "token", "x-amz-security-token", "x-amz-signature", "x-amz-credential", "signature"]

    /// The URL without `user:password@` and with credential-like query values replaced by `***`.
    public static func url(_ text: String) -> String {
        guard var parts = URLComponents(string: text) else { return text }
        parts.user = nil
        parts.password = nil
        if let items = parts.queryItems {
            parts.queryItems = items.map { item in
                secretParameters.contains(item.name.lowercased()) ? URLQueryItem(name: item.name, value: "***") : item
            }
        }
        return parts.string ?? text
    }

    /// `text` with every occurrence of every secret replaced by `***`.
    public static func scrub(_ text: String, secrets: [String]) -> String {
        var out = text
        for secret in secrets where secret.count >= 4 { out = out.replacingOccurrences(of: secret, with: "***") }
        return out
    }
}
