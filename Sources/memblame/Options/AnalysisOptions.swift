import ArgumentParser
import Foundation
import MemBlameKit

/// What `onset`, `suspects` and `report` analyse: the service, the time range, the detector's sensitivity and
/// the limit.
struct AnalysisOptions: ParsableArguments {
    @Option(help: "The service (default: the only one stored).") var service: String?
    @Option(help: "Only data at or after this time (14d, 2026-11-01).") var since: String?
    @Option(help: "Only data at or before this time.") var until: String?
    @Option(help: "low, normal, high, or a number (1 = normal; higher finds weaker growth).") var sensitivity: String = "normal"
    @Option(help: ArgumentHelp("The value at which memory runs out, in the series' unit (default 100 for percent).", valueName: "number"))
    var limit: String?

    /// The detector's options.
    func detectOptions() throws -> DetectOptions {
        DetectOptions(sensitivity: try OptionValues.sensitivity(sensitivity))
    }

    /// `--limit`, range-checked.
    func checkedLimit() throws -> Double? {
        try limit.map { try OptionValues.limit($0) }
    }

    /// The onset analysis these options describe.
    func analyse(_ global: GlobalOptions, sweep: Bool = false) throws -> OnsetAnalysis {
        let options = try detectOptions(), limit = try checkedLimit()
        let since = try Terminal.bound(since, name: "--since"), until = try Terminal.bound(until, name: "--until")
        return try OnsetAnalysis(db: try global.open(), service: service, since: since, until: until, options: options, limit: limit, sweep: sweep)
    }
}

/// `--window`: how far before the onset deploys are suspects (`suspects`, `report`).
struct SuspectWindowOption: ParsableArguments {
    @Option(help: "How far before the onset deploys are suspects (e.g. 48h, 3d).") var window: String = "48h"

    /// The investigation: the analysis plus the ranked suspects.
    func investigate(_ analysis: AnalysisOptions, _ global: GlobalOptions) throws -> Investigation {
        let windowSeconds = try OptionValues.duration(window, option: "--window")
        let options = try analysis.detectOptions(), limit = try analysis.checkedLimit()
        let since = try Terminal.bound(analysis.since, name: "--since"), until = try Terminal.bound(analysis.until, name: "--until")
        return try Investigation(db: try global.open(), service: analysis.service, since: since, until: until, options: options,
                                 windowSeconds: windowSeconds, limit: limit)
    }
}
