import Foundation
import Testing
import TestSupport

/// `--quiet` and `--dry-run`, as a cron job or an operator uses them.
@Suite("Quiet and dry runs")
struct OptionsTests {
    @Test("--quiet prints nothing on stdout and still writes every feed")
    func quietPrintsNoSummary() throws {
        try withTemporaryFolder { folder in
            let build = try FixtureBuild("articles", in: folder, arguments: ["--quiet"])
            #expect(build.result.status == 0)
            #expect(build.result.standardOutput.isEmpty, "stdout: \(build.result.standardOutput)")
            try Snapshot.expectTree(build.output, equals: "expected", in: .fixtures)
        }
    }

    @Test("--dry-run into a missing folder creates nothing and lists what it would create")
    func dryRunCreatesNothing() throws {
        try withTemporaryFolder { folder in
            let build = try FixtureBuild("articles", in: folder, arguments: ["--dry-run"])
            #expect(build.result.status == 0, "stderr: \(build.result.standardError)")
            #expect(!FileManager.default.fileExists(atPath: build.output.path))
            #expect(build.result.outputLines.contains("would create \(build.output.path)/rss.xml"),
                    "stdout: \(build.result.standardOutput)")
        }
    }

    @Test("--dry-run over an existing output folder changes no byte and no mtime")
    func dryRunTouchesNothing() throws {
        try withTemporaryFolder { folder in
            let build = try FixtureBuild("articles", in: folder)
            #expect(build.result.status == 0)
            let tree = try FileTree(reading: build.output)
            let times = try FileTree.modificationTimes(under: build.output)
            try FileManager.default.removeItem(at: build.input.appendingPathComponent("2024-03-01-chip-exports.md"))
            // No grace period, so that its feeds would be removed at once.
            try ConfiguredBuild.writeConfiguration("retired_feeds: {keep_days: 0}\n", in: folder)
            Thread.sleep(forTimeInterval: 0.05)
            let dryRun = try FeedpubCommand.run(
                ["build", "--input", build.input.path, "--output", build.output.path, "--base-url", FixtureBuild.baseURL, "--dry-run"],
                in: folder)
            #expect(dryRun.status == 0, "stderr: \(dryRun.standardError)")
            #expect(dryRun.outputLines.contains("would remove \(build.output.path)/topics/semiconductors/rss.xml"),
                    "stdout: \(dryRun.standardOutput)")
            #expect(dryRun.outputLines.contains("would update \(build.output.path)/rss.xml"), "stdout: \(dryRun.standardOutput)")
            #expect(FileTree.differences(expected: tree, actual: try FileTree(reading: build.output)).isEmpty)
            #expect(try FileTree.modificationTimes(under: build.output) == times)
        }
    }
}
