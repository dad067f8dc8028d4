import Dispatch
import Synchronization

/// The kept listing's every file looked at again after each rebuild, on a thread of its own,
/// off the path from a change to its feed: a change through another hard link (contents, or
/// the link count) is reported by inotify to no watched folder, yet a fresh listing sees it.
/// The paths found changed are handed to `found`, which has a rebuild look at them as if an
/// event had named them; so such a change is published by the rebuild after the one that
/// followed it, at the latest.
final class ListingRestat: Sendable {
    private let root: FolderPath
    private let found: @Sendable (Set<String>) -> Void
    /// One look at a time, at utility priority: a rebuild keeps the other cores.
    private let queue = DispatchQueue(label: "feedpub.listing-restat", qos: .utility)
    /// The newest listing not yet looked at: looks asked for while one runs collapse into one.
    private let waiting = Mutex<UncheckedSendable<InputListing>?>(nil)
    private let stopped = Atomic<Bool>(false)

    init(root: FolderPath, found: @escaping @Sendable (Set<String>) -> Void) {
        self.root = root
        self.found = found
    }

    /// Looks at `listing`'s files again, soon, on the restat thread.
    func look(at listing: InputListing) {
        waiting.withLock { $0 = UncheckedSendable(listing) }
        queue.async { [self] in
            guard let listing = waiting.withLock({ taken in defer { taken = nil }; return taken }) else { return }
            let changed = listing.value.changedPaths(in: root) { stopped.load(ordering: .relaxed) }
            if !changed.isEmpty && !stopped.load(ordering: .relaxed) { found(changed) }
        }
    }

    /// Stops looking and waits for a look in progress to end.
    func stop() {
        stopped.store(true, ordering: .relaxed)
        queue.sync {}
    }
}
