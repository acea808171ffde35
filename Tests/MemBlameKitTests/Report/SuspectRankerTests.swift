import Testing
@testable import MemBlameKit
import MemBlameTestSupport

@Suite struct SuspectRankerTests {
    /// Ten deploys a day apart; intervals from deploy 6 on grow.
    func story(culprit: Int = 6, fix: Int? = nil) -> ([Deploy], [IntervalEvidence]) {
        let start: Int64 = 1_790_000_000
        let deploys = (0..<10).map { i in
            Deploy(service: "prod/api", ts: start + Int64(i) * 86400, source: "csv", externalID: "\(i)",
                   sha: String(repeating: String(i), count: 40), pr: 100 + i, title: "Change \(i)", author: "dev\(i)")
        }
        let intervals = (0..<10).map { i -> IntervalEvidence in
            let grows = i >= culprit && (fix == nil || i < fix!)
            return IntervalEvidence(start: deploys[i].ts + 60, end: i < 9 ? deploys[i + 1].ts : deploys[i].ts + 86400,
                                    slopePerHour: grows ? 0.9 : 0.01, growing: grows)
        }
        return (deploys, intervals)
    }

    @Test func ranksTheCulpritFirst() {
        let (deploys, intervals) = story()
        let report = SuspectRanker().rank(onset: deploys[6].ts + 120, deploys: deploys, intervals: intervals, probabilities: [6: 0.8, 5: 0.1])
        #expect(report.suspects.first?.deploy.pr == 106)
        #expect(report.onsetMatchesDeploy)
        #expect(report.firstLeaking?.pr == 106)
        #expect(report.lastHealthy?.pr == 105)
        let top = report.suspects[0]
        #expect(top.flatIntervalsBefore == 6 && top.intervalsBefore == 6)
        #expect(top.growingIntervalsAfter == 4 && top.intervalsAfter == 4)
        #expect(top.score > report.suspects[1].score)
        #expect(top.reasons.contains("6 of 6 intervals before are flat, 4 of 4 after grow"))
        #expect(report.message == "growth starts at PR #106 'Change 6' by dev6, deployed \(Timestamp.display(deploys[6].ts)) UTC")
    }

    @Test func candidatesComeFromTheWindow() {
        let (deploys, intervals) = story()
        let report = SuspectRanker(windowSeconds: 36 * 3600).rank(onset: deploys[6].ts, deploys: deploys, intervals: intervals)
        #expect(Set(report.suspects.map(\.deploy.pr)) == [105, 106])
    }

    @Test func fixDeployEndsTheAfterSide() {
        let (deploys, intervals) = story(culprit: 4, fix: 7)
        let report = SuspectRanker().rank(onset: deploys[4].ts, deploys: deploys, intervals: intervals, fixIndex: 7)
        let top = report.suspects[0]
        #expect(top.deploy.pr == 104)
        #expect(top.intervalsAfter == 3 && top.growingIntervalsAfter == 3)
    }

    @Test func saysWhenNoDeployMatches() {
        let (deploys, intervals) = story()
        let report = SuspectRanker(windowSeconds: 6 * 3600).rank(onset: deploys[6].ts + 12 * 3600, deploys: deploys, intervals: intervals)
        #expect(report.suspects.isEmpty)
        #expect(!report.onsetMatchesDeploy)
        #expect(report.message.hasPrefix("no deploy within 6h before the onset; the nearest is PR #106"))
    }

    @Test func labelsRollbacksAndListsShippedPRs() {
        var (deploys, intervals) = story()
        deploys[8].sha = deploys[5].sha
        let commits = (0..<10).flatMap { i -> [Commit] in
            let merged = Commit(sha: String(repeating: String(i), count: 40), ts: deploys[i].ts - 600, pr: 100 + i, title: "Change \(i)", author: "dev\(i)", position: i * 2 + 1)
            let extra = Commit(sha: "e\(i)" + String(repeating: "0", count: 38), ts: deploys[i].ts - 1200, pr: 200 + i, title: "Extra \(i)", author: "x", position: i * 2)
            return [extra, merged]
        }
        let report = SuspectRanker().rank(onset: deploys[6].ts, deploys: deploys, intervals: intervals, commits: commits)
        #expect(report.suspects[0].shippedCommits.map(\.pr) == [206, 106])
        #expect(SuspectRanker().isRollback(8, deploys: deploys, commits: commits))
        #expect(!SuspectRanker().isRollback(7, deploys: deploys, commits: commits))
    }
}

/// The ranker on labelled traces: the culprit PR first, with its reasons.
@Suite struct SuspectRankingOnTracesTests {
    @Test(arguments: ["01-sqrt", "03-quick-follow"])
    func culpritRankedFirstOnEvalTraces(_ name: String) throws {
        let trace = try LabelledTrace.load(folder: Fixture.path("eval/\(name)"))
        let result = OnsetDetector().detect(points: trace.points, deploys: trace.deploys, unit: trace.unit)
        let report = Investigation.suspects(for: result, deploys: trace.deploys)
        let culprit = try #require(trace.culpritIndex)
        #expect(report.suspects.first?.deploy.pr == trace.deploys[culprit].pr)
        #expect(report.onsetMatchesDeploy)
        #expect(report.suspects.first?.reasons.first?.hasSuffix("after grow") == true)
    }

    @Test(arguments: [UInt64(1), 2, 3, 4])
    func culpritInTopThreeOnGeneratedLeaks(_ seed: UInt64) {
        for shape in ["linear", "sqrt", "fixed-later", "quick-follow", "daily-leak"] {
            let trace = TraceGenerator.trace(shape: shape, seed: seed)
            guard let culprit = trace.culpritIndex else { continue }
            let result = OnsetDetector().detect(points: trace.points, deploys: trace.deploys, unit: trace.unit)
            let ranks = Investigation.suspects(for: result, deploys: trace.deploys).suspects.map(\.deploy.pr)
            #expect(ranks.prefix(3).contains(trace.deploys[culprit].pr), "\(shape) seed \(seed): \(ranks.prefix(3))")
        }
    }
}
