import Foundation
import Testing
import TestSupport

/// The progress line: on a terminal only, never in cron output, never with --quiet.
@Suite("Progress line")
struct ProgressTests {
    static let script = "/usr/bin/script"

    @Test("not a terminal (cron, pipes): no progress line, even when the run outlasts the delay")
    func notATerminal() throws {
        try withTemporaryFolder { folder in
            let build = try ConfiguredBuild("rules", in: folder, configuration: nil)
            #expect(build.result.standardError.isEmpty)
            let slow = try FeedpubCommand.run(["build", "--input", build.input.path, "--output", build.output.path, "--no-cache"],
                                              in: folder, environment: ["FEEDPUB_PROGRESS_DELAY_MS": "0"])
            #expect(slow.status == 0)
            #expect(slow.standardError.isEmpty, "stderr: \(slow.standardError)")
            #expect(!slow.standardOutput.contains("\r"))
        }
    }

    /// `feedpub arguments` on a pseudo-terminal (util-linux `script`); what the terminal showed.
    static func onTerminal(_ arguments: [String], in folder: URL) throws -> String {
        let command = ([try FeedpubCommand.executable().path] + arguments).map { "'\($0)'" }.joined(separator: " ")
        let result = try ExternalCommand.run(script, ["-qec", command, "/dev/null"], in: folder,
                                             environment: ["FEEDPUB_PROGRESS_DELAY_MS": "0"])
        #expect(result.status == 0, "\(result.standardError)")
        return result.standardOutput
    }

    @Test("on a terminal, past the delay: 'read N/M files, wrote K feeds', redrawn with \\r and cleared before the summary",
          .enabled(if: FileManager.default.isExecutableFile(atPath: script)))
    func onATerminal() throws {
        try withTemporaryFolder { folder in
            _ = try ResourceFolder.fixtures.copy("rules", into: folder)
            let shown = try Self.onTerminal(["build", "--input", "rules", "--output", "feeds", "--no-cache"], in: folder)
            #expect(shown.contains("\rread 6/6 files, wrote 6 feeds"), "terminal: \(shown.debugDescription)")
            let cleared = try #require(shown.range(of: "\r" + String(repeating: " ", count: 29) + "\r"), "never cleared: \(shown.debugDescription)")
            #expect(shown[cleared.upperBound...].hasPrefix("feedpub: 6 feeds"), "terminal: \(shown.debugDescription)")
            let quiet = try Self.onTerminal(["build", "--input", "rules", "--output", "feeds2", "--no-cache", "--quiet"], in: folder)
            #expect(quiet.isEmpty, "--quiet showed: \(quiet.debugDescription)")
        }
    }
}
