/// The unit of a memory series, spelled as CloudWatch spells units (`Percent`, `Bytes`, `Megabytes`).
///
/// Units are kept as imported and never mixed within one series; `limit` gives the value at which
/// memory runs out when the unit alone tells it (100 for percent).
public struct MetricUnit: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }

    public static let percent = MetricUnit("Percent")
    public static let bytes = MetricUnit("Bytes")
    public static let kilobytes = MetricUnit("Kilobytes")
    public static let megabytes = MetricUnit("Megabytes")
    public static let gigabytes = MetricUnit("Gigabytes")
    public static let count = MetricUnit("Count")
    public static let none = MetricUnit("None")

    public var description: String { rawValue }

    /// Short suffix for axis labels and tables.
    public var symbol: String {
        switch self {
        case .percent: return "%"
        case .bytes: return "B"
        case .kilobytes: return "KiB"
        case .megabytes: return "MiB"
        case .gigabytes: return "GiB"
        case .none: return ""
        default: return rawValue
        }
    }

    /// The value at which memory is exhausted when the unit implies it (100 for percent), else nil.
    public var impliedLimit: Double? { self == .percent ? 100 : nil }

    /// Parses the spellings seen in exports (`Percent`, `percent`, `%`, `Bytes`, `MB`, `MiB`...).
    public static func parse(_ text: String) -> MetricUnit? {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "percent", "%", "pct": return .percent
        case "bytes", "byte", "b": return .bytes
        case "kilobytes", "kb", "kib": return .kilobytes
        case "megabytes", "mb", "mib": return .megabytes
        case "gigabytes", "gb", "gib": return .gigabytes
        case "count": return .count
        case "none", "": return MetricUnit.none
        default: return nil
        }
    }
}

import Foundation
