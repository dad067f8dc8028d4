import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Running feedpub as user nobody, so that file permissions apply although the tests run as
/// root (root reads a mode-000 file and writes into a mode-0555 folder).
enum Nobody {
    static let uid: uid_t = 65534
    static let setprivArguments = ["--reuid=65534", "--regid=65534", "--clear-groups"]

    /// True when the tests run as root and `setpriv` can start the built feedpub as nobody
    /// (it must be able to reach the binary: a build folder under a private home would not do).
    static let isAvailable: Bool = {
        guard getuid() == 0, ExternalCommand.isExecutable("/usr/bin/setpriv"),
              let feedpub = try? FeedpubCommand.executable() else { return false }
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        probe.arguments = setprivArguments + [feedpub.path, "--version"]
        probe.standardInput = FileHandle.nullDevice
        probe.standardOutput = FileHandle.nullDevice
        probe.standardError = FileHandle.nullDevice
        guard (try? probe.run()) != nil else { return false }
        probe.waitUntilExit()
        return probe.terminationReason == .exit && probe.terminationStatus == 0
    }()

    /// The working and input folders readable by nobody, and the output folder its own.
    static func prepare(folder: URL, input: URL, output: URL) throws {
        for path in [folder.path, input.path] { chmod(path, 0o755) }
        if !FileManager.default.fileExists(atPath: output.path) {
            try FileManager.default.createDirectory(at: output, withIntermediateDirectories: false)
            #expect(chown(output.path, uid, uid) == 0, "cannot hand \(output.path) to nobody")
        }
    }
}
