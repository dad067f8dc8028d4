import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TestSupport

/// Custom feeds end to end: written under custom/<slug>/, first-class in the OPML lists, the
/// index, the report and the summary line, removed with their feed, and a warm run equal to a
/// cold one after every kind of change to a custom feed.
@Suite("Custom feeds: runs")
struct CustomFeedRunTests {
    /// Two custom feeds over the fixture articles, using every key between them.
    static let base = """
        feeds:
          - slug: chips
            title: "Chips and AI"
            description: "Accelerators"
            topics_any: [AI, Semiconductors]
            topics_all: [ai]
            providers: [datacenterdynamics.com, 日本経済新聞]
            keywords_any: [chip, 日銀]
            keywords_none: [sponsored]
            max_age_days: 400
            order: newest
            limit: 5
          - slug: zurich
            title: "Zürich"
            topics_any: [zürich]
            keywords_none: [föhn]
            min_quality: 0
            order: heat
            formats: [rss, json]
        """

    /// A change to the configuration: the base with `old` replaced by `new`.
    struct Edit: Sendable, CustomTestStringConvertible {
        var testDescription: String
        var old: String
        var new: String
    }

    static let edits: [Edit] = [
        Edit(testDescription: "a feed added", old: "feeds:\n", new: "feeds:\n  - {slug: all-heat, title: Hot, order: heat}\n"),
        Edit(testDescription: "a feed removed", old: "\n  - slug: zurich\n    title: \"Zürich\"\n    topics_any: [zürich]\n    keywords_none: [föhn]\n    min_quality: 0\n    order: heat\n    formats: [rss, json]", new: ""),
        Edit(testDescription: "slug", old: "slug: chips", new: "slug: chips-and-ai"),
        Edit(testDescription: "title", old: "\"Chips and AI\"", new: "\"AI chips\""),
        Edit(testDescription: "description", old: "Accelerators", new: "Accelerators, and more"),
        Edit(testDescription: "topics_any", old: "[AI, Semiconductors]", new: "[Semiconductors]"),
        Edit(testDescription: "topics_all", old: "topics_all: [ai]", new: "topics_all: [ai, semiconductors]"),
        Edit(testDescription: "providers", old: "[datacenterdynamics.com, 日本経済新聞]", new: "[Datacenter Dynamics]"),
        Edit(testDescription: "languages", old: "order: newest", new: "order: newest\n    languages: [ja]"),
        Edit(testDescription: "keywords_any", old: "[chip, 日銀]", new: "[日銀]"),
        Edit(testDescription: "keywords_none", old: "[sponsored]", new: "[rulebook]"),
        Edit(testDescription: "keywords_any, one added", old: "[chip, 日銀]", new: "[chip, 日銀, data centre]"),
        Edit(testDescription: "keywords_any, one removed from a cache that knew it (bits renumbered)", old: "[chip, 日銀]", new: "[日銀]"),
        Edit(testDescription: "keywords_none, another case (the same keyword list)", old: "[sponsored]", new: "[SPONSORED]"),
        Edit(testDescription: "keywords removed (bits renumbered)", old: "    keywords_any: [chip, 日銀]\n    keywords_none: [sponsored]\n", new: ""),
        Edit(testDescription: "min_quality", old: "min_quality: 0", new: "min_quality: 80"),
        Edit(testDescription: "min_heat", old: "order: heat", new: "order: heat\n    min_heat: 1"),
        Edit(testDescription: "max_age_days", old: "max_age_days: 400", new: "max_age_days: 1"),
        Edit(testDescription: "order", old: "order: newest", new: "order: heat"),
        Edit(testDescription: "limit", old: "limit: 5", new: "limit: 1"),
        Edit(testDescription: "formats", old: "formats: [rss, json]", new: "formats: [atom]"),
        Edit(testDescription: "profile", old: "limit: 5", new: "limit: 5\n    profile: apple-news"),
    ]

