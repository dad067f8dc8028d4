internal import CMalloc
import Synchronization

/// Memory the run freed, given back to the kernel. glibc keeps what a thread frees in that
/// thread's arena, for that thread's next allocations: the last run's records, decoded on a
/// background thread and dropped after pass 1's recall, stayed in the process while pass 1
/// read every file on other threads, and in its peak.
enum FreedMemory {
    /// Every arena's free pages returned (`malloc_trim(0)`), which walks all the free memory:
    /// called only after dropping much (a run's old records; a watch's rebuild's leftovers, on
    /// the thread that freed them).
    static func giveBack() {
        _ = malloc_trim(0)
    }

    /// `giveBack()`, unless another thread is at it: a watch's rebuilds can end faster than a
    /// trim does, and a second would walk the same memory again while holding each arena's lock.
    static func giveBackUnlessUnderWay() {
        guard givingBack.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged else { return }
        giveBack()
        givingBack.store(false, ordering: .releasing)
    }

    private static let givingBack = Atomic<Bool>(false)
}
