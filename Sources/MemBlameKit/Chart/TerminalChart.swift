/// Draws a `ChartInput` as text for a terminal: title, y axis with unit, the min-max envelope of the
/// series, onset line, x axis with dates, a marker row (deploys, ranked suspects, OOM restarts, fix)
/// and a one-line legend, in exactly `style.width` columns and `style.height` lines.
public struct TerminalChart {
    public var input: ChartInput
    public var style: ChartStyle

    public init(_ input: ChartInput, style: ChartStyle) {
        self.input = input
        self.style = style
    }

    /// One character and its ink.
    struct Cell {
        var char: Character
        var ink: ChartInk
        static let blank = Cell(char: " ", ink: .plain)
    }

    /// The chart as lines joined by newlines (each line ends in a newline; trailing blanks trimmed).
    public func render() -> String {
        lines().map { line in encode(line) + "\n" }.joined()
    }

    // MARK: - Layout

    /// Lines of cells: title, plot rows, axis, marker row, date labels, legend.
    func lines() -> [[Cell]] {
        let g = ChartGlyphs(unicode: style.charset == .unicode)
        let rows = style.height - 5
        let range = input.timeRange
        let visible = input.visiblePoints()
        let bounds = ChartInput.valueBounds(visible)
        let axis = ValueAxis.make(low: bounds?.low ?? 0, high: bounds?.high ?? 1,
                                  limit: input.limit, unit: input.unit, targetTicks: max(2, (rows - 1) / 3 + 1))
        // Tick value -> row (0 = bottom); ticks sit on row centres.
        // Clamped a little outside the plot (and finite), so values beyond the axis never become huge coordinates.
        func y(_ v: Double) -> Double {
            ValueAxis.clamp((v - axis.lower) / (axis.upper - axis.lower) * Double(rows - 1) + 0.5, -1, Double(rows) + 1)
        }
        var tickLabels: [Int: String] = [:]
        for t in axis.ticks {
            let r = Int(y(t).rounded(.down))
            if (0..<rows).contains(r), tickLabels[r] == nil { tickLabels[r] = axis.label(t) }
        }
        let gutter = tickLabels.values.map(\.count).max() ?? 0
        let width = max(1, style.width - gutter - 2)
        func col(_ ts: Int64) -> Int { Downsample.column(of: ts, range: range, columns: width) }

        var plot = [[Cell]](repeating: [Cell](repeating: .blank, count: width), count: rows)   // row 0 = top
        drawData(&plot, points: visible, range: range, y: y, glyphs: g)
        if visible.isEmpty { write("no data in this range", into: &plot[rows / 2], centredIn: width, ink: .axis) }
        if let limit = input.limit, limit >= axis.lower, limit <= axis.upper {
            let r = rows - 1 - min(rows - 1, max(0, Int(y(limit).rounded(.down))))
            for c in 0..<width where plot[r][c].char == " " { plot[r][c] = Cell(char: g.limit, ink: .limit) }
        }
        if let onset = input.onset, range.contains(onset) {
            let c = col(onset)
            for r in 0..<rows where plot[r][c].char == " " { plot[r][c] = Cell(char: g.onset, ink: .onset) }
        }

        var out: [[Cell]] = [titleLine()]
        for r in 0..<rows {
            let label = tickLabels[rows - 1 - r]
            let pad = String(repeating: " ", count: gutter - (label?.count ?? 0)) + (label ?? "") + " "
            out.append(cells(pad, .plain) + [Cell(char: label == nil ? g.axis : g.tickRowAxis, ink: .axis)] + plot[r])
        }
        let step = TimeAxis.step(span: range.upperBound - range.lowerBound, length: Double(width),
                                 minSpacing: Double(TimeAxis.labelWidth + 2))
        let ticks = TimeAxis.ticks(range: range, step: step)
        let indent = cells(String(repeating: " ", count: gutter + 1), .plain)
        out.append(indent + [Cell(char: g.corner, ink: .axis)] + axisRow(ticks: ticks, width: width, glyphs: g, col: col))
        out.append(indent + [Cell.blank] + markerRow(width: width, glyphs: g, col: col))
        out.append(indent + [Cell.blank] + labelRow(ticks: ticks, width: width, col: col))
        out.append(legend(glyphs: g, limitShown: input.limit.map { $0 >= axis.lower && $0 <= axis.upper } ?? false))
        return out
    }

