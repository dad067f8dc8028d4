#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The articles to read: every `.md`, `.markdown` and `.txt` file under a folder.
///
/// Recursive; entries whose name starts with `.` are skipped; symbolic links are never
/// followed (a link could lead outside the folder); the order is by path, byte-wise, so every
/// run sees the same order.
struct InputFolder {
    static let extensions: Set<String> = ["md", "markdown", "txt"]

    let root: FolderPath

    /// An article file: its path relative to the root, and the version seen while listing.
    struct File: Sendable {
        var path: String
        var version: FileVersion
    }

    /// Files sorted by path; plus the entries that could not be listed or were skipped. A
    /// folder that cannot be listed ends the run with exit 66.
    func list() throws(BuildFailure) -> InputListing {
        try checkRoot()
        var listing = InputListing()
        try walk("", into: &listing, isTop: true)
        listing.files.sort { Self.precedes($0.path, $1.path) }
        listing.sumFiles()
        return listing
    }

    private func walk(_ relative: String, into listing: inout InputListing, isTop: Bool) throws(BuildFailure) {
        let path = relative.isEmpty ? root.typed : root.appending(relative)
        guard let directory = FileName.withSystemPath(path, { opendir($0) }) else {
            if isTop { throw unreadableRoot() }
            listing.skipped.append(InputListing.Skipped(path: relative, reason: "cannot read folder: \(systemError())"))
            return
        }
        defer { closedir(directory) }
        let directoryFD = dirfd(directory)
        var children: [(name: String, type: UInt8)] = []
        while let entry = readdir(directory) {
            // Kept as bytes: a name that is not UTF-8 still names its file.
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                FileName.string(raw.prefix(strlen(raw.baseAddress!.assumingMemoryBound(to: CChar.self))))
            }
            if name.hasPrefix(".") { continue }
            children.append((name, entry.pointee.d_type))
        }
        // The articles of a folder are looked at on all cores: one fstatat(2) each, which
        // for 100,000 files is most of an unchanged run's listing.
        let articleVersions = Parallel.map(children) { child -> FileVersion? in
            guard child.type == UInt8(DT_REG), Self.isArticleName(child.name) else { return nil }
            var info = stat()
            // A file that vanishes before it is looked at is simply not there this run.
            guard FileName.withSystemPath(child.name, { fstatat(directoryFD, $0, &info, AT_SYMLINK_NOFOLLOW) }) == 0,
                  (info.st_mode & S_IFMT) == S_IFREG else { return nil }
            return FileVersion(info)
        }
        for (child, version) in zip(children, articleVersions) {
            let childRelative = relative.isEmpty ? child.name : relative + "/" + child.name
            var type = child.type
            if type == UInt8(DT_UNKNOWN) {
                var info = stat()
                guard FileName.withSystemPath(root.appending(childRelative), { lstat($0, &info) }) == 0 else { continue }
                type = Self.directoryType(of: info.st_mode)
            }
            switch Int32(type) {
            case Int32(DT_DIR): try walk(childRelative, into: &listing, isTop: false)
            case Int32(DT_REG):
                if let version = version ?? Self.version(ofUnknown: child, in: directoryFD) {
                    listing.files.append(File(path: childRelative, version: version))
                }
            case Int32(DT_LNK):
                if Self.isArticleName(child.name) {
                    listing.skipped.append(InputListing.Skipped(path: childRelative, reason: "symbolic link; not followed"))
                }
            default:
                // A FIFO, socket or device named like an article is never opened (a FIFO would block).
                if Self.isArticleName(child.name) {
                    listing.skipped.append(InputListing.Skipped(path: childRelative, reason: "not a regular file"))
                }
            }
        }
    }

    /// The order of files: by the bytes of their paths (UTF-8, so code-point order).
    static func precedes(_ a: String, _ b: String) -> Bool {
        let order = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y -> Bool in
                let common = min(x.count, y.count)
                let order = common == 0 ? 0 : memcmp(x.baseAddress!, y.baseAddress!, common)
                return order != 0 ? order < 0 : x.count < y.count
            }
        }
        return (order ?? nil) ?? a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    /// The version of an article whose type readdir did not give (some file systems).
    private static func version(ofUnknown child: (name: String, type: UInt8), in directoryFD: Int32) -> FileVersion? {
        guard child.type == UInt8(DT_UNKNOWN), isArticleName(child.name) else { return nil }
        var info = stat()
        guard FileName.withSystemPath(child.name, { fstatat(directoryFD, $0, &info, AT_SYMLINK_NOFOLLOW) }) == 0,
              (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return FileVersion(info)
    }

    static func isArticleName(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: ".") else { return false }
        return extensions.contains(name[name.index(after: dot)...].lowercased())
    }

    private static func directoryType(of mode: mode_t) -> UInt8 {
        switch mode & S_IFMT {
        case S_IFDIR: return UInt8(DT_DIR)
        case S_IFREG: return UInt8(DT_REG)
        case S_IFLNK: return UInt8(DT_LNK)
        default: return UInt8(DT_UNKNOWN)
        }
    }
}
