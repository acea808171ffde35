import Foundation
import Testing
@testable import MemBlameKit

/// Replays every input under `Fixtures/fuzz-regressions/<target>/` (crashes, hangs and runaway
/// allocations the fuzzer found, plus hand-made hostile inputs) through the same entry point the
/// libFuzzer harness uses, in the normal build: each must be accepted or refused with a located
/// `MemBlameError`, never crash.
@Suite struct FuzzRegressionTests {
    /// One replayed input.
    struct Case: CustomTestStringConvertible, Sendable {
        var target: String
        var file: String
        var testDescription: String { "\(target)/\(file)" }
    }

    static let root = Fixture.folder.appendingPathComponent("fuzz-regressions")

    /// Every (target folder, file) pair, sorted for stable output.
    static var cases: [Case] {
        let fm = FileManager.default
        let targets = (try? fm.contentsOfDirectory(atPath: root.path)) ?? []
        return targets.sorted().flatMap { target in
            ((try? fm.contentsOfDirectory(atPath: root.appendingPathComponent(target).path)) ?? [])
                .filter { !$0.hasPrefix(".") && $0 != "README.md" }
                .sorted()
                .map { Case(target: target, file: $0) }
        }
    }

    @Test func everyTargetFolderNamesATarget() {
        let folders = Set(Self.cases.map(\.target))
        let known = Set(ImporterProbe.targets.map(\.name))
        #expect(folders.isSubset(of: known), "folders without a target: \(folders.subtracting(known).sorted())")
        #expect(Self.cases.count >= 90)
    }

    @Test(arguments: cases) func replay(_ c: Case) throws {
        let target = try #require(ImporterProbe.target(named: c.target))
        let data = try Data(contentsOf: Self.root.appendingPathComponent(c.target).appendingPathComponent(c.file))
        switch ImporterProbe.run(target, data) {
        case .accepted:
            break
        case .refused(let error):
            // Refusals name the input (usage errors may only ask for a flag) and say something a
            // user can act on, on one line.
            #expect(error.location?.file == ImporterProbe.inputName || (error.kind == .usage && error.location == nil))
            #expect(!error.message.isEmpty && !error.message.contains("\n"))
            #expect(error.message.count < 400, "message too long: \(error.message.prefix(100))...")
        case .defect(let message):
            Issue.record("\(c.target)/\(c.file): \(message)")
        }
    }

    /// Hostile inputs whose refusal is part of the contract: the exact message and location.
    @Test func knownRefusals() throws {
        func refusal(_ target: String, _ file: String) throws -> String {
            let data = try Data(contentsOf: Self.root.appendingPathComponent(target).appendingPathComponent(file))
            guard case .refused(let error) = ImporterProbe.run(try #require(ImporterProbe.target(named: target)), data) else { return "not refused" }
            return error.description
        }
        #expect(try refusal("csv", "nasty-huge-values.csv") == "fuzz-input:1: error: expected a finite number in column 2, found \"1e400\"")
        #expect(try refusal("csv", "nasty-unclosed-quote.csv") == "fuzz-input:2: error: unclosed quote")
        #expect(try refusal("csv", "nasty-empty.txt") == "fuzz-input: error: no data rows; expected lines of timestamp,value")
        // Found by fuzzing: "clustername:" in a Datadog scope indexed past the split; an interval of
        // 1e300 trapped in Int(Double).
        #expect(try refusal("datadog", "crash-098db501a84dd4a58c8547603d2565a797701897") == "not refused")
        #expect(try refusal("datadog", "nasty-huge-interval.json").contains("error: expected an interval in seconds (1 to a year)"))
        #expect(try refusal("import", "nasty-gzip.bin") == "fuzz-input: error: the file is gzip-compressed; decompress it first (gunzip -k FILE)")
        #expect(try refusal("import", "nasty-nul-bytes.csv") == "fuzz-input: error: the file is not text (it contains NUL bytes); expected a text or JSON export")
    }
}
