#if canImport(Glibc)
import Glibc
#endif

/// The folders under the input folder that are watched, by watch descriptor, and the article
/// files last seen in them with their versions: what a change is told apart against (added,
/// changed, removed).
///
/// It follows what the input listing reads: entries whose name starts with `.` are skipped
/// (so a file written as `.name.tmp` and renamed into place is seen once, whole), symbolic
/// links are never followed, and the output folder, when it is inside the input, is not watched.
struct WatchedTree {
    let root: FolderPath
    /// The output folder, never watched: feedpub's own writes must not wake it.
    let output: FolderPath
    /// Relative folder path ("" for the root) of each watch.
    private(set) var folders: [Int32: String] = [:]
    /// Every article file under the root, by relative path, with the version last seen.
    var files: [String: FileVersion] = [:]

    init(root: FolderPath, output: FolderPath) {
        self.root = root
        self.output = output
    }

    /// The root's own watch, when it is watched.
    var rootWatch: Int32? { folders.first { $0.value.isEmpty }?.key }

    /// Watches `relative` and every folder below it (through `queue`; without one, only lists
    /// them) and returns the article files found there, each with its version. A folder is
    /// watched before it is listed, so a file that lands meanwhile is seen one way or the other.
    mutating func add(_ relative: String, queue: InotifyQueue?) throws(InotifyQueue.Refusal) -> [String: FileVersion] {
        var found: [String: FileVersion] = [:]
        try walk(relative, queue: queue, skipping: FolderIdentity(output.typed), into: &found)
        return found
    }

    /// Every article file under `root` with its version, listed without watching anything (polling).
    static func files(under root: FolderPath, output: FolderPath) -> [String: FileVersion] {
        var tree = WatchedTree(root: root, output: output)
        return (try? tree.add("", queue: nil)) ?? [:]
    }

    /// Stops watching `relative` and every folder below it (moved out or deleted); returns the
    /// article files known there.
    mutating func remove(_ relative: String, queue: InotifyQueue?) -> Set<String> {
        let prefix = relative + "/"
        for (watch, folder) in folders where folder == relative || folder.hasPrefix(prefix) {
            folders[watch] = nil
            queue?.unwatch(watch)
        }
        return Set(files.keys.filter { $0.hasPrefix(prefix) })
    }

    /// The kernel ended `watch` (its folder is gone).
    mutating func ended(_ watch: Int32) { folders[watch] = nil }

    /// The path of `name` in the folder `relative`.
    static func path(_ name: String, in relative: String) -> String { relative.isEmpty ? name : relative + "/" + name }

    private mutating func walk(_ relative: String, queue: InotifyQueue?, skipping output: FolderIdentity?,
                               into found: inout [String: FileVersion]) throws(InotifyQueue.Refusal) {
        let path = relative.isEmpty ? root.typed : root.appending(relative)
        if let output, !relative.isEmpty, FolderIdentity(path) == output { return }
        if let queue {
            do {
                folders[try queue.watch(path)] = relative
            } catch .limitReached {
                throw .limitReached
            } catch {
                return // gone meanwhile, or unreadable: the build reports it when it is in the way
            }
        }
        guard let directory = FileName.withSystemPath(path, { opendir($0) }) else { return }
        defer { closedir(directory) }
        var subfolders: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                FileName.string(raw.prefix(strlen(raw.baseAddress!.assumingMemoryBound(to: CChar.self))))
            }
            if name.hasPrefix(".") { continue }
            var info = stat()
            let type = entry.pointee.d_type
            guard type == UInt8(DT_DIR) || type == UInt8(DT_REG) || type == UInt8(DT_UNKNOWN) else { continue }
            if type == UInt8(DT_DIR) {
                subfolders.append(Self.path(name, in: relative))
            } else if FileName.withSystemPath(name, { fstatat(dirfd(directory), $0, &info, AT_SYMLINK_NOFOLLOW) }) == 0 {
                if (info.st_mode & S_IFMT) == S_IFDIR { subfolders.append(Self.path(name, in: relative)) }
                if (info.st_mode & S_IFMT) == S_IFREG, InputFolder.isArticleName(name) {
                    found[Self.path(name, in: relative)] = FileVersion(info)
                }
            }
        }
        for subfolder in subfolders { try walk(subfolder, queue: queue, skipping: output, into: &found) }
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
