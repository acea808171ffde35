import Foundation
import Testing
@testable import MemBlameKit
import MemBlameTestSupport

/// A Kubernetes service end to end, on generated data with a known answer: EKS Container Insights pod events
/// (JSON lines) and `kubectl get replicasets -o json` for the same Deployment go through the importers and the
/// store, and `onset` names the ReplicaSet whose pods leak.
///
/// Three pods behind a Service, rolling updates that replace them 3 minutes apart, RSS leaking from rollout
/// `culprit` on; the working set also counts a page cache that builds up in every pod's life (the signal trap).
@Suite struct KubernetesEndToEndTests {
    struct Story {
        var events: String
        var replicaSets: String
        var deployTimes: [Int64]
    }

    static func story(culprit: Int, seed: UInt64) -> Story {
        var rng = SplitMix64(seed: seed)
        let start: Int64 = 1_780_000_000
        var deployTimes: [Int64] = []
        var t = start + 3 * 3600
        while t < start + 40 * 3600 {
            deployTimes.append(t)
            t += Int64(rng.uniform(2, 5) * 60) * 60
        }
        func hash(_ rollout: Int) -> String { String(format: "%09x", 0x5c8d7b9f0 + rollout * 7919) }
        var lines: [String] = []
        var pod = ["\(hash(-1))-a", "\(hash(-1))-b", "\(hash(-1))-c"]
        var started: [Int64] = [start - 3600, start - 3600, start - 3600]
        var rollout: [Int] = [-1, -1, -1]
        for m in 0..<(44 * 60) {
            let ts = start + Int64(m) * 60
            for j in 0..<3 {
                if let d = deployTimes.lastIndex(where: { $0 + Int64(3 * j) * 60 == ts }) {
                    pod[j] = "\(hash(d))-\(["a", "b", "c"][j])"
                    started[j] = ts
                    rollout[j] = d
                }
                let age = Double(ts - started[j]) / 3600
                var rss = 250 - 20 * exp(-age / 0.3) + 3 * rng.normal()
                if rollout[j] >= culprit { rss += 8 * age }
                let cache = 40 * min(age, 6)   // page cache filling up over a pod's first hours, in every rollout
                let rs = "api-\(pod[j].dropLast(2))"
                lines.append(#"{"Type":"Pod","Timestamp":"\#(ts * 1000)","ClusterName":"eks-prod","Namespace":"prod","PodName":"api","kubernetes":{"namespace_name":"prod","pod_name":"api-\#(pod[j])","labels":{"app":"api","pod-template-hash":"\#(pod[j].dropLast(2))"},"pod_owners":[{"owner_kind":"ReplicaSet","owner_name":"\#(rs)"}]},"pod_memory_rss":\#(Int(rss * 1e6)),"pod_memory_working_set":\#(Int((rss + cache) * 1e6))}"#)
            }
        }
        let items = deployTimes.enumerated().map { d, ts in
            #"{"apiVersion":"apps/v1","kind":"ReplicaSet","metadata":{"name":"api-\#(hash(d))","namespace":"prod","creationTimestamp":"\#(Timestamp.iso(ts))","annotations":{"deployment.kubernetes.io/revision":"\#(d + 2)"},"labels":{"app":"api","pod-template-hash":"\#(hash(d))"},"ownerReferences":[{"apiVersion":"apps/v1","kind":"Deployment","name":"api","controller":true}]},"spec":{"replicas":3,"template":{"spec":{"containers":[{"name":"api","image":"registry.example.com/api:\#(String(format: "%07x", 0xa1b2c3 + d))d"}]}}}}"#
        }
        return Story(events: lines.joined(separator: "\n") + "\n",
                     replicaSets: #"{"apiVersion":"v1","kind":"List","items":["# + items.joined(separator: ",") + "]}\n", deployTimes: deployTimes)
    }

    @Test(arguments: [UInt64(1), 2])
    func onsetNamesTheLeakingReplicaSet(_ seed: UInt64) throws {
        let story = Self.story(culprit: 4, seed: seed)
        let db = try Database.inMemory()
        let metrics = try MetricImport(db: db).run([InputFile(path: Scratch.file("pods.jsonl", story.events))], options: MetricImportOptions())
        #expect(metrics.warnings.contains { $0.contains("the analysis uses RSS") })
        let deploys = try DeployStore(db).importFiles([InputFile(path: Scratch.file("rs.json", story.replicaSets))])
        #expect(deploys.added == story.deployTimes.count)
        let analysis = try OnsetAnalysis(db: db, service: "prod/api", since: nil, until: nil, options: DetectOptions())
        #expect(analysis.result.leak, "\(analysis.result.summary)")
        #expect(analysis.result.culpritDeployIndex.map { analysis.deploys[$0].externalID } == "prod/api#6", "\(analysis.result.summary)")
        #expect(analysis.result.seriesDescription?.contains("per-task series of pod_memory_rss") == true)
        #expect(analysis.result.seriesDescription?.contains("pod_memory_rss is used, not pod_memory_working_set") == true)
    }

    /// The trap the RSS preference avoids: from the working set alone (page cache growing in every pod) the same
    /// story reads as growth from the first data on, and the leaking rollout is not found.
    @Test(arguments: [UInt64(1), 2])
    func theWorkingSetAloneHidesTheCulprit(_ seed: UInt64) throws {
        let story = Self.story(culprit: 4, seed: seed)
        let workingSetOnly = story.events.replacingOccurrences(of: #","pod_memory_rss":[0-9]+"#, with: "", options: .regularExpression)
        let db = try Database.inMemory()
        _ = try MetricImport(db: db).run([InputFile(path: Scratch.file("pods.jsonl", workingSetOnly))], options: MetricImportOptions())
        _ = try DeployStore(db).importFiles([InputFile(path: Scratch.file("rs.json", story.replicaSets))])
        let analysis = try OnsetAnalysis(db: db, service: "prod/api", since: nil, until: nil, options: DetectOptions())
        #expect(analysis.result.seriesDescription?.contains("per-task series of pod_memory_working_set") == true)
        #expect(!analysis.result.leak)
        #expect(analysis.result.culpritDeployIndex == nil, "\(analysis.result.summary)")
    }
}
