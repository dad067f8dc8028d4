import Foundation
import Testing
import TestSupport

/// `--help` is user interface: snapshotted in `Fixtures/help/`, re-recorded like the golden tree.
@Suite("Help text")
struct HelpTests {
    struct HelpCase: Sendable, CustomTestStringConvertible {
        var arguments: [String]
        var snapshot: String
        var testDescription: String { "feedpub " + arguments.joined(separator: " ") }
    }

    @Test("help output matches its snapshot", arguments: [
        HelpCase(arguments: ["--help"], snapshot: "help/feedpub.txt"),
        HelpCase(arguments: ["build", "--help"], snapshot: "help/feedpub-build.txt"),
        HelpCase(arguments: ["check", "--help"], snapshot: "help/feedpub-check.txt"),
        HelpCase(arguments: ["watch", "--help"], snapshot: "help/feedpub-watch.txt"),
    ])
    func helpMatchesSnapshot(_ help: HelpCase) throws {
        try withTemporaryFolder { folder in
            let result = try FeedpubCommand.run(help.arguments, in: folder)
            #expect(result.status == 0)
            #expect(result.standardError.isEmpty, "stderr: \(result.standardError)")
            try Snapshot.assertMatches(Array(result.standardOutput.utf8), named: help.snapshot, in: .fixtures)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "--help wrote files")
        }
    }
}
