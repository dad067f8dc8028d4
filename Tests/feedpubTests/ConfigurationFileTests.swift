import Foundation
import Testing
import TestSupport

/// feedpub.yml as the command reads it: found, overridden by options, wrong, and changed between runs.
@Suite("Configuration file, end to end")
struct ConfigurationFileTests {
    @Test("an empty feedpub.yml changes nothing: the golden tree, byte for byte")
    func emptyFileChangesNothing() throws {
        try withTemporaryFolder { folder in
            let build = try ConfiguredBuild("articles", in: folder, configuration: "# empty\n",
                                            arguments: ["--base-url", FixtureBuild.baseURL])
            #expect(build.result.status == 0, "stderr: \(build.result.standardError)")
            try Snapshot.expectTree(build.output, equals: "expected", in: .fixtures)
        }
    }

    @Test("the file's site settings are used, and the same settings given as options win over them")
    func optionsOverrideTheFile() throws {
        let yaml = """
            title: From the file
            base_url: https://file.example.com/
            language: de
            description: All from the file.
            generator: File feeds
            limits: {entries_per_feed: 2}

            """
        try withTemporaryFolder { folder in
            let build = try ConfiguredBuild("rules", in: folder, configuration: yaml)
            #expect(build.result.status == 0, "stderr: \(build.result.standardError)")
            let feed = try ConfiguredBuild.object(build.output.appendingPathComponent("feed.json"))
            #expect(feed["title"] as? String == "From the file")
            #expect(feed["description"] as? String == "All from the file.")
            #expect(feed["language"] as? String == "de")
            #expect(feed["feed_url"] as? String == "https://file.example.com/feed.json")
            #expect(try build.itemIDs().count == 2)
            let rss = try String(contentsOf: build.output.appendingPathComponent("rss.xml"), encoding: .utf8)
            #expect(rss.contains("<generator>File feeds 0.1.0</generator>"))
        }
        try withTemporaryFolder { folder in
            let build = try ConfiguredBuild("rules", in: folder, configuration: yaml, arguments: [
                "--title", "From options", "--base-url", "https://options.example.com/", "--language", "fr", "--limit", "3"])
            #expect(build.result.status == 0, "stderr: \(build.result.standardError)")
            let feed = try ConfiguredBuild.object(build.output.appendingPathComponent("feed.json"))
            #expect(feed["title"] as? String == "From options")
            #expect(feed["language"] as? String == "fr")
            #expect(feed["feed_url"] as? String == "https://options.example.com/feed.json")
            #expect(try build.itemIDs().count == 3)
        }
    }

    @Test("hub and archive_page_size from the file; the options win over them")
    func hubAndArchiveFromTheFile() throws {
        // Port 9 is closed: the hub cannot be told, which is a warning, not a failure.
        let yaml = "hub: http://127.0.0.1:9/file-hub\nlimits: {entries_per_feed: 1, archive_page_size: 1}\n"
        try withTemporaryFolder { folder in
            let build = try ConfiguredBuild("rules", in: folder, configuration: yaml)
            #expect(build.result.status == 0, "stderr: \(build.result.standardError)")
            let feed = try ConfiguredBuild.object(build.output.appendingPathComponent("feed.json"))
            #expect((feed["hubs"] as? [[String: String]])?.first?["url"] == "http://127.0.0.1:9/file-hub")
            #expect(feed["next_url"] as? String == "https://feeds.example.org/archive/\(try Self.pageCount(build.output))/feed.json")
            #expect(FileManager.default.fileExists(atPath: build.output.appendingPathComponent("archive/1/atom.xml").path))
        }
        try withTemporaryFolder { folder in
            let build = try ConfiguredBuild("rules", in: folder, configuration: yaml,
                                            arguments: ["--hub", "http://127.0.0.1:9/option-hub", "--archive-page-size", "100"])
            #expect(build.result.status == 0, "stderr: \(build.result.standardError)")
            let feed = try ConfiguredBuild.object(build.output.appendingPathComponent("feed.json"))
            #expect((feed["hubs"] as? [[String: String]])?.first?["url"] == "http://127.0.0.1:9/option-hub")
            // Pages of 100: one page holds every archived entry, one empty page follows.
            #expect(try Self.pageCount(build.output) == 2)
        }
    }

