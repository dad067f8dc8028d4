#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

extension InputFolder {
    /// Throws what listing would throw for the folder itself (missing, not a folder,
    /// unreadable; exit 66). A build checks it before it makes and locks the output folder, so
    /// such a run changes nothing, and lists under the lock.
    func checkRoot() throws(BuildFailure) {
        var info = stat()
        guard stat(root.typed, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
            throw BuildFailure(.noInput, "\(root.typed): input folder does not exist or is not a folder")
        }
        guard let directory = opendir(root.typed) else { throw unreadableRoot() }
        closedir(directory)
    }

    /// The failure for a root folder that cannot be opened; `errno` says why.
    func unreadableRoot() -> BuildFailure {
        BuildFailure(.noInput, "\(root.typed): cannot read the input folder: \(String(cString: strerror(errno)))")
    }
}
