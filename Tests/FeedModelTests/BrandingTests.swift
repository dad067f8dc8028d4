import Testing
@testable import FeedModel

/// Feed icons and logos: from `feedpub.yml`, and a provider's own from `provider.images`.
@Suite struct BrandingTests {
    private let wire = Article.Provider(name: "Wire", domain: "wire.example.com")

    private func provider(_ logo: String?, path: String, published: String) -> Article {
        var provider = wire
        provider.logo = logo.map { Article.Image(url: $0, width: 300, height: 100) }
        return Article.make(path: path, url: "https://wire.example.com/\(path)", published: published, topics: ["AI"], provider: provider)
    }

    @Test func providerImagesGiveTheProviderLogo() throws {
        let decoded = try decode(requiredFields + """
            provider:
              name: Wire
              images:
                - url: "not a url"
                - url: "https://wire.example.com/logo.png"
                  width: 50
                  height: 50
                - url: "https://wire.example.com/other.png"
            ---

            """)
        #expect(decoded.article.provider?.logo == Article.Image(url: "https://wire.example.com/logo.png", width: 50, height: 50))
        #expect(decoded.article.summary.providerLogo?.url == "https://wire.example.com/logo.png")
        #expect(decoded.warnings.map(\.message) == ["'provider.images[].url' is not an absolute http(s) URL: 'not a url'; ignored"])
    }

    @Test func providerFeedTakesItsNewestEntrysLogo() {
        let articles = [provider("https://wire.example.com/old.png", path: "a", published: "2021-07-01T00:00:00Z"),
                        provider(nil, path: "b", published: "2021-07-03T00:00:00Z"),
                        provider("https://wire.example.com/new.png", path: "c", published: "2021-07-02T00:00:00Z")]
        let feeds = FeedCatalog.feeds(articles: articles, site: SiteConfiguration())
        #expect(feeds.first { $0.kind == .provider("Wire") }?.logo == Article.Image(url: "https://wire.example.com/new.png", width: 300, height: 100))
        #expect(feeds.first { $0.kind == .topic("AI") }?.logo == nil)
        #expect(feeds.first?.logo == nil && feeds.first?.icon == nil)
    }

    @Test func configuredImagesWinOverProviderImagesAndTheSite() {
        var site = SiteConfiguration()
        site.branding = Branding(icon: "https://n.example/i.png", logo: "https://n.example/l.png")
        let own = Branding(logo: "https://n.example/own.png")
        let articles = [provider("https://wire.example.com/new.png", path: "a", published: "2021-07-01T00:00:00Z")]
        let catalog = FeedCatalog(summaries: articles.map(\.summary), site: site)
        let branded = FeedCatalog.branding(site: site, own: own, articles: catalog.articles, indices: [0])
        #expect(branded.icon == "https://n.example/i.png" && branded.logo == Article.Image(url: "https://n.example/own.png"))
        let fromProvider = FeedCatalog.branding(site: site, own: nil, articles: catalog.articles, indices: [0])
        #expect(fromProvider.logo?.url == "https://wire.example.com/new.png")
        #expect(FeedCatalog.branding(site: site, own: nil, articles: catalog.articles).logo == Article.Image(url: "https://n.example/l.png"))
    }

    @Test func rssSizeOnlyWhenBothSidesAreDeclaredAndWithinLimits() {
        #expect(Article.Image(url: "u", width: 144, height: 400).rssSize! == (144, 400))
        #expect(Article.Image(url: "u", width: 145, height: 40).rssSize == nil)
        #expect(Article.Image(url: "u", width: 100, height: 401).rssSize == nil)
        #expect(Article.Image(url: "u", width: 100).rssSize == nil)
    }
}
