import Foundation
import Glibc

/// Where the cache of one output folder lives, and reading and writing it.
///
/// Default folder: `$XDG_CACHE_HOME/feedpub`, else `~/.cache/feedpub`: outside the published
/// folder, so it is never served. One file per output folder, named by a hash of the
/// output folder's absolute path.
struct CacheStore {
    /// The folder of cache files, and this output folder's file in it.
    let folder: FolderPath
    let fileName: String
    /// The binary and the input folder the cache is valid for.
    let identity: String

    init?(directory: String?, input: String, output: String) {
        guard let folder = directory ?? Self.defaultDirectory,
              let inputPath = Self.absolute(input), let outputPath = Self.absolute(output) else { return nil }
        var hash = FNV1a()
        hash.add(outputPath)
        self.folder = FolderPath(folder)
        fileName = String(hash.value, radix: 16) + ".cache"
        identity = Self.executableIdentity + "\u{1F}" + inputPath
    }

    static var defaultDirectory: String? {
        let environment = ProcessInfo.processInfo.environment
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return FolderPath(xdg).appending("feedpub") }
        if let home = environment["HOME"], home.hasPrefix("/") { return FolderPath(home).appending(".cache/feedpub") }
        return nil
    }

    /// The cache file, its record read; nil when there is none or it is not this binary's.
    func open() -> CacheFile? {
        guard let file = MappedFile(folder.appending(fileName)),
              let (record, rest) = ArticleCache.decodingRecord(file.bytes, identity: identity) else { return nil }
        return CacheFile(file: file, record: record, rest: rest)
    }

    /// Writes the cache atomically, a buffer at a time (never the whole encoding in memory);
    /// a cache that cannot be written only costs speed, so failure is a warning.
    func save(_ cache: ArticleCache) {
        let folder = OutputFolder(root: folder)
        do {
            try folder.prepare()
            try folder.commit([try write(cache, beside: folder.root.appending(fileName))])
        } catch {
            Console.warning("cache not saved (the next run will read every file again): \(error.message)")
        }
    }

    /// The cache written to its temporary file and flushed to disk, without the output folder's
    /// lock: a watch does this on another thread, then renames it into place under the lock
    /// (`commit`). Nil when it cannot be written (a warning says so).
    func stage(_ cache: ArticleCache) -> OutputFolder.StagedFile? {
        do {
            try OutputFolder(root: folder).prepare()
            return try write(cache, beside: folder.appending(fileName), flushing: true)
        } catch {
            Console.warning("cache not saved (the next run will read every file again): \(error.message)")
            return nil
        }
    }

    /// Puts a staged cache file in place; under the output folder's lock.
    func commit(_ staged: OutputFolder.StagedFile) {
        do {
            try OutputFolder(root: folder).commit([staged])
        } catch {
            Console.warning("cache not saved (the next run will read every file again): \(error.message)")
        }
    }

    /// The cache written to a temporary file beside `path` (named as `OutputFolder.stage` names
    /// them); `flushing`: on disk before it returns, so that committing it waits for nothing.
    private func write(_ cache: ArticleCache, beside path: String, flushing: Bool = false) throws(OutputFolder.Failure) -> OutputFolder.StagedFile {
        let temporary = folder.appending(".\(fileName).\(getpid()).tmp")
        let fd = Glibc.open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o644)
        var written = false
        if fd >= 0 {
            var writer = ByteWriter(flushingTo: fd)
            cache.encode(to: &writer, identity: identity)
            written = writer.flush() && (!flushing || fdatasync(fd) == 0)
            written = close(fd) == 0 && written
        }
        guard written else {
            let failure = OutputFolder.Failure(kind: .cannotWrite, message: "\(path): cannot write: \(String(cString: strerror(errno)))")
            unlink(temporary)
            throw failure
        }
        return OutputFolder.StagedFile(temporaryPath: temporary, path: path, isNew: false)
    }

    /// Removes the temporary file a killed run left beside the cache file. Called under the
    /// output folder's lock: the cache file is that output folder's alone, so no live run is writing it.
    func removeLeftoverTemporaries() {
        OutputFolder(root: folder).removeLeftoverTemporaries(in: "", names: [fileName])
    }

    /// Path, size and mtime of the running binary: a rebuilt feedpub may render differently.
    private static let executableIdentity: String = {
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        guard let version = FileVersion.of(path) else { return path }
        return "\(path) \(version.size) \(version.modifiedNanoseconds)"
    }()

    private static func absolute(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
