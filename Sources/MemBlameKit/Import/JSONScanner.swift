import Foundation

/// A pull reader over raw JSON bytes (a memory-mapped file): the importers walk the structure they
/// expect and read values in place, so a 10-million-point export never becomes a tree of objects.
///
/// Every error names the JSON path the caller gives (`$.MetricDataResults[0].Values[17]`); paths are
/// built only when an error is thrown. It never recurses (`skipValue` keeps an explicit depth count),
/// so deep nesting, huge numbers or invalid UTF-8 produce an error, never a crash.
public final class JSONScanner {
    /// The deepest nesting `skipValue` accepts: Foundation's `JSONSerialization` limit (the deploy
    /// importers' parser), far beyond any export; a 10,000-deep document is refused, not walked.
    public static let maximumDepth = 512

    let b: UnsafePointer<UInt8>
    let end: Int
    /// The offset of the next unread byte.
    @exclusivity(unchecked) public var pos: Int
    let input: InputFile
    /// Set for JSON lines: errors point at this line and name the path in the message.
    let line: Int?
    /// For a stream of JSON objects laid out over many lines (no `line` given): errors point at the line of
    /// the failing byte, counted when an error is thrown, and name the path in the message.
    public var countsLines = false

    /// A scanner over `count` bytes at `base`, starting at `start`.
    public init(_ base: UnsafePointer<UInt8>, count: Int, start: Int = 0, input: InputFile, line: Int? = nil) {
        self.b = base
        self.end = count
        self.pos = start
        self.input = input
        self.line = line
    }

    /// Memory-maps `input` and runs `body` with a scanner at its first byte (after a byte-order mark).
    /// - Throws: bad input when the file is empty or holds only white space.
    public static func scan<T>(_ input: InputFile, _ body: (JSONScanner) throws -> T) throws -> T {
        let data = try input.readAll()
        return try data.withUnsafeBytes { raw -> T in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard let base = bytes.baseAddress, !bytes.isEmpty else {
                throw MemBlameError.badInput("the file is empty; expected JSON", at: SourceLocation(file: input.displayName))
            }
            var start = 0
            if bytes.count >= 3, base[0] == 0xEF, base[1] == 0xBB, base[2] == 0xBF { start = 3 }
            let scanner = JSONScanner(base, count: bytes.count, start: start, input: input)
            guard scanner.peek() != 0 else {
                throw MemBlameError.badInput("the file holds only white space; expected JSON", at: SourceLocation(file: input.displayName))
            }
            return try body(scanner)
        }
    }

    /// The total size, for progress.
    public var count: Int { end }

    // MARK: - Errors

    /// A located error: `expected <what>, found <token at the current position>`.
    public func fail(_ expected: String, _ path: String) -> MemBlameError {
        skipSpace()
        return error("expected \(expected), found \(describeHere())", path)
    }

    /// A located error with a free message.
    public func error(_ message: String, _ path: String) -> MemBlameError {
        if let line { return .badInput("\(message) at \(path)", at: input.at(line: line)) }
        if countsLines { return .badInput("\(message) at \(path)", at: input.at(line: lineNumber(at: pos))) }
        return .badInput(message, at: input.at(path: path))
    }

    /// The 1-based line of byte offset `offset` (counted from the start of the bytes; used only for errors).
    public func lineNumber(at offset: Int) -> Int {
        var n = 1
        var i = 0
        let stop = min(offset, end)
        while i < stop {
            if b[i] == 0x0A { n += 1 }
            i += 1
        }
        return n
    }

    func describeHere() -> String {
        guard pos < end else { return line == nil ? "the end of the file (truncated?)" : "the end of the line (truncated?)" }
        let c = b[pos]
        switch c {
        case 0x22:
            var j = pos + 1
            while j < end, b[j] != 0x22, j - pos <= 40 { j += b[j] == 0x5C ? 2 : 1 }
            let text = String(decoding: UnsafeBufferPointer(start: b + pos + 1, count: max(0, min(j, end) - pos - 1)), as: UTF8.self)
            return j < end && b[j] == 0x22 ? "\"\(text)\"" : "\"\(text)…"
        case 0x7B: return "an object"
        case 0x5B: return "an array"
        case 0x7D: return "'}'"
        case 0x5D: return "']'"
        default:
            var j = pos
            while j < end, j - pos < 24, !Self.isDelimiter(b[j]) { j += 1 }
            if j == pos { return "'\(String(decoding: [c], as: UTF8.self))'" }
            return String(decoding: UnsafeBufferPointer(start: b + pos, count: j - pos), as: UTF8.self)
        }
    }

    static func isDelimiter(_ c: UInt8) -> Bool {
        c == 0x2C || c == 0x5D || c == 0x7D || c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 || c == 0x3A
    }

