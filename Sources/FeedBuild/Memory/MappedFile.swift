#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// A file mapped read-only into memory: only the pages read are ever loaded, so a run that
/// reads the start of a large cache file costs no more than that start. The cache file is
/// only ever replaced by a rename, never rewritten in place, so the mapping stays whole.
final class MappedFile: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer

    /// The regular file at `path` (symbolic links not followed), or nil.
    init?(_ path: String) {
        let fd = FileName.withSystemPath(path) { open($0, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC) }
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_size > 0 else { return nil }
        let size = Int(info.st_size)
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), address != MAP_FAILED else { return nil }
        bytes = UnsafeRawBufferPointer(start: address, count: size)
    }

    /// Gives back the pages read so far: they count in the process's resident memory for as
    /// long as the mapping lives (the whole cache file once its inputs are decoded, 142 MB at a
    /// million articles), and what was decoded from them is copied out. A page read again is
    /// loaded again from the file, which is never rewritten in place.
    func dropPages() { dropPages(before: bytes.count) }

    /// Gives back the pages of the bytes before `offset` (the whole pages, unless `offset` is
    /// the end): for a reader that is done with them while it goes on reading.
    func dropPages(before offset: Int) {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let count = offset >= bytes.count ? bytes.count : offset / page * page
        guard count > 0 else { return }
        _ = madvise(UnsafeMutableRawPointer(mutating: bytes.baseAddress), count, MADV_DONTNEED)
    }

    deinit { munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count) }
}
