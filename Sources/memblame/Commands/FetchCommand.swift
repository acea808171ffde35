import ArgumentParser
import Foundation
import MemBlameKit

/// `memblame fetch cloudwatch|prometheus|circleci|github`: pull memory series and deploy history from the APIs.
struct FetchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Fetch memory series (CloudWatch, Prometheus) or deploy history (CircleCI, GitHub, Argo CD, GitLab) over the network into the database.",
        discussion: "Credentials come from the environment (AWS_*, PROMETHEUS_TOKEN or PROMETHEUS_USER/PROMETHEUS_PASSWORD, CIRCLE_TOKEN, GITHUB_TOKEN/GH_TOKEN, ARGOCD_AUTH_TOKEN, GITLAB_TOKEN) or the AWS shared files; see docs/fetch.md.",
        subcommands: [FetchCloudWatch.self, FetchPrometheus.self, FetchCircleCI.self, FetchGitHub.self, FetchArgoCD.self, FetchGitLab.self]
    )
}

/// Network options every fetch shares.
struct NetworkOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Seconds one request may take before it is abandoned (and retried), at most 86400.", valueName: "seconds"))
    var timeout: String = "60"
    @Option(help: ArgumentHelp("Attempts per request on 429, 5xx and timeouts, with exponential backoff (1 to 20).", valueName: "n"))
    var attempts: String = "5"

    /// A client with the memblame user agent; progress and retries go to stderr on a terminal.
    func client() throws -> HTTPClient {
        let timeout = try OptionValues.timeout(self.timeout)
        let attempts = try OptionValues.integer(self.attempts, option: "--attempts", in: 1...20)
        let client = HTTPClient(userAgent: "memblame/\(MemBlame.version)", timeout: timeout, retry: RetryPolicy(maxAttempts: attempts))
        client.onRetry = { FetchProgress.shared.note("memblame: " + $0) }
        return client
    }
}

/// Runs a fetch with every error line redacted: URLs lose user info and token query values, and the
/// credentials in use (`secrets`) are masked wherever they appear, whichever layer wrote the message.
func redactingErrors(secrets: [String], _ body: () throws -> Void) throws {
    FetchProgress.shared.secrets = secrets
    do {
        try body()
    } catch let error as MemBlameError {
        FetchProgress.shared.clear()
        throw Redaction.error(error, secrets: secrets)
    } catch let error as ValidationError {
        FetchProgress.shared.clear()
        throw ValidationError(Redaction.scrub(Redaction.text(error.message), secrets: secrets))
    }
}

/// The user name and password in a URL's user info (`http://alice:S3cret@host`), to mask wherever they appear.
func urlSecrets(_ url: String?) -> [String] {
    guard let url else { return [] }
    let start = url.range(of: "://")?.upperBound ?? url.startIndex
    let beforeQuery = url[start...].prefix { $0 != "?" && $0 != "#" }
    guard let at = beforeQuery.lastIndex(of: "@") else { return [] }
    let info = beforeQuery[..<at]
    return info.split(separator: ":", maxSplits: 1).map(String.init).flatMap { [$0, $0.removingPercentEncoding ?? $0] }.filter { $0.count >= 4 }
}

/// The secrets a fetch may hold, from the environment, to mask in anything printed.
func fetchSecrets() -> [String] {
    let env = ProcessInfo.processInfo.environment
    return ["CIRCLE_TOKEN", "GITHUB_TOKEN", "GH_TOKEN", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN",
            "PROMETHEUS_TOKEN", "PROMETHEUS_PASSWORD", "ARGOCD_AUTH_TOKEN", "GITLAB_TOKEN"].compactMap { env[$0] }.filter { !$0.isEmpty }
}

/// Progress on stderr, only when it is a terminal: one line rewritten in place.
final class FetchProgress {
    static let shared = FetchProgress()
    let enabled = isatty(2) == 1
    private var shown = false
    /// Masked in every line printed (with URLs redacted by `Redaction.text`).
    var secrets: [String] = []

    func update(_ line: String) {
        guard enabled else { return }
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + Redaction.scrub(Redaction.text(line), secrets: secrets).prefix(160)).utf8))
        shown = true
    }

    /// A line that stays (retries): printed whether or not stderr is a terminal.
    func note(_ line: String) {
        clear()
        Terminal.note(Redaction.scrub(Redaction.text(line), secrets: secrets))
    }

    func clear() {
        guard shown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        shown = false
    }
}

