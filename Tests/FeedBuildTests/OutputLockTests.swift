import Foundation
import Synchronization
import Testing
import TestSupport
@testable import FeedBuild
#if canImport(Glibc)
import Glibc
#endif

/// The output folder's lock: one run at a time, and a run that gives up touches no descriptor
/// but its own.
@Suite("Output lock")
struct OutputLockTests {
    @Test("a second lock on a held folder is busy, and is granted once the first is released")
    func busyUntilReleased() throws {
        try withTemporaryFolder { folder in
            var holder: OutputLock? = try OutputLock(folder: folder.path, waitingUpTo: 0)
            #expect(throws: OutputLock.Failure.self) { try OutputLock(folder: folder.path, waitingUpTo: 0) }
            withExtendedLifetime(holder) {}
            holder = nil
            _ = try OutputLock(folder: folder.path, waitingUpTo: 0)
        }
    }

    /// A lock that gave up once closed its descriptor twice: the second close(2) took whatever
    /// another thread had opened under that number meanwhile. Here another thread keeps opening
    /// a file and checking its descriptor stays open while locks on a held folder give up.
    @Test("a lock that gives up closes its own descriptor once, never another thread's")
    func givingUpClosesOnlyItsOwn() throws {
        try withTemporaryFolder { folder in
            let holder = try OutputLock(folder: folder.path, waitingUpTo: 0)
            let stop = Atomic<Bool>(false), stolen = Atomic<Int>(0), opened = Atomic<Int>(0)
            let checker = Thread {
                while !stop.load(ordering: .acquiring) {
                    let fd = open("/dev/null", O_RDONLY | O_CLOEXEC)
                    guard fd >= 0 else { continue }
                    opened.add(1, ordering: .relaxed)
                    for _ in 0..<50 where fcntl(fd, F_GETFD) == -1 {
                        stolen.add(1, ordering: .relaxed)
                        break
                    }
                    close(fd)
                }
            }
            checker.start()
            var gaveUp = 0
            for _ in 0..<2_000 {
                do { _ = try OutputLock(folder: folder.path, waitingUpTo: 0) } catch { gaveUp += 1 }
            }
            stop.store(true, ordering: .releasing)
            while !checker.isFinished { usleep(1_000) }
            withExtendedLifetime(holder) {}
            #expect(gaveUp == 2_000)
            #expect(opened.load(ordering: .relaxed) > 0)
            #expect(stolen.load(ordering: .relaxed) == 0, "descriptors another thread had opened were closed under it")
        }
    }
}
