import Foundation

/// One CircleCI API v2 pipeline (`GET /project/{slug}/pipeline` item), the fields a deploy needs.
struct CircleCIPipeline {
    var id: String
    var number: Int?
    var projectSlug: String?
    var state: String
    var createdAt: Int64
    var branch: String?
    var tag: String?
    var revision: String?
    var subject: String?
    /// The page this pipeline came from (credited in the `imports` rows).
    var file: String
}

/// One workflow of a pipeline (`GET /pipeline/{id}/workflow` item).
struct CircleCIWorkflow {
    var id: String
    var pipelineID: String
    var name: String
    var status: String
    var stoppedAt: Int64?
}

/// One job of a workflow (`GET /workflow/{id}/job` item). Jobs carry no workflow id, so the
/// page's name (file `workflow-job/<id>.json` or the request URL) says which workflow they belong to.
struct CircleCIJob {
    var name: String
    var type: String?
    var status: String
    var stoppedAt: Int64?
}

/// What one CircleCI page holds: pipelines, workflows or jobs (an empty page may hold none).
enum CircleCIPage {
    case pipelines([CircleCIPipeline])
    case workflows(pipelineID: String?, [CircleCIWorkflow])
    case jobs(workflowID: String, [CircleCIJob])
    /// An empty `items` list whose name does not say what was listed: contributes nothing.
    case empty

    /// Parses one API v2 page (`{"next_page_token": ..., "items": [...]}`), telling the three list
    /// shapes apart by their items' members, and by the file name or URL when the list is empty.
    /// - Throws: bad input located at the JSON path of the first malformed member.
    static func parse(_ input: InputFile) throws -> CircleCIPage {
        let root = try JSONCursor.parse(input)
        guard (try? root.object()) != nil else { throw root.fail("a CircleCI API v2 page (an object with \"items\")") }
        let items = try root["items"].array()
        let name = input.displayName
        guard let first = items.first else {
            if name.contains("workflow-job") || name.range(of: #"/workflow/[0-9a-fA-F-]{36}/job"#, options: .regularExpression) != nil,
               let id = lastUUID(in: name) { return .jobs(workflowID: id, []) }
            if name.contains("pipeline-workflow") || name.range(of: #"/pipeline/[0-9a-fA-F-]{36}/workflow"#, options: .regularExpression) != nil {
                return .workflows(pipelineID: lastUUID(in: name), [])
            }
            if name.contains("pipeline") { return .pipelines([]) }
            return .empty
        }
        let members = try first.object()
        if members["pipeline_id"] != nil {
            return .workflows(pipelineID: nil, try items.map(workflow))
        }
        if members["vcs"] != nil || members["trigger"] != nil || (members["state"] != nil && members["number"] != nil) {
            return .pipelines(try items.map { try pipeline($0, file: name) })
        }
        if members["job_number"] != nil || members["dependencies"] != nil || members["type"] != nil {
            guard let id = lastUUID(in: name) else {
                throw MemBlameError.badInput("cannot tell which workflow these jobs belong to (jobs carry no workflow id); name the file after the workflow id, as in workflow-job/<workflow-id>.json",
                                             at: input.at(path: "$.items"))
            }
            return .jobs(workflowID: id, try items.map(job))
        }
        throw first.fail("a CircleCI pipeline, workflow or job (with \"vcs\", \"pipeline_id\" or \"job_number\")")
    }

    static func pipeline(_ item: JSONCursor, file: String) throws -> CircleCIPipeline {
        let vcs = try item.optional("vcs")
        let commit = try vcs?.optional("commit")
        return CircleCIPipeline(
            id: try item["id"].string(), number: try item.optional("number")?.int(),
            projectSlug: try item.optional("project_slug")?.string(), state: try item["state"].string(),
            createdAt: try item["created_at"].timestamp(), branch: try vcs?.optional("branch")?.string(),
            tag: try vcs?.optional("tag")?.string(), revision: try vcs?.optional("revision")?.string(),
            subject: try commit?.optional("subject")?.string(), file: file)
    }

    static func workflow(_ item: JSONCursor) throws -> CircleCIWorkflow {
        CircleCIWorkflow(id: try item["id"].string(), pipelineID: try item["pipeline_id"].string(), name: try item["name"].string(),
                         status: try item["status"].string(), stoppedAt: try item.optional("stopped_at")?.timestamp())
    }

    static func job(_ item: JSONCursor) throws -> CircleCIJob {
        CircleCIJob(name: try item["name"].string(), type: try item.optional("type")?.string(), status: try item["status"].string(),
                    stoppedAt: try item.optional("stopped_at")?.timestamp())
    }

    /// The last UUID in a file name or URL (`workflow-job/2d262bfb-….json`, `/workflow/<id>/job?page-token=…`).
    static func lastUUID(in name: String) -> String? {
        // An API URL names the listed object before any query (whose page token might look like anything).
        let path = name.split(separator: "?", maxSplits: 1).first.map(String.init) ?? name
        if let r = path.range(of: #"/(workflow|pipeline)/[0-9a-fA-F-]{36}/"#, options: .regularExpression) {
            return String(path[r].dropFirst().drop { $0 != "/" }.dropFirst().prefix(36)).lowercased()
        }
        let pattern = #"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"#
        var found: String?
        var rest = name[...]
        while let r = rest.range(of: pattern, options: .regularExpression) {
            found = String(rest[r]).lowercased()
            rest = rest[r.upperBound...]
        }
        return found
    }
}
