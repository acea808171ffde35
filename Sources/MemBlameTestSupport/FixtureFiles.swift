import Foundation

/// Locates the repository (for tests that read `Queries/`, `sample-data/` or run the built binary).
public enum Repository {
    /// The package root, found from this source file's path.
    public static var root: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The built `memblame` executable next to the test bundle (same configuration).
    public static var memblameBinary: URL {
        let bundleDir = Bundle.main.bundleURL
        for candidate in [bundleDir.appendingPathComponent("memblame"),
                          bundleDir.deletingLastPathComponent().appendingPathComponent("memblame")] where FileManager.default.isExecutableFile(atPath: candidate.path) {
            return candidate
        }
        for config in ["debug", "release"] {
            let url = root.appendingPathComponent(".build/\(config)/memblame")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return root.appendingPathComponent(".build/debug/memblame")
    }
}

/// The result of running a command.
public struct ProcessResult {
    public var status: Int32
    public var stdout: String
    public var stderr: String
}

/// Runs an executable with arguments and an environment, collecting its output.
public func runProcess(_ executable: URL, _ arguments: [String], environment: [String: String]? = nil,
                       currentDirectory: URL? = nil) throws -> ProcessResult {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let environment { process.environment = environment }
    if let currentDirectory { process.currentDirectoryURL = currentDirectory }
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    final class Box: @unchecked Sendable { var data = Data() }
    let outBox = Box()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async { outBox.data = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    let outData = outBox.data
    process.waitUntilExit()
    return ProcessResult(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                         stderr: String(decoding: errData, as: UTF8.self))
}
