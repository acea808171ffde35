import Foundation
import Testing
@testable import MemBlameKit

@Suite struct ChartAxisTests {
    @Test func envelopeKeepsASpike() {
        // 1000 flat points and one spike: a 10-column envelope still reaches the spike's height.
        var points = (0..<1000).map { Point(ts: Int64($0) * 60, value: 40) }
        points[517].value = 95
        let columns = Downsample.envelopes(points, range: 0...59_940, columns: 10)
        #expect(columns.count == 10)
        #expect(columns.compactMap { $0 }.map(\.max).max() == 95)
        #expect(columns[5]?.max == 95 && columns[5]?.min == 40 && columns[4]?.max == 40)
        #expect(columns.compactMap { $0?.count }.reduce(0, +) == 1000)
    }

    @Test func gapsStayGaps() {
        let points = [Point(ts: 0, value: 1), Point(ts: 100, value: 2)]
        let columns = Downsample.envelopes(points, range: 0...100, columns: 5)
        #expect(columns[0] != nil && columns[4] != nil && columns[1...3].allSatisfy { $0 == nil })
        #expect(Downsample.connected(columns)[2] == nil)
    }

    @Test func connectedColumnsMeetHalfway() {
        let bands = Downsample.connected([Envelope(min: 10, max: 10, first: 10, last: 10, count: 1),
                                          Envelope(min: 30, max: 30, first: 30, last: 30, count: 1)])
        #expect(bands[0]!.low == 10 && bands[0]!.high == 20 && bands[1]!.low == 20 && bands[1]!.high == 30)
    }

    @Test(arguments: [
        (Int64(3600), 80.0, Int64(600)),          // one hour in 80 columns: 10-minute ticks
        (Int64(86400), 80.0, Int64(3 * 3600)),     // one day: 3 hours
        (Int64(5 * 86400), 74.0, Int64(86400)),    // five days: daily
        (Int64(30 * 86400), 74.0, Int64(7 * 86400)),
    ])
    func timeSteps(_ span: Int64, _ length: Double, _ expected: Int64) {
        #expect(TimeAxis.step(span: span, length: length, minSpacing: 8) == expected)
    }

    @Test func timeLabels() {
        let start: Int64 = 1_795_651_200   // Thu 2026-11-26 00:00 UTC
        let hourly = TimeAxis.ticks(range: (start - 1800)...(start + 7 * 3600), step: 6 * 3600)
        #expect(hourly.map(\.label) == ["Nov 26", "06:00"])
        let weekly = TimeAxis.ticks(range: start...(start + 20 * 86400), step: 7 * 86400)
        #expect(weekly.map(\.label) == ["Nov 30", "Dec 7", "Dec 14"])   // Mondays
    }

    @Test(arguments: [40, 80, 160])
    func dateLabelsNeverOverlap(_ width: Int) {
        for days in [1, 3, 5, 12, 30, 90] {
            let input = ChartInput(points: [Point(ts: 0, value: 1), Point(ts: Int64(days) * 86400, value: 2)], unit: .percent, title: "t")
            let lines = TerminalChart(input, style: ChartStyle(width: width, height: 10)).render().split(separator: "\n")
            let row = String(lines[lines.count - 2])
            // Overlapping labels would fuse into words like `Nov 2Nov`: every word must be a month, a day or a time.
            let words = row.split(separator: " ")
            #expect(words.count >= 2, "\(days) days at \(width): \(row)")
            for w in words {
                let ok = TimeAxis.monthNames.contains(String(w)) || (Int(w).map { (1...31).contains($0) } ?? false)
                    || w.range(of: #"^[0-2][0-9]:[0-5][0-9]$"#, options: .regularExpression) != nil
                #expect(ok, "\(days) days at \(width): \(row)")
            }
        }
    }

    @Test(arguments: [
        (0.0, 61.2, MetricUnit.percent, 5, ["0%", "20%", "40%", "60%", "80%"]),
        (18.0, 99.0, MetricUnit.percent, 5, ["0%", "25%", "50%", "75%", "100%"]),
        (300.0, 700.0, MetricUnit.megabytes, 5, ["0 MiB", "200 MiB", "400 MiB", "600 MiB", "800 MiB"]),
        (1.2e9, 3.9e9, MetricUnit.bytes, 4, ["0 GiB", "2 GiB", "4 GiB"]),
        (0.5, 0.9, MetricUnit.none, 3, ["0.4", "0.6", "0.8", "1.0"]),
    ])
    func niceValueAxis(_ low: Double, _ high: Double, _ unit: MetricUnit, _ ticks: Int, _ expected: [String]) {
        let axis = ValueAxis.make(low: low, high: high, limit: unit.impliedLimit, unit: unit, targetTicks: ticks)
        #expect(axis.ticks.map(axis.label) == expected)
    }

    @Test func brailleDots() {
        var canvas = BrailleCanvas(columns: 2, rows: 1)
        canvas.set(x: 0, y: 3)    // top-left dot
        canvas.set(x: 1, y: 0)    // bottom-right dot
        #expect(canvas.character(column: 0, row: 0) == "\u{2881}")
        #expect(canvas.character(column: 1, row: 0) == nil)
        canvas.vertical(x: 2, from: 0, to: 3)
        #expect(canvas.character(column: 1, row: 0) == "\u{2847}")
    }
}
