import Testing
@testable import MemBlameKit

@Suite struct TerminalChartTests {
    static let cases: [(Int, ChartStyle.Charset, ChartStyle.Resolution)] = [
        (40, .unicode, .envelope), (80, .unicode, .envelope), (160, .unicode, .envelope),
        (40, .ascii, .envelope), (80, .ascii, .envelope), (160, .ascii, .envelope),
        (40, .unicode, .braille), (80, .unicode, .braille), (160, .unicode, .braille),
    ]

    @Test(arguments: cases)
    func matchesSnapshot(_ width: Int, _ charset: ChartStyle.Charset, _ resolution: ChartStyle.Resolution) throws {
        let style = ChartStyle(width: width, height: 18, charset: charset, resolution: resolution)
        let text = TerminalChart(ChartSample.input, style: style).render()
        try Snapshot.assert(text, named: "sample-\(width)-\(resolution == .braille ? "braille" : charset.rawValue).txt")
    }

    @Test(arguments: cases)
    func fitsTheBox(_ width: Int, _ charset: ChartStyle.Charset, _ resolution: ChartStyle.Resolution) {
        let style = ChartStyle(width: width, height: 18, charset: charset, resolution: resolution)
        let lines = TerminalChart(ChartSample.input, style: style).render().split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 18)
        for line in lines { #expect(line.count <= width, "\(line)") }
        if charset == .ascii { #expect(lines.allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) }) }
    }

    @Test func showsTheStory() {
        let text = TerminalChart(ChartSample.input, style: ChartStyle(width: 80)).render()
        let lines = text.split(separator: "\n").map(String.init)
        let markerRow = lines[lines.count - 3]
        #expect(markerRow.contains("① #107") && markerRow.contains("#104 ②") && markerRow.contains("✕"))
        // Six deploys: four plain ticks plus the two suspects.
        #expect(markerRow.filter { $0 == "│" }.count == 4)
        // The onset is a vertical line through the plot above the suspect #1 column.
        let column = markerRow.firstIndex(of: "①").map { markerRow.distance(from: markerRow.startIndex, to: $0) }!
        let onsetCells = lines[1..<(lines.count - 5)].filter { Array($0).count > column && Array($0)[column] == "┃" }
        #expect(onsetCells.count >= 3)
        #expect(lines.last == "│ deploy  ①② suspects by rank  ┃ onset (━ window)  ✕ OOM restart  ┄ limit")
        #expect(lines[0].hasPrefix("prod/api MemoryUtilization Maximum") && lines[0].hasSuffix("Nov 26 00:00 - Dec 1 00:00 2026 UTC"))
        #expect(lines[1].hasPrefix("100% ┤"))
        #expect(lines.contains { $0.hasPrefix("  0% ┤") })
    }

    @Test func marksTheFix() {
        var input = ChartSample.input
        input.fix = ChartSample.start + 110 * ChartSample.hour   // the last deploy
        input.markers = input.markers.map { var m = $0; m.suspectRank = m.suspectRank == 1 ? 1 : nil; return m }
        let lines = TerminalChart(input, style: ChartStyle(width: 100)).render().split(separator: "\n").map(String.init)
        #expect(lines[lines.count - 3].contains("✓") && !lines[lines.count - 3].contains("②"))
        #expect(lines.last == "│ deploy  ① suspect  ┃ onset (━ window)  ✕ OOM restart  ✓ fix  ┄ limit  █ min-max per column")
        #expect(SVGChart(input).render().contains("<g class=\"fix\"><title>Fix deployed 2026-11-30 14:00 UTC</title>"))
    }

    @Test func colourOnlyWhenAsked() {
        let plain = TerminalChart(ChartSample.input, style: ChartStyle(width: 80, color: false)).render()
        let coloured = TerminalChart(ChartSample.input, style: ChartStyle(width: 80, color: true)).render()
        #expect(!plain.contains("\u{1B}["))
        #expect(coloured.contains("\u{1B}[1;31m①"))
        #expect(coloured.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression) == plain)
    }

    @Test func colourPolicy() {
        #expect(ChartStyle.colorAllowed(isTerminal: true, environment: [:]))
        #expect(!ChartStyle.colorAllowed(isTerminal: false, environment: [:]))
        #expect(!ChartStyle.colorAllowed(isTerminal: true, environment: ["NO_COLOR": ""]))
        #expect(!ChartStyle.colorAllowed(isTerminal: true, environment: ["NO_COLOR": "1"]))
        #expect(!ChartStyle.colorAllowed(isTerminal: true, environment: ["TERM": "dumb"]))
    }

    @Test func emptySeriesSaysSo() {
        let input = ChartInput(points: [], unit: .megabytes, title: "empty", markers: [ChartMarker(ts: 1_795_651_200, label: "PR #1")],
                               range: 1_795_651_200...1_795_737_600)
        let text = TerminalChart(input, style: ChartStyle(width: 60, height: 10)).render()
        #expect(text.contains("no data in this range"))
        #expect(text.split(separator: "\n").count == 10)
    }
}

@Suite struct ChartInputTests {
    @Test func ranksSuspectsFromDeploys() {
        let key = SeriesKey(service: "prod/api", metric: "MemoryUtilization", stat: "Maximum")
        let series = Series(id: 1, descriptor: SeriesDescriptor(key: key, unit: .percent), points: [Point(ts: 0, value: 1), Point(ts: 600, value: 2)])
        let deploys = [Deploy(id: 1, service: "prod/api", ts: 100, source: "csv", externalID: "a", pr: 7, title: "One"),
                       Deploy(id: 2, service: "prod/api", ts: 200, source: "csv", externalID: "b", sha: "0123456789abcdef"),
                       Deploy(id: 3, service: "prod/api", ts: 300, source: "csv", externalID: "c")]
        let input = ChartInput(series: series, deploys: deploys, suspects: [deploys[2], deploys[0]])
        #expect(input.markers.map(\.label) == ["PR #7", "0123456", "c"])
        #expect(input.markers.map(\.suspectRank) == [2, nil, 1])
        #expect(input.suspects.map(\.label) == ["c", "PR #7"])
        #expect(input.title == "prod/api MemoryUtilization Maximum")
        #expect(input.limit == 100)
        #expect(input.timeRange == 0...600)
    }
}

@Suite struct ChartEdgeCaseTests {
    static let inputs: [(String, ChartInput)] = [
        ("one point", ChartInput(points: [Point(ts: 1_795_651_200, value: 42)], unit: .percent, title: "one")),
        ("constant", ChartInput(points: (0..<100).map { Point(ts: Int64($0) * 60, value: 7) }, unit: .megabytes, title: "flat")),
        ("negative", ChartInput(points: (0..<100).map { Point(ts: Int64($0) * 60, value: Double($0) - 60) }, unit: .count, title: "neg")),
        ("bytes", ChartInput(points: (0..<500).map { Point(ts: Int64($0) * 300, value: 3e8 + Double($0) * 4e6) }, unit: .bytes, title: "rss")),
        ("nan", ChartInput(points: [Point(ts: 0, value: .nan), Point(ts: 60, value: 1), Point(ts: 120, value: .infinity)], unit: .none, title: "nan")),
        ("years", ChartInput(points: [Point(ts: 0, value: 1), Point(ts: 3 * 365 * 86400, value: 2)], unit: .percent, title: "long")),
        ("markers outside", ChartInput(points: [Point(ts: 1000, value: 1), Point(ts: 2000, value: 2)], unit: .percent, title: "m",
                                       markers: [ChartMarker(ts: 0, label: "x", suspectRank: 1)], onset: 5000, oomRestarts: [9000], fix: -5)),
    ]

    @Test(arguments: [24, 33, 80, 240])
    func everyInputFits(_ width: Int) {
        for (name, input) in Self.inputs {
            for style in [ChartStyle(width: width, height: 8), ChartStyle(width: width, height: 30, charset: .ascii),
                          ChartStyle(width: width, height: 12, resolution: .braille)] {
                let lines = TerminalChart(input, style: style).render().split(separator: "\n", omittingEmptySubsequences: false).dropLast()
                #expect(lines.count == style.height, "\(name)")
                #expect(lines.allSatisfy { $0.count <= width }, "\(name) at \(width)")
            }
            #expect(SVGChart(input).render().hasSuffix("</svg>\n"))
        }
    }

    @Test func byteAxisUsesBinaryUnits() {
        let text = TerminalChart(Self.inputs[3].1, style: ChartStyle(width: 80)).render()
        #expect(text.contains("\n3 GiB ┤") && text.contains("\n1 GiB ┤") && text.contains("\n0 GiB ┤"))
    }
}
