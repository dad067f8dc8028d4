#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// What identifies one version of a file without reading it: size, modification time in
/// nanoseconds, inode. An editor's save, a `cp` over it or a `mv` into place all change it.
struct FileVersion: Equatable, Sendable {
    var size: Int64
    var modifiedNanoseconds: Int64
    var inode: UInt64

    init(size: Int64, modifiedNanoseconds: Int64, inode: UInt64) {
        self.size = size
        self.modifiedNanoseconds = modifiedNanoseconds
        self.inode = inode
    }

    init(_ info: stat) {
        size = Int64(info.st_size)
        modifiedNanoseconds = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        inode = UInt64(info.st_ino)
    }

    /// The version of the regular file at `path` (symbolic links not followed), or nil.
    static func of(_ path: String) -> FileVersion? {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return FileVersion(info)
    }

    /// Now, on the same clock as file modification times.
    static var nowNanoseconds: Int64 {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
    }
}
