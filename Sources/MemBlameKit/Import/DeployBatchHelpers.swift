/// Helpers the deploy readers share.
extension DeployBatch {
    /// Appends a deploy and remembers which input it came from.
    mutating func add(_ deploy: Deploy, origin: String) {
        deploys.append(deploy)
        origins[deploy.externalID] = origin
    }

    /// Without `--branch`, deploys from several branches usually mean branch builds were read as deploys.
    mutating func warnIfSeveralBranches(_ options: DeployImportOptions) {
        guard options.branch == nil else { return }
        let branches = Set(deploys.compactMap(\.branch)).sorted()
        guard branches.count > 1 else { return }
        let example = branches.contains("main") ? "main" : branches.contains("master") ? "master" : branches[0]
        warnings.append("the deploys come from several branches (\(branches.joined(separator: ", "))); pass --branch (e.g. --branch \(example)) to keep only the deploy branch")
    }
}
