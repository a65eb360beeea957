import Dispatch
import Synchronization

/// Independent jobs of uneven size (the maps of a workspace) done on every
/// core: each core takes the next job when it finishes one, so one large map
/// does not leave a core idle.
public enum EveryCore {
    /// `job(0)` … `job(count - 1)`, in order, made on every core.
    public static func map<Value: Sendable>(_ count: Int, _ job: @Sendable (Int) -> Value) -> [Value] {
        guard count > 1, Cores.available > 1 else { return (0..<count).map(job) }
        let next = Atomic<Int>(0)
        return [Value](unsafeUninitializedCapacity: count) { buffer, initialized in
            // Each job writes its own slot only.
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: min(Cores.available, count)) { _ in
                while true {
                    let n = next.add(1, ordering: .relaxed).oldValue
                    guard n < count else { return }
                    (slots.baseAddress! + n).initialize(to: job(n))
                }
            }
            initialized = count
        }
    }
}
