import Foundation

/// AWS credentials and region, found the way the AWS CLI finds them: an explicit profile, else the
/// environment (`AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_SESSION_TOKEN`), else `AWS_PROFILE`
/// or `default` in the shared credentials file (`AWS_SHARED_CREDENTIALS_FILE`, `~/.aws/credentials`)
/// and config file (`AWS_CONFIG_FILE`, `~/.aws/config`). Never printed: `description` hides the secrets.
public struct AWSCredentials: Sendable, CustomStringConvertible {
    public var accessKeyID: String
    public var secretAccessKey: String
    /// Temporary credentials' session token, sent as `X-Amz-Security-Token`.
    public var sessionToken: String?
    /// Where they came from (`environment`, `profile dev in ~/.aws/credentials`), for messages.
    public var origin: String

    public init(accessKeyID: String, secretAccessKey: String, sessionToken: String? = nil, origin: String = "given") {
        self.accessKeyID = accessKeyID
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken
        self.origin = origin
    }

    public var description: String { "AWS credentials from \(origin)" }

    /// Every secret string, so output can be checked or scrubbed for them.
    public var secrets: [String] { [accessKeyID, secretAccessKey, sessionToken].compactMap { $0 }.filter { !$0.isEmpty } }

    /// Resolves credentials.
    /// - Parameters:
    ///   - profile: `--profile`; wins over the environment's keys.
    ///   - environment: the process environment (tests pass their own).
    /// - Throws: usage error saying what to set when nothing is found or the profile is unusable.
    public static func resolve(profile: String?, environment: [String: String]) throws -> AWSCredentials {
        if profile == nil, let key = environment["AWS_ACCESS_KEY_ID"], !key.isEmpty {
            guard let secret = environment["AWS_SECRET_ACCESS_KEY"], !secret.isEmpty else {
                throw MemBlameError(.usage, "AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not; set both (and AWS_SESSION_TOKEN for temporary credentials)")
            }
            let token = environment["AWS_SESSION_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
            return AWSCredentials(accessKeyID: key, secretAccessKey: secret, sessionToken: token, origin: "the environment")
        }
        let name = profile ?? environment["AWS_PROFILE"].flatMap { $0.isEmpty ? nil : $0 } ?? "default"
        let files = AWSConfigFiles(environment: environment)
        // The credentials file names sections `[name]`; the config file `[profile name]` (but `[default]`).
        let sections = [(files.credentialsPath, files.credentials[name]), (files.configPath, files.config[name])]
        for (path, section) in sections {
            guard let section else { continue }
            if let key = section["aws_access_key_id"], let secret = section["aws_secret_access_key"] {
                return AWSCredentials(accessKeyID: key, secretAccessKey: secret, sessionToken: section["aws_session_token"],
                                      origin: "profile \(name) in \(path)")
            }
            for unsupported in ["role_arn", "sso_start_url", "sso_session", "credential_process", "web_identity_token_file"] where section[unsupported] != nil {
                throw MemBlameError(.usage, "profile \(name) in \(path) uses \(unsupported), which memblame does not resolve; export temporary keys first: eval \"$(aws configure export-credentials --profile \(name) --format env)\"")
            }
        }
        if profile != nil || environment["AWS_PROFILE"] != nil {
            throw MemBlameError(.usage, "AWS profile '\(name)' has no aws_access_key_id/aws_secret_access_key in \(files.credentialsPath) or \(files.configPath)")
        }
        throw MemBlameError(.usage, "no AWS credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE/--profile with keys in \(files.credentialsPath)")
    }

    /// The region: `--region`, `AWS_REGION`, `AWS_DEFAULT_REGION`, then the profile's `region` in the config file.
    /// - Throws: usage error when none is set.
    public static func region(explicit: String?, profile: String?, environment: [String: String]) throws -> String {
        for candidate in [explicit, environment["AWS_REGION"], environment["AWS_DEFAULT_REGION"]] {
            if let candidate, !candidate.isEmpty { return candidate }
        }
        let name = profile ?? environment["AWS_PROFILE"].flatMap { $0.isEmpty ? nil : $0 } ?? "default"
        let files = AWSConfigFiles(environment: environment)
        if let region = files.config[name]?["region"] ?? files.credentials[name]?["region"] { return region }
        throw MemBlameError(.usage, "no AWS region: pass --region, set AWS_REGION, or add region to profile \(name) in \(files.configPath)")
    }
}

/// The shared credentials and config files, parsed as INI sections keyed by profile name.
struct AWSConfigFiles {
    let credentialsPath: String
    let configPath: String
    let credentials: [String: [String: String]]
    let config: [String: [String: String]]

    init(environment: [String: String]) {
        let home = environment["HOME"] ?? NSHomeDirectory()
        credentialsPath = environment["AWS_SHARED_CREDENTIALS_FILE"] ?? "\(home)/.aws/credentials"
        configPath = environment["AWS_CONFIG_FILE"] ?? "\(home)/.aws/config"
        credentials = Self.parse(path: credentialsPath, profilePrefix: false)
        config = Self.parse(path: configPath, profilePrefix: true)
    }

    /// Sections of an INI file; in the config file `[profile x]` becomes `x`.
    static func parse(path: String, profilePrefix: Bool) -> [String: [String: String]] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [:] }
        return parse(text: text, profilePrefix: profilePrefix)
    }

    static func parse(text: String, profilePrefix: Bool) -> [String: [String: String]] {
        var sections: [String: [String: String]] = [:]
        var current: String?
        for raw in text.split(whereSeparator: \.isNewline) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix(";") { continue }
            if line.hasPrefix("[") && line.hasSuffix("]") {
                var name = line.dropFirst().dropLast().trimmingCharacters(in: .whitespaces)
                if profilePrefix, name.hasPrefix("profile ") { name = name.dropFirst("profile ".count).trimmingCharacters(in: .whitespaces) }
                current = name
                sections[name, default: [:]] = sections[name] ?? [:]
                continue
            }
            // Nested settings (`s3 =` blocks) are indented in the raw line; they never hold credentials.
            guard let current, let eq = line.firstIndex(of: "="), !raw.hasPrefix(" "), !raw.hasPrefix("\t") else { continue }
            let key = line[..<eq].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: eq)...].trimmingCharacters(in: .whitespaces)
            sections[current]?[key] = value
        }
        return sections
    }
}
