import ArgumentParser
import Foundation
import MemBlameKit

/// `memblame-bench chart`: time to draw N points as an 80-column terminal chart (envelope and braille)
/// and as SVG, next to the floor of one pass over the points (summing them).
struct ChartBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "chart", abstract: "Render N points as terminal charts and SVG.")

    @Option(help: "Number of points.") var points: Int = 1_000_000
    @Option(help: "Repetitions; the best time is reported.") var repeats: Int = 5

    func run() throws {
        // A sawtooth at one point a minute with a spike every 997 points.
        let series = (0..<points).map { i -> Point in
            let v = 30 + Double(i % 5000) * 0.014 + (i % 997 == 0 ? 25 : 0)
            return Point(ts: 1_700_000_000 + Int64(i) * 60, value: v)
        }
        let markers = stride(from: 0, to: points, by: max(points / 40, 1)).map {
            ChartMarker(ts: 1_700_000_000 + Int64($0) * 60, label: "PR #\($0)", title: "change \($0)")
        }
        let input = ChartInput(points: series, unit: .percent, title: "bench", markers: markers, onset: series[points / 3].ts)

        func best(_ body: () -> Int) -> (seconds: Double, size: Int) {
            var fastest = Double.infinity, size = 0
            for _ in 0..<max(repeats, 1) {
                let t0 = Date()
                size = body()
                fastest = min(fastest, Date().timeIntervalSince(t0))
            }
            return (fastest, size)
        }
        let floor = best { Int(series.reduce(0) { $0 + $1.value }) }
        let envelope = best { TerminalChart(input, style: ChartStyle(width: 80)).render().utf8.count }
        let braille = best { TerminalChart(input, style: ChartStyle(width: 80, resolution: .braille)).render().utf8.count }
        let svg = best { SVGChart(input).render().utf8.count }
        print("points: \(points), best of \(repeats)")
        print(String(format: "%@ %8.2f ms  (the floor)", "one pass (sum)".padding(toLength: 22, withPad: " ", startingAt: 0), floor.seconds * 1000))
        for (name, r) in [("terminal 80 envelope", envelope), ("terminal 80 braille", braille), ("SVG 960x400", svg)] {
            print(String(format: "%@ %8.2f ms  %6.1fx the floor  %7d bytes out", name.padding(toLength: 22, withPad: " ", startingAt: 0),
                         r.seconds * 1000, r.seconds / floor.seconds, r.size))
        }
    }
}
