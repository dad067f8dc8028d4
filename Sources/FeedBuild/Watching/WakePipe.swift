#if canImport(Glibc)
import Glibc
#endif

/// A pipe any thread writes a byte into to wake the watch loop out of poll(2): the event reader
/// when changes came, the signal waiter when it is told to stop.
final class WakePipe: Sendable {
    let readEnd: Int32
    private let writeEnd: Int32

    /// A new pipe; 70 when the process has no descriptor left for it.
    init() throws(BuildFailure) {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { throw BuildFailure(.software, "cannot make a pipe to wait on: \(systemError())") }
        for end in ends {
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
        }
        (readEnd, writeEnd) = (ends[0], ends[1])
    }

    deinit {
        close(readEnd)
        close(writeEnd)
    }

    /// Wakes the reader; a full pipe means it is awake already.
    func wake() {
        var byte: UInt8 = 1
        _ = write(writeEnd, &byte, 1)
    }

    /// Waits up to `milliseconds` (-1: for ever) to be woken, then empties the pipe.
    func wait(milliseconds: Int32) {
        var entry = pollfd(fd: readEnd, events: Int16(POLLIN), revents: 0)
        _ = poll(&entry, 1, milliseconds)
        var bytes = [UInt8](repeating: 0, count: 64)
        while read(readEnd, &bytes, bytes.count) > 0 {}
    }
}
