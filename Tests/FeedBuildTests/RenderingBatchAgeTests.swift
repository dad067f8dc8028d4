import FeedModel
import Testing
@testable import FeedBuild

/// Batches of archive pages across feeds: each article read about once, whatever the feed order.
@Suite("Rendering batches by age")
struct RenderingBatchAgeTests {
    /// Archive pages of three feeds over `count` articles (index 0 the newest), listed feed by
    /// feed and oldest page first, as the planner lists them: all articles, the even, the odd.
    private func archiveJobs(_ fixture: StagesFixture, count: Int, pageSize: Int) throws -> [RenderJob] {
        let plan = try #require(fixture.site.feeds.first)
        let feeds = [Array(0..<count), stride(from: 0, to: count, by: 2).map { $0 }, stride(from: 1, to: count, by: 2).map { $0 }]
        return feeds.enumerated().flatMap { feed, indices in
            stride(from: indices.count, to: 0, by: -pageSize).map { end in
                var page = plan
                page.entryIndices = Array(indices[max(0, end - pageSize)..<end])
                return RenderJob(plan: page, format: .atom, path: "\(feed)/archive/\(end)/atom.xml")
            }
        }
    }

    @Test("pages of every feed are batched by age: each article is read about once, each batch stays bounded")
    func eachArticleReadAboutOnce() throws {
        try withTemporaryFolder { folder in
            try write(article("a"), to: "in/a.md", in: folder)
            let fixture = try StagesFixture(input: FolderPath(folder.appending("in")), output: FolderPath(folder.appending("out")))
            let jobs = try archiveJobs(fixture, count: 300, pageSize: 10)
            let batches = FeedRenderer.batches(jobs, maximumArticles: 50)
            let articlesPerBatch = batches.map { batch in Set(batch.flatMap(\.plan.entryIndices)).count }
            #expect(articlesPerBatch.allSatisfy { $0 <= 50 })
            #expect(batches.flatMap { $0.map(\.path) }.sorted() == jobs.map(\.path).sorted())
            // Feed by feed, the two topics would read the whole history again (600 reads); by
            // age, only articles on topic pages (20 articles wide) that a batch boundary cuts
            // are read twice: 370 here.
            let reads = articlesPerBatch.reduce(0, +)
            #expect(reads <= 300 + (batches.count - 1) * 20, "\(reads) article reads for 300 articles in \(batches.count) batches")
            #expect(reads < 400)
        }
    }

    @Test("jobs are ordered by their newest entry, equals in their order, jobs without entries last")
    func byAge() throws {
        try withTemporaryFolder { folder in
            try write(article("a"), to: "in/a.md", in: folder)
            let fixture = try StagesFixture(input: FolderPath(folder.appending("in")), output: FolderPath(folder.appending("out")))
            let plan = try #require(fixture.site.feeds.first)
            let jobs = [[7, 8], [], [2, 9], [7], [0]].enumerated().map { index, entries in
                var shown = plan
                shown.entryIndices = entries
                return RenderJob(plan: shown, format: .rss, path: "\(index)")
            }
            #expect(FeedRenderer.byAge(jobs).map(\.path) == ["4", "2", "0", "3", "1"])
        }
    }
}
