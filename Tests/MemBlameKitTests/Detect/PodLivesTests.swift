import Foundation
import Testing
@testable import MemBlameKit

/// Kubernetes pod series as task lives: which stored series the per-task path picks, how restarts cut them,
/// and how known life ends replace the near-the-limit guess.
@Suite struct PodLivesTests {
    func series(_ id: Int64, _ metric: String, _ unit: MetricUnit, pod: String, _ points: [Point]) -> Series {
        Series(id: id, descriptor: SeriesDescriptor(key: SeriesKey(service: "shop/api", metric: metric, dimensions: ["pod": pod]), unit: unit), points: points)
    }

    func minutes(_ from: Int, _ to: Int, _ value: (Int) -> Double) -> [Point] {
        (from..<to).map { Point(ts: Int64($0) * 60, value: value($0)) }
    }

    /// What `fetch prometheus` stores: bytes and percent per pod, plus kube-state-metrics counters per pod.
    /// The per-task path takes the percent series and leaves the counters and limits alone.
    @Test func thePercentPodSeriesAreTheTasks() {
        var all: [Series] = []
        for (i, pod) in ["api-7b6c-aaaaa", "api-7b6c-bbbbb"].enumerated() {
            let id = Int64(i * 10)
            all.append(series(id + 1, "container_memory_working_set_bytes", .bytes, pod: pod, minutes(0, 60) { 2e8 + Double($0) }))
            all.append(series(id + 2, "container_memory_working_set_bytes_percent_of_limit", .percent, pod: pod, minutes(0, 60) { 40 + Double($0) / 100 }))
            all.append(series(id + 3, "kube_pod_container_resource_limits", .bytes, pod: pod, minutes(0, 60) { _ in 5e8 }))
            all.append(series(id + 4, PodLives.restartsMetric, .count, pod: pod, minutes(0, 60) { _ in 0 }))
        }
        let tasks = SeriesChooser.taskSeries(all)
        #expect(tasks.count == 2)
        #expect(tasks.allSatisfy { $0.key.metric == "container_memory_working_set_bytes_percent_of_limit" })
        // No restarts: one life per pod, ending otherwise than by an OOM kill (the counters say so).
        let lives = PodLives.lives(tasks: tasks, all: all)
        #expect(lives.count == 2 && lives.allSatisfy { $0.end == .notOOM })
    }

    @Test func aRestartedPodIsTwoLives() {
        let memory = minutes(0, 120) { $0 < 70 ? 30 + Double($0) : 30 + Double($0 - 70) }
        let all = [series(1, "m_memory", .percent, pod: "p", memory),
                   series(2, PodLives.restartsMetric, .count, pod: "p", minutes(0, 120) { $0 >= 71 ? 1 : 0 }),
                   series(3, PodLives.oomMetric, .count, pod: "p", minutes(71, 120) { _ in 1 })]
        let lives = PodLives.lives(tasks: [all[0]], all: all)
        #expect(lives.map { $0.points.count } == [70, 50])
        #expect(lives.map(\.end) == [LifeEnd.oom, .notOOM])
    }

    /// A known end overrides the guess from the data: an OOM kill at 60 % (the limit counts more than one
    /// container) is one; a life that stops at 95 % while being replaced is not.
    @Test func knownEndsReplaceTheNearTheLimitGuess() {
        let detector = OnsetDetector()
        let lives = [TaskLife(points: minutes(0, 300) { 40 + Double($0) / 15 }, end: .oom),          // ends at 60 %
                     TaskLife(points: minutes(301, 700) { 40 + Double($0 - 301) / 7.5 }, end: .notOOM),  // ends at 93 %
                     TaskLife(points: minutes(0, 800) { _ in 40 }, end: .unknown)]
        let known = detector.detect(lives: lives, deploys: [], unit: .percent)
        #expect(known.oomRestarts == [299 * 60])
        // Guessed from the data: the life that stopped at 93 % while the data went on was killed, the other not.
        let guessed = detector.detect(tasks: lives.map(\.points), deploys: [], unit: .percent)
        #expect(guessed.oomRestarts == [699 * 60])
    }
}
