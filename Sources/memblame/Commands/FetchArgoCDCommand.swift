import ArgumentParser
import Foundation
import MemBlameKit

/// `memblame fetch argocd`: an Argo CD Application's sync history as deploys.
struct FetchArgoCD: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "argocd",
        abstract: "Fetch deploys from an Argo CD Application's sync history (status.history) with ARGOCD_AUTH_TOKEN."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var network: NetworkOptions
    @Option(help: "The Argo CD server (default ARGOCD_SERVER); a bare host means https.") var server: String?
    @Option(help: "The Application's name.") var app: String
    @Option(help: "The Application's namespace, when Applications live outside the control plane's namespace.") var appNamespace: String?
    @Option(help: "The memory series' service these deploys belong to (e.g. shop/api).") var service: String

    func run() throws {
        let env = ProcessInfo.processInfo.environment
        let base = server ?? env["ARGOCD_SERVER"]
        try reportingErrors { try redactingErrors(secrets: fetchSecrets() + urlSecrets(base)) {
            guard let base, !base.isEmpty else { throw MemBlameError(.usage, "name the Argo CD server with --server or ARGOCD_SERVER") }
            guard let token = env["ARGOCD_AUTH_TOKEN"], !token.isEmpty else {
                throw MemBlameError(.usage, "ARGOCD_AUTH_TOKEN is not set; export a token that can get the Application (e.g. argocd account generate-token)")
            }
            let fetcher = ArgoCDFetcher(client: try network.client(), token: token, server: base)
            fetcher.reader.onProgress = { FetchProgress.shared.update($0) }
            let db = try global.open()
            let (report, notes) = try fetcher.fetch(app: app, appNamespace: appNamespace, into: db, service: service)
            FetchProgress.shared.clear()
            for note in notes { Terminal.note("memblame: " + note) }
            printFetchSummary(report, noun: "rows")
        } }
    }
}
