import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TestSupport

/// `--archive-page-size`: RFC 5005 archived feeds, read the way an archive-aware reader reads
/// them — start at the subscription document, follow `prev-archive` to the end.
@Suite("Archived feeds (RFC 5005)")
struct ArchiveTests {
    static let options = ["--limit", "5", "--archive-page-size", "4"]

    @Test("following prev-archive from each format's feed shows every article exactly once")
    func chainShowsEveryArticleOnce() throws {
        try withTemporaryFolder { folder in
            let corpus = try ArchiveCorpus(in: folder, count: 23)
            let result = try corpus.build(Self.options)
            #expect(result.status == 0, "stderr: \(result.standardError)")
            for feedFolder in ["", "topics/even/"] {
                let expected = corpus.urls(inFeed: feedFolder)
                let atom = try corpus.followAtom(feedFolder + "atom.xml")
                #expect(atom.ids.sorted() == expected.sorted(), "Atom chain of '\(feedFolder)'")
                let rss = try corpus.followRSS(feedFolder + "rss.xml")
                #expect(rss.ids.sorted() == expected.sorted(), "RSS chain of '\(feedFolder)'")
                let json = try corpus.followJSON(feedFolder + "feed.json")
                #expect(json.sorted() == expected.sorted(), "JSON Feed chain of '\(feedFolder)'")
                // Every archive page links back to the subscription document and is marked.
                for page in atom.pages.dropFirst() {
                    #expect(page.current == corpus.url(feedFolder + "atom.xml"))
                    #expect(page.isArchive)
                }
                #expect(atom.pages.first?.isArchive == false && atom.pages.first?.current == nil)
            }
            // 23 articles, 5 current, 18 archived in pages of 4: 4 full pages and a half-full newest.
            #expect(try corpus.followAtom("atom.xml").pages.map(\.entryCount) == [5, 2, 4, 4, 4, 4])
        }
    }

    @Test("a full page's file is never rewritten as newer articles arrive; the result equals a cold build")
    func fullPagesAreStable() throws {
        try withTemporaryFolder { folder in
            let corpus = try ArchiveCorpus(in: folder, count: 21)
            #expect(try corpus.build(Self.options).status == 0)
            // 16 archived: pages 1–4 full, page 5 empty.
            let full = (1...4).flatMap { page in ["rss.xml", "atom.xml", "feed.json"].map { "archive/\(page)/\($0)" } }
            let before = try full.map { try Data(contentsOf: corpus.output.appendingPathComponent($0)) }
            let times = try FileTree.modificationTimes(under: corpus.output)
            Thread.sleep(forTimeInterval: 0.05)
            for added in 1...6 {
                try corpus.addArticle(number: 21 + added)
                let rerun = try corpus.build(Self.options)
                #expect(rerun.status == 0, "stderr: \(rerun.standardError)")
                let after = try full.map { try Data(contentsOf: corpus.output.appendingPathComponent($0)) }
                #expect(after == before, "a full page changed after adding article \(21 + added)")
            }
            let timesAfter = try FileTree.modificationTimes(under: corpus.output)
            #expect(full.allSatisfy { timesAfter[$0] == times[$0] }, "full pages were rewritten")
            #expect(try corpus.followAtom("atom.xml").ids.count == 27)
            // The incremental result is what a cold build of the same articles writes.
            let cold = folder.appendingPathComponent("cold")
            let coldRun = try FeedpubCommand.run(["build", "--input", corpus.input.path, "--output", cold.path,
                                                  "--base-url", ArchiveCorpus.baseURL, "--no-cache"] + Self.options, in: folder)
            #expect(coldRun.status == 0)
            let differences = FileTree.differences(expected: try FileTree(reading: cold), actual: try FileTree(reading: corpus.output))
            #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
        }
    }

    @Test("without --archive-page-size there is no archive and no history link")
    func offByDefault() throws {
        try withTemporaryFolder { folder in
            let corpus = try ArchiveCorpus(in: folder, count: 12)
            #expect(try corpus.build(["--limit", "5"]).status == 0)
            let paths = try FileTree(reading: corpus.output).filePaths
            #expect(!paths.contains { $0.contains("archive/") })
            let atom = try corpus.followAtom("atom.xml")
            #expect(atom.pages.count == 1 && atom.ids.count == 5)
        }
    }

    @Test("archive pages are written out of the page cache, and read for comparison out of it; the subscription documents stay in it")
    func archivePagesLeaveThePageCache() throws {
        try withTemporaryFolder { folder in
            // tmpfs keeps files in the page cache alone, and some file systems keep pages pinned.
            guard FileTree.pageCacheCanBeDropped(in: folder) else { return }
            let corpus = try ArchiveCorpus(in: folder, count: 23)
            // Pages of one entry: more archive pages than the files whose writes may be under way.
            let options = ["--limit", "5", "--archive-page-size", "1", "--no-cache"]
            for run in ["cold", "unchanged"] {
                let result = try corpus.build(options)
                #expect(result.status == 0, "\(run): \(result.standardError)")
                // Listed, not read: reading would bring them back.
                let paths = try FileManager.default.subpathsOfDirectory(atPath: corpus.output.path)
                let pages = paths.filter { $0.contains("archive/") && $0.contains(".") }
                #expect(pages.count > 64 * 2, "\(run): \(pages.count) archive files")
                let resident = pages.map { ($0, FileTree.residentPages(of: corpus.output.appendingPathComponent($0))) }
                #expect(resident.allSatisfy { $0.1 != nil }, "\(run): not looked at")
                let cached = resident.filter { ($0.1 ?? 0) > 0 }.map(\.0)
                #expect(cached.isEmpty, "\(run): archive pages in the page cache: \(cached)")
                for feed in ["atom.xml", "rss.xml", "feed.json", "topics/even/atom.xml"] {
                    let feedPages = FileTree.residentPages(of: corpus.output.appendingPathComponent(feed))
                    #expect((feedPages ?? 0) > 0, "\(run): \(feed) left the page cache")
                }
            }
        }
    }

