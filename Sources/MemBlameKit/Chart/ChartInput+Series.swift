/// Filling a chart from stored values: a series, its deploys and the ranker's suspects.
extension ChartInput {
    /// A chart of `series` with one tick per deploy; deploys found in `suspects` (best first, matched by
    /// id, else by time and external id) carry their rank. Onset, window, OOM restarts and fix come from
    /// the detector's result when there is one.
    public init(series: Series, deploys: [Deploy], suspects: [Deploy] = [], onset: Int64? = nil,
                onsetWindow: ClosedRange<Int64>? = nil, oomRestarts: [Int64] = [], fix: Int64? = nil,
                range: ClosedRange<Int64>? = nil) {
        func same(_ a: Deploy, _ b: Deploy) -> Bool {
            if let x = a.id, let y = b.id { return x == y }
            return a.ts == b.ts && a.externalID == b.externalID && a.service == b.service
        }
        let markers = deploys.map { d in
            ChartMarker(deploy: d, suspectRank: suspects.firstIndex { same($0, d) }.map { $0 + 1 })
        }
        self.init(points: series.points, unit: series.unit, title: "\(series.key)", markers: markers, onset: onset,
                  onsetWindow: onsetWindow, oomRestarts: oomRestarts, fix: fix, range: range)
    }
}
