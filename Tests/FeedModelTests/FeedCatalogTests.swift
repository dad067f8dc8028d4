import Testing
@testable import FeedModel

/// `FeedCatalog`: which feeds exist, what each holds, and where each is served.
@Suite struct FeedCatalogTests {
    private let site = SiteConfiguration()
    private let dcd = Article.Provider(name: "Datacenter Dynamics", domain: "datacenterdynamics.com")

    private func feeds(_ articles: [Article], site: SiteConfiguration? = nil) -> [Feed] {
        FeedCatalog.feeds(articles: articles, site: site ?? self.site)
    }

    private func feed(_ directory: String, in feeds: [Feed]) throws -> Feed {
        try #require(feeds.first { $0.directory == directory }, "no feed in '\(directory)'")
    }

    @Test func feedsForAllTopicsAndProviders() {
        let articles = [Article.make(topics: ["Microsoft AI", "AI"], provider: dcd)]
        #expect(feeds(articles).map(\.directory) ==
            ["", "topics/ai", "topics/microsoft-ai", "providers/datacenter-dynamics"])
    }

    @Test func feedKindsNameTheirTopicOrProvider() {
        let articles = [Article.make(topics: ["AI"], provider: dcd)]
        #expect(feeds(articles).map(\.kind) == [.all, .topic("AI"), .provider("Datacenter Dynamics")])
    }

    @Test func noArticlesStillGiveTheAllFeed() {
        let built = feeds([])
        #expect(built.map(\.directory) == [""] && built.first?.updated == .epoch)
    }

    @Test func entryLimitKeepsTheNewest() throws {
        let articles = (1...5).map { Article.make(path: "\($0).md", url: "https://n.example/\($0)", published: "2021-07-0\($0)T00:00:00Z") }
        let all = try feed("", in: feeds(articles, site: SiteConfiguration(entryLimit: 2)))
        #expect(all.entries.map(\.id) == ["https://n.example/5", "https://n.example/4"])
    }

    @Test func entriesAreNewestFirst() throws {
        let articles = [Article.make(path: "old.md", url: "https://n.example/old", published: "2020-01-01T00:00:00Z"),
                        Article.make(path: "new.md", url: "https://n.example/new", published: "2021-01-01T00:00:00Z")]
        #expect(try feed("", in: feeds(articles)).entries.map(\.id) == ["https://n.example/new", "https://n.example/old"])
    }

    @Test func sameTimeIsOrderedByID() throws {
        let articles = [Article.make(path: "1.md", url: "https://n.example/b"), Article.make(path: "2.md", url: "https://n.example/a")]
        #expect(try feed("", in: feeds(articles)).entries.map(\.id) == ["https://n.example/a", "https://n.example/b"])
    }

    @Test func topicFeedHoldsOnlyItsArticles() throws {
        let articles = [Article.make(url: "https://n.example/1", topics: ["AI"]),
                        Article.make(url: "https://n.example/2", topics: ["Cloud"])]
        #expect(try feed("topics/ai", in: feeds(articles)).entries.map(\.id) == ["https://n.example/1"])
    }

    @Test func topicSpellingsMeetInOneFeed() {
        let articles = [Article.make(url: "https://n.example/1", topics: ["ai"]),
                        Article.make(url: "https://n.example/2", topics: ["AI"]),
                        Article.make(url: "https://n.example/3", topics: ["AI"])]
        #expect(feeds(articles).map(\.directory) == ["", "topics/ai"])
    }

    @Test func topicIsShownInItsMostFrequentSpelling() throws {
        let articles = [Article.make(url: "https://n.example/1", topics: ["ai"]),
                        Article.make(url: "https://n.example/2", topics: ["Ai"]),
                        Article.make(url: "https://n.example/3", topics: ["Ai"])]
        let topic = try feed("topics/ai", in: feeds(articles))
        #expect(topic.kind == .topic("Ai") && topic.title == "Ai — feedpub")
    }

    @Test func spellingTieGoesToTheFirstInCodePointOrder() throws {
        let articles = [Article.make(url: "https://n.example/1", topics: ["ai"]),
                        Article.make(url: "https://n.example/2", topics: ["AI"])]
        #expect(try feed("topics/ai", in: feeds(articles)).kind == .topic("AI"))
    }

    @Test func feedUpdatedIsItsNewestEntry() throws {
        let articles = [Article.make(url: "https://n.example/1", published: "2021-03-01T10:00:00Z", topics: ["AI"]),
                        Article.make(url: "https://n.example/2", published: "2021-05-01T10:00:00Z", topics: ["Cloud"])]
        let built = feeds(articles)
        #expect(try feed("", in: built).updated.rfc3339 == "2021-05-01T10:00:00Z")
        #expect(try feed("topics/ai", in: built).updated.rfc3339 == "2021-03-01T10:00:00Z")
    }

    @Test func selfURLsOfTheAllFeed() throws {
        let all = try feed("", in: feeds([Article.make()]))
        #expect(all.rssURL == "https://feeds.example.org/rss.xml" && all.atomURL == "https://feeds.example.org/atom.xml")
    }

    @Test func selfURLsOfATopicFeed() throws {
        let topic = try feed("topics/ai", in: feeds([Article.make(topics: ["AI"])]))
        #expect(topic.rssURL == "https://feeds.example.org/topics/ai/rss.xml")
        #expect(topic.atomURL == "https://feeds.example.org/topics/ai/atom.xml")
    }

    @Test func baseURLWithoutSlashGetsOne() throws {
        let custom = SiteConfiguration(baseURL: "https://example.com/feeds")
        let topic = try feed("topics/ai", in: feeds([Article.make(topics: ["AI"])], site: custom))
        #expect(topic.rssURL == "https://example.com/feeds/topics/ai/rss.xml")
    }

    @Test func providerFeedLinksToTheProviderSite() throws {
        #expect(try feed("providers/datacenter-dynamics", in: feeds([Article.make(provider: dcd)])).homeURL ==
            "https://datacenterdynamics.com/")
    }

    @Test func collidingTopicSlugsGetDistinctFolders() {
        let articles = [Article.make(topics: ["C++", "C#"])]
        #expect(feeds(articles).map(\.directory) == ["", "topics/c", "topics/c-f6d0cc"])
    }

    @Test func duplicatesAreReported() {
        let articles = [Article.make(path: "b.md", published: "2021-07-02T00:00:00Z"), Article.make(path: "a.md")]
        #expect(FeedCatalog(summaries: articles.map(\.summary), site: site).duplicates ==
            [.init(url: "https://news.example.com/a", winnerPath: "b.md", mergedPaths: ["a.md"])])
    }
}
