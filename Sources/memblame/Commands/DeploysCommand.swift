import ArgumentParser
import Foundation
import MemBlameKit

/// `memblame deploys`: the stored deploy history.
struct DeploysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "deploys", abstract: "List the stored deploys, oldest first.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption
    @Option(help: "Only this service.") var service: String?
    @Option(help: "Only deploys at or after this time (14d, 2026-11-01).") var since: String?
    @Option(help: "Only deploys at or before this time.") var until: String?
    @Option(help: "Show times in this time zone (e.g. Europe/Berlin); default UTC.") var tz: String?

    func run() throws {
        try reportingErrors {
            var zone: TimeZone?
            if let tz {
                guard let z = TimeZone(identifier: tz) else { throw ValidationError("unknown time zone '\(tz)'; use an IANA name such as Europe/Berlin") }
                zone = z
            }
            let deploys = try DeployStore(try global.open())
                .deploys(service: service, since: try Terminal.bound(since, name: "--since"), until: try Terminal.bound(until, name: "--until"))
            Terminal.print(TableRenderer.render(Listings.deploys(deploys, timeZone: zone), as: output.format))
        }
    }
}
