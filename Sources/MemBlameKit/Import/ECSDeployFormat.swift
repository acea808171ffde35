import Foundation

/// Amazon ECS deployments: `aws ecs describe-services` (`services[].deployments[]`), and the service-deployment API's
/// `aws ecs list-service-deployments` / `describe-service-deployments` (`serviceDeployments[]`).
///
/// describe-services: a deploy is a deployment whose `rolloutState` is `COMPLETED` or `IN_PROGRESS` (or absent, before
/// 2020); `FAILED` rollouts are skipped. Its time is the service event `(deployment ID) deployment completed.` when the
/// events hold it, else `createdAt` (the rollout's start), flagged approximate: `updatedAt` is not a completion time
/// (it moves with every scaling change and when the next deployment starts). ECS lists only the deployments still
/// active, so this is the latest deploy or two; the service-deployment API keeps the history.
/// service deployments: `SUCCESSFUL` ones are deploys at `finishedAt`; `ROLLBACK_*`, `STOPPED` and failed ones are
/// counted as skipped; `IN_PROGRESS`/`PENDING` at `startedAt`, approximate.
/// The service is `cluster/service` (as Container Insights names it) or `--service`; the title is the task
/// definition or service revision (ECS records no commit: join with CI or git history for the PR).
public struct ECSDeployFormat: DeployFormat {
    public init() {}
    public var name: String { "ecs" }
    public var summary: String { "Amazon ECS describe-services deployments, list-service-deployments / describe-service-deployments JSON" }

    public func matches(head: String, fileName: String) -> Bool {
        head.contains("\"serviceDeployments\"") || (head.contains("\"services\"") && head.contains("\"deployments\"") && head.contains("\"taskDefinition\""))
    }

    public func read(_ input: InputFile, options: DeployImportOptions) throws -> DeployBatch {
        let root = try JSONCursor.parse(input)
        var batch = DeployBatch()
        if let list = try root.optional("serviceDeployments") {
            for d in try list.array() { try readServiceDeployment(d, options: options, input: input, into: &batch) }
        } else if let services = try root.optional("services") {
            var shallow = 0
            for service in try services.array() {
                let name = try service["serviceName"].string()
                let cluster = (try service.optional("clusterArn")?.string()).map(Self.lastComponent) ?? "default"
                let serviceName = options.service ?? "\(cluster)/\(name)"
                // "(service api) (deployment ecs-svc/123) deployment completed." events: completion times by deployment id.
                var completed: [String: Int64] = [:]
                if let events = try service.optional("events") {
                    for event in try events.array() {
                        let message = try event["message"].string()
                        guard message.hasSuffix("deployment completed."), let open = message.range(of: "(deployment "),
                              let close = message[open.upperBound...].firstIndex(of: ")") else { continue }
                        let id = String(message[open.upperBound..<close])
                        let ts = try event["createdAt"].timestamp()
                        completed[id] = min(completed[id] ?? ts, ts)
                    }
                }
                for d in try service["deployments"].array() {
                    let id = try d["id"].string()
                    let taskDefinition = (try d.optional("taskDefinition")?.string()).map(Self.lastComponent)
                    let state = try d.optional("rolloutState")?.string()
                    switch state {
                    case "COMPLETED"?, "IN_PROGRESS"?, nil: break
                    case "FAILED"?: batch.skip("failed rollout"); continue
                    case let other?: batch.skip("\(other.lowercased()) rollout"); continue
                    }
                    let ts = try completed[id] ?? d["createdAt"].timestamp()
                    let approximate = completed[id] == nil
                    batch.add(Deploy(service: serviceName, ts: ts, source: "ecs", externalID: id, title: taskDefinition, approximate: approximate),
                              origin: input.displayName)
                }
                shallow += 1
            }
            if shallow > 0 {
                batch.warnings.append("describe-services lists only the deployments still active (the latest one or two per service); for the history, import aws ecs list-service-deployments or describe-service-deployments output")
            }
        } else {
            throw MemBlameError.badInput("expected \"services\" (describe-services) or \"serviceDeployments\" (list-/describe-service-deployments)", at: input.at(path: "$"))
        }
        return batch
    }

    private func readServiceDeployment(_ d: JSONCursor, options: DeployImportOptions, input: InputFile, into batch: inout DeployBatch) throws {
        let arn = try d["serviceDeploymentArn"].string()
        let status = try d["status"].string()
        // arn:aws:ecs:region:account:service/cluster/service
        let serviceArn = try d["serviceArn"].string()
        let parts = serviceArn.split(separator: "/").map(String.init)
        let service = options.service ?? (parts.count >= 3 ? "\(parts[parts.count - 2])/\(parts[parts.count - 1])" : Self.lastComponent(serviceArn))
        var target = try d.optional("targetServiceRevisionArn")?.string()
        if target == nil, let revision = try d.optional("targetServiceRevision") { target = try revision.optional("arn")?.string() }
        let ts: Int64
        var approximate = false
        switch status {
        case "SUCCESSFUL": ts = try d["finishedAt"].timestamp()
        case "IN_PROGRESS", "PENDING": ts = try d.optional("startedAt")?.timestamp() ?? d["createdAt"].timestamp(); approximate = true
        default:
            // ROLLBACK_REQUESTED/IN_PROGRESS/SUCCESSFUL/FAILED, STOPPED, STOP_REQUESTED: the target did not stay live.
            batch.skip(status.lowercased().replacingOccurrences(of: "_", with: " ") + " service deployment")
            return
        }
        batch.add(Deploy(service: service, ts: ts, source: "ecs", externalID: Self.lastComponent(arn),
                         title: target.map { "service revision \(Self.lastComponent($0))" }, approximate: approximate), origin: input.displayName)
    }

    /// The text after the last '/' of an ARN.
    static func lastComponent(_ arn: String) -> String {
        arn.split(separator: "/").last.map(String.init) ?? arn
    }
}
