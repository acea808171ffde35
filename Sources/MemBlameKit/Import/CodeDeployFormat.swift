import Foundation

/// AWS CodeDeploy `aws deploy get-deployment` (`deploymentInfo`) and `batch-get-deployments` (`deploymentsInfo[]`) JSON.
///
/// A deploy is a deployment whose `status` is `Succeeded`; its time is `completeTime`, its SHA
/// `revision.gitHubLocation.commitId` (an S3 revision names a bundle, kept as the title with its version or ETag).
/// `Failed`, `Stopped` and unfinished deployments are counted as skipped. A deployment CodeDeploy made to roll back
/// (`rollbackInfo.rollbackTriggeringDeploymentId`) is a deploy like any other; the ranker marks it a rollback from its
/// commit. The service is `application/deployment-group` or `--service`. `list-deployments` holds only ids and
/// is refused with what to run instead.
public struct CodeDeployFormat: DeployFormat {
    public init() {}
    public var name: String { "codedeploy" }
    public var summary: String { "AWS CodeDeploy get-deployment / batch-get-deployments JSON" }

    public func matches(head: String, fileName: String) -> Bool {
        head.contains("\"deploymentInfo\"") || head.contains("\"deploymentsInfo\"")
            || (head.contains("\"deployments\"") && head.contains("\"d-") && !head.contains("\"taskDefinition\""))
    }

    public func read(_ input: InputFile, options: DeployImportOptions) throws -> DeployBatch {
        let root = try JSONCursor.parse(input)
        let infos: [JSONCursor]
        if let one = try root.optional("deploymentInfo") {
            infos = [one]
        } else if let many = try root.optional("deploymentsInfo") {
            infos = try many.array()
        } else if let ids = try root.optional("deployments") {
            let list = try ids.array().map { try $0.string() }
            throw MemBlameError.badInput("list-deployments holds only deployment ids (\(list.count)), no times or commits; run aws deploy batch-get-deployments --deployment-ids \(list.prefix(3).joined(separator: " "))\(list.count > 3 ? " …" : "") and import its output",
                                         at: input.at(path: "$.deployments"))
        } else {
            throw MemBlameError.badInput("expected \"deploymentInfo\" (get-deployment) or \"deploymentsInfo\" (batch-get-deployments)", at: input.at(path: "$"))
        }
        var batch = DeployBatch()
        var rollbacks = 0
        for info in infos {
            let id = try info["deploymentId"].string()
            let status = try info["status"].string()
            guard status == "Succeeded" else { batch.skip("\(status.lowercased()) deployment"); continue }
            let application = try info.optional("applicationName")?.string() ?? "codedeploy"
            let group = try info.optional("deploymentGroupName")?.string()
            let service = options.service ?? (group.map { "\(application)/\($0)" } ?? application)
            let ts = try info["completeTime"].timestamp()
            var sha: String?
            var title = try info.optional("description")?.string()
            var url: String?
            if let revision = try info.optional("revision") {
                if let github = try revision.optional("gitHubLocation") {
                    let commit = try github["commitId"].string()
                    sha = DeployVersionHints.sha(commit) ?? commit
                    url = (try github.optional("repository")?.string()).map { "https://github.com/\($0)/commit/\(commit)" }
                } else if let s3 = try revision.optional("s3Location") {
                    let key = try s3.optional("key")?.string() ?? ""
                    let version = try s3.optional("version")?.string() ?? s3.optional("eTag")?.string()
                    title = title ?? "s3 \(key)\(version.map { " (\($0.replacingOccurrences(of: "\"", with: "")))" } ?? "")"
                }
            }
            if let rollback = try info.optional("rollbackInfo"), try rollback.optional("rollbackTriggeringDeploymentId") != nil { rollbacks += 1 }
            batch.add(Deploy(service: service, ts: ts, source: "codedeploy", externalID: id, sha: sha, title: title,
                             author: try info.optional("creator")?.string(), url: url), origin: input.displayName)
        }
        if rollbacks > 0 { batch.warnings.append("\(rollbacks) deployment(s) were CodeDeploy rollbacks of a failed deployment") }
        return batch
    }
}
