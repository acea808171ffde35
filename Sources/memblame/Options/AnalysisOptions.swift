import ArgumentParser
import Foundation
import MemBlameKit

/// What `suspects` and `report` analyse: the service, the time range, the detector's sensitivity, the limit
/// and the suspect window.
struct AnalysisOptions: ParsableArguments {
    @Option(help: "The service (default: the only one stored).") var service: String?
    @Option(help: "Only data at or after this time (14d, 2026-11-01).") var since: String?
    @Option(help: "Only data at or before this time.") var until: String?
    @Option(help: "low, normal, high, or a number (1 = normal; higher finds weaker growth).") var sensitivity: String = "normal"
    @Option(help: "The value at which memory runs out, in the series' unit (default 100 for percent).") var limit: Double?
    @Option(help: "How far before the onset deploys are suspects (e.g. 48h, 3d).") var window: String = "48h"

    /// Runs the investigation these options describe.
    func investigate(_ global: GlobalOptions) throws -> Investigation {
        guard let level = DetectOptions.sensitivity(sensitivity) else {
            throw ValidationError("--sensitivity expects low, normal, high or a positive number; found '\(sensitivity)'")
        }
        guard let windowSeconds = Timestamp.parseDuration(window) else {
            throw ValidationError("--window expects a duration such as 48h or 3d; found '\(window)'")
        }
        return try Investigation(db: try global.open(), service: service, since: try Terminal.bound(since, name: "--since"),
                                 until: try Terminal.bound(until, name: "--until"), options: DetectOptions(sensitivity: level),
                                 windowSeconds: windowSeconds, limit: limit)
    }
}
