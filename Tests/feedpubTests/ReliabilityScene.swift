import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// A small input folder of articles made on the spot, beside an output folder and a cache, and
/// runs of the real binary on them that can never hang a test: each run has a time limit, after
/// which it is killed and reported as timed out.
///
///     <folder>/input/   <folder>/feeds/   <folder>/.cache/   <folder>/logs/ (each run's stdout, stderr)
struct ReliabilityScene {
    let folder: URL
    let input: URL
    let output: URL
    let cache: URL
    private let logs: URL

    /// A run's outcome; `timedOut` when it had to be killed.
    struct Outcome {
        var status: Int32
        var standardOutput: String
        var standardError: String
        var timedOut: Bool
        var errorLines: [String] { standardError.split(separator: "\n").map(String.init) }
    }

    /// A run started in the background (`start`), to be collected with `finish`.
    struct Started {
        var process: Process
        var log: URL
    }

    /// An mtime far in the past: a file with it is settled from its first run on.
    static let oldDate = Date(timeIntervalSince1970: 1_700_000_000)

    init(in folder: URL) throws {
        self.folder = folder
        input = folder.appendingPathComponent("input", isDirectory: true)
        output = folder.appendingPathComponent("feeds", isDirectory: true)
        cache = folder.appendingPathComponent(".cache", isDirectory: true)
        logs = folder.appendingPathComponent("logs", isDirectory: true)
        for made in [input, output, cache, logs] { try FileManager.default.createDirectory(at: made, withIntermediateDirectories: true) }
    }

    /// Writes an article at `relativePath` (made of `name`), with an old mtime unless `settled` is false.
    @discardableResult
    func article(_ relativePath: String, title: String, day: Int = 1, topics: [String] = ["Shared"], body: String = "Body.",
                 settled: Bool = true) throws -> URL {
        let file = input.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(Self.text(title: title, day: day, topics: topics, body: body).utf8).write(to: file)
        if settled { try FileManager.default.setAttributes([.modificationDate: Self.oldDate], ofItemAtPath: file.path) }
        return file
    }

    /// `count` articles, each on a topic of its own: three feed files per article to announce.
    func articlesOnTopicsOfTheirOwn(_ count: Int) throws {
        for index in 1...count { try article("a\(index).md", title: "Article \(index)", day: index, topics: ["Topic \(index)"]) }
    }

    static func text(title: String, day: Int, topics: [String], body: String) -> String {
        let slug = title.lowercased().replacingOccurrences(of: " ", with: "-")
        return """
            ---
            title: "\(title)"
            publishedDateTime: 2024-05-\(String(format: "%02d", day))T10:00:00Z
            webUrl: "https://example.com/\(slug)"
            topics: [\(topics.map { "\"\($0)\"" }.joined(separator: ", "))]
            ---

            \(body)

            """
    }

    /// `build --input <input> --output <output> --base-url … extra`.
    func buildArguments(_ extra: [String] = []) -> [String] {
        ["build", "--input", input.path, "--output", output.path, "--base-url", FixtureBuild.baseURL] + extra
    }

    /// Runs feedpub and waits for it, at most `timeout` seconds.
    func run(_ arguments: [String], asNobody: Bool = false, timeout: Double = 20) throws -> Outcome {
        try finish(try start(arguments, asNobody: asNobody), timeout: timeout)
    }

    /// Starts feedpub in the background; as user nobody (with the output and cache handed to it) if asked.
    func start(_ arguments: [String], asNobody: Bool = false) throws -> Started {
        let log = logs.appendingPathComponent(UUID().uuidString)
        for stream in [".out", ".err"] { _ = FileManager.default.createFile(atPath: log.path + stream, contents: nil) }
        let process = Process()
        let feedpub = try FeedpubCommand.executable().path
        if asNobody {
            for path in [folder.path, input.path, logs.path] { chmod(path, 0o755) }
            for path in [output.path, cache.path, log.path + ".out", log.path + ".err"] { chown(path, Nobody.uid, Nobody.uid) }
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = Nobody.setprivArguments + [feedpub] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: feedpub)
            process.arguments = arguments
        }
        process.currentDirectoryURL = folder
        process.environment = ExternalCommand.environment(in: folder, [:])
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: log.path + ".out"))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: log.path + ".err"))
        try process.run()
        return Started(process: process, log: log)
    }

    /// Waits for a started run at most `timeout` seconds, killing it past that.
    func finish(_ started: Started, timeout: Double = 20) throws -> Outcome {
        let deadline = Date().addingTimeInterval(timeout)
        while started.process.isRunning && Date() < deadline { usleep(20_000) }
        let timedOut = started.process.isRunning
        if timedOut { kill(started.process.processIdentifier, SIGKILL) }
        started.process.waitUntilExit()
        return Outcome(status: started.process.terminationStatus,
                       standardOutput: try String(contentsOfFile: started.log.path + ".out", encoding: .utf8),
                       standardError: try String(contentsOfFile: started.log.path + ".err", encoding: .utf8),
                       timedOut: timedOut)
    }

    /// Holds the output folder's lock (flock(1) on the folder, as feedpub takes it) for 3 s, starts
    /// a build that waits for it, and applies `change` while that build waits; then lets it finish.
    func whileABuildWaitsForTheLock(_ extra: [String] = [], timeout: Double = 40, change: () throws -> Void) throws -> Outcome {
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let lock = try ExternalCommand.start("/usr/bin/flock", [output.path, "-c", "sleep 3"], in: folder)
        defer { lock.waitUntilExit() }
        Thread.sleep(forTimeInterval: 0.5)
        let waiting = try start(buildArguments(extra + ["--lock-wait", "30"]))
        Thread.sleep(forTimeInterval: 1.5)
        try change()
        return try finish(waiting, timeout: timeout)
    }

    /// Creates a file or folder whose name is the given bytes (not necessarily UTF-8) inside `parent`.
    static func create(rawName: [UInt8], in parent: URL, folder isFolder: Bool = false, contents: String = "") -> Bool {
        let path = Array(parent.path.utf8) + [UInt8(ascii: "/")] + rawName + [0]
        return path.withUnsafeBufferPointer { raw in
            raw.baseAddress!.withMemoryRebound(to: CChar.self, capacity: raw.count) { name in
                if isFolder { return mkdir(name, 0o755) == 0 }
                let fd = open(name, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
                guard fd >= 0 else { return false }
                defer { close(fd) }
                let bytes = Array(contents.utf8)
                return bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) } == bytes.count
            }
        }
    }

    /// The tree of a `--no-cache` build of the same input into a folder of its own, and its outcome.
    func coldBuild(_ extra: [String] = []) throws -> (tree: FileTree, outcome: Outcome) {
        let cold = folder.appendingPathComponent("cold-\(UUID().uuidString)")
        let outcome = try run(["build", "--input", input.path, "--output", cold.path, "--base-url", FixtureBuild.baseURL,
                               "--no-cache"] + extra)
        return (try FileTree(reading: cold), outcome)
    }
}
