import Foundation

/// `kubectl rollout history deployment/NAME` text: recognised so it can be refused with what to export instead.
///
/// The table lists revision numbers and change causes but no times, and an onset can only be matched with a deploy
/// by time. Guessing times (the file's date, even spacing) would blame the wrong deploy, so memblame refuses the
/// file and names exports that carry times: `kubectl get replicasets -o json` (creationTimestamp per revision), or
/// the CI or Argo CD history.
public struct KubectlRolloutHistoryFormat: DeployFormat {
    public init() {}
    public var name: String { "kubectl-rollout-history" }
    public var summary: String { "kubectl rollout history text: refused (it has no times), with what to export instead" }

    public func matches(head: String, fileName: String) -> Bool {
        head.contains("REVISION") && head.contains("CHANGE-CAUSE")
    }

    public func read(_ input: InputFile, options: DeployImportOptions) throws -> DeployBatch {
        var header: Int?
        var deployment: String?
        var namespaceHint = ""
        var revisions: [Int] = []
        try LineReader(input).forEachLine { number, bytes in
            let line = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespaces)
            if header == nil {
                if line.hasPrefix("REVISION") && line.contains("CHANGE-CAUSE") {
                    header = number
                } else if let slash = line.firstIndex(of: "/"), line.hasPrefix("deployment.") || line.contains("rollout history") {
                    let name = line[line.index(after: slash)...].split(separator: " ").first.map(String.init)
                    if let name, !name.isEmpty { deployment = name }
                    if let n = line.range(of: " -n ") { namespaceHint = " -n " + (line[n.upperBound...].split(separator: " ").first.map(String.init) ?? "NAMESPACE") }
                }
                return true
            }
            if let first = line.split(separator: " ").first, let revision = Int(first) { revisions.append(revision) }
            return true
        }
        guard let header else {
            throw MemBlameError.badInput("expected the REVISION  CHANGE-CAUSE header of kubectl rollout history", at: SourceLocation(file: input.displayName))
        }
        let of = deployment.map { " of \($0)" } ?? ""
        let span = revisions.isEmpty ? "no revisions" : "revisions \(revisions.min()!)–\(revisions.max()!) (\(revisions.count))"
        throw MemBlameError.badInput("kubectl rollout history\(of) lists \(span) without times, and deploys are matched with memory by time; "
            + "export the ReplicaSets instead: kubectl get replicasets\(namespaceHint) -o json (one per revision, with creationTimestamp), then memblame import deploys on that file (or import the CI or Argo CD history)",
            at: input.at(line: header))
    }
}
