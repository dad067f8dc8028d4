public import Foundation

/// The built `feedpub` executable, run the way a user runs it: a real process with its own
/// working folder, arguments, exit status, stdout and stderr.
public enum FeedpubCommand {
    public typealias Result = CommandResult

    /// Runs `feedpub arguments…` in `directory`, in the environment `ExternalCommand` gives
    /// every program, with `environment` on top.
    public static func run(_ arguments: [String], in directory: URL, environment overrides: [String: String] = [:]) throws -> Result {
        try ExternalCommand.run(try executable().path, arguments, in: directory, environment: overrides)
    }

    /// The `feedpub` binary in the build products folder the test runner is in.
    public static func executable() throws -> URL {
        if let found = cachedExecutable { return found }
        struct NotFound: Error, CustomStringConvertible {
            var searched: [String]
            var description: String {
                "the feedpub binary was not found next to the tests (looked in \(searched.joined(separator: ", "))); "
                    + "build it first: swift build --scratch-path <same path as swift test>"
            }
        }
        throw NotFound(searched: candidateFolders.map(\.path))
    }

    private static let cachedExecutable: URL? = candidateFolders.lazy
        .map { $0.appendingPathComponent("feedpub") }
        .first { isExecutableFile($0) }

    /// The test runner's folder and the loaded bundles', and a few folders up from each
    /// (on macOS the runner sits inside `feedpubPackageTests.xctest/Contents/MacOS`).
    private static var candidateFolders: [URL] {
        let starts = [
            URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath(),
            Bundle.main.executableURL ?? Bundle.main.bundleURL,
        ] + Bundle.allBundles.map(\.bundleURL)
        var folders: [URL] = []
        for start in starts {
            var folder = start.standardizedFileURL.deletingLastPathComponent()
            for _ in 0..<4 {
                if !folders.contains(folder) { folders.append(folder) }
                folder = folder.deletingLastPathComponent()
            }
        }
        return folders
    }

    private static func isExecutableFile(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
            && !isDirectory.boolValue && FileManager.default.isExecutableFile(atPath: url.path)
    }
}
