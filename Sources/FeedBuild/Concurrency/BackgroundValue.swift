import Dispatch
import Synchronization

/// A value computed on another thread while the caller goes on; `wait()` returns it.
///
/// `@unchecked Sendable`: `value` is written once by the worker before `done` is signalled,
/// and read only after waiting on it; the semaphore orders the two.
final class BackgroundValue<Value>: @unchecked Sendable {
    private var value: Value?
    private let done = DispatchSemaphore(value: 0)
    private let ready = Atomic<Bool>(false)

    init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async {
            self.value = work()
            self.ready.store(true, ordering: .releasing)
            self.done.signal()
        }
    }

    /// Whether `wait()` would return at once.
    var isReady: Bool { ready.load(ordering: .acquiring) }

    /// The value, handed over: call it once. None is kept here, as the caller may hold this
    /// to the end of its run (a recalled cache's inputs, 80 MB at a million articles, stayed
    /// resident after the run had dropped its own copy).
    func wait() -> Value {
        done.wait()
        return value.take()!
    }
}
