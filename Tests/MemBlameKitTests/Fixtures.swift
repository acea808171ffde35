import Foundation
import MemBlameKit

/// Paths of this test target's fixture files (copied from ../shared/formats, so tests never need it).
enum Fixture {
    static var folder: URL { Bundle.module.resourceURL!.appendingPathComponent("Fixtures") }
    static func path(_ relative: String) -> String { folder.appendingPathComponent(relative).path }
    static func input(_ relative: String) -> InputFile { InputFile(path: path(relative)) }
}
