import Foundation

/// Helpers for importers that read a whole JSON document with `JSONSerialization`: typed access
/// that throws a located error (`file:$.a.b[3]: error: expected ...`) instead of crashing.
public struct JSONCursor {
    public let value: Any
    public let path: String
    public let input: InputFile

    public init(_ value: Any, path: String = "$", input: InputFile) {
        self.value = value
        self.path = path
        self.input = input
    }

    /// Parses the whole input as JSON.
    /// - Throws: bad input naming the file and the byte offset of the syntax error.
    public static func parse(_ input: InputFile) throws -> JSONCursor {
        let data = try input.readAll()
        if data.isEmpty { throw MemBlameError.badInput("the file is empty; expected JSON", at: SourceLocation(file: input.displayName)) }
        do {
            return JSONCursor(try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]), input: input)
        } catch {
            let detail = (error as NSError).userInfo["NSDebugDescription"] as? String ?? "malformed JSON"
            throw MemBlameError.badInput("expected valid JSON: \(detail.prefix(160)) (truncated or not a JSON export?)", at: SourceLocation(file: input.displayName, jsonPath: "$"))
        }
    }

    var location: SourceLocation { input.at(path: path) }

    public func fail(_ expected: String) -> MemBlameError {
        MemBlameError.badInput("expected \(expected), found \(Self.describe(value))", at: location)
    }

    public static func describe(_ value: Any) -> String {
        switch value {
        case is NSNull: return "null"
        case let s as String: return "\"\(s.prefix(40))\""
        case let n as NSNumber: return isBoolean(n) ? (n.boolValue ? "true" : "false") : "\(n)"
        case is [Any]: return "an array"
        case is [String: Any]: return "an object"
        default: return "\(value)"
        }
    }

    /// JSON `true`/`false` arrive as NSNumber too; Foundation marks them with the `c` (char) type.
    static func isBoolean(_ n: NSNumber) -> Bool {
        String(cString: n.objCType) == "c" || String(cString: n.objCType) == "B"
    }

    public var isNull: Bool { value is NSNull }

    public func object() throws -> [String: Any] {
        guard let o = value as? [String: Any] else { throw fail("an object") }
        return o
    }

    public func array() throws -> [JSONCursor] {
        guard let a = value as? [Any] else { throw fail("an array") }
        return a.enumerated().map { JSONCursor($1, path: "\(path)[\($0)]", input: input) }
    }

    /// The member `key`, which must exist.
    public subscript(key: String) -> JSONCursor {
        get throws {
            let o = try object()
            guard let v = o[key] else {
                throw MemBlameError.badInput("expected a member \"\(key)\"", at: location)
            }
            return JSONCursor(v, path: "\(path).\(key)", input: input)
        }
    }

    /// The member `key` when present and not null.
    public func optional(_ key: String) throws -> JSONCursor? {
        let o = try object()
        guard let v = o[key], !(v is NSNull) else { return nil }
        return JSONCursor(v, path: "\(path).\(key)", input: input)
    }

    public func string() throws -> String {
        guard let s = value as? String else { throw fail("a string") }
        return s
    }

    public func number() throws -> Double {
        guard let n = value as? NSNumber, !(value is String), !Self.isBoolean(n) else { throw fail("a number") }
        return n.doubleValue
    }

    /// An integer; a floating-point number must be whole and within Int's range (`1e300` would not fit).
    public func int() throws -> Int {
        guard let n = value as? NSNumber, !(value is String), !Self.isBoolean(n) else { throw fail("an integer") }
        let type = String(cString: n.objCType)
        if type == "d" || type == "f" {
            let d = n.doubleValue
            guard d.isFinite, d == d.rounded(), d >= -9.2e18, d <= 9.2e18 else { throw fail("an integer") }
            return Int(d)
        }
        return n.intValue
    }

    /// A timestamp as ISO 8601 text or epoch number.
    public func timestamp(epoch: Timestamp.EpochUnit = .auto) throws -> Int64 {
        if let s = value as? String, let ts = Timestamp.parse(s, epoch: epoch) { return ts }
        if let n = value as? NSNumber, !(value is String), !Self.isBoolean(n) {
            let d = n.doubleValue
            if d.isFinite, let ts = Timestamp.parse(String(describing: n), epoch: epoch) { return ts }
        }
        throw fail("an ISO 8601 timestamp or epoch number")
    }
}
