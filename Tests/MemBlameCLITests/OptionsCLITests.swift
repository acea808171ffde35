import Foundation
import Testing
import MemBlameKit
import MemBlameTestSupport

/// Global options before or after the subcommand, and range checks on every number from the command line or
/// a file: each used to end the process with SIGILL (exit 132) or be accepted silently.
@Suite(.serialized) struct OptionsCLITests {
    let binary = Repository.memblameBinary
    static let db: String = {
        let path = Scratch.folder("options").appendingPathComponent("demo.db").path
        _ = try? runProcess(Repository.memblameBinary, ["demo", "--db", path, "--width", "80"])
        return path
    }()

    // MARK: - Global options

    @Test func dbBeforeOrAfterTheSubcommandMeansTheSame() throws {
        let db = Self.db
        for (before, after) in [(["--db", db, "series"], ["series", "--db", db]),
                                (["--db=\(db)", "deploys", "--service", "prod/api"], ["deploys", "--service", "prod/api", "--db=\(db)"]),
                                (["--db", db, "query", "segments", "--param", "service=prod/api"], ["query", "segments", "--db", db, "--param", "service=prod/api"]),
                                (["--db", db, "onset", "--service", "prod/worker"], ["onset", "--service", "prod/worker", "--db", db])] {
            let a = try runProcess(binary, before + ["--format", "csv"]), b = try runProcess(binary, after + ["--format", "csv"])
            #expect(a.status == b.status && a.status != 64, "\(before): \(a.stderr)")
            #expect(a.stdout == b.stdout && !a.stdout.isEmpty, "\(before)")
            #expect(a.stderr.isEmpty && b.stderr.isEmpty)
        }
    }

