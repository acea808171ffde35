import Foundation
import Testing
import MemBlameKit
import MemBlameTestSupport

/// `memblame fetch argocd` and `fetch gitlab` end to end against the replay server, and what they say without a token.
@Suite(.serialized) struct FetchArgoCDGitLabCLITests {
    let binary = Repository.memblameBinary

    func environment(_ extra: [String: String]) -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        for key in ["ARGOCD_AUTH_TOKEN", "ARGOCD_SERVER", "GITLAB_TOKEN", "GITLAB_URL", "http_proxy", "HTTP_PROXY", "ALL_PROXY", "all_proxy"] { env[key] = nil }
        return env.merging(extra) { $1 }
    }

    @Test func syncHistoryIsFetchedAndTheTokenNeverPrinted() throws {
        let token = "argocd-CLI-t0ken-9d8e"
        let server = try LocalServer.replay(fixtures: Repository.root.appendingPathComponent("Tests/MemBlameKitTests/Fixtures/fetch").path,
                                            environment: ["REPLAY_ARGOCD_TOKEN": token])
        defer { server.stop() }
        let db = Scratch.folder().appendingPathComponent("argo.db").path
        let ok = try runProcess(binary, ["fetch", "argocd", "--db", db, "--server", server.baseURL, "--app", "api", "--service", "shop/api"],
                                environment: environment(["ARGOCD_AUTH_TOKEN": token]))
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.stdout == "fetched 1 page (argocd): added 5 rows\n")
        let wrong = try runProcess(binary, ["fetch", "argocd", "--db", db, "--server", server.baseURL, "--app", "api", "--service", "shop/api"],
                                   environment: environment(["ARGOCD_AUTH_TOKEN": "wr0ng-CLI-t0ken"]))
        #expect(wrong.status == 64)
        #expect(wrong.stderr.contains("check ARGOCD_AUTH_TOKEN") && !wrong.stderr.contains("wr0ng-CLI-t0ken"), "\(wrong.stderr)")
        let missing = try runProcess(binary, ["fetch", "argocd", "--db", db, "--server", server.baseURL, "--app", "api", "--service", "shop/api"],
                                     environment: environment([:]))
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("ARGOCD_AUTH_TOKEN is not set"), "\(missing.stderr)")
    }

    @Test func gitLabDeploymentsAreFetchedAndTheTokenNeverPrinted() throws {
        let token = "glpat-CLI-t0ken-7e6f"
        let server = try LocalServer.replay(fixtures: Repository.root.appendingPathComponent("Tests/MemBlameKitTests/Fixtures/fetch").path,
                                            environment: ["REPLAY_GITLAB_TOKEN": token])
        defer { server.stop() }
        let db = Scratch.folder().appendingPathComponent("gitlab.db").path
        let arguments = ["fetch", "gitlab", "--db", db, "--url", server.baseURL, "--project", "acme-corp/api", "--environment", "production",
                         "--since", "2026-03-01", "--service", "shop/api"]
        let ok = try runProcess(binary, arguments, environment: environment(["GITLAB_TOKEN": token]))
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.stdout == "fetched 3 pages (gitlab): added 5 rows\n")
        let wrong = try runProcess(binary, arguments, environment: environment(["GITLAB_TOKEN": "glpat-wr0ng-CLI"]))
        #expect(wrong.status == 64)
        #expect(wrong.stderr.contains("check GITLAB_TOKEN") && !wrong.stderr.contains("glpat-wr0ng-CLI"), "\(wrong.stderr)")
        let missing = try runProcess(binary, arguments, environment: environment([:]))
        #expect(missing.status == 64 && missing.stderr.contains("GITLAB_TOKEN is not set"), "\(missing.stderr)")
    }
}
