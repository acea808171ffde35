import Foundation

/// The bundled `sample-data/` story (embedded in the binary at build time) and how the demo imports it.
public enum SampleStory {
    /// One file of the story and how to import it.
    public struct Item: Sendable {
        public var path: String
        public var kind: Kind
        public var service: String?
        public enum Kind: Sendable { case metrics, deploys }
    }

    /// The files `memblame demo` imports, in order.
    public static let items: [Item] = [
        Item(path: "cloudwatch/prod-api.get-metric-data.json", kind: .metrics, service: "prod/api"),
        Item(path: "csv/prod-worker.memory.csv", kind: .metrics, service: "prod/worker"),
        Item(path: "csv/deploys.csv", kind: .deploys, service: nil),
    ]

    /// The embedded bytes of a sample file.
    public static func file(_ path: String) throws -> InputFile {
        guard let text = EmbeddedSampleData.files[path] else {
            throw MemBlameError(.io, "sample file \(path) is not embedded in this build")
        }
        return InputFile(name: "sample-data/" + path, contents: Data(text.utf8))
    }

    /// Every embedded sample file's path.
    public static var embeddedPaths: [String] { EmbeddedSampleData.files.keys.sorted() }

    /// Imports the story into `db` and returns one report per file.
    public static func load(into db: Database) throws -> [ImportReport] {
        var reports: [ImportReport] = []
        for item in items {
            let input = try file(item.path)
            switch item.kind {
            case .metrics:
                reports.append(try MetricImport(db: db).run([input], options: MetricImportOptions(service: item.service)))
            case .deploys:
                reports.append(try DeployStore(db).importFiles([input], options: DeployImportOptions(service: item.service)))
            }
        }
        return reports
    }
}
