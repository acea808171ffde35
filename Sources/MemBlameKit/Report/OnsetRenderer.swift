import Foundation

/// Renders an `OnsetResult` for the terminal, Markdown, CSV or JSON.
///
/// Table and Markdown: the summary sentence, a key/value table of the answer, the candidate deploys
/// and the intervals. CSV: the intervals (one row each). JSON: the whole result (Codable).
public enum OnsetRenderer {
    /// - Parameter sweep: `onset --sweep`: a member of the JSON document, a table after the others in text and Markdown.
    ///   (CSV holds one table; the command refuses a sweep with it.)
    public static func render(_ r: OnsetResult, deploys: [Deploy], as format: OutputFormat, sweep: SensitivitySweep? = nil) -> String {
        switch format {
        case .json: return OnsetDocument(r, sweep: sweep).json()
        case .csv: return TableRenderer.csv(intervalTable(r, deploys: deploys))
        case .table, .markdown:
            let render: (TextTable) -> String = format == .table ? TableRenderer.plain : TableRenderer.markdown
            var out = (format == .markdown ? "**" : "") + (r.leak ? "Leak: " : "") + r.summary + (format == .markdown ? "**" : "") + "\n"
            if let s = r.seriesDescription { out += "series: \(s)\n" }
            out += "\n" + render(answerTable(r, deploys: deploys))
            if r.leak && !r.candidates.isEmpty { out += "\n" + render(candidateTable(r, deploys: deploys)) }
            out += "\n" + render(intervalTable(r, deploys: deploys))
            if let sweep { out += (format == .table ? "\nsensitivity sweep\n" : "\n") + render(sweep.table(deploys: deploys)) }
            return out
        }
    }

    /// The result as `OnsetDocument` JSON: sorted snake_case keys, ISO 8601 UTC times, the encoder of
    /// `report --format json`.
    public static func json(_ r: OnsetResult) -> String { OnsetDocument(r).json() }

    static func answerTable(_ r: OnsetResult, deploys: [Deploy]) -> TextTable {
        let unit = r.unit.symbol
        func slope(_ v: Double?) -> TextTable.Cell { .number(v, display: v.map { String(format: "%+.3g %@/h", $0, unit) } ?? "") }
        var rows: [[TextTable.Cell]] = [
            [.text("leak"), .text(r.leak ? "yes" : "no")],
            [.text("onset"), .text(r.onset.map { Timestamp.iso($0) })],
            [.text("window"), .text(r.onsetWindow.map { "\(Timestamp.iso($0.earliest)) .. \(Timestamp.iso($0.latest))" })],
            [.text("culprit"), .text(r.culpritDeployIndex.flatMap { $0 < deploys.count ? OnsetSummary.name(deploys[$0]) : nil })],
            [.text("slope before"), slope(r.slopeBeforePerHour)],
            [.text("slope after"), slope(r.slopeAfterPerHour)],
            [.text("growing before"), .text("\(r.intervalsGrowingBefore) of \(r.intervalsBefore)")],
            [.text("growing after"), .text("\(r.intervalsGrowingAfter) of \(r.intervalsAfter)")],
            [.text("confidence"), .number(r.confidence, display: String(format: "%.2f", r.confidence))],
            [.text("time to limit"), .text(r.timeToLimitSeconds.map { Timestamp.describeDuration($0) })],
            [.text("fixed by"), .text(r.fixedByDeployIndex.flatMap { $0 < deploys.count ? OnsetSummary.name(deploys[$0]) : nil }.map {
                r.fixIsTentative ? $0 + String(format: " (tentative: %.0f min of data after it; or a pause with traffic)", (r.fixHoursOfDataAfter ?? 0) * 60) : $0
            })],
            [.text("leak ruled out"), .text(r.ruledOutLeaks.isEmpty ? nil : r.ruledOutLeaks.map {
                String(format: "> %.2g %@/h from #%d (%@ of data)", $0.ratePerHour, unit, $0.deployIndex + 1,
                       OnsetContext.describeHours($0.hoursOfDataAfter))
            }.joined(separator: "; "))],
            [.text("oom restarts"), .text(r.oomRestarts.isEmpty ? "none" : r.oomRestarts.map { Timestamp.iso($0) }.joined(separator: " "))],
            [.text("method"), .text(r.method.rawValue)],
        ]
        rows = rows.filter { !$0[1].display.isEmpty }
        return TextTable(columns: [TextTable.Column("Field", key: "field"), TextTable.Column("Value", key: "value")], rows: rows)
    }

    static func candidateTable(_ r: OnsetResult, deploys: [Deploy]) -> TextTable {
        TextTable(columns: [TextTable.Column("Candidate deploy", key: "deploy"), TextTable.Column("Time", key: "ts"),
                            TextTable.Column("P(first leaking)", key: "probability", alignRight: true),
                            TextTable.Column("Slope before", key: "slope_before", alignRight: true),
                            TextTable.Column("Slope after", key: "slope_after", alignRight: true)],
                  rows: r.candidates.prefix(8).map { c in
                      [.text(c.deployIndex < deploys.count ? OnsetSummary.name(deploys[c.deployIndex]) : "#\(c.deployIndex)"),
                       .time(c.ts), .number(c.probability, display: String(format: "%.3f", c.probability)),
                       .number(c.slopeBeforePerHour, display: String(format: "%+.3f", c.slopeBeforePerHour)),
                       .number(c.slopeAfterPerHour, display: String(format: "%+.3f", c.slopeAfterPerHour))]
                  })
    }

    static func intervalTable(_ r: OnsetResult, deploys: [Deploy]) -> TextTable {
        TextTable(columns: [TextTable.Column("Start", key: "start"), TextTable.Column("Reset", key: "reset"),
                            TextTable.Column("Deploy", key: "deploy"), TextTable.Column("Hours", key: "hours", alignRight: true),
                            TextTable.Column("Warm-up", key: "warm_up_s", alignRight: true),
                            TextTable.Column("Slope/h", key: "slope_per_hour", alignRight: true),
                            TextTable.Column("95% CI", key: "ci"), TextTable.Column("MK p", key: "mann_kendall_p", alignRight: true),
                            TextTable.Column("z", key: "z", alignRight: true), TextTable.Column("Grows", key: "growing"),
                            TextTable.Column("P(grows)", key: "p_growing", alignRight: true)],
                  rows: r.intervals.map { i in
                      [.time(i.start), .text(i.resetKind?.rawValue ?? "start"),
                       .text(i.deployIndex.flatMap { $0 < deploys.count ? OnsetSummary.name(deploys[$0]) : nil }),
                       .number(Double(i.end - i.start) / 3600, display: String(format: "%.1f", Double(i.end - i.start) / 3600)),
                       .integer(i.warmUpSkippedSeconds),
                       .number(i.informative ? i.slopePerHour : nil, display: String(format: "%+.3f", i.slopePerHour)),
                       .text(i.informative ? String(format: "%+.3f..%+.3f", i.slopeLowPerHour, i.slopeHighPerHour) : "too short"),
                       .number(i.informative ? i.mannKendallP : nil, display: String(format: "%.2g", i.mannKendallP)),
                       .number(i.informative ? i.zScore : nil, display: String(format: "%.1f", i.zScore)),
                       .bool(i.growing), .number(i.probabilityGrowing, display: String(format: "%.2f", i.probabilityGrowing))]
                  })
    }
}
