#if canImport(Glibc)
import Glibc
#endif

extension InputListing {
    /// This listing with the files at `paths` (relative to `root`, in folders still there)
    /// looked at again, as `InputFolder.list()` would find them now: an article file with its
    /// version, a link or special file named like an article skipped, anything else (gone, or
    /// no longer named like an article) left out. One merge pass keeps the files in path order.
    /// Returns how the article files changed: a path named whose file is as listed is no change.
    @discardableResult
    mutating func relook(_ paths: Set<String>, in root: FolderPath) -> InputChanges {
        var changes = InputChanges()
        guard !paths.isEmpty else { return changes }
        var dropped = Set<Int>()
        var found: [InputFolder.File] = []
        // The files' sum (`fingerprint`) less the files looked at, plus what they are now.
        var sum = fileSum
        for path in paths {
            let position = position(of: path)
            if let position {
                dropped.insert(position)
                sum = sum.map { $0 &- Self.hash(of: files[position]) }
            }
            skipped.removeAll { $0.path == path }
            var now: FileVersion?
            switch Self.entry(root.appending(path), name: String(path.split(separator: "/").last ?? "")) {
            case let .file(version)?:
                now = version
                found.append(InputFolder.File(path: path, version: version))
                sum = sum.map { $0 &+ Self.hash(of: found[found.count - 1]) }
            case let .skipped(reason)?: skipped.append(Skipped(path: path, reason: reason))
            case nil: break
            }
            switch (position.map { files[$0].version }, now) {
            case (nil, nil): break
            case (nil, _?): changes.added += 1
            case (_?, nil): changes.removed += 1
            case let (before?, now?): if before != now { changes.changed += 1 }
            }
        }
        found.sort { InputFolder.precedes($0.path, $1.path) }
        var merged: [InputFolder.File] = []
        merged.reserveCapacity(files.count + found.count)
        // The files kept are moved a run at a time (`Array.appendMoving`: a watch keeps the
        // listing alone), between the dropped positions and where a found file falls: looked
        // at one by one (`enumerated()`, a set lookup each), a million files cost a watch's
        // rebuild a fifth of a second.
        var old = files
        files = []
        let vacant = InputFolder.File(path: "", version: .zero)
        var next = found.startIndex
        var start = 0
        for end in dropped.sorted() + [old.count] {
            var kept = start
            while next < found.endIndex, case let position = Self.insertionPoint(of: found[next].path, in: old, from: kept, to: end), position < end {
                merged.appendMoving(kept..<position, from: &old, leaving: vacant)
                merged.append(found[next])
                next += 1
                kept = position
            }
            merged.appendMoving(kept..<end, from: &old, leaving: vacant)
            start = end + 1
        }
        merged += found[next...]
        files = merged
        fileSum = sum
        return changes
    }

    /// The files whose version is no longer the listed one, each looked at again (one
    /// fstatat(2) each, on the calling thread) as a fresh listing would see it: changed, or no
    /// longer there as a regular file. A file whose link count or contents changed through
    /// another hard link is named by no event; `relook` then brings these up to date.
    /// `stopping` is asked every 1,000 files: true ends the look early.
    func changedPaths(in root: FolderPath, stopping: () -> Bool = { false }) -> Set<String> {
        let folder = FileName.withSystemPath(root.typed) { open($0, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        guard folder >= 0 else { return [] }
        defer { close(folder) }
        var changed = Set<String>()
        // Files looked at in place, not copied: `enumerated()` retained and released every
        // path's storage, a quarter of a look at a million files.
        for position in files.indices {
            if position % 1_000 == 0 && stopping() { break }
            var info = stat()
            let found = FileName.withSystemPath(files[position].path, { fstatat(folder, $0, &info, AT_SYMLINK_NOFOLLOW) }) == 0
                && (info.st_mode & S_IFMT) == S_IFREG
            if !found || FileVersion(info) != files[position].version { changed.insert(files[position].path) }
        }
        return changed
    }

    /// The position of `path` among the files (in path order), by bisection.
    private func position(of path: String) -> Int? {
        let low = Self.insertionPoint(of: path, in: files, from: 0, to: files.count)
        return low < files.count && files[low].path == path ? low : nil
    }

    /// The first position in `low..<high` of `files` whose file does not precede `path` (`high` if none), by bisection.
    private static func insertionPoint(of path: String, in files: [InputFolder.File], from low: Int, to high: Int) -> Int {
        var (low, high) = (low, high)
        while low < high {
            let middle = (low + high) / 2
            if InputFolder.precedes(files[middle].path, path) { low = middle + 1 } else { high = middle }
        }
        return low
    }

    private enum Entry {
        case file(FileVersion)
        case skipped(String)
    }

    /// What the listing makes of the entry at `path`, looked at without following a link.
    private static func entry(_ path: String, name: String) -> Entry? {
        guard InputFolder.isArticleName(name) else { return nil }
        var info = stat()
        guard FileName.withSystemPath(path, { lstat($0, &info) }) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file(FileVersion(info))
        case S_IFDIR: return nil
        case S_IFLNK: return .skipped("symbolic link; not followed")
        default: return .skipped("not a regular file")
        }
    }
}
