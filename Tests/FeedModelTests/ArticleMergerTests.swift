import Testing
@testable import FeedModel

/// `ArticleMerger`: files that share a URL become one entry.
@Suite struct ArticleMergerTests {
    private let old = Article.make(path: "2021/old.md", title: "Old title", published: "2021-07-01T08:00:00Z",
                                   topics: ["AI", "Cloud"])
    private let new = Article.make(path: "2021/new.md", title: "New title", published: "2021-07-02T08:00:00Z",
                                   topics: ["Azure", "ai"])
    private let middle = Article.make(path: "2021/middle.md", title: "Middle title", published: "2021-07-01T20:00:00Z",
                                      topics: ["5G"])

    private func merge(_ articles: [Article]) -> [FeedCatalog.MergedArticle] {
        ArticleMerger.merge(articles.map(\.summary))
    }

    @Test func sameURLBecomesOneArticle() {
        #expect(merge([old, new]).count == 1)
    }

    @Test func newestVersionWins() {
        #expect(merge([old, new, middle]).first?.winnerPath == "2021/new.md")
    }

    @Test func winnerDoesNotDependOnInputOrder() {
        #expect(merge([new, middle, old]).first?.winnerPath == "2021/new.md")
    }

    @Test func publishedIsTheEarliestDate() {
        #expect(merge([old, new, middle]).first?.publishedAt.rfc3339 == "2021-07-01T08:00:00Z")
    }

    @Test func updatedIsTheLatestDate() {
        #expect(merge([old, new, middle]).first?.updatedAt.rfc3339 == "2021-07-02T08:00:00Z")
    }

    @Test func topicsAreTheUnionWinnersFirstThenByPath() {
        // Winner new.md: Azure, ai; then middle.md (5G), then old.md (AI is ai already, Cloud).
        #expect(merge([old, new, middle]).first?.topics == ["Azure", "ai", "5G", "Cloud"])
    }

    @Test func sourcePathsAreAllFilesInPathOrder() {
        #expect(merge([old, new, middle]).first?.sourcePaths == ["2021/middle.md", "2021/new.md", "2021/old.md"])
    }

    @Test func tieOnDateGoesToTheFirstPath() {
        let b = Article.make(path: "b.md", title: "From b")
        let a = Article.make(path: "a.md", title: "From a")
        #expect(merge([b, a]).first?.winnerPath == "a.md")
        #expect(merge([a, b]).first?.winnerPath == "a.md")
    }

    @Test func mergedArticleKeepsTheWinnersFieldsWithMergedDatesAndTopics() throws {
        let merged = try #require(merge([old, new, middle]).first).applied(to: new)
        #expect(merged.title == "New title")
        #expect(merged.publishedAt.rfc3339 == "2021-07-01T08:00:00Z" && merged.updatedAt.rfc3339 == "2021-07-02T08:00:00Z")
        #expect(merged.topics == ["Azure", "ai", "5G", "Cloud"])
    }

    @Test func singleArticleIsUntouched() throws {
        let merged = try #require(merge([old]).first)
        #expect(merged.applied(to: old) == old && merged.sourcePaths == ["2021/old.md"])
    }

    @Test func differentURLsStayInFirstSeenOrder() {
        let x = Article.make(path: "x.md", url: "https://news.example.com/x")
        let y = Article.make(path: "y.md", url: "https://news.example.com/y")
        let yAgain = Article.make(path: "z.md", url: "https://news.example.com/y")
        #expect(merge([y, x, yAgain]).map(\.url) == ["https://news.example.com/y", "https://news.example.com/x"])
    }
}
