import Foundation
import Testing
@testable import MemBlameKit
import MemBlameTestSupport

/// The byte-level JSON reader: values, escapes, numbers, and robustness on hostile input.
@Suite struct JSONScannerTests {
    func read<T>(_ text: String, _ body: (JSONScanner) throws -> T) throws -> T {
        let input = InputFile(name: "t.json", contents: Data(text.utf8))
        return try JSONScanner.scan(input, body)
    }

    @Test func readsStringsWithEscapes() throws {
        let text = try read(#""a\"b\\c\n\u00e9\ud83d\ude00/""#) { try $0.string("$") }
        #expect(text == "a\"b\\c\né😀/")
    }

    @Test(arguments: ["0", "-0", "22.314453125", "14.994246200000001", "1e3", "-2.5E-3", "123456789012345678901234", "1795507200", "0.1", "5e-324"])
    func numbersMatchFoundation(_ text: String) throws {
        let value = try read(text) { try $0.number("$") }
        #expect(value == Double(text)!)
    }

    @Test func skipsNestedValuesAndFindsMembers() throws {
        let (keys, e) = try read(#"{"a": [1, {"b": [true, false, null]}, "x"], "c": {"d": {}}, "e": 2}"#) { s -> (Set<String>, Double) in
            let offsets = try s.memberOffsets("$")
            s.pos = offsets["e"]!
            return (Set(offsets.keys), try s.number("$.e"))
        }
        #expect(keys == ["a", "c", "e"])
        #expect(e == 2)
    }

    /// Mutations of a real fixture and random bytes never crash: each either imports or throws a MemBlameError.
    @Test func mutatedInputsNeverCrash() throws {
        let original = Array(try Data(contentsOf: URL(fileURLWithPath: Fixture.path("cloudwatch/get-metric-data.multi-ids-5m.asc.wire-ts.json"))))
        var generator = SplitMix64(seed: 42)
        let formats: [MetricFormat] = [CloudWatchMetricDataFormat(), CloudWatchMetricStatisticsFormat(), PrometheusQueryFormat(), ContainerInsightsFormat(), GenericMetricCSVFormat()]
        var failures = 0
        for round in 0..<300 {
            var bytes = original
            switch round % 3 {
            case 0: bytes = Array(bytes.prefix(Int(generator.next() % UInt64(bytes.count))))
            case 1:
                for _ in 0..<8 { bytes[Int(generator.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: generator.next()) }
            default: bytes = (0..<256).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            }
            let input = InputFile(name: "m.json", contents: Data(bytes))
            for format in formats {
                do {
                    try format.read(input, options: MetricImportOptions(service: "s"), into: CollectingMetricSink())
                } catch is MemBlameError {
                    failures += 1
                }
            }
        }
        #expect(failures > 300)
    }

    @Test func deepNestingIsAnErrorNotACrash() throws {
        let deep = String(repeating: "[", count: 200_000) + String(repeating: "]", count: 200_000)
        #expect(throws: MemBlameError.badInput("nesting deeper than 512 levels", at: SourceLocation(file: "t.json", jsonPath: "$"))) {
            try read(deep) { try $0.skipValue("$") }
        }
    }
}