    // MARK: - Structure

    @inline(__always) func skipSpace() {
        while pos < end {
            let c = b[pos]
            guard c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 else { return }
            pos += 1
        }
    }

    /// The next significant byte (0 at the end), without consuming it.
    @inline(__always) public func peek() -> UInt8 {
        skipSpace()
        return pos < end ? b[pos] : 0
    }

    /// Consumes `{`.
    public func beginObject(_ path: @autoclosure () -> String) throws {
        guard peek() == 0x7B else { throw fail("an object", path()) }
        pos += 1
    }

    /// Consumes `[`.
    public func beginArray(_ path: @autoclosure () -> String) throws {
        guard peek() == 0x5B else { throw fail("an array", path()) }
        pos += 1
    }

    /// The next member's key (its value follows), or nil at the closing `}`.
    /// `first` must start true for each object.
    public func nextKey(_ first: inout Bool, _ path: @autoclosure () -> String) throws -> String? {
        var c = peek()
        if c == 0x7D { pos += 1; return nil }
        if !first {
            guard c == 0x2C else { throw fail("',' or '}'", path()) }
            pos += 1
            c = peek()
        }
        first = false
        guard c == 0x22 else { throw fail("a member name", path()) }
        let key = try string(path())
        guard peek() == 0x3A else { throw fail("':'", path()) }
        pos += 1
        return key
    }

    /// True when another element follows, false at the closing `]`. `first` must start true.
    @inline(__always) public func nextElement(_ first: inout Bool, _ path: @autoclosure () -> String) throws -> Bool {
        let c = peek()
        if c == 0x5D { pos += 1; return false }
        if !first {
            guard c == 0x2C else { throw fail("',' or ']'", path()) }
            pos += 1
            if peek() == 0x5D { throw fail("a value after ','", path()) }
        }
        first = false
        return true
    }

    /// Checks that only white space follows the root value.
    public func finish(_ path: @autoclosure () -> String = "$") throws {
        guard peek() == 0 else { throw fail("the end of the JSON document", path()) }
    }

    /// Skips one value of any kind, checking its syntax; iterative, depth-limited. An error names the
    /// path of the exact element inside the skipped value (found by a second, path-tracking walk).
    public func skipValue(_ path: @autoclosure () -> String) throws {
        skipSpace()
        let start = pos
        do {
            try skipValueFast()
        } catch let failure as SkipFailure {
            let base = path()
            // A nesting error keeps the outer path: ten thousand "[0]" help nobody.
            let precise = failure.tooDeep ? base : pathAt(failure.at, from: start, base: base)
            pos = failure.at
            if let expected = failure.expected { throw fail(expected, precise) }
            throw error(failure.message, precise)
        }
    }

    /// A syntax error inside a skipped value, located later.
    struct SkipFailure: Error {
        var expected: String?
        var message: String
        var at: Int
        var tooDeep = false
    }

    private func skipValueFast() throws {
        func failure(_ expected: String) -> SkipFailure { skipSpace(); return SkipFailure(expected: expected, message: "", at: pos) }
        func guarded(_ body: () throws -> Void) throws {
            do { try body() } catch let e as MemBlameError {
                // A string or number error: keep its message, locate it later.
                throw SkipFailure(expected: nil, message: e.message.components(separatedBy: " at $").first ?? e.message, at: pos)
            }
        }
        var depth = 0
        var stack: [UInt8] = []
        repeat {
            // One value, then any closers and the separator.
            let c = peek()
            switch c {
            case 0x7B, 0x5B:
                pos += 1
                depth += 1
                guard depth <= Self.maximumDepth else { throw SkipFailure(expected: nil, message: "nesting deeper than \(Self.maximumDepth) levels", at: pos - 1, tooDeep: true) }
                stack.append(c)
                if c == 0x7B {
                    if peek() == 0x7D { pos += 1; stack.removeLast(); depth -= 1; break }
                    try guarded { try skipMemberName("$") }
                } else if peek() == 0x5D {
                    pos += 1; stack.removeLast(); depth -= 1; break
                }
                continue
            case 0x22: try guarded { _ = try stringRange("$") }
            case 0x2D, 0x30...0x39: try guarded { _ = try number("$") }
            case 0x74: try guarded { try literal("true", "$") }
            case 0x66: try guarded { try literal("false", "$") }
            case 0x6E: try guarded { try literal("null", "$") }
            default: throw failure("a JSON value")
            }
            // After a complete value: close containers or move to the next element.
            while let open = stack.last {
                let d = peek()
                if d == 0x2C {
                    pos += 1
                    if open == 0x7B { try guarded { try skipMemberName("$") } }
                    break
                }
                let close: UInt8 = open == 0x7B ? 0x7D : 0x5D
                guard d == close else { throw failure(open == 0x7B ? "',' or '}'" : "',' or ']'") }
                pos += 1
                stack.removeLast()
                depth -= 1
            }
        } while !stack.isEmpty
    }

