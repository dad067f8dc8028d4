import Foundation
import Testing
import TestSupport

/// Nothing is written outside the output folder, whatever the input says.
@Suite("Nothing written outside the output folder")
struct ContainmentTests {
    @Test("after a run, the output folder's parent holds only the output folder", arguments: ["articles", "bad"])
    func parentHoldsOnlyTheOutputFolder(fixture: String) throws {
        try withTemporaryFolder { inputParent in
            try withTemporaryFolder { parent in
                let input = try ResourceFolder.fixtures.copy(fixture, into: inputParent)
                let output = parent.appendingPathComponent("feeds")
                // The working folder is the parent too, so a stray relative write would show; the
                // cache, which lives outside the output folder by design, goes beside the input.
                let result = try FeedpubCommand.run(
                    ["build", "--input", input.path, "--output", output.path, "--base-url", FixtureBuild.baseURL], in: parent,
                    environment: ["XDG_CACHE_HOME": inputParent.appendingPathComponent("cache").path])
                #expect(result.status == (fixture == "bad" ? 65 : 0), "stderr: \(result.standardError)")
                #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["feeds"])
                let inputAfter = try FileTree(reading: input)
                #expect(inputAfter == (try FileTree(reading: ResourceFolder.fixtures.url(fixture))), "the input folder was changed")
            }
        }
    }

    @Test("topics that look like paths get safe slugs inside topics/")
    func pathLikeTopicsStayInsideTopics() throws {
        try withTemporaryFolder { inputParent in
            try withTemporaryFolder { parent in
                let input = inputParent.appendingPathComponent("articles")
                try FileManager.default.createDirectory(at: input, withIntermediateDirectories: false)
                try Data("""
                    ---
                    title: "Path-like topics"
                    publishedDateTime: 2024-06-01T00:00:00Z
                    webUrl: "https://example.com/path-like"
                    topics: ["../../etc", "a/b", "..", "/etc/passwd"]
                    provider: "../../providers"
                    ---

                    """.utf8).write(to: input.appendingPathComponent("paths.md"))
                let output = parent.appendingPathComponent("feeds")
                let result = try FeedpubCommand.run(
                    ["build", "--input", input.path, "--output", output.path, "--base-url", FixtureBuild.baseURL], in: parent,
                    environment: ["XDG_CACHE_HOME": inputParent.appendingPathComponent("cache").path])
                #expect(result.status == 0, "stderr: \(result.standardError)")
                #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["feeds"])

                let topics = try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("topics").path).sorted()
                #expect(topics.count == 4, "topic folders: \(topics)")
                #expect(topics.contains("etc") && topics.contains("a-b") && topics.contains("etc-passwd"), "topic folders: \(topics)")
                let providers = try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("providers").path)
                #expect(providers == ["providers"], "provider folders: \(providers)")
                for slug in topics + providers {
                    #expect(Self.isSafeSlug(slug), "unsafe slug '\(slug)'")
                }
                let paths = try FileTree(reading: output).filePaths
                let languages = (try? FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("languages").path)) ?? []
                let expected = ["all/index.html", "atom.xml", "feed.json", "index.html", "index.opml", "languages.opml", "providers.opml",
                                "rss.xml", "topics.opml"]
                    + (topics.map { "topics/\($0)" } + providers.map { "providers/\($0)" } + languages.map { "languages/\($0)" })
                        .flatMap { ["\($0)/atom.xml", "\($0)/feed.json", "\($0)/index.html", "\($0)/rss.xml"] }
                #expect(paths.filter { !$0.hasPrefix(".") } == expected.sorted(), "files: \(paths)")
            }
        }
    }

    @Test("a symbolic link to a folder inside the output folder is not followed")
    func linkedFolderIsNotFollowed() throws {
        try withTemporaryFolder { folder in
            let input = try ResourceFolder.fixtures.copy("articles", into: folder)
            let outside = folder.appendingPathComponent("outside")
            let output = folder.appendingPathComponent("feeds")
            try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: false)
            try FileManager.default.createDirectory(at: output, withIntermediateDirectories: false)
            try FileManager.default.createSymbolicLink(at: output.appendingPathComponent("topics"), withDestinationURL: outside)
            let result = try FeedpubCommand.run(["build", "--input", input.path, "--output", output.path], in: folder)
            #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty, "written through the link")
            #expect(result.status == 73, "stderr: \(result.standardError)")
            #expect(result.errorLines.contains { $0.hasPrefix("feedpub: error: \(output.path)/topics: ") },
                    "stderr: \(result.standardError)")
        }
    }

    @Test("a symbolic link where a feed file goes is replaced, never written through")
    func linkedFileIsNotWrittenThrough() throws {
        try withTemporaryFolder { folder in
            let input = try ResourceFolder.fixtures.copy("articles", into: folder)
            let victim = folder.appendingPathComponent("victim.txt")
            let output = folder.appendingPathComponent("feeds")
            try Data("keep me\n".utf8).write(to: victim)
            try FileManager.default.createDirectory(at: output, withIntermediateDirectories: false)
            try FileManager.default.createSymbolicLink(at: output.appendingPathComponent("rss.xml"), withDestinationURL: victim)
            _ = try FeedpubCommand.run(["build", "--input", input.path, "--output", output.path], in: folder)
            #expect(try Data(contentsOf: victim) == Data("keep me\n".utf8), "written through the link")
        }
    }

    @Test("removing a feed no longer produced never deletes through a symbolic link in the output folder")
    func staleFeedRemovalDoesNotFollowLinks() throws {
        try withTemporaryFolder { folder in
            let build = try FixtureBuild("articles", in: folder)
            #expect(build.result.status == 0)
            // A user moves one feed folder elsewhere and links it back.
            let outside = folder.appendingPathComponent("outside")
            let linked = build.output.appendingPathComponent("topics/semiconductors")
            try FileManager.default.moveItem(at: linked, to: outside)
            try FileManager.default.createSymbolicLink(at: linked, withDestinationURL: outside)
            let before = try FileTree(reading: outside)
            // The only article on Semiconductors goes, so feedpub removes that feed's files.
            try FileManager.default.removeItem(at: build.input.appendingPathComponent("2024-03-01-chip-exports.md"))
            _ = try build.rerun()
            let differences = FileTree.differences(expected: before, actual: try FileTree(reading: outside))
            #expect(differences.isEmpty, "changed outside the output folder: \(differences.joined(separator: ", "))")
        }
    }

    /// Lower-case ASCII letters and digits in hyphen-separated runs: no dot, no slash, never empty.
    static func isSafeSlug(_ slug: String) -> Bool {
        !slug.isEmpty && slug.split(separator: "-", omittingEmptySubsequences: false).allSatisfy { part in
            !part.isEmpty && part.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x7A).contains($0) }
        }
    }
}
