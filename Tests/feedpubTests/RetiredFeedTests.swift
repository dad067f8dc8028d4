import Foundation
import Testing
import TestSupport

/// Feeds that stop existing are kept, expired, for `retired_feeds.keep_days`, then answer 410;
/// feeds that move answer 301 from their old folders (docs/serving.md). Across real runs.
@Suite("Retired and moved feeds")
struct RetiredFeedTests {
    static let keep = "retired_feeds: {keep_days: 10}\n"
    static let energyFiles = ["rss.xml", "atom.xml", "feed.json", "index.html"].map { "topics/energy/" + $0 }

    /// Two articles on AI, one of them also on Energy, built once with a grace period of ten days.
    static func energyOnOneArticle(in folder: URL) throws -> FolderHistory {
        let site = try FolderHistory(in: folder)
        try site.article("a", day: "2024-01-01", topics: ["AI", "Energy"])
        try site.article("b", day: "2024-01-02", topics: ["AI"])
        #expect(try site.run(keep).status == 0)
        return site
    }

    @Test("a feed that stops existing is kept with its last entries and expired: true, then removed and gone (410); it comes back live")
    func retireAgeOutReturn() throws {
        try withTemporaryFolder { folder in
            let site = try Self.energyOnOneArticle(in: folder)
            #expect(try site.jsonFeed("topics/energy/feed.json")["expired"] == nil)

            // Energy's only article loses the topic: retired, kept as last published, marked expired.
            try site.article("a", day: "2024-01-01", topics: ["AI"])
            #expect(try site.run(Self.keep).status == 0)
            let retired = try site.jsonFeed("topics/energy/feed.json")
            #expect(retired["expired"] as? Bool == true)
            let ids = (retired["items"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
            #expect(ids == ["https://news.example.com/a"])
            #expect(Self.energyFiles.allSatisfy { site.text($0) != nil })
            #expect(site.text("topics/energy/rss.xml")?.contains("<title>Article a</title>") == true)
            // Nobody should subscribe anew: the lists and the index leave it out.
            #expect(site.text("index.opml")?.contains("topics/energy/") == false)
            #expect(site.text("index.html")?.contains("topics/energy/") == false)
            #expect(site.serverList("gone").isEmpty)

            // Nine days on (newest article), still inside the grace period.
            try site.article("c", day: "2024-01-11", topics: ["AI"])
            #expect(try site.run(Self.keep).status == 0)
            #expect(try site.jsonFeed("topics/energy/feed.json")["expired"] as? Bool == true)

            // Ten days after it retired: removed, and its folder answers 410.
            try site.article("c", day: "2024-01-12", topics: ["AI"])
            #expect(try site.run(Self.keep).status == 0)
            #expect(Self.energyFiles.allSatisfy { site.text($0) == nil })
            #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("topics/energy").path))
            #expect(site.serverList("gone") == ["location = /topics/energy { return 410; }",
                                                "location ^~ /topics/energy/ { return 410; }"])

            // It comes back: live again, not expired, out of the 410 list.
            try site.article("d", day: "2024-01-13", topics: ["Energy"])
            #expect(try site.run(Self.keep).status == 0)
            let back = try site.jsonFeed("topics/energy/feed.json")
            #expect(back["expired"] == nil)
            #expect((back["items"] as? [[String: Any]])?.first?["id"] as? String == "https://news.example.com/d")
            #expect(site.serverList("gone").isEmpty)
        }
    }

    @Test("keep_days 0 removes a feed at once; an excluded topic retires like one that aged out")
    func noGracePeriod() throws {
        try withTemporaryFolder { folder in
            let site = try FolderHistory(in: folder)
            try site.article("a", day: "2024-01-01", topics: ["AI", "Energy"])
            #expect(try site.run("retired_feeds: {keep_days: 0}\n").status == 0)
            #expect(try site.run("retired_feeds: {keep_days: 0}\nexclude: {topics: [Energy]}\n").status == 0)
            #expect(site.text("topics/energy/rss.xml") == nil)
            #expect(site.serverList("gone").contains("location ^~ /topics/energy/ { return 410; }"))
            let bad = try site.run("retired_feeds: {keep_days: -1}\n")
            #expect(bad.status == 64)
            #expect(bad.standardError.contains("retired_feeds.keep_days"), "stderr: \(bad.standardError)")
        }
    }

