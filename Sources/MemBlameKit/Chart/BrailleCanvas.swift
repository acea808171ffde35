/// A grid of braille characters used as a bitmap: each character holds 2x4 dots, so a chart gets
/// twice the columns and four times the rows of plain characters.
public struct BrailleCanvas: Sendable {
    /// Size in characters.
    public let columns: Int
    public let rows: Int
    private var bits: [UInt8]

    /// Dot width (2 per character) and height (4 per character).
    public var dotColumns: Int { columns * 2 }
    public var dotRows: Int { rows * 4 }

    public init(columns: Int, rows: Int) {
        self.columns = max(columns, 0)
        self.rows = max(rows, 0)
        bits = [UInt8](repeating: 0, count: self.columns * self.rows)
    }

    // Unicode braille dot numbering: left column dots 1,2,3,7 and right column 4,5,6,8, top to bottom.
    private static let dotBits: [[UInt8]] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]

    /// Sets the dot at `x` (0 = left) and `y` (0 = bottom); dots outside the canvas are ignored.
    public mutating func set(x: Int, y: Int) {
        guard x >= 0, x < dotColumns, y >= 0, y < dotRows else { return }
        let fromTop = dotRows - 1 - y
        bits[(fromTop / 4) * columns + x / 2] |= Self.dotBits[x % 2][fromTop % 4]
    }

    /// Sets a vertical run of dots from `y0` to `y1` (inclusive, either order) in dot column `x`.
    public mutating func vertical(x: Int, from y0: Int, to y1: Int) {
        for y in min(y0, y1)...max(y0, y1) { set(x: x, y: y) }
    }

    /// The character at a cell (`row` 0 = top), nil when none of its dots is set.
    public func character(column: Int, row: Int) -> Character? {
        let b = bits[row * columns + column]
        guard b != 0 else { return nil }
        return Character(Unicode.Scalar(0x2800 + UInt32(b))!)
    }
}
