#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Whole-file reads with POSIX calls: symbolic links never followed, only regular files, an
/// optional size bound checked before reading, and errors that say why.
enum FileReader {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func read(_ path: String, limit: Int = .max) throws(Failure) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else {
            throw Failure(description: errno == ELOOP ? "symbolic link; not followed" : "cannot open: \(systemError())")
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw Failure(description: "cannot stat: \(systemError())") }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw Failure(description: "not a regular file") }
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

    private static func tooLarge(_ limit: Int) -> Failure {
        Failure(description: "file is larger than \(limit >> 20) MiB")
    }
}

func systemError() -> String { String(cString: strerror(errno)) }
