/// Global options (`--db`) work before or after the subcommand, as git's and kubectl's do:
/// `memblame --db X series` and `memblame series --db X` mean the same.
///
/// The command line is normalised before swift-argument-parser sees it: recognised global options that come
/// before the subcommand path are moved to just after it (`--db X` and `--db=X` both), so every subcommand
/// declares the option once, where it is used. Nothing after the first argument that is neither a global option
/// nor a subcommand name is touched (option values, `--`, positional arguments stay where they are).
public enum GlobalArguments {
    /// A command's subcommands by name (`import` → `metrics`, `deploys`).
    public struct CommandTree: Sendable {
        public var subcommands: [String: CommandTree]
        public init(_ subcommands: [String: CommandTree] = [:]) { self.subcommands = subcommands }
    }

    /// The options every command shares that take a value.
    public static let valueOptions: Set<String> = ["--db"]

    /// `arguments` (without the program name) with the global options that precede the subcommand path
    /// moved to after it. Unchanged when no subcommand follows them (`memblame --db X --help`).
    public static func normalise(_ arguments: [String], tree: CommandTree, valueOptions: Set<String> = valueOptions) -> [String] {
        var moved: [String] = []
        var path: [String] = []
        var node = tree
        var i = 0
        scan: while i < arguments.count {
            let arg = arguments[i]
            if let eq = arg.firstIndex(of: "="), valueOptions.contains(String(arg[..<eq])) {
                moved.append(arg)
                i += 1
            } else if valueOptions.contains(arg) {
                guard i + 1 < arguments.count else { break scan }   // no value: let the parser report it
                moved += [arg, arguments[i + 1]]
                i += 2
            } else if let next = node.subcommands[arg] {
                path.append(arg)
                node = next
                i += 1
            } else {
                break scan
            }
        }
        guard !moved.isEmpty, !path.isEmpty else { return arguments }
        return path + moved + arguments[i...]
    }
}
