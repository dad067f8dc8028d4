import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Bad input that is about the files rather than their text: links, permissions, special files,
/// files that vanish, and two files claiming one URL.
@Suite("Bad input: links, permissions, vanishing files, duplicate URLs")
struct BadInputFileSystemTests {
    /// Fixtures used here (for `BadInputMessagesTests.everyFixtureIsUsed`).
    static let fixtures = [
        "symlink-target-outside.md", "unreadable.md", "removed-after-first-run.md",
        "duplicate-url-older.md", "duplicate-url-newer.md", "duplicate-url-tie-a.md", "duplicate-url-tie-b.md",
    ]

    @Test("symbolic links to a file and to a folder outside the input folder are not followed")
    func linksOutsideAreNotFollowed() throws {
        try withTemporaryFolder { folder in
            // The target lives beside the input folder, where the run must not read.
            let outside = folder.appendingPathComponent("outside")
            let run = try BadInputRun(in: folder, fixtures: []) { input in
                try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: false)
                try FileManager.default.copyItem(at: BadInputRun.fixture("symlink-target-outside.md"),
                                                 to: outside.appendingPathComponent("symlink-target-outside.md"))
                try FileManager.default.createSymbolicLink(atPath: input.appendingPathComponent("outside-link.md").path,
                                                           withDestinationPath: "../outside/symlink-target-outside.md")
                try FileManager.default.createSymbolicLink(atPath: input.appendingPathComponent("linked-folder").path,
                                                           withDestinationPath: "../outside")
            }
            // A link with an article's name is reported; a linked folder is silently not entered.
            run.expectErrorLines(["feedpub: error: <input>/outside-link.md: symbolic link; not followed"])
            let outsideTree = try FileTree(reading: outside)
            try FileManager.default.removeItem(at: outside)   // so that the containment check sees only our folders
            try run.expectInvariants(status: 65, articles: 1, rejected: 1)
            #expect(outsideTree.filePaths == ["symlink-target-outside.md"], "the target folder was changed")
            for path in try FileTree(reading: run.output).filePaths {
                #expect(!(try run.outputText(path)).contains("LINK TARGET MUST NOT BE PUBLISHED"), "\(path) holds the link's target")
            }
        }
    }

    @Test("a dangling symbolic link is reported, not followed")
    func danglingLinkIsReported() throws {
        try withTemporaryFolder { folder in
            let run = try BadInputRun(in: folder, fixtures: []) { input in
                try FileManager.default.createSymbolicLink(atPath: input.appendingPathComponent("dangling.md").path,
                                                           withDestinationPath: "no-such-article.md")
            }
            run.expectErrorLines(["feedpub: error: <input>/dangling.md: symbolic link; not followed"])
            try run.expectInvariants(status: 65, articles: 1, rejected: 1)
        }
    }

    @Test("problems are reported in path order, links included")
    func problemsAreInPathOrder() throws {
        try withTemporaryFolder { folder in
            let run = try BadInputRun(in: folder, fixtures: ["missing-title.md"]) { input in
                for name in ["z-dangling.md", "a-dangling.md"] {
                    try FileManager.default.createSymbolicLink(atPath: input.appendingPathComponent(name).path,
                                                               withDestinationPath: "no-such-article.md")
                }
            }
            run.expectErrorLines([
                "feedpub: error: <input>/a-dangling.md: symbolic link; not followed",
                "feedpub: error: <input>/missing-title.md: missing 'title'",
                "feedpub: error: <input>/z-dangling.md: symbolic link; not followed",
            ])
        }
    }

    /// Permission bits do not apply to root, so, as root, the run is made as user nobody through
    /// `setpriv --reuid=65534 --regid=65534 --clear-groups` with the folders made accessible to it
    /// (input readable, output folder nobody's own). Chosen over a FIFO because feedpub lists only
    /// regular files: a FIFO named like an article is skipped without a word (next test), so it
    /// cannot show the error. Not as root, permission bits apply and the binary is run directly.
    @Test("an unreadable file is rejected with the system's reason; the run goes on",
          .enabled(if: getuid() != 0 || Nobody.isAvailable, "needs setpriv able to run the built feedpub as nobody"))
    func unreadableFileIsRejected() throws {
        try withTemporaryFolder { folder in
            let run = try BadInputRun(in: folder, fixtures: ["unreadable.md"], runner: getuid() == 0 ? .asNobody : .direct) { input in
                #expect(chmod(input.appendingPathComponent("unreadable.md").path, 0) == 0)
            }
            defer { chmod(run.input.appendingPathComponent("unreadable.md").path, 0o644) }
            run.expectErrorLines(["feedpub: error: <input>/unreadable.md: cannot open: Permission denied"])
            try run.expectInvariants(status: 65, articles: 1, rejected: 1)
            for path in try FileTree(reading: run.output).filePaths {
                #expect(!(try run.outputText(path)).contains("UNREADABLE MUST NOT BE PUBLISHED"))
            }
        }
    }

    // Issue 12: nothing named like an article is skipped in silence; a FIFO is reported like a link.
    @Test("a FIFO named like an article neither blocks the run nor is read: reported as not a regular file",
          .timeLimit(.minutes(1)))
    func fifoIsReported() throws {
        try withTemporaryFolder { folder in
            let run = try BadInputRun(in: folder, fixtures: []) { input in
                #expect(mkfifo(input.appendingPathComponent("fifo.md").path, 0o644) == 0)
            }
            #expect(run.elapsed < 20, "took \(run.elapsed) s")
            run.expectErrorLines(["feedpub: error: <input>/fifo.md: not a regular file"])
            try run.expectInvariants(status: 65, articles: 1, rejected: 1)
        }
    }

    @Test("a file removed after a first run that cached it is dropped quietly; the output equals a cold run's")
    func fileRemovedAfterCachedRun() throws {
        try withTemporaryFolder { folder in
            let first = try BadInputRun(in: folder, fixtures: ["removed-after-first-run.md"]) { input in
                // Old modification times, so that the cache trusts its entries (see CacheTests.settle).
                try CacheTests.settle(input)
            }
            try first.expectInvariants(status: 0, articles: 2, rejected: 0)
            #expect(FileManager.default.fileExists(atPath: first.output.appendingPathComponent("topics/ephemeral/rss.xml").path))
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(".cache/feedpub").path), "no cache was written")

            try FileManager.default.removeItem(at: first.input.appendingPathComponent("removed-after-first-run.md"))
            let arguments = ["build", "--input", first.input.path, "--base-url", FixtureBuild.baseURL]
            // The cold run starts from the output folder as the second run finds it (its feed history).
            let cold = folder.appendingPathComponent("cold")
            try FileManager.default.copyItem(at: first.output, to: cold)
            let second = try FeedpubCommand.run(arguments + ["--output", first.output.path], in: folder)
            #expect(second.status == 0, "stderr: \(second.standardError)")
            #expect(second.errorLines.isEmpty, "stderr: \(second.standardError)")
            #expect(second.outputLines.first?.contains("; 1 article read, 0 files rejected") == true, "stdout: \(second.standardOutput)")
            // Its topic's feed is retired: kept as last published, its JSON Feed marked expired.
            let retired = try ConfiguredBuild.object(first.output.appendingPathComponent("topics/ephemeral/feed.json"))
            #expect(retired["expired"] as? Bool == true)

            let coldRun = try FeedpubCommand.run(arguments + ["--output", cold.path, "--no-cache"], in: folder)
            #expect(coldRun.status == 0)
            let differences = FileTree.differences(expected: try FileTree(reading: cold), actual: try FileTree(reading: first.output))
            #expect(differences.isEmpty, "differs from a cold run: \(differences.joined(separator: "\n"))")
        }
    }

    // MARK: Duplicate URLs

    static let duplicateFixtures = ["duplicate-url-older.md", "duplicate-url-newer.md", "duplicate-url-tie-a.md", "duplicate-url-tie-b.md"]

    @Test("two files with one URL: the newest wins (on a tie the first path), warned, the topics joined")
    func duplicateURLsHaveADeterministicWinner() throws {
        try withTemporaryFolder { folder in
            let run = try BadInputRun(in: folder, fixtures: Self.duplicateFixtures)
            run.expectErrorLines([
                "feedpub: warning: <input>/duplicate-url-newer.md: same URL as <input>/duplicate-url-older.md; merged into one entry, this file's fields win (newest)",
                "feedpub: warning: <input>/duplicate-url-tie-a.md: same URL as <input>/duplicate-url-tie-b.md; merged into one entry, this file's fields win (newest)",
            ])
            try run.expectInvariants(status: 0, articles: 5, rejected: 0)
            let rss = try run.outputText("rss.xml")
            #expect(rss.components(separatedBy: "<guid isPermaLink=\"true\">https://example.com/same-story</guid>").count == 2)
            #expect(rss.components(separatedBy: "<guid isPermaLink=\"true\">https://example.com/tie</guid>").count == 2)
            let story = try #require(BadInputOutcomeTests.item("https://example.com/same-story", in: rss))
            #expect(story.contains("<title>Newer version of the story</title>"), "item: \(story)")
            #expect(story.contains(">Newer</category>") && story.contains(">Older</category>"), "item: \(story)")
            #expect(!rss.contains("Older version of the story"))
            let entry = try #require(BadInputOutcomeTests.entry("https://example.com/same-story", in: try run.outputText("atom.xml")))
            #expect(entry.contains("<published>2024-05-01T08:00:00Z</published>"), "entry: \(entry)")
            #expect(entry.contains("<updated>2024-05-03T08:00:00Z</updated>"), "entry: \(entry)")
            let tie = try #require(BadInputOutcomeTests.item("https://example.com/tie", in: rss))
            #expect(tie.contains("<title>Tie, first path</title>"), "item: \(tie)")
        }
    }

    @Test("the winner does not depend on the order the files were created in")
    func duplicateWinnerIgnoresCreationOrder() throws {
        try withTemporaryFolder { folder in
            var trees: [FileTree] = []
            var errors: [[String]] = []
            for order in [Self.duplicateFixtures, Self.duplicateFixtures.reversed()] {
                let runFolder = folder.appendingPathComponent("run-\(trees.count)")
                try FileManager.default.createDirectory(at: runFolder, withIntermediateDirectories: false)
                let run = try BadInputRun(in: runFolder, fixtures: order, arguments: ["--no-cache"])
                trees.append(try FileTree(reading: run.output))
                errors.append(run.result.errorLines.map { $0.replacingOccurrences(of: run.input.path, with: "<input>") })
            }
            #expect(FileTree.differences(expected: trees[0], actual: trees[1]).isEmpty)
            #expect(errors[0] == errors[1])
        }
    }
}
