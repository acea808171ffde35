/// What a chart character shows; decides its colour.
public enum ChartInk: Sendable, Equatable {
    case plain, axis, data, deploy, suspect, onset, oom, fix, limit

    /// The ANSI SGR parameters for this ink, nil for the terminal's default.
    var ansi: String? {
        switch self {
        case .plain: return nil
        case .axis: return "2"
        case .data: return "36"
        case .deploy: return "33"
        case .suspect: return "1;31"
        case .onset: return "1;31"
        case .oom: return "35"
        case .fix: return "32"
        case .limit: return "2;31"
        }
    }
}

/// The characters a terminal chart draws with, in Unicode or plain ASCII.
struct ChartGlyphs {
    let unicode: Bool

    var tickRowAxis: Character { unicode ? "┤" : "+" }
    var axis: Character { unicode ? "│" : "|" }
    var corner: Character { unicode ? "└" : "+" }
    var horizontal: Character { unicode ? "─" : "-" }
    var timeTick: Character { unicode ? "┴" : "+" }
    var window: Character { unicode ? "━" : "=" }
    var onsetAxis: Character { unicode ? "┸" : ":" }
    var onset: Character { unicode ? "┃" : ":" }
    var deploy: Character { unicode ? "│" : "|" }
    var oom: Character { unicode ? "✕" : "X" }
    var fix: Character { unicode ? "✓" : "+" }
    var limit: Character { unicode ? "┄" : "." }
    var band: Character { unicode ? "█" : "#" }

    /// The suspect symbol: ① to ⑳ in Unicode, 1 to 9 (then `*`) in ASCII.
    func rank(_ rank: Int) -> Character {
        if unicode, (1...20).contains(rank) { return Character(Unicode.Scalar(0x2460 + UInt32(rank - 1))!) }
        if (1...9).contains(rank) { return Character(String(rank)) }
        return "*"
    }

    private static let eighths: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// The character for a cell covered from `a` to `b` (fractions of the cell height from its bottom).
    func cell(from a: Double, to b: Double) -> Character {
        if unicode {
            if a <= 0.125 && b >= 0.875 { return "█" }
            if b >= 0.875 { return a >= 0.5 ? "▀" : "█" }
            // Lower blocks are exact at the top, which is where the eye reads a line's level.
            return Self.eighths[min(7, max(0, Int((b * 8).rounded()) - 1))]
        }
        if a <= 0.25 && b >= 0.75 { return "#" }
        if b - a < 0.5 {
            let mid = (a + b) / 2
            return mid < 1.0 / 3 ? "_" : (mid < 2.0 / 3 ? "-" : "'")
        }
        return "#"
    }
}
