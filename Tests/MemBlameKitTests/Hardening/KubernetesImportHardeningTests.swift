import Foundation
import Testing
@testable import MemBlameKit
import MemBlameTestSupport

/// The Kubernetes and AWS importers on damaged copies of their fixtures: every truncation point (at a fixed stride)
/// and single-byte corruptions must be accepted or refused with a located `MemBlameError`, never crash or throw
/// anything else (the same contract the fuzz harness checks, on these formats' real shapes).
@Suite struct KubernetesImportHardeningTests {
    static let cases: [(file: String, target: String)] = [
        ("container-insights-eks/awsdocs-cw-userguide-2022.pod.json", "container-insights"),
        ("container-insights-eks/filter-log-events.pods.json", "container-insights"),
        ("container-insights/awsdocs/awsdocs-cw-userguide-2019.task.json", "container-insights"),
        ("datadog/ddapi-python-cassette.v2-timeseries-audit-150pts.body.json", "datadog"),
        ("kubernetes/kubectl-get-replicasets.prod.json", "kubectl-replicasets"),
        ("kubernetes/argocd-application.api.json", "argocd"),
        ("kubernetes/gitlab-deployments.page1.json", "gitlab"),
        ("deploy-history/awscli-examples.ecs-describe-service-deployments.json", "ecs"),
        ("deploy-history/c7n-placebo.ecs-describe-services-rolling-2deployments.cli-shape.json", "ecs"),
        ("deploy-history/awscli-examples.codedeploy-get-deployment.json", "codedeploy"),
        ("deploy-history/darklang-docs.kubectl-rollout-history-annotated.txt", "kubectl-rollout-history"),
    ]

    @Test(arguments: zip(cases.map(\.file), cases.map(\.target)))
    func damagedCopiesAreRefusedCleanly(_ file: String, _ targetName: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Fixture.path(file)))
        let targets = [try #require(ImporterProbe.target(named: targetName)), try #require(ImporterProbe.target(named: "import"))]
        var variants: [Data] = []
        let stride = max(1, data.count / 60)
        for cut in Swift.stride(from: 0, to: data.count, by: stride) { variants.append(data.prefix(cut)) }
        // Corruptions: a quote, a brace, a digit and a NUL at spread positions.
        for (i, byte) in [UInt8(ascii: "\""), UInt8(ascii: "}"), UInt8(ascii: "7"), 0].enumerated() {
            for k in 1...8 {
                var copy = data
                copy[(data.count * k / 9 + i) % data.count] = byte
                variants.append(copy)
            }
        }
        var defects: [String] = []
        for target in targets {
            for variant in variants {
                if case .defect(let why) = ImporterProbe.run(target, variant) { defects.append("\(target.name) on \(variant.count) bytes: \(why)") }
            }
        }
        #expect(defects.isEmpty, "\(defects.prefix(3))")
    }
}
