import Foundation

/// Renders an investigation as the terminal report, Markdown (ready to paste into an issue), JSON or CSV.
public enum ReportRenderer {
    /// The suspects as a table: rank, score and its parts, the deploy, slopes.
    public static func suspectsTable(_ inv: Investigation) -> TextTable {
        func number(_ v: Double?, _ format: String) -> TextTable.Cell { .number(v, display: v.map { String(format: format, $0) } ?? "") }
        let table = TextTable(columns: [
            .init("#", key: "rank", alignRight: true), .init("Score", alignRight: true), .init("Deployed", key: "time"),
            .init("From onset", key: "from_onset", alignRight: true), .init("PR", key: "pr", alignRight: true), .init("Title"),
            .init("Author"), .init("SHA", key: "sha"), .init("Consistency", key: "bisection_consistency", alignRight: true),
            .init("Jump", key: "slope_jump", alignRight: true), .init("Proximity", key: "time_proximity", alignRight: true),
            .init("P", key: "detector_probability", alignRight: true), .init("Slope before/h", key: "slope_before_per_hour", alignRight: true),
            .init("Slope after/h", key: "slope_after_per_hour", alignRight: true), .init("Note", key: "note"),
        ], rows: inv.suspects.suspects.map { s in
            [.integer(Int64(s.rank)), number(s.score, "%.2f"), .time(s.deploy.ts),
             .text((s.secondsFromOnset < 0 ? "-" : "+") + Timestamp.describeDuration(abs(s.secondsFromOnset))),
             .integer(s.deploy.pr.map(Int64.init)), .text(s.deploy.title.map { String($0.prefix(48)) }), .text(s.deploy.author),
             .text(s.deploy.sha.map { String($0.prefix(8)) }), number(s.components.bisectionConsistency, "%.2f"),
             number(s.components.slopeJump, "%.2f"), number(s.components.timeProximity, "%.2f"), number(s.components.detectorProbability, "%.2f"),
             number(s.slopeBeforePerHour, "%+.3f"), number(s.slopeAfterPerHour, "%+.3f"),
             .text([s.isRollback ? "rollback" : nil, s.deploy.approximate ? "approximate time" : nil].compactMap { $0 }.joined(separator: ", "))]
        })
        return withHeapColumn(table, inv, before: "slope_before_per_hour")
    }

    /// Adds the `Heap` component column (after `P`) when `report --heap` gave the suspects heap evidence.
    static func withHeapColumn(_ table: TextTable, _ inv: Investigation, before key: String?) -> TextTable {
        guard inv.suspects.suspects.contains(where: { $0.components.heapEvidence != nil }) else { return table }
        var t = table
        let at = key.flatMap { k in t.columns.firstIndex { $0.key == k } } ?? t.columns.count
        t.columns.insert(.init("Heap", key: "heap_evidence", alignRight: true), at: at)
        for (i, s) in inv.suspects.suspects.enumerated() where i < t.rows.count {
            t.rows[i].insert(.number(s.components.heapEvidence, display: s.components.heapEvidence.map { String(format: "%.2f", $0) } ?? ""), at: at)
        }
        return t
    }

    /// The suspects for an 80-column terminal: who and when, the score and its parts; slopes and reasons
    /// follow on their own lines (the full table is `--format csv|markdown|json`).
    public static func compactSuspectsTable(_ inv: Investigation) -> TextTable {
        func part(_ v: Double) -> TextTable.Cell { .number(v, display: String(format: "%.2f", v)) }
        let table = TextTable(columns: [
            .init("#", key: "rank", alignRight: true), .init("Score", alignRight: true), .init("Deployed", key: "time"),
            .init("PR", key: "pr", alignRight: true), .init("Title"), .init("Cons", alignRight: true), .init("Jump", alignRight: true),
            .init("Prox", alignRight: true), .init("P", alignRight: true),
        ], rows: inv.suspects.suspects.map { s in
            let title = (s.deploy.title ?? s.deploy.sha.map { String($0.prefix(8)) } ?? "") + (s.isRollback ? " (rollback)" : "")
            return [.integer(Int64(s.rank)), part(s.score), .time(s.deploy.ts), .integer(s.deploy.pr.map(Int64.init)),
                    .text(title.count > 22 ? String(title.prefix(21)) + "…" : title), part(s.components.bisectionConsistency),
                    part(s.components.slopeJump), part(s.components.timeProximity), part(s.components.detectorProbability)]
        })
        return withHeapColumn(table, inv, before: nil)
    }

