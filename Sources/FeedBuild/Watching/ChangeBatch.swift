/// Changes seen since the last rebuild began, waiting for the input to settle: the article
/// paths touched, whether `feedpub.yml` changed, whether every folder must be looked at again
/// (the kernel's queue overflowed), and when the first and the last change were seen.
struct ChangeBatch {
    /// Article paths, relative to the input folder, that an event named.
    var touched: Set<String> = []
    var configurationChanged = false
    var needsRescan = false
    /// A folder arrived, left or changed: the kept input listing is listed afresh, not patched.
    var foldersChanged = false
    /// The kernel's queue overflowed (why the rescan is needed, for the rebuild's line).
    var overflowed = false
    /// Changes already counted by a rebuild that could not run (the output folder was locked).
    var carried: InputChanges?
    /// Monotonic nanoseconds (`DispatchTime.uptimeNanoseconds`).
    private(set) var firstSeen: UInt64?
    private(set) var lastSeen: UInt64 = 0

    /// Nothing seen.
    var isEmpty: Bool { firstSeen == nil }

    /// Records that something was seen at `now`.
    mutating func saw(at now: UInt64) {
        if firstSeen == nil { firstSeen = now }
        lastSeen = max(lastSeen, now)
    }

    /// When to rebuild: once the input has been quiet for the debounce, and never later than its
    /// longest wait after the first change (changes that keep coming are published in steps).
    func due(_ debounce: Debounce) -> UInt64? {
        guard let firstSeen else { return nil }
        if carried != nil { return firstSeen }
        return min(lastSeen + debounce.quietNanoseconds, firstSeen + debounce.longestNanoseconds)
    }

    /// This batch with `later` added to it; the first change is the earlier one.
    func merged(with later: ChangeBatch) -> ChangeBatch {
        var batch = later
        batch.touched.formUnion(touched)
        batch.configurationChanged = batch.configurationChanged || configurationChanged
        batch.needsRescan = batch.needsRescan || needsRescan
        batch.foldersChanged = batch.foldersChanged || foldersChanged
        batch.overflowed = batch.overflowed || overflowed
        if let carried { batch.carried = (batch.carried ?? InputChanges()) + carried }
        if let firstSeen { batch.firstSeen = min(batch.firstSeen ?? firstSeen, firstSeen) }
        batch.lastSeen = max(batch.lastSeen, lastSeen)
        return batch
    }
}
