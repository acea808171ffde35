import Foundation
import Testing
@testable import MemBlameKit
import MemBlameTestSupport

/// The AWS credential and region chain: environment, profiles in the shared files, errors.
@Suite struct AWSCredentialsTests {
    /// An environment with shared files in a scratch folder.
    func files(credentials: String, config: String) -> [String: String] {
        let folder = Scratch.folder()
        let c = folder.appendingPathComponent("credentials").path
        let k = folder.appendingPathComponent("config").path
        try? credentials.write(toFile: c, atomically: true, encoding: .utf8)
        try? config.write(toFile: k, atomically: true, encoding: .utf8)
        return ["AWS_SHARED_CREDENTIALS_FILE": c, "AWS_CONFIG_FILE": k, "HOME": folder.path]
    }

    let sharedCredentials = """
        [default]
        aws_access_key_id = AKIADEFAULT
        aws_secret_access_key = defaultSecret

        [dev]
        aws_access_key_id=AKIADEV
        aws_secret_access_key=devSecret
        aws_session_token=devToken
        """
    let sharedConfig = """
        [default]
        region = eu-west-1
        [profile dev]
        region = ap-south-1
        s3 =
            max_concurrent_requests = 20
        [profile assume]
        role_arn = arn:aws:iam::123456789012:role/x
        source_profile = default
        [profile inline]
        aws_access_key_id = AKIAINLINE
        aws_secret_access_key = inlineSecret
        """

    @Test func environmentWinsWithoutProfile() throws {
        var env = files(credentials: sharedCredentials, config: sharedConfig)
        env["AWS_ACCESS_KEY_ID"] = "AKIAENV"
        env["AWS_SECRET_ACCESS_KEY"] = "envSecret"
        env["AWS_SESSION_TOKEN"] = "envToken"
        let c = try AWSCredentials.resolve(profile: nil, environment: env)
        #expect(c.accessKeyID == "AKIAENV" && c.secretAccessKey == "envSecret" && c.sessionToken == "envToken")
        #expect(c.origin == "the environment")
        #expect(!"\(c)".contains("envSecret"))
    }

    @Test func explicitProfileWinsOverEnvironment() throws {
        var env = files(credentials: sharedCredentials, config: sharedConfig)
        env["AWS_ACCESS_KEY_ID"] = "AKIAENV"
        env["AWS_SECRET_ACCESS_KEY"] = "envSecret"
        let c = try AWSCredentials.resolve(profile: "dev", environment: env)
        #expect(c.accessKeyID == "AKIADEV" && c.sessionToken == "devToken")
        #expect(try AWSCredentials.region(explicit: nil, profile: "dev", environment: files(credentials: "", config: sharedConfig)) == "ap-south-1")
    }

    @Test func awsProfileAndDefaultAndConfigFileKeys() throws {
        var env = files(credentials: sharedCredentials, config: sharedConfig)
        #expect(try AWSCredentials.resolve(profile: nil, environment: env).accessKeyID == "AKIADEFAULT")
        #expect(try AWSCredentials.region(explicit: nil, profile: nil, environment: env) == "eu-west-1")
        env["AWS_PROFILE"] = "inline"
        #expect(try AWSCredentials.resolve(profile: nil, environment: env).accessKeyID == "AKIAINLINE")
    }

    @Test func regionChainOrder() throws {
        var env = files(credentials: "", config: sharedConfig)
        env["AWS_DEFAULT_REGION"] = "us-west-2"
        #expect(try AWSCredentials.region(explicit: nil, profile: nil, environment: env) == "us-west-2")
        env["AWS_REGION"] = "us-east-2"
        #expect(try AWSCredentials.region(explicit: nil, profile: nil, environment: env) == "us-east-2")
        #expect(try AWSCredentials.region(explicit: "sa-east-1", profile: nil, environment: env) == "sa-east-1")
    }

    @Test func unsupportedAndMissingProfilesSayWhatToDo() throws {
        let env = files(credentials: sharedCredentials, config: sharedConfig)
        let config = env["AWS_CONFIG_FILE"]!
        #expect(throws: MemBlameError(.usage, "profile assume in \(config) uses role_arn, which memblame does not resolve; export temporary keys first: eval \"$(aws configure export-credentials --profile assume --format env)\"")) {
            try AWSCredentials.resolve(profile: "assume", environment: env)
        }
        #expect(throws: MemBlameError(.usage, "AWS profile 'nope' has no aws_access_key_id/aws_secret_access_key in \(env["AWS_SHARED_CREDENTIALS_FILE"]!) or \(config)")) {
            try AWSCredentials.resolve(profile: "nope", environment: env)
        }
        let empty = files(credentials: "", config: "")
        #expect(throws: MemBlameError(.usage, "no AWS credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE/--profile with keys in \(empty["AWS_SHARED_CREDENTIALS_FILE"]!)")) {
            try AWSCredentials.resolve(profile: nil, environment: empty)
        }
        #expect(throws: MemBlameError(.usage, "no AWS region: pass --region, set AWS_REGION, or add region to profile default in \(empty["AWS_CONFIG_FILE"]!)")) {
            try AWSCredentials.region(explicit: nil, profile: nil, environment: empty)
        }
    }
}