    /// Key facts as lines of text (shared by the terminal and Markdown forms).
    static func facts(_ inv: Investigation) -> [String] {
        let r = inv.analysis.result
        var lines: [String] = []
        lines.append("Series: \(r.seriesDescription ?? "\(inv.analysis.series.key)"), \(inv.analysis.series.points.count) points, \(inv.analysis.deploys.count) deploys")
        guard r.leak else { return lines }
        var evidence = String(format: "Confidence %.2f", r.confidence)
        if let before = r.slopeBeforePerHour, let after = r.slopeAfterPerHour {
            evidence += String(format: "; slope %+.3f %@/h before, %+.3f %@/h after", before, r.unit.symbol, after, r.unit.symbol)
        }
        evidence += "; \(r.intervalsGrowingAfter) of \(r.intervalsAfter) intervals grow after the onset, \(r.intervalsGrowingBefore) of \(r.intervalsBefore) before"
        lines.append(evidence)
        if let fix = r.fixedByDeployIndex {
            let deployed = "\(SuspectRanker.name(inv.analysis.deploys[fix])), deployed \(Timestamp.display(inv.analysis.deploys[fix].ts)) UTC"
            lines.append(r.fixIsTentative ? "Growth stopped after \(deployed), " + OnsetSummary.tentativeFix(r) : "The leak ended at \(deployed)")
        } else if let ttl = r.timeToLimitSeconds, let limit = r.limit {
            lines.append("At the current rate memory reaches \(formatLimit(limit, r.unit)) in \(Timestamp.describeDuration(ttl))")
        }
        if !r.oomRestarts.isEmpty {
            lines.append("Out-of-memory restarts: \(r.oomRestarts.count) (\(r.oomRestarts.prefix(5).map { Timestamp.display($0) }.joined(separator: ", "))\(r.oomRestarts.count > 5 ? ", ..." : ""))")
        }
        let top = r.candidates.filter { $0.probability >= 0.01 }.prefix(4)
        if top.count > 1 {
            lines.append("First leaking deploy, probability: " + top.map { c in
                let d = inv.analysis.deploys[c.deployIndex]
                return "\(d.pr.map { "#\($0)" } ?? String((d.sha ?? "?").prefix(8))) \(String(format: "%.2f", c.probability))"
            }.joined(separator: ", "))
        }
        return lines
    }

    static func formatLimit(_ limit: Double, _ unit: MetricUnit) -> String {
        unit == .percent ? String(format: "%.0f %%", limit) : String(format: "%.0f %@", limit, unit.symbol)
    }

