#if canImport(Glibc)
import Glibc
#endif

/// An inotify instance (inotify(7)) following folders: entries created, closed after writing,
/// moved in or out, deleted, or changed in attributes (a `chmod` that makes a file readable).
///
/// A write is seen when the writer closes the file (IN_CLOSE_WRITE), not at every write(2): a
/// rebuild never starts on the strength of one write among many.
final class InotifyQueue {
    static let folderEvents = UInt32(bitPattern: IN_CREATE | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE
        | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR | IN_EXCL_UNLINK)

    /// Why a folder is not watched.
    enum Refusal: Error, Equatable {
        /// The kernel's limit of watches per user (fs.inotify.max_user_watches) is reached: ENOSPC.
        case limitReached
        /// Gone, not a folder, or unreadable: errno. The build reports such a folder when it matters.
        case failed(Int32)
    }

    let descriptor: Int32
    /// The most watches this queue holds, to test the kernel's limit (`FEEDPUB_WATCH_LIMIT`); nil: the kernel's.
    private let limit: Int?
    private var watches: Set<Int32> = []
    private var buffer = [UInt8](repeating: 0, count: 64 * 1024)

    /// A new instance, non-blocking; nil when the kernel refuses one (errno says why, e.g. EMFILE
    /// past fs.inotify.max_user_instances).
    init?(limit: Int?) {
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        self.limit = limit
    }

    deinit { close(descriptor) }

    /// How many folders are watched.
    var count: Int { watches.count }

    /// Watches the folder at `path` (again: the kernel then gives the same descriptor back).
    func watch(_ path: String) throws(Refusal) -> Int32 {
        let watch = FileName.withSystemPath(path) { inotify_add_watch(descriptor, $0, Self.folderEvents) }
        guard watch >= 0 else { throw errno == ENOSPC ? .limitReached : .failed(errno) }
        if let limit, !watches.contains(watch), watches.count >= limit {
            inotify_rm_watch(descriptor, watch)
            throw .limitReached
        }
        watches.insert(watch)
        return watch
    }

    /// Stops watching one folder (its IN_IGNORED event follows, and is ignored).
    func unwatch(_ watch: Int32) {
        guard watches.remove(watch) != nil else { return }
        inotify_rm_watch(descriptor, watch)
    }

    /// The kernel ended a watch by itself (its folder is gone).
    func ended(_ watch: Int32) { watches.remove(watch) }

    /// Every event waiting, without blocking.
    func read() -> [InotifyEvent] {
        var events: [InotifyEvent] = []
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return events }
            buffer.withUnsafeBytes { events += InotifyEvent.decode(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
        }
    }
}
