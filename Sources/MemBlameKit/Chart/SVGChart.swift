import Foundation

/// Draws a `ChartInput` as a standalone SVG element: the min-max band of the series, value and time
/// axes, deploy ticks with hover texts (`<title>`: PR, title, time), ranked suspects, the onset line and
/// window, OOM restarts, the fix and the limit. Plain XML (no entities beyond the five predefined), so
/// it parses as XHTML.
public struct SVGChart {
    public var input: ChartInput
    /// Size in CSS pixels.
    public var width: Double
    public var height: Double

    public init(_ input: ChartInput, width: Double = 960, height: Double = 400) {
        self.input = input
        self.width = width
        self.height = height
    }

    // Plot frame: room for y labels on the left; date labels, marker band and legend below.
    var left: Double { 72 }
    var right: Double { width - 24 }
    var top: Double { 40 }
    var bottom: Double { height - 84 }

    /// The `<svg>` element.
    public func render() -> String {
        let range = input.timeRange
        let visible = input.visiblePoints()
        let bounds = ChartInput.valueBounds(visible)
        let axis = ValueAxis.make(low: bounds?.low ?? 0, high: bounds?.high ?? 1,
                                  limit: input.limit, unit: input.unit, targetTicks: 6)
        let span = Double(range.upperBound - range.lowerBound)
        func x(_ ts: Int64) -> Double { left + Double(ts - range.lowerBound) / span * (right - left) }
        // Values beyond the axis (a database may hold anything) are drawn at its edge.
        func y(_ v: Double) -> Double { bottom - ValueAxis.clamp((v - axis.lower) / (axis.upper - axis.lower), 0, 1) * (bottom - top) }
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 \(n(width)) \(n(height))\" "
        s += "width=\"\(n(width))\" height=\"\(n(height))\" role=\"img\" aria-label=\"\(XMLText.escape(input.title))\">\n"
        s += "<text class=\"title\" x=\"\(n(left))\" y=\"20\">\(XMLText.escape(input.title))</text>\n"
        s += "<text class=\"range\" x=\"\(n(right))\" y=\"20\" text-anchor=\"end\">\(XMLText.escape(TimeAxis.describe(range)))</text>\n"

        // Grid and axes.
        for t in axis.ticks {
            s += "<line class=\"grid\" x1=\"\(n(left))\" x2=\"\(n(right))\" y1=\"\(n(y(t)))\" y2=\"\(n(y(t)))\"/>"
            s += "<text class=\"ylabel\" x=\"\(n(left - 6))\" y=\"\(n(y(t) + 4))\" text-anchor=\"end\">\(XMLText.escape(axis.label(t)))</text>\n"
        }
        let step = TimeAxis.step(span: range.upperBound - range.lowerBound, length: right - left, minSpacing: 80)
        for t in TimeAxis.ticks(range: range, step: step) {
            s += "<line class=\"xtick\" x1=\"\(n(x(t.ts)))\" x2=\"\(n(x(t.ts)))\" y1=\"\(n(bottom))\" y2=\"\(n(bottom + 4))\"/>"
            s += "<text class=\"xlabel\" x=\"\(n(x(t.ts)))\" y=\"\(n(bottom + 17))\" text-anchor=\"middle\">\(XMLText.escape(t.label))</text>\n"
        }
        s += "<line class=\"axis\" x1=\"\(n(left))\" x2=\"\(n(right))\" y1=\"\(n(bottom))\" y2=\"\(n(bottom))\"/>\n"

        // Onset window under the data, so the band stays readable on top of it.
        if let w = input.onsetWindow, w.upperBound >= range.lowerBound, w.lowerBound <= range.upperBound {
            let x0 = x(max(w.lowerBound, range.lowerBound)), x1 = x(min(w.upperBound, range.upperBound))
            s += "<rect class=\"onset-window\" x=\"\(n(x0))\" y=\"\(n(top))\" width=\"\(n(max(x1 - x0, 1)))\" height=\"\(n(bottom - top))\">"
            s += "<title>\(XMLText.escape("Onset window: \(Timestamp.display(w.lowerBound)) to \(Timestamp.display(w.upperBound)) UTC"))</title></rect>\n"
        }
        s += band(visible, range: range, y: y)
        if let limit = input.limit, limit >= axis.lower, limit <= axis.upper {
            s += "<line class=\"limit\" x1=\"\(n(left))\" x2=\"\(n(right))\" y1=\"\(n(y(limit)))\" y2=\"\(n(y(limit)))\"><title>Limit \(XMLText.escape(axis.format(limit)))</title></line>\n"
        }
        if visible.isEmpty {
            s += "<text class=\"nodata\" x=\"\(n((left + right) / 2))\" y=\"\(n((top + bottom) / 2))\" text-anchor=\"middle\">no data in this range</text>\n"
        }
        if let fix = input.fix, range.contains(fix) {
            s += "<g class=\"fix\"><title>\(XMLText.escape("Fix deployed \(Timestamp.display(fix)) UTC"))</title>"
            s += "<line x1=\"\(n(x(fix)))\" x2=\"\(n(x(fix)))\" y1=\"\(n(top))\" y2=\"\(n(bottom))\"/></g>\n"
        }
        if let onset = input.onset, range.contains(onset) {
            s += "<g class=\"onset-group\"><title>\(XMLText.escape("Onset \(Timestamp.display(onset)) UTC"))</title>"
            s += "<line class=\"onset\" x1=\"\(n(x(onset)))\" x2=\"\(n(x(onset)))\" y1=\"\(n(top - 4))\" y2=\"\(n(bottom + 44))\"/>"
            s += "<text class=\"onset-label\" x=\"\(n(x(onset) + 4))\" y=\"\(n(top + 10))\">onset</text></g>\n"
        }
        for ts in input.oomRestarts where range.contains(ts) {
            let cx = x(ts), cy = top - 8
            s += "<g class=\"oom\"><title>\(XMLText.escape("Out-of-memory restart \(Timestamp.display(ts)) UTC"))</title>"
            s += "<path d=\"M\(n(cx - 4)),\(n(cy - 4)) L\(n(cx + 4)),\(n(cy + 4)) M\(n(cx - 4)),\(n(cy + 4)) L\(n(cx + 4)),\(n(cy - 4))\"/></g>\n"
        }
        s += markers(range: range, x: x)
        s += legend(limitShown: input.limit.map { $0 >= axis.lower && $0 <= axis.upper } ?? false)
        return s + "</svg>\n"
    }

