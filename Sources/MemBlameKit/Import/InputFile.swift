import Foundation

/// One input to an importer: a path on disk (or an in-memory buffer for fetched and embedded data),
/// with the name used in error messages.
public struct InputFile: Sendable {
    /// The name errors print (the path as the user typed it, or a URL).
    public var displayName: String
    /// The path to read, nil when `contents` holds the bytes.
    public var path: String?
    /// In-memory contents (fetched responses, embedded sample data).
    public var contents: Data?

    /// A file on disk.
    public init(path: String) {
        self.displayName = path
        self.path = path
        self.contents = nil
    }

    /// Bytes already in memory.
    public init(name: String, contents: Data) {
        self.displayName = name
        self.path = nil
        self.contents = contents
    }

    /// A location in this input.
    public func at(line: Int) -> SourceLocation { SourceLocation(file: displayName, line: line) }
    /// A location in this input.
    public func at(path jsonPath: String) -> SourceLocation { SourceLocation(file: displayName, jsonPath: jsonPath) }

    /// The whole input (memory-mapped for files).
    /// - Throws: io error when the file cannot be read.
    public func readAll() throws -> Data {
        if let contents { return contents }
        try refuseDirectory()
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path!), options: .alwaysMapped)
        } catch {
            throw MemBlameError(.io, "cannot read the file: \(Self.reason(error))", at: SourceLocation(file: displayName))
        }
    }

    /// The first bytes, for format detection.
    public func head(_ count: Int = 4096) throws -> [UInt8] {
        if let contents { return Array(contents.prefix(count)) }
        try refuseDirectory()
        guard let handle = FileHandle(forReadingAtPath: path!) else {
            throw MemBlameError(.io, "cannot open the file (does it exist and can you read it?)", at: SourceLocation(file: displayName))
        }
        defer { try? handle.close() }
        return Array((try? handle.read(upToCount: count)) ?? Data())
    }

    /// SHA-256 of the contents, streamed in 1 MiB blocks.
    public func sha256() throws -> String {
        var hash = SHA256()
        if let contents {
            contents.withUnsafeBytes { hash.update($0) }
            return hash.finalizeHex()
        }
        guard let handle = FileHandle(forReadingAtPath: path!) else {
            throw MemBlameError(.io, "cannot open the file", at: SourceLocation(file: displayName))
        }
        defer { try? handle.close() }
        while let block = try readBlock(handle), !block.isEmpty {
            block.withUnsafeBytes { hash.update($0) }
        }
        return hash.finalizeHex()
    }

    /// Throws a clear io error when the path names a directory (which opens, then fails to read).
    public func refuseDirectory() throws {
        var isDirectory: ObjCBool = false
        if let path, FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw MemBlameError(.io, "is a directory; name the export files in it (e.g. \(displayName)/*.json)", at: SourceLocation(file: displayName))
        }
    }

    /// Reads the next block of an open file; a read failure becomes a located io error.
    func readBlock(_ handle: FileHandle, _ count: Int = 1 << 20) throws -> Data? {
        do {
            return try handle.read(upToCount: count)
        } catch {
            throw MemBlameError(.io, "cannot read the file: \(Self.reason(error))", at: SourceLocation(file: displayName))
        }
    }

    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if ns.domain == NSCocoaErrorDomain, ns.code == NSFileReadNoSuchFileError || ns.code == 260 { return "no such file" }
        if ns.domain == NSCocoaErrorDomain, ns.code == NSFileReadNoPermissionError { return "permission denied" }
        return ns.localizedDescription
    }
}
