import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Bad input that is published, sanitised as the README documents: what the feeds say.
/// (The stderr lines and the common invariants of these fixtures are in `BadInputMessagesTests`;
/// each test here checks them again for its own run.)
@Suite("Bad input: what gets published")
struct BadInputOutcomeTests {
    /// Fixtures used here (for `BadInputMessagesTests.everyFixtureIsUsed`).
    static let fixtures = ["topics-control-char.md"]

    /// The `<item>` of the RSS feed whose guid is `url`.
    static func item(_ url: String, in rss: String) -> String? {
        rss.components(separatedBy: "<item>").first { $0.contains("<guid isPermaLink=\"true\">\(url)</guid>") }
    }

    /// The `<entry>` of the Atom feed whose id is `url`.
    static func entry(_ url: String, in atom: String) -> String? {
        atom.components(separatedBy: "<entry>").first { $0.contains("<id>\(url)</id>") }
    }

    static func topicFolders(_ run: BadInputRun) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: run.output.appendingPathComponent("topics").path).sorted()
    }

    // MARK: Links and dates

    @Test("an unusable webUrl with a good originalUrl: the entry links to the originalUrl")
    func fallbackLinkIsUsed() throws {
        try withTemporaryFolder { folder in
            let run = try BadInputRun(in: folder, fixtures: ["javascript-url-good-original.md"])
            try run.expectInvariants(status: 0, articles: 2, rejected: 0)
            let rss = try run.outputText("rss.xml")
            let item = try #require(Self.item("https://example.com/fallback", in: rss), "rss.xml: \(rss)")
            #expect(item.contains("<link>https://example.com/fallback</link>"))
            for path in try FileTree(reading: run.output).filePaths {
                #expect(!(try run.outputText(path)).contains("javascript:"), "\(path) holds the javascript: URL")
            }
        }
    }

    @Test("a date-time without a zone is UTC, not the machine's zone: run with TZ=Asia/Kolkata (+05:30)")
    func dateWithoutZoneIsUTC() throws {
        // Without the zone file the variable would silently mean UTC and the test prove nothing.
        try #require(FileManager.default.fileExists(atPath: "/usr/share/zoneinfo/Asia/Kolkata"))
        try withTemporaryFolder { folder in
            let run = try BadInputRun(in: folder, fixtures: ["date-without-zone.md"], environment: ["TZ": "Asia/Kolkata"])
            run.expectErrorLines([])
            try run.expectInvariants(status: 0, articles: 2, rejected: 0)
            // publishedDateTime: 2021-07-01T12:07:00 → 12:07 UTC (in Kolkata's zone it would be 06:37 UTC).
            let item = try #require(Self.item("https://example.com/no-zone", in: try run.outputText("rss.xml")))
            #expect(item.contains("<pubDate>Thu, 01 Jul 2021 12:07:00 +0000</pubDate>"), "item: \(item)")
            let entry = try #require(Self.entry("https://example.com/no-zone", in: try run.outputText("atom.xml")))
            #expect(entry.contains("<published>2021-07-01T12:07:00Z</published>"), "entry: \(entry)")
            #expect(entry.contains("<updated>2021-07-01T12:07:00Z</updated>"), "entry: \(entry)")
        }
    }

    // MARK: Wrong types

    @Test("topics given as one string make one topic feed")
    func topicsAsStringIsOneTopic() throws {
        try withTemporaryFolder { folder in
            let run = try BadInputRun(in: folder, fixtures: ["topics-as-string.md"])
            try run.expectInvariants(status: 0, articles: 2, rejected: 0)
            #expect(try Self.topicFolders(run) == ["resilience", "robotics"])
            #expect(try run.outputText("topics/robotics/atom.xml").contains("One topic as text"))
        }
    }

    @Test("numbers where text is expected are published as written")
    func numbersAreReadAsText() throws {
        try withTemporaryFolder { folder in
            let run = try BadInputRun(in: folder, fixtures: ["numbers-as-text.md"])
            try run.expectInvariants(status: 0, articles: 2, rejected: 0)
            let item = try #require(Self.item("https://example.com/numbers", in: try run.outputText("rss.xml")))
            #expect(item.contains("<title>12345</title>"), "item: \(item)")
            #expect(item.contains("<dc:creator>7</dc:creator>"), "item: \(item)")
            #expect(item.contains(">2024</category>") && item.contains(">3.5</category>") && item.contains(">42</category>"),
                    "item: \(item)")
            #expect(try Self.topicFolders(run) == ["2024", "3-5", "resilience"])
            #expect(FileManager.default.fileExists(atPath: run.output.appendingPathComponent("providers/7/rss.xml").path))
        }
    }

    @Test("lists and mappings in optional fields are dropped; the article and its one good topic are published")
    func nestedMapsAreDropped() throws {
        try withTemporaryFolder { folder in
            let run = try BadInputRun(in: folder, fixtures: ["nested-maps-in-optional-fields.md"])
            try run.expectInvariants(status: 0, articles: 2, rejected: 0)
            #expect(try Self.topicFolders(run) == ["resilience", "shapes"])
            #expect(!FileManager.default.fileExists(atPath: run.output.appendingPathComponent("providers").path))
            let item = try #require(Self.item("https://example.com/odd-shapes", in: try run.outputText("rss.xml")))
            #expect(item.contains("<title>Odd shapes</title>"))
            #expect(!item.contains("media:content") && !item.contains("Nested"), "item: \(item)")
        }
    }

    // MARK: Topics

    @Test("empty, blank and null topics make no feed")
    func blankTopicsAreIgnored() throws {
        try withTemporaryFolder { folder in
            let run = try BadInputRun(in: folder, fixtures: ["topics-empty-and-whitespace.md"])
            try run.expectInvariants(status: 0, articles: 2, rejected: 0)
            #expect(try Self.topicFolders(run) == ["resilience", "weather"])
            let item = try #require(Self.item("https://example.com/blank-topics", in: try run.outputText("rss.xml")))
            #expect(item.components(separatedBy: "<category ").count == 2, "one category expected: \(item)")
        }
    }

    @Test("topics differing in case, spacing or Unicode normalisation are one topic, shown in NFC")
    func duplicateTopicsMeet() throws {
        try withTemporaryFolder { folder in
            let run = try BadInputRun(in: folder, fixtures: ["topics-duplicates.md"])
            try run.expectInvariants(status: 0, articles: 2, rejected: 0)
            #expect(try Self.topicFolders(run) == ["ai", "resilience", "zurich"])
            let item = try #require(Self.item("https://example.com/duplicate-topics", in: try run.outputText("rss.xml")))
            let categories = item.components(separatedBy: "\n").filter { $0.contains("<category ") }
            #expect(categories.count == 2, "categories: \(categories)")
            // "Zürich" twice (precomposed, and decomposed then normalised) beats "ZÜRICH" once.
            #expect(categories.contains { $0.contains(">Z\u{00FC}rich</category>") }, "categories: \(categories)")
            #expect(!item.unicodeScalars.contains("\u{0308}"), "a decomposed spelling was published")
            #expect(try run.outputText("topics/zurich/rss.xml").contains("<title>Z\u{00FC}rich — feedpub</title>"))
        }
    }

    @Test("names with no Latin letter or digit get distinct, stable u-<hash> slugs")
    func unsluggableNamesGetHashSlugs() throws {
        try withTemporaryFolder { folder in
            let run = try BadInputRun(in: folder, fixtures: ["topics-slug-to-nothing.md"])
            try run.expectInvariants(status: 0, articles: 2, rejected: 0)
            let slugs = try Self.topicFolders(run).filter { $0 != "resilience" }
            #expect(slugs.count == 4, "slugs: \(slugs)")
            for slug in slugs {
                #expect(slug.hasPrefix("u-") && slug.count == 12 && slug.dropFirst(2).allSatisfy(\.isHexDigit), "slug: \(slug)")
            }
            let titles = try slugs.map { slug in
                try run.outputText("topics/\(slug)/rss.xml").components(separatedBy: "\n")
                    .first { $0.contains(" — feedpub</title>") } ?? ""
            }
            for name in ["!!!", "...", "---", "日本"] {
                #expect(titles.contains("    <title>\(name) — feedpub</title>"), "no feed titled \(name): \(titles)")
            }
            // Stable: another run into another folder gives the same slugs.
            let again = folder.appendingPathComponent("feeds-again")
            let second = try FeedpubCommand.run(["build", "--input", run.input.path, "--output", again.path, "--no-cache"], in: folder)
            #expect(second.status == 0)
            #expect(try FileManager.default.contentsOfDirectory(atPath: again.appendingPathComponent("topics").path).sorted()
                == (try Self.topicFolders(run)))
            try FileManager.default.removeItem(at: again)
        }
    }

    @Test("path-like topic names ('../../etc', 'a/b', '..', '/') get safe slugs inside topics/")
    func pathLikeTopicsStayInside() throws {
        try withTemporaryFolder { folder in
            let run = try BadInputRun(in: folder, fixtures: ["topics-path-like.md"])
            try run.expectInvariants(status: 0, articles: 2, rejected: 0)
            let slugs = try Self.topicFolders(run)
            #expect(slugs.count == 5, "slugs: \(slugs)")
            #expect(slugs.contains("etc") && slugs.contains("a-b"), "slugs: \(slugs)")
            for slug in slugs { #expect(ContainmentTests.isSafeSlug(slug), "unsafe slug \(slug)") }
            let paths = try FileTree(reading: run.output).filePaths.filter { !$0.hasPrefix(".") }
            let languages = Set(paths.filter { $0.hasPrefix("languages/") }.map { $0.split(separator: "/")[1] })
            // The site files, the feed of everything's page (all/index.html), four files per topic and per language.
            #expect(paths.count == 9 + 4 * slugs.count + 4 * languages.count, "files: \(paths)")
            #expect(paths.allSatisfy { !$0.contains("/") || $0.hasPrefix("topics/") || $0.hasPrefix("languages/") || $0 == "all/index.html" },
                    "files: \(paths)")
        }
    }

    @Test("a topic differing only by a control character is the same topic")
    func controlCharacterInTopic() throws {
        try withTemporaryFolder { folder in
            let run = try BadInputRun(in: folder, fixtures: ["topics-control-char.md"])
            try run.expectInvariants(status: 0, articles: 2, rejected: 0)
            #expect(try Self.topicFolders(run) == ["control", "resilience"])
        }
    }

    // MARK: Text

    /// XML 1.0-illegal characters (C0 but tab, LF, CR; U+FFFE, U+FFFF) and DEL/C1 controls.
    static func illegalCharacters(in text: String) -> [UInt32] {
        text.unicodeScalars.map(\.value).filter { value in
            (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D) || (0x7F...0x9F).contains(value)
                || value == 0xFFFE || value == 0xFFFF
        }
    }

    @Test("control characters given as YAML escapes are removed from titles, excerpts and topics")
    func escapedControlCharactersAreRemoved() throws {
        try withTemporaryFolder { folder in
            let run = try BadInputRun(in: folder, fixtures: ["control-chars-escaped.md"])
            try run.expectInvariants(status: 0, articles: 2, rejected: 0)
            let item = try #require(Self.item("https://example.com/control-escaped", in: try run.outputText("rss.xml")))
            #expect(item.contains("<title>Bell and escape end</title>"), "item: \(item)")
            #expect(item.contains("<description>abcdef</description>"), "item: \(item)")
            #expect(item.contains(">Control</category>"), "item: \(item)")
            for path in try FileTree(reading: run.output).filePaths {
                #expect(Self.illegalCharacters(in: try run.outputText(path)).isEmpty, "\(path) holds control characters")
            }
        }
    }

    @Test("the removal of control characters is warned about (the issue asks for a warned sanitisation)")
    func controlCharacterRemovalIsWarned() throws {
        try withTemporaryFolder { folder in
            let run = try BadInputRun(in: folder, fixtures: ["control-chars-escaped.md"])
            #expect(run.result.errorLines.contains { $0.hasPrefix("feedpub: warning: \(run.input.path)/control-chars-escaped.md: ") })
        }
    }

    @Test("raw control bytes in the Markdown body are removed")
    func rawControlBytesInBodyAreRemoved() throws {
        try withTemporaryFolder { folder in
            let run = try BadInputRun(in: folder, fixtures: ["control-chars-raw-body.md"])
            try run.expectInvariants(status: 0, articles: 2, rejected: 0)
            let entry = try #require(Self.entry("https://example.com/control-body", in: try run.outputText("atom.xml")))
            #expect(entry.contains("&lt;p&gt;Before middle after end.&lt;/p&gt;"), "entry: \(entry)")
            for path in try FileTree(reading: run.output).filePaths {
                #expect(Self.illegalCharacters(in: try run.outputText(path)).isEmpty, "\(path) holds control characters")
            }
        }
    }

    @Test("]]>, <script> and & are escaped in every field; raw HTML and javascript: links are dropped")
    func markupIsEscaped() throws {
        try withTemporaryFolder { folder in
            let run = try BadInputRun(in: folder, fixtures: ["markup-in-text.md"])
            try run.expectInvariants(status: 0, articles: 2, rejected: 0)
            let url = "https://example.com/markup?a=1&amp;b=2"
            let item = try #require(Self.item(url, in: try run.outputText("rss.xml")))
            #expect(item.contains("<title>A ]]&gt; B alert(1) AT&amp;T</title>"), "item: \(item)")
            #expect(item.contains("<dc:creator>Q&amp;A Labs</dc:creator>"), "item: \(item)")
            #expect(item.contains("<description>x ]]&amp;gt; y &amp;lt;script&amp;gt;alert(2)&amp;lt;/script&amp;gt; &amp;amp; z</description>"),
                    "item: \(item)")
            let entry = try #require(Self.entry(url, in: try run.outputText("atom.xml")))
            #expect(entry.contains("<category term=\"&lt;script&gt;\""), "entry: \(entry)")
            // Published files: hidden ones (feedpub's records, never served) name topics as they are.
            for path in try FileTree(reading: run.output).filePaths where !path.hasPrefix(".") {
                let text = try run.outputText(path)
                // The index's own filter box script is the one script element written.
                let scripts = text.components(separatedBy: "<script").count - 1
                #expect(scripts == (path == "index.html" ? 1 : 0), "\(path) holds a <script> element from the input")
                #expect(!text.contains("]]>"), "\(path) holds a raw ]]>")
                #expect(!text.contains("javascript:"), "\(path) holds a javascript: URL")
            }
        }
    }
}
