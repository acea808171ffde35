import Foundation
import MemBlameKit

/// A real HTTP server on 127.0.0.1 started by a test: `moto_server` (CloudWatch) or the replay server
/// (`Tests/Support/replay_server.py`, recorded CircleCI/GitHub pages). Stopped by its process id.
public final class LocalServer {
    public let process: Process
    public let port: Int
    public var baseURL: String { "http://127.0.0.1:\(port)" }

    init(process: Process, port: Int) {
        self.process = process
        self.port = port
    }

    deinit { stop() }

    /// Ends the server this test started (only that process, by its id). SIGKILL: these servers keep
    /// nothing worth saving, and moto_server's werkzeug loop does not always exit on SIGTERM.
    public func stop() {
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// Keeps the server alive until `body` returns (Swift may release it after its last use otherwise).
    public func use<T>(_ body: (LocalServer) throws -> T) rethrows -> T {
        try withExtendedLifetime(self) { try body(self) }
    }

    /// The absolute path of `name` on PATH, or nil.
    public static func which(_ name: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// True when the moto tests should run: moto_server is installed, or CI is set (then a missing moto fails loudly).
    public static var motoTestsEnabled: Bool {
        which("moto_server") != nil || ProcessInfo.processInfo.environment["CI"] != nil
    }

    /// A free TCP port on 127.0.0.1 (bound to port 0 and released).
    public static func freePort() throws -> Int {
        let result = try runProcess(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c",
            "import socket; s=socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])"])
        guard result.status == 0, let port = Int(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw MemBlameError(.io, "cannot find a free port: \(result.stderr)")
        }
        return port
    }

    /// Starts `moto_server` on a free port and waits until it answers.
    /// - Parameter environment: extra variables (`INITIAL_NO_AUTH_ACTION_COUNT` turns signature checks on).
    public static func moto(environment extra: [String: String] = [:]) throws -> LocalServer {
        guard let moto = which("moto_server") else {
            throw MemBlameError(.io, "moto_server is not installed (CI is set, so the CloudWatch fetch tests must run): pip install 'moto[server]' boto3")
        }
        let port = try freePort()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: moto)
        process.arguments = ["-H", "127.0.0.1", "-p", String(port)]
        process.environment = ProcessInfo.processInfo.environment.merging(extra) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let server = LocalServer(process: process, port: port)
        try server.waitUntilAnswering()
        return server
    }

    /// True when the Prometheus tests should run: prometheus and promtool are installed (Debian's `prometheus`
    /// package, which `make test` installs), or CI is set (then a missing binary fails loudly).
    public static var prometheusTestsEnabled: Bool {
        (which("prometheus") != nil && which("promtool") != nil) || ProcessInfo.processInfo.environment["CI"] != nil
    }

