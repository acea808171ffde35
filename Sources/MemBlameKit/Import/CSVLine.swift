/// Splits one CSV line into fields: RFC 4180 quoting (`"a, b"`, `""` for a quote), a chosen separator.
public enum CSVLine {
    /// The fields of `line`; nil when a quoted field is not closed.
    public static func split(_ line: UnsafeBufferPointer<UInt8>, separator: UInt8 = 0x2C) -> [String]? {
        var fields: [String] = []
        var field: [UInt8] = []
        var i = 0
        var quoted = false
        var wasQuoted = false
        while i < line.count {
            let c = line[i]
            if quoted {
                if c == 0x22 {
                    if i + 1 < line.count, line[i + 1] == 0x22 { field.append(0x22); i += 1 } else { quoted = false }
                } else {
                    field.append(c)
                }
            } else if c == 0x22 && field.isEmpty && !wasQuoted {
                quoted = true
                wasQuoted = true
            } else if c == separator {
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
                wasQuoted = false
            } else {
                field.append(c)
            }
            i += 1
        }
        if quoted { return nil }
        fields.append(String(decoding: field, as: UTF8.self))
        return fields
    }

    /// String convenience.
    public static func split(_ line: String, separator: UInt8 = 0x2C) -> [String]? {
        var bytes = Array(line.utf8)
        return bytes.withUnsafeMutableBufferPointer { split(UnsafeBufferPointer($0), separator: separator) }
    }
}