    /// The JSON path of byte offset `target` inside the value starting at `start` (whose path is `base`).
    func pathAt(_ target: Int, from start: Int, base: String) -> String {
        enum Frame { case array(Int), object(String?) }
        var frames: [Frame] = []
        var i = start
        while i < target, i < end {
            let c = b[i]
            switch c {
            case 0x7B: frames.append(.object(nil)); i += 1
            case 0x5B: frames.append(.array(0)); i += 1
            case 0x7D, 0x5D: if !frames.isEmpty { frames.removeLast() }; i += 1
            case 0x2C:
                if case .array(let n)? = frames.last { frames[frames.count - 1] = .array(n + 1) }
                if case .object? = frames.last { frames[frames.count - 1] = .object(nil) }
                i += 1
            case 0x22:
                var j = i + 1
                while j < end, b[j] != 0x22 { j += b[j] == 0x5C ? 2 : 1 }
                if case .object(nil)? = frames.last {
                    let raw = UnsafeBufferPointer(start: b + i + 1, count: max(0, min(j, end) - i - 1))
                    frames[frames.count - 1] = .object(Self.unescape(raw) ?? String(decoding: raw, as: UTF8.self))
                }
                i = j + 1
            default: i += 1
            }
        }
        return base + frames.map { frame -> String in
            switch frame {
            case .array(let n): return "[\(n)]"
            case .object(let key): return key.map { ".\($0)" } ?? ""
            }
        }.joined()
    }

    private func skipMemberName(_ path: @autoclosure () -> String) throws {
        guard peek() == 0x22 else { throw fail("a member name", path()) }
        _ = try stringRange(path())
        guard peek() == 0x3A else { throw fail("':'", path()) }
        pos += 1
    }

    private func literal(_ word: StaticString, _ path: @autoclosure () -> String) throws {
        let n = word.utf8CodeUnitCount
        guard pos + n <= end, memcmp(b + pos, word.utf8Start, n) == 0 else { throw fail("a JSON value", path()) }
        pos += n
    }

    // MARK: - Values

    /// Consumes `null` when it is next.
    public func skipNull() -> Bool {
        guard peek() == 0x6E, pos + 4 <= end, b[pos + 1] == 0x75, b[pos + 2] == 0x6C, b[pos + 3] == 0x6C else { return false }
        pos += 4
        return true
    }

    /// The raw bytes of a string (without quotes) and whether it holds escapes.
    func stringRange(_ path: @autoclosure () -> String) throws -> (lo: Int, hi: Int, escaped: Bool) {
        guard peek() == 0x22 else { throw fail("a string", path()) }
        let start = pos
        var i = pos + 1
        var escaped = false
        while i < end {
            let c = b[i]
            if c == 0x22 {
                pos = i + 1
                return (start + 1, i, escaped)
            }
            if c == 0x5C { escaped = true; i += 2; continue }
            if c < 0x20 {
                pos = i
                throw error("expected a closing '\"' before a control character (unescaped line break in a string?)", path())
            }
            i += 1
        }
        pos = start
        throw error("expected a closing '\"', found the end of the \(line == nil ? "file" : "line") (truncated?)", path())
    }

    /// A string value, escapes decoded (invalid UTF-8 is replaced, never trusted).
    public func string(_ path: @autoclosure () -> String) throws -> String {
        let (lo, hi, escaped) = try stringRange(path())
        let raw = UnsafeBufferPointer(start: b + lo, count: hi - lo)
        guard escaped else { return String(decoding: raw, as: UTF8.self) }
        return try Self.unescape(raw) ?? { throw error("expected a valid escape sequence in the string", path()) }()
    }