    /// Backfills `openMetrics` into a new TSDB in a scratch folder with `promtool tsdb create-blocks-from openmetrics`,
    /// starts `prometheus` on 127.0.0.1 and a free port over it, and waits until `/-/ready` answers 200 (blocks loaded;
    /// up to 10 minutes, for a machine busy with a parallel test run; it returns as soon as the server is ready).
    /// Retention is 100 years: backfilled blocks are old, and retention counts from the newest block.
    public static func prometheus(openMetrics: String) throws -> LocalServer {
        guard let prometheus = which("prometheus"), let promtool = which("promtool") else {
            throw MemBlameError(.io, "prometheus and promtool are not installed (CI is set, so the Prometheus tests must run): apt-get install prometheus")
        }
        let folder = Scratch.folder("memblame-prometheus")
        let input = folder.appendingPathComponent("backfill.om")
        let data = folder.appendingPathComponent("data")
        try Data(openMetrics.utf8).write(to: input)
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        let backfill = try runProcess(URL(fileURLWithPath: promtool), ["tsdb", "create-blocks-from", "openmetrics", "--quiet", input.path, data.path])
        guard backfill.status == 0 else { throw MemBlameError(.io, "promtool could not backfill: \(backfill.stderr.suffix(500))") }
        // No scrape jobs: the server only serves the backfilled blocks.
        let config = folder.appendingPathComponent("prometheus.yml")
        try Data("global:\n  scrape_interval: 1m\n".utf8).write(to: config)
        let port = try freePort()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: prometheus)
        process.arguments = ["--config.file=\(config.path)", "--storage.tsdb.path=\(data.path)", "--storage.tsdb.retention.time=36500d",
                             "--web.listen-address=127.0.0.1:\(port)", "--log.level=warn"]
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let server = LocalServer(process: process, port: port)
        try server.waitUntilReady(path: "/-/ready", seconds: 600)
        return server
    }

    /// Polls `path` until it answers 200 (at most `seconds`; ends as soon as it does).
    func waitUntilReady(path: String, seconds: Double) throws {
        let client = HTTPClient(timeout: 2, connectTimeout: 1, retry: RetryPolicy(maxAttempts: 1))
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let response = try? client.send(HTTPRequest(url: baseURL + path)), response.status == 200 { return }
            guard process.isRunning else { break }
            Thread.sleep(forTimeInterval: 0.2)
        }
        stop()
        throw MemBlameError(.io, "the server on port \(port) did not answer 200 on \(path) within \(Int(seconds)) s")
    }

    /// Starts the replay server over `fixtures` with scripted `behaviours` (see replay_server.py).
    public static func replay(fixtures: String, behaviours: [String] = [], environment extra: [String: String] = [:]) throws -> LocalServer {
        try python(script: "replay_server.py", arguments: [fixtures] + behaviours, environment: extra, name: "replay")
    }

    /// Starts the hostile server (`Tests/Support/hostile_server.py`): `/case/NAME/...` answers one hostile
    /// case, `/random/SEED/...` a seeded random combination.
    public static func hostile() throws -> LocalServer {
        try python(script: "hostile_server.py", arguments: [], environment: [:], name: "hostile")
    }

    /// Starts `Tests/Support/SCRIPT` with python3; the script prints the port it listens on as its first line.
    static func python(script: String, arguments: [String], environment extra: [String: String], name: String) throws -> LocalServer {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Repository.root.appendingPathComponent("Tests/Support/" + script).path] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(extra) { $1 }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        guard let port = Int(String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) else {
            process.terminate()
            throw MemBlameError(.io, "the \(name) server did not print its port")
        }
        return LocalServer(process: process, port: port)
    }

    /// The hostile server's case names (`GET /__cases`).
    public func hostileCases() throws -> [String] {
        let response = try HTTPClient(timeout: 5).send(HTTPRequest(url: baseURL + "/__cases"))
        return String(decoding: response.body, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    /// Polls until the server answers any HTTP status (at most about 2 minutes: moto starts in a few seconds,
    /// far slower on a loaded machine; the wait ends as soon as it answers).
    func waitUntilAnswering() throws {
        let client = HTTPClient(timeout: 2, connectTimeout: 1, retry: RetryPolicy(maxAttempts: 1))
        for _ in 0..<600 {
            if let response = try? client.send(HTTPRequest(url: baseURL + "/moto-api/")), response.status > 0 { return }
            guard process.isRunning else { break }
            Thread.sleep(forTimeInterval: 0.2)
        }
        stop()
        throw MemBlameError(.io, "moto_server on port \(port) did not start answering")
    }

    /// The replay server's request log: (path with query, whether the token matched, user agent).
    public func requests() throws -> [(path: String, auth: Bool, userAgent: String)] {
        let response = try HTTPClient(timeout: 5).send(HTTPRequest(url: baseURL + "/__requests"))
        let list = try JSONSerialization.jsonObject(with: response.body) as? [[String: Any]] ?? []
        return list.map { ($0["path"] as? String ?? "", $0["auth"] as? Bool ?? false, $0["user_agent"] as? String ?? "") }
    }
}
