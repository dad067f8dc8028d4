#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// One run at a time per output folder (cron runs can overlap).
///
/// An exclusive flock(2) on the output folder itself: the kernel drops it when the process
/// ends, however it ends, so a killed run never leaves a stale lock behind, and no lock file
/// litters the published folder.
final class OutputLock {
    private let fd: Int32

    enum Failure: Error {
        case busy(String)
        case unavailable(String)
    }

    /// Waits up to `seconds` for another run to finish.
    init(folder: String, waitingUpTo seconds: Int) throws(Failure) {
        fd = try Self.lockedDescriptor(folder, waitingUpTo: seconds)
    }

    /// The folder opened and locked. On failure it closes its descriptor itself and throws
    /// before `fd` is set: a class whose stored properties are all set runs `deinit` when its
    /// initializer throws, and that second close(2) closed whatever the number had meanwhile
    /// come to name on another thread (libdispatch's epoll descriptor, opened while the cache
    /// was read: SIGILL in a build that exited 75).
    private static func lockedDescriptor(_ folder: String, waitingUpTo seconds: Int) throws(Failure) -> Int32 {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw .unavailable("\(folder): cannot open output folder to lock it: \(systemError())") }
        var waited = 0
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                let message = "\(folder): cannot lock output folder: \(systemError())"
                close(fd)
                throw .unavailable(message)
            }
            guard waited < seconds * 10 else {
                close(fd)
                throw .busy("\(folder): another feedpub run is writing this folder; waited \(seconds) s, giving up (try again later)")
            }
            usleep(100_000)
            waited += 1
        }
        return fd
    }

    /// Creates the output folder when missing and locks it: 73 when it cannot be made or
    /// locked, 75 when another run still holds it after `seconds`.
    static func preparing(_ folder: OutputFolder, waitingUpTo seconds: Int) throws(BuildFailure) -> OutputLock {
        do {
            try folder.prepare()
        } catch {
            throw BuildFailure(.cannotCreate, error.message)
        }
        do {
            return try OutputLock(folder: folder.root.typed, waitingUpTo: seconds)
        } catch {
            switch error {
            case let .busy(message): throw BuildFailure(.tempFail, message)
            case let .unavailable(message): throw BuildFailure(.cannotCreate, message)
            }
        }
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