    /// The series as envelope blocks or braille dots.
    private func drawData(_ plot: inout [[Cell]], points: [Point], range: ClosedRange<Int64>, y: (Double) -> Double,
                          glyphs g: ChartGlyphs) {
        let rows = plot.count, width = plot.first?.count ?? 0
        if style.resolution == .braille {
            var canvas = BrailleCanvas(columns: width, rows: rows)
            let bands = Downsample.connected(Downsample.envelopes(points, range: range, columns: canvas.dotColumns))
            for (x, band) in bands.enumerated() {
                guard let band else { continue }
                canvas.vertical(x: x, from: Int((y(band.low) * 4).rounded(.down)), to: Int((y(band.high) * 4).rounded(.down)))
            }
            for r in 0..<rows {
                for c in 0..<width { if let ch = canvas.character(column: c, row: r) { plot[r][c] = Cell(char: ch, ink: .data) } }
            }
            return
        }
        let bands = Downsample.connected(Downsample.envelopes(points, range: range, columns: width))
        for (c, band) in bands.enumerated() {
            guard let band else { continue }
            let lo = min(max(y(band.low), 0), Double(rows) - 1e-9), hi = min(max(y(band.high), lo), Double(rows) - 1e-9)
            for r in Int(lo.rounded(.down))...Int(hi.rounded(.down)) {
                let a = max(lo - Double(r), 0), b = min(hi - Double(r), 1)
                plot[rows - 1 - r][c] = Cell(char: g.cell(from: a, to: b), ink: .data)
            }
        }
    }

    /// `└──┴────┴──` with the onset window in heavy strokes and the onset itself marked.
    private func axisRow(ticks: [TimeTick], width: Int, glyphs g: ChartGlyphs, col: (Int64) -> Int) -> [Cell] {
        var row = [Cell](repeating: Cell(char: g.horizontal, ink: .axis), count: width)
        if let w = input.onsetWindow {
            for c in col(w.lowerBound)...col(max(w.lowerBound, w.upperBound)) { row[c] = Cell(char: g.window, ink: .onset) }
        }
        for t in ticks where row[col(t.ts)].ink == .axis { row[col(t.ts)] = Cell(char: g.timeTick, ink: .axis) }
        if let onset = input.onset, input.timeRange.contains(onset) { row[col(onset)] = Cell(char: g.onsetAxis, ink: .onset) }
        return row
    }

    /// One tick per deploy; suspects by rank, the fix, OOM restarts and the onset win a shared column in that order.
    private func markerRow(width: Int, glyphs g: ChartGlyphs, col: (Int64) -> Int) -> [Cell] {
        var row = [Cell](repeating: .blank, count: width)
        var priority = [Int](repeating: Int.max, count: width)
        func put(_ ts: Int64, _ char: Character, _ ink: ChartInk, _ p: Int) {
            guard input.timeRange.contains(ts) else { return }
            let c = col(ts)
            if p < priority[c] { row[c] = Cell(char: char, ink: ink); priority[c] = p }
        }
        if let onset = input.onset { put(onset, g.onset, .onset, 1000) }
        for m in input.markers { put(m.ts, g.deploy, .deploy, 500) }
        for ts in input.oomRestarts { put(ts, g.oom, .oom, 400) }
        if let fix = input.fix { put(fix, g.fix, .fix, 300) }
        for m in input.markers { if let rank = m.suspectRank { put(m.ts, g.rank(rank), .suspect, rank) } }
        // Name the suspects where there is room (`① #107`), best first, never covering another marker.
        for m in input.suspects where input.timeRange.contains(m.ts) {
            let text = Array(" " + (m.label.hasPrefix("PR #") ? String(m.label.dropFirst(3)) : m.label))
            let c = col(m.ts)
            guard row[c].ink == .suspect else { continue }
            func free(_ range: Range<Int>) -> Bool {
                range.lowerBound >= 0 && range.upperBound <= width && range.allSatisfy { row[$0].char == " " }
            }
            // One blank cell must stay between the name and the next marker, so names never read as ticks.
            if free((c + 1)..<min(width, c + text.count + 2)) && c + text.count < width {
                for (i, ch) in text.enumerated() { row[c + 1 + i] = Cell(char: ch, ink: .suspect) }
            } else if free(max(0, c - text.count - 1)..<c) && c - text.count >= 0 {
                let name = Array(text.dropFirst()) + [" "]
                for (i, ch) in name.enumerated() { row[c - name.count + i] = Cell(char: ch, ink: .suspect) }
            }
        }
        return row
    }

