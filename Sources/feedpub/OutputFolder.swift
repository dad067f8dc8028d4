#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The folder feeds are published into, written so that a reader never sees a partial file.
///
/// Each file is written to a temporary file in its own folder, flushed to disk, then renamed
/// over the old one: rename(2) is atomic, so a crash at any moment leaves the old feed or the
/// new one. A file whose bytes would not change is left alone, so its mtime (and a web
/// server's `Last-Modified` and `ETag`) stays put. Symbolic links inside the folder are never
/// followed, so nothing is written outside it.
struct OutputFolder {
    let root: String

    struct Failure: Error {
        enum Kind { case cannotCreate, cannotWrite }
        var kind: Kind
        var message: String
    }

    /// Creates the folder itself (and its parents) when missing.
    func prepare() throws(Failure) {
        var path = ""
        for component in root.split(separator: "/", omittingEmptySubsequences: false) {
            path += path.isEmpty && component.isEmpty ? "/" : (path.isEmpty || path == "/" ? "" : "/") + component
            if component.isEmpty { continue }
            if mkdir(path, 0o755) != 0 && errno != EEXIST { throw creationFailure(path) }
        }
        var info = stat()
        guard stat(root, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
            throw Failure(kind: .cannotCreate, message: "\(root): output folder is not a folder")
        }
    }

    /// Writes `bytes` to `relativePath` unless the file already holds them; true when written.
    @discardableResult
    func write(_ bytes: [UInt8], to relativePath: String) throws(Failure) -> Bool {
        let directory = relativePath.split(separator: "/").dropLast().joined(separator: "/")
        try ensureDirectory(directory)
        let path = root + "/" + relativePath
        if let existing = try? FileReader.read(path), existing == bytes { return false }
        let name = relativePath.split(separator: "/").last!
        let temporary = root + "/" + (directory.isEmpty ? "" : directory + "/") + ".\(name).\(getpid()).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw writeFailure(temporary) }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + written, bytes.count - written) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else {
                let failure = writeFailure(path)
                close(fd)
                unlink(temporary)
                throw failure
            }
            written += count
        }
        guard fsync(fd) == 0, close(fd) == 0 else {
            let failure = writeFailure(path)
            unlink(temporary)
            throw failure
        }
        guard rename(temporary, path) == 0 else {
            let failure = writeFailure(path)
            unlink(temporary)
            throw failure
        }
        return true
    }

    /// Creates `relative` folder by folder, refusing anything in the way that is not a real folder.
    private func ensureDirectory(_ relative: String) throws(Failure) {
        var path = root
        for component in relative.split(separator: "/") {
            path += "/" + component
            var info = stat()
            if lstat(path, &info) == 0 {
                guard (info.st_mode & S_IFMT) == S_IFDIR else {
                    throw Failure(kind: .cannotCreate, message: "\(path): exists and is not a folder (symbolic links are not followed)")
                }
                continue
            }
            if mkdir(path, 0o755) != 0 && errno != EEXIST { throw creationFailure(path) }
        }
    }

    private func creationFailure(_ path: String) -> Failure {
        Failure(kind: .cannotCreate, message: "\(path): cannot create folder: \(String(cString: strerror(errno)))")
    }

    private func writeFailure(_ path: String) -> Failure {
        Failure(kind: .cannotWrite, message: "\(path): cannot write: \(String(cString: strerror(errno)))")
    }
}

