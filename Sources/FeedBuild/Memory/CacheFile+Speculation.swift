#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

extension CacheStore {
    /// Whether the input folder's own entries changed after this cache file was written (a
    /// file added, removed or renamed into place at its top): then the run that is listing the
    /// folder will most likely find a different listing and need the cached inputs, so they are
    /// decoded on the reading thread alongside the listing instead of after it. Only a guess
    /// about timing: a wrong one costs the decoding or the wait, never a different output.
    func inputsLikelyChanged(input: String) -> Bool {
        guard let folderChanged = Self.lastChange(of: input),
              let cacheWritten = Self.lastChange(of: folder.appending(fileName)) else { return false }
        return folderChanged >= cacheWritten
    }

    /// The later of a path's mtime and ctime, in nanoseconds (symbolic links followed).
    private static func lastChange(of path: String) -> Int64? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileVersion(info).lastChangeNanoseconds
    }
}
