import Foundation
import Testing
@testable import MemBlameKit
import MemBlameTestSupport

/// `ArgoCDFetcher` against the replay server (Fixtures/fetch/argocd): the sync history becomes deploys.
@Suite(.serialized) struct ArgoCDFetchTests {
    static let token = "argocd-REPLAY-t0ken-5b6c"

    func harness() throws -> (LocalServer, HTTPClient) {
        try replayHarness(tokenVariable: "REPLAY_ARGOCD_TOKEN", token: Self.token)
    }

    @Test func syncHistoryBecomesDeploys() throws {
        let (server, client) = try harness()
        defer { server.stop() }
        let db = try Database.inMemory()
        let fetcher = ArgoCDFetcher(client: client, token: Self.token, server: server.baseURL)
        let (report, notes) = try fetcher.fetch(app: "api", into: db, service: "shop/api")
        #expect(report.added == 5)
        #expect(notes.isEmpty)
        #expect(try server.requests().map(\.path) == ["/api/v1/applications/api"])
        let deploys = try DeployStore(db).deploys(service: "shop/api")
        #expect(deploys.map(\.externalID) == ["api#0", "api#1", "api#2", "api#3", "api#4"])
        #expect(deploys.map { Timestamp.iso($0.ts) } == ["2026-03-01T22:00:41Z", "2026-03-02T12:00:37Z", "2026-03-03T00:00:44Z", "2026-03-03T12:00:39Z", "2026-03-04T00:00:42Z"])
        #expect(deploys[3].sha == "4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f70")
        #expect(deploys.map(\.author) == [nil, nil, nil, "priya.raman", nil])
        #expect(deploys.allSatisfy { $0.source == "argocd" && $0.title == nil })
        #expect(try db.scalar("SELECT source || ' ' || format || ' ' || path FROM imports")?.string == "fetch argocd \(server.baseURL)/api/v1/applications/api")
        // Fetching again adds nothing.
        #expect(try fetcher.fetch(app: "api", into: db, service: "shop/api").report.duplicates == 5)
    }

    @Test func aWrongTokenAndAMissingApplicationSayWhatToCheck() throws {
        let (server, client) = try harness()
        defer { server.stop() }
        let db = try Database.inMemory()
        do {
            _ = try ArgoCDFetcher(client: client, token: "wr0ng-argocd-t0ken", server: server.baseURL).fetch(app: "api", into: db, service: "shop/api")
            Issue.record("a wrong token must fail")
        } catch let error as MemBlameError {
            #expect(error.message == "Argo CD token rejected (HTTP 401: invalid session: token signature is invalid); check ARGOCD_AUTH_TOKEN")
        }
        do {
            _ = try ArgoCDFetcher(client: client, token: Self.token, server: server.baseURL).fetch(app: "web", into: db, service: "shop/web")
            Issue.record("a missing Application must fail")
        } catch let error as MemBlameError {
            #expect(error.message.hasPrefix("Argo CD has no such resource (HTTP 404: applications.argoproj.io \"web\" not found)"), "\(error.message)")
        }
        #expect(try DeployStore(db).deploys().isEmpty)
    }

    @Test func historyEntriesReadFromAnApplication() throws {
        let page = InputFile(name: "app.json", contents: Data(#"""
            {"metadata": {"name": "api"}, "status": {"history": [
              {"id": 7, "revisions": ["ABCDEF1234567"], "deployedAt": "2026-03-02T10:00:00Z", "initiatedBy": {"username": "admin"}},
              {"id": 8, "revision": "v1.4.0", "deployedAt": "2026-03-03T10:00:00Z"},
              {"id": 9, "revision": "deadbeef1", "deployStartedAt": "2026-03-04T10:00:00Z"}]}}
            """#.utf8))
        let batch = try ArgoCDFetcher.deploys(page, service: "shop/api")
        #expect(batch.deploys.map(\.sha) == ["abcdef1234567", nil])
        #expect(batch.deploys.map(\.title) == [nil, "revision v1.4.0"])
        #expect(batch.deploys.map(\.externalID) == ["api#7", "api#8"])
        #expect(batch.skipped == ["history entries without deployedAt": 1])
        #expect(try ArgoCDFetcher.deploys(InputFile(name: "new.json", contents: Data(#"{"metadata": {"name": "api"}, "status": {}}"#.utf8)), service: "s").warnings.count == 1)
        #expect(throws: MemBlameError.self) { try ArgoCDFetcher.deploys(InputFile(name: "bad.json", contents: Data(#"{"metadata": {"name": "a"}, "status": {"history": [{"deployedAt": "x", "id": 1}]}}"#.utf8)), service: "s") }
    }
}
