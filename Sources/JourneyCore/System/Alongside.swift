import Dispatch

/// Work started on another thread while this one does something else, for
/// this one to wait for.
public final class Alongside<Value: Sendable>: @unchecked Sendable {
    // Written once by the worker before `done` is signalled, read only after waiting for it.
    private var value: Value?
    private let done = DispatchSemaphore(value: 0)

    public init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async {
            self.value = work()
            self.done.signal()
        }
    }

    public func wait() -> Value {
        done.wait()
        return value!
    }
}
