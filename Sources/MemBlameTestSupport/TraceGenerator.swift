import Foundation
import MemBlameKit

/// Placeholder until the generator lands.
public enum TraceGenerator {
    public static func suite(perShape: Int, firstSeed: UInt64) -> [LabelledTrace] { [] }
}
