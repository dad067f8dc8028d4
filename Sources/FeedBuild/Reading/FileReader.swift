#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Whole-file reads with POSIX calls: symbolic links never followed, only regular files, an
/// optional size bound checked before reading, and errors that say why.
///
/// Every file is opened with `O_NONBLOCK`, so a FIFO (or a device) put where a file should be
/// cannot block the run: `fstat` on the open descriptor then says whether it is a regular file.
enum FileReader {
    struct Failure: Error, CustomStringConvertible {
        var description: String
        /// What stands at the path when it is not a regular file ("symbolic link", "folder", "FIFO"…).
        var standing: String? = nil
        /// Nothing is at the path.
        var isAbsent = false
    }

    static func read(_ path: String, limit: Int = .max) throws(Failure) -> [UInt8] {
        try read(opened: FileName.withSystemPath(path) { open($0, flags) }, limit: limit)
    }

    private static let flags = O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC

    /// Reads from `fd`, just returned by open(2) (errno still its).
    private static func read(opened fd: Int32, limit: Int) throws(Failure) -> [UInt8] {
        guard fd >= 0 else { throw openFailure() }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw Failure(description: "cannot stat: \(systemError())") }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw Failure(description: "not a regular file", standing: kind(of: info.st_mode))
        }
        // A regular file is read blocking, as any other read.
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        guard Int(info.st_size) <= limit else { throw tooLarge(limit) }
        // Sized from fstat, grown if the file grows while we read it.
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size) + 1)
        var filled = 0
        while true {
            if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: 65_536)) }
            let count = bytes.withUnsafeMutableBytes { raw in
                Glibc.read(fd, raw.baseAddress! + filled, raw.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(description: "cannot read: \(systemError())")
            }
            if count == 0 { break }
            filled += count
            guard filled <= limit else { throw tooLarge(limit) }
        }
        bytes.removeLast(bytes.count - filled)
        return bytes
    }

    private static func openFailure() -> Failure {
        switch errno {
        case ELOOP: Failure(description: "symbolic link; not followed", standing: "a symbolic link")
        // A socket cannot be opened at all.
        case ENXIO, EOPNOTSUPP: Failure(description: "not a regular file", standing: "a socket")
        // ENOTDIR: a file stands where a folder on the way should be; that is reported when creating it.
        case ENOENT, ENOTDIR: Failure(description: "cannot open: \(systemError())", isAbsent: true)
        default: Failure(description: "cannot open: \(systemError())")
        }
    }

    /// What a file of `mode` is, as messages name it.
    static func kind(of mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFDIR: "a folder"
        case S_IFLNK: "a symbolic link"
        case S_IFIFO: "a FIFO"
        case S_IFSOCK: "a socket"
        case S_IFCHR, S_IFBLK: "a device"
        default: "not a regular file"
        }
    }

    private static func tooLarge(_ limit: Int) -> Failure {
        Failure(description: "file is larger than \(limit >> 20) MiB")
    }
}

func systemError() -> String { String(cString: strerror(errno)) }
