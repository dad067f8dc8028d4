import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The article cache (`$XDG_CACHE_HOME/feedpub`): whatever changed between two runs, a run with
/// a warm cache must write and report exactly what a run without one writes and reports.
@Suite("Article cache")
struct CacheTests {
    /// A change a user makes between two cron runs, to the input folder or by hand to the output.
    struct Change: Sendable, CustomTestStringConvertible {
        var testDescription: String
        var apply: @Sendable (_ input: URL, _ output: URL) throws -> Void
    }

    static let changes: [Change] = [
        Change(testDescription: "nothing") { _, _ in },
        Change(testDescription: "a file touched, its bytes unchanged") { input, _ in
            try touch(input.appendingPathComponent("dup-first.md"))
        },
        Change(testDescription: "a title edited") { input, _ in
            try replace("Chip exports &amp; AI: a new rulebook", with: "Chip exports: the rulebook, revised",
                        in: input.appendingPathComponent("2024-03-01-chip-exports.md"))
        },
        Change(testDescription: "a title edited in place, same size") { input, _ in
            try replace("Merger approved", with: "Merger APPROVED", in: input.appendingPathComponent("dup-update.md"))
        },
        Change(testDescription: "a body edited") { input, _ in
            try replace("A short *review*", with: "A long **review**", in: input.appendingPathComponent("2023-12-31-year-end.md"))
        },
        Change(testDescription: "a topic added to an article") { input, _ in
            try replace("  - Weather", with: "  - Weather\n  - Alps", in: input.appendingPathComponent("zurich/2024-02-20-weather.txt"))
        },
        Change(testDescription: "a URL changed to one another article has") { input, _ in
            try replace("https://news.example.net/2024/03/chip-exports", with: "https://example.org/story/merger",
                        in: input.appendingPathComponent("2024-03-01-chip-exports.md"))
        },
        Change(testDescription: "an article removed") { input, _ in
            try FileManager.default.removeItem(at: input.appendingPathComponent("2024-03-01-chip-exports.md"))
        },
        Change(testDescription: "an article added") { input, _ in
            try Data("""
                ---
                title: "A new article on AI"
                publishedDateTime: 2024-06-01T08:00:00Z
                webUrl: "https://example.com/new-ai"
                topics: [AI]
                ---

                """.utf8).write(to: input.appendingPathComponent("2024-06-01-new.md"))
        },
        Change(testDescription: "a file added and removed again (the folder changed, not its listing)") { input, _ in
            let passing = input.appendingPathComponent("passing.md")
            try Data("---\ntitle: \"Gone soon\"\n---\n".utf8).write(to: passing)
            try FileManager.default.removeItem(at: passing)
        },
        Change(testDescription: "an article renamed") { input, _ in
            try FileManager.default.moveItem(at: input.appendingPathComponent("dup-first.md"),
                                             to: input.appendingPathComponent("zz-dup-first.md"))
        },
        Change(testDescription: "an article replaced by another file moved over it") { input, _ in
            let replacement = input.deletingLastPathComponent().appendingPathComponent("replacement.md")
            let original = input.appendingPathComponent("2024-02-28-escaping.md")
            let text = try String(contentsOf: original, encoding: .utf8)
            try Data(text.replacingOccurrences(of: "filters", with: "filters!").utf8).write(to: replacement)
            guard rename(replacement.path, original.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        },
        Change(testDescription: "an article made invalid") { input, _ in
            try Data("No front matter any more.\n".utf8).write(to: input.appendingPathComponent("2024-03-05-nikkei.markdown"))
        },
        Change(testDescription: "an article's images changed (another lead image)") { input, _ in
            try replace("    height: 630\n", with: "    height: 630\n  - url: \"https://media.example.net/wide.png\"\n    width: 2000\n    height: 900\n",
                        in: input.appendingPathComponent("2024-03-01-chip-exports.md"))
        },
        Change(testDescription: "a provider's slug overridden in feedpub.yml (every <source> of it changes)") { input, _ in
            try Data("providers: {Example Wire: {slug: wire, title: \"The Wire\"}}\n".utf8)
                .write(to: input.deletingLastPathComponent().appendingPathComponent("feedpub.yml"))
        },
        Change(testDescription: "a feed file deleted from the output by hand") { _, output in
            try FileManager.default.removeItem(at: output.appendingPathComponent("topics/ai/rss.xml"))
        },
        Change(testDescription: "a feed file edited in the output by hand") { _, output in
            let file = output.appendingPathComponent("atom.xml")
            try (try Data(contentsOf: file) + Data("<!-- edited -->\n".utf8)).write(to: file)
        },
        Change(testDescription: "a run killed while staging left a temporary file beside a feed") { _, output in
            try Data("partial".utf8).write(to: output.appendingPathComponent("topics/ai/.rss.xml.99999.tmp"))
        },
        Change(testDescription: "the manifest deleted from the output by hand") { _, output in
            try FileManager.default.removeItem(at: output.appendingPathComponent(".feedpub-manifest"))
        },
    ]

    @Test("after a change, a run with a warm cache writes and reports what a run without a cache does",
          arguments: changes)
    func warmRunMatchesColdRun(_ change: Change) throws {
        try withTemporaryFolder { folder in
            let input = try ResourceFolder.fixtures.copy("articles", into: folder)
            // Old modification times, so that the cache trusts what it remembers of every file.
            try Self.settle(input)
            let output = folder.appendingPathComponent("feeds")
            let arguments = ["build", "--input", input.path, "--base-url", FixtureBuild.baseURL]
            let first = try FeedpubCommand.run(arguments + ["--output", output.path], in: folder)
            #expect(first.status == 0, "stderr: \(first.standardError)")
            try change.apply(input, output)

            // The cold run starts from the output folder as the warm run finds it: what a run
            // publishes depends on the folder's feed history too (retired and moved feeds).
            let coldOutput = folder.appendingPathComponent("cold")
            try FileManager.default.copyItem(at: output, to: coldOutput)
            let warm = try FeedpubCommand.run(arguments + ["--output", output.path], in: folder)
            let cold = try FeedpubCommand.run(arguments + ["--output", coldOutput.path, "--no-cache"], in: folder)
            #expect(warm.status == cold.status, "warm stderr: \(warm.standardError)\ncold stderr: \(cold.standardError)")
            #expect(warm.errorLines == cold.errorLines)
            let differences = FileTree.differences(expected: try FileTree(reading: coldOutput), actual: try FileTree(reading: output))
            #expect(differences.isEmpty, "warm run differs from a cold run:\n\(differences.joined(separator: "\n"))")
        }
    }

    @Test("besides the output folder, a run writes only its cache file, under $XDG_CACHE_HOME/feedpub")
    func cacheIsTheOnlyOtherFileWritten() throws {
        try withTemporaryFolder { folder in
            let input = try ResourceFolder.fixtures.copy("articles", into: folder)
            let parent = folder.appendingPathComponent("public")
            let home = folder.appendingPathComponent("home")
            let cache = folder.appendingPathComponent("cache")
            for empty in [parent, home] { try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: false) }
            let result = try FeedpubCommand.run(
                ["build", "--input", input.path, "--output", parent.appendingPathComponent("feeds").path], in: parent,
                environment: ["HOME": home.path, "XDG_CACHE_HOME": cache.path])
            #expect(result.status == 0, "stderr: \(result.standardError)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["feeds"])
            #expect(try FileManager.default.contentsOfDirectory(atPath: home.path).isEmpty)
            let cached = try FileTree(reading: cache).entries.keys.sorted()
            #expect(cached.count == 1 && cached.allSatisfy { $0.hasPrefix("feedpub/") && $0.hasSuffix(".cache") }, "cache: \(cached)")
        }
    }

    @Test("--no-cache neither reads nor writes a cache")
    func noCacheWritesNoCache() throws {
        try withTemporaryFolder { folder in
            let build = try FixtureBuild("articles", in: folder, arguments: ["--no-cache"])
            #expect(build.result.status == 0, "stderr: \(build.result.standardError)")
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(".cache").path))
            try Snapshot.expectTree(build.output, equals: "expected", in: .fixtures)
        }
    }

    // MARK: Helpers

    /// Sets every file's modification time under `folder` to 2024-01-01.
    static func settle(_ folder: URL) throws {
        let old = Date(timeIntervalSince1970: 1_704_067_200)
        for path in try FileTree(reading: folder).filePaths {
            try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: folder.appendingPathComponent(path).path)
        }
    }

    static func touch(_ file: URL) throws {
        try FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: file.path)
    }

    /// Rewrites `file` in place (same inode) with `old` replaced by `new`.
    static func replace(_ old: String, with new: String, in file: URL) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        precondition(text.contains(old), "\(file.lastPathComponent) lacks '\(old)'")
        let handle = try FileHandle(forWritingTo: file)
        defer { try? handle.close() }
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: Data(text.replacingOccurrences(of: old, with: new).utf8))
    }
}
