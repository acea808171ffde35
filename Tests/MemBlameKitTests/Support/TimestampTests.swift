import Testing
@testable import MemBlameKit

@Suite struct TimestampTests {
    @Test(arguments: [
        ("2026-11-24T13:59:00Z", Int64(1_795_528_740)),
        ("2026-11-24T13:59:00+00:00", 1_795_528_740),
        ("2026-11-24T05:59:00-08:00", 1_795_528_740),
        ("2026-11-24T19:29:00+05:30", 1_795_528_740),
        ("2026-11-24T13:59:00.575000+00:00", 1_795_528_740),
        ("2026-11-24 13:59:00", 1_795_528_740),
        ("1795528740", 1_795_528_740),
        ("1795528740000", 1_795_528_740),
        ("1795528740.5", 1_795_528_740),
        ("2024-02-29T00:00:00Z", 1_709_164_800),
    ])
    func parses(_ text: String, _ expected: Int64) {
        #expect(Timestamp.parse(text) == expected)
    }

    @Test(arguments: ["", "14/03/2025 10:00", "2026-13-01T00:00:00Z", "2023-02-29T00:00:00Z", "2026-11-24T25:00:00Z", "abc", "12:00", "2026-11-24T13:59:00+0x:00"])
    func rejects(_ text: String) {
        #expect(Timestamp.parse(text) == nil)
    }

    @Test func formatsRoundTrip() {
        for ts: Int64 in [0, 1_795_528_740, 951_782_400, -86_401] {
            #expect(Timestamp.parse(Timestamp.iso(ts)) == ts)
        }
    }

    @Test func durations() {
        #expect(Timestamp.parseDuration("14d") == Int64(14 * 86400))
        #expect(Timestamp.parseDuration("36h") == Int64(36 * 3600))
        #expect(Timestamp.parseDuration("x") == nil)
        #expect(Timestamp.describeDuration(3 * 3600 + 20 * 60) == "3h 20m")
    }

    @Test func sha256KnownAnswers() {
        #expect(SHA256.hex(Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let million = [UInt8](repeating: 0x61, count: 1_000_000)
        #expect(SHA256.hex(million) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}
