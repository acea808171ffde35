import ArgumentParser
import Foundation
import MemBlameKit

/// `memblame chart`: a service's memory with its deploys, sized to the terminal.
struct ChartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chart",
        abstract: "Draw a service's memory with a tick per deploy (min-max per column, so spikes stay visible).",
        discussion: "Uses the service's Maximum series when there is one, else its first. Colour only on a terminal and when NO_COLOR is unset."
    )

    @OptionGroup var global: GlobalOptions
    @Option(help: "The service (default: the first stored).") var service: String?
    @Option(help: "Only from this time (14d, 2026-11-01).") var since: String?
    @Option(help: "Only until this time.") var until: String?
    @OptionGroup var chart: ChartOptions
    @Option(help: ArgumentHelp("Also write a self-contained HTML page (chart and deploys) to this file.", valueName: "file")) var html: String?

    func run() throws {
        try reportingErrors {
            let db = try global.open()
            let metrics = MetricStore(db)
            guard let name = try service ?? metrics.services().first else {
                throw MemBlameError(.usage, "the database holds no memory series; import some first (memblame import metrics)")
            }
            let from = try Terminal.bound(since, name: "--since"), to = try Terminal.bound(until, name: "--until")
            let all = try metrics.series(service: name, since: from, until: to)
            guard let series = all.first(where: { $0.key.stat == "Maximum" }) ?? all.first else {
                throw MemBlameError(.usage, "no memory series for service '\(name)'; see memblame series")
            }
            let deploys = try DeployStore(db).deploys(service: name, since: from, until: to)
            let range = from.flatMap { f in to.flatMap { t in t > f ? f...t : nil } }
            let input = ChartInput(series: series, deploys: deploys, range: range)
            Terminal.print(TerminalChart(input, style: try chart.style()).render())
            if let html {
                let page = HTMLReport(title: "memblame: \(name)",
                                      summary: ["\(series.key): \(series.points.count) points, \(deploys.count) deploys."],
                                      chart: input, sections: [.init(heading: "Deploys", table: Listings.deploys(deploys))])
                do { try page.render().write(toFile: html, atomically: true, encoding: .utf8) } catch {
                    throw MemBlameError(.io, "cannot write \(html): \(error.localizedDescription)")
                }
                Terminal.note("wrote \(html)")
            }
        }
    }
}
