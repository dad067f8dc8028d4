#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import FeedModel

extension RunRecord {
    /// The files of the output folder a run's record follows beyond the manifest's: the
    /// manifest itself and the feed history and server lists kept beside it.
    static let bookkeeping = [Manifest.fileName, FeedHistory.path, ServerLists.gonePath, ServerLists.redirectsPath]

    /// Whether every file and folder recorded is still at the version recorded (or still absent).
    func stillHolds(in output: FolderPath) -> Bool {
        outputs.allSatisfy { FileVersion.ofFileOrFolder(Self.location($0.path, in: output)) == $0.version }
    }

    /// The versions of `paths` (the manifest's, after publishing), of the bookkeeping files,
    /// and of every folder holding one, the output folder itself included; with each feed
    /// file's entries from `entryCounts`.
    static func outputs(_ paths: Set<String>, in output: FolderPath, entryCounts: [String: Int]) -> [Output] {
        let files = paths.union(bookkeeping)
        var folders: Set<String> = [""]
        for path in files {
            // Slashes found in the UTF-8 bytes: walking back by Character cost more than the rest.
            var end = path.utf8.endIndex
            while let slash = path.utf8[..<end].lastIndex(of: UInt8(ascii: "/")) {
                end = slash
                guard folders.insert(String(path[..<slash])).inserted else { break }
            }
        }
        return files.union(folders).sorted().map { path in
            Output(path: path, version: FileVersion.ofFileOrFolder(location(path, in: output)), entries: entryCounts[path])
        }
    }

    private static func location(_ path: String, in output: FolderPath) -> String {
        path.isEmpty ? output.typed : output.appending(path)
    }
}

extension FileVersion {
    /// The version of the regular file or folder at `path` (symbolic links not followed), or nil.
    static func ofFileOrFolder(_ path: String) -> FileVersion? {
        var info = stat()
        guard FileName.withSystemPath(path, { lstat($0, &info) }) == 0,
              (info.st_mode & S_IFMT) == S_IFREG || (info.st_mode & S_IFMT) == S_IFDIR else { return nil }
        return FileVersion(info)
    }
}
