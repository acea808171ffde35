#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A read-only memory-mapped file that a forward-only parser can hand back page by page, so a 1 GB snapshot
/// never has more than a few MB of file pages resident at once (they would otherwise count in the process's RSS).
final class MappedFile {
    let name: String
    let base: UnsafePointer<UInt8>
    let count: Int
    private let mapping: UnsafeMutableRawPointer?
    private var released = 0
    private static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

    /// Maps `path` (named `name` in errors).
    /// - Throws: io error when the file cannot be opened or mapped.
    init(path: String, name: String) throws {
        self.name = name
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            let reason = errno == ENOENT ? "no such file" : String(cString: strerror(errno))
            throw MemBlameError(.io, "cannot open the file: \(reason)", at: SourceLocation(file: name))
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            throw MemBlameError(.io, "cannot read the file: \(String(cString: strerror(errno)))", at: SourceLocation(file: name))
        }
        guard info.st_mode & S_IFMT != S_IFDIR else {
            throw MemBlameError(.io, "is a directory; expected a .heapsnapshot file", at: SourceLocation(file: name))
        }
        count = Int(info.st_size)
        if count == 0 {
            // mmap refuses empty files; point at a static empty buffer instead.
            mapping = nil
            base = UnsafePointer(MappedFile.empty)
            return
        }
        guard let raw = mmap(nil, count, PROT_READ, MAP_PRIVATE, fd, 0), raw != MAP_FAILED else {
            throw MemBlameError(.io, "cannot map the file: \(String(cString: strerror(errno)))", at: SourceLocation(file: name))
        }
        mapping = raw
        base = UnsafePointer(raw.assumingMemoryBound(to: UInt8.self))
        _ = madvise(raw, count, Int32(MADV_SEQUENTIAL))
    }

    private static let empty: UnsafeMutablePointer<UInt8> = {
        let p = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
        p.pointee = 0
        return p
    }()

    /// Drops the resident pages before `offset` (whole pages only); the parser never reads behind itself.
    func release(upTo offset: Int) {
        guard let mapping else { return }
        let end = (min(offset, count) / MappedFile.pageSize) * MappedFile.pageSize
        guard end > released else { return }
        _ = madvise(mapping + released, end - released, Int32(MADV_DONTNEED))
        released = end
    }

    deinit {
        if let mapping { munmap(mapping, count) }
    }
}
