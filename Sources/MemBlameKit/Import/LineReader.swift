import Foundation

/// Streams an input line by line in bounded memory (a 1 MiB buffer), handing each line to a closure
/// as raw bytes without its `\n` or `\r\n`. Used by every text importer so a 1 GB CSV never loads whole.
public struct LineReader {
    /// The longest line accepted; longer lines are an error rather than unbounded memory.
    public static let maximumLineLength = 16 << 20

    let input: InputFile
    /// Called after each block with the bytes read so far (for progress display).
    let progress: ((Int) -> Void)?

    public init(_ input: InputFile, progress: ((Int) -> Void)? = nil) {
        self.input = input
        self.progress = progress
    }

    /// Calls `body(lineNumber, bytes)` for every line; stops early when `body` returns false.
    /// A UTF-8 byte-order mark at the start is skipped.
    public func forEachLine(_ body: (Int, UnsafeBufferPointer<UInt8>) throws -> Bool) throws {
        if let contents = input.contents {
            try contents.withUnsafeBytes { raw in
                _ = try Self.scan(raw.bindMemory(to: UInt8.self), lineNumber: 1, isFirst: true, isLast: true, body)
            }
            return
        }
        try input.refuseDirectory()
        guard let handle = FileHandle(forReadingAtPath: input.path!) else {
            throw MemBlameError(.io, "cannot open the file (does it exist and can you read it?)", at: SourceLocation(file: input.displayName))
        }
        defer { try? handle.close() }
        var carry: [UInt8] = []
        var lineNumber = 1
        var first = true
        var done = 0
        while true {
            let block = try input.readBlock(handle) ?? Data()
            done += block.count
            progress?(done)
            let last = block.isEmpty
            var buffer = carry
            buffer.append(contentsOf: block)
            let (consumed, nextLine, stop) = try buffer.withUnsafeBufferPointer {
                try Self.scan($0, lineNumber: lineNumber, isFirst: first, isLast: last, body)
            }
            first = false
            if stop || last { return }
            lineNumber = nextLine
            carry = Array(buffer[consumed...])
            if carry.count > Self.maximumLineLength {
                throw MemBlameError.badInput("line is longer than \(Self.maximumLineLength >> 20) MiB; is this a text export?",
                                             at: input.at(line: lineNumber))
            }
        }
    }

    /// Scans complete lines; returns bytes consumed, the next line number and whether `body` stopped.
    private static func scan(_ b: UnsafeBufferPointer<UInt8>, lineNumber: Int, isFirst: Bool, isLast: Bool,
                             _ body: (Int, UnsafeBufferPointer<UInt8>) throws -> Bool) throws -> (Int, Int, Bool) {
        var start = 0
        if isFirst, b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { start = 3 }
        var line = lineNumber
        var i = start
        let base = b.baseAddress
        while i < b.count {
            if b[i] == 0x0A {
                var end = i
                if end > start, b[end - 1] == 0x0D { end -= 1 }
                if !(try body(line, UnsafeBufferPointer(start: base.map { $0 + start }, count: end - start))) { return (i + 1, line + 1, true) }
                line += 1
                start = i + 1
            }
            i += 1
        }
        if isLast, start < b.count {
            var end = b.count
            if b[end - 1] == 0x0D { end -= 1 }
            _ = try body(line, UnsafeBufferPointer(start: base.map { $0 + start }, count: end - start))
            return (b.count, line + 1, false)
        }
        return (start, line, false)
    }
}
