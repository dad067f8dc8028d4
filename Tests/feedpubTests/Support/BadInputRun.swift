import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// One run of the real binary on an input folder built for one bad-input case: the case's own
/// files (from `Fixtures/bad-input/`, or generated at run time) beside `good-companion.md`, a
/// good article that proves the run goes on.
///
/// Layout of the working folder, which is also the process's working folder:
///
///     <folder>/input/    the case's files and the companion
///     <folder>/feeds/    the output folder
///     <folder>/.cache/   the article cache ($XDG_CACHE_HOME)
///
/// Anything else appearing in `<folder>` is a write outside the output folder.
struct BadInputRun {
    /// The `secured` value every bad-input fixture carries; it must never reach any output.
    static let securedValue = "SECURED-VALUE-must-never-be-published"
    static let companion = "good-companion.md"
    static let companionTitle = "Companion article survives"

    /// How the binary is started.
    enum Runner {
        /// Directly, as the test's own user.
        case direct
        /// As user and group nobody (65534) through `setpriv`, so that permission bits apply
        /// even when the tests run as root; the output folder is handed to nobody first and the
        /// cache is turned off (nobody cannot write `<folder>/.cache`).
        case asNobody
        /// Through `/bin/sh -c '<prefix>; exec feedpub …'` (for `ulimit`).
        case shell(prefix: String)
    }

    let folder: URL
    let input: URL
    let output: URL
    let result: FeedpubCommand.Result
    /// Wall time of the run, in seconds.
    let elapsed: Double
    /// The input folder as it was before the run (nil when it cannot be read, e.g. a mode-000
    /// file and a test not running as root).
    private let inputBefore: FileTree?

