import Foundation

/// Runs independent pieces of a computation on every core and returns their results in index order, so that the
/// answer never depends on how many threads ran or in which order they finished.
enum Parallel {
    /// Work (values, or intervals × rates × scatters) from which a piece runs on several threads: below it, starting
    /// the threads costs more than they save.
    static let worthItFrom = 20_000

    /// `(0..<count).map(body)`, on several threads when `parallel` is true (the caller decides whether the work is
    /// large enough to pay for them). `body` must not touch shared mutable state.
    static func map<T>(_ count: Int, parallel: Bool, _ body: (Int) -> T) -> [T] {
        guard parallel, count > 1 else { return (0..<count).map(body) }
        var results = [T?](repeating: nil, count: count)
        results.withUnsafeMutableBufferPointer { buffer in
            // Each slot is written by one thread only, through a pointer taken once; read after every thread is done.
            let slots = Slots(base: buffer.baseAddress!)
            withoutActuallyEscaping(body) { body in
                let work = UncheckedBody(body: body)
                DispatchQueue.concurrentPerform(iterations: count) { i in slots.base[i] = work.body(i) }
            }
        }
        return results.map { $0! }
    }

    private struct Slots<T>: @unchecked Sendable { let base: UnsafeMutablePointer<T?> }
    private struct UncheckedBody<T>: @unchecked Sendable { let body: (Int) -> T }
}