struct FetchCloudWatch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cloudwatch",
        abstract: "Fetch an ECS service's memory metric with CloudWatch GetMetricData (SigV4-signed).",
        discussion: "Credentials: --profile, else AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY/AWS_SESSION_TOKEN, else AWS_PROFILE or default in ~/.aws/credentials and ~/.aws/config. Region: --region, AWS_REGION, AWS_DEFAULT_REGION, the profile's region."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var network: NetworkOptions
    @Option(help: "The ECS cluster (dimension ClusterName).") var cluster: String
    @Option(help: "The ECS service (dimension ServiceName); stored as CLUSTER/SERVICE.") var service: String
    @Option(help: "The AWS/ECS metric.") var metric: String = "MemoryUtilization"
    @Option(help: "The statistic: Average, Maximum, Minimum, Sum, SampleCount or pNN.") var stat: String = "Average"
    @Option(help: "Seconds per point, or auto (60 within 15 days, 300 within 63 days, else 3600).") var period: String = "auto"
    @Option(help: "Start: a duration back from now (30d) or an ISO 8601 time.") var since: String = "30d"
    @Option(help: "End (default now).") var until: String?
    @Option(help: "The AWS region.") var region: String?
    @Option(help: "A profile in the AWS shared credentials/config files.") var profile: String?
    @Option(help: "Another CloudWatch endpoint (moto, LocalStack, a VPC endpoint).") var endpointUrl: String?
    @Option(help: "When a stored point has another value: error, keep or replace (CloudWatch revises recent minutes).") var onConflict: ConflictPolicy = .replace
    @Option(help: "Datapoints per GetMetricData call; longer ranges are split (CloudWatch's limit is 100800).") var maxDatapoints: Int = CloudWatchFetcher.datapointLimit

    func run() throws {
        try reportingErrors { try redactingErrors(secrets: fetchSecrets() + urlSecrets(endpointUrl)) {
            let client = try network.client()
            var chosenPeriod: Int?
            if period != "auto" {
                guard let p = Int(period), p > 0, p <= 366 * 86400, p % 60 == 0 || [1, 5, 10, 30].contains(p) else {
                    throw MemBlameError(.usage, "--period expects auto or seconds (60, 300, 3600; 1, 5, 10, 30 for high-resolution metrics); found '\(period)'")
                }
                chosenPeriod = p
            }
            let now = Int64(Date().timeIntervalSince1970)
            let start = try Terminal.bound(since, name: "--since", now: now)!
            let end = try Terminal.bound(until, name: "--until", now: now) ?? now
            let environment = ProcessInfo.processInfo.environment
            let credentials = try AWSCredentials.resolve(profile: profile, environment: environment)
            let region = try AWSCredentials.region(explicit: self.region, profile: profile, environment: environment)
            guard (1...CloudWatchFetcher.datapointLimit).contains(maxDatapoints) else {
                throw MemBlameError(.usage, "--max-datapoints must be between 1 and \(CloudWatchFetcher.datapointLimit)")
            }
            let fetcher = CloudWatchFetcher(client: client, region: region, credentials: credentials, endpoint: endpointUrl,
                                            maxDatapointsPerCall: maxDatapoints)
            fetcher.onProgress = { FetchProgress.shared.update($0) }
            let db = try global.open()
            let query = CloudWatchQuery(cluster: cluster, service: service, metric: metric, stat: stat, period: chosenPeriod, start: start, end: end)
            let report = try fetcher.fetch(query, into: db, onConflict: onConflict)
            FetchProgress.shared.clear()
            printFetchSummary(report, noun: "points")
        } }
    }
}

