import ArgumentParser
import Foundation
import MemBlameKit

/// `memblame fetch gitlab`: a GitLab project's successful deployments to an environment.
struct FetchGitLab: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gitlab",
        abstract: "Fetch deploys from GitLab: a project's successful deployments to an environment (GITLAB_TOKEN)."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var network: NetworkOptions
    @Option(help: "The project, GROUP/PROJECT or its numeric id.") var project: String
    @Option(help: "The environment (production).") var environment: String
    @Option(help: "Only deployments updated at or after this (30d, 2026-11-01).") var since: String = "30d"
    @Option(help: "The memory series' service these deploys belong to (e.g. shop/api).") var service: String
    @Option(help: "The GitLab instance (default https://gitlab.com, or GITLAB_URL).") var url: String?

    func run() throws {
        let env = ProcessInfo.processInfo.environment
        let base = url ?? env["GITLAB_URL"] ?? "https://gitlab.com"
        try reportingErrors { try redactingErrors(secrets: fetchSecrets() + urlSecrets(base)) {
            guard let token = env["GITLAB_TOKEN"], !token.isEmpty else {
                throw MemBlameError(.usage, "GITLAB_TOKEN is not set; export a token with read_api scope (a personal, project or group access token)")
            }
            let fetcher = GitLabFetcher(client: try network.client(), token: token, apiURL: base)
            fetcher.reader.onProgress = { FetchProgress.shared.update($0) }
            let db = try global.open()
            let query = GitLabQuery(project: project, environment: environment, since: try Terminal.bound(since, name: "--since"))
            let report = try fetcher.fetch(query, into: db, service: service)
            FetchProgress.shared.clear()
            printFetchSummary(report, noun: "rows")
        } }
    }
}
