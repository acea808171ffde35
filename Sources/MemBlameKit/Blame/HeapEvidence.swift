/// What a heap diff says about the code that leaks, as terms to look for in a suspect range's changes: the
/// leaking constructors, the names on the retainer paths (the variable or property that holds the leaked objects
/// first), the closures on those paths with where they are defined, and the npm packages those places belong to.
///
/// Only groups that look like a per-request leak are used: objects, closures, native objects and strings with at
/// least `minCount` survivors (a clean service keeps a few compiled functions and V8 internals, never hundreds of one
/// class). With none, there is no evidence and nothing is blamed.
public struct HeapEvidence: Sendable {
    /// One leaking group.
    public struct Group: Sendable {
        public var name: String
        public var type: String
        public var count: Int
        public var retainedSize: Int64
        /// Where its representative is defined (constructor or function), when recorded.
        public var location: HeapSourcePosition?
        /// The retainer path to its representative.
        public var path: RetainerPath?
        /// The step index of the first object on the path that was itself allocated in the window (where the leak starts).
        public var entryStep: Int?
        /// `Class ×600`.
        public var label: String { "\(name) ×\(count)" }
    }

    /// What a term is.
    public enum Kind: String, Sendable, Codable {
        /// The variable or property that holds the leaked objects (the last name on the path before them).
        case holder
        /// A leaking class's constructor name.
        case constructor
        /// The function name of a closure on a retainer path, defined in application code.
        case function
        /// Another property or variable name on a retainer path.
        case pathName = "path-name"
        /// A source line the snapshot names (a constructor or a closure on a path), found in the repository by path.
        case location
        /// The npm package (`node_modules/<package>/`) of such a source location.
        case package
    }

    /// One thing to look for, with its weight and why it is evidence.
    public struct Term: Sendable {
        public var kind: Kind
        /// The identifier or package name (for `location`: the script name).
        public var text: String
        public var weight: Int
        /// Why it is evidence, in words.
        public var why: String
        /// For `location`: where.
        public var location: HeapSourcePosition?
    }

    /// The leaking groups, largest retained size first.
    public var groups: [Group]
    /// The terms, strongest first (one per kind and text).
    public var terms: [Term]
    /// The survivor count a group needs to count as leaking.
    public var minCount: Int
    /// True when the snapshot records source locations.
    public var hasLocations: Bool

    /// Weights: the holder and places the snapshot names are the strongest evidence, names along the path the weakest.
    public static let weights: [Kind: Int] = [.holder: 4, .location: 4, .package: 4, .constructor: 3, .function: 2, .pathName: 1]