    private static func pageCount(_ output: URL) throws -> Int {
        try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("archive").path).count
    }

    @Test("--config reads another path; a missing one is an error, exit 64")
    func explicitPath() throws {
        try withTemporaryFolder { folder in
            _ = try ResourceFolder.fixtures.copy("rules", into: folder)
            try Data("title: Elsewhere\n".utf8).write(to: folder.appendingPathComponent("site.yml"))
            let build = try ConfiguredBuild("rules", in: folder, configuration: nil, arguments: ["--config", "site.yml"])
            #expect(build.result.status == 0, "stderr: \(build.result.standardError)")
            #expect(try ConfiguredBuild.object(build.output.appendingPathComponent("feed.json"))["title"] as? String == "Elsewhere")
            let missing = try FeedpubCommand.run(["build", "--input", "rules", "--output", "other", "--config", "nope.yml"], in: folder)
            #expect(missing.status == 64)
            #expect(missing.errorLines == ["feedpub: error: nope.yml: configuration file does not exist (--config)"])
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("other").path))
        }
    }

    struct Mistake: Sendable, CustomTestStringConvertible {
        var yaml: String
        var line: String
        var testDescription: String { line }
    }

    @Test("a mistake stops the run before anything is written: exit 64 and one line naming file, line and key", arguments: [
        Mistake(yaml: "title: x\n\n# typo below\ntitel: y\n",
                line: "feedpub.yml:4: unknown key 'titel' (known: title, base_url, language, description, generator, hub, limits, only_published, min_quality, exclude, topics, providers, write, images, icon, logo, clean, retired_feeds, feeds)"),
        Mistake(yaml: "limits:\n  entries_per_feed: \"50\"\n", line: "feedpub.yml:2: 'limits.entries_per_feed' is text, expected a whole number"),
        Mistake(yaml: "base_url: example.com\n",
                line: "feedpub.yml:1: 'base_url' must be an absolute http or https URL without query or fragment, not 'example.com'"),
        Mistake(yaml: "only_published: 1\n", line: "feedpub.yml:1: 'only_published' is a number, expected true or false"),
    ])
    func mistakeIsAUsageError(_ mistake: Mistake) throws {
        try withTemporaryFolder { folder in
            let build = try ConfiguredBuild("rules", in: folder, configuration: mistake.yaml)
            #expect(build.result.status == 64)
            #expect(build.result.errorLines == ["feedpub: error: " + mistake.line])
            #expect(build.result.standardOutput.isEmpty)
            #expect(!FileManager.default.fileExists(atPath: build.output.path))
        }
    }

    @Test("write: only the chosen feeds and formats are written")
    func writeSelection() throws {
        try withTemporaryFolder { folder in
            let build = try ConfiguredBuild("rules", in: folder, configuration: "write:\n  feeds: [topics]\n  formats: [atom]\n")
            #expect(build.result.status == 0, "stderr: \(build.result.standardError)")
            let paths = try FileTree(reading: build.output).filePaths.sorted()
            #expect(paths == [".feedpub-manifest", ".feedpub/feeds", ".feedpub/nginx/gone.conf", ".feedpub/nginx/redirects.conf", "index.html", "index.opml", "languages.opml", "providers.opml", "topics.opml",
                              "topics/ai/atom.xml", "topics/ai/index.html", "topics/sponsored/atom.xml",
                              "topics/sponsored/index.html"])
            // Every feed link in the index page and the subscription lists leads to a file written.
            for document in ["index.html", "index.opml", "topics.opml"] {
                let text = try String(contentsOf: build.output.appendingPathComponent(document), encoding: .utf8)
                let links = Self.siteLinks(in: text, base: "https://feeds.example.org/")
                #expect(!links.isEmpty, "\(document) links no feed")
                for link in links where link.hasSuffix(".xml") || link.hasSuffix(".json") || link.hasSuffix(".opml") {
                    #expect(paths.contains(link), "\(document) links \(link), which is not written")
                }
            }
            let index = try String(contentsOf: build.output.appendingPathComponent("index.html"), encoding: .utf8)
            #expect(index.contains("each in Atom:"), "the page names only the format written")
        }
    }

    /// Paths (relative to the output folder) of every `href="…"`/`xmlUrl="…"` under `base`.
    private static func siteLinks(in text: String, base: String) -> [String] {
        text.components(separatedBy: "\"").filter { $0.hasPrefix(base) }.map { String($0.dropFirst(base.count)) }
    }

    @Test("topics and providers: the editor's title, description and slug")
    func overrides() throws {
        let yaml = """
            topics:
              ai: {title: Artificial intelligence, description: All about AI., slug: artificial-intelligence}
            providers:
              spam.example.net: {slug: spam}

            """
        try withTemporaryFolder { folder in
            let build = try ConfiguredBuild("rules", in: folder, configuration: yaml)
            #expect(build.result.status == 0, "stderr: \(build.result.standardError)")
            let topic = try ConfiguredBuild.object(build.output.appendingPathComponent("topics/artificial-intelligence/feed.json"))
            #expect(topic["title"] as? String == "Artificial intelligence")
            #expect(topic["description"] as? String == "All about AI.")
            #expect(FileManager.default.fileExists(atPath: build.output.appendingPathComponent("providers/spam/rss.xml").path))
            #expect(!FileManager.default.fileExists(atPath: build.output.appendingPathComponent("topics/ai").path))
        }
    }

    @Test("bytes_per_feed drops the oldest entries until the file fits, never below one")
    func byteLimit() throws {
        try withTemporaryFolder { folder in
            let build = try ConfiguredBuild("rules", in: folder, configuration: "limits:\n  bytes_per_feed: 2500\n")
            #expect(build.result.status == 0, "stderr: \(build.result.standardError)")
            for name in ["rss.xml", "atom.xml", "feed.json", "topics/ai/atom.xml"] {
                let size = try Data(contentsOf: build.output.appendingPathComponent(name)).count
                #expect(size <= 2500, "\(name): \(size) bytes")
            }
            let ids = try build.itemIDs()
            #expect(!ids.isEmpty && ids.count < InclusionRuleTests.everything.count)
            #expect(ids == Array(InclusionRuleTests.everything.prefix(ids.count)), "the newest are kept")
            // The index page counts what the files hold, not what was planned.
            let items = { (name: String) -> Int in
                let feed = try? ConfiguredBuild.object(build.output.appendingPathComponent(name))
                return (feed?["items"] as? [Any])?.count ?? -1
            }
            let index = try String(contentsOf: build.output.appendingPathComponent("index.html"), encoding: .utf8)
            let rssItems = try String(contentsOf: build.output.appendingPathComponent("rss.xml"), encoding: .utf8)
                .components(separatedBy: "<item>").count - 1
            let atomEntries = try String(contentsOf: build.output.appendingPathComponent("atom.xml"), encoding: .utf8)
                .components(separatedBy: "<entry").count - 1  // with or without xml:lang
            let fewest = min(items("feed.json"), rssItems, atomEntries)
            #expect(index.contains(">\(fewest) \(fewest == 1 ? "entry" : "entries")<"), "index.html should count \(fewest)")
            #expect(!index.contains(">\(InclusionRuleTests.everything.count) entries<"))
        }
        try withTemporaryFolder { folder in
            let build = try ConfiguredBuild("rules", in: folder, configuration: "limits:\n  bytes_per_feed: 10\n")
            #expect(build.result.status == 0, "stderr: \(build.result.standardError)")
            #expect(try build.itemIDs() == [InclusionRuleTests.url("published")])
        }
    }

    /// A configuration change between two cron runs.
    struct Change: Sendable, CustomTestStringConvertible {
        var testDescription: String
        var before: String?
        var after: String?
    }

    @Test("after a configuration change, a run with the warm cache writes what a cold run writes", arguments: [
        Change(testDescription: "a file added with every rule", before: nil,
               after: "only_published: true\nmin_quality: 50\nlimits: {max_age_days: 30}\nexclude: {providers: [Spam Daily], topics: [Sponsored]}\n"),
        Change(testDescription: "rules removed", before: "only_published: true\nexclude: {topics: [AI]}\n", after: nil),
        Change(testDescription: "min_quality raised", before: "min_quality: 10\n", after: "min_quality: 70\n"),
        Change(testDescription: "a topic's title and slug", before: "topics: {AI: {title: A}}\n", after: "topics: {AI: {title: B, slug: b}}\n"),
        Change(testDescription: "entries per feed", before: nil, after: "limits: {entries_per_feed: 2}\n"),
        Change(testDescription: "bytes per feed", before: nil, after: "limits: {bytes_per_feed: 5000}\n"),
        Change(testDescription: "formats and feeds", before: nil, after: "write: {feeds: [all, providers], formats: [rss, json]}\n"),
        Change(testDescription: "site settings", before: "title: A\n", after: "title: B\nlanguage: en\ndescription: D\ngenerator: G\n"),
        Change(testDescription: "icon and logo added", before: nil,
               after: "icon: https://x.example/i.png\nlogo: https://x.example/l.png\ntopics: {AI: {logo: https://x.example/ai.png}}\n"),
        Change(testDescription: "a provider's logo changed", before: "providers: {Good Wire: {logo: https://x.example/a.png}}\n",
               after: "providers: {Good Wire: {logo: https://x.example/b.png, icon: https://x.example/i.png}}\n"),
    ])
    func configurationChangeWithCache(_ change: Change) throws {
        try withTemporaryFolder { folder in
            let input = try ResourceFolder.fixtures.copy("rules", into: folder)
            try CacheTests.settle(input)
            let output = folder.appendingPathComponent("feeds")
            try ConfiguredBuild.writeConfiguration(change.before, in: folder)
            let first = try FeedpubCommand.run(["build", "--input", input.path, "--output", output.path], in: folder)
            #expect(first.status == 0, "stderr: \(first.standardError)")
            try ConfiguredBuild.writeConfiguration(change.after, in: folder)
            // From the output folder as the warm run finds it (its feed history: retired and moved feeds).
            let coldOutput = folder.appendingPathComponent("cold")
            try FileManager.default.copyItem(at: output, to: coldOutput)
            let warm = try FeedpubCommand.run(["build", "--input", input.path, "--output", output.path], in: folder)
            let cold = try FeedpubCommand.run(["build", "--input", input.path, "--output", coldOutput.path, "--no-cache"], in: folder)
            #expect(warm.status == 0 && cold.status == 0, "warm: \(warm.standardError) cold: \(cold.standardError)")
            let differences = FileTree.differences(expected: try FileTree(reading: coldOutput), actual: try FileTree(reading: output))
            #expect(differences.isEmpty, "warm run differs from a cold run:\n\(differences.joined(separator: "\n"))")
        }
    }

    @Test("with archive pages: rules and overrides changed between runs, warm equals cold; bytes_per_feed keeps every entry")
    func configurationChangeWithArchives() throws {
        try withTemporaryFolder { folder in
            let input = try ResourceFolder.fixtures.copy("rules", into: folder)
            try CacheTests.settle(input)
            let output = folder.appendingPathComponent("feeds")
            let archive = ["--archive-page-size", "2", "--limit", "2"]
            let first = try FeedpubCommand.run(["build", "--input", input.path, "--output", output.path] + archive, in: folder)
            #expect(first.status == 0, "stderr: \(first.standardError)")
            try ConfiguredBuild.writeConfiguration("only_published: true\ntopics: {AI: {slug: ai-news}}\nlimits: {bytes_per_feed: 10}\n", in: folder)
            let coldOutput = folder.appendingPathComponent("cold")
            try FileManager.default.copyItem(at: output, to: coldOutput)
            let warm = try FeedpubCommand.run(["build", "--input", input.path, "--output", output.path] + archive, in: folder)
            let cold = try FeedpubCommand.run(["build", "--input", input.path, "--output", coldOutput.path, "--no-cache"] + archive, in: folder)
            #expect(warm.status == 0 && cold.status == 0, "warm: \(warm.standardError) cold: \(cold.standardError)")
            let differences = FileTree.differences(expected: try FileTree(reading: coldOutput), actual: try FileTree(reading: output))
            #expect(differences.isEmpty, "warm run differs from a cold run:\n\(differences.joined(separator: "\n"))")
            let ids = try ConfiguredBuild.items(output.appendingPathComponent("feed.json")).compactMap { $0["id"] as? String }
            #expect(ids.count == 2, "the current page keeps --limit entries despite bytes_per_feed: \(ids)")
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("topics/ai-news/atom.xml").path))
        }
    }
}