    /// The min-max band: one closed path per run of columns with data (a gap stays a gap).
    private func band(_ points: [Point], range: ClosedRange<Int64>, y: (Double) -> Double) -> String {
        let columns = Int(right - left)
        let bands = Downsample.connected(Downsample.envelopes(points, range: range, columns: columns))
        var out = ""
        var run: [(x: Double, low: Double, high: Double)] = []
        func flush() {
            guard !run.isEmpty else { return }
            var d = "M" + run.map { "\(n($0.x)),\(n(y($0.high)))" }.joined(separator: " L")
            d += " L" + run.reversed().map { "\(n($0.x)),\(n(y($0.low)))" }.joined(separator: " L") + " Z"
            out += "<path class=\"band\" d=\"\(d)\"/>\n"
            run = []
        }
        for (c, b) in bands.enumerated() {
            guard let b else { flush(); continue }
            run.append((left + Double(c) + 0.5, b.low, b.high))
        }
        flush()
        return out
    }

    /// Deploy ticks in the band below the dates; suspects as numbered circles. Each has a hover text.
    private func markers(range: ClosedRange<Int64>, x: (Int64) -> Double) -> String {
        let y0 = bottom + 26, y1 = bottom + 42
        var out = ""
        // Suspects last, so they are drawn over ordinary deploys.
        let ordered = input.markers.filter { range.contains($0.ts) }.sorted { ($0.suspectRank ?? Int.max, $0.ts) > ($1.suspectRank ?? Int.max, $1.ts) }
        for m in ordered {
            var hover = m.label
            if let title = m.title, !title.isEmpty { hover += ": " + title }
            hover += " (deployed \(Timestamp.display(m.ts)) UTC)"
            if let rank = m.suspectRank { hover = "Suspect #\(rank): " + hover }
            let cx = x(m.ts)
            out += "<g class=\"\(m.suspectRank == nil ? "deploy" : "deploy suspect")\"><title>\(XMLText.escape(hover))</title>"
            if let rank = m.suspectRank {
                out += "<line class=\"suspect-line\" x1=\"\(n(cx))\" x2=\"\(n(cx))\" y1=\"\(n(top))\" y2=\"\(n(y0 - 8))\"/>"
                out += "<circle cx=\"\(n(cx))\" cy=\"\(n((y0 + y1) / 2))\" r=\"8\"/>"
                out += "<text x=\"\(n(cx))\" y=\"\(n((y0 + y1) / 2 + 4))\" text-anchor=\"middle\">\(rank)</text></g>\n"
            } else {
                out += "<rect class=\"hit\" x=\"\(n(cx - 3))\" y=\"\(n(y0))\" width=\"6\" height=\"\(n(y1 - y0))\"/>"
                out += "<line x1=\"\(n(cx))\" x2=\"\(n(cx))\" y1=\"\(n(y0))\" y2=\"\(n(y1))\"/></g>\n"
            }
        }
        return out
    }

