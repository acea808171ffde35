import Foundation
import Testing
@testable import MemBlameKit

/// The command line's value parsers on a large seeded set of generated inputs (the same checks as the fuzz
/// harness's `options` target, `OptionProbe`): every input gives a value in range or a one-line usage error that
/// names the option. Deterministic (fixed seed, fixed "now"), so it runs in every `swift test`.
@Suite struct OptionParsingPropertyTests {
    /// Pieces the generator glues together: what users type, what breaks number parsers, and noise.
    static let pieces: [String] = [
        "0", "1", "7", "14", "36", "48", "99", "1.5", ".5", "5.", "00", "-", "+", "--", ".", "..", "e", "E", "e9", "e19", "e308", "e-324",
        "1e19", "1e400", "9223372036854775807", "9223372036854775808", "18446744073709551616", "99999999999999999999",
        "s", "m", "h", "d", "w", "y", "ms", "inf", "Inf", "INF", "infinity", "nan", "NaN", "-inf", "0x10", "0x1p3", "0b1", "1_000",
        "T", "Z", "z", ":", "+05:30", "-08:00", "2026", "-11-24", "2026-11-24", "2026-11-24T08:00:00Z", "9999-12-31T23:59:59Z",
        "0000-01-01", "10000-01-01", "2026-02-29", "2024-02-29", "24:00", "23:59:60", ".999999999", " ", "\t", "\n", "\"", "'",
        "low", "normal", "high", "LOW", "é", "٣", "１", "🙂", "\u{0}", "\u{202E}", "%", "/", "\\", "=", "--db", "--db=", "series", "import", "metrics",
    ]

    static func input(_ g: inout SplitMix64) -> String {
        let count = Int(g.next() % 5) + 1
        var text = ""
        for _ in 0..<count {
            if g.next() % 8 == 0 {
                text += String(g.next() % 100_000_000)   // plain numbers of every size
            } else {
                text += pieces[Int(g.next() % UInt64(pieces.count))]
            }
        }
        return text
    }

    @Test func generatedInputsKeepEveryParsersPromise() {
        var g = SplitMix64(seed: 20261201)
        var accepted = 0
        for i in 0..<25_000 {
            let text = Self.input(&g)
            if let problem = OptionProbe.check(text) {
                Issue.record("input \(i) \(text.debugDescription): \(problem)")
                return
            }
            if (try? OptionValues.time(text, option: "--since", now: OptionProbe.now)) != nil { accepted += 1 }
        }
        // The generator is not all noise: a good share of its inputs are valid times or durations.
        #expect(accepted > 1_000, "\(accepted)")
    }

    /// Every crash and silent acceptance of issue 13, one by one.
    @Test(arguments: ["infd", "1e19s", "infh", "inf", "nan", "-inf", "1e400h", "99999999999999999999d", "0x10d", "10000-01-01", "-1d",
                      "1.7976931348623157e308", "", " ", "\u{0}"])
    func hostileValuesAreUsageErrors(_ text: String) {
        #expect(OptionProbe.check(text) == nil)
        #expect(throws: MemBlameError.self) { try OptionValues.duration(text, option: "--window") }
        #expect(throws: MemBlameError.self) { try OptionValues.limit(text) }
        #expect(throws: MemBlameError.self) { try OptionValues.timeout(text) }
        #expect(throws: MemBlameError.self) { try OptionValues.width(text) }
    }

    @Test func ordinaryValuesParse() throws {
        #expect(try OptionValues.duration("48h", option: "--window") == 48 * 3600)
        #expect(try OptionValues.duration("1.5d", option: "--window") == 129_600)
        #expect(try OptionValues.time("14d", option: "--since", now: OptionProbe.now) == OptionProbe.now - 14 * 86400)
        #expect(try OptionValues.time("2026-11-24T08:00:00Z", option: "--since", now: 0) == 1_795_507_200)
        #expect(try OptionValues.time("9999-12-31", option: "--until", now: 0) == 253_402_214_400)
        #expect(try OptionValues.limit("100") == 100)
        #expect(try OptionValues.limit("4294967296") == 4_294_967_296)
        #expect(try OptionValues.sensitivity("high") == 1.6)
        #expect(try OptionValues.sensitivity("2.5") == 2.5)
        #expect(try OptionValues.width("80") == 80)
        #expect(try OptionValues.timeout("0.5") == 0.5)
        #expect(Timestamp.parseDuration("200w") == Int64(200 * 604_800))
        #expect(Timestamp.parseDuration("1e3s") == nil)
        #expect(Timestamp.iso(Int64.min).hasSuffix("Z") && Timestamp.iso(Int64.max).hasSuffix("Z"))
    }
}
