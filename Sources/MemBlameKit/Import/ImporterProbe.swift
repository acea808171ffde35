import Foundation

/// Runs one importer entry point on raw bytes and classifies what happened: the shared core of the
/// libFuzzer harness (`Fuzz/`) and of the regression tests that replay what it found.
///
/// Targets are built from `MetricFormats.all` and `DeployFormats.all`, so a format added later is
/// fuzzed and replayed without changes here. Extra targets cover the shared parsers (`timestamp`,
/// `csvline`) and the whole store path (`import`: detection, `MetricImport`, SQLite).
public enum ImporterProbe {
    /// How one run ended. A crash is not an outcome: it takes the process down, which is the finding.
    public enum Outcome: Sendable, Equatable {
        /// The importer accepted the input.
        case accepted
        /// The importer refused it with a `MemBlameError` (the only acceptable way to refuse).
        case refused(MemBlameError)
        /// Anything else thrown, or a bad-input or I/O `MemBlameError` that names no location: a defect.
        case defect(String)
    }

    /// One fuzz target: a name (a format name or `timestamp`, `csvline`, `import`) and its runner.
    public struct Target: Sendable {
        public var name: String
        let run: @Sendable (Data) throws -> Void
    }

    /// The name inputs carry in error messages.
    public static let inputName = "fuzz-input"

    /// Every target: one per metric format, one per deploy format, then the shared parsers and the store path.
    public static var targets: [Target] {
        var list: [Target] = []
        for format in MetricFormats.all {
            list.append(Target(name: format.name) { data in
                let sink = CollectingMetricSink()
                try format.read(InputFile(name: inputName, contents: data), options: MetricImportOptions(service: "fuzz/svc"), into: sink)
            })
        }
        for format in DeployFormats.all {
            let name = list.contains(where: { $0.name == format.name }) ? "deploy:\(format.name)" : format.name
            list.append(Target(name: name) { data in
                // Two inputs of the same bytes would double every record; one is what users give most.
                let options = DeployImportOptions(service: "fuzz/svc", asDeploys: true)
                _ = try format.read([InputFile(name: inputName, contents: data)], options: options)
            })
        }
        list.append(Target(name: "timestamp") { data in
            var bytes = [UInt8](data)
            bytes.withUnsafeMutableBufferPointer { b in
                for unit in [Timestamp.EpochUnit.auto, .seconds, .milliseconds] {
                    // Printing what was parsed must not trap either (overflowing dates).
                    if let ts = Timestamp.parse(UnsafeBufferPointer(b), epoch: unit) { _ = Timestamp.iso(ts) }
                }
            }
        })
        list.append(Target(name: "csvline") { data in
            var bytes = [UInt8](data)
            bytes.withUnsafeMutableBufferPointer { b in
                _ = CSVLine.split(UnsafeBufferPointer(b), separator: 0x2C)
                _ = CSVLine.split(UnsafeBufferPointer(b), separator: 0x3B)
            }
        })
        list.append(Target(name: "import") { data in
            try StoreProbe.shared.importBytes(data)
        })
        // The command line's value parsers (durations, times, limits, sensitivities, widths): OptionProbe.
        list.append(Target(name: "options") { data in
            if let problem = OptionProbe.check(String(decoding: data, as: UTF8.self)) { throw OptionProbe.ProbeDefect(problem) }
        })
        return list
    }

    /// The target called `name`.
    public static func target(named name: String) -> Target? {
        targets.first { $0.name == name }
    }

    /// Runs `target` on `data`.
    public static func run(_ target: Target, _ data: Data) -> Outcome {
        do {
            try target.run(data)
            return .accepted
        } catch let error as MemBlameError {
            // Bad input and I/O errors must say where; a usage error asks for a flag
            // (`--environment`) and may name no place in the file.
            guard error.location != nil || error.kind == .usage else { return .defect("MemBlameError without a location: \(error)") }
            return .refused(error)
        } catch {
            return .defect("\(type(of: error)) thrown instead of MemBlameError: \(error)")
        }
    }
}

/// The `import` target's database: one in-memory store reused across runs (opening and migrating
/// per input would dominate), emptied after each accepted import.
final class StoreProbe: @unchecked Sendable {
    static let shared = StoreProbe()
    private let lock = NSLock()
    private var db: Database?

    func importBytes(_ data: Data) throws {
        lock.lock()
        defer { lock.unlock() }
        if db == nil { db = try Database.inMemory() }
        let db = self.db!
        defer { try? db.execute("DELETE FROM points; DELETE FROM imports; DELETE FROM series") }
        _ = try MetricImport(db: db).run([InputFile(name: ImporterProbe.inputName, contents: data)],
                                         options: MetricImportOptions(service: "fuzz/svc"))
    }
}
