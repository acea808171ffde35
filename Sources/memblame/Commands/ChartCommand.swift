import ArgumentParser
import Foundation
import MemBlameKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `memblame chart`: a service's memory with its deploys, sized to the terminal.
struct ChartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chart",
        abstract: "Draw a service's memory with a tick per deploy (min-max per column, so spikes stay visible).",
        discussion: "Colour only on a terminal and when NO_COLOR is unset. Width: --width, else the terminal's, else COLUMNS, else 100."
    )

    enum ColorMode: String, ExpressibleByArgument, CaseIterable { case auto, always, never }

    @OptionGroup var global: GlobalOptions
    @Option(help: "The service (default: the only one, or the first stored).") var service: String?
    @Option(help: "Only from this time (14d, 2026-11-01).") var since: String?
    @Option(help: "Only until this time.") var until: String?
    @Option(help: "Total width in columns (default: the terminal's).") var width: Int?
    @Option(help: "Total height in lines.") var height: Int = ChartStyle.defaultHeight
    @Flag(help: "Plain ASCII characters only.") var ascii = false
    @Flag(help: "Braille dots: twice the columns and four times the rows.") var braille = false
    @Option(help: "Colour: auto (terminal and no NO_COLOR), always or never.") var color: ColorMode = .auto
    @Option(help: "Also write a self-contained HTML page with the chart and the deploys to this file.") var html: String?

    func validate() throws {
        if let width, width < 24 { throw ValidationError("--width must be at least 24 columns; found \(width)") }
        if height < 8 { throw ValidationError("--height must be at least 8 lines; found \(height)") }
        if ascii && braille { throw ValidationError("--ascii and --braille cannot be combined (braille needs Unicode)") }
    }

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
            let style = ChartStyle(width: width ?? TerminalSize.columns(), height: height, charset: ascii ? .ascii : .unicode,
                                   color: useColor, resolution: braille ? .braille : .envelope)
            Terminal.print(TerminalChart(input, style: style).render())
            if let html {
                let page = HTMLReport(title: "memblame: \(name)", summary: ["\(series.key): \(series.points.count) points, \(deploys.count) deploys."],
                                      chart: input, sections: [.init(heading: "Deploys", table: Listings.deploys(deploys))])
                do { try page.render().write(toFile: html, atomically: true, encoding: .utf8) } catch {
                    throw MemBlameError(.io, "cannot write \(html): \(error.localizedDescription)")
                }
                Terminal.note("wrote \(html)")
            }
        }
    }

    private var useColor: Bool {
        switch color {
        case .always: return true
        case .never: return false
        case .auto: return ChartStyle.colorAllowed(isTerminal: isatty(STDOUT_FILENO) == 1, environment: ProcessInfo.processInfo.environment)
        }
    }
}

/// The terminal's width: the tty's own (TIOCGWINSZ) when stdout is one, else `COLUMNS`, else 100.
enum TerminalSize {
    static func columns() -> Int {
        if isatty(STDOUT_FILENO) == 1 {
            var size = winsize()
            if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        }
        if let text = ProcessInfo.processInfo.environment["COLUMNS"], let n = Int(text), n > 0 { return n }
        return 100
    }
}
