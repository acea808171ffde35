/// Generic deploy CSV: a header naming the columns `time,service,sha,pr,title,author` (any order;
/// `url` and `branch` optional), one deploy per line; `time` is when the version went live.
public struct GenericDeployCSVFormat: DeployFormat {
    public init() {}
    public var name: String { "deploys-csv" }
    public var summary: String { "generic CSV: time,service,sha,pr,title,author[,url,branch]" }

    public func matches(head: String, fileName: String) -> Bool {
        guard let first = head.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).first else { return false }
        let columns = first.lowercased().split(separator: ",").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"\u{FEFF} ")) }
        return columns.contains("time") && (columns.contains("sha") || columns.contains("pr"))
    }

    public func read(_ input: InputFile, options: DeployImportOptions) throws -> DeployBatch {
        var batch = DeployBatch()
        var columns: [String: Int] = [:]
        var seen = Set<String>()
        try LineReader(input).forEachLine { lineNumber, line in
            if line.isEmpty { return true }
            guard let fields = CSVLine.split(line) else {
                throw MemBlameError.badInput("unclosed quote", at: input.at(line: lineNumber))
            }
            if columns.isEmpty {
                for (i, name) in fields.enumerated() { columns[name.trimmingCharacters(in: .whitespaces).lowercased()] = i }
                guard columns["time"] != nil else {
                    throw MemBlameError.badInput("expected a header with a \"time\" column (time,service,sha,pr,title,author)", at: input.at(line: lineNumber))
                }
                if columns["service"] == nil && options.service == nil {
                    throw MemBlameError(.usage, "the CSV has no service column; pass --service", at: input.at(line: lineNumber))
                }
                return true
            }
            func field(_ name: String) -> String? {
                guard let i = columns[name], i < fields.count else { return nil }
                let v = fields[i].trimmingCharacters(in: .whitespaces)
                return v.isEmpty ? nil : v
            }
            guard fields.count == columns.count else {
                throw MemBlameError.badInput("expected \(columns.count) fields as in the header, found \(fields.count)", at: input.at(line: lineNumber))
            }
            guard let timeText = field("time"), let ts = Timestamp.parse(timeText) else {
                throw MemBlameError.badInput("expected an ISO 8601 time in column \"time\", found \"\(field("time") ?? "")\"", at: input.at(line: lineNumber))
            }
            var pr: Int?
            if let prText = field("pr") {
                guard let n = Int(prText.hasPrefix("#") ? String(prText.dropFirst()) : prText), n > 0 else {
                    throw MemBlameError.badInput("expected a PR number in column \"pr\", found \"\(prText)\"", at: input.at(line: lineNumber))
                }
                pr = n
            }
            guard let service = options.service ?? field("service") else {
                throw MemBlameError.badInput("expected a service in column \"service\" (or pass --service)", at: input.at(line: lineNumber))
            }
            let sha = field("sha")
            if let branchFilter = options.branch, let branch = field("branch"), branch != branchFilter {
                batch.skip("other branch")
                return true
            }
            let externalID = "\(ts)-\(sha ?? pr.map(String.init) ?? "")"
            if !seen.insert(externalID + service).inserted {
                batch.skip("duplicate row")
                return true
            }
            batch.deploys.append(Deploy(service: service, ts: ts, source: "csv", externalID: externalID, sha: sha, pr: pr,
                                        title: field("title"), author: field("author"), url: field("url"), branch: field("branch")))
            return true
        }
        if columns.isEmpty { throw MemBlameError.badInput("no header; expected time,service,sha,pr,title,author", at: SourceLocation(file: input.displayName)) }
        return batch
    }
}

import Foundation
