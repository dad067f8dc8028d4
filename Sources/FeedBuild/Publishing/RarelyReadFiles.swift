import Glibc
import Synchronization

/// Staged files that readers seldom ask for (archive pages), taken out of the page cache once
/// they are on disk, a few dozen files behind the writing.
///
/// A cold build with archives writes every entry once per feed that shows it again in its
/// archive pages: 5.6 GB at 100,000 articles, against 0.33 GB for the feeds themselves. Left in
/// the page cache, that pushes out what the machine does read (the articles, the feeds
/// readers poll), and every page of it is memory the kernel must find first: measured on a
/// 2-core VM (2026-12-03), writing 2 GB as 16,000 files of 128 KB cost 6.5-9.6 s of system
/// time, and 2.5-4.7 s when each file's pages were dropped 64 files later (the pages freed are
/// the next files' pages). Durability is unchanged: `OutputFolder.commit` still flushes
/// everything before any rename.
final class RarelyReadFiles: Sendable {
    /// How many files' writes may still be under way when the oldest is waited for.
    static let lag = 64

    private let written = Mutex<[String]>([])

    /// Notes a staged file (its temporary path); drops the pages of the one `lag` files before.
    func staged(_ temporaryPath: String) {
        let due = written.withLock { paths -> String? in
            paths.append(temporaryPath)
            return paths.count > Self.lag ? paths.removeFirst() : nil
        }
        if let due { Self.dropPages(of: due) }
    }

    /// Drops the pages of every file noted and not dropped yet: before the staged files are
    /// renamed into place, while their temporary paths still name them.
    func dropAll() {
        let due = written.withLock { paths -> [String] in
            defer { paths = [] }
            return paths
        }
        for path in due { Self.dropPages(of: path) }
    }

    /// Waits for the file's writeback (started when it was staged) and drops its clean pages.
    /// Only the cache is at stake: a file discarded meanwhile, or unopenable, is left alone.
    private static func dropPages(of path: String) {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = sync_file_range(fd, 0, 0, syncFileRangeWaitBefore | syncFileRangeWrite | syncFileRangeWaitAfter)
        _ = posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED)
        close(fd)
    }
}
