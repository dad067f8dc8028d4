import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// `feedpub watch` running in the background, as systemd would run it: its working folder is
/// `folder` (so `feedpub.yml` there is its configuration), stdout and stderr go to files that
/// the test reads while it runs, and it is stopped with a signal.
final class WatchProcess {
    let folder: URL
    let input: URL
    let output: URL
    let process: Process
    private let standardOutput: URL
    private let standardError: URL

    /// Starts `feedpub watch --input input --output <folder>/feeds --base-url … --debounce 50ms extra…`
    /// and waits for its first line (the first build done, every folder watched).
    init(in folder: URL, input: URL, arguments extra: [String] = [], environment: [String: String] = [:],
         waitForStart: Bool = true) throws {
        self.folder = folder
        self.input = input
        output = folder.appendingPathComponent("feeds", isDirectory: true)
        standardOutput = folder.appendingPathComponent("watch.out")
        standardError = folder.appendingPathComponent("watch.err")
        for file in [standardOutput, standardError] { _ = FileManager.default.createFile(atPath: file.path, contents: nil) }
        process = Process()
        process.executableURL = try FeedpubCommand.executable()
        process.arguments = ["watch", "--input", input.path, "--output", output.path, "--base-url", FixtureBuild.baseURL,
                             "--debounce", "50ms"] + extra
        process.currentDirectoryURL = folder
        process.environment = ExternalCommand.environment(in: folder, environment)
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: standardOutput)
        process.standardError = try FileHandle(forWritingTo: standardError)
        try process.run()
        if waitForStart { _ = try waitForLines(1) }
    }

    deinit { kill() }

    var pid: Int32 { process.processIdentifier }

    /// What it printed on stdout so far, line by line.
    var lines: [String] { Self.lines(of: standardOutput) }
    /// What it printed on stderr so far, line by line.
    var errorLines: [String] { Self.lines(of: standardError) }

    /// Stdout once it holds `count` lines (within `seconds`); the test fails past that.
    @discardableResult
    func waitForLines(_ count: Int, seconds: Double = 30, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        try waitFor("\(count) lines on stdout", seconds: seconds, sourceLocation: sourceLocation) { lines.count >= count ? lines : nil }
    }

    /// The next line on stdout after the `count` there are now, once `change` (a change to the input) is done.
    func lineAfter(_ change: () throws -> Void, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let count = lines.count
        try change()
        return try waitForLines(count + 1, sourceLocation: sourceLocation)[count]
    }

    /// Polls `condition` every 10 ms until it gives a value; records an issue and throws after `seconds`.
    func waitFor<T>(_ what: String, seconds: Double = 30, sourceLocation: SourceLocation = #_sourceLocation,
                    _ condition: () throws -> T?) throws -> T {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let value = try condition() { return value }
            guard process.isRunning else { break }
            usleep(10_000)
        }
        if let value = try condition() { return value }
        let failure = WatchTimedOut(description: "waited \(seconds) s for \(what); running: \(process.isRunning); "
            + "stdout: \(lines.joined(separator: " | ")); stderr: \(errorLines.joined(separator: " | "))")
        Issue.record("\(failure)", sourceLocation: sourceLocation)
        throw failure
    }

    /// Sends `signal` and waits for the process to end; its exit status (a signal's number + 128 if killed by one).
    func stop(with signal: Int32 = SIGTERM, seconds: Double = 30) -> Int32 {
        Glibc.kill(pid, signal)
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        guard !process.isRunning else { return -1 }
        return process.terminationReason == .exit ? process.terminationStatus : 128 + process.terminationStatus
    }

    /// SIGKILL, when still running.
    func kill() {
        if process.isRunning { Glibc.kill(pid, SIGKILL) }
        process.waitUntilExit()
    }

    /// The number of open descriptors, and of inotify watches (each `inotify wd:` line of its inotify descriptor's fdinfo).
    func descriptorsAndWatches() throws -> (descriptors: Int, watches: Int) {
        let descriptors = try FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/fd")
        var watches = 0
        for descriptor in descriptors {
            let info = (try? String(contentsOfFile: "/proc/\(pid)/fdinfo/\(descriptor)", encoding: .utf8)) ?? ""
            watches += info.components(separatedBy: "\n").filter { $0.hasPrefix("inotify wd:") }.count
        }
        return (descriptors.count, watches)
    }

    private static func lines(of file: URL) -> [String] {
        let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        // Only whole lines: a line being written is not there yet.
        return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }
}

/// A wait for the watch that ran out of time: what was awaited, and what the watch had printed.
struct WatchTimedOut: Error, CustomStringConvertible {
    var description: String
}
