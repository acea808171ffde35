import Foundation

/// How one task's or pod's life ended, when the source says so.
public enum LifeEnd: String, Sendable, Codable {
    /// Not known: the detector judges from the data (a life that stops near the limit was killed).
    case unknown
    /// Killed for running out of memory (kube-state-metrics `last_terminated_reason="OOMKilled"`).
    case oom
    /// Restarted for another reason, replaced by a rollout, or still running.
    case notOOM = "not-oom"
}

/// One life: the points of one container run, and how it ended.
public struct TaskLife: Sendable {
    public var points: [Point]
    public var end: LifeEnd

    public init(points: [Point], end: LifeEnd = .unknown) {
        self.points = points
        self.end = end
    }
}

/// Kubernetes pods as lives for `OnsetDetector.detect(lives:)`: a pod's memory series is cut where its container
/// restarted (`kube_pod_container_status_restarts_total` went up), so every container run is one life; a life
/// that ended in a restart while `kube_pod_container_status_last_terminated_reason{reason="OOMKilled"}` read 1 was
/// an out-of-memory kill.
public enum PodLives {
    /// The metric names `memblame fetch prometheus` stores the restart counter and the OOM marker under.
    public static let restartsMetric = "kube_pod_container_status_restarts_total"
    public static let oomMetric = "kube_pod_container_status_last_terminated_reason"

    /// One container restart of a pod.
    public struct Restart: Sendable, Equatable {
        /// The first sample that shows the higher count.
        public var ts: Int64
        /// The last sample before it (the restart happened in between).
        public var previousTs: Int64
        public var oom: Bool
    }

    /// The restarts of one pod from its restart counter and OOM marker (points sorted by time). A restart is
    /// out-of-memory when the marker reads 1 within 5 minutes from the sample that shows the restart.
    public static func restarts(counter: [Point], oomMarker: [Point]) -> [Restart] {
        var out: [Restart] = []
        for (a, b) in zip(counter, counter.dropFirst()) where b.value > a.value {
            let oom = oomMarker.contains { $0.value >= 1 && $0.ts >= b.ts && $0.ts <= b.ts + 300 }
            out.append(Restart(ts: b.ts, previousTs: a.ts, oom: oom))
        }
        return out
    }

    /// `memory` cut into lives at `restarts`: each cut goes at the largest fall between consecutive points from a
    /// sample before the restart was seen to a sample after (memory starts again low), else at the restart's sample.
    /// The last life ends `.notOOM` when the pod's restarts are known (an OOM kill would have restarted it).
    public static func split(_ memory: [Point], restarts: [Restart], countsKnown: Bool) -> [TaskLife] {
        guard !memory.isEmpty else { return [] }
        var lives: [TaskLife] = []
        var from = 0
        for restart in restarts.sorted(by: { $0.ts < $1.ts }) {
            // Candidate cuts: index i starts the new life; the fall is memory[i-1] - memory[i].
            let lo = max(from + 1, (memory.firstIndex { $0.ts >= restart.previousTs } ?? memory.count) - 1)
            let hi = min(memory.count - 1, (memory.lastIndex { $0.ts <= restart.ts } ?? 0) + 2)
            var cut = memory.firstIndex { $0.ts >= restart.ts } ?? memory.count
            if lo <= hi {
                var best = -Double.infinity
                for i in lo...hi where memory[i - 1].value - memory[i].value > best {
                    best = memory[i - 1].value - memory[i].value
                    cut = i
                }
            }
            guard cut > from, cut < memory.count else { continue }
            lives.append(TaskLife(points: Array(memory[from..<cut]), end: restart.oom ? .oom : .notOOM))
            from = cut
        }
        lives.append(TaskLife(points: Array(memory[from...]), end: countsKnown ? .notOOM : .unknown))
        return lives
    }

    /// The lives of the per-pod series `tasks`, cut at the restarts the service's stored counters show.
    /// Series without a `pod` dimension, or pods without a counter, stay one life each (end unknown).
    public static func lives(tasks: [Series], all: [Series]) -> [TaskLife] {
        var counters: [String: [Point]] = [:], markers: [String: [Point]] = [:]
        for s in all {
            guard let pod = s.key.dimensions["pod"] else { continue }
            if s.key.metric == restartsMetric { counters[pod, default: []] += s.points }
            if s.key.metric == oomMetric { markers[pod, default: []] += s.points }
        }
        return tasks.flatMap { task -> [TaskLife] in
            guard let pod = task.key.dimensions["pod"], let counter = counters[pod] else { return [TaskLife(points: task.points)] }
            let found = restarts(counter: counter.sorted { $0.ts < $1.ts }, oomMarker: (markers[pod] ?? []).sorted { $0.ts < $1.ts })
            return split(task.points, restarts: found, countsKnown: true)
        }
    }
}