    /// Builds `<folder>/input` from `fixtures` (names in `Fixtures/bad-input/`), lets `prepare`
    /// add anything else (generated files, links, a FIFO), then runs `feedpub build` on it.
    init(in folder: URL, fixtures: [String], companion: Bool = true, arguments extra: [String] = [],
         environment: [String: String] = [:], runner: Runner = .direct,
         prepare: (_ input: URL) throws -> Void = { _ in }) throws {
        self.folder = folder
        input = folder.appendingPathComponent("input", isDirectory: true)
        output = folder.appendingPathComponent("feeds", isDirectory: true)
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: false)
        for name in fixtures + (companion ? [Self.companion] : []) {
            try FileManager.default.copyItem(at: Self.fixture(name), to: input.appendingPathComponent(name))
        }
        try prepare(input)
        inputBefore = try? FileTree(reading: input)
        var arguments = ["build", "--input", input.path, "--output", output.path, "--base-url", FixtureBuild.baseURL] + extra
        let started = DispatchTime.now().uptimeNanoseconds
        switch runner {
        case .direct:
            result = try FeedpubCommand.run(arguments, in: folder, environment: environment)
        case .asNobody:
            try Nobody.prepare(folder: folder, input: input, output: output)
            arguments.append("--no-cache")
            result = try ExternalCommand.run(
                "/usr/bin/setpriv", Nobody.setprivArguments + [try FeedpubCommand.executable().path] + arguments,
                in: folder, environment: environment)
        case let .shell(prefix):
            result = try ExternalCommand.run(
                "/bin/sh", ["-c", "\(prefix); exec \"$0\" \"$@\"", try FeedpubCommand.executable().path] + arguments,
                in: folder, environment: environment)
        }
        elapsed = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
    }

    static func fixture(_ name: String) -> URL { Fixtures.url("bad-input/\(name)") }

    /// `lines` with `<input>` and `<output>` replaced by the real folders.
    func resolved(_ lines: [String]) -> [String] {
        lines.map { $0.replacingOccurrences(of: "<input>", with: input.path).replacingOccurrences(of: "<output>", with: output.path) }
    }

    /// The text of `relativePath` in the output folder.
    func outputText(_ relativePath: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(relativePath), encoding: .utf8)
    }

    /// Expects stderr to be exactly `lines` (with `<input>` standing for the input folder).
    func expectErrorLines(_ lines: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.errorLines == resolved(lines), "stderr was:\n\(result.standardError)", sourceLocation: sourceLocation)
    }

    /// What every bad-input case must show, whatever the case: the expected exit status; one
    /// summary line; the companion published in every feed it belongs to; every XML file
    /// well-formed; nothing written outside the output folder (the working folder holds only
    /// input/, feeds/ and .cache/, and the input folder is unchanged); the secured value
    /// nowhere, neither in a file written nor on the console.
    func expectInvariants(status: Int32, articles: Int? = nil, rejected: Int? = nil,
                          sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(result.status == status, "exit status; stderr:\n\(result.standardError)", sourceLocation: sourceLocation)
        #expect(result.outputLines.count == 1, "stdout: \(result.standardOutput)", sourceLocation: sourceLocation)
        let summary = result.outputLines.first ?? ""
        #expect(summary.hasPrefix("feedpub: "), "summary: \(summary)", sourceLocation: sourceLocation)
        if let articles {
            #expect(summary.contains("; \(articles) article\(articles == 1 ? "" : "s") read, "), "summary: \(summary)", sourceLocation: sourceLocation)
        }
        if let rejected {
            let text = rejected == 1 ? "1 file rejected" : "\(rejected) files rejected"
            #expect(summary.contains(text), "summary: \(summary)", sourceLocation: sourceLocation)
        }

        let tree = try FileTree(reading: output)
        for feed in ["rss.xml", "atom.xml", "topics/resilience/rss.xml", "topics/resilience/atom.xml"] {
            guard case let .file(bytes)? = tree.entries[feed] else {
                Issue.record("\(feed) was not written", sourceLocation: sourceLocation)
                continue
            }
            #expect(String(decoding: bytes, as: UTF8.self).contains(Self.companionTitle),
                    "\(feed) lacks the companion article: the run did not go on", sourceLocation: sourceLocation)
        }
        for path in tree.filePaths {
            guard case let .file(bytes)? = tree.entries[path] else { continue }
            if path.hasSuffix(".xml") {
                let problem = WellFormedXML.problem(in: bytes)
                #expect(problem == nil, "\(path) is not well-formed: \(problem ?? "")", sourceLocation: sourceLocation)
            }
            #expect(!Self.mentionsSecured(bytes), "\(path) mentions 'secured'", sourceLocation: sourceLocation)
        }
        #expect(!Self.mentionsSecured(Data(result.standardOutput.utf8)), "stdout mentions 'secured'", sourceLocation: sourceLocation)
        #expect(!Self.mentionsSecured(Data(result.standardError.utf8)), "stderr mentions 'secured'", sourceLocation: sourceLocation)

        let entries = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
        #expect(entries.isSubset(of: [".cache", "feeds", "input"]),
                "written outside the output folder: \(entries.sorted())", sourceLocation: sourceLocation)
        if let inputBefore {
            let differences = FileTree.differences(expected: inputBefore, actual: try FileTree(reading: input))
            #expect(differences.isEmpty, "the input folder was changed: \(differences)", sourceLocation: sourceLocation)
        }
    }

    /// Whether `bytes` contain "secured" in any letter case, or the fixtures' secured value.
    static func mentionsSecured(_ bytes: Data) -> Bool {
        let lower = Data(bytes.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 })
        return lower.range(of: Data("secured".utf8)) != nil
    }
}

/// Runs some other program (setpriv, sh, flock) the way `FeedpubCommand` runs feedpub: same
/// environment, both pipes drained at once.
enum ExternalCommand {
    static func run(_ executable: String, _ arguments: [String], in directory: URL,
                    environment overrides: [String: String] = [:]) throws -> FeedpubCommand.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = environment(in: directory, overrides)
        let output = Pipe(), error = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let errorData = DrainedPipe(error)
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if process.terminationReason == .uncaughtSignal {
            Issue.record("\(executable) \(arguments.joined(separator: " ")) was killed by signal \(process.terminationStatus)")
        }
        return FeedpubCommand.Result(status: process.terminationStatus,
                                     standardOutput: String(decoding: outputData, as: UTF8.self),
                                     standardError: String(decoding: errorData.wait(), as: UTF8.self))
    }

    /// Starts `executable` in the background with its output discarded.
    static func start(_ executable: String, _ arguments: [String], in directory: URL,
                      environment overrides: [String: String] = [:]) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = environment(in: directory, overrides)
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// The environment `FeedpubCommand.run` gives feedpub.
    static func environment(in directory: URL, _ overrides: [String: String]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["COLUMNS"] = "80"
        environment["LINES"] = "25"
        environment["XDG_CACHE_HOME"] = directory.appendingPathComponent(".cache").path
        environment.merge(overrides) { _, override in override }
        return environment
    }

    static func isExecutable(_ path: String) -> Bool { access(path, X_OK) == 0 }
}

/// Reads a pipe to its end on another thread.
private final class DrainedPipe: @unchecked Sendable {
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
