import Foundation
import Testing

/// The built `feedpub` executable, run the way a user runs it: a real process with its own
/// working folder, arguments, exit status, stdout and stderr.
enum FeedpubCommand {
    struct Result {
        var status: Int32
        var standardOutput: String
        var standardError: String

        /// Lines of stderr (without the final empty line).
        var errorLines: [String] { Self.lines(standardError) }
        /// Lines of stdout (without the final empty line).
        var outputLines: [String] { Self.lines(standardOutput) }

        private static func lines(_ text: String) -> [String] {
            var lines = text.components(separatedBy: "\n")
            if lines.last == "" { lines.removeLast() }
            return lines
        }
    }

    /// Runs `feedpub arguments…` in `directory`, with a fixed terminal width so that help text
    /// wraps the same on every machine, and the article cache in `<directory>/.cache/feedpub`
    /// (never the developer's `~/.cache`) unless `environment` says otherwise.
    static func run(_ arguments: [String], in directory: URL, environment overrides: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["COLUMNS"] = "80"
        environment["LINES"] = "25"
        environment["XDG_CACHE_HOME"] = directory.appendingPathComponent(".cache").path
        environment.merge(overrides) { _, override in override }
        process.environment = environment
        let output = Pipe(), error = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Both pipes drained at once, so a full stderr pipe can never block the child.
        let errorData = PipeReader(error)
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if process.terminationReason == .uncaughtSignal {
            Issue.record("feedpub \(arguments.joined(separator: " ")) was killed by signal \(process.terminationStatus)")
        }
        return Result(status: process.terminationStatus,
                      standardOutput: String(decoding: outputData, as: UTF8.self),
                      standardError: String(decoding: errorData.wait(), as: UTF8.self))
    }

    /// The `feedpub` binary in the build products folder the test runner is in.
    static func executable() throws -> URL {
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

    /// The test runner's folder and the resource bundle's, and a few folders up from each
    /// (on macOS the runner sits inside `feedpubPackageTests.xctest/Contents/MacOS`).
    private static var candidateFolders: [URL] {
        let starts = [
            Bundle.module.bundleURL,
            URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath(),
            Bundle.main.executableURL ?? Bundle.main.bundleURL,
        ]
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

/// Reads a pipe to its end on another thread.
private final class PipeReader: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ pipe: Pipe) {
        let handle = pipe.fileHandleForReading
        DispatchQueue.global().async {
            self.data = handle.readDataToEndOfFile()
            self.done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