struct FetchCircleCI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "circleci",
        abstract: "Fetch deploys from CircleCI API v2 (pipelines, workflows, jobs) with CIRCLE_TOKEN."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var network: NetworkOptions
    @Option(help: "The project slug, gh/ORG/REPO.") var project: String
    @Option(help: "Only pipelines of this branch.") var branch: String = "main"
    @Option(help: "The deploy workflow's name (e.g. deploy); without it every workflow's jobs are read.") var workflow: String?
    @Option(help: "Only pipelines created at or after this (30d, 2026-11-01).") var since: String = "30d"
    @Option(help: "The memory series' service these deploys belong to (e.g. prod/api).") var service: String
    @Option(help: "The CircleCI server (default https://circleci.com, or CIRCLECI_BASE_URL).") var baseUrl: String?

    func run() throws {
        try reportingErrors { try redactingErrors(secrets: fetchSecrets() + urlSecrets(baseUrl ?? ProcessInfo.processInfo.environment["CIRCLECI_BASE_URL"])) {
            let client = try network.client()
            let environment = ProcessInfo.processInfo.environment
            guard let token = environment["CIRCLE_TOKEN"], !token.isEmpty else {
                throw MemBlameError(.usage, "CIRCLE_TOKEN is not set; create a personal API token in CircleCI (User Settings, Personal API Tokens) and export it")
            }
            let base = baseUrl ?? environment["CIRCLECI_BASE_URL"] ?? "https://circleci.com"
            let fetcher = CircleCIFetcher(client: client, token: token, baseURL: base)
            fetcher.reader.onProgress = { FetchProgress.shared.update($0) }
            let db = try global.open()
            let query = CircleCIQuery(projectSlug: project, branch: branch, workflow: workflow, since: try Terminal.bound(since, name: "--since"))
            let report = try fetcher.fetch(query, into: db, service: service)
            FetchProgress.shared.clear()
            printFetchSummary(report, noun: "rows")
        } }
    }
}

struct FetchGitHub: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "github",
        abstract: "Fetch deploys from GitHub: Actions runs of a workflow, or deployments of an environment (GITHUB_TOKEN or GH_TOKEN)."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var network: NetworkOptions
    @Option(help: "The repository, ORG/REPO.") var repo: String
    @Option(help: "The deploy workflow's file name (deploy.yml).") var workflow: String?
    @Option(help: "The deployment environment (production).") var environment: String?
    @Option(help: "Only runs of this branch (workflow runs).") var branch: String?
    @Option(help: "Only runs or deployments created at or after this (30d, 2026-11-01).") var since: String = "30d"
    @Option(help: "The memory series' service these deploys belong to (e.g. prod/api).") var service: String
    @Option(help: "The GitHub API (default https://api.github.com, or GITHUB_API_URL).") var apiUrl: String?

    func validate() throws {
        guard (workflow == nil) != (environment == nil) else {
            throw ValidationError("name exactly one of --workflow FILE and --environment NAME")
        }
    }

    func run() throws {
        try reportingErrors { try redactingErrors(secrets: fetchSecrets() + urlSecrets(apiUrl ?? ProcessInfo.processInfo.environment["GITHUB_API_URL"])) {
            let client = try network.client()
            let env = ProcessInfo.processInfo.environment
            guard let token = [env["GITHUB_TOKEN"], env["GH_TOKEN"]].compactMap({ $0 }).first(where: { !$0.isEmpty }) else {
                throw MemBlameError(.usage, "neither GITHUB_TOKEN nor GH_TOKEN is set; export a token that can read Actions and deployments (e.g. GH_TOKEN=$(gh auth token))")
            }
            let api = apiUrl ?? env["GITHUB_API_URL"] ?? "https://api.github.com"
            let fetcher = GitHubFetcher(client: client, token: token, apiURL: api)
            fetcher.reader.onProgress = { FetchProgress.shared.update($0) }
            let db = try global.open()
            let query = GitHubQuery(repo: repo, workflow: workflow, environment: environment, branch: branch, since: try Terminal.bound(since, name: "--since"))
            let report = try fetcher.fetch(query, into: db, service: service)
            FetchProgress.shared.clear()
            printFetchSummary(report, noun: "rows")
        } }
    }
}

/// One summary line for a fetch (the per-page list of an import would be long), plus warnings.
func printFetchSummary(_ report: ImportReport, noun: String) {
    for warning in report.warnings { Terminal.note("memblame: " + warning) }
    let formats = Set(report.files.map(\.format)).sorted().joined(separator: ", ")
    var line = "fetched \(report.files.count) page\(report.files.count == 1 ? "" : "s") (\(formats)): added \(report.added) \(noun)"
    if report.duplicates > 0 { line += ", \(report.duplicates) already present" }
    let conflicts = report.files.reduce(0) { $0 + $1.conflicts }
    if conflicts > 0 { line += ", \(conflicts) revised" }
    let notes = report.files.flatMap(\.notes)
    if !notes.isEmpty { line += "; " + notes.joined(separator: ", ") }
    Terminal.print(line + "\n")
}
