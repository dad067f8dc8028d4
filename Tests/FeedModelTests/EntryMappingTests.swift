import Testing
@testable import FeedModel

/// `EntryMapping`: what an `Article` puts into a feed entry.
@Suite struct EntryMappingTests {
    private let mapping = EntryMapping(site: SiteConfiguration())

    private func seedEntry() throws -> FeedEntry {
        mapping.entry(for: try Fixture.decode("seed-datacenterdynamics.md").article)
    }

    @Test func idAndLinkAreTheArticleURL() throws {
        let entry = try seedEntry()
        #expect(entry.id == "https://www.datacenterdynamics.com/en/news/microsoft-to-acquire-atts-network-cloud-azure-to-host-att-5g-network/")
        #expect(entry.link == entry.id)
    }

    @Test func authorIsTheProviderWithItsSite() throws {
        #expect(try seedEntry().author == .init(name: "Datacenter Dynamics", uri: "https://datacenterdynamics.com/"))
    }

    @Test func providerWithoutDomainHasNoAuthorURI() {
        let article = Article.make(provider: Article.Provider(name: "BBC News", domain: nil))
        #expect(mapping.entry(for: article).author == .init(name: "BBC News", uri: nil))
    }

    @Test func authorFallsBackToTheLinkHost() {
        #expect(mapping.entry(for: Article.make(url: "https://news.example.com/a")).author == .init(name: "news.example.com", uri: nil))
    }

    @Test
    func authorFallbackIsTheBareHost() {
        let article = Article.make(url: "https://user:secret@news.example.com:8080/a")
        #expect(mapping.entry(for: article).author.name == "news.example.com")
    }

    @Test func topicsThenCategoryAreCategories() throws {
        #expect(try seedEntry().categories == [
            .init(term: "Microsoft AI", scheme: "https://feeds.example.org/topics/"),
            .init(term: "AI", scheme: "https://feeds.example.org/topics/"),
            .init(term: "news", scheme: "https://feeds.example.org/categories/"),
        ])
    }

    @Test func summaryIsTheExcerpt() {
        #expect(mapping.entry(for: Article.make(excerpt: "Short.", body: "Long.")).summary == "Short.")
    }

    @Test func summaryIsTheTitleWithoutExcerptOrBody() {
        #expect(mapping.entry(for: Article.make(title: "Only a title")).summary == "Only a title")
    }

    @Test func noSummaryWhenThereIsABody() {
        #expect(mapping.entry(for: Article.make(body: "Some *text*.")).summary == nil)
    }

    @Test func bodyBecomesHTMLContent() {
        #expect(mapping.entry(for: Article.make(body: "Some *text*.")).contentHTML == "<p>Some <em>text</em>.</p>")
    }

    @Test func noContentWithoutBody() throws {
        #expect(try seedEntry().contentHTML == nil)
    }

    @Test func datesArePublishedAndUpdated() {
        var article = Article.make(published: "2021-07-01T12:00:00Z")
        article.updatedAt = time("2021-07-03T12:00:00Z")
        let entry = mapping.entry(for: article)
        #expect(entry.published.rfc3339 == "2021-07-01T12:00:00Z" && entry.updated.rfc3339 == "2021-07-03T12:00:00Z")
    }

    @Test func imageKeepsSizeAndGetsATypeFromItsExtension() throws {
        #expect(try seedEntry().images == [.init(
            url: "https://media.datacenterdynamics.com/media/images/ATTcloud.2e16d0ba.fill-1200x630.jpg",
            width: 1200, height: 630, mimeType: "image/jpeg")])
    }

    @Test(arguments: [("https://x.example/a.PNG?w=1200", "image/png"), ("https://x.example/a.webp#f", "image/webp"),
                      ("https://x.example/image", nil), ("https://x.example/a.php", nil),
                      ("https://x.example/a.gif/", "image/gif"), ("https://x.example", nil), ("https://x.example/a.", nil),
                      ("https://x.example/d.jpg/b?x=a.png", nil), ("https://x.example/é/a.JpEg", "image/jpeg")])
    func imageTypeFromThePathExtension(url: String, type: String?) {
        #expect(EntryMapping.imageType(of: url) == type)
    }

    @Test func relatedArticlesBecomeLinks() throws {
        #expect(try seedEntry().related == [.init(
            url: "https://www.telecomtv.com/content/cloud-native/at-t-takes-a-giant-5g-leap-to-the-public-cloud-with-azure-41867/",
            title: "AT&T takes a giant 5G leap to the public cloud with Azure")])
    }
}
