import Foundation
import Testing
import TestSupport

/// The one process runner every end-to-end test uses.
@Suite struct ExternalCommandTests {
    @Test func capturesStatusStdoutAndStderr() throws {
        try withTemporaryFolder { folder in
            let result = try ExternalCommand.run("/bin/sh", ["-c", "echo out; echo err >&2; exit 3"], in: folder)
            #expect(result.status == 3)
            #expect(result.outputLines == ["out"])
            #expect(result.errorLines == ["err"])
        }
    }

    /// Both pipes are drained at once: a child filling stderr never blocks.
    @Test(.timeLimit(.minutes(1))) func largeStderrDoesNotBlock() throws {
        try withTemporaryFolder { folder in
            let result = try ExternalCommand.run("/bin/sh", ["-c", "head -c 1000000 /dev/zero | tr '\\0' x >&2; echo done"], in: folder)
            #expect(result.standardError.utf8.count == 1_000_000)
            #expect(result.outputLines == ["done"])
        }
    }

    @Test func runsInTheFolderWithFixedTerminalAndCache() throws {
        try withTemporaryFolder { folder in
            let result = try ExternalCommand.run("/bin/sh", ["-c", "pwd; echo $COLUMNS $LINES; echo $XDG_CACHE_HOME; echo $EXTRA"],
                                                 in: folder, environment: ["LINES": "40", "EXTRA": "yes"])
            let real = folder.resolvingSymlinksInPath().path
            #expect(result.outputLines == [real, "80 40", folder.appendingPathComponent(".cache").path, "yes"])
        }
    }

    @Test func linesDropOnlyTheFinalEmptyLine() {
        let result = CommandResult(status: 0, standardOutput: "a\n\nb\n", standardError: "")
        #expect(result.outputLines == ["a", "", "b"])
        #expect(result.errorLines == [])
    }

    @Test func theBuiltFeedpubIsFoundAndRuns() throws {
        #expect(ExternalCommand.isExecutable(try FeedpubCommand.executable().path))
        try withTemporaryFolder { folder in
            let result = try FeedpubCommand.run(["--version"], in: folder)
            #expect(result.status == 0 && !result.outputLines.isEmpty)
        }
    }
}
