/// Forward-only JSON tokenizer over a memory-mapped snapshot: whitespace, punctuation, strings, unsigned
/// integers, generic values (for the small `snapshot` header) and fast skipping of values nobody needs.
///
/// Every failure is a located `MemBlameError`: the JSON path the parser was in and the byte offset.
struct HeapByteScanner {
    let file: MappedFile
    let p: UnsafePointer<UInt8>
    let end: Int
    var pos = 0

    init(_ file: MappedFile) {
        self.file = file
        self.p = file.base
        self.end = file.count
    }

    // MARK: - Errors

    /// A located error; at the end of the file it says the snapshot is truncated.
    func fail(_ path: String, _ expected: String) -> MemBlameError {
        if pos >= end {
            return MemBlameError(.badInput, "the file ends at byte \(end) inside \(describe(path)); the snapshot is truncated (copied before V8 finished writing it?)",
                                 at: SourceLocation(file: file.name, jsonPath: path))
        }
        return MemBlameError(.badInput, "expected \(expected) at byte \(pos), found \(found())", at: SourceLocation(file: file.name, jsonPath: path))
    }

    private func describe(_ path: String) -> String {
        path == "$" ? "the top-level object" : path
    }

    func found() -> String {
        guard pos < end else { return "the end of the file" }
        let c = p[pos]
        if c >= 0x20 && c < 0x7f { return "'\(Character(Unicode.Scalar(c)))'" }
        return "byte 0x" + String(c, radix: 16)
    }

    // MARK: - Tokens

    @inline(__always) mutating func skipWhitespace() {
        while pos < end {
            let c = p[pos]
            if c == 0x20 || c == 0x0a || c == 0x0d || c == 0x09 { pos += 1 } else { return }
        }
    }

    /// The next non-space byte without consuming it (0 at the end).
    @inline(__always) mutating func peek() -> UInt8 {
        skipWhitespace()
        return pos < end ? p[pos] : 0
    }

    mutating func expect(_ byte: UInt8, _ path: String) throws {
        guard peek() == byte else { throw fail(path, "'\(Character(Unicode.Scalar(byte)))'") }
        pos += 1
    }

    /// After an item: true for `,` (more follow), false for the closing byte.
    @inline(__always) mutating func separator(_ close: UInt8, _ path: @autoclosure () -> String) throws -> Bool {
        let c = peek()
        pos += 1
        if c == 0x2c { return true }
        if c == close { return false }
        pos -= 1
        throw fail(path(), "',' or '\(Character(Unicode.Scalar(close)))'")
    }

    /// An unsigned integer (the only numbers the big arrays hold).
    @inline(__always) mutating func unsigned(_ path: @autoclosure () -> String) throws -> UInt64 {
        skipWhitespace()
        var value: UInt64 = 0
        let start = pos
        while pos < end {
            let d = p[pos] &- 0x30
            if d > 9 { break }
            value = value &* 10 &+ UInt64(d)
            pos += 1
        }
        // A number running into the end of the file was cut, not finished.
        if pos == start || pos - start > 19 || pos >= end { throw fail(path(), "an unsigned integer") }
        return value
    }

    /// The decimal digits at `q` (none: 0 with `q` unmoved), `q` moved past them. Wraps past 19 digits; the caller
    /// checks the length. (Reading eight bytes at a time, SWAR, was tried in issue 16: no difference measurable on the
    /// big triple or the 120 MB set, most numbers have one or two digits.)
    @inline(__always)
    static func digits(_ base: UnsafePointer<UInt8>, _ q: inout Int, _ e: Int) -> UInt64 {
        var value: UInt64 = 0
        while q < e {
            let d = base[q] &- 0x30
            if d > 9 { break }
            value = value &* 10 &+ UInt64(d)
            q += 1
        }
        return value
    }

