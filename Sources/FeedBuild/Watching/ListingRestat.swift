import Dispatch
import Synchronization

/// The kept listing's every file looked at again after rebuilds, on a thread of its own,
/// off the path from a change to its feed: a change through another hard link (contents, or
/// the link count) is reported by inotify to no watched folder, yet a fresh listing sees it.
/// The paths found changed are handed to `found`, which has a rebuild look at them as if an
/// event had named them.
///
/// A look at 100,000 files costs a fifth of a second of a core, mostly in the kernel (two
/// seconds at a million). Looks start at least `minimumInterval` apart, and at least
/// `budgetShare` times as long apart as the last look took, so that they never take more than
/// a tenth of a core from the rebuilds: such a change is published within about 5 s up to some
/// 200,000 files, 20 s at a million. (At 5 s, looks at a million files took nearly as many
/// samples as the rebuilds themselves on 2 cores.) The watch hands the listing over only when a look is
/// `due`: a listing held here while waiting for its turn would be shared with the watch, whose
/// next rebuild would then copy every file instead of moving it (`InputListing.relook`).
final class ListingRestat: Sendable {
    private let root: FolderPath
    private let found: @Sendable (Set<String>) -> Void
    private let ended: @Sendable () -> Void
    /// One look at a time, at utility priority: a rebuild keeps the other cores.
    private let queue = DispatchQueue(label: "feedpub.listing-restat", qos: .utility)
    private let stopped = Atomic<Bool>(false)
    private let running = Atomic<Bool>(false)
    /// When the last look started, and how long it took, in monotonic nanoseconds.
    private let lastLook = Atomic<UInt64>(0)
    private let lastLookTook = Atomic<UInt64>(0)

    static let minimumInterval: UInt64 = 5_000_000_000
    /// Looks are at least this many times their own length apart: a tenth of a core at most.
    static let budgetShare: UInt64 = 10

    /// `ended` is called on the restat thread after each look, so that the watch can hand
    /// over the next listing when it is due.
    init(root: FolderPath, found: @escaping @Sendable (Set<String>) -> Void, ended: @escaping @Sendable () -> Void = {}) {
        self.root = root
        self.found = found
        self.ended = ended
    }

    /// When the next look may start (monotonic nanoseconds; 0 before the first); nil while
    /// one runs.
    var due: UInt64? {
        guard !running.load(ordering: .acquiring) else { return nil }
        let last = lastLook.load(ordering: .relaxed)
        return last == 0 ? 0 : last + Self.interval(after: lastLookTook.load(ordering: .relaxed))
    }

    /// The time from the start of a look that took `took` nanoseconds to the start of the next.
    static func interval(after took: UInt64) -> UInt64 {
        max(minimumInterval, budgetShare * took)
    }

    /// Looks at `listing`'s files again, now, on the restat thread: call it when `due`.
    func look(at listing: InputListing) {
        guard !stopped.load(ordering: .relaxed), !running.exchange(true, ordering: .acquiringAndReleasing) else { return }
        let started = WatchState.now
        lastLook.store(started, ordering: .relaxed)
        let handover = Handover(listing)
        queue.async { [self] in
            // The listing let go of as soon as the look ends, before saying so: the watch's
            // next rebuild finds it held by nothing else.
            let changed = handover.take()?.changedPaths(in: root) { stopped.load(ordering: .relaxed) } ?? []
            lastLookTook.store(WatchState.now - started, ordering: .relaxed)
            running.store(false, ordering: .releasing)
            guard !stopped.load(ordering: .relaxed) else { return }
            if !changed.isEmpty { found(changed) }
            ended()
        }
    }

    /// Stops looking and waits for a look in progress to end.
    func stop() {
        stopped.store(true, ordering: .relaxed)
        queue.sync {}
    }
}

/// A listing handed to the restat thread, and taken by it.
///
/// `@unchecked Sendable`: made on the watch's thread, then touched by the restat thread only.
private final class Handover: @unchecked Sendable {
    private var listing: InputListing?

    init(_ listing: InputListing) { self.listing = listing }

    func take() -> InputListing? { listing.take() }
}