    @Test("after each kind of change to a custom feed, a warm run writes what a cold run does", arguments: edits)
    func warmRunMatchesColdRun(_ edit: Edit) throws {
        try withTemporaryFolder { folder in
            // Without one keyword first, so that adding it needs matches the cache did not keep;
            // with all of them for the edits that remove keywords or keep the same list.
            let first = edit.testDescription.contains("renumbered") || edit.testDescription.contains("the same keyword list") ? Self.base
                : Self.base.replacingOccurrences(of: "    keywords_none: [föhn]\n", with: "")
            let changed = Self.base.replacingOccurrences(of: edit.old, with: edit.new)
            #expect(changed != Self.base)
            let build = try ConfiguredBuild("articles", in: folder, configuration: first)
            #expect(build.result.status == 0, "stderr: \(build.result.standardError)")
            try CacheTests.settle(build.input)
            _ = try ConfiguredBuild("articles", in: folder, configuration: first)
            try ConfiguredBuild.writeConfiguration(changed, in: folder)
            // The cold run starts from the output folder as the warm run finds it: what a run
            // publishes depends on the folder's feed history too (retired and moved feeds).
            let coldOutput = folder.appendingPathComponent("cold")
            try FileManager.default.copyItem(at: build.output, to: coldOutput)
            let warm = try FeedpubCommand.run(["build", "--input", build.input.path, "--output", build.output.path], in: folder)
            let cold = try FeedpubCommand.run(["build", "--input", build.input.path, "--output", coldOutput.path, "--no-cache"], in: folder)
            #expect(warm.status == 0 && cold.status == 0, "stderr: \(warm.standardError) \(cold.standardError)")
            let differences = FileTree.differences(expected: try FileTree(reading: coldOutput),
                                                   actual: try FileTree(reading: build.output))
            #expect(differences.isEmpty, "warm run differs from a cold run:\n\(differences.joined(separator: "\n"))")
        }
    }

    @Test("custom feeds are written, listed in the OPML lists, the index and the report, and removed with their feed")
    func firstClass() throws {
        try withTemporaryFolder { folder in
            let build = try ConfiguredBuild("articles", in: folder, configuration: Self.base, arguments: ["--report", "report.json"])
            #expect(build.result.status == 0, "stderr: \(build.result.standardError)")
            #expect(try build.itemIDs("custom/chips/feed.json") == ["https://www.nikkei.com/article/%E6%97%A5%E9%8A%80-%E6%94%BF%E7%AD%96",
                                                                    "https://news.example.net/2024/03/chip-exports"])
            let zurich = try FileTree(reading: build.output.appendingPathComponent("custom/zurich")).filePaths.sorted()
            #expect(zurich == ["feed.json", "index.html", "rss.xml"])

            let list = try XMLDocument(data: Data(contentsOf: build.output.appendingPathComponent("custom.opml")), options: [])
            #expect(try list.nodes(forXPath: "/opml/body/outline/@xmlUrl").map { $0.stringValue ?? "" }
                    .map { $0.hasSuffix("/custom/chips/rss.xml") || $0.hasSuffix("/custom/zurich/rss.xml") } == [true, true])
            let every = try XMLDocument(data: Data(contentsOf: build.output.appendingPathComponent("index.opml")), options: [])
            #expect(try every.nodes(forXPath: "/opml/body/outline[@text='Custom feeds']/outline/@text").map { $0.stringValue ?? "" }
                    == ["Chips and AI", "Zürich"])
            let index = try String(contentsOf: build.output.appendingPathComponent("index.html"), encoding: .utf8)
            #expect(index.contains("custom/chips/index.html") && index.contains("Custom feeds"))

            let report = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("report.json"))) as! [String: Any]
            let paths = (report["feeds"] as! [[String: Any]]).compactMap { $0["path"] as? String }
            #expect(paths.contains("custom/chips/atom.xml") && paths.contains("custom/zurich/rss.xml") && !paths.contains("custom/zurich/atom.xml"))

            // Removed at once, not kept as a retired feed (retired_feeds.keep_days), as a topic would be.
            let removed = try ConfiguredBuild("articles", in: folder, configuration: "title: feedpub\nretired_feeds: {keep_days: 0}\n")
            #expect(removed.result.status == 0)
            #expect(!FileManager.default.fileExists(atPath: build.output.appendingPathComponent("custom").path))
            #expect(!FileManager.default.fileExists(atPath: build.output.appendingPathComponent("custom.opml").path))
        }
    }

    @Test("a mistake in feeds: exits 64 naming the file, the line and the key")
    func mistakeIsAUsageError() throws {
        try withTemporaryFolder { folder in
            let build = try ConfiguredBuild("articles", in: folder, configuration: "feeds:\n  - slug: a\n    title: A\n    profile: yahoo\n")
            #expect(build.result.status == 64)
            #expect(build.result.standardError.contains("feedpub.yml:4: 'feeds.a.profile' has unknown profile 'yahoo'"),
                    "\(build.result.standardError)")
        }
    }
}
