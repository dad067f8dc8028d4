import Dispatch
import Synchronization

/// What the event reader's thread and the watch loop share: `Following`, under one lock, and
/// the pipe that wakes the loop when changes came.
final class WatchState: Sendable {
    private let following: Mutex<Following>
    let wake: WakePipe

    init(_ following: consuming sending Following, waking wake: WakePipe) {
        self.following = Mutex(following)
        self.wake = wake
    }

    /// Monotonic nanoseconds, the clock every change is timed on.
    static var now: UInt64 { DispatchTime.now().uptimeNanoseconds }

    /// Runs `body` on what is followed, under the lock.
    func withFollowing<Result: Sendable>(_ body: (inout Following) -> Result) -> Result {
        following.withLock { body(&$0) }
    }

    /// Reads the events waiting (on the reader's thread) and wakes the loop when there were some.
    func readEvents() {
        let read = following.withLock { following -> Bool in
            guard let events = following.queue?.read(), !events.isEmpty else { return false }
            following.apply(events, now: Self.now)
            return true
        }
        if read { wake.wake() }
    }

    /// When the batch waiting is due, if one is.
    func due(_ debounce: Debounce) -> UInt64? { withFollowing { $0.batch.due(debounce) } }

    /// The batch waiting, taken, once it is due at `now`; a new one starts collecting.
    func takeBatch(ifDueBy now: UInt64, _ debounce: Debounce) -> ChangeBatch? {
        withFollowing { following in
            guard let due = following.batch.due(debounce), due <= now else { return nil }
            defer { following.batch = ChangeBatch() }
            return following.batch
        }
    }

    /// Adds `paths`, found changed though no event named them, to the batch waiting (due by its
    /// own times, or after the debounce when none was waiting), and wakes the loop.
    func named(_ paths: Set<String>) {
        withFollowing { following in
            following.batch.touched.formUnion(paths)
            if following.batch.isEmpty { following.batch.saw(at: Self.now) }
        }
        wake.wake()
    }

    /// Puts back changes whose rebuild could not run, to be tried again at `retry`.
    func putBack(_ batch: ChangeBatch, retryingAt retry: UInt64) {
        var again = batch
        again.saw(at: retry)
        withFollowing { $0.batch = again.merged(with: $0.batch) }
    }
}
