import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The thread that reads inotify events as they come, a rebuild running or not: each change is
/// timed from when it was seen, a new folder is watched at once (before files land in it
/// unseen), and the kernel's queue is drained during a long rebuild instead of overflowing.
final class EventReader: Sendable {
    private let state: WatchState
    private let descriptor: Int32
    private let stopping: WakePipe
    private let finished = DispatchSemaphore(value: 0)

    /// Starts reading `descriptor` (the inotify queue's, which `state` holds).
    init(_ state: WatchState, descriptor: Int32) throws(BuildFailure) {
        self.state = state
        self.descriptor = descriptor
        stopping = try WakePipe()
        Thread.detachNewThread { [self] in
            self.readUntilStopped()
            self.finished.signal()
        }
    }

    /// Stops the thread and waits for it, so that the queue can be closed.
    func stop() {
        stopping.wake()
        finished.wait()
    }

    private func readUntilStopped() {
        var entries = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: stopping.readEnd, events: Int16(POLLIN), revents: 0)]
        while true {
            if poll(&entries, 2, -1) < 0 {
                if errno == EINTR { continue }
                return
            }
            if entries[1].revents != 0 || entries[0].revents & Int16(POLLNVAL | POLLERR) != 0 { return }
            if entries[0].revents != 0 { state.readEvents() }
        }
    }
}
