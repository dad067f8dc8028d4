#if canImport(Glibc)
import Glibc
#endif

extension InputListing {
    /// This listing with the files at `paths` (relative to `root`, in folders still there)
    /// looked at again, as `InputFolder.list()` would find them now: an article file with its
    /// version, a link or special file named like an article skipped, anything else (gone, or
    /// no longer named like an article) left out. One merge pass keeps the files in path order.
    mutating func relook(_ paths: Set<String>, in root: FolderPath) {
        guard !paths.isEmpty else { return }
        var dropped = Set<Int>()
        var found: [InputFolder.File] = []
        for path in paths {
            if let position = position(of: path) { dropped.insert(position) }
            skipped.removeAll { $0.path == path }
            switch Self.entry(root.appending(path), name: String(path.split(separator: "/").last ?? "")) {
            case let .file(version)?: found.append(InputFolder.File(path: path, version: version))
            case let .skipped(reason)?: skipped.append(Skipped(path: path, reason: reason))
            case nil: break
            }
        }
        found.sort { InputFolder.precedes($0.path, $1.path) }
        var merged: [InputFolder.File] = []
        merged.reserveCapacity(files.count + found.count)
        var next = found.startIndex
        for (position, file) in files.enumerated() where !dropped.contains(position) {
            while next < found.endIndex, InputFolder.precedes(found[next].path, file.path) {
                merged.append(found[next])
                next += 1
            }
            merged.append(file)
        }
        merged += found[next...]
        files = merged
    }

    /// Every listed file's version looked at again (one fstatat(2) each, on all cores), as a
    /// fresh listing would see it: a file whose link count or contents changed through another
    /// hard link is named by no event. Files no longer there as regular files are looked at
    /// again as named paths.
    mutating func restat(in root: FolderPath) {
        let folder = FileName.withSystemPath(root.typed) { open($0, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        guard folder >= 0 else { return }
        defer { close(folder) }
        let versions = Parallel.map(files) { file -> FileVersion? in
            var info = stat()
            guard FileName.withSystemPath(file.path, { fstatat(folder, $0, &info, AT_SYMLINK_NOFOLLOW) }) == 0,
                  (info.st_mode & S_IFMT) == S_IFREG else { return nil }
            return FileVersion(info)
        }
        var lost = Set<String>()
        for (position, version) in versions.enumerated() where version != files[position].version {
            if let version { files[position].version = version } else { lost.insert(files[position].path) }
        }
        relook(lost, in: root)
    }

    /// The position of `path` among the files (in path order), by bisection.
    private func position(of path: String) -> Int? {
        var low = 0, high = files.count
        while low < high {
            let middle = (low + high) / 2
            if InputFolder.precedes(files[middle].path, path) { low = middle + 1 } else { high = middle }
        }
        return low < files.count && files[low].path == path ? low : nil
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
