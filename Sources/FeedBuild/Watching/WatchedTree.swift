#if canImport(Glibc)
import Glibc
#endif

/// The folders under the input folder that are watched, by watch descriptor: what an event's
/// watch is turned back into a path with.
///
/// It follows what the input listing reads: folders whose name starts with `.` are skipped,
/// symbolic links are never followed, and the output folder, when it is inside the input, is
/// not watched. The article files themselves are not kept here: the watch tells their changes
/// apart against the input listing it keeps (`RebuildMemory`), which a second path → version
/// table would repeat (some 170 MB at a million files).
struct WatchedTree {
    let root: FolderPath
    /// The output folder, never watched: feedpub's own writes must not wake it.
    let output: FolderPath
    /// Relative folder path ("" for the root) of each watch.
    private(set) var folders: [Int32: String] = [:]

    init(root: FolderPath, output: FolderPath) {
        self.root = root
        self.output = output
    }

    /// The root's own watch, when it is watched.
    var rootWatch: Int32? { folders.first { $0.value.isEmpty }?.key }

    /// Watches `relative` and every folder below it. A folder is watched before it is listed
    /// for its subfolders, so a folder that lands meanwhile is seen one way or the other.
    mutating func add(_ relative: String, queue: InotifyQueue) throws(InotifyQueue.Refusal) {
        try walk(relative, queue: queue, skipping: FolderIdentity(output.typed))
    }

    /// Stops watching `relative` and every folder below it (moved out or deleted).
    mutating func remove(_ relative: String, queue: InotifyQueue?) {
        let prefix = relative + "/"
        for (watch, folder) in folders where folder == relative || folder.hasPrefix(prefix) {
            folders[watch] = nil
            queue?.unwatch(watch)
        }
    }

    /// The kernel ended `watch` (its folder is gone).
    mutating func ended(_ watch: Int32) { folders[watch] = nil }

    /// The path of `name` in the folder `relative`.
    static func path(_ name: String, in relative: String) -> String { relative.isEmpty ? name : relative + "/" + name }

    private mutating func walk(_ relative: String, queue: InotifyQueue, skipping output: FolderIdentity?) throws(InotifyQueue.Refusal) {
        let path = relative.isEmpty ? root.typed : root.appending(relative)
        if let output, !relative.isEmpty, FolderIdentity(path) == output { return }
        do {
            folders[try queue.watch(path)] = relative
        } catch .limitReached {
            throw .limitReached
        } catch {
            return // gone meanwhile, or unreadable: the build reports it when it is in the way
        }
        guard let directory = FileName.withSystemPath(path, { opendir($0) }) else { return }
        defer { closedir(directory) }
        var subfolders: [String] = []
        while let entry = readdir(directory) {
            let type = entry.pointee.d_type
            // Files are passed over without a name made: a million of them at the root.
            guard type == UInt8(DT_DIR) || type == UInt8(DT_UNKNOWN) else { continue }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                FileName.string(raw.prefix(strlen(raw.baseAddress!.assumingMemoryBound(to: CChar.self))))
            }
            if name.hasPrefix(".") { continue }
            var info = stat()
            if type == UInt8(DT_DIR)
                || (FileName.withSystemPath(name, { fstatat(dirfd(directory), $0, &info, AT_SYMLINK_NOFOLLOW) }) == 0
                    && (info.st_mode & S_IFMT) == S_IFDIR) {
                subfolders.append(Self.path(name, in: relative))
            }
        }
        for subfolder in subfolders { try walk(subfolder, queue: queue, skipping: output) }
    }
}

/// A folder as the kernel knows it (device and inode), whatever path names it.
struct FolderIdentity: Hashable {
    var device: UInt64
    var inode: UInt64

    /// The folder at `path`, following symbolic links; nil when there is none.
    init?(_ path: String) {
        var info = stat()
        guard FileName.withSystemPath(path, { stat($0, &info) }) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}
