import Foundation

/// Runs the command line's value parsers (`OptionValues`, `Timestamp.parseDuration`, `GlobalArguments.normalise`) on
/// arbitrary text and checks what they promise: a value in range or a one-line usage error naming the option,
/// never a trap and never anything else. The `options` target of the fuzz harness (`Fuzz/`) and of the seeded
/// property test (`OptionParsingPropertyTests`).
public enum OptionProbe {
    /// A fixed "now" (2026-11-24T08:00:00Z): the probe must not depend on the clock.
    public static let now: Int64 = 1_795_507_200

    /// Every parser on `text`; nil when each kept its promise, else what went wrong.
    public static func check(_ text: String) -> String? {
        func usage(_ option: String, _ body: () throws -> Void) -> String? {
            do {
                try body()
                return nil
            } catch let error as MemBlameError {
                guard error.kind == .usage, error.location == nil else { return "\(option): not a usage error: \(error)" }
                guard error.message.hasPrefix(option + " ") else { return "\(option): the message does not name the option: \(error.message)" }
                guard !error.message.contains(where: \.isNewline) else { return "\(option): the message spans lines" }
                guard error.message.count <= 300 else { return "\(option): a \(error.message.count)-character message" }
                return nil
            } catch {
                return "\(option): threw \(error)"
            }
        }
        var problems: [String?] = []
        problems.append(usage("--since") {
            let ts = try OptionValues.time(text, option: "--since", now: now)
            guard OptionValues.timeRange.contains(ts) else { throw ProbeDefect("--since accepted \(ts), outside years 1 to 9999") }
            // Printing it must give a time that reads back as the same instant.
            guard Timestamp.parse(Timestamp.iso(ts)) == ts else { throw ProbeDefect("--since \(ts) does not round-trip through ISO 8601") }
        })
        problems.append(usage("--window") {
            let d = try OptionValues.duration(text, option: "--window")
            guard (0...OptionValues.maxDurationSeconds).contains(d) else { throw ProbeDefect("--window accepted \(d)") }
            _ = Timestamp.describeDuration(d)
        })
        problems.append(usage("--limit") {
            let v = try OptionValues.limit(text)
            guard v.isFinite, v > 0, v <= OptionValues.maxLimit else { throw ProbeDefect("--limit accepted \(v)") }
        })
        problems.append(usage("--timeout") {
            let v = try OptionValues.timeout(text)
            guard v.isFinite, v > 0, v <= OptionValues.maxTimeoutSeconds else { throw ProbeDefect("--timeout accepted \(v)") }
        })
        problems.append(usage("--sensitivity") {
            let v = try OptionValues.sensitivity(text)
            guard OptionValues.sensitivityRange.contains(v) else { throw ProbeDefect("--sensitivity accepted \(v)") }
            _ = DetectOptions(sensitivity: v).zThreshold
        })
        problems.append(usage("--width") {
            let v = try OptionValues.width(text)
            guard OptionValues.widthRange.contains(v) else { throw ProbeDefect("--width accepted \(v)") }
        })
        problems.append(usage("--height") {
            let v = try OptionValues.height(text)
            guard OptionValues.heightRange.contains(v) else { throw ProbeDefect("--height accepted \(v)") }
        })
        problems.append(usage("--attempts") {
            let v = try OptionValues.integer(text, option: "--attempts", in: 1...20)
            guard (1...20).contains(v) else { throw ProbeDefect("--attempts accepted \(v)") }
        })
        if let d = Timestamp.parseDuration(text), !(0...OptionValues.maxDurationSeconds).contains(d) {
            problems.append("parseDuration accepted \(d)")
        }
        // The command line normaliser: the text split into arguments keeps every argument, in a permutation that
        // moves only global options.
        let arguments = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let leaf = GlobalArguments.CommandTree()
        let tree = GlobalArguments.CommandTree(["series": leaf, "import": GlobalArguments.CommandTree(["metrics": leaf])])
        let normalised = GlobalArguments.normalise(arguments, tree: tree)
        if normalised.sorted() != arguments.sorted() { problems.append("normalise lost or added arguments: \(arguments) -> \(normalised)") }
        return problems.compactMap { $0 }.first
    }

    /// A broken promise found inside a probe (reported, not thrown to the caller).
    struct ProbeDefect: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}
