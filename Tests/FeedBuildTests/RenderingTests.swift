import FeedModel
import Testing
@testable import FeedBuild

/// The rendering stage: batches of jobs, and the byte limit.
@Suite("Rendering")
struct RenderingTests {
    /// Jobs for one plan of `fixture`, each showing the given articles.
    private func jobs(_ fixture: StagesFixture, showing articles: [[Int]]) throws -> [RenderJob] {
        let plan = try #require(fixture.site.feeds.first)
        return articles.enumerated().map { index, entries in
            var shown = plan
            shown.entryIndices = entries
            return RenderJob(plan: shown, format: .rss, path: "\(index)/rss.xml")
        }
    }

    @Test("jobs are cut into batches where their articles would pass the maximum, in order")
    func batches() throws {
        try withTemporaryFolder { folder in
            try write(article("a"), to: "in/a.md", in: folder)
            let fixture = try StagesFixture(input: FolderPath(folder.appending("in")), output: FolderPath(folder.appending("out")))
            let jobs = try jobs(fixture, showing: [[0, 1], [1, 2], [3, 4], [4], [5, 6, 7]])
            let batches = FeedRenderer.batches(jobs, maximumArticles: 3)
            #expect(batches.map { $0.map(\.path) } == [["0/rss.xml", "1/rss.xml"], ["2/rss.xml", "3/rss.xml"], ["4/rss.xml"]])
        }
    }

    @Test("a job showing more articles than the maximum is a batch of its own")
    func oversizedJob() throws {
        try withTemporaryFolder { folder in
            try write(article("a"), to: "in/a.md", in: folder)
            let fixture = try StagesFixture(input: FolderPath(folder.appending("in")), output: FolderPath(folder.appending("out")))
            let jobs = try jobs(fixture, showing: [[0], [1, 2, 3, 4], [5]])
            #expect(FeedRenderer.batches(jobs, maximumArticles: 2).map(\.count) == [1, 1, 1])
            #expect(FeedRenderer.batches([], maximumArticles: 2).isEmpty)
        }
    }

    @Test("the byte limit drops the oldest entries until the file fits, never below one entry")
    func byteLimit() throws {
        try withTemporaryFolder { folder in
            let input = FolderPath(folder.appending("in"))
            for day in 1...5 { try write(article("a\(day)", day: day), to: "a\(day).md", in: input) }
            let fixture = try StagesFixture(input: input, output: FolderPath(folder.appending("out")))
            let plan = try #require(fixture.site.feeds.first { $0.directory.isEmpty })
            let publisher = Publisher(folder: OutputFolder(root: fixture.settings.output), dryRun: true)
            let entries = FeedRenderer(settings: fixture.settings, catalog: fixture.site.catalog, publisher: publisher)
                .loadEntries(for: [plan])
            let rendered = try FeedFormat.rss.writer(site: fixture.settings.site).renderEntries(plan.entryIndices.map { entries[$0]! })
            func job(_ limit: Int?) -> FeedRendering.Job {
                FeedRendering.Job(path: "rss.xml", format: .rss, site: fixture.settings.site,
                                  feed: plan.feed(entries: []), entries: [], byteLimit: limit)
            }
            let full = try job(nil).renderFitting(rendered)
            #expect(full.entries == 5)
            let cut = try job(full.bytes.count - 1).renderFitting(rendered)
            #expect(cut.entries == 4)
            #expect(cut.bytes.count <= full.bytes.count - 1)
            #expect(try job(10).renderFitting(rendered).entries == 1)
            #expect(try job(full.bytes.count).renderFitting(rendered).bytes == full.bytes)
        }
    }
}