    /// Decodes JSON escapes; nil when one is malformed.
    static func unescape(_ raw: UnsafeBufferPointer<UInt8>) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var i = 0
        func hex4(_ at: Int) -> UInt32? {
            guard at + 4 <= raw.count else { return nil }
            var v: UInt32 = 0
            for k in at..<(at + 4) {
                let c = raw[k]
                let d: UInt32
                switch c {
                case 0x30...0x39: d = UInt32(c - 0x30)
                case 0x41...0x46: d = UInt32(c - 0x41 + 10)
                case 0x61...0x66: d = UInt32(c - 0x61 + 10)
                default: return nil
                }
                v = v << 4 | d
            }
            return v
        }
        while i < raw.count {
            let c = raw[i]
            guard c == 0x5C else { out.append(c); i += 1; continue }
            guard i + 1 < raw.count else { return nil }
            let e = raw[i + 1]
            i += 2
            switch e {
            case 0x22, 0x5C, 0x2F: out.append(e)
            case 0x62: out.append(0x08)
            case 0x66: out.append(0x0C)
            case 0x6E: out.append(0x0A)
            case 0x72: out.append(0x0D)
            case 0x74: out.append(0x09)
            case 0x75:
                guard var scalar = hex4(i) else { return nil }
                i += 4
                if scalar >= 0xD800 && scalar < 0xDC00, i + 6 <= raw.count, raw[i] == 0x5C, raw[i + 1] == 0x75,
                   let low = hex4(i + 2), low >= 0xDC00 && low < 0xE000 {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    i += 6
                }
                let s = Unicode.Scalar(scalar) ?? "\u{FFFD}"
                out.append(contentsOf: Array(String(Character(s)).utf8))
            default: return nil
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The byte range of a number token; checks JSON number syntax.
    @inline(__always) func numberRange(_ path: @autoclosure () -> String) throws -> (Int, Int) {
        let c = peek()
        guard c == 0x2D || (c &- 0x30) < 10 else { throw fail("a number", path()) }
        let lo = pos
        var i = pos
        while i < end {
            let d = b[i]
            // Digits, sign, point, exponent: the rest of the syntax is checked by FastNumber.
            if (d &- 0x30) < 10 || d == 0x2E || d == 0x2D || d == 0x2B || d == 0x65 || d == 0x45 { i += 1 } else { break }
        }
        if i < end, !Self.isDelimiter(b[i]) { throw fail("a number", path()) }
        pos = i
        return (lo, i)
    }

    /// A JSON number as a Double (may be infinite for huge exponents; callers check finiteness).
    @inline(__always) public func number(_ path: @autoclosure () -> String) throws -> Double {
        let start = pos
        let (lo, hi) = try numberRange(path())
        guard let v = FastNumber.parse(b, lo, hi) else { pos = start; throw fail("a number", path()) }
        return v
    }

    /// A finite JSON number.
    @inline(__always) public func finiteNumber(_ path: @autoclosure () -> String) throws -> Double {
        skipSpace()
        let start = pos
        let v = try number(path())
        guard v.isFinite else { pos = start; throw fail("a finite number", path()) }
        return v
    }

    /// A number or a string holding a number, `NaN`, `+Inf` or `-Inf` (Prometheus sample values).
    public func numberOrNumericString(_ path: @autoclosure () -> String) throws -> Double {
        if peek() == 0x22 {
            let start = pos
            let (lo, hi, _) = try stringRange(path())
            guard let v = FastNumber.parse(b, lo, hi, special: true) else { pos = start; throw fail("a number or a numeric string", path()) }
            return v
        }
        return try number(path())
    }

    /// A timestamp: epoch seconds or milliseconds (JSON number) or an ISO 8601 string, as unix seconds.
    @inline(__always) public func timestamp(_ path: @autoclosure () -> String, epoch: Timestamp.EpochUnit = .auto) throws -> Int64 {
        let c = peek()
        let start = pos
        let range: (Int, Int)
        if c == 0x22 {
            let r = try stringRange(path())
            range = (r.lo, r.hi)
        } else if c == 0x2D || (c &- 0x30) < 10 {
            range = try numberRange(path())
        } else {
            throw fail("a timestamp (ISO 8601 string or epoch number)", path())
        }
        guard let ts = Timestamp.parse(UnsafeBufferPointer(start: b + range.0, count: range.1 - range.0), epoch: epoch) else {
            pos = start
            throw fail("a timestamp (ISO 8601 string or epoch number)", path())
        }
        return ts
    }

    /// The string member `key` of an object read by `memberOffsets` (`members`), nil when absent or null; the
    /// scanner is left after that value.
    public func optionalString(_ key: String, in members: [String: Int], path: String) throws -> String? {
        guard let at = members[key] else { return nil }
        pos = at
        return skipNull() ? nil : try string("\(path).\(key)")
    }

    /// Offsets of each member of the object at the current position (the value's first byte), skipping
    /// the values; leaves the scanner after the object. Used to read members in the order an importer
    /// needs rather than the order of the file. A repeated key keeps its last position.
    public func memberOffsets(_ path: @autoclosure () -> String) throws -> [String: Int] {
        let p = path()
        try beginObject(p)
        var first = true
        var offsets: [String: Int] = [:]
        while let key = try nextKey(&first, p) {
            skipSpace()
            offsets[key] = pos
            try skipValue("\(p).\(key)")
        }
        return offsets
    }
}
