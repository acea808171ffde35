import Foundation

/// Runs the detector at several sensitivities and tabulates how the answer moves, so a user sees
/// whether the verdict is robust or hangs on the threshold.
public struct SensitivitySweep: Sendable {
    /// One row: the sensitivity and the answer at it.
    public struct Row: Sendable, Codable {
        public var sensitivity: Double
        public var leak: Bool
        public var onset: Int64?
        public var culpritDeployIndex: Int?
        public var confidence: Double
        public var intervalsGrowingAfter: Int
        public var intervalsAfter: Int
    }

    public static let defaultLevels: [Double] = [0.5, 0.75, 1, 1.5, 2]

    public var rows: [Row] = []

    /// Detects at each of `levels`, other options kept.
    public init(points: [Point], deploys: [Deploy], unit: MetricUnit, limit: Double?, options: DetectOptions = DetectOptions(),
                levels: [Double] = SensitivitySweep.defaultLevels) {
        for level in levels {
            var o = options
            o.sensitivity = level
            let r = OnsetDetector(options: o).detect(points: points, deploys: deploys, unit: unit, limit: limit)
            rows.append(Row(sensitivity: level, leak: r.leak, onset: r.onset, culpritDeployIndex: r.culpritDeployIndex,
                            confidence: r.confidence, intervalsGrowingAfter: r.intervalsGrowingAfter, intervalsAfter: r.intervalsAfter))
        }
    }

    /// The sweep as a table (deploys name the culprit by PR when known).
    public func table(deploys: [Deploy]) -> TextTable {
        TextTable(columns: [TextTable.Column("Sensitivity", key: "sensitivity", alignRight: true), TextTable.Column("Leak", key: "leak"),
                            TextTable.Column("Onset", key: "onset"), TextTable.Column("Culprit", key: "culprit"),
                            TextTable.Column("Growing after", key: "growing_after", alignRight: true),
                            TextTable.Column("Confidence", key: "confidence", alignRight: true)],
                  rows: rows.map { r in
                      [.number(r.sensitivity, display: String(format: "%g", r.sensitivity)), .bool(r.leak),
                       .text(r.onset.map { Timestamp.iso($0) }),
                       .text(r.culpritDeployIndex.flatMap { $0 < deploys.count ? OnsetSummary.name(deploys[$0]) : nil }),
                       .text(r.leak ? "\(r.intervalsGrowingAfter)/\(r.intervalsAfter)" : nil),
                       .number(r.confidence, display: String(format: "%.2f", r.confidence))]
                  })
    }
}