    /// A flat array of unsigned integers (`nodes`, `edges`), `fields` numbers per record: calls
    /// `store(record, field, value)` for each and returns the number of records. One tight loop over raw bytes;
    /// `limit` records at most. The error path names the element (`$.nodes[1234]`).
    @inline(__always)
    mutating func records(_ name: String, fields: Int, limit: Int, release file: MappedFile,
                          _ store: (_ record: Int, _ field: Int, _ value: UInt64) throws -> Void) throws -> (records: Int, numbers: Int) {
        try expect(0x5b, name)
        if peek() == 0x5d { pos += 1; return (0, 0) }
        let base = p, e = end
        var q = pos, record = 0, field = 0, index = 0
        var releaseAt = q + (8 << 20)
        while true {
            while q < e, base[q] == 0x20 || base[q] == 0x0a || base[q] == 0x0d || base[q] == 0x09 { q += 1 }
            let start = q
            let value = HeapByteScanner.digits(base, &q, e)
            if q == start || q - start > 19 || q >= e { pos = q; throw fail("\(name)[\(index)]", "an unsigned integer") }
            if record >= limit { pos = q; return (record + 1, index + 1) }
            do {
                try store(record, field, value)
            } catch let error as HeapRecordError {
                pos = q
                let suffix = error.damaged ? "; the file is damaged" : ""
                throw MemBlameError(.badInput, "\(error.message) (byte \(start))\(suffix)", at: SourceLocation(file: file.name, jsonPath: "\(name)[\(index)]"))
            }
            index += 1
            field += 1
            if field == fields {
                field = 0
                record += 1
                if q > releaseAt { file.release(upTo: q); releaseAt = q + (8 << 20) }
            }
            while q < e, base[q] == 0x20 || base[q] == 0x0a || base[q] == 0x0d || base[q] == 0x09 { q += 1 }
            guard q < e else { pos = q; throw fail("\(name)[\(index)]", "',' or ']'") }
            let c = base[q]
            q += 1
            if c == 0x2c { continue }
            if c == 0x5d { break }
            pos = q - 1
            throw fail("\(name)[\(index)]", "',' or ']'")
        }
        pos = q
        return (record, index)
    }

    /// A string, unescaped, appended to `out`.
    mutating func string(into out: inout [UInt8], _ path: @autoclosure () -> String) throws {
        // The path is built only for an error: millions of strings go through here.
        guard peek() == 0x22 else { throw fail(path(), "'\"'") }
        pos += 1
        while true {
            let runStart = pos
            while pos < end, p[pos] != 0x22, p[pos] != 0x5c { pos += 1 }
            if pos > runStart { out.append(contentsOf: UnsafeBufferPointer(start: p + runStart, count: pos - runStart)) }
            guard pos < end else { throw fail(path(), "the end of a string") }
            if p[pos] == 0x22 { pos += 1; return }
            pos += 1  // backslash
            guard pos < end else { throw fail(path(), "an escape") }
            let c = p[pos]
            pos += 1
            switch c {
            case 0x22, 0x5c, 0x2f: out.append(c)
            case 0x62: out.append(0x08)
            case 0x66: out.append(0x0c)
            case 0x6e: out.append(0x0a)
            case 0x72: out.append(0x0d)
            case 0x74: out.append(0x09)
            case 0x75:
                var scalar = try hex4(path())
                if scalar >= 0xd800 && scalar < 0xdc00, pos + 1 < end, p[pos] == 0x5c, p[pos + 1] == 0x75 {
                    let save = pos
                    pos += 2
                    let low = try hex4(path())
                    if low >= 0xdc00 && low < 0xe000 { scalar = 0x10000 + ((scalar - 0xd800) << 10) + (low - 0xdc00) } else { pos = save }
                }
                let u = Unicode.Scalar(scalar) ?? "\u{FFFD}"  // lone surrogates: V8 truncates strings mid-pair
                out.append(contentsOf: Array(String(Character(u)).utf8))
            default:
                pos -= 1
                throw fail(path(), "a JSON escape")
            }
        }
    }

    private mutating func hex4(_ path: String) throws -> UInt32 {
        guard pos + 4 <= end else { pos = end; throw fail(path, "four hex digits") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = p[pos]
            let d: UInt32
            switch c {
            case 0x30...0x39: d = UInt32(c - 0x30)
            case 0x61...0x66: d = UInt32(c - 0x61 + 10)
            case 0x41...0x46: d = UInt32(c - 0x41 + 10)
            default: throw fail(path, "four hex digits")
            }
            v = v << 4 | d
            pos += 1
        }
        return v
    }

