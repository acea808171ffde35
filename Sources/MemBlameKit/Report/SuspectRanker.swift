import Foundation

/// Ranks the deploys near an onset (DESIGN section 6).
///
/// Candidates are the service's deploys from `window` before the onset to `grace` after it, and any other deploy the
/// detector gives a probability of at least 1 %. The score is plainly the detector's posterior probability that the
/// deploy is the first leaking one (`OnsetResult.candidates`, calibrated on the development traces): mixing it with
/// parts computed from the same intervals would count the same evidence twice. When the onset lies at no deploy (growth
/// inside an interval, or no deploys in view) there is no such posterior, and the score is the time proximity to the
/// onset. The other parts are printed as evidence for the reader, each meaning what its name says: bisection
/// consistency (intervals before flat, after growing), slope jump (net slope after minus before, relative to the
/// largest among the candidates) and time proximity (to the detector's onset).
public struct SuspectRanker {
    /// How far before the onset a deploy may lie (default 48 h).
    public var windowSeconds: Int64
    /// How far after the onset a deploy may lie (clock skew between CI and metrics, rolling deploys).
    public var graceSeconds: Int64
    /// A deploy within this distance of the onset counts as "at" the onset.
    public var matchToleranceSeconds: Int64

    public init(windowSeconds: Int64 = 48 * 3600, graceSeconds: Int64 = 2 * 3600, matchToleranceSeconds: Int64 = 30 * 60) {
        self.windowSeconds = windowSeconds
        self.graceSeconds = graceSeconds
        self.matchToleranceSeconds = matchToleranceSeconds
    }

    /// Ranks the deploys.
    /// - Parameters:
    ///   - onset: the onset time; `onsetWindow` its uncertainty (earliest, latest).
    ///   - deploys: the service's deploys, sorted by time.
    ///   - intervals: the reset intervals with their trends (any order).
    ///   - probabilities: the detector's probability per deploy index (missing = 0).
    ///   - fixIndex: a later deploy that ended the leak; intervals after it do not count as "after".
    ///   - commits: first-parent history when a git log was imported, oldest first.
    public func rank(onset: Int64, onsetWindow: (Int64, Int64)? = nil, deploys: [Deploy], intervals: [IntervalEvidence],
                     probabilities: [Int: Double] = [:], fixIndex: Int? = nil, commits: [Commit] = []) -> SuspectReport {
        let sortedIntervals = intervals.sorted { $0.start < $1.start }
        let fixTs = fixIndex.map { deploys[$0].ts } ?? Int64.max
        // The window around the onset, plus any deploy the detector itself gives a real chance (it may lie
        // beyond the grace when the onset is uncertain).
        let candidates = deploys.indices.filter {
            (deploys[$0].ts >= onset - windowSeconds && deploys[$0].ts <= onset + graceSeconds) || (probabilities[$0] ?? 0) >= 0.01
        }
        let window = onsetWindow ?? (onset, onset)
        let proximityScale = Double(max(matchToleranceSeconds, (window.1 - window.0) / 2, 600))

        struct Raw { var index: Int; var before: [IntervalEvidence]; var after: [IntervalEvidence]; var jump: Double }
        let raws: [Raw] = candidates.map { index in
            let ts = deploys[index].ts
            // An interval belongs after the deploy when most of it lies after; tolerate rolling-deploy skew.
            let before = sortedIntervals.filter { mid($0) < ts }
            let after = sortedIntervals.filter { mid($0) >= ts && mid($0) < fixTs }
            let jump = (median(after.map(\.slopePerHour)) ?? 0) - (median(before.map(\.slopePerHour)) ?? 0)
            return Raw(index: index, before: before, after: after, jump: jump)
        }
        let maxJump = raws.map(\.jump).max() ?? 0

        var suspects: [Suspect] = raws.map { raw in
            let deploy = deploys[raw.index]
            let flatBefore = raw.before.filter { !$0.growing }.count
            let growingAfter = raw.after.filter(\.growing).count
            // Laplace-smoothed shares, so one interval on a side is weaker evidence than ten.
            let consistency = (Double(flatBefore) + 0.5) / (Double(raw.before.count) + 1) * 0.5
                + (Double(growingAfter) + 0.5) / (Double(raw.after.count) + 1) * 0.5
            let jump = maxJump > 0 ? max(0, raw.jump) / maxJump : 0
            let distance = Double(deploy.ts - onset)
            let proximity = exp(-abs(distance) / proximityScale)
            let probability = probabilities[raw.index] ?? 0
            let components = ScoreComponents(bisectionConsistency: consistency, slopeJump: jump, timeProximity: proximity, detectorProbability: probability)
            let score = probabilities.isEmpty ? proximity : probability
            return Suspect(rank: 0, deploy: deploy, secondsFromOnset: deploy.ts - onset, score: min(1, max(0, score)), components: components,
                           slopeBeforePerHour: median(raw.before.map(\.slopePerHour)), slopeAfterPerHour: median(raw.after.map(\.slopePerHour)),
                           flatIntervalsBefore: flatBefore, intervalsBefore: raw.before.count,
                           growingIntervalsAfter: growingAfter, intervalsAfter: raw.after.count,
                           isRollback: isRollback(raw.index, deploys: deploys, commits: commits),
                           shippedCommits: [], reasons: [])
        }
        // Scores equal to two decimals are a tie (an interval without data leaves two deploys equally likely): the one
        // nearer the onset goes first.
        func key(_ s: Suspect) -> Double { (s.score * 100).rounded() }
        suspects.sort { key($0) != key($1) ? key($0) > key($1) : abs($0.secondsFromOnset) < abs($1.secondsFromOnset) }
        for i in suspects.indices {
            suspects[i].rank = i + 1
            suspects[i].reasons = reasons(for: suspects[i])
        }

        let top = suspects.first
        let matches = top.map { abs($0.secondsFromOnset) <= max(matchToleranceSeconds, (window.1 - window.0) / 2) } ?? false
        var firstLeaking: Deploy?
        var lastHealthy: Deploy?
        if let top, matches {
            firstLeaking = top.deploy
            lastHealthy = deploys.last { $0.ts < top.deploy.ts && !sameVersion($0, top.deploy) }
            if let i = suspects.indices.first, let last = lastHealthy {
                suspects[i].shippedCommits = Self.commitsBetween(last, top.deploy, commits: commits)
            }
        }
        let message: String
        if suspects.isEmpty {
            let nearest = deploys.min { abs($0.ts - onset) < abs($1.ts - onset) }
            message = "no deploy within \(Timestamp.describeDuration(windowSeconds)) before the onset" +
                (nearest.map { "; the nearest is \(Self.name($0)) at \(Timestamp.display($0.ts)) (\(Timestamp.describeDuration($0.ts - onset)) from the onset)" } ?? "")
        } else if let top, matches {
            message = "growth starts at \(Self.name(top.deploy)), deployed \(Timestamp.display(top.deploy.ts)) UTC"
        } else if let top {
            message = "the onset matches no deploy: the nearest candidate, \(Self.name(top.deploy)), is \(Timestamp.describeDuration(abs(top.secondsFromOnset))) \(top.secondsFromOnset < 0 ? "before" : "after") it; a restart, a config change or traffic may have started the growth"
        } else {
            message = ""
        }
        return SuspectReport(suspects: suspects, onsetMatchesDeploy: matches, message: message, lastHealthy: lastHealthy, firstLeaking: firstLeaking)
    }