    /// Date labels centred under their ticks; a label that would touch its neighbour is dropped.
    private func labelRow(ticks: [TimeTick], width: Int, col: (Int64) -> Int) -> [Cell] {
        var row = [Cell](repeating: .blank, count: width)
        var free = 0
        for t in ticks {
            let n = t.label.count
            let start = min(max(col(t.ts) - n / 2, 0), width - n)
            guard start >= free, start >= 0 else { continue }
            for (i, ch) in t.label.enumerated() { row[start + i] = Cell(char: ch, ink: .plain) }
            free = start + n + 2
        }
        return row
    }

    // MARK: - Title and legend

    private func titleLine() -> [Cell] {
        let right = TimeAxis.describe(input.timeRange)
        var title = input.title
        if title.count + 2 + right.count <= style.width {
            title += String(repeating: " ", count: style.width - title.count - right.count) + right
        } else if title.count > style.width {
            title = String(title.prefix(style.width - 1)) + (style.charset == .unicode ? "…" : "~")
        }
        return cells(title, .plain)
    }

    /// `│ deploy  ① suspect  ┃ onset  ✕ OOM restart ...`: only what the chart shows; shorter words when
    /// narrow, then cut to the width.
    private func legend(glyphs g: ChartGlyphs, limitShown: Bool) -> [Cell] {
        var items: [(symbols: [Cell], long: String, short: String)] = []
        let range = input.timeRange
        let suspects = input.suspects.filter { range.contains($0.ts) }
        if input.markers.contains(where: { range.contains($0.ts) }) { items.append(([Cell(char: g.deploy, ink: .deploy)], "deploy", "deploy")) }
        if suspects.count == 1 {
            items.append(([Cell(char: g.rank(suspects[0].suspectRank!), ink: .suspect)], "suspect", "suspect"))
        } else if !suspects.isEmpty {
            items.append((suspects.prefix(3).map { Cell(char: g.rank($0.suspectRank!), ink: .suspect) }, "suspects by rank", "suspects"))
        }
        if let onset = input.onset, range.contains(onset) {
            items.append(([Cell(char: g.onset, ink: .onset)], input.onsetWindow == nil ? "onset" : "onset (\(g.window) window)", "onset"))
        }
        if input.oomRestarts.contains(where: range.contains) { items.append(([Cell(char: g.oom, ink: .oom)], "OOM restart", "OOM")) }
        if let fix = input.fix, range.contains(fix) { items.append(([Cell(char: g.fix, ink: .fix)], "fix", "fix")) }
        if limitShown { items.append(([Cell(char: g.limit, ink: .limit)], "limit", "limit")) }
        if !input.points.isEmpty { items.append(([Cell(char: g.band, ink: .data)], "min-max per column", "min-max")) }
        func line(short: Bool) -> [Cell] {
            var out: [Cell] = []
            for item in items {
                let cellsOfItem = item.symbols + cells(" " + (short ? item.short : item.long), .plain)
                let next = out.isEmpty ? cellsOfItem : out + cells(short ? " " : "  ", .plain) + cellsOfItem
                if next.count > style.width { break }
                out = next
            }
            return out
        }
        // The long words when they fit every marker kind (limit and band are the least needed); else the short ones.
        let keySymbols = items.filter { $0.long != "limit" && !$0.symbols.contains { $0.ink == .data } }.map(\.symbols.count).reduce(0, +)
        let long = line(short: false)
        return symbolCount(long) >= keySymbols ? long : line(short: true)
    }

    private func symbolCount(_ line: [Cell]) -> Int { line.filter { $0.ink != .plain }.count }

    // MARK: - Output

    private func cells(_ text: String, _ ink: ChartInk) -> [Cell] { text.map { Cell(char: $0, ink: ink) } }

    private func write(_ text: String, into row: inout [Cell], centredIn width: Int, ink: ChartInk) {
        let start = max(0, (width - text.count) / 2)
        for (i, ch) in text.prefix(width).enumerated() { row[start + i] = Cell(char: ch, ink: ink) }
    }

    /// Characters with ANSI colour runs when colour is on; trailing blanks dropped.
    private func encode(_ line: [Cell]) -> String {
        let end = (line.lastIndex { $0.char != " " } ?? -1) + 1
        var out = ""
        var current: ChartInk = .plain
        for cell in line[0..<end] {
            if style.color, cell.ink != current, cell.char != " " {
                if current.ansi != nil { out += "\u{1B}[0m" }
                if let code = cell.ink.ansi { out += "\u{1B}[\(code)m" }
                current = cell.ink
            }
            out.append(cell.char)
        }
        if style.color, current.ansi != nil { out += "\u{1B}[0m" }
        return out
    }
}