    mutating func string(_ path: @autoclosure () -> String) throws -> String {
        var bytes: [UInt8] = []
        try string(into: &bytes, path())
        return String(decoding: bytes, as: UTF8.self)
    }

    // MARK: - Generic values

    /// Any JSON value, for the small `snapshot` header.
    mutating func value(_ path: String, depth: Int = 0) throws -> HeapJSONValue {
        guard depth < 64 else { throw fail(path, "less deeply nested JSON") }
        switch peek() {
        case 0x7b:
            pos += 1
            var pairs: [(String, HeapJSONValue)] = []
            if peek() == 0x7d { pos += 1; return .object(pairs) }
            repeat {
                let key = try string(path)
                try expect(0x3a, path + "." + key)
                pairs.append((key, try value(path + "." + key, depth: depth + 1)))
            } while try separator(0x7d, path)
            return .object(pairs)
        case 0x5b:
            pos += 1
            var items: [HeapJSONValue] = []
            if peek() == 0x5d { pos += 1; return .array(items) }
            repeat {
                items.append(try value("\(path)[\(items.count)]", depth: depth + 1))
            } while try separator(0x5d, path)
            return .array(items)
        case 0x22:
            return .string(try string(path))
        case 0x30...0x39:
            let n = try unsigned(path)
            if pos < end, p[pos] == 0x2e || p[pos] == 0x65 || p[pos] == 0x45 { try skipScalar(path); return .other }
            return n <= UInt64(Int.max) ? .number(Int(n)) : .other
        case 0x2d, 0x74, 0x66, 0x6e:
            try skipScalar(path)
            return .other
        default:
            throw fail(path, "a JSON value")
        }
    }

    /// Skips any value; a numeric array (`edges` in a quick pass) is skipped with one `memchr` for its `]`.
    mutating func skip(_ path: String) throws {
        switch peek() {
        case 0x7b, 0x5b:
            var depth = 0
            while pos < end {
                let c = p[pos]
                if c == 0x22 {
                    try skipString(path)
                    continue
                }
                pos += 1
                if c == 0x7b || c == 0x5b { depth += 1 } else if c == 0x7d || c == 0x5d {
                    depth -= 1
                    if depth == 0 { return }
                }
            }
            throw fail(path, "the end of the value")
        case 0x22:
            try skipString(path)
        default:
            try skipScalar(path)
        }
    }

    /// Skips a string without decoding it: only `\\` and `\"` matter for finding its end.
    mutating func skipString(_ path: @autoclosure () -> String) throws {
        guard peek() == 0x22 else { throw fail(path(), "'\"'") }
        pos += 1
        while pos < end {
            let c = p[pos]
            if c == 0x5c { pos += 2; continue }
            pos += 1
            if c == 0x22 { return }
        }
        pos = end
        throw fail(path(), "the end of a string")
    }

    /// Skips an array known to hold only numbers: `memchr` for its `]`, 8 MB at a time, handing each chunk's pages
    /// back (the baselines' `edges` are most of their files; read in one go they were all resident at once).
    mutating func skipNumberArray(_ path: String) throws {
        try expect(0x5b, path)
        while pos < end {
            let chunk = min(8 << 20, end - pos)
            if let close = memchr(p + pos, 0x5d, chunk) {
                pos = close.assumingMemoryBound(to: UInt8.self) - UnsafeMutablePointer(mutating: p) + 1
                return
            }
            pos += chunk
            file.release(upTo: pos)
        }
        throw fail(path, "']'")
    }

    private mutating func skipScalar(_ path: String) throws {
        let start = pos
        while pos < end {
            let c = p[pos]
            if c == 0x2c || c == 0x5d || c == 0x7d || c == 0x20 || c == 0x0a || c == 0x0d || c == 0x09 { break }
            pos += 1
        }
        if pos == start { throw fail(path, "a JSON value") }
    }
}

/// A problem with one number of `nodes` or `edges`; `records` turns it into a located `MemBlameError`.
struct HeapRecordError: Error {
    var message: String
    var damaged = false
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
