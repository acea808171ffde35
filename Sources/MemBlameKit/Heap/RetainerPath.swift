/// A shortest chain of references from the GC roots to one object, like memlab's trace: it shows which
/// module-level array, map or emitter keeps a leaked group alive.
///
/// The path follows the BFS of `HeapDistances` (user roots first, DevTools' edge filter), so its length is the
/// object's distance.
public struct RetainerPath: Sendable, Equatable {
    /// One hop: the edge taken and the object it leads to.
    public struct Step: Sendable, Equatable {
        /// The edge as DevTools prints it: `requests`, `[17]`, `_events`.
        public var edge: String
        /// The edge type: `context`, `element`, `property`, `internal`, ...
        public var edgeType: String
        /// The object's class (`Array`, `IncomingMessage`, `(closure)`).
        public var className: String
        /// The object's V8 id (`@123` in DevTools).
        public var id: UInt32
        /// Where the object is defined (a closure's function, an object's constructor), when the snapshot records it.
        public var location: HeapSourcePosition? = nil
        /// The function name when the object is a closure (`<anonymous>` for none).
        public var function: String? = nil
        /// The node's ordinal in the snapshot (to look further, e.g. at a context's closure).
        public var ordinal: Int = -1

        /// `SIGUSR2 ((closure) onSignal)`: the hop as the location list prints it.
        public var label: String {
            let edgeText = edge.count > 60 ? String(edge.prefix(57)) + "..." : edge
            let head = edgeText.isEmpty || edgeType == "root" ? "" : edgeText + " "
            return head + "(" + className + (function.map { " " + $0 } ?? "") + ")"
        }
    }

    /// The hops from the first object below the root to the target, in order.
    public var steps: [Step]

    /// The path to `node`, or nil when no BFS reached it.
    public init?(_ snapshot: HeapSnapshot, distances: HeapDistances, to node: Int) {
        guard distances.distance[node] != HeapDistances.unreachable else { return nil }
        var steps: [Step] = []
        var v = node
        // Synthetic nodes (`(Stack roots)`, `(Handle scope)`) read better by name than as `(synthetic)`.
        func label(_ v: Int) -> String {
            snapshot.nodeType[v] == snapshot.meta.syntheticType ? snapshot.name(of: v) : snapshot.className(of: v)
        }
        func isGCRoots(_ v: Int) -> Bool { snapshot.strings.equals(Int(snapshot.nodeName[v]), "(GC roots)") }
        while distances.parentEdge[v] != UInt32.max && !isGCRoots(v) {
            let e = Int(distances.parentEdge[v])
            steps.append(Step(edge: snapshot.edgeName(e), edgeType: snapshot.meta.edgeTypes[Int(snapshot.edgeType[e])],
                              className: label(v), id: snapshot.nodeId[v], location: snapshot.sourcePosition(of: v),
                              function: snapshot.functionName(of: v), ordinal: v))
            guard let from = distances.parentNode(of: v, in: snapshot) else { return nil }
            v = from
            if steps.count > snapshot.nodeCount { return nil }  // cannot happen with a BFS tree; guards against a cycle
        }
        if v != snapshot.rootOrdinal && !isGCRoots(v) {
            // A BFS starting node below the root (the user global): show it as the first hop.
            steps.append(Step(edge: snapshot.name(of: v), edgeType: "root", className: label(v), id: snapshot.nodeId[v],
                              location: snapshot.sourcePosition(of: v), function: snapshot.functionName(of: v), ordinal: v))
        }
        self.steps = steps.reversed()
    }

    /// The hops that have a source location, as `label  file:line:column` lines.
    public var locatedSteps: [Step] { steps.filter { $0.location != nil } }

    /// One line: `(GC roots) → global (global) → ... → requests (Array) → [17] (IncomingMessage @150001)`.
    public var description: String {
        var parts = ["(GC roots)"]
        for (i, step) in steps.enumerated() {
            let edge = step.edge.count > 60 ? String(step.edge.prefix(57)) + "..." : step.edge
            // The first hop starts at a root's child (the user global) and has no edge of its own to show.
            let label = edge.isEmpty || step.edgeType == "root" ? "" : edge + " "
            parts.append(i == steps.count - 1 ? "\(label)(\(step.className) @\(step.id))" : "\(label)(\(step.className))")
        }
        return parts.joined(separator: " → ")
    }
}
