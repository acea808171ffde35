import Foundation
import Testing

/// Compares text with a golden file under Fixtures/chart/; with `MEMBLAME_RECORD_SNAPSHOTS=1` it
/// rewrites the golden file in the source tree instead (then review the diff and commit it).
enum Snapshot {
    static var sourceFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/chart")
    }

    static func assert(_ text: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        if ProcessInfo.processInfo.environment["MEMBLAME_RECORD_SNAPSHOTS"] == "1" {
            try FileManager.default.createDirectory(at: sourceFolder, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: sourceFolder.appendingPathComponent(name))
            return
        }
        guard let golden = try? String(contentsOfFile: Fixture.path("chart/" + name), encoding: .utf8) else {
            Issue.record("missing snapshot chart/\(name); run with MEMBLAME_RECORD_SNAPSHOTS=1 to record it", sourceLocation: sourceLocation)
            return
        }
        #expect(text == golden, "snapshot chart/\(name) differs; re-record with MEMBLAME_RECORD_SNAPSHOTS=1 if intended\n\(text)",
                sourceLocation: sourceLocation)
    }
}
