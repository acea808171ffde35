extension Investigation {
    /// Adds heap evidence to the suspects (`report --heap s1,s2,s3 --repo PATH`): for each of the first `maxSuspects`
    /// suspects with a commit SHA, the changes it shipped (from the previous deploy of another version to it) are ranked
    /// against `evidence`; the suspect's `heapEvidence` component is its best change's score relative to the best among
    /// the suspects, with a reason naming that change. The score (the detector's posterior) and the order stay as they
    /// are. `heapBlame` keeps the full ranking of the suspect range (last healthy..first leaking) for the report.
    public mutating func addHeapEvidence(_ evidence: HeapEvidence, repository: GitRepository, maxSuspects: Int = 5) {
        let deploys = analysis.deploys
        var best: [Int: (score: Int, pr: HeapBlame.PR?, changes: Int)] = [:]
        for i in suspects.suspects.indices.prefix(maxSuspects) {
            let deploy = suspects.suspects[i].deploy
            guard let sha = deploy.sha, let previous = deploys.last(where: { $0.ts < deploy.ts && $0.sha != nil && !Self.sameVersion($0.sha!, sha) })?.sha
            else {
                suspects.suspects[i].reasons.append("heap evidence: no earlier deploy with a commit SHA, so no range of changes to read")
                continue
            }
            do {
                let blame = try HeapBlame(evidence: evidence, repository: repository, from: previous, to: sha)
                best[i] = (blame.prs.first?.score ?? 0, blame.prs.first, blame.changeCount)
            } catch let error as MemBlameError {
                suspects.suspects[i].reasons.append("heap evidence: \(error.message)")
            } catch {
                suspects.suspects[i].reasons.append("heap evidence: \(error)")
            }
        }
        let top = best.values.map(\.score).max() ?? 0
        for (i, found) in best {
            let share = top > 0 ? Double(found.score) / Double(top) : 0
            suspects.suspects[i].components.heapEvidence = share
            if let pr = found.pr, let file = pr.files.first {
                let place = file.retainingLine.map { "\(file.path):\($0)" } ?? file.path
                suspects.suspects[i].reasons.append(String(format: "heap evidence %.2f: %@ explains the leak (%@%@, score %d)", share, pr.name, place,
                                                           file.retainingText.map { " " + $0 } ?? "", pr.score))
            } else {
                suspects.suspects[i].reasons.append("heap evidence 0.00: none of its \(found.changes) change\(found.changes == 1 ? "" : "s") explains the leak")
            }
        }
        if let healthy = suspects.lastHealthy?.sha, let leaking = suspects.firstLeaking?.sha {
            do {
                heapBlame = try HeapBlame(evidence: evidence, repository: repository, from: healthy, to: leaking)
            } catch let error as MemBlameError {
                heapBlameNote = error.message
            } catch {
                heapBlameNote = "\(error)"
            }
        }
    }

    private static func sameVersion(_ a: String, _ b: String) -> Bool {
        a.count >= 7 && b.count >= 7 && (a.hasPrefix(b) || b.hasPrefix(a))
    }
}
