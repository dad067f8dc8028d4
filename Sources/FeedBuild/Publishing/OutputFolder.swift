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
    let root: FolderPath

    struct Failure: Error {
        enum Kind { case cannotCreate, cannotWrite }
        var kind: Kind
        var message: String
    }

    /// Creates the folder itself (and its parents) when missing.
    func prepare() throws(Failure) {
        var path = ""
        for component in root.typed.split(separator: "/", omittingEmptySubsequences: false) {
            path += path.isEmpty && component.isEmpty ? "/" : (path.isEmpty || path == "/" ? "" : "/") + component
            if component.isEmpty { continue }
            if mkdir(path, 0o755) != 0 && errno != EEXIST { throw creationFailure(path) }
        }
        var info = stat()
        guard stat(root.typed, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
            throw Failure(kind: .cannotCreate, message: "\(root.typed): output folder is not a folder")
        }
    }

    /// What stands at a path in the folder now.
    enum Existing: Equatable {
        case absent
        /// A regular file and its bytes.
        case file([UInt8])
        /// Anything else (a symbolic link, a folder, a FIFO, an unreadable file), never followed
        /// or read: what it is, as messages name it.
        case other(String)

        var bytes: [UInt8]? { if case let .file(bytes) = self { bytes } else { nil } }
    }

    /// What is now at `relativePath`; it is never followed nor waited for.
    func existing(_ relativePath: String) -> Existing {
        do {
            return .file(try FileReader.read(root.appending(relativePath)))
        } catch {
            return error.isAbsent ? .absent : .other(error.standing ?? "a file feedpub cannot read (\(error.description))")
        }
    }

    /// A complete new version of a file, written beside it under a temporary name.
    struct StagedFile {
        var temporaryPath: String
        var path: String
        var isNew: Bool
    }

    /// Writes `bytes` beside `relativePath` under a temporary name, unless the file already
    /// holds them (nil). Nothing is visible to readers until `commit`. `current`: what is at the
    /// path now, when the caller has just read it.
    func stage(_ bytes: [UInt8], for relativePath: String, replacing current: Existing? = nil) throws(Failure) -> StagedFile? {
        let current = current ?? existing(relativePath)
        if current.bytes == bytes { return nil }
        if case .other = current {
            throw Failure(kind: .cannotWrite, message: "\(root.appending(relativePath)): exists and is not a regular file; not replaced")
        }
        let parts = relativePath.split(separator: "/")
        let directory = parts.dropLast().joined(separator: "/")
        try ensureDirectory(directory)
        let temporary = root.appending((directory.isEmpty ? "" : directory + "/") + ".\(parts.last!).\(getpid()).tmp")
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw writeFailure(temporary) }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + written, bytes.count - written) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else {
                let failure = writeFailure(root.appending(relativePath))
                close(fd)
                unlink(temporary)
                throw failure
            }
            written += count
        }
        // Starts the disk write now, while later files render, instead of leaving all of it to
        // `commit`'s flush; durability still comes from that flush alone.
        _ = sync_file_range(fd, 0, 0, syncFileRangeWrite)
        guard close(fd) == 0 else {
            let failure = writeFailure(root.appending(relativePath))
            unlink(temporary)
            throw failure
        }
        return StagedFile(temporaryPath: temporary, path: root.appending(relativePath), isNew: current == .absent)
    }

    /// Flushes every staged file to disk with one syncfs(2), then renames each over its
    /// target. One flush for the whole batch instead of one fsync per file: measured, a
    /// thousand fsyncs cost seconds, and rename(2) alone already makes each file atomic for
    /// readers; the flush is what keeps a power cut from leaving empty files.
    func commit(_ staged: [StagedFile]) throws(Failure) {
        guard !staged.isEmpty else { return }
        let fd = open(root.typed, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd >= 0 {
            defer { close(fd) }
            guard syncfs(fd) == 0 else { throw discard(staged, writeFailure(root.typed)) }
        }
        for (index, file) in staged.enumerated() where rename(file.temporaryPath, file.path) != 0 {
            throw discard(Array(staged[index...]), writeFailure(file.path))
        }
    }

    /// Removes staged files that will not be committed, returning `failure` to throw.
    func discard(_ staged: [StagedFile], _ failure: Failure) -> Failure {
        for file in staged { unlink(file.temporaryPath) }
        return failure
    }

    /// Writes one file atomically (staged, flushed, renamed) unless it already holds `bytes`.
    func write(_ bytes: [UInt8], to relativePath: String) throws(Failure) {
        if let staged = try stage(bytes, for: relativePath) { try commit([staged]) }
    }

    /// Creates `relative` folder by folder, refusing anything in the way that is not a real folder.
    private func ensureDirectory(_ relative: String) throws(Failure) {
        var path = root.typed
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


/// syncfs(2): Glibc declares it only under _GNU_SOURCE, which Swift's Glibc module does not set.
@_silgen_name("syncfs")
private func syncfs(_ fd: Int32) -> Int32

/// sync_file_range(2), declared like syncfs. `SYNC_FILE_RANGE_WRITE` starts writeback of the
/// file's dirty pages without waiting for it; with it, `WAIT_BEFORE` first waits for writeback
/// already in flight, and `WAIT_AFTER` waits until the pages it started are written.
@_silgen_name("sync_file_range")
func sync_file_range(_ fd: Int32, _ offset: Int64, _ count: Int64, _ flags: UInt32) -> Int32
let syncFileRangeWaitBefore: UInt32 = 1
let syncFileRangeWrite: UInt32 = 2
let syncFileRangeWaitAfter: UInt32 = 4
