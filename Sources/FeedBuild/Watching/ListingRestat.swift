import Dispatch
import Synchronization

/// The kept listing's every file looked at again after rebuilds, on a thread of its own,
/// off the path from a change to its feed: a change through another hard link (contents, or
/// the link count) is reported by inotify to no watched folder, yet a fresh listing sees it.
/// The paths found changed are handed to `found`, which has a rebuild look at them as if an
/// event had named them. A look at 100,000 files costs a fifth of a second of a core, mostly
/// in the kernel; while rebuilds follow each other, looks are `minimumInterval` apart, so that
/// they do not take a core from the rebuilds: such a change is published within about that.
final class ListingRestat: Sendable {
    private let root: FolderPath
    private let found: @Sendable (Set<String>) -> Void
    /// One look at a time, at utility priority: a rebuild keeps the other cores.
    private let queue = DispatchQueue(label: "feedpub.listing-restat", qos: .utility)
    /// The newest listing not yet looked at: looks asked for while one runs collapse into one.
    private let waiting = Mutex<UncheckedSendable<InputListing>?>(nil)
    private let stopped = Atomic<Bool>(false)
    /// When the last look started, and what wakes a look waiting for its turn when stopping.
    private let lastLook = Atomic<UInt64>(0)
    private let wake = DispatchSemaphore(value: 0)
    private let scheduled = Atomic<Bool>(false)

    static let minimumInterval: UInt64 = 5_000_000_000

    init(root: FolderPath, found: @escaping @Sendable (Set<String>) -> Void) {
        self.root = root
        self.found = found
    }

    /// Looks at `listing`'s files again, soon, on the restat thread.
    func look(at listing: InputListing) {
        waiting.withLock { $0 = UncheckedSendable(listing) }
        // One look scheduled at a time: it takes the newest listing when its turn comes.
        guard !scheduled.exchange(true, ordering: .acquiringAndReleasing) else { return }
        queue.async { [self] in
            waitForTurn()
            scheduled.store(false, ordering: .releasing)
            guard !stopped.load(ordering: .relaxed),
                  let listing = waiting.withLock({ taken in defer { taken = nil }; return taken }) else { return }
            lastLook.store(WatchState.now, ordering: .relaxed)
            let changed = listing.value.changedPaths(in: root) { stopped.load(ordering: .relaxed) }
            if !changed.isEmpty && !stopped.load(ordering: .relaxed) { found(changed) }
        }
    }

    /// Waits until `minimumInterval` has passed since the last look began, or the watch stops.
    private func waitForTurn() {
        let last = lastLook.load(ordering: .relaxed)
        guard last > 0, !stopped.load(ordering: .relaxed) else { return }
        let due = last + Self.minimumInterval, now = WatchState.now
        if due > now { _ = wake.wait(timeout: .now() + .nanoseconds(Int(due - now))) }
    }

    /// Stops looking and waits for a look in progress to end.
    func stop() {
        stopped.store(true, ordering: .relaxed)
        wake.signal()
        queue.sync {}
    }
}