    private func mid(_ interval: IntervalEvidence) -> Int64 { interval.start + (interval.end - interval.start) / 2 }

    private func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let s = values.sorted()
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    private func sameVersion(_ a: Deploy, _ b: Deploy) -> Bool {
        guard let x = a.sha, let y = b.sha, x.count >= 7, y.count >= 7 else { return false }
        return x.hasPrefix(y) || y.hasPrefix(x)
    }

    /// A deploy is a rollback when its version was live before and a different one came in between, or when
    /// its commit lies earlier in the first-parent history than the previous deploy's.
    func isRollback(_ index: Int, deploys: [Deploy], commits: [Commit]) -> Bool {
        guard index > 0 else { return false }
        let deploy = deploys[index]
        let previous = deploys[index - 1]
        if sameVersion(deploy, previous) { return false }
        if deploys[..<index].contains(where: { sameVersion($0, deploy) }) { return true }
        if let p = Self.position(of: deploy, in: commits), let q = Self.position(of: previous, in: commits) { return p < q }
        return false
    }

    static func position(of deploy: Deploy, in commits: [Commit]) -> Int? {
        guard let sha = deploy.sha, sha.count >= 7 else { return nil }
        return commits.first { $0.sha.hasPrefix(sha) || sha.hasPrefix($0.sha) }?.position
    }

    /// Commits after `healthy`'s version up to and including `leaking`'s, in first-parent order.
    public static func commitsBetween(_ healthy: Deploy, _ leaking: Deploy, commits: [Commit]) -> [Commit] {
        guard let from = position(of: healthy, in: commits), let to = position(of: leaking, in: commits), to > from else { return [] }
        return commits.filter { $0.position > from && $0.position <= to }
    }

    /// `PR #4312 'Upgrade newrelic agent' by alice`, or the SHA when there is no PR.
    public static func name(_ deploy: Deploy) -> String {
        var s = deploy.pr.map { "PR #\($0)" } ?? deploy.sha.map { "deploy \($0.prefix(8))" } ?? "deploy \(deploy.externalID)"
        if let title = deploy.title { s += " '\(title)'" }
        if let author = deploy.author { s += " by \(author)" }
        return s
    }

    private func reasons(for s: Suspect) -> [String] {
        var out: [String] = []
        out.append("\(s.flatIntervalsBefore) of \(s.intervalsBefore) intervals before are flat, \(s.growingIntervalsAfter) of \(s.intervalsAfter) after grow")
        if let before = s.slopeBeforePerHour, let after = s.slopeAfterPerHour {
            out.append(String(format: "slope %+.3f/h before, %+.3f/h after", before, after))
        }
        let d = s.secondsFromOnset
        out.append(d == 0 ? "deployed at the onset" : "deployed \(Timestamp.describeDuration(abs(d))) \(d < 0 ? "before" : "after") the onset")
        if s.components.detectorProbability > 0 {
            out.append(String(format: "detector probability %.2f (the score)", s.components.detectorProbability))
        }
        if s.isRollback { out.append("a rollback to an earlier version") }
        return out
    }
}