    /// Builds the evidence of `diff`'s leaking groups (at most `maxGroups`).
    public init(diff: HeapDiff, minCount: Int = 50, maxGroups: Int = 5) {
        self.minCount = minCount
        let snapshot = diff.final
        hasLocations = !snapshot.locations.isEmpty
        let leakingTypes: Set<String> = ["object", "closure", "native", "string", "concatenated string", "sliced string", "regexp"]
        let rows = diff.rows.filter { $0.count >= minCount && leakingTypes.contains($0.type) && !$0.name.hasPrefix("system / ") }.prefix(maxGroups)
        groups = rows.map { row in
            let path = diff.retainerPath(for: row)
            let entry = path?.steps.firstIndex { $0.id & 1 == 1 && $0.id > diff.lowerId && $0.id <= diff.upperId }
            return Group(name: row.name, type: row.type, count: row.count, retainedSize: row.retainedSize,
                         location: snapshot.sourcePosition(of: row.representative), path: path, entryStep: entry)
        }
        var terms: [Term] = []
        func add(_ kind: Kind, _ text: String, _ why: String, location: HeapSourcePosition? = nil, weight: Int? = nil) {
            let w = weight ?? HeapEvidence.weights[kind]!
            if let i = terms.firstIndex(where: { $0.kind == kind && $0.text == text && (kind != .location || $0.location == location) }) {
                if terms[i].weight < w { terms[i].weight = w }
                return
            }
            terms.append(Term(kind: kind, text: text, weight: w, why: why, location: location))
        }
        func addPackage(_ place: HeapSourcePosition, _ what: String) {
            guard let package = HeapEvidence.package(of: place.script) else { return }
            add(.package, package, "\(what) is defined in the package \(package) (\(place))")
        }
        for group in groups {
            // The class itself.
            if group.type == "object" || group.type == "native", !HeapEvidence.genericClasses.contains(group.name) {
                let runtime = group.location?.isRuntime ?? false
                add(.constructor, group.name, "\(group.label) are the leaking objects" + (group.location.map { " (constructor at \($0))" } ?? ""),
                    weight: runtime ? 2 : 3)
            }
            if let place = group.location, !place.isRuntime {
                add(.location, place.script, "the leaking \(group.name) is defined at \(place)", location: place)
                addPackage(place, "the leaking \(group.name)")
            }
            guard let path = group.path else { continue }
            let entry = group.entryStep ?? path.steps.count - 1
            // The holder: the last property or variable name before the first leaked object.
            var holderStep: Int?
            for i in stride(from: entry - 1, through: 0, by: -1) where HeapEvidence.isName(path.steps[i]) {
                holderStep = i
                break
            }
            if let h = holderStep {
                let step = path.steps[h]
                let closure = HeapEvidence.retainingClosure(path, before: h)
                var why = "`\(step.edge)` holds the leaked \(group.label) (\(step.edge) (\(step.className)) → \(path.steps[min(h + 1, path.steps.count - 1)].edge) …)"
                if let c = closure, let place = c.location { why += "; it is a variable of the closure \(c.function ?? "<anonymous>") at \(place)" }
                add(.holder, step.edge, why)
            }
            for (i, step) in path.steps.enumerated() where i != holderStep && i < entry && HeapEvidence.isName(step) {
                add(.pathName, step.edge, "`\(step.edge)` is on the retainer path of \(group.label)")
            }
            for step in path.steps {
                guard let place = step.location, !place.isRuntime else { continue }
                if let f = step.function, f != "<anonymous>", HeapEvidence.isIdentifier(f) {
                    add(.function, f, "the closure \(f) (\(place)) is on the retainer path of \(group.label)")
                }
                add(.location, place.script, "\(step.label) on the retainer path of \(group.label) is defined at \(place)", location: place)
                addPackage(place, step.label)
            }
        }
        // A word counts once, as its strongest kind (`log` as a function, not also as a name on the path).
        let words: Set<Kind> = [.holder, .constructor, .function, .pathName]
        terms = terms.filter { t in
            !words.contains(t.kind) || !terms.contains { o in words.contains(o.kind) && o.text == t.text && (o.weight > t.weight || (o.weight == t.weight && o.kind.rawValue < t.kind.rawValue)) }
        }
        self.terms = terms.enumerated().sorted { ($0.element.weight, -$0.offset) > ($1.element.weight, -$1.offset) }.map(\.element)
    }

    // MARK: - Names

    /// Classes too common to point at any code.
    static let genericClasses: Set<String> = ["Object", "Array", "Map", "Set", "WeakMap", "WeakSet", "Function", "Promise", "Error", "Date", "RegExp",
                                              "ArrayBuffer", "Uint8Array", "Buffer", "FastBuffer", "String", "Number", "Symbol", "Arguments"]
    /// Names on paths that belong to Node's module system and V8 rather than to an application.
    static let runtimeNames: Set<String> = ["exports", "children", "mainModule", "module", "require", "process", "_process", "global", "globalThis",
                                            "_events", "context", "prototype", "constructor", "__proto__", "map", "table", "elements", "properties",
                                            "length", "_cache", "parent", "filename", "paths", "native_context", "this"]

    static func isIdentifier(_ s: String) -> Bool {
        guard s.count >= 3, let first = s.unicodeScalars.first, first == "_" || first == "$" || (first.properties.isAlphabetic) else { return false }
        return s.unicodeScalars.allSatisfy { $0 == "_" || $0 == "$" || $0.properties.isAlphabetic || ("0"..."9").contains($0) }
    }

    /// A step whose edge is a property or closure variable with an application-looking name.
    static func isName(_ step: RetainerPath.Step) -> Bool {
        (step.edgeType == "property" || step.edgeType == "context") && isIdentifier(step.edge) && !runtimeNames.contains(step.edge)
    }

    /// The closure whose context holds the variable at step `h` (`… → f ((closure)) → context (system / Context) → h`).
    static func retainingClosure(_ path: RetainerPath, before h: Int) -> RetainerPath.Step? {
        guard path.steps[h].edgeType == "context" else { return nil }
        for i in stride(from: h - 1, through: 0, by: -1) where path.steps[i].function != nil { return path.steps[i] }
        return nil
    }

    /// `node_modules/@scope/pkg/lib/x.js` → `@scope/pkg`; nil outside node_modules.
    public static func package(of script: String) -> String? {
        guard let range = script.range(of: "node_modules/", options: .backwards) else { return nil }
        let parts = script[range.upperBound...].split(separator: "/")
        guard let first = parts.first else { return nil }
        if first.hasPrefix("@"), parts.count > 1 { return "\(first)/\(parts[1])" }
        return String(first)
    }
}
