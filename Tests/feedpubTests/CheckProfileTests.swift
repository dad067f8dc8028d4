import Foundation
import Testing
import TestSupport

/// `feedpub check --profile NAME`: the published feeds checked against a partner's requirements.
@Suite("feedpub check --profile")
struct CheckProfileTests {
    /// An article of `provider` on `topic`, with `bodyBytes` of Markdown body.
    private func article(_ slug: String, day: Int, bodyBytes: Int = 0) -> String {
        """
        ---
        title: "Heatwave grips the plains, day \(day)"
        excerpt: "Temperatures rose again across the region, and the weather office warned of more to come this week."
        publishedDateTime: 2026-03-\(10 + day)T10:00:00+05:30
        webUrl: "https://news.example.com/\(slug)"
        provider:
          name: Example News
        topics:
          - Heat
        ---

        \(String(repeating: "Hot days and warm nights. ", count: bodyBytes / 26))
        """
    }

    /// Writes the articles into `in/`, builds them into `feeds/` with `arguments`.
    private func build(_ articles: [String: String], in folder: URL, arguments: [String] = []) throws {
        let input = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        for (name, text) in articles { try Data(text.utf8).write(to: input.appendingPathComponent(name)) }
        let result = try FeedpubCommand.run(["build", "--input", "in", "--output", "feeds", "--quiet"] + arguments, in: folder)
        #expect(result.status == 0, "stderr: \(result.standardError)")
    }

    private func json(_ result: FeedpubCommand.Result) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    }

    @Test("feeds that meet the profile: no warning, exit 0 even with --strict; RSS and Atom checked, JSON Feed and archive pages not")
    func meetsTheProfile() throws {
        try withTemporaryFolder { folder in
            try build(["a.md": article("a", day: 1), "b.md": article("b", day: 2)], in: folder,
                      arguments: ["--language", "en-IN", "--limit", "1", "--archive-page-size", "1"])
            let text = try FeedpubCommand.run(["check", "--input", "in", "--profile", "apple-news", "--strict"], in: folder)
            #expect(text.status == 0, "stderr: \(text.standardError)")
            #expect(text.errorLines == [])
            #expect(text.outputLines == ["feedpub check: 2 files, 2 articles, 0 errors, 0 warnings; apple-news: 8 feed files checked, 0 rules broken"])
            let report = try json(try FeedpubCommand.run(["check", "--input", "in", "--profile", "apple-news", "--format", "json"], in: folder))
            let profile = try #require(report["profile"] as? [String: Any])
            #expect(profile["checked"] as? [String] == [
                "atom.xml", "languages/en/atom.xml", "languages/en/rss.xml", "providers/example-news/atom.xml", "providers/example-news/rss.xml",
                "rss.xml", "topics/heat/atom.xml", "topics/heat/rss.xml",
            ])
            #expect((profile["findings"] as? [Any])?.isEmpty == true)
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("feeds/archive/1/rss.xml").path), "archive pages exist, unchecked")
        }
    }

    @Test("a feed over FeedBurner's 512 kB: one warning per file with the measured size and the limit; --strict exits 65")
    func overTheSizeCap() throws {
        try withTemporaryFolder { folder in
            try build(["a.md": article("a", day: 1, bodyBytes: 600_000), "b.md": article("b", day: 2)], in: folder)
            let text = try FeedpubCommand.run(["check", "--input", "in", "--profile", "feedburner"], in: folder)
            #expect(text.status == 0)
            let paths = ["atom.xml", "languages/en/atom.xml", "languages/en/rss.xml", "providers/example-news/atom.xml",
                         "providers/example-news/rss.xml", "rss.xml", "topics/heat/atom.xml", "topics/heat/rss.xml"]
            #expect(text.errorLines.count == paths.count)
            for (line, path) in zip(text.errorLines, paths) {
                let size = try #require(FileManager.default.attributesOfItem(atPath: "\(folder.path)/feeds/\(path)")[.size] as? Int)
                #expect(size > 512_000)
                let tenths = size / 100
                let shown = tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
                #expect(line == "feedpub: warning: \(path): feedburner: file \(shown) kB > 512 kB")
            }
            #expect(text.outputLines.last?.hasSuffix("0 errors, 8 warnings; feedburner: 8 feed files checked, 8 rules broken") == true)

            let report = try json(try FeedpubCommand.run(["check", "--input", "in", "--profile", "feedburner", "--format", "json"], in: folder))
            #expect(report["warnings"] as? Int == 8)
            let findings = try #require((report["profile"] as? [String: Any])?["findings"] as? [[String: Any]])
            #expect(findings.compactMap { $0["path"] as? String } == paths)
            for finding in findings {
                let size = try #require(FileManager.default.attributesOfItem(atPath: "\(folder.path)/feeds/\(finding["path"] as! String)")[.size] as? Int)
                #expect(finding["measured"] as? Int == size)
                #expect(finding["limit"] as? Int == 512_000)
                #expect(finding["unit"] as? String == "bytes")
                #expect(finding["rule"] as? String == "file-size")
                #expect((finding["source"] as? String)?.contains("feedburner") == true)
            }
            let strict = try FeedpubCommand.run(["check", "--input", "in", "--profile", "feedburner", "--strict"], in: folder)
            #expect(strict.status == 65)
            let google = try FeedpubCommand.run(["check", "--input", "in", "--profile", "google-news", "--strict"], in: folder)
            #expect(google.status == 0, "under Google News' 2 MB: \(google.standardError)")
        }
    }

    @Test("an unknown profile is a usage error (64) naming the profiles; a folder with no published feeds is 66")
    func mistakes() throws {
        try withTemporaryFolder { folder in
            try build(["a.md": article("a", day: 1)], in: folder)
            let unknown = try FeedpubCommand.run(["check", "--input", "in", "--profile", "bing-news"], in: folder)
            #expect(unknown.status == 64)
            #expect(unknown.standardError.contains("'google-news', 'apple-news', 'flipboard' or 'feedburner'"))
            let missing = try FeedpubCommand.run(["check", "--input", "in", "--profile", "flipboard", "--output", "elsewhere"], in: folder)
            #expect(missing.status == 66)
            #expect(missing.errorLines == ["feedpub: error: elsewhere: no feeds published here (no .feedpub-manifest); build first, or name the published folder with --output"])
        }
    }
}
