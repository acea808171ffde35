import Foundation
import Testing
@testable import MemBlameKit
import MemBlameTestSupport

/// Deploy histories of Kubernetes and AWS teams: kubectl ReplicaSets, Argo CD, GitLab, ECS, CodeDeploy, and the
/// refused kubectl rollout history. Real AWS CLI examples and recordings where they exist (deploy-history/),
/// files written from the API docs otherwise (kubernetes/, see its generate.py).
@Suite struct KubernetesDeployImportTests {
    func read(_ file: String, options: DeployImportOptions = DeployImportOptions()) throws -> DeployBatch {
        let input = Fixture.input(file)
        return try DeployFormats.detect(input).read([input], options: options)
    }

    func iso(_ text: String) -> Int64 { Timestamp.parse(text)! }

    @Test(arguments: [
        ("kubernetes/kubectl-get-replicasets.prod.json", "kubectl-replicasets"), ("kubernetes/argocd-application.api.json", "argocd"),
        ("kubernetes/gitlab-deployments.page1.json", "gitlab"), ("deploy-history/awscli-examples.ecs-describe-services.json", "ecs"),
        ("deploy-history/awscli-examples.ecs-list-service-deployments.json", "ecs"), ("deploy-history/awscli-examples.ecs-describe-service-deployments.json", "ecs"),
        ("deploy-history/c7n-placebo.ecs-describe-services-rolling-2deployments.cli-shape.json", "ecs"),
        ("deploy-history/awscli-examples.codedeploy-get-deployment.json", "codedeploy"), ("deploy-history/awscli-examples.codedeploy-batch-get-deployments.json", "codedeploy"),
        ("deploy-history/awscli-examples.codedeploy-list-deployments.json", "codedeploy"),
        ("deploy-history/darklang-docs.kubectl-rollout-history-none.txt", "kubectl-rollout-history"),
        ("deploy-history/kube-and-service-readme.kubectl-get-and-rollout-history.md", "kubectl-rollout-history"),
    ])
    func detectsByContent(_ file: String, _ format: String) throws {
        let copy = Scratch.file("input.dat", try String(contentsOfFile: Fixture.path(file), encoding: .utf8))
        #expect(try DeployFormats.detect(InputFile(path: copy)).name == format)
    }