    /// One line of symbols and words at the bottom, only for what the chart shows.
    private func legend(limitShown: Bool) -> String {
        let range = input.timeRange
        var items: [(symbol: String, text: String)] = []
        let y = height - 14
        if input.markers.contains(where: { range.contains($0.ts) }) { items.append(("deploy", "deploy (hover: PR)")) }
        if input.suspects.contains(where: { range.contains($0.ts) }) { items.append(("suspect", "suspect by rank")) }
        if let onset = input.onset, range.contains(onset) { items.append(("onset", input.onsetWindow == nil ? "onset" : "onset, window")) }
        if input.oomRestarts.contains(where: range.contains) { items.append(("oom", "OOM restart")) }
        if let fix = input.fix, range.contains(fix) { items.append(("fix", "fix")) }
        if limitShown { items.append(("limit", "limit")) }
        if !input.points.isEmpty { items.append(("band", "memory min-max")) }
        var out = "<g class=\"legend\">"
        var cx = left
        for item in items {
            // About 6.5 px per character at 12 px; leave out what would run past the frame.
            guard cx + 16 + Double(item.text.count) * 6.5 <= right else { break }
            switch item.symbol {
            case "deploy": out += "<line class=\"legend-deploy\" x1=\"\(n(cx + 5))\" x2=\"\(n(cx + 5))\" y1=\"\(n(y - 10))\" y2=\"\(n(y + 2))\"/>"
            case "suspect": out += "<circle class=\"legend-suspect\" cx=\"\(n(cx + 5))\" cy=\"\(n(y - 4))\" r=\"6\"/>"
            case "onset": out += "<line class=\"legend-onset\" x1=\"\(n(cx + 5))\" x2=\"\(n(cx + 5))\" y1=\"\(n(y - 12))\" y2=\"\(n(y + 4))\"/>"
            case "oom": out += "<path class=\"legend-oom\" d=\"M\(n(cx + 1)),\(n(y - 8)) L\(n(cx + 9)),\(n(y)) M\(n(cx + 1)),\(n(y)) L\(n(cx + 9)),\(n(y - 8))\"/>"
            case "fix": out += "<line class=\"legend-fix\" x1=\"\(n(cx + 5))\" x2=\"\(n(cx + 5))\" y1=\"\(n(y - 12))\" y2=\"\(n(y + 4))\"/>"
            case "limit": out += "<line class=\"legend-limit\" x1=\"\(n(cx))\" x2=\"\(n(cx + 12))\" y1=\"\(n(y - 4))\" y2=\"\(n(y - 4))\"/>"
            default: out += "<rect class=\"legend-band\" x=\"\(n(cx))\" y=\"\(n(y - 10))\" width=\"12\" height=\"10\"/>"
            }
            out += "<text x=\"\(n(cx + 16))\" y=\"\(n(y))\">\(XMLText.escape(item.text))</text>"
            cx += 16 + Double(item.text.count) * 6.5 + 18
        }
        return out + "</g>\n"
    }

    /// Coordinates with at most one decimal, no trailing `.0`.
    private func n(_ v: Double) -> String {
        let r = ValueAxis.clamp((v * 10).rounded() / 10, -1e9, 1e9)
        return r == r.rounded() ? String(Int(r)) : String(format: "%.1f", r)
    }
}
