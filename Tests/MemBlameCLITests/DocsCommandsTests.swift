import Foundation
import Testing
import MemBlameKit
import MemBlameTestSupport

/// Every `memblame ...` command line printed in README.md, docs/*.md and by `memblame demo` works as printed, so a
/// documented command can never drift from the CLI again.
///
/// The fixture (built once, in a scratch folder that is the commands' working directory):
/// - `memblame-demo.db`, built by `memblame demo` there (restored from a pristine copy before each command);
///   `MEMBLAME_DB` points at it, so commands that name no `--db` (the README's quick start) use it too;
/// - the README's example exports, taken from the bundled story: `cw-memory.json` (sample-data/cloudwatch),
///   `circleci/*.json` (sample-data/circleci, flattened), `git-log.tsv` (sample-data/git), and `sample-data/` itself;
/// - `s1.heapsnapshot`, `s2.heapsnapshot`, `s3.heapsnapshot` (Tests/MemBlameKitTests/Fixtures/heap/cache);
/// - the docs' other example exports, copied from real exports in Tests/MemBlameKitTests/Fixtures under the names
///   the docs use (`metric-data-queries.json`, `page1.json`, `query_range.json`, `project-pipeline.page*.json`,
///   `deployments.page1.json`, `actions-runs.page1.json`...).
///
/// Each command line is then checked one of three ways:
/// - run: through `/bin/sh -c` with the built binary first on PATH (globs and `> file` work as for a reader), and it
///   must exit 0, or 1 when its comment says `exits 1` (no leak found); a chained `&& other-tool ...` is cut off,
///   only the memblame part runs;
/// - parse only: lines that need the network and credentials (`fetch ...`), lines with placeholders (`FILE`, `S1`,
///   `[--db PATH]`, `<command>`, `a|b`, `...`) and lines that name input files the fixture does not have: the
///   subcommand path must exist (`memblame PATH --help` exits 0 with that usage line) and every `--option` on the
///   line must be one that command (or the root) accepts;
/// - name: an inline mention of a command alone (`memblame import deploys`): the command must exist.
@Suite(.serialized) struct DocsCommandsTests {
    let binary = Repository.memblameBinary

    /// One command line and where it was printed.
    struct Line: CustomStringConvertible {
        var text: String
        var source: String
        var inline: Bool
        var description: String { "\(source): \(text)" }
    }

    // MARK: - Extraction

    /// Command lines of a Markdown file: lines of fenced code blocks (after `$ ` and `NAME=value` prefixes; `\`
    /// continuations and indented `[...]` synopsis lines joined) and inline code spans that start with `memblame `.
    static func lines(markdown: String, source: String) -> [Line] {
        var out: [Line] = []
        var fenced = false
        let rows = markdown.components(separatedBy: "\n")
        var i = 0
        while i < rows.count {
            let row = rows[i]
            let trimmed = row.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("```") { fenced.toggle(); i += 1; continue }
            if fenced {
                var text = trimmed
                let number = i + 1
                while text.hasSuffix("\\"), i + 1 < rows.count {
                    i += 1
                    text = String(text.dropLast()).trimmingCharacters(in: .whitespaces) + " " + rows[i].trimmingCharacters(in: .whitespaces)
                }
                while i + 1 < rows.count, rows[i + 1].hasPrefix(" "), rows[i + 1].trimmingCharacters(in: .whitespaces).hasPrefix("[") {
                    i += 1
                    text += " " + rows[i].trimmingCharacters(in: .whitespaces)
                }
                if startsWithMemblame(text) { out.append(Line(text: text, source: "\(source):\(number)", inline: false)) }
            } else {
                var rest = Substring(row)
                while let open = rest.firstIndex(of: "`") {
                    let after = rest[rest.index(after: open)...]
                    guard let close = after.firstIndex(of: "`") else { break }
                    let span = String(after[..<close])
                    if span.hasPrefix("memblame ") { out.append(Line(text: span, source: "\(source):\(i + 1)", inline: true)) }
                    rest = after[after.index(after: close)...]
                }
            }
            i += 1
        }
        return out
    }

