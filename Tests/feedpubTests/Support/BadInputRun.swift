import Foundation
import Testing
import TestSupport

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

    static func fixture(_ name: String) -> URL { ResourceFolder.fixtures.url("bad-input/\(name)") }

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
