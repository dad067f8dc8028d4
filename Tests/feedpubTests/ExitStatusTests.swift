import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The exit statuses cron sees (BSD sysexits), and that a failed start writes nothing.
@Suite("Exit statuses")
struct ExitStatusTests {
    @Test("a usage error exits 64, says why on stderr and creates no output folder", arguments: [
        ["--limit", "0"],
        ["--base-url", "ftp://x"],
        ["--base-url", "not-a-url"],
        ["--no-such-option"],
    ])
    func usageErrorExits64(arguments: [String]) throws {
        try withTemporaryFolder { folder in
            let build = try FixtureBuild("articles", in: folder, arguments: arguments)
            #expect(build.result.status == 64, "stderr: \(build.result.standardError)")
            #expect(!build.result.standardError.isEmpty)
            #expect(build.result.standardOutput.isEmpty, "stdout: \(build.result.standardOutput)")
            #expect(!FileManager.default.fileExists(atPath: build.output.path))
        }
    }

    @Test("an input folder that is missing or is a file exits 66 with one error line naming it, and writes nothing",
          arguments: [false, true])
    func missingInputExits66(inputIsAFile: Bool) throws {
        try withTemporaryFolder { folder in
            let input = folder.appendingPathComponent("no-such-folder")
            if inputIsAFile { try Data("---\n".utf8).write(to: input) }
            let output = folder.appendingPathComponent("feeds")
            let result = try FeedpubCommand.run(["build", "--input", input.path, "--output", output.path], in: folder)
            #expect(result.status == 66, "stderr: \(result.standardError)")
            #expect(result.errorLines.count == 1, "stderr: \(result.standardError)")
            #expect(result.errorLines.first?.hasPrefix("feedpub: error: \(input.path): ") == true, "stderr: \(result.standardError)")
            #expect(!FileManager.default.fileExists(atPath: output.path))
        }
    }

    @Test("an output folder that is, or is under, a regular file exits 73 with an error naming the path",
          arguments: ["file", "file/feeds"])
    func outputUnderRegularFileExits73(outputPath: String) throws {
        try withTemporaryFolder { folder in
            let file = folder.appendingPathComponent("file")
            try Data("not a folder\n".utf8).write(to: file)
            let input = try ResourceFolder.fixtures.copy("articles", into: folder)
            let output = folder.appendingPathComponent(outputPath)
            let result = try FeedpubCommand.run(["build", "--input", input.path, "--output", output.path], in: folder)
            #expect(result.status == 73, "stderr: \(result.standardError)")
            let errors = result.errorLines.filter { $0.hasPrefix("feedpub: error: ") }
            #expect(errors.count == 1, "stderr: \(result.standardError)")
            #expect(errors.first?.contains(file.path) == true, "stderr: \(result.standardError)")
            #expect(try Data(contentsOf: file) == Data("not a folder\n".utf8))
        }
    }

    @Test("a run that fails with 74 leaves every published feed as it was (README, Running from cron)")
    func failedWriteChangesNoFeed() throws {
        try withTemporaryFolder { folder in
            let build = try FixtureBuild("articles", in: folder)
            #expect(build.result.status == 0)
            // A file in the place of one feed's folder, and an input change that touches other feeds.
            // (Something in the place of a feed file is refused and the rest published: UserFileTests.)
            let blocked = build.output.appendingPathComponent("topics/zurich")
            try FileManager.default.removeItem(at: blocked)
            try Data("not a folder\n".utf8).write(to: blocked)
            try FileManager.default.removeItem(at: build.input.appendingPathComponent("2024-03-01-chip-exports.md"))
            let before = try FileTree(reading: build.output)
            let rerun = try build.rerun()
            #expect(rerun.status == 74 || rerun.status == 73, "stderr: \(rerun.standardError)")
            #expect(rerun.errorLines.contains { $0.hasPrefix("feedpub: error: \(blocked.path): ") }, "stderr: \(rerun.standardError)")
            let differences = FileTree.differences(expected: before, actual: try FileTree(reading: build.output))
                .filter { !$0.contains(".feedpub-manifest") }
            #expect(differences.isEmpty, "changed by a failed run: \(differences.joined(separator: ", "))")
        }
    }

    @Test("while another run holds the output folder, a run exits 75 and writes nothing")
    func busyOutputFolderExits75() throws {
        try withTemporaryFolder { folder in
            let input = try ResourceFolder.fixtures.copy("articles", into: folder)
            let output = folder.appendingPathComponent("feeds")
            try FileManager.default.createDirectory(at: output, withIntermediateDirectories: false)
            // The lock another run would hold: flock(2) on the output folder itself.
            let fd = open(output.path, O_RDONLY | O_DIRECTORY)
            try #require(fd >= 0)
            defer { close(fd) }
            try #require(flock(fd, LOCK_EX | LOCK_NB) == 0)
            let result = try FeedpubCommand.run(
                ["build", "--input", input.path, "--output", output.path, "--lock-wait", "0"], in: folder)
            #expect(result.status == 75, "stderr: \(result.standardError)")
            #expect(result.errorLines.contains { $0.hasPrefix("feedpub: error: \(output.path): ") }, "stderr: \(result.standardError)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).isEmpty)
        }
    }
}