    /// Command lines in a program's output (the demo's hints): lines that start with `memblame ` or `$ memblame `.
    static func lines(output: String, source: String) -> [Line] {
        output.components(separatedBy: "\n").enumerated().compactMap { n, row in
            let text = row.trimmingCharacters(in: .whitespaces)
            return startsWithMemblame(text) ? Line(text: text, source: "\(source) line \(n + 1)", inline: false) : nil
        }
    }

    static func startsWithMemblame(_ text: String) -> Bool {
        let words = words(withoutComment(text).command)
        return words.first == "memblame"
    }

    /// The command and its trailing `# comment` (a `#` after white space, outside quotes).
    static func withoutComment(_ text: String) -> (command: String, comment: String) {
        var quote: Character?
        var previous: Character = " "
        for (offset, c) in text.enumerated() {
            if let q = quote { if c == q { quote = nil } } else if c == "'" || c == "\"" { quote = c } else if c == "#", previous == " " {
                let index = text.index(text.startIndex, offsetBy: offset)
                return (String(text[..<index]).trimmingCharacters(in: .whitespaces), String(text[text.index(after: index)...]))
            }
            previous = c
        }
        return (text, "")
    }

    /// The first command of a chain (`a && b`, `a; b`, `a | b`), and whether something was cut off.
    static func firstCommand(_ text: String) -> (String, cut: Bool) {
        for separator in [" && ", " || ", "; ", " | "] {
            if let range = text.range(of: separator) { return (String(text[..<range.lowerBound]), true) }
        }
        return (text, false)
    }

    /// Shell-like words: white space separates them except inside quotes or `$( )`; quotes are kept. A leading
    /// `$` prompt and `NAME=value` environment prefixes are dropped.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quote: Character?
        var depth = 0
        for c in text {
            if let q = quote {
                current.append(c)
                if c == q { quote = nil }
            } else if c == "'" || c == "\"" {
                quote = c; current.append(c)
            } else if c == "(" && current.hasSuffix("$") {
                depth += 1; current.append(c)
            } else if c == ")" && depth > 0 {
                depth -= 1; current.append(c)
            } else if c == " " && depth == 0 {
                if !current.isEmpty { words.append(current); current = "" }
            } else {
                current.append(c)
            }
        }
        if !current.isEmpty { words.append(current) }
        if words.first == "$" { words.removeFirst() }
        while let first = words.first, first.range(of: #"^[A-Z_][A-Z0-9_]*="#, options: .regularExpression) != nil { words.removeFirst() }
        return words
    }

    // MARK: - The CLI's own command tree (from its help, so nothing here lists commands by hand)

    final class Help: @unchecked Sendable {
        let binary: URL
        var cache: [[String]: String] = [:]
        init(_ binary: URL) { self.binary = binary }

        func text(_ path: [String]) throws -> String {
            if let text = cache[path] { return text }
            let result = try runProcess(binary, path + ["--help"])
            let text = result.status == 0 ? result.stdout : ""
            cache[path] = text
            return text
        }

        /// The subcommands listed in `path`'s help.
        func subcommands(_ path: [String]) throws -> Set<String> {
            let text = try self.text(path)
            guard let start = text.range(of: "SUBCOMMANDS:\n") else { return [] }
            var names = Set<String>()
            for row in text[start.upperBound...].split(separator: "\n") {
                guard row.hasPrefix("  "), !row.hasPrefix("   "), let name = row.split(separator: " ").first else { continue }
                names.insert(String(name))
            }
            return names
        }
    }

    /// What a line asks for, once its subcommand path is known.
    struct Parsed {
        var path: [String]
        var words: [String]
        var options: Set<String>
        var placeholders: [String]
        var inputs: [String]
        var isName: Bool
    }

