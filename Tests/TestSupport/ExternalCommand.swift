public import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Runs a program (feedpub, setpriv, sh, flock) as a real process in a working folder of the
/// test's own, with a fixed terminal size and the article cache in `<folder>/.cache`.
public enum ExternalCommand {
    /// Runs `executable arguments…` in `directory` to its end, both pipes drained at once so a
    /// full stderr pipe can never block the child.
    public static func run(_ executable: String, _ arguments: [String], in directory: URL,
                           environment overrides: [String: String] = [:]) throws -> CommandResult {
        let process = Self.process(executable, arguments, in: directory, overrides)
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let errorData = PipeReader(error)
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if process.terminationReason == .uncaughtSignal {
            let name = URL(fileURLWithPath: executable).lastPathComponent
            Issue.record("\(name) \(arguments.joined(separator: " ")) was killed by signal \(process.terminationStatus)")
        }
        return CommandResult(status: process.terminationStatus,
                             standardOutput: String(decoding: outputData, as: UTF8.self),
                             standardError: String(decoding: errorData.wait(), as: UTF8.self))
    }

    /// Starts `executable` in the background with its output discarded.
    public static func start(_ executable: String, _ arguments: [String], in directory: URL,
                             environment overrides: [String: String] = [:]) throws -> Process {
        let process = Self.process(executable, arguments, in: directory, overrides)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// A process not yet started, reading nothing from stdin.
    private static func process(_ executable: String, _ arguments: [String], in directory: URL,
                                _ overrides: [String: String]) -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = environment(in: directory, overrides)
        process.standardInput = FileHandle.nullDevice
        return process
    }

    /// The test's environment with `COLUMNS=80`, `LINES=25` (help text wraps the same on every
    /// machine) and `XDG_CACHE_HOME=<directory>/.cache` (never the developer's `~/.cache`),
    /// then `overrides`.
    public static func environment(in directory: URL, _ overrides: [String: String]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["COLUMNS"] = "80"
        environment["LINES"] = "25"
        environment["XDG_CACHE_HOME"] = directory.appendingPathComponent(".cache").path
        environment.merge(overrides) { _, override in override }
        return environment
    }

    /// Whether `path` names a program this process may run.
    public static func isExecutable(_ path: String) -> Bool { access(path, X_OK) == 0 }
}
