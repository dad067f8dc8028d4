import Dispatch

/// A value computed on another thread while the caller goes on; `wait()` returns it.
///
/// `@unchecked Sendable`: `value` is written once by the worker before `done` is signalled,
/// and read only after waiting on it; the semaphore orders the two.
final class BackgroundValue<Value>: @unchecked Sendable {
    private var value: Value?
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async {
            self.value = work()
            self.done.signal()
        }
    }

    /// The value; call it once.
    func wait() -> Value {
        done.wait()
        return value!
    }
}
