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

/// `EntryMapping`: the lead image, its `<img>`, and the provider feed as `<source>`.
@Suite struct EntryMappingImageTests {
    private let images = [Article.Image(url: "https://img.example.com/small.png", width: 100, height: 100),
                          Article.Image(url: "https://img.example.com/a.jpg?w=1&h=2", width: 1200, height: 630)]

    @Test func leadIsChosenByTheSiteRule() {
        let entry = EntryMapping(site: SiteConfiguration()).entry(for: Article.make(images: images))
        #expect(entry.leadIndex == 1)
        #expect(entry.images.count == 2)
    }

    @Test func imgLeadsSummaryAndContent() {
        let article = Article.make(title: "Chips \"&\" AI", excerpt: "Short.", body: "Long.", images: images)
        let entry = EntryMapping(site: SiteConfiguration()).entry(for: article)
        let img = #"<img src="https://img.example.com/a.jpg?w=1&amp;h=2" width="1200" height="630" alt="Chips &quot;&amp;&quot; AI">"#
        #expect(entry.summaryHTML == img + "Short.")
        #expect(entry.contentHTML == img + "<p>Long.</p>")
        #expect(entry.summary == "Short.")
    }

    @Test func imgCanBeSwitchedOff() {
        var site = SiteConfiguration()
        site.leadImage.inHTML = false
        let entry = EntryMapping(site: site).entry(for: Article.make(excerpt: "A <b>", images: images))
        #expect(entry.summaryHTML == "A &lt;b&gt;")
        #expect(entry.leadIndex == 1)
    }

    @Test func imgWithoutDeclaredSizeHasNoWidthOrHeight() {
        let article = Article.make(excerpt: "x", images: [Article.Image(url: "https://img.example.com/c", width: nil, height: nil)])
        #expect(EntryMapping(site: SiteConfiguration()).entry(for: article).leadHTML == #"<img src="https://img.example.com/c" alt="Title">"#)
    }

    @Test func sourceIsTheProviderFeedsHeader() {
        let provider = Article.Provider(name: "Example Wire", domain: nil)
        let articles = [Article.make(provider: provider)]
        let feeds = FeedCatalog.feeds(articles: articles, site: SiteConfiguration())
        let source = feeds[0].entries[0].source
        #expect(source?.rssURL == "https://feeds.example.org/providers/example-wire/rss.xml")
        #expect(source?.atomURL == "https://feeds.example.org/providers/example-wire/atom.xml")
        #expect(source?.id == source?.atomURL)
        #expect(source?.title == "Example Wire — feedpub")
    }

    @Test func noProviderNoSource() {
        let feeds = FeedCatalog.feeds(articles: [Article.make()], site: SiteConfiguration())
        #expect(feeds[0].entries[0].source == nil)
    }

    @Test func noSourceWhenProviderFeedsAreNotWritten() {
        var configuration = FeedpubConfiguration()
        configuration.feedKinds = [.all, .topics]
        let article = Article.make(provider: Article.Provider(name: "Example Wire", domain: nil))
        #expect(FeedCatalog(summaries: [article.summary], site: SiteConfiguration(), configuration: configuration).providerFeed(of: 0) == nil)
        #expect(FeedCatalog(summaries: [article.summary], site: SiteConfiguration()).providerFeed(of: 0)?.directory == "providers/example-wire")
    }
}
