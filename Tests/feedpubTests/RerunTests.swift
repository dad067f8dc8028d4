import Foundation
import Testing
import TestSupport

/// Output is a pure function of the input: reruns give the same bytes and touch nothing.
@Suite("Reruns")
struct RerunTests {
    @Test("two runs into fresh folders give byte-identical trees")
    func twoRunsGiveIdenticalTrees() throws {
        try withTemporaryFolder { folder in
            let first = try FixtureBuild("articles", in: folder)
            let secondOutput = folder.appendingPathComponent("feeds-again")
            let second = try FeedpubCommand.run(
                ["build", "--input", first.input.path, "--output", secondOutput.path, "--base-url", FixtureBuild.baseURL],
                in: folder)
            #expect(first.result.status == 0 && second.status == 0)
            let differences = FileTree.differences(expected: try FileTree(reading: first.output),
                                                   actual: try FileTree(reading: secondOutput))
            #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
        }
    }

    @Test("a second run on unchanged input rewrites no file (same bytes, same mtimes to the nanosecond)",
          arguments: [[], ["--no-cache"]])
    func secondRunRewritesNothing(options: [String]) throws {
        try withTemporaryFolder { folder in
            let build = try FixtureBuild("articles", in: folder, arguments: options)
            #expect(build.result.status == 0)
            let tree = try FileTree(reading: build.output)
            let times = try FileTree.modificationTimes(under: build.output)
            // Longer than the kernel's timestamp granularity, so a rewrite would show.
            Thread.sleep(forTimeInterval: 0.05)
            let rerun = try build.rerun(arguments: options)
            #expect(rerun.status == 0, "stderr: \(rerun.standardError)")
            let differences = FileTree.differences(expected: tree, actual: try FileTree(reading: build.output))
            #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
            let timesAfter = try FileTree.modificationTimes(under: build.output)
            let rewritten = timesAfter.keys.sorted().filter { timesAfter[$0] != times[$0] }
            #expect(rewritten.isEmpty, "rewritten by the second run: \(rewritten.joined(separator: ", "))")
        }
    }

    @Test("feeds no longer produced are removed (with retired_feeds.keep_days 0); files feedpub did not write are kept")
    func staleFeedsAreRemovedOthersKept() throws {
        try withTemporaryFolder { folder in
            let build = try FixtureBuild("articles", in: folder)
            #expect(build.result.status == 0)
            let userFiles = ["about.html", "topics/mine/notes.txt", "topics/semiconductors/keep.txt"]
            for path in userFiles {
                let url = build.output.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data("mine\n".utf8).write(to: url)
            }
            // The only article on Semiconductors and from Datacenter Dynamics.
            try FileManager.default.removeItem(at: build.input.appendingPathComponent("2024-03-01-chip-exports.md"))
            // No grace period: retired feeds are removed at once (RetiredFeedTests covers the grace period).
            try ConfiguredBuild.writeConfiguration("retired_feeds: {keep_days: 0}\n", in: folder)
            let rerun = try build.rerun()
            #expect(rerun.status == 0, "stderr: \(rerun.standardError)")
            let paths = try FileTree(reading: build.output).filePaths
            for gone in ["topics/semiconductors/rss.xml", "topics/semiconductors/atom.xml",
                         "providers/datacenter-dynamics/rss.xml", "providers/datacenter-dynamics/atom.xml"] {
                #expect(!paths.contains(gone), "\(gone) should have been removed")
            }
            #expect(!FileManager.default.fileExists(atPath: build.output.appendingPathComponent("providers/datacenter-dynamics").path))
            for path in userFiles {
                #expect(try Data(contentsOf: build.output.appendingPathComponent(path)) == Data("mine\n".utf8), "\(path) was touched")
            }
            #expect(paths.contains("topics/ai/rss.xml"))
        }
    }

    @Test("temporary files a killed run left behind are removed by the next run")
    func leftoverTemporariesAreRemoved() throws {
        try withTemporaryFolder { folder in
            let build = try FixtureBuild("articles", in: folder)
            #expect(build.result.status == 0)
            // What a run killed between writing and renaming leaves: `.<name>.<pid>.tmp` beside the file.
            for leftover in [".rss.xml.99999.tmp", "topics/ai/.atom.xml.99999.tmp", "..feedpub-manifest.99999.tmp"] {
                try Data("partial".utf8).write(to: build.output.appendingPathComponent(leftover))
            }
            let rerun = try build.rerun()
            #expect(rerun.status == 0, "stderr: \(rerun.standardError)")
            try Snapshot.expectTree(build.output, equals: "expected", in: .fixtures)
        }
    }
}