    static func parse(_ line: Line, help: Help) throws -> Parsed? {
        let (command, _) = withoutComment(line.text)
        let words = words(firstCommand(command).0)
        guard words.first == "memblame", words.count >= 2 else { return nil }
        // Not a command line (a benchmark's row such as "memblame import, CSV : 6.40 s"): the second word is
        // neither a subcommand nor an option nor a placeholder.
        let root = try help.subcommands([])
        guard root.contains(words[1]) || words[1].hasPrefix("-") || words[1].hasPrefix("[") else { return nil }
        var path: [String] = []
        var i = 1
        while i < words.count {
            let w = words[i]
            if w == "--db" { i += 2; continue }
            if w.hasPrefix("--db=") { i += 1; continue }
            if w.hasPrefix("[") {   // an optional group of a synopsis: skip to its end
                while i < words.count, !words[i].hasSuffix("]") { i += 1 }
                i += 1
                continue
            }
            guard try help.subcommands(path).contains(w) else { break }
            path.append(w)
            i += 1
        }
        let rest = Array(words[1...])
        let optionName = try NSRegularExpression(pattern: "--[a-z][a-z0-9-]*")
        let options = Set(rest.flatMap { w in
            optionName.matches(in: w, range: NSRange(w.startIndex..., in: w)).compactMap { Range($0.range, in: w).map { String(w[$0]) } }
        })
        let placeholders = rest.filter { w in
            w.contains("[") || w.contains("]") || (w.contains("<") && w != "<") || w.contains("...") || (w.contains("|") && w != "|")
                || w.range(of: #"^[A-Z][A-Z0-9_/]*[A-Z0-9]$"#, options: .regularExpression) != nil
        }
        var inputs: [String] = []
        for (k, w) in rest.enumerated() where !w.hasPrefix("-") && !w.hasPrefix(">") {
            let previous = k > 0 ? rest[k - 1] : ""
            guard previous != "--html", previous != ">", w.contains("*") || w.range(of: #"\.(json|csv|tsv|txt|heapsnapshot)$"#, options: .regularExpression) != nil
            else { continue }
            inputs.append(w)
        }
        let isName = line.inline && rest.count == path.count
        return Parsed(path: path, words: words, options: options, placeholders: placeholders, inputs: inputs, isName: isName)
    }

    // MARK: - The fixture

    struct Fixture {
        var folder: URL
        var pristine: URL
        var database: URL
        var demoOutput: String
    }

    func sh(_ script: String, in folder: URL) throws {
        let r = try runProcess(URL(fileURLWithPath: "/bin/sh"), ["-c", script], currentDirectory: folder)
        try #require(r.status == 0, "\(script): \(r.stderr)")
    }

    func fixture() throws -> Fixture {
        let folder = Scratch.folder("docs-commands")
        let demo = try runProcess(binary, ["demo", "--width", "100", "--color", "never"], currentDirectory: folder)
        try #require(demo.status == 0, "memblame demo: \(demo.stderr)")
        let database = folder.appendingPathComponent("memblame-demo.db")
        let pristine = folder.appendingPathComponent(".pristine.db")
        try FileManager.default.copyItem(at: database, to: pristine)
        let sample = Repository.root.appendingPathComponent("sample-data").path
        let heap = Repository.root.appendingPathComponent("Tests/MemBlameKitTests/Fixtures/heap/cache").path
        let exports = Repository.root.appendingPathComponent("Tests/MemBlameKitTests/Fixtures").path
        try sh("""
            F='\(exports)' &&
            cp "$F/cloudwatch/metric-data-queries.multi.json" metric-data-queries.json &&
            cp "$F/cloudwatch/get-metric-data.multi-ids-5m.max-items-2.page1.json" page1.json &&
            cp "$F/cloudwatch/get-metric-data.multi-ids-5m.max-items-2.page2.json" page2.json &&
            cp "$F/container-insights/aws-logs-filter-log-events.json" . &&
            cp "$F/prometheus/query_range.container-api.6h.step60.json" query_range.json &&
            cp -R "$F/circleci/project-pipeline.page1.json" "$F/circleci/project-pipeline.page2.json" "$F/circleci/pipeline-workflow" "$F/circleci/workflow-job" . &&
            cp "$F/github/deployments.environment-production.json" deployments.page1.json &&
            cp "$F/github/actions-runs.json" actions-runs.page1.json &&
            cp -R "$F/github/deployment-statuses" "$F/github/commits-pulls" . &&
            cp "$F/container-insights-eks/pod-events.pretty-stream.json" eks-pod-events.json &&
            cp "$F/datadog/ddapi-python-cassette.v2-timeseries-metrics-usage.body.json" datadog-v2.json &&
            cp "$F/kubernetes/kubectl-get-replicasets.prod.json" "$F/kubernetes/argocd-application.api.json" "$F/kubernetes/gitlab-deployments.page1.json" . &&
            cp "$F/deploy-history/awscli-examples.ecs-describe-service-deployments.json" describe-service-deployments.json &&
            cp "$F/deploy-history/awscli-examples.codedeploy-batch-get-deployments.json" codedeploy-batch-get-deployments.json
            """, in: folder)
        try sh("""
            ln -s '\(sample)' sample-data && cp sample-data/cloudwatch/prod-api.get-metric-data.json cw-memory.json &&
            mkdir circleci && cp sample-data/circleci/*.json sample-data/circleci/workflows/*.json sample-data/circleci/jobs/*.json circleci/ &&
            cp sample-data/git/api.git-log.txt git-log.tsv &&
            for n in 1 2 3; do gzip -dc '\(heap)'/s$n.heapsnapshot.gz > s$n.heapsnapshot; done
            """, in: folder)
        return Fixture(folder: folder, pristine: pristine, database: database, demoOutput: demo.stdout)
    }

    func allLines(_ fixture: Fixture) throws -> [Line] {
        var lines: [Line] = []
        let docs = Repository.root.appendingPathComponent("docs")
        let files = ["README.md"] + (try FileManager.default.contentsOfDirectory(atPath: docs.path)).filter { $0.hasSuffix(".md") }.sorted().map { "docs/" + $0 }
        for file in files {
            let text = try String(contentsOf: Repository.root.appendingPathComponent(file), encoding: .utf8)
            lines += Self.lines(markdown: text, source: file)
        }
        return lines + Self.lines(output: fixture.demoOutput, source: "memblame demo")
    }

    // MARK: - Tests

    /// The demo prints the library's hint lines (the test below reads the same text the user does).
    @Test func demoPrintsTheLibraryHints() throws {
        let fixture = try fixture()
        let printed = Self.lines(output: fixture.demoOutput, source: "demo").map(\.text)
        #expect(printed.contains("$ " + SampleStory.reportCommand(db: "memblame-demo.db")))
        let explore = fixture.demoOutput.components(separatedBy: "\nExplore:\n").last ?? ""
        #expect(explore == SampleStory.exploreCommands(db: "memblame-demo.db").map { "  " + $0 + "\n" }.joined())
        #expect(SampleStory.exploreCommands(db: "/tmp/my folder/x.db").allSatisfy { $0.hasPrefix("memblame --db '/tmp/my folder/x.db' ") })
    }

    @Test func everyDocumentedCommandWorksAsPrinted() throws {
        let fixture = try fixture()
        let help = Help(binary)
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = binary.deletingLastPathComponent().path + ":/usr/bin:/bin"
        environment["MEMBLAME_DB"] = fixture.database.path
        environment["COLUMNS"] = "100"
        environment["NO_COLOR"] = "1"
        for key in ["CIRCLE_TOKEN", "GITHUB_TOKEN", "GH_TOKEN", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_PROFILE"] { environment[key] = nil }
        var ran = 0, parsedOnly = 0, names = 0, skipped = 0
        var seen = Set<String>()
        for line in try allLines(fixture) {
            guard let parsed = try Self.parse(line, help: help) else { skipped += 1; continue }
            guard seen.insert(line.text).inserted else { continue }
            // The subcommand path exists: its help has the usage line of exactly that path.
            let usage = try help.text(parsed.path)
            #expect(usage.contains("USAGE: memblame " + parsed.path.map { $0 + " " }.joined()) || (parsed.path.isEmpty && usage.contains("USAGE: memblame ")),
                    "\(line): `memblame \(parsed.path.joined(separator: " ")) --help` fails")
            if parsed.isName { names += 1; continue }
            var reasons: [String] = []
            if parsed.path.first == "fetch" { reasons.append("needs the network and credentials") }
            if !parsed.placeholders.isEmpty { reasons.append("placeholders \(parsed.placeholders)") }
            let missing = parsed.inputs.filter { !exists($0, in: fixture.folder) }
            if !missing.isEmpty { reasons.append("input files not in the fixture: \(missing)") }
            if !reasons.isEmpty {
                // Parse only: every option on the line is one the command (or the root, for globals) accepts.
                let known = usage + (try help.text([]))
                for option in parsed.options where option != "--help" {
                    #expect(known.contains(option + " ") || known.contains(option + "\n") || known.contains(option + "="),
                            "\(line): \(option) is not an option of memblame \(parsed.path.joined(separator: " "))")
                }
                parsedOnly += 1
                print("docs command, parse only (\(reasons.joined(separator: "; "))): \(line)")
                continue
            }
            // Run it as printed, on a fresh copy of the demo database.
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: fixture.database.path + suffix) }
            try FileManager.default.copyItem(at: fixture.pristine, to: fixture.database)
            let (command, comment) = Self.withoutComment(line.text)
            let script = Self.firstCommand(command).0.replacingOccurrences(of: #"^\$ "#, with: "", options: .regularExpression)
            let expected: Int32 = comment.contains("exits 1") ? 1 : 0
            let result = try runProcess(URL(fileURLWithPath: "/bin/sh"), ["-c", script], environment: environment, currentDirectory: fixture.folder)
            #expect(result.status == expected, "\(line): exit \(result.status), expected \(expected): \(result.stderr.prefix(400))")
            if expected == 1 { #expect(result.stdout.contains("no leak found"), "\(line)") }
            ran += 1
            print("docs command, run (exit \(result.status)): \(line)")
        }
        print("docs commands: \(ran) run, \(parsedOnly) checked for parsing only, \(names) command names, \(skipped) lines that are not commands")
        #expect(ran >= 20)
    }

    func exists(_ pattern: String, in folder: URL) -> Bool {
        guard pattern.contains("*") else { return FileManager.default.fileExists(atPath: folder.appendingPathComponent(pattern).path) }
        let dir = (pattern as NSString).deletingLastPathComponent, name = (pattern as NSString).lastPathComponent
        let regex = "^" + NSRegularExpression.escapedPattern(for: name).replacingOccurrences(of: "\\*", with: ".*") + "$"
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(dir).path)) ?? []
        return entries.contains { $0.range(of: regex, options: .regularExpression) != nil }
    }

    /// The extractor itself: fences, continuations, inline spans, prompts, environment prefixes, comments.
    @Test func extraction() {
        let markdown = """
            Run `memblame series --db x.db` or `sqlite3 x.db`.
            ```sh
            $ memblame onset \\
                --service prod/api   # exits 1 when healthy
            GH_TOKEN=$(gh auth token) memblame fetch github --repo a/b
            memblame import, CSV   :  6.40 s
            memblame chart [--db PATH]
                           [--width N]
            ```
            """
        let lines = Self.lines(markdown: markdown, source: "t.md")
        #expect(lines.map(\.text) == ["memblame series --db x.db", "$ memblame onset --service prod/api   # exits 1 when healthy",
                                      "GH_TOKEN=$(gh auth token) memblame fetch github --repo a/b", "memblame import, CSV   :  6.40 s",
                                      "memblame chart [--db PATH] [--width N]"])
        #expect(Self.withoutComment(lines[1].text) == ("$ memblame onset --service prod/api", " exits 1 when healthy"))
        #expect(Self.words(lines[2].text) == ["memblame", "fetch", "github", "--repo", "a/b"])
        #expect(Self.firstCommand("memblame report --html r.html && chromium r.html").0 == "memblame report --html r.html")
    }
}