    @Test("a slug override added moves the feed (301 from every file of the old folder); removed, it moves back and the live folder is never redirected")
    func overrideAddedAndRemoved() throws {
        try withTemporaryFolder { folder in
            let site = try FolderHistory(in: folder)
            try site.article("a", day: "2024-01-01", topics: ["AI"])
            #expect(try site.run().status == 0)
            let override = "topics: {AI: {slug: artificial-intelligence}}\n"
            #expect(try site.run(override).status == 0)
            #expect(site.text("topics/ai/rss.xml") == nil)
            #expect(site.text("topics/artificial-intelligence/rss.xml") != nil)
            let target = FolderHistory.baseURL + "topics/artificial-intelligence/"
            #expect(site.serverList("redirects") == [
                "location = /topics/ai { return 301 \(target); }",
                "location ^~ /topics/ai/ { rewrite ^/topics/ai/(.*)$ \(target)$1 permanent; }",
            ])
            #expect(try site.run().status == 0)
            #expect(site.text("topics/ai/rss.xml") != nil)
            let redirects = site.serverList("redirects")
            #expect(redirects.count == 2 && redirects.allSatisfy { $0.contains(" /topics/artificial-intelligence") })
            #expect(!redirects.contains { $0.contains(" /topics/ai ") || $0.contains(" /topics/ai/ ") })
        }
    }

    @Test("when a collision suffix moves, the suffixed folder redirects to the plain one")
    func collisionSuffixMoved() throws {
        try withTemporaryFolder { folder in
            let site = try FolderHistory(in: folder)
            // C# and C++ both slug to "c"; C# comes first in code-point order and keeps it.
            try site.article("a", day: "2024-01-01", topics: ["C#"])
            try site.article("b", day: "2024-01-02", topics: ["C++"])
            #expect(try site.run(Self.keep).status == 0)
            let topics = try FileManager.default.contentsOfDirectory(atPath: site.output.appendingPathComponent("topics").path)
            let suffixed = try #require(topics.first { $0.hasPrefix("c-") })
            try FileManager.default.removeItem(at: site.input.appendingPathComponent("a.md"))
            #expect(try site.run(Self.keep).status == 0)
            #expect(try site.jsonFeed("topics/c/feed.json")["title"] as? String == "C++ — feedpub")
            #expect(site.serverList("redirects").contains("location ^~ /topics/\(suffixed)/ { rewrite ^/topics/\(suffixed)/(.*)$ \(FolderHistory.baseURL)topics/c/$1 permanent; }"))
            // C#'s folder is C++'s now: live, so neither kept as retired nor gone.
            #expect(site.serverList("gone").isEmpty)
        }
    }

    @Test("a run without the cache on the intact output folder gives the warm run's tree; a rerun rewrites nothing")
    func coldEqualsWarmAcrossRetirement() throws {
        try withTemporaryFolder { folder in
            let site = try Self.energyOnOneArticle(in: folder)
            try site.article("a", day: "2024-01-01", topics: ["AI"])
            let cold = folder.appendingPathComponent("cold")
            try FileManager.default.copyItem(at: site.output, to: cold)
            #expect(try site.run(Self.keep).status == 0)
            #expect(try site.run(Self.keep, arguments: ["--no-cache"], output: cold).status == 0)
            let differences = FileTree.differences(expected: try FileTree(reading: site.output), actual: try FileTree(reading: cold))
            #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
            let times = try FileTree.modificationTimes(under: site.output)
            Thread.sleep(forTimeInterval: 0.05)
            #expect(try site.run(Self.keep).status == 0)
            #expect(try FileTree.modificationTimes(under: site.output) == times)
        }
    }
}