    @Test func aPodListIsANearMissPointingAtReplicaSets() throws {
        let pods = #"{"apiVersion": "v1", "items": [{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "api-7d4b9c6f5-x2lqp", "ownerReferences": [{"kind": "ReplicaSet", "name": "api-7d4b9c6f5"}]}}], "kind": "List"}"#
        let path = Scratch.file("pods.json", pods)
        #expect(throws: MemBlameError.badInput("not a deploy-history format memblame knows (\(DeployFormats.all.map(\.name).joined(separator: ", "))): found a JSON object with members \"apiVersion\", \"items\", \"kind\"; pods and Deployments do not hold the rollout history: export kubectl get replicasets -o json (one ReplicaSet per revision, with its creation time); name one with --format",
                                               at: SourceLocation(file: path))) {
            _ = try DeployFormats.detect(InputFile(path: path))
        }
    }

    @Test func replicaSetsOfADeploymentAreItsRevisions() throws {
        let batch = try read("kubernetes/kubectl-get-replicasets.prod.json")
        #expect(batch.deploys.map(\.externalID) == ["prod/api#5", "prod/api#4", "prod/api#6"])
        #expect(batch.deploys.allSatisfy { $0.service == "prod/api" && $0.source == "kubernetes" && !$0.approximate })
        #expect(batch.deploys.map(\.ts) == [iso("2026-11-20T09:12:41Z"), iso("2026-11-21T14:03:09Z"), iso("2026-11-22T08:30:00Z")])
        // Image tag `api:9fceb02`, `api:sha-3f2c1e9a`; `api:v1.8.0` names no commit, the git-commit annotation does.
        #expect(batch.deploys.map(\.sha) == ["9fceb02", "3f2c1e9a", "e83c5163316f89bfbde7d9ab23ca2e25604af290"])
        #expect(batch.deploys[1].title == "kubectl set image deployment/api api=123456789012.dkr.ecr.us-east-1.amazonaws.com/api:sha-3f2c1e9a")
        #expect(batch.skipped == ["ReplicaSet without a Deployment owner": 1])
        #expect(batch.warnings == ["1 ReplicaSet(s) were rolled back to (kubectl rollout undo): prod/api-6b8f9d7c4 (revision 5, earlier 3); each is imported at its creation, the rollback's own time is not in the export"])
        #expect(batch.depthLimits["prod/api"] == HistoryDepth(why: KubectlReplicaSetFormat.depthNote, oldest: iso("2026-11-20T09:12:41Z"), count: 3))
    }

    @Test func imageTagsThatNameACommit() {
        #expect(DeployVersionHints.sha(fromImage: "registry:5000/team/api:3f2c1e9") == "3f2c1e9")
        #expect(DeployVersionHints.sha(fromImage: "api:v1.4.2-3f2c1e9abc") == "3f2c1e9abc")
        #expect(DeployVersionHints.sha(fromImage: "api:main_3f2c1e9") == "3f2c1e9")
        #expect(DeployVersionHints.sha(fromImage: "api:1.4.2") == nil)
        #expect(DeployVersionHints.sha(fromImage: "api:20261124") == nil)   // a date, not a commit
        #expect(DeployVersionHints.sha(fromImage: "api@sha256:9b2c0f3e1d4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c") == nil)
        #expect(DeployVersionHints.sha(fromImage: "registry:5000/api") == nil)
    }

    @Test func argoCDHistoryEntriesAreSyncs() throws {
        let batch = try read("kubernetes/argocd-application.api.json")
        #expect(batch.deploys.map(\.externalID) == ["api#3", "api#4", "api#5", "api#6"])
        #expect(batch.deploys.allSatisfy { $0.service == "prod/api" && $0.source == "argocd" && $0.url == "https://github.com/example/api.git" })
        #expect(batch.deploys.map(\.ts) == ["2026-11-20T09:13:05Z", "2026-11-21T14:03:40Z", "2026-11-21T16:40:31Z", "2026-11-22T08:31:02Z"].map(iso))
        #expect(batch.deploys.map(\.sha) == ["9fceb02d0ae598e95dc970b74767f19372d61af8", "3f2c1e9a5d7b4c8e6f0a1b2c3d4e5f6a7b8c9d0e",
                                            "9fceb02d0ae598e95dc970b74767f19372d61af8", "e83c5163316f89bfbde7d9ab23ca2e25604af290"])
        #expect(batch.deploys[2].author == "alice@example.com")
        #expect(batch.depthLimits["prod/api"]?.count == 4)
        // The manual sync back to 9fceb02 is a rollback, as the ranker sees it.
        #expect(SuspectRanker().isRollback(2, deploys: batch.deploys, commits: []))
    }

    @Test func gitLabKeepsSuccessfulDeploymentsOfTheEnvironment() throws {
        #expect(throws: MemBlameError(.usage, "GitLab names the project, not the service of the memory series; pass --service (e.g. --service prod/api)")) {
            _ = try read("kubernetes/gitlab-deployments.page1.json")
        }
        #expect(throws: MemBlameError(.usage, "the deployments are for several environments (production, staging); pass --environment (e.g. --environment production)")) {
            _ = try read("kubernetes/gitlab-deployments.page1.json", options: DeployImportOptions(service: "prod/api"))
        }
        let batch = try read("kubernetes/gitlab-deployments.page1.json", options: DeployImportOptions(service: "prod/api", environment: "production"))
        #expect(batch.deploys.map(\.externalID) == ["41", "43", "44"])
        // Deployment 44 has no finished_at (GitLab before 15): its job's finished_at.
        #expect(batch.deploys.map(\.ts) == ["2026-11-20T09:11:44Z", "2026-11-21T14:02:31Z", "2026-11-22T08:30:05Z"].map(iso))
        #expect(batch.deploys.allSatisfy { !$0.approximate && $0.branch == "main" && $0.author == "Alice Example" })
        #expect(batch.deploys.map(\.title) == ["Add request cache", "Upgrade HTTP client", "Stream large exports"])
        #expect(batch.skipped == ["failed deployment": 1, "canceled deployment": 1, "other environment": 1])
    }

    @Test func ecsDescribeServicesIsShallowAndApproximate() throws {
        let batch = try read("deploy-history/awscli-examples.ecs-describe-services.json")
        #expect(batch.deploys == [Deploy(service: "default/my-http-service", ts: 1_466_801_808, source: "ecs", externalID: "ecs-svc/1234567890123456789",
                                         title: "amazon-ecs-sample:1", approximate: true)])
        #expect(batch.warnings.first?.hasPrefix("describe-services lists only the deployments still active") == true)
        // A recording mid-rollout: the IN_PROGRESS primary and the COMPLETED one it replaces, both at their creation
        // (updatedAt of the old one is when the new one started, not when it completed).
        let rolling = try read("deploy-history/c7n-placebo.ecs-describe-services-rolling-2deployments.cli-shape.json")
        let json = try ExpectedPoints.json("deploy-history/c7n-placebo.ecs-describe-services-rolling-2deployments.cli-shape.json") as! [String: Any]
        let deployments = ((json["services"] as! [[String: Any]])[0]["deployments"] as! [[String: Any]])
        #expect(rolling.deploys.map(\.ts) == deployments.map {
            // "2024-02-12T12:44:57.956000+00:00": whole seconds, read without memblame's parser.
            let text = ($0["createdAt"] as! String).replacingOccurrences(of: #"\.\d+"#, with: "", options: .regularExpression)
            return ExpectedPoints.seconds(text)
        })
        #expect(rolling.deploys.allSatisfy { $0.approximate })
    }

    @Test func ecsCompletionEventsGiveExactTimes() throws {
        let text = """
        {"services": [{"serviceName": "api", "clusterArn": "arn:aws:ecs:us-east-1:123456789012:cluster/prod", "taskDefinition": "arn:aws:ecs:us-east-1:123456789012:task-definition/api:42",
          "deployments": [{"id": "ecs-svc/111", "status": "PRIMARY", "taskDefinition": "arn:aws:ecs:us-east-1:123456789012:task-definition/api:42", "createdAt": "2026-11-24T10:00:00Z", "updatedAt": "2026-11-24T12:00:00Z", "rolloutState": "COMPLETED"},
                          {"id": "ecs-svc/110", "status": "ACTIVE", "taskDefinition": "arn:aws:ecs:us-east-1:123456789012:task-definition/api:41", "createdAt": "2026-11-23T10:00:00Z", "updatedAt": "2026-11-24T10:00:00Z", "rolloutState": "FAILED"}],
          "events": [{"id": "e2", "createdAt": "2026-11-24T10:06:30Z", "message": "(service api) has reached a steady state."},
                     {"id": "e1", "createdAt": "2026-11-24T10:06:12Z", "message": "(service api) (deployment ecs-svc/111) deployment completed."}]}], "failures": []}
        """
        let batch = try ECSDeployFormat().read(InputFile(name: "ecs.json", contents: Data(text.utf8)), options: DeployImportOptions())
        #expect(batch.deploys == [Deploy(service: "prod/api", ts: iso("2026-11-24T10:06:12Z"), source: "ecs", externalID: "ecs-svc/111", title: "api:42")])
        #expect(batch.skipped == ["failed rollout": 1])
    }

    @Test func ecsServiceDeploymentsAreTheHistory() throws {
        for file in ["deploy-history/awscli-examples.ecs-list-service-deployments.json", "deploy-history/awscli-examples.ecs-describe-service-deployments.json"] {
            let batch = try read(file)
            // "2024-10-31T08:05:04.527000-04:00"
            #expect(batch.deploys == [Deploy(service: "example-cluster/example-service", ts: iso("2024-10-31T12:05:04Z"), source: "ecs",
                                             externalID: "ejGvqq2ilnbKT9qj0vLJe", title: "service revision 1485800978477494678")])
        }
        let rolledBack = #"{"serviceDeployments": [{"serviceDeploymentArn": "arn:aws:ecs:us-east-1:1:service-deployment/c/s/x1", "serviceArn": "arn:aws:ecs:us-east-1:1:service/c/s", "status": "ROLLBACK_SUCCESSFUL", "createdAt": "2026-11-24T10:00:00Z"}]}"#
        let batch = try ECSDeployFormat().read(InputFile(name: "sd.json", contents: Data(rolledBack.utf8)), options: DeployImportOptions())
        #expect(batch.deploys.isEmpty)
        #expect(batch.skipped == ["rollback successful service deployment": 1])
    }

    @Test func codeDeployKeepsSucceededDeploymentsWithTheirCommit() throws {
        let one = try read("deploy-history/awscli-examples.codedeploy-get-deployment.json")
        let json = (try ExpectedPoints.json("deploy-history/awscli-examples.codedeploy-get-deployment.json") as! [String: Any])["deploymentInfo"] as! [String: Any]
        #expect(one.deploys.map(\.ts) == [ExpectedPoints.seconds(json["completeTime"]!)])
        #expect(one.deploys.map(\.service) == ["\(json["applicationName"]!)/\(json["deploymentGroupName"]!)"])
        let batch = try read("deploy-history/awscli-examples.codedeploy-batch-get-deployments.json")
        #expect(batch.deploys.isEmpty)
        #expect(batch.skipped == ["failed deployment": 2])
        let github = #"{"deploymentInfo": {"applicationName": "api", "deploymentGroupName": "prod", "deploymentId": "d-9X1Y2Z3AB", "status": "Succeeded", "createTime": 1795507200.5, "completeTime": 1795507380.25, "creator": "codeDeployRollback", "rollbackInfo": {"rollbackTriggeringDeploymentId": "d-8W0X1Y2ZA", "rollbackMessage": "Rollback of d-8W0X1Y2ZA"}, "revision": {"revisionType": "GitHub", "gitHubLocation": {"repository": "example/api", "commitId": "9fceb02d0ae598e95dc970b74767f19372d61af8"}}}}"#
        let rollback = try CodeDeployFormat().read(InputFile(name: "cd.json", contents: Data(github.utf8)), options: DeployImportOptions())
        #expect(rollback.deploys == [Deploy(service: "api/prod", ts: 1_795_507_380, source: "codedeploy", externalID: "d-9X1Y2Z3AB", sha: "9fceb02d0ae598e95dc970b74767f19372d61af8",
                                            author: "codeDeployRollback", url: "https://github.com/example/api/commit/9fceb02d0ae598e95dc970b74767f19372d61af8")])
        #expect(rollback.warnings == ["1 deployment(s) were CodeDeploy rollbacks of a failed deployment"])
    }

    @Test(arguments: [("deploy-history/darklang-docs.kubectl-rollout-history-none.txt", 1, "lists revisions 1–7 (5)"),
                      ("deploy-history/kube-and-service-readme.kubectl-get-and-rollout-history.md", 20, "of nginx-deployment lists revisions 1–2 (2)")])
    func rolloutHistoryIsRefusedWithWhatToExport(_ file: String, _ line: Int, _ part: String) throws {
        do {
            _ = try read(file)
            Issue.record("accepted")
        } catch let error as MemBlameError {
            #expect(error.location == SourceLocation(file: Fixture.path(file), line: line))
            #expect(error.message.contains(part))
            #expect(error.message.contains("without times"))
            #expect(error.message.contains("kubectl get replicasets"))
        }
    }

    /// The SHAs of an image tag join with an imported git log: the deploy gets the PR, title and author.
    @Test func shaFromAnImageJoinsTheGitLog() throws {
        let db = try Database.inMemory()
        let sha = "e83c5163316f89bfbde7d9ab23ca2e25604af290"
        let log = "\(sha)\t9fceb02d0ae598e95dc970b74767f19372d61af8\t2026-11-22T08:00:00Z\t2026-11-22T08:00:00Z\tAlice\ta@example.com\tGitHub\tStream large exports (#57)\n"
        _ = try DeployStore(db).importFiles([InputFile(path: Scratch.file("git.tsv", log)), Fixture.input("kubernetes/kubectl-get-replicasets.prod.json")])
        let deploy = try DeployStore(db).deploys().first { $0.externalID == "prod/api#6" }
        #expect(deploy?.pr == 57)
        #expect(deploy?.author == "Alice")
    }

    /// A failing file after good ones of the new formats leaves every table exactly as it was (StoreDigest).
    @Test func aFailedMixedImportChangesNothing() throws {
        let db = try Database.inMemory()
        _ = try MetricImport(db: db).run([Fixture.input("container-insights-eks/filter-log-events.pods.json")], options: MetricImportOptions())
        _ = try DeployStore(db).importFiles([Fixture.input("deploy-history/awscli-examples.ecs-list-service-deployments.json")])
        let before = try StoreDigest.of(db)
        let truncated = Scratch.file("gitlab.json", String(BadDeployInput.fixture("kubernetes/gitlab-deployments.page1.json").prefix(2000)))
        #expect(throws: MemBlameError.self) {
            _ = try DeployStore(db).importFiles([Fixture.input("kubernetes/kubectl-get-replicasets.prod.json"), Fixture.input("kubernetes/argocd-application.api.json"),
                                                 InputFile(path: truncated)], options: DeployImportOptions(environment: "production"))
        }
        #expect(try StoreDigest.of(db) == before)
        let badEvents = Scratch.file("eks.json", BadDeployInput.fixture("container-insights-eks/pod-events.pretty-stream.json").replacingOccurrences(of: "\"pod_memory_rss\": 151000000", with: "\"pod_memory_rss\": [151000000]"))
        #expect(throws: MemBlameError.self) {
            _ = try MetricImport(db: db).run([Fixture.input("datadog/ddapi-python-cassette.v2-timeseries-audit-150pts.body.json"), InputFile(path: badEvents)],
                                             options: MetricImportOptions(service: "prod/audit"))
        }
        #expect(try StoreDigest.of(db) == before)
    }

    /// Memory stored from before the oldest ReplicaSet: the import says the history is too short, and so does the onset.
    @Test func shortHistoryIsReported() throws {
        let db = try Database.inMemory()
        let rows = (0..<96).map { "\(iso("2026-11-19T00:00:00Z") + Int64($0) * 3600),\(40 + Double($0) / 10)" }.joined(separator: "\n")
        _ = try MetricImport(db: db).run([InputFile(path: Scratch.file("m.csv", "timestamp,value\n" + rows + "\n"))], options: MetricImportOptions(service: "prod/api"))
        let report = try DeployStore(db).importFiles([Fixture.input("kubernetes/kubectl-get-replicasets.prod.json")])
        #expect(report.warnings.contains("prod/api: the history holds 3 deploy(s), the oldest at 2026-11-20T09:12:41Z, but the memory series starts at 2026-11-19T00:00:00Z: deploys before 2026-11-20T09:12:41Z are missing (\(KubectlReplicaSetFormat.depthNote)); import an older history (CI, git log) to cover them"))
        let analysis = try OnsetAnalysis(db: db, service: "prod/api", since: nil, until: nil, options: DetectOptions())
        #expect(analysis.result.seriesDescription?.contains("the deploy history (kubernetes) starts at 2026-11-20T09:12:41Z, after the series (2026-11-19T00:00:00Z)") == true)
        // Deploys from CI that reach back before the series cover it: nothing to say.
        let csv = "time,service,sha,pr\n2026-11-18T12:00:00Z,prod/api,cd025666af77dec986a804c517b56da795eefed6,118\n"
        _ = try DeployStore(db).importFiles([InputFile(path: Scratch.file("d.csv", csv))])
        #expect(try DeployStore(db).depthWarnings(["prod/api": HistoryDepth(why: "x", oldest: iso("2026-11-20T09:12:41Z"), count: 3)]).isEmpty)
        // A history that covers the series says nothing.
        let covered = try Database.inMemory()
        _ = try DeployStore(covered).importFiles([Fixture.input("kubernetes/kubectl-get-replicasets.prod.json")])
        #expect(try DeployStore(covered).depthWarnings(["prod/api": HistoryDepth(why: "x", oldest: 0, count: 1)]).isEmpty)
    }

    @Test func deploysStoredUnderAnotherNameAreNamed() throws {
        // Prometheus names the series namespace/container ("prod/api-server"); the ReplicaSets name namespace/deployment.
        let db = try Database.inMemory()
        let rows = (0..<96).map { "\(iso("2026-11-20T00:00:00Z") + Int64($0) * 3600),\(40 + Double($0) / 10)" }.joined(separator: "\n")
        _ = try MetricImport(db: db).run([InputFile(path: Scratch.file("m.csv", "timestamp,value\n" + rows + "\n"))], options: MetricImportOptions(service: "prod/api-server"))
        _ = try DeployStore(db).importFiles([Fixture.input("kubernetes/kubectl-get-replicasets.prod.json")])
        let analysis = try OnsetAnalysis(db: db, service: "prod/api-server", since: nil, until: nil, options: DetectOptions())
        #expect(analysis.deploys.isEmpty)
        #expect(analysis.result.seriesDescription?.contains("no deploys are stored for prod/api-server, but some are for prod/api (3); if one of them is this service, import its deploys again with --service prod/api-server") == true,
                "\(analysis.result.seriesDescription ?? "")")
        // Imported under the series' name, they match and nothing is said.
        _ = try DeployStore(db).importFiles([Fixture.input("kubernetes/kubectl-get-replicasets.prod.json")], options: DeployImportOptions(service: "prod/api-server"))
        let matched = try OnsetAnalysis(db: db, service: "prod/api-server", since: nil, until: nil, options: DetectOptions())
        #expect(matched.deploys.count == 3)
        #expect(matched.result.seriesDescription?.contains("no deploys are stored") == false)
    }
}
