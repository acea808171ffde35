import Foundation
import PackagePlugin

/// Embeds the top-level `Queries/` SQL and the `sample-data/` exports into the library as Swift string
/// literals, so the built binary needs neither folder at run time and `Queries/` stays the one source.
@main
struct EmbedResources: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        let tool = try context.tool(named: "sql-embedder").url
        var commands: [Command] = []
        for (folder, enumName, extensions) in [
            ("Queries", "EmbeddedSQL", ["sql"]),
            ("sample-data", "EmbeddedSampleData", ["json", "csv", "txt", "log"]),
        ] {
            let dir = root.appending(path: folder)
            let files = listFiles(in: dir).filter { extensions.contains($0.pathExtension) }
            let output = context.pluginWorkDirectoryURL.appending(path: "\(enumName).swift")
            commands.append(.buildCommand(
                displayName: "Embedding \(files.count) files of \(folder)",
                executable: tool,
                arguments: [output.path, enumName, dir.path] + files.map(\.path),
                inputFiles: files,
                outputFiles: [output]
            ))
        }
        return commands
    }

    private func listFiles(in dir: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { $0 as? URL }.sorted { $0.path < $1.path }
    }
}