    @Test func dbBeforeNestedSubcommands() throws {
        let folder = Scratch.folder()
        let csv = folder.appendingPathComponent("m.csv").path
        try "timestamp,value\n2026-11-24T08:00:00Z,1\n2026-11-24T08:01:00Z,2\n".write(toFile: csv, atomically: true, encoding: .utf8)
        let db = folder.appendingPathComponent("n.db").path
        // Before the path, between its parts, and after it.
        for args in [["--db", db, "import", "metrics", "--service", "s", csv], ["import", "--db", db, "metrics", "--service", "s", csv],
                     ["import", "metrics", "--db", db, "--service", "s", csv]] {
            let r = try runProcess(binary, args)
            #expect(r.status == 0, "\(args): \(r.stderr)")
        }
        #expect(try runProcess(binary, ["--db", db, "series", "--format", "csv"]).stdout.contains("s,MemoryUtilization"))
        // The demo's own default, and --db on either side.
        for args in [["--db", folder.appendingPathComponent("d1.db").path, "demo"], ["demo", "--db", folder.appendingPathComponent("d2.db").path]] {
            #expect(try runProcess(binary, args + ["--width", "80"], currentDirectory: folder).status == 0)
        }
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("d1.db").path))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("d2.db").path))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("memblame-demo.db").path))
        // fetch: parsed before any network use (a bad --timeout is reported first).
        let fetch = try runProcess(binary, ["--db", db, "fetch", "circleci", "--project", "gh/a/b", "--service", "s", "--timeout", "0"])
        #expect(fetch.status == 64)
        #expect(fetch.stderr == "memblame: error: --timeout must be above 0 and at most 86400 seconds; found '0'\n")
    }

    @Test func helpShowsTheGlobalOptions() throws {
        let help = try runProcess(binary, ["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE: memblame [--db <path>] <subcommand>"))
        #expect(help.stdout.contains("GLOBAL OPTIONS"))
        #expect(help.stdout.contains("--db <path>"))
    }

    // MARK: - Range checks: options (exit 64, one line naming the option)

    @Test(arguments: [
        (["onset", "--since", "infd"], "--since"),
        (["onset", "--since", "1e19s"], "--since"),
        (["onset", "--since", "99999999999999999999d"], "--since"),
        (["onset", "--until", "nan"], "--until"),
        (["onset", "--since", "0x10d"], "--since"),
        (["suspects", "--window", "infh"], "--window"),
        (["report", "--window", "1e400h"], "--window"),
        (["onset", "--limit", "inf"], "--limit"),
        (["onset", "--limit", "nan"], "--limit"),
        (["onset", "--limit=-5"], "--limit"),
        (["onset", "--sensitivity", "inf"], "--sensitivity"),
        (["onset", "--sensitivity", "1e300"], "--sensitivity"),
        (["chart", "--width", "999999999999"], "--width"),
        (["chart", "--height", "99999999"], "--height"),
        (["report", "--width", "nan"], "--width"),
        (["deploys", "--since=-1d"], "--since"),
    ])
    func hostileOptionValuesAreOneLineUsageErrors(_ args: [String], _ option: String) throws {
        let r = try runProcess(binary, args + ["--db", Self.db, "--service", "prod/api"])
        #expect(r.status == 64, "\(args): \(r.stderr)")
        #expect(r.stderr.hasPrefix("memblame: error: \(option) "), "\(args): \(r.stderr)")
        #expect(r.stderr.filter { $0 == "\n" }.count == 1, "\(args): \(r.stderr)")
        #expect(r.stdout.isEmpty)
    }

    @Test(arguments: [
        (["onset", "--bogus"], "Unknown option '--bogus' (see 'memblame onset --help')"),
        (["frobnicate"], "Unexpected argument 'frobnicate' (see 'memblame --help')"),
        (["heap", "diff", "a"], "Missing expected argument '<s2>' (see 'memblame heap diff --help')"),
        (["onset", "--sweep", "--format", "csv"], "--sweep adds a second table"),
    ])
    func parserErrorsAreOneLine(_ args: [String], _ text: String) throws {
        let r = try runProcess(binary, args)
        #expect(r.status == 64, "\(args): \(r.stderr)")
        #expect(r.stderr.hasPrefix("memblame: error: ") && r.stderr.contains(text), "\(args): \(r.stderr)")
        #expect(r.stderr.filter { $0 == "\n" }.count == 1, "\(args): \(r.stderr)")
        #expect(r.stdout.isEmpty)
    }

    @Test(arguments: ["circleci", "github", "cloudwatch"])
    func fetchTimeoutInfIsAUsageError(_ source: String) throws {
        let args: [String]
        switch source {
        case "circleci": args = ["fetch", "circleci", "--project", "gh/a/b", "--service", "s"]
        case "github": args = ["fetch", "github", "--repo", "a/b", "--workflow", "deploy.yml", "--service", "s"]
        default: args = ["fetch", "cloudwatch", "--cluster", "c", "--service", "s", "--region", "us-east-1"]
        }
        for value in ["inf", "nan", "1e308", "-1"] {
            // Credentials are set so nothing but the option can fail; the check comes before any network use.
            let r = try runProcess(binary, args + ["--db", Self.db, "--timeout=\(value)"],
                                   environment: ["PATH": "/usr/bin:/bin", "CIRCLE_TOKEN": "t", "GH_TOKEN": "t",
                                                 "AWS_ACCESS_KEY_ID": "k", "AWS_SECRET_ACCESS_KEY": "s"])
            #expect(r.status == 64, "\(source) --timeout \(value): \(r.stderr)")
            #expect(r.stderr.hasPrefix("memblame: error: --timeout "), "\(r.stderr)")
            #expect(r.stderr.filter { $0 == "\n" }.count == 1)
        }
        let attempts = try runProcess(binary, args + ["--db", Self.db, "--attempts", "99999999999999999999"])
        #expect(attempts.status == 64 && attempts.stderr.hasPrefix("memblame: error: --attempts "), "\(attempts.stderr)")
    }

    @Test func sanePeriodsStillWork() throws {
        // The same options with ordinary values are accepted (and the range checks cost the happy path nothing).
        let r = try runProcess(binary, ["report", "--db", Self.db, "--service", "prod/api", "--since", "2026-09-01", "--until", "9999-12-31",
                                        "--window", "1.5d", "--limit", "100", "--sensitivity", "0.8", "--width", "80", "--height", "12"])
        #expect(r.status == 0, "\(r.stderr)")
    }

    // MARK: - Range checks: data (exit 65, one line naming the file and line or JSON path)

    @Test func implausibleImportedValuesAreLocatedErrors() throws {
        let folder = Scratch.folder()
        let db = folder.appendingPathComponent("v.db").path
        let cases: [(String, String, String)] = [
            ("huge.csv", "timestamp,value\n2026-11-24T08:00:00Z,1\n2026-11-24T08:01:00Z,1e100\n", ":3: error: value 1e+100 is outside the plausible range for Percent"),
            ("pct.csv", "timestamp,value\n2026-11-24T08:00:00Z,-50000\n", ":2: error: value -50000.0 is outside the plausible range for Percent"),
            ("far.csv", "timestamp,value\n99999999999999999,1\n", ":2: error: time "),
        ]
        for (name, text, message) in cases {
            let path = folder.appendingPathComponent(name).path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            let r = try runProcess(binary, ["import", "metrics", "--db", db, "--service", "s", path])
            #expect(r.status == 65, "\(name): \(r.stderr)")
            #expect(r.stderr.hasPrefix("memblame: \(path)\(message)"), "\(name): \(r.stderr)")
            #expect(r.stderr.filter { $0 == "\n" }.count == 1)
        }
        // Bytes: a petabyte is the ceiling; JSON inputs name the JSON path.
        let json = folder.appendingPathComponent("cw.json").path
        try #"{"MetricDataResults":[{"Id":"m1","Label":"MemoryUtilized","Timestamps":["2026-11-24T08:00:00Z"],"Values":[1e300],"StatusCode":"Complete"}]}"#
            .write(toFile: json, atomically: true, encoding: .utf8)
        let r = try runProcess(binary, ["import", "metrics", "--db", db, "--service", "s", "--unit", "Bytes", json])
        #expect(r.status == 65, "\(r.stderr)")
        #expect(r.stderr.hasPrefix("memblame: \(json):$.MetricDataResults[0]"), "\(r.stderr)")
        #expect(try runProcess(binary, ["series", "--db", db, "--format", "json"]).stdout == "[]\n")
    }

    /// Whatever a database holds (written by hand, or by an older memblame without the import checks), chart and
    /// report draw it: values beyond the axis are drawn at its edge.
    @Test(arguments: ["1e100", "-1e300", "1.7976931348623157e308", "9.3e18", "5e-324"])
    func chartAndReportNeverTrapOnStoredValues(_ value: String) throws {
        let folder = Scratch.folder()
        let db = folder.appendingPathComponent("w.db").path
        try FileManager.default.copyItem(atPath: Self.db, toPath: db)
        let sql = "UPDATE points SET value = \(value) WHERE ts IN (SELECT ts FROM points ORDER BY ts DESC LIMIT 3000)"
        #expect(try runProcess(URL(fileURLWithPath: "/usr/bin/sqlite3"), [db, sql]).status == 0)
        let html = folder.appendingPathComponent("r.html").path
        for args in [["chart"], ["chart", "--braille"], ["chart", "--html", html], ["report"], ["report", "--html", html], ["report", "--format", "json"],
                     ["onset", "--format", "json"], ["suspects"], ["report", "--format", "markdown"]] {
            let sized = args[0] == "chart" || args[0] == "report"
            let r = try runProcess(binary, args + ["--db", db, "--service", "prod/api"] + (sized ? ["--width", "80"] : []))
            #expect([0, 1, 3].contains(r.status), "\(args) with \(value): exit \(r.status) \(r.stderr.prefix(300))")
        }
    }
}