    @Test("--archive-page-size is checked", arguments: ["0", "10001", "x"])
    func pageSizeIsChecked(value: String) throws {
        try withTemporaryFolder { folder in
            let corpus = try ArchiveCorpus(in: folder, count: 1)
            let result = try corpus.build(["--archive-page-size", value])
            #expect(result.status == 64)
            #expect(result.standardError.contains("archive-page-size"))
        }
    }
}

/// A folder of numbered articles, one a day (article 1 the oldest); even numbers are also on
/// topic "Even". Built into `<folder>/feeds`, read back with Foundation's XML parser.
private struct ArchiveCorpus {
    static let baseURL = "https://example.com/feeds/"
    let folder: URL
    let input: URL
    let output: URL
    private(set) var count: Int

    init(in folder: URL, count: Int) throws {
        self.folder = folder
        input = folder.appendingPathComponent("seeds")
        output = folder.appendingPathComponent("feeds")
        self.count = 0
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        for number in 1...count { try addArticle(number: number) }
        self.count = count
    }

    func addArticle(number: Int) throws {
        let day = Date(timeIntervalSince1970: 1_700_000_000 + Double(number) * 86_400)
        let text = """
        ---
        title: "Article \(number)"
        excerpt: "Number \(number)."
        publishedDateTime: \(ISO8601DateFormatter().string(from: day))
        webUrl: "\(articleURL(number))"
        provider:
          name: Example News
          domain: news.example.net
        topics: [\(number % 2 == 0 ? "Even" : "Odd")]
        ---
        Body of article \(number).

        """
        try Data(text.utf8).write(to: input.appendingPathComponent(String(format: "%03d.md", number)))
    }

    func articleURL(_ number: Int) -> String { "https://news.example.net/\(number)" }
    func url(_ path: String) -> String { Self.baseURL + path }

    /// The article URLs (= entry ids) a feed folder should hold in all, "" or "topics/even/".
    func urls(inFeed feedFolder: String) -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: input.path)) ?? []
        let numbers = files.compactMap { Int($0.prefix(3)) }
        return numbers.filter { feedFolder.isEmpty || $0 % 2 == 0 }.map(articleURL)
    }

    func build(_ options: [String]) throws -> FeedpubCommand.Result {
        try FeedpubCommand.run(["build", "--input", input.path, "--output", output.path, "--base-url", Self.baseURL] + options,
                               in: folder)
    }

    struct Page {
        var entryCount: Int
        var current: String?
        var isArchive: Bool
    }

    /// The local file a feed URL is served from.
    private func file(_ url: String) throws -> URL {
        try #require(url.hasPrefix(Self.baseURL), "link outside the site: \(url)")
        return output.appendingPathComponent(String(url.dropFirst(Self.baseURL.count)))
    }

    private func document(_ url: String) throws -> XMLDocument {
        try XMLDocument(data: Data(contentsOf: try file(url)), options: [])
    }

    private func follow(_ path: String, links: String, ids: String, current: String, marker: String) throws
        -> (ids: [String], pages: [Page]) {
        var next: String? = url(path)
        var seen = Set<String>()
        var result: (ids: [String], pages: [Page]) = ([], [])
        while let url = next {
            #expect(seen.insert(url).inserted, "the chain loops at \(url)")
            guard seen.count < 100 else { break }
            let xml = try document(url)
            let entryIDs = try xml.nodes(forXPath: ids).compactMap(\.stringValue)
            result.ids += entryIDs
            let currentLink = try xml.nodes(forXPath: current).first?.stringValue
            let archive = try !xml.nodes(forXPath: marker).isEmpty
            result.pages.append(Page(entryCount: entryIDs.count, current: currentLink, isArchive: archive))
            next = try xml.nodes(forXPath: links).first?.stringValue
        }
        return result
    }

    func followAtom(_ path: String) throws -> (ids: [String], pages: [Page]) {
        try follow(path, links: "/*[local-name()='feed']/*[local-name()='link'][@rel='prev-archive']/@href",
                   ids: "/*[local-name()='feed']/*[local-name()='entry']/*[local-name()='id']",
                   current: "/*[local-name()='feed']/*[local-name()='link'][@rel='current']/@href",
                   marker: "/*[local-name()='feed']/*[local-name()='archive']")
    }

    func followRSS(_ path: String) throws -> (ids: [String], pages: [Page]) {
        try follow(path, links: "/rss/channel/*[local-name()='link'][@rel='prev-archive']/@href",
                   ids: "/rss/channel/item/guid",
                   current: "/rss/channel/*[local-name()='link'][@rel='current']/@href",
                   marker: "/rss/channel/*[local-name()='archive']")
    }

    /// JSON Feed's own pagination: `next_url` from page to page.
    func followJSON(_ path: String) throws -> [String] {
        var next: String? = url(path)
        var ids: [String] = []
        var hops = 0
        while let url = next, hops < 100 {
            hops += 1
            let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: try file(url))) as? [String: Any])
            ids += (json["items"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            next = json["next_url"] as? String
        }
        return ids
    }
}
