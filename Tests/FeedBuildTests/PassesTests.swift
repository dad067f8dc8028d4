import Foundation
import FeedModel
import Testing
@testable import FeedBuild

/// Pass 1's index and pass 2's entry source: pass 2 gives an entry only from the file version
/// pass 1 saw, and a file that could not be read is never remembered as settled.
@Suite("Passes")
struct PassesTests {
    /// Two articles on one topic, read through pass 1 and cataloged.
    private func twoArticles(in folder: FolderPath) throws -> StagesFixture {
        let input = FolderPath(folder.appending("in"))
        try write(article("a", topics: ["Chips"]), to: "a.md", in: input)
        try write(article("b", topics: ["Chips"], day: 2), to: "b.md", in: input)
        let fixture = try StagesFixture(input: input, output: FolderPath(folder.appending("out")))
        // ctime has the kernel's clock tick as its grain: a change made now must land on a later one.
        Thread.sleep(forTimeInterval: 0.05)
        return fixture
    }

    /// Two articles on two topics, a (Chips) and b (Phones, a day newer), read through pass 1 and cataloged.
    private func twoTopics(in input: FolderPath, output: FolderPath) throws -> StagesFixture {
        try write(article("a", topics: ["Chips"]), to: "a.md", in: input)
        try write(article("b", topics: ["Phones"], day: 2), to: "b.md", in: input)
        return try StagesFixture(input: input, output: output)
    }

    /// A renderer of `fixture`'s catalog that stages nothing.
    private func dryRenderer(_ fixture: StagesFixture) -> FeedRenderer {
        FeedRenderer(settings: fixture.settings, catalog: fixture.site.catalog, index: fixture.read.index,
                     publisher: Publisher(folder: OutputFolder(root: fixture.settings.output), dryRun: true))
    }

    /// The index in the catalog of the article read from `path`.
    private func articleIndex(_ path: String, in fixture: StagesFixture) throws -> Int {
        try #require(fixture.site.catalog.articles.firstIndex { $0.winnerPath == path })
    }

    @Test("files unchanged since pass 1 give their entries")
    func unchangedFilesGiveEntries() throws {
        try withTemporaryFolder { folder in
            let fixture = try twoArticles(in: folder)
            let loaded = fixture.entrySource.entries(for: fixture.site.feeds)
            #expect(loaded.missing.isEmpty)
            #expect(loaded.entries.count == 2)
        }
    }

    @Test("a file rewritten, or moved out and back with its bytes and mtime, is not the version pass 1 saw: missing",
          arguments: ["rewritten", "moved out and back"])
    func changedFileIsMissing(change: String) throws {
        try withTemporaryFolder { folder in
            let fixture = try twoArticles(in: folder)
            let path = fixture.settings.input.appending("a.md")
            if change == "rewritten" {
                try write(article("a", topics: ["Chips"]), to: "a.md", in: fixture.settings.input)
            } else {
                try FileManager.default.moveItem(atPath: path, toPath: folder.appending("a.md"))
                try FileManager.default.moveItem(atPath: folder.appending("a.md"), toPath: path)
            }
            let loaded = fixture.entrySource.entries(for: fixture.site.feeds)
            #expect(loaded.missing == [try articleIndex("a.md", in: fixture)])
            #expect(loaded.entries.keys.sorted() == [try articleIndex("b.md", in: fixture)])
        }
    }

