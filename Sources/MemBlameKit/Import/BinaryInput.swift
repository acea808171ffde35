/// Recognises inputs that are not text (compressed archives, UTF-16, binary files) from their first
/// bytes, so detection can say what the file is and how to fix it instead of "unknown format".
///
/// Only unambiguous signs count: a compression magic number, a UTF-16 byte-order mark, or NUL bytes
/// in the head. Invalid UTF-8 alone is not refused (old git logs carry Latin-1 author names).
public enum BinaryInput {
    /// What the head looks like when it is not text; nil for text.
    public static func describe(_ head: [UInt8]) -> String? {
        func starts(_ magic: [UInt8]) -> Bool { head.count >= magic.count && Array(head.prefix(magic.count)) == magic }
        if starts([0x1F, 0x8B]) { return "the file is gzip-compressed; decompress it first (gunzip -k FILE)" }
        if starts([0x50, 0x4B, 0x03, 0x04]) { return "the file is a zip archive; extract it first (unzip FILE)" }
        if starts([0x28, 0xB5, 0x2F, 0xFD]) { return "the file is zstd-compressed; decompress it first (zstd -d FILE)" }
        if starts([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]) { return "the file is xz-compressed; decompress it first (xz -dk FILE)" }
        if starts([0x42, 0x5A, 0x68]) && head.count > 3 && (0x31...0x39).contains(head[3]) {
            return "the file is bzip2-compressed; decompress it first (bunzip2 -k FILE)"
        }
        if starts([0xFF, 0xFE]) || starts([0xFE, 0xFF]) {
            return "the file is UTF-16 text; convert it to UTF-8 first (iconv -f UTF-16 -t UTF-8 FILE)"
        }
        if head.contains(0) { return "the file is not text (it contains NUL bytes); expected a text or JSON export" }
        return nil
    }

    /// Throws bad input naming the file when its head is not text.
    public static func refuse(_ head: [UInt8], input: InputFile) throws {
        if let reason = describe(head) { throw MemBlameError.badInput(reason, at: SourceLocation(file: input.displayName)) }
    }
}
