/// A deploy tick on a chart's marker row: when, what to call it, and its suspect rank if it has one.
public struct ChartMarker: Sendable, Hashable {
    /// Unix seconds, UTC: when the deploy went live.
    public var ts: Int64
    /// Short name shown in hover texts and tables, e.g. `PR #121` or a SHA prefix.
    public var label: String
    /// The change's title (PR title or commit subject), shown on hover in the HTML report.
    public var title: String?
    /// 1 for the most likely culprit, 2 for the next...; nil for a deploy that is not a suspect.
    public var suspectRank: Int?

    public init(ts: Int64, label: String, title: String? = nil, suspectRank: Int? = nil) {
        self.ts = ts
        self.label = label
        self.title = title
        self.suspectRank = suspectRank
    }

    /// A marker for a stored deploy: labelled `PR #n`, else by the first 7 characters of its SHA, else its external id.
    public init(deploy: Deploy, suspectRank: Int? = nil) {
        let label: String
        if let pr = deploy.pr { label = "PR #\(pr)" } else if let sha = deploy.sha { label = String(sha.prefix(7)) } else { label = deploy.externalID }
        self.init(ts: deploy.ts, label: label, title: deploy.title, suspectRank: suspectRank)
    }
}

/// Everything a chart shows, as plain values: it never sees the database or the detector,
/// so generated data can test it and any caller can fill it.
public struct ChartInput: Sendable {
    /// The memory series, sorted by time.
    public var points: [Point]
    public var unit: MetricUnit
    /// One line above the chart, e.g. `prod/api MemoryUtilization Maximum`.
    public var title: String
    /// Deploy ticks, any order.
    public var markers: [ChartMarker]
    /// When the leak started (unix seconds), drawn as a vertical line.
    public var onset: Int64?
    /// The detector's uncertainty around `onset`: earliest and latest plausible start.
    public var onsetWindow: ClosedRange<Int64>?
    /// Times of out-of-memory restarts (sudden drops that were not deploys).
    public var oomRestarts: [Int64]
    /// The deploy that ended the leak, if one did.
    public var fix: Int64?
    /// The value at which memory runs out (100 for percent); drawn as a dashed line when in view.
    public var limit: Double?
    /// The time span to draw; nil spans the points and markers.
    public var range: ClosedRange<Int64>?

    public init(points: [Point], unit: MetricUnit, title: String, markers: [ChartMarker] = [], onset: Int64? = nil,
                onsetWindow: ClosedRange<Int64>? = nil, oomRestarts: [Int64] = [], fix: Int64? = nil,
                limit: Double? = nil, range: ClosedRange<Int64>? = nil) {
        self.points = points
        self.unit = unit
        self.title = title
        self.markers = markers
        self.onset = onset
        self.onsetWindow = onsetWindow
        self.oomRestarts = oomRestarts
        self.fix = fix
        self.limit = limit ?? unit.impliedLimit
        self.range = range
    }

    /// The span drawn: `range`, else from the first to the last point (widened to the markers only when
    /// there are no points); at least one minute so a single point still has an axis.
    public var timeRange: ClosedRange<Int64> {
        if let range { return range.upperBound > range.lowerBound ? range : range.lowerBound...(range.lowerBound + 60) }
        var times = points.isEmpty ? markers.map(\.ts) + oomRestarts + [onset, fix].compactMap { $0 } : []
        if let first = points.first?.ts, let last = points.last?.ts { times += [first, last] }
        guard let lo = times.min(), let hi = times.max() else { return 0...60 }
        return hi > lo ? lo...hi : lo...(lo + 60)
    }

    /// The suspects among the markers, best first.
    public var suspects: [ChartMarker] {
        markers.filter { $0.suspectRank != nil }.sorted { $0.suspectRank! < $1.suspectRank! }
    }
}

/// How a terminal chart is drawn: its size, character set, colour and resolution.
public struct ChartStyle: Sendable, Equatable {
    /// Unicode box and block characters, or plain 7-bit ASCII.
    public enum Charset: String, Sendable { case unicode, ascii }
    /// `envelope`: one character per column showing the min-max band in eighths of a row;
    /// `braille`: 2x4 dots per character (twice the columns, four times the rows; Unicode only).
    public enum Resolution: String, Sendable { case envelope, braille }

    /// Total width in columns, gutter included (at least 24).
    public var width: Int
    /// Total lines, title and legend included (at least 8).
    public var height: Int
    public var charset: Charset
    /// ANSI colour escapes on or off; see `colorAllowed(isTerminal:environment:)`.
    public var color: Bool
    public var resolution: Resolution

    /// The default number of lines: enough for a readable slope, small enough to leave the report visible.
    public static let defaultHeight = 18

    public init(width: Int = 80, height: Int = ChartStyle.defaultHeight, charset: Charset = .unicode, color: Bool = false,
                resolution: Resolution = .envelope) {
        self.width = max(24, width)
        self.height = max(8, height)
        self.charset = charset
        self.color = color
        self.resolution = charset == .ascii ? .envelope : resolution
    }

    /// Whether colour is allowed in `auto` mode: only on a terminal, and never when `NO_COLOR` is set
    /// (to anything, see no-color.org) or `TERM` is `dumb`.
    public static func colorAllowed(isTerminal: Bool, environment: [String: String]) -> Bool {
        guard isTerminal else { return false }
        if environment["NO_COLOR"] != nil { return false }
        return environment["TERM"] != "dumb"
    }
}

extension ChartInput {
    /// The finite points inside the time range, sorted. Shares the input's storage when every point qualifies
    /// (the usual case), so a year of 1-minute data is not copied to draw it.
    func visiblePoints() -> [Point] {
        let range = timeRange
        if points.allSatisfy({ range.contains($0.ts) && $0.value.isFinite }) { return points }
        return points.filter { range.contains($0.ts) && $0.value.isFinite }
    }

    /// The lowest and highest value of `points`, in one pass without copies.
    static func valueBounds(_ points: [Point]) -> (low: Double, high: Double)? {
        guard var low = points.first?.value else { return nil }
        var high = low
        for p in points {
            if p.value < low { low = p.value }
            if p.value > high { high = p.value }
        }
        return (low, high)
    }
}