    @Test("a vanished file is missing; the feed files that show it are incomplete and its file unsettled")
    func vanishedFileMakesFeedsIncomplete() throws {
        try withTemporaryFolder { folder in
            let input = FolderPath(folder.appending("in"))
            let fixture = try twoTopics(in: input, output: FolderPath(folder.appending("out")))
            try FileManager.default.removeItem(atPath: input.appending("a.md"))
            let renderer = dryRenderer(fixture)
            var rendered = RenderedFiles()
            let entries = renderer.loadEntries(for: fixture.plan().stale, noting: &rendered)
            #expect(entries.keys.sorted() == [try articleIndex("b.md", in: fixture)])
            #expect(rendered.incomplete == ["rss.xml", "atom.xml", "feed.json", "all/index.html",
                                            "topics/chips/rss.xml", "topics/chips/atom.xml", "topics/chips/feed.json",
                                            "topics/chips/index.html"])
            #expect(rendered.unsettled == [0])
        }
    }

    @Test("an entry a later batch shows too is carried to it, not read again; an article missing in one batch is warned of once")
    func laterBatchesTakeKeptEntries() throws {
        try withTemporaryFolder { folder in
            let input = FolderPath(folder.appending("in"))
            let fixture = try twoTopics(in: input, output: FolderPath(folder.appending("out")))
            let renderer = dryRenderer(fixture)
            let stale = fixture.plan().stale
            let (a, b) = (try articleIndex("a.md", in: fixture), try articleIndex("b.md", in: fixture))
            let chips = stale.filter { $0.path.hasPrefix("topics/chips/") }, phones = stale.filter { $0.path.hasPrefix("topics/phones/") }
            let all = stale.filter { !$0.path.hasPrefix("topics/") }
            // Batch 0 shows a (Chips); batch 1 shows both (all articles) after a's file is gone.
            let batches = [chips, all]
            let lastUse = FeedRenderer.lastBatch(showing: batches)
            #expect(lastUse[a] == 1 && lastUse[b] == 1)

            var kept = FeedRenderer.EntriesKept()
            var rendered = RenderedFiles()
            let first = renderer.loadEntries(for: chips, keeping: &kept, noting: &rendered)
            kept.entries = first.filter { lastUse[$0.key, default: 0] > 0 }
            try FileManager.default.removeItem(atPath: input.appending("a.md"))
            let second = renderer.loadEntries(for: all, keeping: &kept, noting: &rendered)
            #expect(second.keys.sorted() == [a, b].sorted(), "a's entry, kept from batch 0, is not read again")
            #expect(rendered.incomplete.isEmpty && rendered.unsettled.isEmpty)

            // A batch that finds b missing notes its files; a later one showing b notes its own
            // without reading b again (`kept.missing`).
            try FileManager.default.removeItem(atPath: input.appending("b.md"))
            var fresh = FeedRenderer.EntriesKept()
            _ = renderer.loadEntries(for: phones, keeping: &fresh, noting: &rendered)
            #expect(fresh.missing == [b])
            try write(article("b", topics: ["Phones"], day: 2), to: "b.md", in: input)
            let again = renderer.loadEntries(for: all, keeping: &fresh, noting: &rendered)
            #expect(again[b] == nil, "b, found missing once, is not read again in the same run")
            #expect(fresh.missing == [a, b], "a, gone since the first part and not kept here, is missing too")
            #expect(rendered.incomplete == Set((phones + all).map(\.path)))
            let records = fixture.read.index.records
            #expect(rendered.unsettled == Set(["a.md", "b.md"].compactMap { path in records.firstIndex { $0.path == path } }))
        }
    }

    @Test("a failed read is kept as unreadable, never settled, and read again next run")
    func failedReadIsNeverSettled() throws {
        try withTemporaryFolder { folder in
            let input = FolderPath(folder.appending("in"))
            try write(article("a"), to: "a.md", in: input)
            let listing = try InputFolder(root: input).list()
            let version = try #require(listing.files.first?.version)
            // What a run that could not open the file learnt, remembered long after the file last changed.
            guard case let .failure(failure) = ArticleLoader.read(folder.appending("absent.md"), relativePath: "absent.md") else {
                Issue.record("an absent file was read")
                return
            }
            let failed = ArticleIndex(records: [ArticleIndex.Record(path: "a.md", version: version, isSettled: false,
                                                                    outcome: ArticleIndex.Outcome(.failure(failure)))])
            guard case .unreadable = failed.records[0].outcome else { Issue.record("not kept as unreadable"); return }
            let remembered = RunMemory.remembering(failed, scanStarted: .max, fingerprints: [:], entryCounts: [:], output: input)
            #expect(remembered.index.records.map(\.isSettled) == [false])
            #expect(remembered.index.matching(listing.files).map { $0 == nil } == [true])
            let read = ArticleReading(input: input).read(listing, recalling: remembered.index)
            #expect(read.readCount == 1)
            #expect(read.summaries.map(\.url) == ["https://news.example.com/a"])
        }
    }

    @Test("a file read and refused for what it holds is settled like an article")
    func rejectedContentIsSettled() throws {
        try withTemporaryFolder { folder in
            let input = FolderPath(folder.appending("in"))
            try write("no front matter", to: "a.md", in: input)
            let listing = try InputFolder(root: input).list()
            let read = ArticleReading(input: input).read(listing, recalling: ArticleIndex())
            guard case .rejected = read.index.records[0].outcome else { Issue.record("not rejected"); return }
            let remembered = RunMemory.remembering(read.index, scanStarted: .max, fingerprints: [:], entryCounts: [:], output: input)
            #expect(remembered.index.matching(listing.files).map { $0 != nil } == [true])
        }
    }
}
