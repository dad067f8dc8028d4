#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// What identifies one version of a file without reading it: size, modification time and
/// status-change time in nanoseconds, inode. An editor's save, a `cp` over it or a `mv` into
/// place change it; so do a `chmod`, a `chown`, a rename out and back, and an edit whose old
/// mtime is put back (`st_ctime` cannot be set back): whatever can change what reading it gives.
struct FileVersion: Equatable, Sendable {
    var size: Int64
    var modifiedNanoseconds: Int64
    var changedNanoseconds: Int64
    var inode: UInt64

    init(size: Int64, modifiedNanoseconds: Int64, changedNanoseconds: Int64, inode: UInt64) {
        self.size = size
        self.modifiedNanoseconds = modifiedNanoseconds
        self.changedNanoseconds = changedNanoseconds
        self.inode = inode
    }

    /// No file's version: what a file moved out of a listing leaves (`Array.appendMoving`).
    static let zero = FileVersion(size: 0, modifiedNanoseconds: 0, changedNanoseconds: 0, inode: 0)

    init(_ info: stat) {
        size = Int64(info.st_size)
        modifiedNanoseconds = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        changedNanoseconds = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
        inode = UInt64(info.st_ino)
    }

    /// The later of the two times: when the file last changed in any way.
    var lastChangeNanoseconds: Int64 { max(modifiedNanoseconds, changedNanoseconds) }

    /// The version of the regular file at `path` (symbolic links not followed), or nil.
    static func of(_ path: String) -> FileVersion? {
        var info = stat()
        guard FileName.withSystemPath(path, { lstat($0, &info) }) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return FileVersion(info)
    }

    /// Now, on the same clock as file modification times.
    static var nowNanoseconds: Int64 {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
    }
}
