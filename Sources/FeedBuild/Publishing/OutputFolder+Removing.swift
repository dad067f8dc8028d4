#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Taking away what feedpub wrote: files of feeds no longer produced, and temporaries of killed runs.
extension OutputFolder {
    /// Removes a file feedpub wrote, then its folders as far up as they are left empty.
    /// Anything that is not a regular file (a user's folder or link in its place) is left alone.
    ///
    /// Every folder on the way is opened with `O_NOFOLLOW`: if one was replaced by a symbolic
    /// link, nothing is removed, so no file outside the output folder can be deleted.
    func remove(_ relativePath: String) throws(Failure) {
        let parts = relativePath.split(separator: "/").map(String.init)
        guard let name = parts.last, case let rootFD = open(root.typed, O_RDONLY | O_DIRECTORY | O_CLOEXEC), rootFD >= 0 else { return }
        var folders: [(fd: Int32, name: String)] = [(rootFD, "")]
        defer { for folder in folders { close(folder.fd) } }
        for part in parts.dropLast() {
            let fd = openat(folders.last!.fd, part, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard fd >= 0 else { return }
            folders.append((fd, part))
        }
        var info = stat()
        guard fstatat(folders.last!.fd, name, &info, AT_SYMLINK_NOFOLLOW) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return }
        guard unlinkat(folders.last!.fd, name, 0) == 0 || errno == ENOENT else {
            throw Failure(kind: .cannotWrite, message: "\(root.appending(relativePath)): cannot remove: \(systemError())")
        }
        // Folders left empty go too, innermost first; rmdir fails harmlessly on a non-empty one.
        for level in stride(from: folders.count - 1, to: 0, by: -1) {
            guard unlinkat(folders[level - 1].fd, folders[level].name, AT_REMOVEDIR) == 0 else { break }
        }
    }

    /// Removes temporary files a killed run left in `relativeFolder` (`.<name>.<pid>.tmp`).
    func removeLeftoverTemporaries(in relativeFolder: String, names: Set<String>) {
        let folder = relativeFolder.isEmpty ? root : FolderPath(root.appending(relativeFolder))
        guard let directory = opendir(folder.typed) else { return }
        defer { closedir(directory) }
        var leftovers: [String] = []
        while let entry = readdir(directory) {
            // Only a hidden name can be a temporary: the others (every feed file of the folder)
            // are passed over before a String is made of them, in every folder, every rebuild.
            guard entry.pointee.d_name.0 == CChar(UInt8(ascii: ".")) else { continue }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.baseAddress!.assumingMemoryBound(to: CChar.self)) }
            let parts = name.split(separator: ".", omittingEmptySubsequences: false)
            // "", "rss", "xml", "<pid>", "tmp"
            guard name.hasPrefix("."), name.hasSuffix(".tmp"), parts.count >= 4,
                  parts[parts.count - 2].allSatisfy(\.isNumber),
                  names.contains(parts[1..<(parts.count - 2)].joined(separator: ".")) else { continue }
            leftovers.append(name)
        }
        for name in leftovers { unlink(folder.appending(name)) }
    }
}