    /// Lines about the suspect range and the SHAs to snapshot.
    static func suspectRange(_ inv: Investigation) -> [String] {
        var lines: [String] = []
        if let top = inv.suspects.suspects.first, inv.suspects.onsetMatchesDeploy, !top.shippedCommits.isEmpty {
            lines.append("Changes shipped by \(SuspectRanker.name(top.deploy)) since the last healthy deploy:")
            lines += top.shippedCommits.map { c in "  \(c.sha.prefix(8))  \(c.pr.map { "#\($0)" } ?? "(no PR)")  \(c.title)\(c.author.map { " (\($0))" } ?? "")" }
        }
        if let healthy = inv.suspects.lastHealthy, let leaking = inv.suspects.firstLeaking {
            lines.append("Last healthy: \(healthy.sha ?? "?") (\(SuspectRanker.name(healthy)))")
            lines.append("First leaking: \(leaking.sha ?? "?") (\(SuspectRanker.name(leaking)))")
        }
        if let next = inv.nextStep { lines.append(next) }
        return lines
    }

    /// The terminal report: the chart (when given), the onset sentence, the evidence and the suspects.
    public static func text(_ inv: Investigation, chart: String?) -> String {
        var out = ""
        if let chart { out += chart + "\n" }
        out += inv.analysis.result.summary + "\n"
        out += facts(inv).joined(separator: "\n") + "\n"
        guard inv.analysis.result.leak else { return out }
        out += "\nSuspects: deploys from \(Timestamp.describeDuration(inv.windowSeconds)) before the onset to 2h after. \(inv.suspects.message.prefix(1).uppercased() + inv.suspects.message.dropFirst()).\n"
        if !inv.suspects.suspects.isEmpty {
            out += TableRenderer.plain(compactSuspectsTable(inv))
            for s in inv.suspects.suspects.prefix(3) {
                out += "  #\(s.rank) \(s.deploy.pr.map { "PR #\($0)" } ?? "deploy"): " + s.reasons.joined(separator: "; ") + "\n"
            }
        }
        let range = suspectRange(inv)
        if !range.isEmpty { out += "\n" + range.joined(separator: "\n") + "\n" }
        if let blame = inv.heapBlame { out += "\n" + HeapBlameReport.render(blame, as: .table) }
        if let note = inv.heapBlameNote { out += "\nHeap evidence: \(note)\n" }
        return out
    }

    /// The terminal report with its chart drawn in `chartStyle` (what `report` and `demo` print).
    public static func text(_ inv: Investigation, chartStyle: ChartStyle) -> String {
        text(inv, chart: TerminalChart(inv.chartInput(), style: chartStyle).render())
    }

    /// Markdown, ready to paste into an issue or PR comment.
    public static func markdown(_ inv: Investigation, chart: String?) -> String {
        var out = "## memblame: \(inv.service)\n\n**\(inv.analysis.result.summary)**\n\n"
        out += facts(inv).map { "- \($0)" }.joined(separator: "\n") + "\n"
        if let chart { out += "\n```\n\(chart)```\n" }
        guard inv.analysis.result.leak else { return out }
        out += "\n### Suspects\n\n\(inv.suspects.message)\n\n"
        if !inv.suspects.suspects.isEmpty {
            out += TableRenderer.markdown(suspectsTable(inv))
            out += "\n" + inv.suspects.suspects.prefix(3).map { s in
                "- **#\(s.rank)** \(s.deploy.pr.map { "PR #\($0)" } ?? "deploy"): " + s.reasons.joined(separator: "; ")
            }.joined(separator: "\n") + "\n"
        }
        let range = suspectRange(inv)
        if !range.isEmpty { out += "\n```\n" + range.joined(separator: "\n") + "\n```\n" }
        if let blame = inv.heapBlame { out += "\n" + HeapBlameReport.render(blame, as: .markdown) }
        if let note = inv.heapBlameNote { out += "\nHeap evidence: \(note)\n" }
        return out
    }

    /// The report in `format`; `chart` is the rendered terminal chart for table and Markdown.
    public static func render(_ inv: Investigation, as format: OutputFormat, chart: String?) -> String {
        switch format {
        case .table: return text(inv, chart: chart)
        case .markdown: return markdown(inv, chart: chart)
        case .json: return ReportDocument(inv).json()
        case .csv: return TableRenderer.csv(suspectsTable(inv))
        }
    }

    /// The self-contained HTML page: SVG chart, summary lines and the suspects table.
    public static func html(_ inv: Investigation) -> String {
        var summary = [inv.analysis.result.summary] + facts(inv)
        if inv.analysis.result.leak { summary.append(inv.suspects.message) }
        summary += suspectRange(inv)
        var sections: [HTMLReport.Section] = []
        if !inv.suspects.suspects.isEmpty { sections.append(HTMLReport.Section(heading: "Suspects", table: suspectsTable(inv))) }
        return HTMLReport(title: "memblame: \(inv.service)", summary: summary, chart: inv.chartInput(), sections: sections).render()
    }
}
