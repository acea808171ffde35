/// The one error type the library throws: what went wrong, where, and which exit code it maps to.
///
/// The CLI prints it as `location: error: message`; the message never contains secrets.
public struct MemBlameError: Error, Sendable, CustomStringConvertible, Equatable {
    /// The class of failure; decides the process exit code (DESIGN section 2).
    public enum Kind: Sendable, Equatable {
        /// Bad input data: malformed, wrong format, wrong units (exit 65).
        case badInput
        /// I/O, database or network failure (exit 74).
        case io
        /// A usage error: bad flag values, missing arguments (exit 64).
        case usage
    }

    public var kind: Kind
    public var location: SourceLocation?
    public var message: String

    public init(_ kind: Kind, _ message: String, at location: SourceLocation? = nil) {
        self.kind = kind
        self.message = message
        self.location = location
    }

    /// Bad input at a location.
    public static func badInput(_ message: String, at location: SourceLocation? = nil) -> MemBlameError {
        MemBlameError(.badInput, message, at: location)
    }

    /// The process exit code for this error.
    public var exitCode: Int32 {
        switch kind {
        case .badInput: return 65
        case .io: return 74
        case .usage: return 64
        }
    }

    /// One line: `file:line: error: message`.
    public var description: String {
        if let location { return "\(location): error: \(message)" }
        return "error: \(message)"
    }
}
