import Foundation
import MemBlameKit

/// Scratch folders and databases for tests and benchmarks.
public enum Scratch {
    /// A new empty folder under the system temporary directory.
    public static func folder(_ prefix: String = "memblame") -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `text` to a new file in a scratch folder and returns its path.
    public static func file(_ name: String, _ text: String) -> String {
        let url = folder().appendingPathComponent(name)
        try? Data(text.utf8).write(to: url)
        return url.path
    }
}
